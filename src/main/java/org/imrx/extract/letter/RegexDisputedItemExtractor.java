package org.imrx.extract.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.model.Decision;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Reads the disputed items of a determination's IMR ISSUES section. An item is the paragraph that
 * ends in ": Upheld" or ": Overturned" (the word may sit on the next line); its text is
 * everything before that final colon. The block that follows holds the claims administrator's
 * guideline, the reviewer's ("MAXIMUS") guideline and the decision rationale. Where a letter
 * runs an item's paragraph on from the previous rationale, the item starts after the rationale's
 * last sentence. Stateless and thread-safe.
 */
public final class RegexDisputedItemExtractor implements Extractor<List<ExtractedItem>> {
  private static final Pattern DECISION = Pattern.compile(
      "(?i):\\s*(Upheld|Overturned)\\b\\.?[ \\t]*(?=\\n|$)");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern CA_GUIDELINE =
      Pattern.compile("(?i)Claims\\s+Administrator(?:'s)?\\s+guidelines?\\s*:");
  private static final Pattern REVIEWER_GUIDELINE =
      Pattern.compile("(?i)(?:MAXIMUS|Expert\\s+Reviewer(?:'s)?)\\s+guidelines?\\s*:");
  private static final Pattern RATIONALE = Pattern.compile("(?i)Decision\\s+rationale\\s*:");
  private static final Pattern LABEL = Pattern.compile(
      "(?i)Decision\\s+rationale\\s*:|guidelines?\\s*:");
  private static final Pattern MODIFIED = Pattern.compile(
      "(?i)was\\s+the\\s+original\\s+request|remaining\\s+IMR\\s+eligible\\s+portion");
  private static final Pattern UR_SENTENCE = Pattern.compile(
      "(?i)original\\s+request|authori[sz]ed|modified|certified|remaining\\s+IMR|eligible\\s+portion");
  /** A sentence end inside a paragraph: a period, then space and a capital or digit. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')]?\\s+(?=[A-Z0-9(\"])");

  private final GuidelineParser guidelines = new GuidelineParser();

  @Override
  public List<ExtractedItem> extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span issues = doc.section("issues").map(Section::body).orElse(null);
    if (issues == null) {
      return List.of();
    }
    List<Span> words = new ArrayList<>();
    List<Span> texts = new ArrayList<>();
    Matcher m = DECISION.matcher(text).region(issues.start(), issues.end());
    int floor = issues.start();
    while (m.find()) {
      Span itemText = itemText(text, floor, m.start());
      if (itemText.length() == 0) {
        continue;
      }
      texts.add(itemText);
      words.add(new Span(m.start(1), m.end(1)));
      floor = m.end();
    }
    List<ExtractedItem> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int blockStart = words.get(i).end();
      int blockEnd = i + 1 < texts.size() ? texts.get(i + 1).start() : issues.end();
      out.add(item(doc, texts.get(i), words.get(i), new Span(blockStart, blockEnd)));
    }
    return out;
  }

  /** The item's text: its paragraph up to the final colon, cut after a preceding rationale. */
  private static Span itemText(String text, int floor, int colon) {
    int start = floor;
    Matcher p = PARAGRAPH_BREAK.matcher(text).region(floor, colon);
    while (p.find()) {
      start = p.end();
    }
    Matcher label = LABEL.matcher(text).region(start, colon);
    int lastLabel = -1;
    while (label.find()) {
      lastLabel = label.end();
    }
    if (lastLabel >= 0) {
      start = afterLastSentence(text, lastLabel, colon);
    }
    return new Span(start, colon).trim(text);
  }

  /**
   * Where an item runs on from a rationale: its last sentence, and the sentences before it that
   * tell how utilization review modified the request.
   */
  private static int afterLastSentence(String text, int from, int colon) {
    List<Integer> starts = new ArrayList<>();
    Matcher s = SENTENCE_END.matcher(text).region(from, colon);
    while (s.find()) {
      starts.add(s.end());
    }
    if (starts.isEmpty()) {
      return colon;
    }
    int k = starts.size() - 1;
    while (k > 0) {
      String previous = text.substring(starts.get(k - 1), starts.get(k));
      if (!UR_SENTENCE.matcher(previous).find()) {
        break;
      }
      k--;
    }
    return starts.get(k);
  }

  private ExtractedItem item(AnnotatedDocument doc, Span textSpan, Span word, Span block) {
    String text = doc.text();
    Span ca = labelled(text, block, CA_GUIDELINE, REVIEWER_GUIDELINE, RATIONALE);
    Span reviewer = labelled(text, block, REVIEWER_GUIDELINE, RATIONALE, null);
    Span rationale = labelled(text, block, RATIONALE, null, null);
    String itemText = collapse(textSpan.text(text));
    Decision decision = Decision.valueOf(word.text(text).toUpperCase(java.util.Locale.ROOT));
    DisputedItem item = new DisputedItem(
        itemText,
        decision,
        MODIFIED.matcher(itemText).find(),
        null,
        null,
        citations(doc, ca),
        citations(doc, reviewer),
        rationale == null ? null : collapse(rationale.text(text)),
        doc.evidence(textSpan));
    return new ExtractedItem(item, word, rationale);
  }

  /** The text after a label up to the first of the following labels, or the block's end. */
  private static Span labelled(String text, Span block, Pattern label, Pattern next, Pattern orNext) {
    Matcher m = label.matcher(text).region(block.start(), block.end());
    if (!m.find()) {
      return null;
    }
    int end = block.end();
    for (Pattern p : new Pattern[] {next, orNext}) {
      if (p != null) {
        Matcher n = p.matcher(text).region(m.end(), block.end());
        if (n.find()) {
          end = Math.min(end, n.start());
        }
      }
    }
    Span s = new Span(m.end(), end).trim(text);
    return s.length() == 0 ? null : s;
  }

  private List<Guideline> citations(AnnotatedDocument doc, Span paragraph) {
    if (paragraph == null) {
      return List.of();
    }
    List<Guideline> out = new ArrayList<>();
    for (GuidelineParser.Located g : guidelines.parse(doc.text(), paragraph)) {
      out.add(g.guideline().withEvidence(doc.evidence(g.span())));
    }
    return out;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String collapse(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
