package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.negation.Negation;
import org.imrx.extract.negation.NegationDetector;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.lexicon.Laterality;
import org.imrx.lexicon.SpinalLevel;
import org.imrx.model.ExamFinding;
import org.imrx.text.Span;

/**
 * Objective findings of physical examination, by rules over the exam vocabulary: finds the
 * passages that report an examination ({@link ExamPassageFinder}), cuts them into one finding
 * per concept and site ({@link FindingSplitter}), and gives each its body part, side, spinal
 * level and negation; a finding repeated at later visits is listed once. Stateless and
 * thread-safe.
 */
public final class RuleExamFindingExtractor implements Extractor<List<ExamFinding>> {
  private final ExamPassageFinder passages;
  private final FindingSplitter splitter;
  private final BodyPartLexicon parts;
  private final NegationDetector negation;

  public RuleExamFindingExtractor(ExamVocabulary vocab, BodyPartLexicon parts, NegationDetector negation) {
    this.passages = new ExamPassageFinder(vocab, parts);
    this.splitter = new FindingSplitter(vocab, parts);
    this.parts = parts;
    this.negation = negation;
  }

  @Override
  public List<ExamFinding> extract(AnnotatedDocument doc) {
    String text = doc.text();
    List<ExamFinding> out = new ArrayList<>();
    Map<String, Set<String>> seen = new HashMap<>();
    for (ExamPassage p : passages.passages(doc)) {
      for (FindingText f : splitter.split(text, p.span(), p.label(), p.everyItem())) {
        if (NonFindings.matches(f.text()) || !firstTime(seen, key(f.text()), siteOf(p))) {
          continue;
        }
        ExamFinding finding = finding(doc, f, p);
        if (finding != null) {
          out.add(finding);
        }
      }
    }
    return out;
  }

  /**
   * Whether a finding is new: its words not seen before, or seen only at other examined sites
   * ("limited range of motion" of the shoulder, then of the lumbar spine). A finding whose
   * examination names no site is the same as any other of its words.
   */
  private static boolean firstTime(Map<String, Set<String>> seen, String key, String site) {
    Set<String> sites = seen.computeIfAbsent(key, k -> new HashSet<>());
    boolean fresh = sites.isEmpty() || (!site.isEmpty() && !sites.contains("") && !sites.contains(site));
    sites.add(site);
    return fresh;
  }

  /**
   * The body part an introduction names ("examination of the lumbar spine revealed"), so that
   * "limited range of motion" of the shoulder and of the lumbar spine are two findings.
   */
  private String siteOf(ExamPassage p) {
    if (p.context() == null) {
      return "";
    }
    BodyPart part = parts.first(p.context(), new Span(0, p.context().length()));
    return part == null ? "" : "@" + part.name();
  }

  private ExamFinding finding(AnnotatedDocument doc, FindingText f, ExamPassage p) {
    String s = f.text();
    BodyPart part = bodyPart(s);
    String context = p.label() != null ? p.label() : p.context();
    if (part == null && context != null) {
      part = parts.first(context, new Span(0, context.length()));
    }
    String side = Laterality.of(s);
    if (side == null && p.context() != null) {
      side = Laterality.of(p.context());
    }
    Negation phrase = negation.negation(s);
    boolean negated = phrase.negated();
    Span evidence = f.evidence();
    if (negated) {
      evidence = withCue(doc.text(), p.span(), f.evidence(), phrase.trigger().text(s));
      if (evidence == null) {
        // A negation the text does not state of this finding ("rise ... without difficulty")
        // cannot be shown as evidence, so the finding is not reported.
        return null;
      }
    }
    if (p.labelSpan() != null && p.labelSpan().start() < evidence.start()
        && startsWithLabel(s, p.label())) {
      // "Lungs clear" was read from "LUNGS: Clear": the evidence shows the label too.
      evidence = new Span(p.labelSpan().start(), evidence.end());
    }
    return new ExamFinding(s, part == null ? null : part.name(), side, SpinalLevel.of(s),
        negated, doc.evidence(evidence));
  }

  private static boolean startsWithLabel(String finding, String label) {
    return label != null && finding.regionMatches(true, 0, label, 0, Math.min(label.length(), finding.length()));
  }

  /**
   * A negated finding's evidence reaches its cue ("without spasms" for "no spasms"), so that
   * what the evidence shows states what the finding says; null where no cue in the text negates it.
   */
  private Span withCue(String text, Span passage, Span evidence, String cueWords) {
    String shown = text.substring(evidence.start(), evidence.end()).toLowerCase(java.util.Locale.ROOT);
    if (!passage.contains(evidence) || containsWords(shown, cueWords.toLowerCase(java.util.Locale.ROOT))) {
      // The cue is inside the evidence already ("Unremarkable", "negative Romberg"); a word
      // that only holds its letters ("adenopathy" holds "no") is no cue.
      return evidence;
    }
    Span cue = negation.negation(text, passage, evidence).trigger();
    if (cue == null) {
      return null;
    }
    return new Span(Math.min(cue.start(), evidence.start()), Math.max(cue.end(), evidence.end()));
  }

  /** Whether {@code words} occur in {@code s} as whole words. */
  static boolean containsWords(String s, String words) {
    for (int i = s.indexOf(words); i >= 0; i = s.indexOf(words, i + 1)) {
      int end = i + words.length();
      if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
          && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The first body part a finding names; "5 foot 6 inches" names none. */
  private BodyPart bodyPart(String s) {
    for (var m : parts.find(s, 0, s.length())) {
      String before = s.substring(Math.max(0, m.span().start() - 4), m.span().start());
      if (m.value().name().equals("foot") && before.matches(".*\\d\\s*")) {
        continue;
      }
      return m.value();
    }
    return null;
  }

  /**
   * The first body part a phrase names; "5 foot 6 inches" names none and "the back of the arm"
   * names the arm.
   */
  static BodyPart bodyPart(BodyPartLexicon parts, String s) {
    for (var m : parts.find(s, 0, s.length())) {
      String before = s.substring(Math.max(0, m.span().start() - 4), m.span().start());
      String after = s.substring(m.span().end(), Math.min(s.length(), m.span().end() + 4));
      if ((m.value().name().equals("foot") && before.matches(".*\\d\\s*"))
          || (m.value().name().equals("back") && after.matches("\\s+of\\b.*"))) {
        continue;
      }
      return m.value();
    }
    return null;
  }

  private static final Pattern NOT_KEY_CHARS = Pattern.compile("[^a-z0-9+/]+");
  private static final Set<String> KEY_STOP_WORDS =
      Set.of("a", "an", "the", "of", "in", "at", "on", "to", "over", "his", "her");

  /** Content words in order: "Tenderness of the neck" and "tenderness of neck" are one. */
  static String key(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : NOT_KEY_CHARS.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !KEY_STOP_WORDS.contains(w)) {
        b.append(w).append(' ');
      }
    }
    return b.toString().strip();
  }
}
