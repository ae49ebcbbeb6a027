package org.imrx.extract.imaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.text.Span;

/**
 * The noun phrase around a modality word: the body parts, sides and technique words that belong
 * to it ("left shoulder MRI", "MRI of the C & T spine and LS spine", "x-ray lumbar spine 2 or 3
 * views", "shoulder x-ray (right)"), split into one study per body part where several are
 * coordinated. Stateless and thread-safe.
 */
final class StudyPhraseParser {
  /** One study of a phrase: its words (as written, or rebuilt for a coordinated part). */
  record Part(String text, BodyPart bodyPart, String laterality) {}

  /** A phrase: its whole extent, its studies and what the words just before it say. */
  record Phrase(Span extent, List<Part> parts, boolean repeat, boolean prior) {}

  /**
   * One body part of a phrase, as token indexes: its first token (its side word, if any), last
   * token, the token its body part starts at, and its side word (-1 for none). Grown while the
   * phrase is read, so mutable; never leaves {@link #parse}.
   */
  private static final class Conjunct {
    int first;
    int last;
    int part;
    int side;

    Conjunct(int first, int last, int part, int side) {
      this.first = first;
      this.last = last;
      this.part = part;
      this.side = side;
    }
  }

  private static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally");
  private static final Set<String> TECHNIQUE = Set.of("diagnostic", "official", "noncontrast",
      "nonenhanced", "non", "contrast", "enhanced", "plain", "digital", "2", "3", "4", "5", "6", "d",
      "whole", "body", "ap", "pa", "lateral", "oblique", "obliques", "standing", "weight",
      "bearing", "weightbearing", "flexion", "extension", "upright", "supine", "frog", "leg",
      "two", "three", "four", "five", "six", "screening", "open", "stress", "view", "views",
      "limited", "complete", "unilateral", "bilateral", "high", "resolution", "field", "3t",
      "transesophageal", "transthoracic", "color", "venous", "arterial", "duplex");
  private static final Set<String> PROJECTION = Set.of("ap", "pa", "lateral", "oblique", "obliques",
      "standing", "flexion", "extension", "upright", "two", "three", "four", "five", "six", "2",
      "3", "4", "5", "6", "weight", "weightbearing", "frog", "water", "waters",
      "sunrise", "merchant", "tunnel", "axillary", "scapular", "mortise", "y");
  private static final Set<String> REPEAT = Set.of("repeat", "repeated", "follow", "followup",
      "updated", "second", "another", "new");
  private static final Set<String> PRIOR = Set.of("prior", "previous", "original", "old",
      "earlier", "recent", "initial", "last", "outside", "baseline", "latest", "previously",
      // "an abnormal MRI", "a normal bone scan": only a study done has a result.
      "normal", "abnormal", "negative", "positive", "unremarkable");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "her", "his", "their",
      "this", "that", "these", "those", "its", "most");
  private static final Set<String> CONTINUATION = Set.of("scan", "scans", "imaging", "study",
      "studies", "images", "image", "examination", "exam", "series", "views", "view", "films",
      "film", "report");
  private static final Set<String> PREPOSITIONS = Set.of("of", "to", "for", "on", "at");
  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "both", "a",
      "an", "its");
  private static final Set<String> JOINT_NOUNS = Set.of("joint", "joints", "region", "area",
      "areas", "bone", "bones");
  private static final Set<String> POSITION = Set.of("lower", "upper", "proximal", "distal", "mid",
      "medial", "entire", "whole", "index", "middle", "ring", "little", "small", "great", "big");
  private static final Set<String> SPINE_LETTERS = Set.of("c", "t", "l", "ls", "tl", "lumbosacral");
  /** Nouns after a body part that show it belongs to something else ("knee pain"). */
  private static final Set<String> NOT_STUDY_NOUN = Set.of("pain", "pains", "tenderness", "injury",
      "injuries", "symptoms", "complaints", "surgery", "strain", "sprain", "fracture", "therapy",
      "injection", "injections", "pathology", "arthroscopy", "condition", "conditions",
      "problems", "range", "brace", "support", "manipulation", "treatment", "complaint",
      "radiculopathy", "spasm", "dermatome");
  private static final Set<String> MIDLINE = Set.of("cervical spine", "thoracic spine",
      "lumbar spine", "lumbosacral spine", "thoracolumbar spine", "spine", "back", "sacrum",
      "coccyx", "head", "brain", "face", "jaw", "chest", "abdomen", "pelvis", "heart", "neck");
  static final List<Set<String>> ONE_EXAM = List.of(
      Set.of("chest", "abdomen", "pelvis"), Set.of("head", "face"));
  private static final Pattern WHITE = Pattern.compile("[ \\t]*\\n?[ \\t]*");

  private final BodyPartLexicon bodyParts;

  StudyPhraseParser(BodyPartLexicon bodyParts) {
    this.bodyParts = bodyParts;
  }

  /** Body parts named in a sentence, keyed by the token they start at. */
  Map<Integer, int[]> bodyPartIndex(String text, Tokens tokens, int start, int end,
      Map<Integer, BodyPart> partsByStart) {
    Map<Integer, int[]> byStart = new HashMap<>();
    for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, start, end)) {
      int a = tokens.indexAtOrAfter(m.span().start());
      int b = tokens.indexEndingBy(m.span().end());
      if (a < tokens.size() && b >= a) {
        byStart.put(a, new int[] {a, b});
        partsByStart.put(a, m.value());
      }
    }
    return byStart;
  }

  /**
   * The phrase whose modality words are tokens {@code [head, headEnd]}; {@code limit} is the
   * offset the phrase may not reach (the next study's start, the end of its line for a heading).
   */
  Phrase parse(String text, Tokens t, int head, int headEnd, Map<Integer, int[]> bpStart,
      Map<Integer, BodyPart> parts, boolean headerLine, int floor, int limit) {
    Map<Integer, Integer> bpEnd = new HashMap<>();
    for (int[] r : bpStart.values()) {
      bpEnd.put(r[1], r[0]);
    }
    List<Conjunct> conjuncts = new ArrayList<>();
    // Leftwards: technique words, sides and body parts joined to the modality word.
    int left = head;
    int k = head - 1;
    List<Conjunct> before = new ArrayList<>();
    while (k >= 0 && t.start(k) >= floor && joins(t.gapAfter(k))) {
      Integer bpFirst = bpEnd.get(k);
      String w = t.lower(k);
      if (bpFirst != null && !isBackVerb(t, bpFirst) && t.start(bpFirst) >= floor) {
        if (!before.isEmpty() && before.get(0).first == k + 1 && t.gapAfter(k).strip().equals("/")) {
          // "lumbar/pelvic views" is one study: the first part stands for both.
          before.get(0).first = bpFirst;
          before.get(0).part = bpFirst;
        } else {
          before.add(0, new Conjunct(bpFirst, k, bpFirst, -1));
        }
        left = bpFirst;
        k = bpFirst - 1;
      } else if (SIDES.contains(w)) {
        if (!before.isEmpty() && before.get(0).side < 0 && before.get(0).first == k + 1) {
          before.get(0).first = k;
          before.get(0).side = k;
        }
        left = k;
        k--;
      } else if (TECHNIQUE.contains(w) || PROJECTION.contains(w)) {
        left = k;
        k--;
      } else if ((w.equals("and") || w.equals("or")) && k > 0 && joins(t.gapAfter(k - 1))
          && (bpEnd.containsKey(k - 1) || SIDES.contains(t.lower(k - 1))
              || PROJECTION.contains(t.lower(k - 1)))) {
        k--;
      } else {
        break;
      }
    }
    conjuncts.addAll(before);
    boolean repeat = false;
    boolean prior = false;
    int p = left - 1;
    while (p >= 0 && ARTICLES.contains(t.lower(p))) {
      p--;
    }
    if (p >= 0) {
      String w = t.lower(p);
      repeat = REPEAT.contains(w) || (w.equals("up") && t.lower(p - 1).equals("follow"));
      prior = PRIOR.contains(w);
    }
    // Rightwards: more head words, "of the" + body parts, side in brackets, contrast, views.
    int right = headEnd;
    boolean partsAfter = false;
    while (right + 1 < t.size() && t.start(right + 1) < limit) {
      int n = right + 1;
      String gap = t.gapAfter(right);
      String w = t.lower(n);
      if (CONTINUATION.contains(w) && (gap.isBlank() || gap.equals("-"))) {
        right = n;
        continue;
      }
      if (!partsAfter && conjuncts.isEmpty() && gap.strip().equals("(")) {
        // "CT scan (10-12-2016) of the cervical spine": the date in brackets sits inside.
        int close = text.indexOf(')', t.end(right));
        if (close > 0 && close - t.end(right) <= 22) {
          int after = t.indexAtOrAfter(close);
          if (after < t.size() && t.start(after) < limit && PREPOSITIONS.contains(t.lower(after))
              && text.substring(close + 1, t.start(after)).isBlank()) {
            n = after;
            w = t.lower(n);
            gap = " ";
          }
        }
      }
      if (!partsAfter && (gap.isBlank() || gap.equals("-")) && conjuncts.isEmpty()) {
        int q = n;
        if (PREPOSITIONS.contains(w)) {
          q++;
          while (q < t.size() && DETERMINERS.contains(t.lower(q)) && t.gapAfter(q - 1).isBlank()) {
            q++;
          }
        }
        if (q < t.size() && (q == n || t.gapAfter(q - 1).isBlank())) {
          List<Conjunct> list = conjunctsAt(t, q, bpStart, limit);
          if (!list.isEmpty()) {
            conjuncts.addAll(list);
            right = list.get(list.size() - 1).last;
            partsAfter = true;
            continue;
          }
        }
      }
      if (gap.strip().equals("(") && SIDES.contains(w) && n + 1 < t.size()
          && t.gapAfter(n).strip().startsWith(")")) {
        right = n;
        continue;
      }
      if ((w.equals("with") || w.equals("without") || w.equals("w")) && gap.isBlank()) {
        int c = contrastEnd(t, n);
        if (c > 0) {
          right = c;
          continue;
        }
      }
      if (w.matches("\\d|two|three|four|five|six") && gap.isBlank()) {
        int v = n + 1;
        if (t.lower(v).equals("or") && t.lower(v + 1).matches("\\d|two|three|four|five|six")) {
          v += 2;
        }
        if (t.lower(v).startsWith("view")) {
          right = v;
          continue;
        }
      }
      break;
    }
    int start = t.start(left);
    int end = t.end(right);
    if (end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) > start) {
      end++;
    }
    if (headerLine) {
      end = headerEnd(text, end, limit);
    }
    Span extent = new Span(start, end);
    return new Phrase(extent, parts(text, t, conjuncts, parts, extent), repeat, prior);
  }

  /** Whether "of the" and a body part follow token {@code k} ("views of his thoracic spine"). */
  boolean partFollows(Tokens t, int k, Map<Integer, int[]> bpStart) {
    int q = k + 1;
    if (!PREPOSITIONS.contains(t.lower(q))) {
      return false;
    }
    q++;
    while (q < t.size() && DETERMINERS.contains(t.lower(q))) {
      q++;
    }
    if (SIDES.contains(t.lower(q))) {
      q++;
    }
    return bpStart.containsKey(q);
  }

  /** Whether a view term has a projection or count before it ("AP and lateral views"). */
  boolean projected(Tokens t, int head) {
    int k = head - 1;
    while (k >= 0 && (t.lower(k).equals("and") || t.lower(k).equals("or")
        || t.lower(k).equals("s") || SIDES.contains(t.lower(k)))) {
      k--;
    }
    if (k >= 0 && PROJECTION.contains(t.lower(k))) {
      return true;
    }
    // "three views to the right foot" and "lumbar/pelvic views" after a projection.
    for (int j = Math.max(0, head - 4); j < head; j++) {
      if (PROJECTION.contains(t.lower(j)) && !t.lower(j).equals("multiple")) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(String gap) {
    return WHITE.matcher(gap).matches() || gap.equals("-") || gap.equals("/")
        || gap.strip().equals("&") || gap.strip().equals("/");
  }

  /** "came back", "back in April": "back" that is no body part. */
  private static boolean isBackVerb(Tokens t, int k) {
    if (!t.lower(k).equals("back")) {
      return false;
    }
    String w = t.lower(k - 1);
    return w.equals("came") || w.equals("come") || w.equals("comes") || w.equals("went")
        || w.equals("go") || w.equals("get") || w.equals("got");
  }

  private List<Conjunct> conjunctsAt(Tokens t, int q, Map<Integer, int[]> bpStart, int limit) {
    List<Conjunct> out = new ArrayList<>();
    int p = q;
    while (p < t.size() && t.start(p) < limit) {
      int first = p;
      int side = -1;
      if (SIDES.contains(t.lower(p)) && p + 1 < t.size() && t.gapAfter(p).isBlank()) {
        side = p;
        p++;
      }
      if (!bpStart.containsKey(p) && POSITION.contains(t.lower(p)) && bpStart.containsKey(p + 1)
          && t.gapAfter(p).isBlank()) {
        p++;
      }
      int[] bp = bpStart.get(p);
      int last;
      if (bp != null && !isBackVerb(t, p)) {
        last = bp[1];
      } else if (SPINE_LETTERS.contains(t.lower(p)) && Character.isUpperCase(t.surface(p).charAt(0))
          && p + 1 < t.size() && !t.gapAfter(p).isBlank()) {
        last = p;
        bp = new int[] {p, p};
      } else {
        break;
      }
      if (!out.isEmpty() && NOT_STUDY_NOUN.contains(t.lower(last + 1))) {
        break;
      }
      if (JOINT_NOUNS.contains(t.lower(last + 1)) && t.gapAfter(last).isBlank()
          && t.start(last + 1) < limit) {
        last++;
      }
      out.add(new Conjunct(first, last, bp[0], side));
      if (last + 1 >= t.size() || t.start(last + 1) >= limit) {
        break;
      }
      String gap = t.gapAfter(last);
      String next = t.lower(last + 1);
      if ((next.equals("and") || next.equals("or")) && gap.matches("\\s*,?\\s*")
          && last + 2 < t.size()) {
        p = last + 2;
      } else if (gap.strip().equals("/") && bpStart.containsKey(last + 1)) {
        // "tibia/fibula": one study; the first part stands for both.
        int[] joined = bpStart.get(last + 1);
        out.get(out.size() - 1).last = joined[1];
        if (joined[1] + 1 >= t.size() || !t.gapAfter(joined[1]).matches("\\s*,?\\s*")
            || !(t.lower(joined[1] + 1).equals("and") || t.gapAfter(joined[1]).contains(","))) {
          break;
        }
        p = t.lower(joined[1] + 1).equals("and") ? joined[1] + 2 : joined[1] + 1;
      } else if (gap.matches("\\s*[,&]\\s*")) {
        p = last + 1;
      } else {
        break;
      }
    }
    // A spine letter stands only before a last part that ends in "spine" ("C & T spine").
    while (!out.isEmpty()) {
      Conjunct lastPart = out.get(out.size() - 1);
      if (bpStart.get(lastPart.part) == null) {
        out.remove(out.size() - 1);
      } else {
        break;
      }
    }
    return out;
  }

  private static int contrastEnd(Tokens t, int n) {
    int k = n + 1;
    if (t.lower(n).equals("with") && t.lower(k).equals("and") && t.lower(k + 1).equals("without")) {
      k += 2;
    } else if (t.lower(n).equals("with") && t.lower(k).equals("without")) {
      k++;
    }
    if (t.lower(k).equals("iv") || t.lower(k).equals("intravenous")) {
      k++;
    }
    if (t.lower(k).equals("contrast") || t.lower(k).equals("gadolinium")) {
      return k;
    }
    return -1;
  }

  /** A heading's study runs on to its segment's end: "MRI-UP EXT JOINT LEFT SHOULDER". */
  private static int headerEnd(String text, int end, int limit) {
    int e = end;
    while (e < limit) {
      char c = text.charAt(e);
      if (c == ',' || c == ';' || c == '\n' || (c == '.' && (e + 1 >= limit
          || Character.isWhitespace(text.charAt(e + 1))))) {
        break;
      }
      if ((text.startsWith(" and ", e) || text.startsWith(" AND ", e))
          && !text.regionMatches(true, e + 5, "without", 0, 7)) {
        break;
      }
      e++;
    }
    while (e > end && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private List<Part> parts(String text, Tokens t, List<Conjunct> conjuncts,
      Map<Integer, BodyPart> partsByStart, Span extent) {
    String whole = collapse(extent.text(text));
    String sideOfPhrase = sideOutside(t, extent, conjuncts);
    List<Part> out = new ArrayList<>();
    if (conjuncts.isEmpty()) {
      out.add(new Part(whole, null, sideOfPhrase));
      return out;
    }
    Conjunct lastConj = conjuncts.get(conjuncts.size() - 1);
    boolean sharedSpine = t.lower(lastConj.last).equals("spine");
    String prefix = collapse(text.substring(extent.start(), t.start(conjuncts.get(0).first)));
    String suffix = collapse(text.substring(t.end(lastConj.last), extent.end()));
    String inherited = sideOfPhrase;
    List<Part> candidates = new ArrayList<>();
    for (Conjunct c : conjuncts) {
      String surface = collapse(text.substring(t.start(c.first), t.end(c.last)));
      BodyPart bp = partsByStart.get(c.part);
      if (sharedSpine && !t.lower(c.last).equals("spine")) {
        BodyPart spine = bodyParts.lookup(text.substring(t.start(c.part), t.end(c.last)) + " spine");
        if (spine != null) {
          bp = spine;
          surface = surface + " spine";
        }
      }
      if (bp == null) {
        continue;
      }
      String side = c.side >= 0 ? side(t.lower(c.side)) : null;
      if (side == null && !MIDLINE.contains(bp.name())) {
        side = inherited;
      }
      if (side != null && !MIDLINE.contains(bp.name())) {
        inherited = side;
      }
      candidates.add(new Part(join(prefix, surface, suffix), bp, side));
    }
    boolean oneStudy = candidates.stream()
        .map(p -> p.bodyPart().name() + "|" + p.laterality()).distinct().count() <= 1
        || oneExam(candidates);
    if (oneStudy && !candidates.isEmpty()) {
      Part first = candidates.get(0);
      out.add(new Part(whole, first.bodyPart(), first.laterality()));
      return out;
    }
    out.addAll(candidates);
    return out;
  }

  /**
   * Neighbouring regions one examination covers under one modality word: "CT of the abdomen and
   * pelvis", "x-ray of the skull and face". Spinal regions and limbs stay one study each, as the
   * shared gold lists "MRI of the C & T spine and LS spine" per region.
   */
  /** Whether two body parts are regions one examination covers ("abdomen", "pelvis"). */
  static boolean oneExam(String a, String b) {
    return ONE_EXAM.stream().anyMatch(e -> e.contains(a) && e.contains(b));
  }

  private static boolean oneExam(List<Part> candidates) {
    Set<String> names = new java.util.HashSet<>();
    for (Part p : candidates) {
      names.add(p.bodyPart().name());
    }
    return names.size() == candidates.size() && names.size() > 1
        && ONE_EXAM.stream().anyMatch(e -> e.containsAll(names));
  }

  /** A side written in the phrase outside its body parts ("bilateral knee x-rays", "(right)"). */
  private static String sideOutside(Tokens t, Span extent, List<Conjunct> conjuncts) {
    for (int i = t.indexAtOrAfter(extent.start()); i < t.size() && t.end(i) <= extent.end(); i++) {
      final int k = i;
      boolean inConjunct = conjuncts.stream().anyMatch(c -> c.side == k);
      if (!inConjunct && SIDES.contains(t.lower(i))) {
        return side(t.lower(i));
      }
    }
    return null;
  }

  private static String side(String w) {
    return w.startsWith("bilateral") ? "bilateral" : w;
  }

  private static String join(String prefix, String surface, String suffix) {
    StringBuilder b = new StringBuilder();
    b.append(prefix);
    if (!prefix.isEmpty() && !prefix.endsWith(" ")) {
      b.append(' ');
    }
    b.append(surface);
    if (!suffix.isEmpty() && !suffix.startsWith(" ")) {
      b.append(' ');
    }
    b.append(suffix);
    return collapse(b.toString());
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
