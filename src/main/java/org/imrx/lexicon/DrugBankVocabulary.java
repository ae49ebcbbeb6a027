package org.imrx.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imrx.ConfigurationException;

/**
 * Reads DrugBank's open vocabulary CSV ({@code drugbank-vocabulary.csv}: a header row, the columns
 * "Common name" and "Synonyms" among others, synonyms separated by {@code " | "}). Stateless.
 */
final class DrugBankVocabulary {
  /** One drug: its common name and every synonym DrugBank lists (the name itself included). */
  record Drug(String name, List<String> synonyms) {}

  static final String NAME = "Common name";
  static final String SYNONYMS = "Synonyms";

  private DrugBankVocabulary() {}

  static List<Drug> read(Path csv) throws ConfigurationException {
    if (!Files.isRegularFile(csv)) {
      throw new ConfigurationException("DrugBank vocabulary " + csv + " not found");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderMap().containsKey(NAME) || !parser.getHeaderMap().containsKey(SYNONYMS)) {
        throw new ConfigurationException("DrugBank vocabulary " + csv + " has no '" + NAME
            + "' and '" + SYNONYMS + "' columns; is it drugbank-vocabulary.csv?");
      }
      List<Drug> out = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (!r.isConsistent()) {
          throw new ConfigurationException("DrugBank vocabulary " + csv + ": record "
              + r.getRecordNumber() + " has " + r.size() + " columns, expected "
              + parser.getHeaderMap().size());
        }
        String name = r.get(NAME).strip();
        if (name.isEmpty()) {
          continue;
        }
        List<String> synonyms = new ArrayList<>();
        for (String s : r.get(SYNONYMS).split(" \\| ")) {
          if (!s.isBlank()) {
            synonyms.add(s.strip());
          }
        }
        out.add(new Drug(name, synonyms));
      }
      return out;
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new ConfigurationException("DrugBank vocabulary " + csv + " cannot be read: "
          + e.getMessage(), e);
    }
  }
}
