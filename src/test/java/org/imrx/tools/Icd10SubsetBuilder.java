package org.imrx.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Icd10Lexicon;

/**
 * Writes the curated workers'-comp subset of ICD-10-CM ({@code models/lexicons/icd10cm-workcomp.tsv})
 * from the CMS order file, so that imrx codes the diagnoses of work-injury claims without the full
 * vocabulary. Only billable codes are kept, chosen by the rules in {@link #keep}. Run from the
 * project root after {@code mvn -q -o test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat /work/cp.txt) org.imrx.tools.Icd10SubsetBuilder \
 *     ../shared/lexicons/icd10cm/icd10cm_order_2022.txt models/lexicons/icd10cm-workcomp.tsv
 * </pre>
 */
public final class Icd10SubsetBuilder {
  /** Code prefixes kept whole (billable codes only): nerves, pain, sleep, mood, common symptoms. */
  static final List<String> PREFIXES = List.of(
      "G43", "G44", "G47", "G54", "G55", "G56", "G57", "G58", "G59", "G89",
      "F32", "F33", "F41", "F43", "F45", "F51",
      "R07", "R10", "R11", "R20", "R25", "R26", "R29", "R42", "R51", "R52", "R53", "R55", "R60",
      "G90.5");
  /** Conditions that records of injured workers often list beside the injury. */
  static final List<String> COMORBIDITIES = List.of(
      "I10", "I25.10", "I48.91", "I50.9", "E03.9", "E10.9", "E11.9", "E66.9", "E78.00", "E78.5",
      "J44.9", "J45.909", "N18.9", "K21.9", "D64.9", "N40.0", "G40.909", "E55.9", "F07.81",
      "K40.90", "K42.9", "R56.9", "G62.9", "J18.9", "J06.9", "F17.210", "I21.9");

  private Icd10SubsetBuilder() {}

  /**
   * Whether a billable code belongs to the subset: all of chapter 13 (M, musculoskeletal); the
   * injuries of chapter 19 (S) in their initial-encounter form (7th character A) and, apart from
   * fractures, their subsequent-encounter form (D); the prefixes and comorbidities above.
   */
  static boolean keep(Icd10Lexicon.Entry e) {
    String c = e.code();
    if (!e.billable()) {
      return false;
    }
    if (c.startsWith("M")) {
      return true;
    }
    if (c.startsWith("S")) {
      boolean seventh = c.length() == 8;
      return seventh && (c.endsWith("A")
          || c.endsWith("D") && !e.description().toLowerCase().contains("fracture"));
    }
    return PREFIXES.stream().anyMatch(c::startsWith) || COMORBIDITIES.contains(c);
  }

  public static void main(String[] args) throws IOException, ConfigurationException {
    if (args.length != 2) {
      System.err.println("usage: Icd10SubsetBuilder ORDER_FILE OUT_TSV");
      System.exit(2);
    }
    Icd10Lexicon full = Icd10Lexicon.readOrderFile(Path.of(args[0]));
    int n = 0;
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write("# Workers'-comp subset of ICD-10-CM " + Path.of(args[0]).getFileName()
          + " (public domain, CMS/CDC), written by org.imrx.tools.Icd10SubsetBuilder; do not edit.\n");
      w.write("code\tdescription\n");
      for (Icd10Lexicon.Entry e : full.entries()) {
        if (keep(e)) {
          w.write(e.code() + "\t" + e.description() + "\n");
          n++;
        }
      }
    }
    System.err.println(n + " codes of " + full.size() + " written to " + args[1]);
  }
}
