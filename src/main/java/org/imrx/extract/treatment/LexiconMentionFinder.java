package org.imrx.extract.treatment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.medication.Dose;
import org.imrx.extract.medication.DoseAttribute;
import org.imrx.extract.medication.DoseParser;
import org.imrx.lexicon.DrugLexicon;
import org.imrx.lexicon.DrugMention;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.lexicon.TreatmentLexicon;
import org.imrx.text.Span;

/**
 * Finds the treatments a stretch of text names: drugs ({@link DrugLexicon}, with the dose that
 * follows and a strength written before, "1% lidocaine"; adjacent agents of a topical compound or
 * a regimen written "5FU/Carboplatin" joined into one; an analyte's name followed by a lab value,
 * "calcium 9.1", is no drug), the terms of {@link TreatmentLexicon} (a surgery or injection with
 * the words before it that say which, "piriformis injections"), surgeries by their word forms
 * ({@link SurgeryPhraseFinder}) and as verbs ({@link VerbProcedureFinder}), temporary total
 * disability however it is worded, "activity and work modifications" and "physical and
 * occupational therapy" as two treatments, and unknown capitalised names continuing a list of known
 * drugs ("Zyrtec, Flonase and Qvar") as drugs. Mentions do not overlap; a longer one wins, a drug
 * inside a longer term gives the term its drug. Stateless and thread-safe.
 */
public final class LexiconMentionFinder {
  private static final String TOPICAL_COMPOUNDS = "Topical Compounds";
  /** Generics that are also laboratory analytes: no drug where a lab value follows, outside drug lists. */
  private static final Set<String> ANALYTES = Set.of("calcium", "iron", "potassium chloride",
      "magnesium oxide", "sodium bicarbonate", "insulin", "zinc", "vitamin d", "heparin",
      "folic acid");
  /** After an analyte's name: a lab value ("calcium 7.5", "iron level of 40") or a condition. */
  private static final Pattern ANALYTE_AFTER = Pattern.compile(
      "(?i)\\s{0,2}(?:(?:levels?|deficiency|resistance|dependent|sensitivity|intolerance|studies|panel|stores)\\b"
          + "|[-(]?\\s{0,2}(?:levels?\\s{1,2})?(?:of|was|is|were|:|=|at)?\\s{0,2}\\d{1,4}(?:\\.\\d{1,3})?(?!\\s{0,2}(?:mg|mcg|units?|iu|meq|g\\b|%|\\d)))");
  private static final Pattern ANALYTE_BEFORE = Pattern.compile(
      "(?i)\\b(?:serum|low|high|elevated|decreased|increased|normal|ionized|abnormal|check|checked|monitor|monitoring|her|his)\\s{1,2}$");
  /** A ratio without unit that reads as a date ("(3/92"): no strength. */
  private static final Pattern DATE_LIKE = Pattern.compile("\\(?(?:[1-9]|1[0-2])/\\d{2}");
  private static final Pattern COORDINATED = Pattern.compile(
      "(?i)\\b(activity|work)\\s{1,2}(?:and|&|/)\\s{1,2}(activity|work)\\s{1,2}(modifications?|restrictions?)\\b");
  private static final Pattern WORK_STATUS_MODIFIED = Pattern.compile(
      "(?i)\\bwork\\s{1,2}status\\s{1,2}(?:is|was|remains|of)\\s{1,2}(?:modified|restricted)\\b"
          + "(?!\\s{1,2}(?:duty|duties|work|status))");
  private static final Pattern COMPOUND_GAP = Pattern.compile("[\\s,/\\-+]{0,4}(?:(?:and|with|in)\\s{1,3})?");
  private static final Pattern ATTACHED = Pattern.compile("[\\s,(]{0,3}");
  private static final Pattern TTD = Pattern.compile(
      "(?i)\\btemporar(?:y|ily)\\s{1,2}(?:and\\s{1,2})?total(?:ly)?\\s{1,2}(?:[a-z]{3,20}\\s{1,2})?disab(?:led|ility)\\b");
  /** Abbreviations that are treatments only in capitals. */
  private static final Set<String> ABBREVIATIONS = Set.of("pt", "ot", "esi", "esis", "tens", "ems",
      "tpi", "hep", "cbt", "lso", "ttd", "orif", "acdf", "xrt", "prp", "mac", "aa");
  private static final Pattern LAB_AFTER_PT = Pattern.compile(
      "\\s{0,2}(?:/\\s{0,2}ptt|/\\s{0,2}inr|,?\\s{0,2}inr|,?\\s{0,2}ptt|:?\\s{0,2}\\d|(?:and|/)\\s{0,2}ptt)");
  /** A word joined to a term by "and" or "or" ("physical and | occupational therapy"). */
  private static final Pattern SHARED_BEFORE = Pattern.compile("(?i)\\b([a-z]{3,20})\\s{1,2}(?:and|or|&)\\s{1,2}$");
  /** The next entry of a drug list: a dose may follow the last one, then ", " or " and ", a capitalised name. */
  private static final Pattern LISTED_NEXT = Pattern.compile(
      "(?:[ \\t]{0,2}\\d[\\w./ ]{0,15}?)?[ \\t]{0,2}(?:,[ \\t]{0,2}(?:and[ \\t]{1,2})?|[ \\t]{1,2}and[ \\t]{1,2})"
          + "([A-Z][a-z]{3,20})(?=[ \\t]{0,2}(?:[,.;]|and\\b|for\\b|\\d|$))");
  private static final int MAX_LISTED = 4;
  /** Capitalised words that continue a list of drugs but name none. */
  private static final Set<String> NOT_DRUG_WORDS = Set.of("other", "others", "various", "several",
      "none", "also", "then", "today", "tomorrow", "daily", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december", "patient", "doctor");
  private static final Pattern ICE_BEFORE = Pattern.compile("\\b(?:on|over)\\s{1,2}$");
  /** Concepts of words that, right after a drug, say how it was given. */
  private static final Set<String> THERAPY_WORDS = Set.of("chemotherapy", "injection", "therapy");
  /** Concepts of words that, right after a drug, only describe it ("Marcaine local anesthetic"). */
  private static final Set<String> DESCRIPTORS = Set.of("local anesthesia");
  /** A strength or amount written before a drug's name ("1% lidocaine", "1 g of Rocephin"). */
  private static final Pattern AMOUNT_BEFORE = Pattern.compile(
      "(?i)(?<![\\w.])(?:\\d{1,4}(?:\\.\\d{1,3})?\\s{0,2}%|\\d{1,4}(?:\\.\\d{1,3})?\\s{0,2}(?:mg|mcg|g|gm|cc|ml|units?)\\s{1,2}of)\\s{1,2}$");

  private final DrugLexicon drugs;
  private final TreatmentLexicon treatments;
  private final DoseParser doses;
  private final SurgeryPhraseFinder surgeries = new SurgeryPhraseFinder();
  private final VerbProcedureFinder verbs = new VerbProcedureFinder();

  public LexiconMentionFinder(DrugLexicon drugs, TreatmentLexicon treatments, DoseParser doses) {
    this.drugs = drugs;
    this.treatments = treatments;
    this.doses = doses;
  }

  /**
   * Treatments named in {@code [start, end)}, left to right. {@code drugList} says the stretch is
   * a list of drugs (a MEDICATIONS section), where an analyte's name is read as a drug.
   */
  public List<TreatmentMention> find(String text, int start, int end, boolean drugList) {
    List<TreatmentMention> out = new ArrayList<>(drugMentions(text, start, end, drugList));
    for (PhraseMatcher.Match<TreatmentLexicon.Term> m : treatments.terms(text, start, end)) {
      if (acceptTerm(text, m.span(), end)) {
        TreatmentLexicon.Term t = m.value();
        Span item = m.span();
        String concept = t.concept();
        if (t.kind().equals("surgery") || t.kind().equals("injection")) {
          // "right carpal tunnel release", "piriformis injections": the words before it say which
          item = SurgeryPhraseFinder.withModifiers(text, m.span(), start, end, false);
          concept = item.equals(m.span()) ? concept
              : t.kind().equals("surgery") ? SurgeryPhraseFinder.concept(text, item) : "injection:" + key(text, item);
        }
        out.add(new TreatmentMention(item, m.span(), t.kind(), concept, null, null, null,
            t.genericClasses(), null, t.needsCue() && item.equals(m.span())));
      }
    }
    out.addAll(surgeries.find(text, start, end));
    for (TreatmentMention v : verbs.find(text, start, end)) {
      if (out.stream().noneMatch(o -> o.isDrug() && o.span().overlaps(v.span()))) {
        out.add(v); // "160 mg Depo-Medrol was injected": the drug is the item
      }
    }
    Matcher ttd = TTD.matcher(text).region(start, end);
    while (ttd.find()) {
      Span s = new Span(ttd.start(), ttd.end());
      out.add(new TreatmentMention(s, s, "work-status", "temporary total disability", null, null, null, null));
    }
    Matcher ws = WORK_STATUS_MODIFIED.matcher(text).region(start, end);
    while (ws.find()) {
      Span s = new Span(ws.start(), ws.end());
      out.add(new TreatmentMention(s, s, "work-status", "modified duty", null, null, null, null));
    }
    List<TreatmentMention> kept = withTherapyWords(text, withoutOverlaps(text, out));
    kept.addAll(sharedNoun(text, start, kept));
    kept.addAll(listedDrugs(text, end, kept));
    kept.sort(Comparator.comparingInt(t -> t.span().start()));
    Matcher co = COORDINATED.matcher(text).region(start, end);
    while (co.find()) {
      // "activity and work modifications": two treatments, each named with the shared noun
      Span whole = new Span(co.start(), co.end());
      kept.removeIf(t -> t.span().overlaps(whole));
      for (int g = 1; g <= 2; g++) {
        String label = co.group(g) + " " + co.group(3);
        TreatmentLexicon.Term t = treatments.term(label);
        if (t != null) {
          kept.add(new TreatmentMention(whole, whole, t.kind(), t.concept(), null, null, null,
              t.genericClasses(), label, false));
        }
      }
      kept.sort(Comparator.comparingInt(t -> t.span().start()));
    }
    kept.removeIf(t -> t.kind().equals(TreatmentLexicon.NONE));
    return kept;
  }

  private List<TreatmentMention> drugMentions(String text, int start, int end, boolean drugList) {
    List<DrugMention> found = drugs.find(text, start, end);
    List<TreatmentMention> out = new ArrayList<>();
    int i = 0;
    while (i < found.size()) {
      DrugMention d = found.get(i);
      int j = i;
      // agents of one compound ("Flurbiprofen 10%, Cyclobenzaprine 3%, Lidocaine 5% cream")
      while (j + 1 < found.size()
          && (TOPICAL_COMPOUNDS.equals(d.drugClass()) && TOPICAL_COMPOUNDS.equals(found.get(j + 1).drugClass())
              && joined(text, found.get(j), found.get(j + 1))
              || text.substring(found.get(j).span().end(), found.get(j + 1).span().start()).equals("/"))) {
        j++; // "5FU/Carboplatin": a regimen written as one
      }
      int next = j + 1 < found.size() ? found.get(j + 1).span().start() : end;
      DrugMention last = found.get(j);
      Dose dose = doses.parse(text, last.span().end(), next);
      if (i == j && ANALYTES.contains(d.generic()) && !drugList && labValue(text, d.span(), next)) {
        i = j + 1;
        continue;
      }
      if (dose.strength() != null && DATE_LIKE.matcher(dose.strength().normal()).matches()) {
        dose = new Dose(null, dose.form(), dose.route(), dose.frequency(), dose.quantity());
      }
      int itemEnd = attach(text, last.span().end(), dose, next);
      String generic = d.generic();
      if (j > i) {
        StringBuilder g = new StringBuilder();
        for (int k = i; k <= j; k++) {
          g.append(k > i ? "/" : "").append(found.get(k).generic());
        }
        generic = g.toString();
      }
      boolean injected = dose.form() != null && "injection".equals(dose.form().normal())
          || d.drugClass() != null && d.drugClass().equals("Injection");
      Span head = new Span(d.span().start(), last.span().end());
      Matcher before = AMOUNT_BEFORE.matcher(text).region(Math.max(start, d.span().start() - 24), d.span().start());
      int itemStart = before.find() ? before.start() : d.span().start();
      out.add(new TreatmentMention(new Span(itemStart, itemEnd), head,
          injected ? "injection" : "medication", "drug:" + key(text, head), generic,
          d.drugClass(), dose, null));
      i = j + 1;
    }
    return out;
  }

  private static boolean labValue(String text, Span name, int limit) {
    return ANALYTE_AFTER.matcher(text).region(name.end(), Math.max(name.end(), Math.min(limit, name.end() + 30))).lookingAt()
        || ANALYTE_BEFORE.matcher(text).region(Math.max(0, name.start() - 20), name.start()).find();
  }

  /** Whether two compounded agents are written as one preparation. */
  private static boolean joined(String text, DrugMention a, DrugMention b) {
    int from = a.span().end();
    int to = b.span().start();
    if (to - from > 30) {
      return false;
    }
    String gap = text.substring(from, to).replaceAll("\\d{1,3}(?:\\.\\d{1,3})?\\s{0,2}%", "");
    return COMPOUND_GAP.matcher(gap).matches();
  }

  /**
   * Where an item ends: after the strength and form written right after the drug's name
   * ("Lidocaine 5% patch", "Flector patch"), not after its frequency or quantity.
   */
  private static int attach(String text, int end, Dose dose, int limit) {
    int e = end;
    for (int round = 0; round < 2; round++) {
      for (DoseAttribute a : new DoseAttribute[] {dose.strength(), dose.form()}) {
        if (a != null && a.span().start() >= e && a.span().end() <= limit
            && ATTACHED.matcher(text).region(e, a.span().start()).matches()) {
          e = a.span().end();
        }
      }
    }
    return e;
  }

  /**
   * Whether a term as written is a treatment: an abbreviation only in capitals ("PT", not "pt"
   * for patient), "PT" not as the prothrombin time of a lab panel, "ice" not as what a worker
   * slipped on. Phrases that hold a treatment word but name none ("exercise tolerance") are
   * rows of kind none in the lexicon.
   */
  private static boolean acceptTerm(String text, Span s, int end) {
    String written = s.text(text);
    String lower = written.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower) && !written.equals(written.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String after = text.substring(s.end(), Math.min(end, s.end() + 12)).toLowerCase(Locale.ROOT);
    String before = text.substring(Math.max(0, s.start() - 12), s.start()).toLowerCase(Locale.ROOT);
    return !((lower.equals("pt") || lower.equals("ot")) && LAB_AFTER_PT.matcher(after).lookingAt()
        || lower.equals("ice") && ICE_BEFORE.matcher(before).find());
  }

  /**
   * "Physical and occupational therapy", "Mayo and digital block": the word before "and" names a
   * treatment of its own with the term's last words, where the lexicon knows that phrase.
   */
  private List<TreatmentMention> sharedNoun(String text, int start, List<TreatmentMention> kept) {
    List<TreatmentMention> out = new ArrayList<>();
    for (TreatmentMention t : kept) {
      if (t.isDrug() || t.label() != null) {
        continue;
      }
      String written = t.span().text(text);
      int firstSpace = written.indexOf(' ');
      if (firstSpace < 0) {
        continue;
      }
      Matcher m = SHARED_BEFORE.matcher(text).region(Math.max(start, t.span().start() - 40), t.span().start());
      if (!m.find()) {
        continue;
      }
      String label = m.group(1) + written.substring(firstSpace).replaceAll("\\s+", " ");
      TreatmentLexicon.Term term = treatments.term(label);
      Span whole = new Span(m.start(1), t.span().end());
      boolean taken = kept.stream().anyMatch(o -> o != t && o.span().overlaps(new Span(m.start(1), m.end(1))));
      if (term != null && !term.kind().equals(TreatmentLexicon.NONE) && !taken) {
        out.add(new TreatmentMention(whole, whole, term.kind(), term.concept(), null, null, null,
            term.genericClasses(), label, false));
      }
    }
    return out;
  }

  /**
   * Drugs the lexicons do not know, named in a list after one they do ("on Zyrtec, Flonase and
   * Qvar"): a capitalised word (not in capitals only) in the list continued by a comma or "and".
   */
  private List<TreatmentMention> listedDrugs(String text, int end, List<TreatmentMention> kept) {
    List<TreatmentMention> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      TreatmentMention d = kept.get(i);
      if (!d.isDrug() || i + 1 < kept.size() && kept.get(i + 1).isDrug()) {
        continue; // extend a list from its last known drug only
      }
      int from = d.span().end();
      int limit = i + 1 < kept.size() ? kept.get(i + 1).span().start() : end;
      for (int n = 0; n < MAX_LISTED; n++) {
        Matcher m = LISTED_NEXT.matcher(text).region(from, limit);
        if (!m.lookingAt()) {
          break;
        }
        String name = m.group(1);
        if (treatments.term(name) != null || NOT_DRUG_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
          break;
        }
        Span s = new Span(m.start(1), m.end(1));
        out.add(new TreatmentMention(s, s, "medication", "drug:" + key(text, s), null, null, null, null));
        from = m.end(1);
      }
    }
    return out;
  }

  /** "Procarbazine chemotherapy", "lidocaine injection": the drug's item takes the word after it. */
  private static List<TreatmentMention> withTherapyWords(String text, List<TreatmentMention> in) {
    List<TreatmentMention> out = new ArrayList<>(in.size());
    for (TreatmentMention t : in) {
      TreatmentMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.isDrug() && !t.isDrug() && t.span().start() >= last.span().end()
          && text.substring(last.span().end(), t.span().start()).isBlank()) {
        if (THERAPY_WORDS.contains(t.concept())) {
          out.set(out.size() - 1, last.withSpan(new Span(last.span().start(), t.span().end())));
          continue;
        }
        if (DESCRIPTORS.contains(t.concept())) {
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /** Drops mentions inside longer ones; a drug inside a term gives the term its drug. */
  private static List<TreatmentMention> withoutOverlaps(String text, List<TreatmentMention> all) {
    all.sort(Comparator.comparingInt((TreatmentMention t) -> t.span().start())
        .thenComparing(t -> -t.span().length()));
    List<TreatmentMention> out = new ArrayList<>();
    for (TreatmentMention t : all) {
      TreatmentMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && t.span().start() < last.span().end()) {
        if (t.span().length() > last.span().length() && !last.isDrug()) {
          out.set(out.size() - 1, t);
        } else if (last.isDrug() || t.isDrug()) {
          // keep the drug: its dose and class are what a reader needs
          TreatmentMention drug = last.isDrug() ? last : t;
          TreatmentMention other = drug == last ? t : last;
          if (!drug.isDrug() || other.span().contains(drug.span()) && other.span().length() > drug.span().length() + 4
              && !other.isGeneric()) {
            out.set(out.size() - 1, new TreatmentMention(other.span(), other.head(), other.kind(),
                other.concept(), drug.drug(), drug.drugClass(), drug.dose(), null, null, false));
          } else {
            out.set(out.size() - 1, drug);
          }
        }
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private static String key(String text, Span s) {
    return String.join(" ", PhraseMatcher.words(s.text(text)));
  }
}
