package org.imrx.extract.finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.negation.NegationDetector;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.ExamVocabulary;
import org.imrx.lexicon.Laterality;
import org.imrx.lexicon.SymptomLexicon;
import org.imrx.model.Complaint;
import org.imrx.model.DocumentType;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * What the worker reports (pain, numbness, weakness, radiation, headaches), by rules: the words
 * after "complained of", "reports", "presented with", "complaints of" and the like, and a
 * record's chief complaint and subjective sections, cut into one complaint per symptom and site
 * as findings are ("neck, mid back and low back pain" gives three). Only items naming a symptom
 * of {@link SymptomLexicon} are kept, and none the worker denied ("denies numbness"); precision
 * comes first. Stateless and thread-safe.
 */
public final class RuleComplaintExtractor implements Extractor<List<Complaint>> {
  /** What introduces the worker's own report. */
  private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:"
      + "complain(?:s|ed|ing)?\\s+(?:of|about)|(?:chief\\s+|subjective\\s+|continued\\s+|ongoing\\s+|multifocal\\s+)?complaints?\\s*"
      + "(?:\\([^)]{0,30}\\)\\s*)?(?:of|included?|includes|were|was|is|are|regarding|:)|c/o"
      + "|(?:he|she|they|patient|worker|applicant|claimant|employee|IW|examinee)\\s+(?:also\\s+|still\\s+|now\\s+|again\\s+|further\\s+)?"
      + "(?:reports?(?:\\s+(?:of|having))?|reported(?:\\s+(?:having|that\\s+(?:he|she)\\s+(?:has|had)))?|endorse[sd]?|describe[sd]"
      + "|notes?\\s+(?:having|that\\s+(?:he|she)\\s+(?:has|had))|noted\\s+(?:having|that\\s+(?:he|she)\\s+(?:has|had))"
      + "|(?:has|had|have)\\s+(?:been\\s+)?(?:having|experiencing)|experienc(?:es|ed)|suffer(?:s|ed)\\s+from)"
      + "|presented\\s+(?:with|for)|presents\\s+(?:with|for)"
      + "|subjective\\s+(?:data|findings)\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:included?|includes|were|was|:))\\b");
  /** A rating the worker gives ("rated 8 out of 10"), cut from what follows it. */
  private static final Pattern RATING = Pattern.compile(
      "(?i),?\\s*(?:which\\s+(?:is|was)\\s+)?(?:rated|graded|at\\s+a(?:\\s+level\\s+of)?)\\s+(?:at\\s+)?(?:a\\s+)?\\d+(?:\\s*-\\s*\\d+)?(?:\\s*(?:/|out\\s+of)\\s*10)?(?:\\s+on\\s+(?:the\\s+|a\\s+)?[\\w ]{1,20}?scale|\\s+(?:VAS|NRS))?"
      + "|\\(?\\b\\d+(?:\\s*-\\s*\\d+)?\\s*(?:/|out\\s+of)\\s*10\\)?");
  /** Where what the worker reports ends in a sentence. */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "(?i)[;:]|\\b(?:which|that\\s+(?:was|is)|who|since|after|when|while|because|due\\s+to|secondary\\s+to"
      + "|described|characterized|rated|exacerbated|aggravated|worse|better|improved|relieved"
      + "|attributed|reportedly|associated\\s+with|despite|related\\s+to"
      + "|following|the\\s+(?:provider|physician|treating)|treatment|physical\\s+exam\\w*|on\\s+exam\\w*)\\b");
  private static final Set<String> COMPLAINT_SECTIONS = Set.of("complaint");
  /** Words before the symptoms that say nothing of them. */
  private static final Pattern LEAD = Pattern.compile(
      "(?i)\\s*(?:the\\s+)?(?:(?:ongoing|continued|multiple|several)\\s+)?(?:issues|problems|trouble)\\s+(?:with|of)\\s+");
  /** Words an item may still open with that are not the symptom. */
  private static final Pattern OPENING = Pattern.compile(
      "(?i)^(?:(?:in\\s+)?complain(?:s|ed|ing)?\\s+of|having|what\\s+(?:he|she)\\s+calls)\\s+");
  /** An item about how a symptom fares, not a symptom: "pain level", "improvement in pain". */
  private static final Pattern NOT_A_SYMPTOM = Pattern.compile(
      "(?i)\\b(?:level|levels|improvement|improved|improving|relief|relieved|scale|score|medication|medications"
      + "|better|resolved|less|toleran\\w*|tolerat\\w*|history)\\b");

  private final FindingSplitter splitter;
  private final BodyPartLexicon parts;
  private final SymptomLexicon symptoms;
  private final NegationDetector negation;

  public RuleComplaintExtractor(ExamVocabulary vocab, BodyPartLexicon parts, SymptomLexicon symptoms,
      NegationDetector negation) {
    this.splitter = new FindingSplitter(vocab, parts);
    this.parts = parts;
    this.symptoms = symptoms;
    this.negation = negation;
  }

  @Override
  public List<Complaint> extract(AnnotatedDocument doc) {
    String text = doc.text();
    List<Complaint> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Span passage : passages(doc)) {
      for (FindingText f : splitter.split(text, passage, null, true)) {
        String s = OPENING.matcher(f.text()).replaceFirst("");
        if (!symptoms.names(s) || NOT_A_SYMPTOM.matcher(s).find() || negation.negation(s).negated()
            || !seen.add(RuleExamFindingExtractor.key(s))) {
          continue;
        }
        BodyPart part = RuleExamFindingExtractor.bodyPart(parts, s);
        out.add(new Complaint(s, part == null ? null : part.name(), Laterality.of(s),
            doc.evidence(f.evidence())));
      }
    }
    return out;
  }

  /** The stretches of text that hold what the worker reports, ratings cut out. */
  List<Span> passages(AnnotatedDocument doc) {
    String text = doc.text();
    List<Span> out = new ArrayList<>();
    boolean letter = doc.type() == DocumentType.IMR_DETERMINATION;
    List<Span> sentences = letter ? doc.sentencesIn(doc.clinicalRegion()) : doc.sentences();
    for (Span s : sentences) {
      String section = letter ? "summary" : doc.sectionAt(s.start()).map(Section::name).orElse("other");
      if (section.equals("review-of-systems") || section.equals("exam") || section.equals("plan")
          || section.equals("diagnoses") || section.equals("imaging") || section.equals("findings")) {
        continue;
      }
      if (COMPLAINT_SECTIONS.contains(section)) {
        cutRatings(text, s, out);
        continue;
      }
      Matcher m = REPORTED.matcher(text).region(s.start(), s.end());
      if (!m.find()) {
        continue;
      }
      int from = m.end();
      // "reported the injured worker complained of": the last of a chain of introductions
      while (m.find() && m.start() - from < 40) {
        from = m.end();
      }
      Matcher lead = LEAD.matcher(text).region(from, s.end());
      if (lead.lookingAt()) {
        from = lead.end();
      }
      int end = s.end();
      Matcher e = CLAUSE_END.matcher(text).region(from, s.end());
      if (e.find() && e.start() > from) {
        end = e.start();
      }
      if (end > from) {
        cutRatings(text, new Span(from, end), out);
      }
    }
    return out;
  }

  private static void cutRatings(String text, Span s, List<Span> out) {
    Matcher r = RATING.matcher(text).region(s.start(), s.end());
    int from = s.start();
    while (r.find()) {
      if (r.start() > from) {
        out.add(new Span(from, r.start()));
      }
      from = r.end();
    }
    if (from < s.end()) {
      out.add(new Span(from, s.end()));
    }
  }
}
