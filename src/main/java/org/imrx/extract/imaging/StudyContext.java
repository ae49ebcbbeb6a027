package org.imrx.extract.imaging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.dates.DateMention;
import org.imrx.text.Span;

/**
 * Reads what a sentence says about a study phrase in it, ConText-style: whether the study was
 * done ("MRI dated 3-2-16 revealed", "had an MRI", "prior MRI", "treatment has included x-rays")
 * or only asked for ("request for authorization for MRI", "recommended an MRI", "MRI was
 * non-certified"), its date and its result. A predicate right after the phrase decides first,
 * then the nearest trigger before it in the sentence (up to "but", "however"). Dates are masked
 * as {@code #} so that patterns see one token per date. Stateless and thread-safe.
 */
final class StudyContext {
  /** What was read: done or not, the study's date and result where stated. */
  record Reading(Boolean done, DateMention date, Span result) {}

  private static final int WINDOW = 220;
  private static final String NOT_DONE_VERB =
      "(?:(?:is|are|was|were|be|been|remains?)\\s+)?(?:not\\s+)?(?:medically\\s+|clinically\\s+)?"
          + "(?:necessary|warranted|appropriate|supported)(?![\\w-])"
          + "|requested|recommended|ordered|planned|scheduled|pending|sought|proposed|denied"
          + "|non-?certified|not\\s+certified|certified|approved|authorized|modified|needed|required"
          + "|to\\s+be\\s+(?:done|performed|obtained|scheduled|completed|ordered|repeated)"
          + "|will|would|should|may|might|could|can\\b|is\\s+being|was\\s+being"
          + "|not\\s+(?:done|performed|obtained|available|completed|been|provided|included|submitted|found"
          + "|described|mentioned|documented|reported)"
          + "|never|unavailable"
          + "|to\\s+(?:rule\\s+out|r/o|evaluate|assess|further|look|confirm|determine|check|exclude|investigate)"
          + "|for\\s+(?:further )?(?:evaluation|assessment)|if\\b";
  private static final String RESULT_VERB =
      "revealed|reveals?|showed|shows?|demonstrated|demonstrates?|indicated|indicates?|noted"
          + "|(?:was|were)\\s+notable|notable|reported|reports?|documented|confirmed|confirms?"
          + "|suggested|suggests?|disclosed|found|comes\\s+back|came\\s+back|returned|evidenced"
          + "|read\\s+as|interpreted\\s+as|had\\s+shown|had\\s+revealed"
          + "|revealing|showing|demonstrating|disclosing|confirming|suggesting"
          + "|not\\s+(?:show|reveal|demonstrate|disclose|indicate)\\w*|:";
  private static final String RESULT_ADJECTIVE =
      "negative|positive|normal|unremarkable|abnormal|significant|remarkable|consistent"
          + "|within\\s+normal\\s+limits|WNL";
  private static final String DONE_VERB =
      "performed|done|obtained|taken|completed|reviewed|interpreted|present|available\\s+for\\s+review"
          + "|in\\s+the\\s+(?:medical )?records?|on\\s+file|dated|from";
  private static final Pattern POST = Pattern.compile(
      "(?i)[\\s,]*(?:\\([^()\\n]{0,40}\\)[\\s,]*)?"
          + "(?:(?:,|and|or|&)\\s+(?:the\\s+)?[\\w/-]+(?:\\s+(?!(?:was|were|is|are|be|been|not|has|have|had)\\b)[\\w/-]+){0,4}?(?![\\w-])[\\s,]*){0,4}?"
          + "(?:(?:(?:dated|taken|done|performed|obtained|completed|from|on|of|in|at)\\s+){1,2}#+[\\s,]*|#+[\\s,]*|\\(#+\\)[\\s,]*)?"
          + "(?:(?:at\\s+that\\s+time|at\\s+the\\s+time|in\\s+the\\s+clinic|in\\s+clinic|today|that\\s+day|previously|recently"
          + "|back\\s+in\\s+\\w+|in\\s+the\\s+past|earlier|again|also)[\\s,]*){0,2}"
          + "(?:(?:which|that)\\s+(?:(?:s?he|they|the\\s+patient)\\s+)?)?"
          + "(?<aux>(?:(?:was|were|is|are|has|have|had|been|be|did|does|all|both|reportedly|subsequently|also|essentially|again"
          + "|initially|apparently|already|then|previously|only|recently|later|clearly|\\w+ly)\\s+){0,4})"
          + "(?<![\\w-])(?:(?<nd>" + NOT_DONE_VERB + ")(?![\\w-])|(?<adj>" + RESULT_ADJECTIVE + ")(?![\\w-])|(?<res>"
          + RESULT_VERB + ")(?![\\w-])|(?<d>" + DONE_VERB + ")(?![\\w-]))");
  private static final Pattern PRE = Pattern.compile("(?i)(?<![\\w-])(?:"
      + "(?<stop>but|however|although|though|whereas)"
      + "|(?<nd1>(?:treatment |care )?plan(?:s|ned)?(?:\\s+of\\s+care)?(?:\\s+(?:on|dated|from)\\s+#+)?"
      + "(?:\\s+(?:is|was|were|are|included|includes|include|consisted\\s+of|consists\\s+of|for|to))+)"
      + "|(?<d1>(?:treatment|therapy|care|diagnostics?|diagnostic\\s+(?:studies|testing|tests|work-?up|imaging)"
      + "|testing|evaluations?|work-?up|studies)(?:\\s+and\\s+\\w+(?:\\s+\\w+)?)?(?:\\s+to\\s+date)?"
      + "(?:\\s+(?:has|have|had))?(?:\\s+been)?(?:\\s+noted\\s+to)?\\s+(?:included?|includes|consisted\\s+of"
      + "|consisting\\s+of|comprised))"
      + "|(?<nd>request\\w*|re-?request\\w*|authoriz\\w*|RFA|appeal\\w*|non-?certif\\w*|not\\s+certif\\w*"
      + "|denied|denial|deny|not\\s+(?:medically )?(?:necessary|approved|authorized|indicated|supported|warranted)"
      + "|fail\\w* to\\s+(?:approve|certify|authorize)|did\\s+not\\s+(?:approve|certify|authorize)"
      + "|modif(?:y|ied|ies|ication\\s+of)"
      + "|approv\\w*|certif\\w*|recommend\\w*|suggest\\w*|order\\w*|sought|seek\\w*|propos\\w*|pending"
      + "|await\\w*|schedul\\w*|refer\\w*|consider\\w*|pursu\\w*|obtain|obtaining|get|getting"
      + "|to\\s+(?:have|undergo|do|perform|repeat)|will|would|should|may|might|could|can|need\\w*|requir\\w*"
      + "|candidate|benefit|warrant\\w*|justif\\w*|support\\w*|indication|rationale|prior\\s+to|before"
      + "|in\\s+order\\s+to|if|unless|as\\s+soon\\s+as|until|once|check|at\\s+issue|is\\s+for|ask\\w*|set\\s+(?:her|him|them|the\\s+patient)\\s+up"
      + "|submitted\\s+for|wants?|would\\s+like|no\\s+evidence\\s+of|lack\\s+of|absence\\s+of|without"
      + "|offer\\w*|re-?imag\\w*|going\\s+to|plans?\\s+to"
      + "|(?:(?:has|have|had)\\s+not|never)(?:\\s+yet)?(?:\\s+(?:had|undergone|received|been|gotten|got))?"
      + "|not\\s+(?:yet\\s+)?(?:had|undergone|received|been|yet)"
      + "|did\\s+not\\s+(?:have|undergo|get|receive)|denie[sd]|no\\s+(?:prior\\s+|previous\\s+|past\\s+)?(?:history|hx)\\s+of|not\\s+(?:noted|documented|reported|provided|specified|clear|available)|no)"
      + "|(?<weak>(?:were |was )?noted\\s+to\\s+include|included|includes|include|noted|documented|reported"
      + "|indicated|indicates|provided|submitted)"
      + "|(?<d>had|has\\s+had|have\\s+had|underwent|undergone|received|got"
      + "|completed|performed|obtained|done|took|history\\s+of|hx\\s+of|s/p|status\\s+post|reviewed|review\\s+of"
      + "|reports?\\s+of|results?\\s+of|cop(?:y|ies)\\s+of|findings?\\s+(?:of|on)|based\\s+on|according\\s+to"
      + "|up[- ]to[- ]date\\s+(?:on|with)|identified\\s+on|seen\\s+on|visible\\s+on|evident\\s+on|shown\\s+on|noted\\s+on"
      + "|demonstrated\\s+on|(?:seen|shown|demonstrated|visualized|detected)\\s+by|confirmed\\s+(?:by|on|with)|comparison|compared\\s+(?:with|to)|brought"
      + "|interpretation\\s+of|sent\\s+for|went\\s+for|revealed|showed|demonstrated|reveals?))(?![\\w-])");
  private static final Pattern ATTACHED = Pattern.compile("(?i)(?<![\\w-])(?:(?<on>on|per|in|from)"
      + "|(?<nd>no|not|without|any|pending|future|possible|proposed|requested|recommended|planned"
      + "|additional|further))\\s+(?:(?:a|an|the|her|his|their|prior|previous|recent|initial|repeat"
      + "|last|new)\\s+)*$");
  private static final Pattern RESULT_NOUN = Pattern.compile(
      "(?i)(?:results?|reports?|review|cop(?:y|ies)|findings?|interpretation)\\s+(?:of|on)");
  private static final Pattern LATER_RESULT = Pattern.compile(
      "(?i)(?<![\\w-])(?:revealed|showed|demonstrated|indicated|disclosed)(?![\\w-])");
  private static final Pattern PRESENT_OR_MODAL = Pattern.compile("\\b(?:is|are|be|been)\\b");
  private static final Pattern ACQUIRED = Pattern.compile("(?i)taken|obtained|performed|done");
  private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had)\\b");
  private static final Pattern PLAN_BEFORE = Pattern.compile("(?i)\\bplan\\b");
  private static final Pattern RESULT_LEAD = Pattern.compile(
      "(?i)^[\\s,:]*(?:to\\s+(?:reveal|show|demonstrate|have|be)\\s+)?(?:that\\s+)?(?:for\\s+)?"
          + "(?:there\\s+(?:was|were|is|are)\\s+)?");
  private static final Pattern DANGLING = Pattern.compile(
      "(?i)(?:[\\s,]+(?:a|an|the|of|with|and|or|to|in|on|at|for|by))+[\\s,]*$|^(?:a|an|the)$");
  private static final Pattern DATE_BEFORE = Pattern.compile(
      "(?i)^[\\s,]*(?:(?:a|an|the|her|his)\\s+)?$");
  private static final Pattern DATE_AFTER = Pattern.compile(
      "(?i)^[\\s,]*\\(?\\s*(?:(?:dated|taken|done|performed|obtained|completed|from|on|of|in)\\s+){0,2}$");

  /**
   * @param masked the document text with every date replaced by {@code #} (same offsets)
   * @param sentence the sentence the phrase lies in
   * @param extent the phrase
   * @param nextStudy where the next study phrase of the sentence starts (results stop there)
   */
  Reading read(String text, String masked, Span sentence, Span extent, int nextStudy,
      List<DateMention> dates) {
    int postEnd = Math.min(sentence.end(), extent.end() + WINDOW);
    Matcher post = POST.matcher(masked).region(extent.end(), postEnd);
    Boolean done = null;
    Span result = null;
    int verbStart = -1;
    boolean plainVerb = true;
    if (post.lookingAt()) {
      plainVerb = post.group("d") != null;
      String aux = post.group("aux").toLowerCase(java.util.Locale.ROOT);
      if (post.group("nd") != null || (post.group("res") != null
          && post.group("res").toLowerCase(java.util.Locale.ROOT).startsWith("indicat")
          && PRESENT_OR_MODAL.matcher(aux).find())) {
        // "an MRI is indicated" asks for one; "the MRI indicated a tear" reports one.
        done = false;
        verbStart = post.group("nd") != null ? post.start("nd") : post.start("res");
      } else if (post.group("adj") != null) {
        done = true;
        verbStart = post.start("adj");
        result = result(text, post.start("adj"), sentence, nextStudy);
      } else if (post.group("res") != null) {
        done = true;
        verbStart = post.start("res");
        result = result(text, post.end("res"), sentence, nextStudy);
      } else {
        // "will follow up once the MRIs are performed": a plain "performed" after a request,
        // plan or condition is still to come.
        // "Radiographs are taken and ... approved": the present tense describes a procedure.
        boolean describes = PRESENT_OR_MODAL.matcher(aux).find() && !PAST.matcher(aux).find()
            && ACQUIRED.matcher(post.group("d")).matches();
        done = !describes && (PAST.matcher(aux).find()
            || !Boolean.FALSE.equals(before(masked, sentence.start(), extent.start())));
        verbStart = post.start("d");
      }
    }
    if (done == null) {
      done = before(masked, sentence.start(), extent.start());
    }
    if (!Boolean.FALSE.equals(done) && result == null) {
      result = laterResult(text, masked, verbStart >= 0 ? verbStart : extent.end(), sentence,
          nextStudy);
    }
    // A date may follow a plain "done on": only a result verb ends the phrase's stretch.
    DateMention date = date(masked, extent, plainVerb ? -1 : verbStart, dates, sentence);
    return new Reading(done, date, result);
  }

  /** The nearest trigger before the phrase: true done, false asked for, null none. */
  private static Boolean before(String masked, int from, int to) {
    Matcher a = ATTACHED.matcher(masked).region(Math.max(from, to - 60), to);
    if (a.find()) {
      return a.group("nd") != null ? Boolean.FALSE : Boolean.TRUE;
    }
    Matcher m = PRE.matcher(masked).region(from, to);
    Boolean last = null;
    while (m.find()) {
      if (m.group("stop") != null) {
        last = null;
      } else if (m.group("nd1") != null || m.group("nd") != null) {
        last = Boolean.FALSE;
      } else if (m.group("d") != null && Boolean.FALSE.equals(last)
          && RESULT_NOUN.matcher(m.group("d")).matches()) {
        // "We will have the results of the Doppler": still to come.
        continue;
      } else if (m.group("weak") != null) {
        // A reporting verb or a bare "included" reads as what went before it: "the request
        // ... included an MRI", "a request was noted for an MRI"; alone it reports a study.
        boolean plan = PLAN_BEFORE.matcher(masked).region(Math.max(from, m.start() - 60), m.start()).find();
        last = plan || Boolean.FALSE.equals(last) ? Boolean.FALSE : Boolean.TRUE;
      } else {
        last = Boolean.TRUE;
      }
    }
    return last;
  }

  /** "an x-ray, which was done on the day of the visit, revealed ...": a result further on. */
  private static Span laterResult(String text, String masked, int from, Span sentence, int nextStudy) {
    int stop = nextStudy > from ? nextStudy : sentence.end();
    int end = Math.max(from, Math.min(Math.min(sentence.end(), stop), from + 120));
    Matcher m = LATER_RESULT.matcher(masked).region(from, end);
    return m.find() ? result(text, m.end(), sentence, nextStudy) : null;
  }

  private static Span result(String text, int from, Span sentence, int nextStudy) {
    int end = Math.max(from, Math.min(sentence.end(), nextStudy > from ? nextStudy : sentence.end()));
    Matcher lead = RESULT_LEAD.matcher(text).region(from, end);
    int start = lead.lookingAt() ? lead.end() : from;
    int semi = text.indexOf(';', start);
    if (semi >= 0 && semi < end) {
      end = semi;
    }
    Span s = new Span(start, Math.max(start, end)).trim(text);
    int e = s.end();
    while (e > s.start() && ",.;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    String tail = text.substring(s.start(), e);
    if (tail.endsWith(" and") || tail.endsWith(", and")) {
      e -= tail.endsWith(", and") ? 5 : 4;
    }
    Span out = new Span(s.start(), e).trim(text);
    Matcher dangling = DANGLING.matcher(text).region(out.start(), out.end());
    if (dangling.find()) {
      out = new Span(out.start(), dangling.start()).trim(text);
    }
    return out.length() < 3 ? null : out;
  }

  /** The date written with the phrase: "dated X", "on X", "(X)", "X, MRI of ...". */
  private static DateMention date(String masked, Span extent, int verbStart,
      List<DateMention> dates, Span sentence) {
    int limit = verbStart >= 0 ? verbStart : Math.min(sentence.end(), extent.end() + 60);
    DateMention before = null;
    for (DateMention d : dates) {
      Span s = d.span();
      if (s.start() >= extent.end() && s.end() <= limit
          && DATE_AFTER.matcher(masked).region(extent.end(), s.start()).matches()) {
        return d;
      }
      if (s.end() <= extent.start() && s.start() >= sentence.start()) {
        before = d;
      }
    }
    if (before != null) {
      int gapStart = before.span().end();
      if (gapStart <= extent.start()
          && DATE_BEFORE.matcher(masked).region(gapStart, extent.start()).matches()) {
        return before;
      }
    }
    return null;
  }
}
