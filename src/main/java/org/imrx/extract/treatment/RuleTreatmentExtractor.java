package org.imrx.extract.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.Located;
import org.imrx.extract.medication.RegexDoseParser;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.Lexicons;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.lexicon.TreatmentLexicon;
import org.imrx.model.DocumentType;
import org.imrx.model.Sessions;
import org.imrx.model.Treatment;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Treatments given to date and treatments planned or requested, read sentence by sentence from a
 * document's clinical region (a letter's CLINICAL CASE SUMMARY, a record's whole text) by
 * {@link LexiconMentionFinder} and {@link CueContextReader}. In a medical record the section sets
 * the default: what a MEDICATIONS or PAST SURGICAL HISTORY section lists was given, what a PLAN
 * or RECOMMENDATIONS section names is planned (unless its sentence tells in a past tense what was
 * done and names no plan), ALLERGIES, FAMILY and SOCIAL HISTORY name neither; in a letter a
 * treatment no cue qualifies was given. Drugs that wash a wound, names listed among laboratory
 * tests and generic words that label what follows ("Medications Prescribed:") are no treatments.
 *
 * <p>Within a sentence, drugs listed after a generic word ("medications including Norco and
 * Soma") and parts listed after any treatment ("a dressing consisting of 4x4s and a cast") are read
 * as it is; a question states nothing given; a sentence a page break cut is joined again. In a
 * letter, a treatment the retrospective disputed items name was given but is the request under
 * review, so it is listed as a request. Procedure notes, surgical histories and medication lists
 * are also read entry by entry ({@link SectionListReader}). Lists are made one item per concept by
 * {@link OncePerConcept}. Immutable and thread-safe: per-document state lives in the
 * {@link AnnotatedDocument}.
 */
public final class RuleTreatmentExtractor implements Extractor<TreatmentLists> {
  private static final Set<String> SESSION_KINDS = Set.of("physical-therapy", "chiropractic",
      "acupuncture", "psych", "other");
  private static final Pattern BODY_PART_GAP = Pattern.compile(
      "(?i)[\\s,]{0,3}(?:to|for|of|on|at|in|over)\\s{1,3}(?:(?:the|his|her|both)\\s{1,3})?(?:(?:left|right|bilateral)\\s{1,3})?");
  private static final Pattern COUNT_GAP = Pattern.compile("(?i)\\s{0,3}(?:of\\s{1,3})?(?:the\\s{1,3})?");
  private static final String GIVEN = "given";
  private static final String PLANNED = "planned";
  private static final String NONE = "none";
  /** An examination names a device worn or a surgery's scar; a drug or therapy there is rarely given. */
  private static final String EXAM = "exam";
  private static final Pattern LIST_START = Pattern.compile(
      "(?i)[\\s,]{0,3}(?:including|include[sd]?|such\\s{1,2}as|consisting\\s{1,2}of|of|:)[\\s:]{0,3}");
  /** What introduces a list of parts after any treatment ("dressing ... consisting of 4x4s, a cast"). */
  private static final Pattern LIST_INTRO = Pattern.compile(
      "(?i)[^.;]{0,40}?\\b(?:consisting\\s{1,2}of|including|such\\s{1,2}as)[\\s:]{0,3}");
  private static final Pattern LIST_GAP = Pattern.compile("(?i)[^.;]{0,60}");
  private static final Pattern RETROSPECTIVE = Pattern.compile("(?i)\\bretro(?:spective|active)?\\b[^:\\n]{0,200}");
  /** Headings of what a discharge plans ("DISCHARGE INSTRUCTIONS"); a discharge summary tells what was done. */
  private static final Pattern DISCHARGE_PLAN = Pattern.compile(
      "DISCHARGE\\s+(?:PLAN|INSTRUCTION|RECOMMENDATION|FOLLOW|ORDER|DISPOSITION)|(?:INSTRUCTION|FOLLOW\\s*-?UP|PLAN)S?\\b.{0,40}\\bDISCHARGE");
  private static final Pattern PAST_TENSE = Pattern.compile(
      "(?i)\\b(?:was|were|had|has\\s{1,2}been|have\\s{1,2}been|has\\s{1,2}had|underwent|has\\s{1,2}undergone|received|"
          + "previously|ago|since|helped|did|status\\s{1,2}post|s/p)\\b");
  private static final Pattern PLAN_WORDS = Pattern.compile(
      "(?i)\\b(?:will|would|shall|plan\\w*|recommend\\w*|schedul\\w*|going\\s{1,2}to|consider\\w*|request\\w*|"
          + "refer\\w*|prescri\\w*|start\\w*|begin|continu\\w*|should|may|might|could|to\\s{1,2}be|advis\\w*|"
          + "instruct\\w*|discuss\\w*|order\\w*|follow\\w*|return\\w*|need\\w*|candidate|option\\w*|offer\\w*|"
          + "want\\w*|wish\\w*|if|trial|fitted|give|try|add|increase|decrease|stop|resume|hold)\\b");
  /** A drug that washes a wound ("irrigated with gentamicin solution") is no treatment. */
  private static final Pattern IRRIGATION = Pattern.compile("(?i)\\b(?:irrigat\\w*|flush\\w*|instill\\w*|soak\\w*|impregnated)\\b");
  private static final int IRRIGATION_WINDOW = 60;
  /** Laboratory tests: a name listed among them ("CBC, PT, PTT, ESR, B12") is a test, not a treatment. */
  private static final Pattern LAB = Pattern.compile(
      "\\b(?:CBC|ESR|PTT|INR|TSH|BMP|CMP|BUN|CRP|LFTs?|ANA|HbA1c|A1c|UA|CSF|SSA|SSB|dsDNA|RPR|FTA|HIV|"
          + "(?i:hemoglobin|hematocrit|platelets?|creatinine|electrolytes|sed\\s{1,2}rate|lipid\\s{1,2}panel))\\b");
  private static final Pattern LIST_NEIGHBOUR = Pattern.compile("(?i)[,/]|\\band\\b");
  private static final int LAB_WINDOW = 40;
  /** A generic word that labels what follows ("Medications Prescribed: ..."). */
  private static final Pattern LABEL_AFTER = Pattern.compile("[ \\t]{0,2}(?:[A-Za-z]{2,15}[ \\t]{1,2}){0,2}:");
  private static final int SESSION_BEFORE = 40;
  private static final int SESSION_AFTER = 70;
  private static final int BODY_PART_AFTER = 50;

  private final LexiconMentionFinder finder;
  private final SectionListReader sectionLists;
  private final CueContextReader context = new CueContextReader();
  private final RegexSessionParser sessions = new RegexSessionParser();
  private final TreatmentLexicon lexicon;
  private final BodyPartLexicon bodyParts;

  public RuleTreatmentExtractor(Lexicons lexicons) {
    this.lexicon = lexicons.treatments();
    this.bodyParts = lexicons.bodyParts();
    this.finder = new LexiconMentionFinder(lexicons.drugs(), lexicons.treatments(),
        new RegexDoseParser(lexicons.dosing()));
    this.sectionLists = new SectionListReader(lexicons.treatments(), lexicons.dosing());
  }

  @Override
  public TreatmentLists extract(AnnotatedDocument doc) {
    String text = doc.text();
    boolean letter = doc.type() == DocumentType.IMR_DETERMINATION;
    Set<String> retrospective = letter ? retrospectiveWords(doc) : Set.of();
    List<ReadTreatment> given = new ArrayList<>();
    List<ReadTreatment> requested = new ArrayList<>();
    Map<Section, SectionListReader.ListKind> lists = new java.util.HashMap<>();
    if (!letter) {
      for (Section s : doc.sections()) {
        lists.put(s, SectionListReader.kindOf(doc.text(s.heading()), s.name(), doc.text(s.body())));
      }
    }
    for (Span sentence : joinedAcrossBreaks(text, doc.sentencesIn(doc.clinicalRegion()))) {
      String sectionMode = letter ? GIVEN : sectionMode(doc, sentence.start());
      int told = doc.sectionAt(sentence.start()).map(x -> Math.max(x.body().start(), sentence.start()))
          .orElse(sentence.start());
      if (sectionMode.equals(PLANNED) && told < sentence.end() && toldAsDone(text, new Span(told, sentence.end()))) {
        sectionMode = GIVEN; // "Her symptoms have resolved since her transforaminal injection."
      }
      if (text.charAt(sentence.end() - 1) == '?') {
        continue; // a question states nothing given
      }
      boolean drugList = !letter && "medications".equals(doc.sectionAt(sentence.start()).map(Section::name).orElse(""));
      List<TreatmentMention> mentions = finder.find(text, sentence.start(), sentence.end(), drugList);
      if (mentions.isEmpty()) {
        continue;
      }
      var cues = lexicon.cues(text, sentence.start(), sentence.end());
      CueContextReader.Reading listReading = null;
      boolean listIntro = false;
      for (int i = 0; i < mentions.size(); i++) {
        TreatmentMention m = mentions.get(i);
        SectionListReader.ListKind list = doc.sectionAt(m.span().start()).map(lists::get)
            .orElse(SectionListReader.ListKind.OTHER);
        if (list == SectionListReader.ListKind.PROCEDURES || list == SectionListReader.ListKind.ANESTHESIA
            || list == SectionListReader.ListKind.IMPLANTS
            || list == SectionListReader.ListKind.PROCEDURE_DETAIL
                && (m.kind().equals("surgery") || m.concept().startsWith(VerbProcedureFinder.CONCEPT))
            || inHeading(doc, m.span())) {
          continue; // a procedure list is read entry by entry; a procedure's steps are no surgeries
        }
        if (m.isDrug() && near(IRRIGATION, text, m.span(), sentence)
            || !drugList && inLabList(text, m.span(), sentence)
            || m.isGeneric() && LABEL_AFTER.matcher(text).region(m.span().end(), sentence.end()).lookingAt()) {
          continue; // an irrigation, a laboratory panel, a label ("Medications Prescribed:")
        }
        String fallback = m.needsCue() ? NONE : sectionMode.equals(EXAM)
            ? (m.kind().equals("surgery") || m.kind().equals("device") ? GIVEN : NONE) : sectionMode;
        CueContextReader.Reading r = context.read(text, sentence, cues, m, mentions, fallback);
        int prev = i > 0 ? mentions.get(i - 1).span().end() : sentence.start();
        if (listReading != null && (m.isDrug() || listIntro) && !r.local()
            && LIST_GAP.matcher(text).region(Math.min(prev, m.span().start()), m.span().start()).matches()) {
          r = listReading; // "medications including Norco and Soma": read as the generic word is
        } else {
          listReading = null;
          listIntro = false;
        }
        int next = i + 1 < mentions.size() ? mentions.get(i + 1).span().start() : sentence.end();
        if (m.isGeneric() && LIST_START.matcher(text).region(m.span().end(), Math.max(next, m.span().end())).matches()
            || LIST_INTRO.matcher(text).region(m.span().end(), Math.max(next, m.span().end())).matches()) {
          listReading = r;
          listIntro = !m.isGeneric();
        }
        if (r.given() && retrospective.containsAll(PhraseMatcher.words(m.head().text(text)))) {
          r = new CueContextReader.Reading("request", "requested"); // the disputed request itself
        }
        if (!r.given() && !r.request()) {
          continue;
        }
        ReadTreatment f = found(text, m, prev, next, r.given() ? null : r.status());
        (r.given() ? given : requested).add(f);
      }
    }
    List<ReadTreatment> listed = new ArrayList<>();
    for (Map.Entry<Section, SectionListReader.ListKind> e : lists.entrySet()) {
      Span body = e.getKey().body();
      List<Span> known = new ArrayList<>();
      for (ReadTreatment f : given) {
        if (body.contains(f.item())) {
          known.add(f.item());
        }
      }
      for (SectionListReader.Entry entry : sectionLists.entries(text, body.start(), body.end(), e.getValue(), known)) {
        TreatmentMention m = new TreatmentMention(entry.span(), entry.span(), entry.kind(),
            entry.concept(), null, null, null, null);
        listed.add(new ReadTreatment(m, entry.span(), null, bodyPart(text, entry.span(), entry.span().end()),
            null, entry.span().text(text).replaceAll("\\s+", " ")));
      }
    }
    given.addAll(0, listed); // a list's entry names a concept as its heading states it ("ANESTHESIA: General")
    List<Treatment> treatments = new ArrayList<>();
    for (ReadTreatment f : OncePerConcept.treatments(given)) {
      treatments.add(f.treatment(doc));
    }
    List<Treatment> requests = new ArrayList<>();
    for (ReadTreatment f : OncePerConcept.requests(requested)) {
      requests.add(f.treatment(doc));
    }
    return new TreatmentLists(treatments, requests);
  }

  /**
   * Sentences with the ones a page break cut joined again: a sentence that ends without a stop
   * and a next one that starts in lower case are one.
   */
  static List<Span> joinedAcrossBreaks(String text, List<Span> sentences) {
    List<Span> out = new ArrayList<>(sentences.size());
    for (Span s : sentences) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.length() > 0 && Character.isLowerCase(text.charAt(s.start()))
          && ".!?:;".indexOf(text.charAt(last.end() - 1)) < 0
          && text.substring(last.end(), s.start()).isBlank()) {
        out.set(out.size() - 1, new Span(last.start(), s.end()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The words of a letter's retrospective disputed items: a treatment they name was given, but
   * as the request under review it is no treatment to list.
   */
  private static Set<String> retrospectiveWords(AnnotatedDocument doc) {
    Set<String> out = new java.util.HashSet<>();
    for (Section s : doc.sectionsNamed("issues")) {
      String body = doc.text(s.body());
      java.util.regex.Matcher m = RETROSPECTIVE.matcher(body);
      while (m.find()) {
        out.addAll(PhraseMatcher.words(m.group()));
      }
    }
    return out;
  }

  /** Whether a span lies in the heading of a section that ends with a colon ("IV FLUIDS:"). */
  private static boolean inHeading(AnnotatedDocument doc, Span s) {
    for (Section sec : doc.sections()) {
      if (sec.heading().contains(s) && doc.text(sec.heading()).strip().endsWith(":")) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(Pattern p, String text, Span m, Span sentence) {
    int from = Math.max(sentence.start(), m.start() - IRRIGATION_WINDOW);
    int to = Math.min(sentence.end(), m.end() + IRRIGATION_WINDOW);
    return p.matcher(text).region(from, to).find();
  }

  /** Whether a name sits in a comma list with two or more laboratory tests. */
  private static boolean inLabList(String text, Span m, Span sentence) {
    int from = Math.max(sentence.start(), m.start() - LAB_WINDOW);
    int to = Math.min(sentence.end(), m.end() + LAB_WINDOW);
    boolean listed = LIST_NEIGHBOUR.matcher(text).region(Math.max(sentence.start(), m.start() - 5), m.start()).find()
        || LIST_NEIGHBOUR.matcher(text).region(m.end(), Math.min(sentence.end(), m.end() + 5)).find();
    if (!listed) {
      return false;
    }
    java.util.regex.Matcher lab = LAB.matcher(text).region(from, to);
    int n = 0;
    while (lab.find() && n < 2) {
      n++;
    }
    return n >= 2;
  }

  /**
   * Whether a sentence of a plan tells what was done rather than what will be: it is in a past
   * tense ("was", "had", "since her ...") and says nothing of a plan ("will", "recommend", "refer").
   */
  static boolean toldAsDone(String text, Span sentence) {
    String s = sentence.text(text);
    return PAST_TENSE.matcher(s).find() && !PLAN_WORDS.matcher(s).find();
  }

  /** The default reading of a record's section ({@link #GIVEN}, {@link #PLANNED} ...). */
  private static String sectionMode(AnnotatedDocument doc, int offset) {
    Section s = doc.sectionAt(offset).orElse(null);
    if (s == null) {
      return GIVEN;
    }
    String heading = doc.text(s.heading()).toUpperCase(Locale.ROOT);
    if (s.name().equals("allergies") || heading.contains("ALLERG") || heading.contains("FAMILY")
        || heading.contains("SOCIAL") || heading.contains("SUBSTANCE") || heading.contains("ALCOHOL")
        || heading.contains("HABITS") || heading.contains("DRUG USE")) {
      return NONE; // only a cue ("She is on Daypro") says a drug named there is taken
    }
    if (s.name().equals("plan") || heading.contains("PLAN") || heading.contains("RECOMMEND")
        || DISCHARGE_PLAN.matcher(heading).find() || heading.matches(".*\\bTREATMENT\\b.*")
        && !heading.matches(".*\\b(?:TO DATE|PRIOR|PAST|PREVIOUS|HISTORY)\\b.*")) {
      return PLANNED;
    }
    if (s.name().equals("exam")) {
      return EXAM;
    }
    return GIVEN;
  }

  private ReadTreatment found(String text, TreatmentMention m, int prev, int next, String status) {
    Span item = m.span();
    Located<Sessions> s = null;
    if (SESSION_KINDS.contains(m.kind()) && !m.isDrug()) {
      int from = Math.max(prev, m.span().start() - SESSION_BEFORE);
      int to = Math.min(next, m.span().end() + SESSION_AFTER);
      s = sessions.parse(text, from, to);
      if (s != null && s.span().start() < item.start()
          && (s.span().end() >= item.start()
              || COUNT_GAP.matcher(text).region(s.span().end(), item.start()).matches())) {
        item = new Span(s.span().start(), Math.max(item.end(), s.span().end()));
      }
    }
    String bodyPart = null;
    if (!m.isDrug() || m.kind().equals("injection")) {
      bodyPart = bodyPart(text, item, next);
    }
    String t = m.label() != null && item.equals(m.span()) ? m.label()
        : item.text(text).replaceAll("\\s+", " ").strip();
    return new ReadTreatment(m, item, s, bodyPart, status, t);
  }

  private String bodyPart(String text, Span item, int next) {
    BodyPart inside = bodyParts.first(text, item);
    if (inside != null) {
      return inside.name();
    }
    int to = Math.min(next, Math.min(text.length(), item.end() + BODY_PART_AFTER));
    for (PhraseMatcher.Match<BodyPart> b : bodyParts.find(text, item.end(), to)) {
      if (BODY_PART_GAP.matcher(text).region(item.end(), b.span().start()).matches()) {
        return b.value().name();
      }
      break;
    }
    return null;
  }

}
