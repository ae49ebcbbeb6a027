package org.imrx.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Prints an {@link EvalResult}: as a table for people (per field precision, recall, F1,
 * support and counts, then micro and macro averages, as OpenNLP's evaluators print theirs), or
 * as JSON for machines, with {@code score.py --json}'s keys ({@code p}, {@code r}, {@code f1},
 * {@code support} per field, {@code _docs}) plus {@code tp}/{@code fp}/{@code fn},
 * {@code _micro} and {@code _macro}. Undefined values are {@code null} in JSON and {@code -}
 * in the table, where fields with nothing to score are left out as {@code score.py} leaves
 * them out. Stateless.
 */
public final class EvalReport {
  private static final String ROW = "%-32s %9s %9s %9s %8s %7s %7s %7s%n";
  private static final String MACRO_ROW = "%-32s %9s %9s %9s%n";

  public String text(EvalResult result) {
    StringBuilder out = new StringBuilder();
    DocumentCounts d = result.documents();
    out.append(String.format(Locale.ROOT,
        "gold documents: %d, paired predictions: %d, missing: %d, duplicates: %d, unpaired predictions: %d%n",
        d.gold(), d.paired(), d.missing().size(), d.duplicates(), d.unpaired()));
    if (!d.missing().isEmpty()) {
      int shown = Math.min(10, d.missing().size());
      out.append("missing: ").append(String.join(", ", d.missing().subList(0, shown)))
          .append(shown < d.missing().size() ? ", ..." : "").append(System.lineSeparator());
    }
    out.append(System.lineSeparator());
    out.append(String.format(Locale.ROOT, ROW, "field", "precision", "recall", "F1", "support", "tp", "fp", "fn"));
    for (Field f : Field.values()) {
      Counts c = result.counts(f);
      if (!Double.isNaN(c.f1())) {
        out.append(row(f.key(), c.precision(), c.recall(), c.f1(), c));
      }
    }
    out.append(System.lineSeparator());
    for (Scope s : Scope.values()) {
      Average a = result.micro(s);
      out.append(row("micro " + s.label(), a.precision(), a.recall(), a.f1(), a.counts()));
    }
    for (Scope s : Scope.values()) {
      Average a = result.macro(s);
      out.append(String.format(Locale.ROOT, MACRO_ROW, "macro " + s.label() + " (" + a.fields() + " fields)",
          num(a.precision()), num(a.recall()), num(a.f1())));
    }
    return out.toString();
  }

  private static String row(String name, double p, double r, double f1, Counts c) {
    return String.format(Locale.ROOT, ROW, name, num(p), num(r), num(f1),
        c.support(), c.tp(), c.fp(), c.fn());
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  public ObjectNode json(EvalResult result) {
    JsonNodeFactory nf = JsonNodeFactory.instance;
    ObjectNode out = nf.objectNode();
    for (Field f : Field.values()) {
      Counts c = result.counts(f);
      ObjectNode o = out.putObject(f.key());
      put(o, "p", c.precision());
      put(o, "r", c.recall());
      put(o, "f1", c.f1());
      counts(o, c);
    }
    DocumentCounts d = result.documents();
    ObjectNode docs = out.putObject("_docs");
    docs.put("gold", d.gold());
    docs.put("paired", d.paired());
    d.missing().forEach(docs.putArray("missing")::add);
    docs.put("duplicates", d.duplicates());
    docs.put("unpaired", d.unpaired());
    ObjectNode micro = out.putObject("_micro");
    ObjectNode macro = out.putObject("_macro");
    for (Scope s : Scope.values()) {
      Average a = result.micro(s);
      ObjectNode o = micro.putObject(s.label());
      put(o, "p", a.precision());
      put(o, "r", a.recall());
      put(o, "f1", a.f1());
      counts(o, a.counts());
      Average m = result.macro(s);
      ObjectNode q = macro.putObject(s.label());
      put(q, "p", m.precision());
      put(q, "r", m.recall());
      put(q, "f1", m.f1());
      q.put("fields", m.fields());
    }
    return out;
  }

  private static void counts(ObjectNode o, Counts c) {
    o.put("support", c.support());
    o.put("tp", c.tp());
    o.put("fp", c.fp());
    o.put("fn", c.fn());
  }

  private static void put(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
