package org.imrx.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imrx.ConfigurationException;

/**
 * The words of a medication order: routes of administration ({@code models/lexicons/routes.tsv},
 * "po", "by mouth", "IM", "topically"), dosing frequencies ({@code frequencies.tsv}, "b.i.d.",
 * "twice daily", "q.h.s.", "as needed", normalised to HL7 GTSAbbreviation-style codes) and dose
 * forms ({@code drug-forms.tsv}, "tablet", "patch", "cream base", each with the route it implies).
 * Loaded once and validated; immutable and thread-safe.
 */
public final class DosingLexicon {
  /** A route: its normal name ("oral") and HL7 v2 table 0162 code ("PO"). */
  public record Route(String name, String hl7) {}

  /**
   * A dose form ("patch") and the route it implies: a route name of {@code routes.tsv},
   * {@value #INJECTION} for any injected form, or null.
   */
  public record DoseForm(String name, String route) {}

  /** The implied route of injected forms (injection, shot, vial). */
  public static final String INJECTION = "injection";

  private final PhraseMatcher<Route> routes;
  private final PhraseMatcher<String> frequencies;
  private final PhraseMatcher<DoseForm> forms;

  private DosingLexicon(PhraseMatcher<Route> routes, PhraseMatcher<String> frequencies,
      PhraseMatcher<DoseForm> forms) {
    this.routes = routes;
    this.frequencies = frequencies;
    this.forms = forms;
  }

  public static DosingLexicon load() throws ConfigurationException {
    PhraseMatcher.Builder<Route> r = PhraseMatcher.builder();
    Set<String> routeNames = new HashSet<>();
    for (String[] row : Bundled.tsv("lexicons/routes.tsv")) {
      if (row[1].isEmpty() || row[2].isEmpty()) {
        throw new ConfigurationException("models/lexicons/routes.tsv: '" + row[0]
            + "' needs a route name and an HL7 code");
      }
      routeNames.add(row[1]);
      r.add(row[0], new Route(row[1], row[2]));
    }
    PhraseMatcher.Builder<String> f = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/frequencies.tsv")) {
      if (row[1].isEmpty()) {
        throw new ConfigurationException("models/lexicons/frequencies.tsv: '" + row[0]
            + "' has no normal form");
      }
      f.add(row[0], row[1]);
    }
    PhraseMatcher.Builder<DoseForm> d = PhraseMatcher.builder();
    for (String[] row : Bundled.tsv("lexicons/drug-forms.tsv")) {
      String route = row[2].equals("-") ? null : row[2];
      if (row[1].isEmpty() || route != null && !route.equals(INJECTION) && !routeNames.contains(route)) {
        throw new ConfigurationException("models/lexicons/drug-forms.tsv: '" + row[0]
            + "' needs a form name and a route of routes.tsv, '" + INJECTION + "' or '-'");
      }
      d.add(row[0], new DoseForm(row[1], route));
    }
    return new DosingLexicon(r.build(), f.build(), d.build());
  }

  /** Routes named in {@code [start, end)}, left to right. */
  public List<PhraseMatcher.Match<Route>> routes(CharSequence text, int start, int end) {
    return routes.find(text, start, end);
  }

  /** Frequency phrases in {@code [start, end)} with their normal forms, left to right. */
  public List<PhraseMatcher.Match<String>> frequencies(CharSequence text, int start, int end) {
    return frequencies.find(text, start, end);
  }

  /** Dose forms named in {@code [start, end)}, left to right. */
  public List<PhraseMatcher.Match<DoseForm>> forms(CharSequence text, int start, int end) {
    return forms.find(text, start, end);
  }

  /** The route of a phrase ("p.o.", "intramuscularly"), or null. */
  public Route route(String phrase) {
    return routes.lookup(phrase);
  }

  /** The normal form of a frequency phrase ("b.i.d." gives BID), or null. */
  public String frequency(String phrase) {
    return frequencies.lookup(phrase);
  }

  /** The dose form of a phrase ("tabs" gives tablet), or null. */
  public DoseForm form(String phrase) {
    return forms.lookup(phrase);
  }
}
