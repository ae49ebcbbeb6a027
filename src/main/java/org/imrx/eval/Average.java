package org.imrx.eval;

/**
 * Precision, recall and F1 averaged over the fields of a {@link Scope}: NaN where undefined.
 *
 * @param fields how many fields had a defined F1 (macro), or took part (micro)
 * @param counts the pooled counts for a micro average; null for a macro average
 */
public record Average(double precision, double recall, double f1, int fields, Counts counts) {}
