package org.imrx.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imrx.ConfigurationException;

/**
 * Reads the curated files the project ships in {@code models/} (packaged into the jar under
 * {@code /models/}): tab-separated rows, {@code #} comments, a header row. Stateless.
 */
public final class Bundled {
  private Bundled() {}

  /** The open stream of a bundled file, failing clearly when it is missing. */
  public static InputStream open(String path) throws ConfigurationException {
    InputStream in = Bundled.class.getResourceAsStream("/models/" + path);
    if (in == null) {
      throw new ConfigurationException("bundled file models/" + path + " is missing from the build");
    }
    return in;
  }

  /** The non-comment lines of a bundled text file. */
  public static List<String> lines(String path) throws ConfigurationException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          // Only spaces and line ends: a trailing tab is an empty last TSV column.
          out.add(line.replaceAll("^ +|[ \r]+$", ""));
        }
      }
      return out;
    } catch (IOException e) {
      throw new ConfigurationException("bundled file models/" + path + " cannot be read", e);
    }
  }

  /**
   * The rows of a bundled TSV after its header, each checked to have at least the header's
   * number of columns.
   */
  public static List<String[]> tsv(String path) throws ConfigurationException {
    List<String> lines = lines(path);
    if (lines.isEmpty()) {
      throw new ConfigurationException("bundled file models/" + path + " is empty");
    }
    int columns = lines.get(0).split("\t", -1).length;
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] row = lines.get(i).split("\t", -1);
      if (row.length < columns) {
        throw new ConfigurationException("models/" + path + ": row " + (i + 1) + " has "
            + row.length + " columns, expected " + columns);
      }
      for (int c = 0; c < row.length; c++) {
        row[c] = row[c].strip();
      }
      rows.add(row);
    }
    return rows;
  }
}
