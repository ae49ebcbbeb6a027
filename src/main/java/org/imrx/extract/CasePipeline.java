package org.imrx.extract;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.category.CategoryMatch;
import org.imrx.extract.category.RequestCategorizer;
import org.imrx.extract.category.RuleRequestCategorizer;
import org.imrx.extract.concept.ConceptComplement;
import org.imrx.extract.concept.ConceptItems;
import org.imrx.extract.dates.RegexDateFinder;
import org.imrx.extract.diagnosis.LexiconDiagnosisExtractor;
import org.imrx.extract.imaging.LexiconImagingExtractor;
import org.imrx.extract.injury.InjuryFacts;
import org.imrx.extract.injury.RegexInjuryExtractor;
import org.imrx.extract.review.RegexUtilizationReviewExtractor;
import org.imrx.extract.review.ReviewFacts;
import org.imrx.extract.timeline.RegexTimelineExtractor;
import org.imrx.extract.finding.RuleComplaintExtractor;
import org.imrx.extract.finding.RuleExamFindingExtractor;
import org.imrx.extract.negation.NegExNegationDetector;
import org.imrx.extract.negation.NegationDetector;
import org.imrx.extract.letter.Credentials;
import org.imrx.extract.letter.ExtractedItem;
import org.imrx.extract.letter.Header;
import org.imrx.extract.letter.RegexCredentialsExtractor;
import org.imrx.extract.letter.RegexDisputedItemExtractor;
import org.imrx.extract.letter.RegexHeaderExtractor;
import org.imrx.extract.patient.PatientFacts;
import org.imrx.extract.patient.RegexPatientExtractor;
import org.imrx.extract.treatment.RuleTreatmentExtractor;
import org.imrx.extract.treatment.TreatmentLists;
import org.imrx.ingest.SourceDocument;
import org.imrx.lexicon.Lexicons;
import org.imrx.model.Case;
import org.imrx.model.DisputedItem;
import org.imrx.model.DocumentType;
import org.imrx.model.UtilizationReview;
import org.imrx.model.Evidence;
import org.imrx.model.Guideline;
import org.imrx.model.Warning;
import org.imrx.text.LetterSectioner;
import org.imrx.text.RecordSectioner;
import org.imrx.text.SentenceDetectorSplitter;
import org.imrx.text.Section;
import org.imrx.text.SentenceSplitter;
import org.imrx.text.Span;

/**
 * Turns a {@link SourceDocument} into a {@link Case}: classifies it, finds its sections, and runs
 * every extractor that applies to its type. Built once with its models and lexicons loaded,
 * then applied to many documents on many threads: it is immutable and thread-safe.
 */
public final class CasePipeline {
  private final DocumentClassifier classifier;
  private final LetterSectioner letterSections = new LetterSectioner();
  private final RecordSectioner recordSections = new RecordSectioner();
  private final SentenceSplitter sentences;
  private final RegexHeaderExtractor header;
  private final RegexCredentialsExtractor credentials;
  private final RegexDisputedItemExtractor items = new RegexDisputedItemExtractor();
  private final RegexPatientExtractor patient = new RegexPatientExtractor();
  private final LexiconDiagnosisExtractor diagnoses;
  private final LexiconImagingExtractor imaging;
  private final RegexTimelineExtractor timeline;
  private final RegexInjuryExtractor injury = new RegexInjuryExtractor();
  private final RegexUtilizationReviewExtractor review = new RegexUtilizationReviewExtractor();
  private final RuleExamFindingExtractor findings;
  private final RuleComplaintExtractor complaints;
  private final RuleTreatmentExtractor treatments;

  private final RequestCategorizer categories;
  private final ConceptItems concepts;

  public CasePipeline(Lexicons lexicons, SentenceSplitter sentences, NegationDetector negation)
      throws ConfigurationException {
    this(lexicons, sentences, negation, ConceptComplement.NONE);
  }

  /**
   * The pipeline whose clinical lists the trained name finders of {@code concepts} complement
   * ({@link ConceptComplement#NONE}: the rules alone).
   */
  public CasePipeline(Lexicons lexicons, SentenceSplitter sentences, NegationDetector negation,
      ConceptComplement concepts) throws ConfigurationException {
    RegexDateFinder dates = new RegexDateFinder();
    this.classifier = new RuleDocumentClassifier();
    this.sentences = sentences;
    this.header = new RegexHeaderExtractor(dates);
    this.credentials = new RegexCredentialsExtractor(lexicons.taxonomy());
    this.diagnoses = new LexiconDiagnosisExtractor(lexicons);
    this.imaging = new LexiconImagingExtractor(lexicons.modalities(), lexicons.bodyParts());
    this.timeline = new RegexTimelineExtractor(lexicons.modalities());
    this.findings = new RuleExamFindingExtractor(lexicons.examVocabulary(), lexicons.bodyParts(), negation);
    this.complaints = new RuleComplaintExtractor(lexicons.examVocabulary(), lexicons.bodyParts(),
        lexicons.symptoms(), negation);
    this.categories = RuleRequestCategorizer.load(lexicons.taxonomy(), lexicons.drugs());
    this.treatments = new RuleTreatmentExtractor(lexicons);
    this.concepts = new ConceptItems(concepts, lexicons, diagnoses.coder(), negation);
  }

  /**
   * The pipeline with the bundled lexicons (and the full vocabularies under
   * {@code fullVocabularies} where not null) and the bundled sentence splitter (the project's
   * clinical model where {@code imrx train} built one, else Apache's English model).
   */
  public static CasePipeline load(java.nio.file.Path fullVocabularies) throws ConfigurationException {
    return load(Lexicons.load(fullVocabularies));
  }

  /** The pipeline with the bundled lexicons and models only. */
  public static CasePipeline load() throws ConfigurationException {
    return load(Lexicons.load(null));
  }

  /** The pipeline over lexicons already loaded, with the bundled models. */
  public static CasePipeline load(Lexicons lexicons) throws ConfigurationException {
    return new CasePipeline(lexicons, SentenceDetectorSplitter.bundled(), NegExNegationDetector.load(),
        ConceptComplement.bundled(lexicons));
  }

  /** The document classified, with its sections and (on first use) its sentences. */
  public AnnotatedDocument annotate(SourceDocument source) {
    String text = source.content();
    DocumentType type = classifier.classify(text);
    var sections = type == DocumentType.IMR_DETERMINATION
        ? letterSections.sections(text) : recordSections.sections(text);
    // Only a letter's clinical case summary is read sentence by sentence: the rest of a letter
    // (its rationales are most of it) is not split.
    Span summary = type == DocumentType.IMR_DETERMINATION
        ? sections.stream().filter(x -> x.name().equals("summary")).map(Section::body).findFirst().orElse(null)
        : null;
    return new AnnotatedDocument(source, type, sections, summary == null
        ? () -> sentences.sentences(text)
        : () -> sentences.sentences(text, summary.start(), summary.end()));
  }

  public Case extract(SourceDocument source) {
    AnnotatedDocument doc = annotate(source);
    CaseBuilder out = new CaseBuilder(doc);
    if (doc.type() == DocumentType.IMR_DETERMINATION) {
      letter(doc, out);
    }
    PatientFacts p = patient.extract(doc);
    out.patient(p.age(), p.sex());
    out.diagnoses(guarded(out, "diagnoses", 
        () -> concepts.diagnoses(doc, diagnoses.extract(doc)), List.of()));
    out.examFindings(guarded(out, "examFindings",
        () -> concepts.examFindings(doc, findings.extract(doc)), List.of()));
    out.complaints(guarded(out, "complaints", () -> complaints.extract(doc), List.of()));
    out.priorImaging(guarded(out, "priorImaging",
        () -> concepts.priorImaging(doc, imaging.extract(doc)), List.of()));
    out.timeline(guarded(out, "timeline", () -> timeline.extract(doc), List.of()));
    InjuryFacts inj = guarded(out, "mechanismOfInjury", () -> injury.extract(doc),
        new InjuryFacts(null, null));
    out.mechanismOfInjury(inj.mechanism()).injuryIfAbsent(inj.date());
    ReviewFacts ur = guarded(out, "utilizationReview", () -> review.extract(doc), ReviewFacts.NONE);
    if (ur.found()) {
      out.utilizationReview(new UtilizationReview(
          out.located("utilizationReview.date", ur.date()),
          out.located("utilizationReview.outcome", ur.outcome())));
    }
    TreatmentLists t = guarded(out, "treatments", () -> treatments.extract(doc),
        new TreatmentLists(List.of(), List.of()));
    out.treatments(guarded(out, "treatments", () -> concepts.treatments(doc, t.treatments()),
        t.treatments())).requests(t.requests());
    return out.build();
  }

  /**
   * Runs one clinical extractor; a failure on hostile input costs that field only and is kept as
   * a warning naming the field and the error's kind (never document text).
   */
  private static <T> T guarded(CaseBuilder out, String field, java.util.function.Supplier<T> run,
      T fallback) {
    try {
      return run.get();
    } catch (RuntimeException e) {
      out.warn(Warning.of("extractor-failed", field + ": " + e.getClass().getSimpleName()));
      return fallback;
    }
  }

  private void letter(AnnotatedDocument doc, CaseBuilder out) {
    Header h = header.extract(doc);
    out.caseNumber(h.caseNumber())
        .dates(h.assigned(), h.injury(), h.decision(), h.urDenial(), h.applicationReceived())
        .priority(h.priority());
    Credentials c = credentials.extract(doc);
    out.reviewer(c.licensure(), c.specialties(), c.boardSpecialties());
    List<ExtractedItem> found = items.extract(doc);
    for (int i = 0; i < found.size(); i++) {
      out.evidence("disputedItems[" + i + "].decision", found.get(i).decision());
      if (found.get(i).rationale() != null) {
        out.evidence("disputedItems[" + i + "].rationale", found.get(i).rationale());
      }
    }
    List<DisputedItem> list = new java.util.ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      list.add(categorized(doc.text(), found.get(i), "disputedItems[" + i + "].category", out));
    }
    out.disputedItems(list);
    if (doc.section("summary").isEmpty()) {
      out.warn(Warning.of("section-missing", "no CLINICAL CASE SUMMARY heading found"));
    }
    if (list.isEmpty()) {
      out.warn(Warning.of("no-items", "no disputed item ending in ': Upheld' or ': Overturned' found"));
    }
  }

  /**
   * The item with its DWC category, read from its text, else from the sections its reviewer's
   * guidelines cite ("Opioids, criteria for use"), else from its rationale; the words that decided
   * it are the evidence at {@code path}. An item none of them categorizes keeps nulls and a warning.
   */
  private DisputedItem categorized(String text, ExtractedItem found, String path, CaseBuilder out) {
    DisputedItem item = found.item();
    List<Span> places = new java.util.ArrayList<>();
    places.add(span(item.evidence()));
    for (Guideline g : item.reviewerGuidelines()) {
      places.add(span(g.evidence()));
    }
    if (found.rationale() != null) {
      places.add(found.rationale());
    }
    for (Span s : places) {
      if (s == null) {
        continue;
      }
      java.util.Optional<CategoryMatch> m = categories.categorize(text, s);
      if (m.isPresent()) {
        out.evidence(path, m.get().evidence());
        return item.withCategory(m.get().name(), m.get().subcategory());
      }
    }
    out.warn(Warning.of("item-uncategorized", path.replace(".category", "")
        + ": no words naming a kind of request"));
    return item;
  }

  private static Span span(Evidence e) {
    return e == null || e.end() < e.start() ? null : new Span(e.start(), e.end());
  }
}
