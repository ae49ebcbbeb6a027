package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrx.extract.finding.ExamTokens.Tok;
import org.imrx.extract.finding.ExamTokens.Type;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.text.Span;

/**
 * Cuts a passage of examination findings into one finding per concept and site, the way the
 * annotation guideline lists them: coordinated findings are split ("spasms, tenderness and
 * restricted range of motion"), a finding over several sites is one finding per site
 * ("tenderness over the thoracolumbar spine, right buttock and paravertebral musculature"),
 * several findings over shared sites are crossed with them ("tenderness and spasms of the
 * cervical and lumbar spine"), a shared negation or result is distributed ("no cervical,
 * supraclavicular, or axillary lymphadenopathy", "negative Neer's, Hawkins' and empty can
 * tests"), and a shared subject takes each predicate ("motor strength, sensation and reflexes
 * were normal"). Stateless and thread-safe.
 */
final class FindingSplitter {
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
  private static final Set<String> EXAM_WORDS = Set.of("exam", "exams", "examination", "examinations");
  private static final Set<String> REVEAL_WORDS = Set.of("revealed", "reveals", "showed", "shows", "demonstrated", "demonstrates", "noted", "notes");
  /** Who was examined ("a well-nourished female appearing her stated age"): no finding, a break. */
  private static final Set<String> PERSONS = Set.of("female", "male", "gentleman", "woman", "man",
      "lady", "boy", "girl", "infant", "child");
  private static final Set<String> HARD_BREAKS = Set.of("but", "however", "although", "though",
      "whereas", "while", "otherwise", "except");

  /** Characters of a passage read at most. */
  static final int MAX_PASSAGE = 3000;

  private final ExamVocabulary vocab;
  private final BodyPartLexicon parts;

  FindingSplitter(ExamVocabulary vocab, BodyPartLexicon parts) {
    this.vocab = vocab;
    this.parts = parts;
  }

  /**
   * The findings of a passage; {@code label} is the exam heading it stands under ("Abdomen",
   * "Neck") or null, and names findings that state only a result ("soft", "clear").
   */
  List<FindingText> split(String text, Span passage, String label) {
    return split(text, passage, label, false);
  }

  /**
   * As {@link #split(String, Span, String)}; with {@code everyItem}, items that state no result
   * or sign are kept too (for callers that filter by their own vocabulary).
   */
  List<FindingText> split(String text, Span passage, String label, boolean everyItem) {
    // No sentence of findings runs this long; a longer run of text is cut so that the work per
    // passage stays bounded on hostile input.
    int limit = Math.min(passage.end(), passage.start() + MAX_PASSAGE);
    ExamTokens t = ExamTokens.of(text, passage.start(), limit, vocab, parts);
    ClauseWords words = new ClauseWords(t, parts);
    List<FindingText> out = new ArrayList<>();
    int from = 0;
    int depth = 0;
    Piece labelPiece = label == null ? null : Piece.literal(label);
    Draft carried = null;
    for (int k = 0; k <= t.size(); k++) {
      if (k < t.size()) {
        Tok tok = t.tok(k);
        if (tok.type() == Type.OPEN) {
          depth++;
        } else if (tok.type() == Type.CLOSE) {
          depth = Math.max(0, depth - 1);
        }
        boolean colon = tok.type() == Type.COLON && depth == 0;
        boolean hard = (depth == 0 && (tok.type() == Type.SEMI || tok.type() == Type.STOP
            || (tok.isAny(HARD_BREAKS) && !(tok.is("otherwise") && k > 0 && t.tok(k - 1).type() != Type.COMMA)
                && !(tok.is("but") && k + 1 < t.size() && t.tok(k + 1).is("also")))
            || colon || newClause(t, from, k) || reportedExam(t, k)
            || tok.isAny(PERSONS)))
            || isDate(t, k);
        if (!hard) {
          continue;
        }
        if (colon && k - from <= 4 && k > from && !hasEvaluator(t, from, k)) {
          labelPiece = Piece.of(t, from, k);
          from = k + 1;
          continue;
        }
      }
      int end = k;
      if (k < t.size() && reportedExam(t, k)) {
        // "..., foot exam revealed": the words naming the exam are no finding
        end = k - 1;
        while (end > from && t.tok(end - 1).type() == Type.WORD && k - end < 4) {
          end--;
        }
      }
      ClauseReader run = new ClauseReader(words, labelPiece, carried, everyItem);
      run.section(from, end, out);
      // "speech was clear, but pressured": the subject goes on past "but"
      carried = run.subject;
      from = k + 1;
    }
    return out;
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      "\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\d{1,2}[-/]\\d{4}");

  /**
   * "Straight leg raise is negative and lumbar spine has full extension": an "and" between two
   * clauses, each with its own verb.
   */
  private static boolean newClause(ExamTokens t, int from, int k) {
    boolean comma = t.tok(k).type() == Type.COMMA;
    if (!(t.tok(k).is("and") || comma) || k + 2 >= t.size() || t.tok(k + 1).isAny(ExamTokens.PREPOSITIONS)
        || t.tok(k + 1).isAny(ExamTokens.COPULAS) || !t.isWord(k + 1)) {
      return false;
    }
    int n = k + 1;
    while (n < k + 3 && n + 1 < t.size() && t.tok(n).isAny(Set.of("and", "the"))) {
      n++;
    }
    if (comma && n < t.size() && (t.tok(n).isAny(ClauseReader.SUBJECTS) || t.tok(n).is("there")
        || (t.tok(n).isAny(POSSESSIVES) && clauseVerbWithin(t, n + 1)))) {
      // ", the patient had ...", ", there was ..."
      return true;
    }
    if (comma && !t.tok(k + 1).isAny(Set.of("and", "or")) && k > from + 2 && clauseVerbWithin(t, k + 1)) {
      // ", both shoulders demonstrate full range of motion", ", straight leg raise is negative"
      return true;
    }
    boolean verbBefore = false;
    for (int j = from; j < k; j++) {
      verbBefore |= t.tok(j).isAny(ExamTokens.COPULAS) && j > from;
    }
    if (!verbBefore) {
      return false;
    }
    for (int j = k + 2; j < Math.min(t.size(), k + 6); j++) {
      if (!t.isWord(j)) {
        return false;
      }
      if (t.tok(j).isAny(ExamTokens.COPULAS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseVerbWithin(ExamTokens t, int from) {
    for (int j = from; j < Math.min(t.size(), from + 4); j++) {
      if (!t.isWord(j) || t.tok(j).isAny(Set.of("and", "or"))) {
        return false;
      }
      if (t.tok(j).isAny(ExamTokens.COPULAS)) {
        return j > from;
      }
    }
    return false;
  }

  /** "foot exam revealed ...": a nested introduction ends what comes before it. */
  private static boolean reportedExam(ExamTokens t, int k) {
    return k > 0 && t.tok(k - 1).isAny(EXAM_WORDS)
        && t.tok(k).isAny(REVEAL_WORDS);
  }

  /** A visit date ("on 11-15-16"): what follows is another visit's finding. */
  private static boolean isDate(ExamTokens t, int k) {
    return t.isWord(k) && DATE.matcher(t.word(k)).matches();
  }

  private static boolean hasEvaluator(ExamTokens t, int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.isEvaluator(k)) {
        return true;
      }
    }
    return false;
  }
}
