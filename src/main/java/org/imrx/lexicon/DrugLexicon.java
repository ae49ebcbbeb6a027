package org.imrx.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.ConfigurationException;
import org.imrx.text.Span;

/**
 * Drug names in text, mapped to generic names and DWC drug classes. Loaded once, validated on load;
 * immutable and thread-safe.
 *
 * <p>Vocabulary, first source winning where two give a name: the curated brand and product map
 * ({@code models/lexicons/drug-brands.tsv}), the curated generics with their variants
 * ({@code drug-generics.tsv}; a combination also matches as "A and B", "A with B" and with the
 * agents' variants, "hydrocodone/APAP"), then, when the user gives it, DrugBank's open vocabulary
 * (common names and synonyms, less the plain words of {@code drugbank-stoplist.txt}, abbreviations
 * of at most six capitals, names of fewer than four letters or opening with a single letter
 * ("(S)-naproxen"), research codes, long chemical names, and names that without their salt would
 * be another word ("Sodium citrate")). Salts and release forms written inside or after a name ("hydrocodone bitartrate",
 * "HCl", "sodium", "ER", "XR", "extended release") do not prevent a match, and the mention's span
 * takes them in. A word of seven letters or more that misses every name by one edit (a typo such as
 * "tramdol") matches the one curated name of eight letters or more it is that close to. Brands that are ordinary words or
 * places ({@code drug-brand-words.txt}: Versed, Sonata, Norco) match only capitalised, and no name
 * followed by ", CA" or a state and ZIP code is a drug.
 *
 * <p>Classes come from {@code drug-classes.tsv}; every class must be a Pharmaceuticals
 * sub-category of the DWC taxonomy. The class of a mention follows these rules, in order:
 * <ol>
 *   <li>a product whose form is part of the product has its own row (Ketophene: Topical
 *       Compounds);
 *   <li>an injected drug (an injectable form or IM, IV, subcutaneous, epidural, intra-articular or
 *       intrathecal route after the name, or "injection"/"injected" just before it) takes the
 *       row {@code "<generic> injection"} if there is one (lidocaine injection: Injection);
 *   <li>a compounded preparation ("compound", "compounded" just before the name, "compound" or
 *       "cream base" after it) or several agents named in a row ("Flurbiprofen 10%/Lidocaine 5%",
 *       separated only by strengths, "/", ",", "and", "in", "with") with a topical cue is a
 *       Topical Compounds;
 *   <li>a topical preparation (a topical or transdermal form or route in or after the name,
 *       "topical" just before it, or a percent strength right after it) takes the row
 *       {@code "<generic> topical"} if there is one (diclofenac gel: Topical Analgesics; fentanyl
 *       patch: Opioids; triamcinolone cream: Adrenal Cortical Steroids); else a drug of an oral
 *       pain class (NSAID, muscle relaxant, anti-epilepsy, antidepressant, opioid, analgesic,
 *       antihistamine) is a Topical Compounds (ketoprofen cream: no such product is
 *       approved, so it is compounded); any other keeps its class (lidocaine patch: Topical
 *       Analgesics; mupirocin ointment: Anti-infectives);
 *   <li>otherwise the generic's class; a combination without its own row is an Opioids if any
 *       agent is an opioid, a Barbiturates if any is a barbiturate, else the class of its first
 *       agent that has one.
 * </ol>
 */
public final class DrugLexicon {
  static final String TOPICAL_ANALGESICS = "Topical Analgesics";
  static final String TOPICAL_COMPOUNDS = "Topical Compounds";
  private static final String OPIOIDS = "Opioids";
  private static final String BARBITURATES = "Barbiturates";

  /** Salts, hydrates and release forms written after a drug name. */
  static final Set<String> SALTS_AND_RELEASE = Set.of(
      "hydrochloride", "hcl", "hydrobromide", "hbr", "sodium", "potassium", "calcium", "magnesium",
      "citrate", "bitartrate", "tartrate", "succinate", "sulfate", "sulphate", "phosphate",
      "maleate", "mesylate", "besylate", "fumarate", "acetate", "acetonide", "tromethamine",
      "hyclate", "monohydrate", "dihydrate", "trihydrate", "epolamine", "propionate",
      "dipropionate", "furoate", "valerate", "cypionate", "enanthate", "decanoate", "undecanoate",
      "pamoate", "xinafoate", "bromide", "er", "xr", "sr", "cr",
      "dr", "xl", "la", "ir", "ec", "odt", "extended", "delayed", "immediate", "sustained",
      "controlled", "release", "released");

  private static final int FUZZY_MIN = 7;
  private static final int FUZZY_NAME_MIN = 8;
  private static final int CUE_BEFORE = 30;
  private static final int CUE_AFTER = 60;
  private static final int RUN_GAP = 25;
  private static final Pattern PLACE = Pattern.compile("\\s{0,2},\\s{0,2}(?:California\\b|CA\\b|[A-Z]{2}\\s{1,3}\\d{5})");
  private static final Pattern PERCENT_AFTER = Pattern.compile("[\\s(]{0,3}\\d{1,3}(?:\\.\\d{1,4})?\\s{0,2}%");
  private static final Pattern NUMBER_CONTINUES = Pattern.compile("\\s{0,3}(?:mg|mcg|times|x\\b|tabs?\\b|tablets?|%|-|/|to\\b|\\.\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPOUND_BEFORE = Pattern.compile("(?i)\\bcompound(?:ed|ing)?\\b[^.;\\n]{0,20}$");
  private static final Pattern COMPOUND_AFTER = Pattern.compile("(?i)\\bcompound(?:ed)?\\b|\\bcream\\s{1,3}base\\b");
  private static final Pattern TOPICAL_BEFORE = Pattern.compile("(?i)\\btopical(?:ly)?\\s{1,3}$");
  private static final Pattern INJECTION_BEFORE = Pattern.compile("(?i)\\binject(?:ion|ions|ed)?\\s{1,3}(?:of\\s{1,3}|with\\s{1,3})?$");
  private static final Pattern CLAUSE_END = Pattern.compile("[,;]|\\n\\s*\\n|\\.\\s{1,3}(?=[A-Z][a-z])");
  private static final Pattern ORAL_STRENGTH_AFTER = Pattern.compile("[\\s(]{0,3}\\d{1,5}(?:[.\\-/]\\d{1,5}){0,4}\\s{0,2}(?:mg|mcg)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
  private static final Pattern PARENTHESIS = Pattern.compile("\\s{0,2}\\(\\s{0,2}");
  private static final Pattern RUN_JOINER = Pattern.compile("(?i)[\\s\\d.,%/+()\\-]*(?:\\b(?:and|with|in|w)\\b[\\s\\d.,%/+()\\-]*)?");
  /** Research codes ("LY2140023", "SCH 58235") and registry numbers in DrugBank synonyms. */
  private static final Pattern RESEARCH_CODE = Pattern.compile("\\d{3}");
  /** Classes of oral drugs that, made up as a cream, can only be compounded. */
  private static final Set<String> COMPOUNDED_WHEN_TOPICAL = Set.of("NSAID", "Muscle Relaxant",
      "Anti-epilepsy drugs", "Antidepressant", "Opioids", "Misc Analgesics", "Antihistamine");
  private static final Set<String> INJECTED_ROUTES = Set.of("intramuscular", "intravenous",
      "subcutaneous", "epidural", "intra-articular", "intrathecal", "intradermal", "intralesional",
      "perineural");
  private static final Set<String> TOPICAL_ROUTES = Set.of("topical", "transdermal");

  /** What a phrase of the vocabulary stands for. */
  private record Entry(String generic, boolean brand, String product, boolean capitalOnly) {}

  private static final Entry AMBIGUOUS = new Entry("", false, null, false);

  private final PhraseMatcher<Entry> matcher;
  /** Single-word curated names of eight letters or more, and the one-letter deletions of each. */
  private final Map<String, Entry> fuzzy;
  private final Map<String, List<String>> deletionsOf;
  private final DeletionFilter mayBeFuzzy;
  private final Map<String, String> classes;
  private final DosingLexicon dosing;

  private DrugLexicon(PhraseMatcher<Entry> matcher, Map<String, Entry> fuzzy,
      Map<String, List<String>> deletionsOf, Map<String, String> classes, DosingLexicon dosing) {
    this.matcher = matcher;
    this.fuzzy = fuzzy;
    this.deletionsOf = deletionsOf;
    Set<String> keys = new HashSet<>(fuzzy.keySet());
    keys.addAll(deletionsOf.keySet());
    this.mayBeFuzzy = new DeletionFilter(keys);
    this.classes = classes;
    this.dosing = dosing;
  }

  /**
   * Loads the curated vocabulary and, where {@code drugBankCsv} is not null, DrugBank's
   * vocabulary from that file.
   */
  public static DrugLexicon load(Taxonomy taxonomy, DosingLexicon dosing, Path drugBankCsv)
      throws ConfigurationException {
    Set<String> drugClasses = taxonomy.drugClasses();
    Map<String, List<String>> generics = readGenerics();
    Map<String, String> brands = new java.util.LinkedHashMap<>();
    for (String[] row : Bundled.tsv("lexicons/drug-brands.tsv")) {
      requireGeneric("drug-brands.tsv", row[0], row[1], generics);
      brands.putIfAbsent(row[0], row[1]);
    }
    Set<String> brandWords = new HashSet<>();
    for (String line : Bundled.lines("lexicons/drug-brand-words.txt")) {
      brandWords.add(key(line));
    }
    Set<String> productKeys = new HashSet<>();
    for (String b : brands.keySet()) {
      productKeys.add(key(b));
    }
    Map<String, String> classes = readClasses(Bundled.tsv("lexicons/drug-classes.tsv"),
        drugClasses, generics.keySet(), productKeys);

    PhraseMatcher.Builder<Entry> b = PhraseMatcher.<Entry>builder().skipping(SALTS_AND_RELEASE);
    Map<String, Entry> fuzzy = new HashMap<>();
    for (Map.Entry<String, String> e : brands.entrySet()) {
      Entry entry = new Entry(e.getValue(), true, key(e.getKey()), brandWords.contains(key(e.getKey())));
      b.add(e.getKey(), entry);
      indexFuzzy(fuzzy, e.getKey(), entry);
    }
    Map<String, String> curated = new HashMap<>();
    for (Map.Entry<String, List<String>> e : generics.entrySet()) {
      Entry entry = new Entry(e.getKey(), false, null, false);
      for (String name : variants(e.getKey(), e.getValue(), generics)) {
        b.add(name, entry);
        indexFuzzy(fuzzy, name, entry);
        curated.putIfAbsent(withoutSalts(name), e.getKey());
      }
    }
    if (drugBankCsv != null) {
      Set<String> stop = new HashSet<>();
      for (String line : Bundled.lines("lexicons/drugbank-stoplist.txt")) {
        stop.add(key(line));
      }
      for (DrugBankVocabulary.Drug d : DrugBankVocabulary.read(drugBankCsv)) {
        List<String> names = new ArrayList<>();
        names.add(d.name());
        names.addAll(d.synonyms());
        // A drug the curated list knows keeps the curated generic ("Acetylsalicylic acid" is
        // aspirin), so that its class applies to every DrugBank synonym of it.
        String generic = d.name().toLowerCase(Locale.ROOT);
        for (String n : names) {
          String known = curated.get(withoutSalts(n));
          if (known != null) {
            generic = known;
            break;
          }
        }
        Entry entry = new Entry(generic, false, null, false);
        // A name with a salt in it is read without the salt, so it may only stand for the drug
        // where the rest is a name of the drug by itself ("Morphine sulfate": "morphine"), never
        // a new word ("Sodium citrate" is no "sodium", "Secondary potassium phosphate" no
        // "secondary").
        Set<String> saltless = new HashSet<>();
        for (String n : names) {
          List<String> w = PhraseMatcher.words(n);
          if (w.stream().skip(1).noneMatch(SALTS_AND_RELEASE::contains)) {
            saltless.add(String.join(" ", w));
          }
        }
        for (String n : names) {
          if (usable(n, stop) && saltless.contains(withoutSalts(n))) {
            b.add(n, entry);
          }
        }
      }
    }
    fuzzy.values().removeIf(v -> v == AMBIGUOUS);
    Map<String, List<String>> deletionsOf = new HashMap<>();
    for (String w : fuzzy.keySet()) {
      for (String d : deletions(w)) {
        deletionsOf.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
      }
    }
    return new DrugLexicon(b.build(), Map.copyOf(fuzzy), Map.copyOf(deletionsOf),
        Map.copyOf(classes), dosing);
  }

  /** The bundled curated vocabulary alone. */
  public static DrugLexicon loadBundled(Taxonomy taxonomy, DosingLexicon dosing)
      throws ConfigurationException {
    return load(taxonomy, dosing, null);
  }

  /** Number of phrases the lexicon matches. */
  public int size() {
    return matcher.size();
  }

  /**
   * Drugs named in {@code [start, end)}, left to right, not overlapping, each with its class
   * decided by the rules of the class comment from the text around it.
   */
  public List<DrugMention> find(CharSequence text, int start, int end) {
    List<Raw> raw = new ArrayList<>();
    for (PhraseMatcher.Match<Entry> m : matcher.find(text, start, end)) {
      if (m.value().generic().indexOf('/') >= 0 && !m.value().brand() && LIST_SEPARATOR.matcher(text).region(m.span().start(), m.span().end()).find()) {
        // "gabapentin, cyclobenzaprine" lists two drugs, not the combination
        int from = m.span().start();
        for (int cut = from; cut <= m.span().end(); cut++) {
          if (cut == m.span().end() || text.charAt(cut) == ',' || text.charAt(cut) == ';') {
            for (PhraseMatcher.Match<Entry> part : matcher.find(text, from, cut)) {
              addMatch(text, part.span(), part.value(), end, raw);
            }
            from = cut + 1;
          }
        }
        continue;
      }
      addMatch(text, m.span(), m.value(), end, raw);
    }
    raw = addFuzzy(text, start, end, raw);
    boolean[] compound = compoundRuns(text, raw, end);
    String[] cls = new String[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      Raw r = raw.get(i);
      int cueEnd = cueEnd(text, r.span.end(), i + 1 < raw.size() ? raw.get(i + 1).span.start() : end);
      cls[i] = compound[i] ? TOPICAL_COMPOUNDS : classIn(text, r, Math.max(start, r.span.start() - CUE_BEFORE), cueEnd);
    }
    alignParenthesised(text, raw, cls);
    List<DrugMention> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Raw r = raw.get(i);
      out.add(new DrugMention(r.span, r.span.text(text), r.entry.generic(), cls[i], r.entry.brand()));
    }
    return out;
  }

  public List<DrugMention> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** The generic name of a drug name, brand or variant ("Norco", "APAP", "Oxycodone HCl"). */
  public Optional<String> generic(String name) {
    Entry e = matcher.lookup(name);
    return Optional.ofNullable(e).map(Entry::generic);
  }

  /**
   * The DWC drug class of a generic or brand name, without context (a topical form of it may be
   * classed otherwise in text: see the class comment).
   */
  public Optional<String> drugClass(String genericOrBrand) {
    Entry e = matcher.lookup(genericOrBrand);
    if (e == null) {
      return Optional.ofNullable(classes.get(genericOrBrand.strip().toLowerCase(Locale.ROOT)));
    }
    if (e.product() != null && classes.containsKey(e.product())) {
      return Optional.of(classes.get(e.product()));
    }
    return Optional.ofNullable(classOf(e.generic()));
  }

  private record Raw(Span span, Entry entry) {}

  private void addMatch(CharSequence text, Span span, Entry entry, int end, List<Raw> raw) {
    if (!raw.isEmpty() && span.start() < raw.get(raw.size() - 1).span.end()) {
      return; // a salt the previous mention took in ("Diclofenac sodium")
    }
    Raw r = accept(text, span, entry, end);
    if (r != null) {
      raw.add(r);
    }
  }

  private Raw accept(CharSequence text, Span span, Entry entry, int end) {
    if (entry.capitalOnly() && !Character.isUpperCase(text.charAt(span.start()))) {
      return null;
    }
    // "Tylenol 3 times a day" is Tylenol; "Tylenol #3" is Tylenol with codeine.
    if (Character.isDigit(text.charAt(span.end() - 1))
        && NUMBER_CONTINUES.matcher(text).region(span.end(), end).lookingAt()) {
      int cut = span.end();
      while (cut > span.start() && Character.isLetterOrDigit(text.charAt(cut - 1))) {
        cut--;
      }
      while (cut > span.start() && !Character.isLetterOrDigit(text.charAt(cut - 1))) {
        cut--;
      }
      Entry shorter = cut > span.start() ? matcher.lookup(text.subSequence(span.start(), cut).toString()) : null;
      return shorter == null ? null : accept(text, new Span(span.start(), cut), shorter, end);
    }
    if (PLACE.matcher(text).region(span.end(), end).lookingAt()) {
      return null;
    }
    return new Raw(new Span(span.start(), extendOverSalts(text, span.end(), end)), entry);
  }

  private static int extendOverSalts(CharSequence text, int from, int end) {
    int last = from;
    int i = from;
    for (int words = 0; words < PhraseMatcher.MAX_SKIPPED && i < end; words++) {
      int s = i;
      while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '-' || text.charAt(s) == '.')) {
        s++;
      }
      int e = s;
      while (e < end && Character.isLetterOrDigit(text.charAt(e))) {
        e++;
      }
      if (e == s || s - i > 2
          || !SALTS_AND_RELEASE.contains(text.subSequence(s, e).toString().toLowerCase(Locale.ROOT))) {
        break;
      }
      last = e;
      i = e;
    }
    return last;
  }

  private List<Raw> addFuzzy(CharSequence text, int start, int end, List<Raw> exact) {
    if (fuzzy.isEmpty()) {
      return exact;
    }
    List<Raw> out = new ArrayList<>(exact.size());
    int next = 0;
    int i = start;
    while (i < end) {
      if (next < exact.size() && i >= exact.get(next).span.start()) {
        out.add(exact.get(next));
        i = Math.max(i, exact.get(next).span.end());
        next++;
        continue;
      }
      int limit = next < exact.size() ? exact.get(next).span.start() : end;
      if (!Character.isLetter(text.charAt(i)) || i > start && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int e = i;
      while (e < limit && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e - i >= FUZZY_MIN && (e == end || !Character.isDigit(text.charAt(e)))) {
        Entry hit = fuzzyLookup(text.subSequence(i, e).toString().toLowerCase(Locale.ROOT));
        if (hit != null) {
          Raw r = accept(text, new Span(i, e), hit, end);
          if (r != null && r.span.end() <= limit) {
            out.add(r);
            i = r.span.end();
            continue;
          }
        }
      }
      i = Math.max(e, i + 1);
    }
    return out;
  }

  /**
   * The entry of the one curated name within one edit of {@code word}, or null; "ph" written for
   * "f" ("ketoprophen") counts as no edit.
   */
  private Entry fuzzyLookup(String word) {
    if (matcher.lookup(word) != null) {
      return null;
    }
    if (word.contains("ph")) {
      String f = word.replace("ph", "f");
      Entry e = matcher.lookup(f);
      if (e == null) {
        e = fuzzyLookup(f);
      }
      if (e != null) {
        return e;
      }
      // A typo elsewhere in a name written with its own "ph" ("ophenadrine"): one edit as written.
    }
    if (!mayBeFuzzy.mayMatch(word)) {
      return null;
    }
    Set<String> candidates = new HashSet<>(deletionsOf.getOrDefault(word, List.of()));
    for (String d : deletions(word)) {
      if (fuzzy.containsKey(d)) {
        candidates.add(d);
      }
      candidates.addAll(deletionsOf.getOrDefault(d, List.of()));
    }
    Entry found = null;
    for (String c : candidates) {
      if (withinOneEdit(word, c)) {
        Entry e = fuzzy.get(c);
        if (found != null && !found.generic().equals(e.generic())) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /** Whether one insertion, deletion, substitution or swap of neighbours turns a into b. */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.abs(a.length() - b.length()) > 1 || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) {
        return true;
      }
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
  }

  private static void indexFuzzy(Map<String, Entry> index, String name, Entry entry) {
    List<String> words = PhraseMatcher.words(name);
    if (words.size() != 1 || words.get(0).length() < FUZZY_NAME_MIN || !words.get(0).chars().allMatch(Character::isLetter)) {
      return;
    }
    index.merge(words.get(0), entry, (a, c) -> a.generic().equals(c.generic()) ? a : AMBIGUOUS);
  }

  private static List<String> deletions(String w) {
    List<String> out = new ArrayList<>(w.length());
    for (int i = 1; i < w.length(); i++) { // a typo rarely hits the first letter
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }

  /**
   * Marks mentions that belong to a compounded run of agents: two or more with percent strengths
   * ("A 20%, B 5%, C 2%"), or agents joined by "/" with a topical cue after them ("A/B cream"), or
   * any run after "compound". A plain list of drugs ("Tramadol, Etodolac, and topical creams") is
   * no compound.
   */
  private boolean[] compoundRuns(CharSequence text, List<Raw> raw, int end) {
    boolean[] out = new boolean[raw.size()];
    int i = 0;
    while (i < raw.size()) {
      int j = i;
      boolean slashes = true;
      while (j + 1 < raw.size() && joined(text, raw.get(j).span.end(), raw.get(j + 1).span.start())) {
        String gap = text.subSequence(raw.get(j).span.end(), raw.get(j + 1).span.start()).toString();
        slashes &= gap.indexOf('/') >= 0 && gap.indexOf(',') < 0;
        j++;
      }
      if (j > i) {
        Raw last = raw.get(j);
        int runEnd = cueEnd(text, last.span.end(), j + 1 < raw.size() ? raw.get(j + 1).span.start() : end);
        int percents = 0;
        for (int k = i; k <= j; k++) {
          if (PERCENT_AFTER.matcher(text).region(raw.get(k).span.end(), end).lookingAt()) {
            percents++;
          }
        }
        boolean cue = percents >= 2
            || slashes && (percents > 0 || topicalCue(text, last.span.end(), runEnd))
            || COMPOUND_BEFORE.matcher(text).region(Math.max(0, raw.get(i).span.start() - CUE_BEFORE), raw.get(i).span.start()).find();
        cue = cue && !injectionCue(text, last.span.end(), runEnd);
        for (int k = i; k <= j && cue; k++) {
          // a tablet listed after a compound ("...Lidocaine 5%, and Trezix 320.5-30-16mg")
          out[k] = !ORAL_STRENGTH_AFTER.matcher(text).region(raw.get(k).span.end(), end).lookingAt();
        }
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * Gives "Brand (generic)" and "generic (Brand)" one class: the one read from the text around
   * either, where it differs from the drug's own class ("Flector patch (diclofenac epolamine)").
   */
  private void alignParenthesised(CharSequence text, List<Raw> raw, String[] cls) {
    for (int i = 0; i + 1 < raw.size(); i++) {
      Raw a = raw.get(i);
      Raw b = raw.get(i + 1);
      if (a.entry.generic().equals(b.entry.generic())
          && PARENTHESIS.matcher(text).region(a.span.end(), b.span.start()).matches()
          && !java.util.Objects.equals(cls[i], cls[i + 1])) {
        String own = classOf(a.entry.generic());
        String pick = java.util.Objects.equals(cls[i], own) ? cls[i + 1] : cls[i];
        cls[i] = pick;
        cls[i + 1] = pick;
      }
    }
  }

  /**
   * Where the words that describe a mention's form stop: {@value #CUE_AFTER} characters on, the
   * next mention, or the end of its clause (a comma, semicolon, blank line or sentence end).
   */
  private static int cueEnd(CharSequence text, int from, int limit) {
    int to = Math.min(limit, from + CUE_AFTER);
    java.util.regex.Matcher m = CLAUSE_END.matcher(text).region(from, Math.max(from, to));
    return m.find() ? m.start() : Math.max(from, to);
  }

  private static boolean joined(CharSequence text, int from, int to) {
    return to - from <= RUN_GAP && to > from && RUN_JOINER.matcher(text).region(from, to).matches();
  }

  private String classIn(CharSequence text, Raw r, int before, int after) {
    Entry e = r.entry;
    if (e.product() != null && classes.containsKey(e.product())) {
      return classes.get(e.product());
    }
    String generic = e.generic();
    int s = r.span.start();
    int t = r.span.end();
    if (injectionCue(text, s, after) || INJECTION_BEFORE.matcher(text).region(before, s).find()) {
      String c = classes.get(generic + " injection");
      return c != null ? c : classOf(generic);
    }
    if ((COMPOUND_BEFORE.matcher(text).region(before, s).find()
        || COMPOUND_AFTER.matcher(text).region(t, after).find()) && !oralCue(text, s, after)) {
      return TOPICAL_COMPOUNDS;
    }
    if (topicalCue(text, s, after) || TOPICAL_BEFORE.matcher(text).region(before, s).find()
        || PERCENT_AFTER.matcher(text).region(t, after).lookingAt()) {
      String c = classes.get(generic + " topical");
      if (c != null) {
        return c;
      }
      String own = classOf(generic);
      return own != null && COMPOUNDED_WHEN_TOPICAL.contains(own) ? TOPICAL_COMPOUNDS : own;
    }
    return classOf(generic);
  }

  private boolean topicalCue(CharSequence text, int from, int to) {
    for (PhraseMatcher.Match<DosingLexicon.DoseForm> f : dosing.forms(text, from, to)) {
      if (f.value().route() != null && TOPICAL_ROUTES.contains(f.value().route())) {
        return true;
      }
    }
    for (PhraseMatcher.Match<DosingLexicon.Route> m : dosing.routes(text, from, to)) {
      if (TOPICAL_ROUTES.contains(m.value().name())) {
        return true;
      }
    }
    return false;
  }

  private boolean oralCue(CharSequence text, int from, int to) {
    for (PhraseMatcher.Match<DosingLexicon.DoseForm> f : dosing.forms(text, from, to)) {
      if ("oral".equals(f.value().route())) {
        return true;
      }
    }
    for (PhraseMatcher.Match<DosingLexicon.Route> m : dosing.routes(text, from, to)) {
      if ("oral".equals(m.value().name())) {
        return true;
      }
    }
    return false;
  }

  private boolean injectionCue(CharSequence text, int from, int to) {
    for (PhraseMatcher.Match<DosingLexicon.DoseForm> f : dosing.forms(text, from, to)) {
      if (DosingLexicon.INJECTION.equals(f.value().route())) {
        return true;
      }
    }
    for (PhraseMatcher.Match<DosingLexicon.Route> m : dosing.routes(text, from, to)) {
      if (INJECTED_ROUTES.contains(m.value().name())) {
        return true;
      }
    }
    return false;
  }

  private String classOf(String generic) {
    String c = classes.get(generic);
    if (c != null || generic.indexOf('/') < 0) {
      return c;
    }
    String first = null;
    boolean barbiturate = false;
    for (String part : generic.split("/")) {
      String pc = classes.get(part);
      if (OPIOIDS.equals(pc)) {
        return OPIOIDS;
      }
      barbiturate |= BARBITURATES.equals(pc);
      if (first == null) {
        first = pc;
      }
    }
    return barbiturate ? BARBITURATES : first;
  }

  /**
   * The rows of {@code drug-classes.tsv} keyed by generic ("<generic> topical" and
   * "<generic> injection" as written) or by product key, each checked to name a DWC drug class and
   * a known generic or product.
   */
  static Map<String, String> readClasses(List<String[]> rows, Set<String> drugClasses,
      Set<String> generics, Set<String> productKeys) throws ConfigurationException {
    Map<String, String> classes = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      if (!drugClasses.contains(row[1])) {
        throw new ConfigurationException("models/lexicons/drug-classes.tsv: row " + (i + 1)
            + " gives '" + row[0] + "' the class '" + row[1] + "', which is not a DWC drug class"
            + " (a Pharmaceuticals sub-category of models/taxonomy/request-categories.tsv)");
      }
      String generic = row[0].toLowerCase(Locale.ROOT);
      String base = generic.replaceFirst(" (?:topical|injection)$", "");
      boolean product = !generics.contains(base) && productKeys.contains(key(base));
      if (!generics.contains(base) && !product) {
        throw new ConfigurationException("models/lexicons/drug-classes.tsv: '" + row[0]
            + "' is neither a generic of drug-generics.tsv nor a product of drug-brands.tsv");
      }
      if (classes.put(product ? key(base) : generic, row[1]) != null) {
        throw new ConfigurationException("models/lexicons/drug-classes.tsv: '" + row[0]
            + "' has two rows");
      }
    }
    return classes;
  }

  private static Map<String, List<String>> readGenerics() throws ConfigurationException {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    List<String> lines = Bundled.lines("lexicons/drug-generics.tsv");
    // Most generics have no variants, so the second column may be absent.
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] row = line.split("\t", -1);
      String g = row[0].strip();
      if (g.isEmpty() || !g.equals(g.toLowerCase(Locale.ROOT))) {
        throw new ConfigurationException("models/lexicons/drug-generics.tsv: generic '" + g
            + "' must be non-empty and lower case");
      }
      List<String> syn = new ArrayList<>();
      for (String s : row.length > 1 ? row[1].split("\\|") : new String[0]) {
        if (!s.isBlank()) {
          syn.add(s.strip());
        }
      }
      if (out.put(g, syn) != null) {
        throw new ConfigurationException("models/lexicons/drug-generics.tsv: '" + g + "' has two rows");
      }
    }
    for (String g : out.keySet()) {
      if (g.indexOf('/') >= 0) {
        for (String part : g.split("/")) {
          if (!out.containsKey(part)) {
            throw new ConfigurationException("models/lexicons/drug-generics.tsv: combination '" + g
                + "' names '" + part + "', which has no row of its own");
          }
        }
      }
    }
    return out;
  }

  private static void requireGeneric(String file, String name, String generic,
      Map<String, List<String>> generics) throws ConfigurationException {
    if (name.isEmpty() || !generics.containsKey(generic)) {
      throw new ConfigurationException("models/lexicons/" + file + ": '" + name + "' maps to '"
          + generic + "', which is not a generic of drug-generics.tsv");
    }
  }

  /** A generic's names: itself, its variants and, for a combination, its joined forms. */
  private static List<String> variants(String generic, List<String> synonyms,
      Map<String, List<String>> generics) {
    List<String> out = new ArrayList<>();
    out.add(generic);
    out.addAll(synonyms);
    if (generic.indexOf('/') < 0) {
      return out;
    }
    List<String> joined = List.of("");
    String[] parts = generic.split("/");
    for (int p = 0; p < parts.length; p++) {
      List<String> names = new ArrayList<>();
      names.add(parts[p]);
      for (String s : generics.get(parts[p])) {
        if (PhraseMatcher.words(s).size() <= 2) {
          names.add(s);
        }
      }
      List<String> next = new ArrayList<>();
      for (String prefix : joined) {
        for (String n : names) {
          if (next.size() < 64) {
            next.add(p == 0 ? n : prefix + " " + n);
          }
        }
      }
      joined = next;
    }
    out.addAll(joined);
    if (parts.length == 2) {
      for (String connector : List.of(" and ", " with ", " w/ ", " plus ")) {
        out.add(parts[0] + connector + parts[1]);
      }
      out.add(parts[1] + "/" + parts[0]);
    }
    return out;
  }

  /** Whether a DrugBank name is specific enough to read as a drug mention. */
  private static boolean usable(String name, Set<String> stop) {
    List<String> words = PhraseMatcher.words(name);
    if (words.isEmpty() || words.size() > 6 || name.length() > 60 || words.get(0).length() < 2
        || stop.contains(String.join(" ", words))) {
      return false;
    }
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    if (letters < 4 || !lower && name.length() <= 6) {
      return false;
    }
    return !RESEARCH_CODE.matcher(name).find();
  }

  private static String withoutSalts(String name) {
    List<String> w = PhraseMatcher.words(name);
    StringBuilder out = new StringBuilder(w.isEmpty() ? "" : w.get(0));
    for (int i = 1; i < w.size(); i++) {
      if (!SALTS_AND_RELEASE.contains(w.get(i))) {
        out.append(' ').append(w.get(i));
      }
    }
    return out.toString();
  }

  static String key(String s) {
    return String.join(" ", PhraseMatcher.words(s));
  }
}
