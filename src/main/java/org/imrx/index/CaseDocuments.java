package org.imrx.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.imrx.lexicon.BodyPart;
import org.imrx.lexicon.BodyPartLexicon;
import org.imrx.lexicon.PhraseMatcher;
import org.imrx.model.Case;
import org.imrx.model.CaseJson;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;
import org.imrx.model.ImagingStudy;
import org.imrx.model.Treatment;

/**
 * Turns a case into its block of Lucene documents: one document per disputed item, then the case
 * document last (the order block join needs). Item documents carry the item's fields and facets;
 * the case document carries the case's, its clinical text and its JSON. Immutable and thread-safe.
 */
public final class CaseDocuments {
  /** Text stored with offsets in the postings, so highlighting needs no re-analysis. */
  static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

  static {
    HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED.freeze();
  }

  static final String DV_DECISION = "dv.decision";
  static final String DV_CATEGORY = "dv.category";
  static final String DV_GUIDELINE = "dv.guideline";

  private final FacetsConfig facets;
  private final BodyPartLexicon bodyParts;

  public CaseDocuments(FacetsConfig facets, BodyPartLexicon bodyParts) {
    this.facets = facets;
    this.bodyParts = bodyParts;
  }

  /** The facet configuration every index of cases uses. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String dim : IndexFields.MULTI_VALUED_DIMS) {
      c.setMultiValued(dim, true);
    }
    return c;
  }

  /**
   * The documents of a case read from {@code sourceKey} (the normalised path it is indexed under)
   * with {@code clinicalText} (see {@link ClinicalText}).
   */
  public List<Document> block(Case c, String sourceKey, String clinicalText) throws IOException {
    List<Document> docs = new ArrayList<>();
    String id = c.id();
    for (int i = 0; i < c.disputedItems().size(); i++) {
      docs.add(facets.build(item(id, sourceKey, i, c.disputedItems().get(i))));
    }
    docs.add(facets.build(caseDocument(c, id, sourceKey, clinicalText)));
    return docs;
  }

  private Document item(String id, String sourceKey, int index, DisputedItem it) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, IndexFields.ITEM_KIND, Field.Store.NO));
    d.add(new StringField(IndexFields.ID, id, Field.Store.NO));
    d.add(new StringField(IndexFields.SOURCE, sourceKey, Field.Store.NO));
    d.add(new StoredField(IndexFields.ITEM_INDEX, index));
    d.add(new Field(IndexFields.ITEM, nz(it.text()), HIGHLIGHTED));
    d.add(new Field(IndexFields.RATIONALE, nz(it.rationale()), HIGHLIGHTED));
    if (it.decision() != null) {
      String label = label(it.decision().name());
      text(d, IndexFields.DECISION, label);
      d.add(new SortedSetDocValuesFacetField(IndexFields.DECISION, label));
      d.add(new SortedDocValuesField(DV_DECISION, new BytesRef(label)));
    }
    if (it.category() != null) {
      text(d, IndexFields.CATEGORY, it.category());
      d.add(new SortedSetDocValuesFacetField(IndexFields.CATEGORY, it.category()));
      d.add(new SortedDocValuesField(DV_CATEGORY, new BytesRef(it.category())));
    }
    if (it.subcategory() != null) {
      text(d, IndexFields.SUBCATEGORY, it.subcategory());
      d.add(new SortedSetDocValuesFacetField(IndexFields.SUBCATEGORY, it.subcategory()));
    }
    Set<String> sources = new LinkedHashSet<>();
    Set<String> chapters = new LinkedHashSet<>();
    for (Guideline g : it.reviewerGuidelines()) {
      if (g.source() != null) {
        sources.add(g.source().name());
      }
      if (g.chapter() != null && !g.chapter().isBlank()) {
        chapters.add(g.chapter().strip());
      }
      text(d, IndexFields.CITATION, g.citation());
    }
    for (String s : sources) {
      text(d, IndexFields.GUIDELINE, s);
      d.add(new SortedSetDocValuesFacetField(IndexFields.GUIDELINE, s));
      d.add(new SortedSetDocValuesField(DV_GUIDELINE, new BytesRef(s)));
    }
    for (String ch : chapters) {
      text(d, IndexFields.CHAPTER, ch);
      d.add(new SortedSetDocValuesFacetField(IndexFields.CHAPTER, ch));
    }
    for (String bp : bodyPartsIn(it.text())) {
      text(d, IndexFields.ITEM_BODY_PART, bp);
    }
    d.add(new StringField(IndexFields.MODIFIED_BY_UR, Boolean.toString(it.modifiedByUR()), Field.Store.NO));
    return d;
  }

  private Document caseDocument(Case c, String id, String sourceKey, String clinicalText)
      throws IOException {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, IndexFields.CASE_KIND, Field.Store.NO));
    d.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    d.add(new StringField(IndexFields.SOURCE, sourceKey, Field.Store.YES));
    if (c.source() != null && c.source().sha256() != null) {
      d.add(new StringField(IndexFields.SHA256, c.source().sha256(), Field.Store.YES));
    }
    if (c.caseNumber() != null) {
      d.add(new TextField(IndexFields.CASE_NUMBER, c.caseNumber(), Field.Store.NO));
    }
    if (c.documentType() != null) {
      text(d, IndexFields.DOCUMENT_TYPE, c.documentType().label());
    }
    d.add(new Field(IndexFields.TEXT, clinicalText, HIGHLIGHTED));
    for (Diagnosis dx : c.diagnoses()) {
      text(d, IndexFields.DIAGNOSIS, dx.text());
      if (dx.icd10() != null && dx.icd10().code() != null) {
        text(d, IndexFields.ICD10, dx.icd10().code());
      }
    }
    for (Treatment t : c.treatments()) {
      text(d, IndexFields.TREATMENT, t.text());
    }
    for (ImagingStudy s : c.priorImaging()) {
      text(d, IndexFields.IMAGING, s.text());
    }
    for (String bp : caseBodyParts(c)) {
      text(d, IndexFields.BODY_PART, bp);
      d.add(new SortedSetDocValuesFacetField(IndexFields.BODY_PART, bp));
    }
    for (String s : specialties(c)) {
      text(d, IndexFields.SPECIALTY, s);
      d.add(new SortedSetDocValuesFacetField(IndexFields.SPECIALTY, s));
    }
    if (c.outcome() != null) {
      String label = label(c.outcome().name());
      text(d, IndexFields.CASE_OUTCOME, label);
      d.add(new SortedSetDocValuesFacetField(IndexFields.CASE_OUTCOME, label));
    }
    if (c.patient() != null) {
      if (c.patient().sex() != null) {
        text(d, IndexFields.SEX, c.patient().sex());
      }
      if (c.patient().age() != null) {
        d.add(new IntPoint(IndexFields.AGE, c.patient().age()));
      }
    }
    if (c.dates() != null) {
      date(d, IndexFields.DECIDED, c.dates().decision());
      date(d, IndexFields.ASSIGNED, c.dates().assigned());
      date(d, IndexFields.INJURY, c.dates().injury());
      date(d, IndexFields.RECEIVED, c.dates().applicationReceived());
      date(d, IndexFields.UR_DENIAL, c.dates().urDenial());
      String year = year(c);
      if (year != null) {
        d.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, year));
        text(d, IndexFields.YEAR, year);
      }
    }
    byte[] json = CaseJson.line(c.withoutContent()).getBytes(StandardCharsets.UTF_8);
    d.add(new StoredField(IndexFields.JSON, json));
    return d;
  }

  /** The year a case was decided (else assigned, else received), for the year facet. */
  static String year(Case c) {
    for (String s : new String[] {c.dates().decision(), c.dates().assigned(), c.dates().applicationReceived()}) {
      if (s != null && s.length() >= 4) {
        return s.substring(0, 4);
      }
    }
    return null;
  }

  /** Body parts of a case: those its disputed items and its diagnoses name. */
  Set<String> caseBodyParts(Case c) {
    Set<String> out = new LinkedHashSet<>();
    for (DisputedItem it : c.disputedItems()) {
      out.addAll(bodyPartsIn(it.text()));
    }
    for (Diagnosis dx : c.diagnoses()) {
      if (dx.bodyPart() != null) {
        out.add(dx.bodyPart());
      }
    }
    return out;
  }

  /** Every body part a text names, once per mention. */
  List<String> bodyPartMentions(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, 0, text.length())) {
        out.add(m.value().name());
      }
    }
    return out;
  }

  Set<String> bodyPartsIn(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text != null) {
      for (PhraseMatcher.Match<BodyPart> m : bodyParts.find(text, 0, text.length())) {
        out.add(m.value().name());
      }
    }
    return out;
  }

  static List<String> specialties(Case c) {
    if (c.reviewer() == null) {
      return List.of();
    }
    return c.reviewer().boardSpecialties().isEmpty() ? c.reviewer().specialties() : c.reviewer().boardSpecialties();
  }

  private static void date(Document d, String field, String iso) {
    Long day = epochDay(iso);
    if (day != null) {
      d.add(new LongField(field, day, Field.Store.NO));
      d.add(new StoredField(field + ".iso", iso));
    }
  }

  /** The epoch day of an ISO date, or of the first day of a partial one ("2016-12", "2016"). */
  public static Long epochDay(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      String s = iso.strip();
      if (s.length() == 4) {
        s += "-01-01";
      } else if (s.length() == 7) {
        s += "-01";
      }
      return LocalDate.parse(s).toEpochDay();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** "UPHELD" as "Upheld", "PARTIALLY_OVERTURNED" as "Partially overturned". */
  static String label(String enumName) {
    String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void text(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, Field.Store.NO));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
