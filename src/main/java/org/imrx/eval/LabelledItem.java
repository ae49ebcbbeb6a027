package org.imrx.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrx.ConfigurationException;

/**
 * One row of a hand-labelled item table ({@code caseNumber, item, decision, category,
 * subcategory}, tab-separated with a header, as {@code item-categories.tsv}): the item text as the
 * labeller found it, which may carry stray words. Immutable.
 */
public record LabelledItem(String caseNumber, String text, String decision, String category,
    String subcategory) {

  /** The rows of a labelled table. */
  public static List<LabelledItem> read(Path tsv) throws ConfigurationException {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(tsv + ": cannot be read (" + e.getMessage() + ")", e);
    }
    List<LabelledItem> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < 5) {
        throw new ConfigurationException(tsv + ": line " + (i + 1) + " has " + f.length
            + " columns, expected 5");
      }
      out.add(new LabelledItem(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
    }
    return out;
  }
}
