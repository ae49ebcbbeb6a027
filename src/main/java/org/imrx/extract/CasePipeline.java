package org.imrx.extract;

import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.dates.RegexDateFinder;
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
import org.imrx.model.Warning;
import org.imrx.text.LetterSectioner;
import org.imrx.text.RecordSectioner;
import org.imrx.text.SentenceDetectorSplitter;
import org.imrx.text.SentenceSplitter;

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
  private final RuleTreatmentExtractor treatments;

  public CasePipeline(Lexicons lexicons, SentenceSplitter sentences) {
    RegexDateFinder dates = new RegexDateFinder();
    this.classifier = new RuleDocumentClassifier();
    this.sentences = sentences;
    this.header = new RegexHeaderExtractor(dates);
    this.credentials = new RegexCredentialsExtractor(lexicons.taxonomy());
    this.treatments = new RuleTreatmentExtractor(lexicons);
  }

  /**
   * The pipeline with the bundled lexicons (and the full vocabularies under
   * {@code fullVocabularies} where not null) and Apache's English sentence model.
   */
  public static CasePipeline load(java.nio.file.Path fullVocabularies) throws ConfigurationException {
    return new CasePipeline(Lexicons.load(fullVocabularies), SentenceDetectorSplitter.apacheEnglish());
  }

  public Case extract(SourceDocument source) {
    String text = source.content();
    DocumentType type = classifier.classify(text);
    var sections = type == DocumentType.IMR_DETERMINATION
        ? letterSections.sections(text) : recordSections.sections(text);
    AnnotatedDocument doc = new AnnotatedDocument(source, type, sections,
        () -> sentences.sentences(text));
    CaseBuilder out = new CaseBuilder(doc);
    if (type == DocumentType.IMR_DETERMINATION) {
      letter(doc, out);
    }
    PatientFacts p = patient.extract(doc);
    out.patient(p.age(), p.sex());
    try {
      TreatmentLists t = treatments.extract(doc);
      out.treatments(t.treatments()).requests(t.requests());
    } catch (RuntimeException e) {
      // one stage failing leaves the rest of the case standing; the warning names the stage
      out.warn(Warning.of("treatments-failed", "treatments could not be read: " + e.getClass().getSimpleName()));
    }
    return out.build();
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
    List<DisputedItem> list = found.stream().map(ExtractedItem::item).toList();
    out.disputedItems(list);
    if (doc.section("summary").isEmpty()) {
      out.warn(Warning.of("section-missing", "no CLINICAL CASE SUMMARY heading found"));
    }
    if (list.isEmpty()) {
      out.warn(Warning.of("no-items", "no disputed item ending in ': Upheld' or ': Overturned' found"));
    }
  }
}
