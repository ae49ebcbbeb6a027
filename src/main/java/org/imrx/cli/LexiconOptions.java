package org.imrx.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where full vocabularies are read from; the bundled curated ones serve without it. */
public final class LexiconOptions {
  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Directory with full vocabularies (icd10cm/icd10cm_order_*.txt or icd10cm-*.tsv,"
          + " drugbank/drugbank-vocabulary.csv). Without it the bundled curated lexicons serve.")
  Path dir;
}
