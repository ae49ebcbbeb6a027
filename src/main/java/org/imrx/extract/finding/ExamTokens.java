package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.lexicon.ExamVocabulary.WordClass;
import org.imrx.lexicon.PhraseMatcher;

/**
 * A clause of exam text as tokens with what each one is: an exam word of the vocabulary, a body
 * part, a number, a negation, a copula, a separator. Built per clause; not shared.
 */
final class ExamTokens {
  enum Type { WORD, COMMA, SEMI, COLON, OPEN, CLOSE, STOP }

  record Tok(int start, int end, String lower, Type type) {
    boolean is(String w) {
      return type == Type.WORD && lower.equals(w);
    }

    boolean isAny(Set<String> words) {
      return type == Type.WORD && words.contains(lower);
    }
  }

  /** A vital sign's abbreviation written against its value: "bp112/76", "hr52", "t98.6". */
  private static final Pattern JOINED_VITAL = Pattern.compile(
      "(bp|hr|rr|wt|ht|temp|pulse|resp|spo2|sao2|o2sat|sat|t(?=\\d{3}|\\d{2}\\.\\d)|p(?=\\d{2,3}$))(\\d[\\d./]*°?[cf]?)");
  /** Abbreviations of vital signs, which the vocabulary reads only as words of their own. */
  static final Set<String> VITAL_ABBREVIATIONS = Set.of("bp", "hr", "rr", "wt", "ht", "temp", "pulse",
      "resp", "spo2", "sao2", "o2sat", "sat", "t", "p");
  static final Set<String> NEGATIONS = Set.of("no", "not", "without", "negative", "absent", "none");
  static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "be", "been", "being",
      "appear", "appears", "appeared", "remains", "remained", "seemed", "seems", "measured",
      "noted", "has", "have", "had", "shows", "showed", "demonstrates", "demonstrated", "exhibits",
      "exhibited", "displays", "displayed");
  static final Set<String> PREPOSITIONS = Set.of("over", "of", "at", "in", "to", "on", "about",
      "along", "around", "within", "through", "throughout", "into", "across", "involving", "from");
  static final Set<String> ANATOMY = Set.of("muscle", "muscles", "musculature", "joint", "joints",
      "tendon", "tendons", "region", "regions", "area", "areas", "aspect", "aspects", "border",
      "compartment", "dermatome", "dermatomes", "dermatomal", "distribution", "nerve", "line",
      "groove", "process", "processes", "notch", "crest", "bursa", "ligament", "ligaments",
      "fascia", "bellies", "attachments", "insertion", "tuberosity", "facet", "facets", "level",
      "levels", "segment", "segments", "paraspinals", "paraspinous", "paralumbar", "spinous",
      "epicondyle", "trochanter", "malleolus", "digit", "digits", "quadrant", "quadrants",
      "flexor", "extensor", "biceps", "bicep", "triceps", "quadriceps", "hamstring", "hamstrings",
      "sternocleidomastoid", "paracervical", "paravertebral", "paraspinal", "supraspinatus",
      "infraspinatus", "deltoid", "rhomboid", "rhomboids", "scapular", "periscapular", "gluteus",
      "piriformis", "erector", "spinae", "lumborum", "sciatic", "sacroiliac", "calves", "glutes",
      "tissue", "tissues", "site", "sites");

  final String text;
  final List<Tok> toks;
  /** Exam vocabulary class of each token, or null. */
  final WordClass[] cls;
  /** Whether each token names a body part, an anatomical site or a spinal level. */
  final boolean[] site;

  static final Set<String> SIDES = Set.of("left", "right", "bilateral", "bilaterally", "both",
      "lt", "rt", "contralateral", "ipsilateral", "leftward", "rightward", "upward", "downward",
      "up", "down", "lateral", "medial");

  private ExamTokens(String text, List<Tok> toks, WordClass[] cls, boolean[] site) {
    this.text = text;
    this.toks = toks;
    this.cls = cls;
    this.site = site;
  }

  /** Sensory modalities, listed as one finding ("intact to light touch, pinprick and vibration"). */
  static final Set<String> MODALITIES = Set.of("light", "touch", "pinprick", "pain", "temperature",
      "proprioception", "vibration", "sharp", "dull", "position", "sense", "two-point",
      "discrimination", "cold", "pin", "prick", "lt", "pp");

  /** Whether tokens {@code [a, b)} are all sensory modality words. */
  boolean modalities(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!toks.get(k).isAny(MODALITIES)) {
        return false;
      }
    }
    return b > a;
  }

  /** A side word ("left", "bilaterally"). */
  boolean isSide(int k) {
    return toks.get(k).isAny(SIDES);
  }

  /** A site word used as a modifier ("cervical", "paraspinal", "flexor"), not a noun. */
  boolean isSiteAdjective(int k) {
    return site[k] && toks.get(k).lower().matches(".*(?:al|ar|ic|ous|ary|oid|ius|eal|or)");
  }

  static ExamTokens of(String text, int start, int end, ExamVocabulary vocab, BodyPartLexicon parts) {
    List<Tok> toks = tokenize(text, start, end);
    WordClass[] cls = new WordClass[toks.size()];
    boolean[] site = new boolean[toks.size()];
    for (PhraseMatcher.Match<WordClass> m : vocab.find(text, start, end)) {
      mark(toks, m.span().start(), m.span().end(), k -> cls[k] = m.value());
    }
    for (var m : parts.find(text, start, end)) {
      mark(toks, m.span().start(), m.span().end(), k -> site[k] = true);
    }
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (t.type() == Type.WORD && (ANATOMY.contains(t.lower()) || isLevel(t.lower()))) {
        site[k] = true;
      }
      if (cls[k] == null && t.isAny(VITAL_ABBREVIATIONS) && k + 1 < toks.size()
          && toks.get(k + 1).start() == t.end()) {
        cls[k] = WordClass.VITAL;
      }
    }
    return new ExamTokens(text, toks, cls, site);
  }

  private static void mark(List<Tok> toks, int start, int end, java.util.function.IntConsumer f) {
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (t.start() < end && t.end() > start) {
        f.accept(k);
      }
    }
  }

  int size() {
    return toks.size();
  }

  Tok tok(int k) {
    return toks.get(k);
  }

  String word(int k) {
    return toks.get(k).lower();
  }

  boolean isWord(int k) {
    return toks.get(k).type() == Type.WORD;
  }

  /** A word that names what was examined or found (not an evaluator, organ or site). */
  boolean isHead(int k) {
    WordClass c = cls[k];
    return c == WordClass.SIGN || c == WordClass.MEASURE || c == WordClass.VITAL
        || c == WordClass.TEST || c == WordClass.STATE;
  }

  boolean isEvaluator(int k) {
    return cls[k] == WordClass.EVALUATOR || isNumber(k) || toks.get(k).isAny(NEGATIONS);
  }

  boolean isNumber(int k) {
    Tok t = toks.get(k);
    return t.type() == Type.WORD && !t.lower().isEmpty() && Character.isDigit(t.lower().charAt(0))
        && !isLevel(t.lower()) && !t.lower().contains("year");
  }

  private static final Pattern LEVEL = Pattern.compile("[ctls]\\d{1,2}(?:-[ctls]?\\d{1,2})?");

  static boolean isLevel(String w) {
    return LEVEL.matcher(w).matches();
  }

  /**
   * Words are runs of letters and digits with the marks clinicians write inside them ("5/5",
   * "2+", "4+/5-", "L4-5", "O'Brien's", "non-tender", "91°", "95%"); a period ends a word unless a
   * digit follows.
   */
  static List<Tok> tokenize(String s, int start, int end) {
    List<Tok> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int b = i;
        i++;
        while (i < end) {
          char d = s.charAt(i);
          if (Character.isLetterOrDigit(d) || d == '°' || d == '%' || d == '+'
              || ((d == '/' || d == '-' || d == '\'' || d == '\u2019' || d == '.' || d == '&')
                  && i + 1 < end && Character.isLetterOrDigit(s.charAt(i + 1))
                  && (d != '.' || Character.isDigit(s.charAt(i + 1)))
                  && (d != '&' || Character.isUpperCase(s.charAt(i - 1))))) {
            i++;
          } else if ((d == '-' || d == '\'' || d == '\u2019') && i + 1 <= end
              && (i + 1 == end || !Character.isLetterOrDigit(s.charAt(i + 1)))
              && (d != '-' || s.charAt(i - 1) == '+' || Character.isDigit(s.charAt(i - 1)))) {
            i++; // "4+/5-", "Hawkins'"
          } else {
            break;
          }
        }
        String w = s.substring(b, i).toLowerCase(Locale.ROOT);
        Matcher vital = JOINED_VITAL.matcher(w);
        if (vital.matches()) {
          // "BP112/76 HR52": a vital sign's abbreviation run together with its value
          int cut = b + vital.end(1);
          out.add(new Tok(b, cut, w.substring(0, vital.end(1)), Type.WORD));
          out.add(new Tok(cut, i, w.substring(vital.end(1)), Type.WORD));
          continue;
        }
        out.add(new Tok(b, i, w, Type.WORD));
      } else if (c == '&' || c == '@' || c == '#') {
        out.add(new Tok(i, i + 1, String.valueOf(c), Type.WORD));
        i++;
      } else {
        Type t = switch (c) {
          case ',' -> Type.COMMA;
          case ';' -> Type.SEMI;
          case ':' -> Type.COLON;
          case '(', '[' -> Type.OPEN;
          case ')', ']' -> Type.CLOSE;
          case '.', '?', '!' -> Type.STOP;
          default -> null;
        };
        if (t != null) {
          out.add(new Tok(i, i + 1, String.valueOf(c), t));
        }
        i++;
      }
    }
    return out;
  }
}
