package org.imrx.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of the index's fields and facet dimensions, which of them live on the case (parent)
 * document and which on the disputed-item (child) documents, and the aliases users may write in
 * queries and filters. Constants only.
 */
public final class IndexFields {
  private IndexFields() {}

  // Both kinds of document.
  /** "case" or "item": the parent filter of the block join. */
  public static final String KIND = "kind";
  public static final String CASE_KIND = "case";
  public static final String ITEM_KIND = "item";
  /** The case id (case number, or the source's SHA-256): exact, for replacing and excluding. */
  public static final String ID = "id";
  /** The source path as given to {@code imrx index}: exact, for replacing a changed file. */
  public static final String SOURCE = "source";

  // Case (parent) fields.
  public static final String SHA256 = "sha256";
  public static final String CASE_NUMBER = "case";
  public static final String DOCUMENT_TYPE = "doctype";
  /** A letter's CLINICAL CASE SUMMARY, or a record's whole text: stored, with offsets. */
  public static final String TEXT = "text";
  public static final String DIAGNOSIS = "diagnosis";
  public static final String ICD10 = "icd10";
  public static final String TREATMENT = "treatment";
  public static final String IMAGING = "imaging";
  public static final String BODY_PART = "bodypart";
  public static final String SPECIALTY = "specialty";
  public static final String CASE_OUTCOME = "outcome";
  public static final String SEX = "sex";
  public static final String AGE = "age";
  public static final String DECIDED = "decided";
  public static final String ASSIGNED = "assigned";
  public static final String INJURY = "injury";
  public static final String RECEIVED = "received";
  public static final String UR_DENIAL = "urdenial";
  public static final String YEAR = "year";
  /** The case JSON without its text (stored, compressed with the other stored fields). */
  public static final String JSON = "json";

  // Item (child) fields.
  public static final String ITEM = "item";
  public static final String ITEM_INDEX = "itemindex";
  public static final String RATIONALE = "rationale";
  public static final String DECISION = "decision";
  public static final String CATEGORY = "category";
  public static final String SUBCATEGORY = "subcategory";
  public static final String GUIDELINE = "guideline";
  public static final String CHAPTER = "chapter";
  public static final String CITATION = "citation";
  /** Body parts the item's own text names (the case's are in {@link #BODY_PART}). */
  public static final String ITEM_BODY_PART = "itembodypart";
  public static final String MODIFIED_BY_UR = "modified";

  /** Fields words without a field must match (the request and its rationale), with their weights. */
  public static final Map<String, Float> DEFAULT_FIELDS = Map.of(ITEM, 3f, RATIONALE, 0.6f);
  /** The case summary: it lifts the items of cases whose summary has the words. */
  public static final Map<String, Float> SUMMARY_FIELDS = Map.of(TEXT, 0.6f);
  /** Where words are matched when no request or rationale has them. */
  public static final Map<String, Float> BROAD_FIELDS = Map.of(ITEM, 3f, RATIONALE, 0.6f, TEXT, 0.6f);

  /** Fields of the case document; every other searchable field is an item's. */
  public static final Set<String> CASE_FIELDS = Set.of(ID, SOURCE, SHA256, CASE_NUMBER,
      DOCUMENT_TYPE, TEXT, DIAGNOSIS, ICD10, TREATMENT, IMAGING, BODY_PART, SPECIALTY,
      CASE_OUTCOME, SEX, AGE, DECIDED, ASSIGNED, INJURY, RECEIVED, UR_DENIAL, YEAR);

  /** Date fields (points and doc values of the epoch day). */
  public static final Set<String> DATE_FIELDS = Set.of(DECIDED, ASSIGNED, INJURY, RECEIVED, UR_DENIAL);

  /** Fields matched as one lower-cased token (identifiers and codes). */
  public static final Set<String> KEYWORD_FIELDS = Set.of(CASE_NUMBER, ICD10, SHA256, DOCUMENT_TYPE, SEX);

  /** Facet dimensions counted over items. */
  public static final List<String> ITEM_DIMS = List.of(DECISION, CATEGORY, SUBCATEGORY, GUIDELINE, CHAPTER);
  /** Facet dimensions counted over cases. */
  public static final List<String> CASE_DIMS = List.of(SPECIALTY, YEAR, BODY_PART, CASE_OUTCOME);
  /** Dimensions a document may have several values of. */
  public static final Set<String> MULTI_VALUED_DIMS = Set.of(GUIDELINE, CHAPTER, SPECIALTY, BODY_PART);

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("summary", TEXT), Map.entry("fulltext", TEXT), Map.entry("content", TEXT),
      Map.entry("casenumber", CASE_NUMBER), Map.entry("case_number", CASE_NUMBER),
      Map.entry("request", ITEM), Map.entry("requests", ITEM), Map.entry("items", ITEM),
      Map.entry("diagnoses", DIAGNOSIS), Map.entry("dx", DIAGNOSIS), Map.entry("icd", ICD10),
      Map.entry("treatments", TREATMENT), Map.entry("body", BODY_PART), Map.entry("body_part", BODY_PART),
      Map.entry("reviewer", SPECIALTY), Map.entry("specialties", SPECIALTY),
      Map.entry("decision_date", DECIDED), Map.entry("date", DECIDED), Map.entry("decisiondate", DECIDED),
      Map.entry("dateofinjury", INJURY), Map.entry("doi", INJURY), Map.entry("application", RECEIVED),
      Map.entry("subcat", SUBCATEGORY), Map.entry("drugclass", SUBCATEGORY), Map.entry("class", SUBCATEGORY),
      Map.entry("source_guideline", GUIDELINE), Map.entry("guidelines", GUIDELINE),
      Map.entry("type", DOCUMENT_TYPE), Map.entry("caseoutcome", CASE_OUTCOME), Map.entry("result", DECISION));

  /** The field a name users write stands for (case-insensitive; an unknown name is itself). */
  public static String resolve(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return ALIASES.getOrDefault(n, n);
  }

  public static boolean isCaseField(String field) {
    return CASE_FIELDS.contains(field);
  }

  public static boolean isDim(String field) {
    return ITEM_DIMS.contains(field) || CASE_DIMS.contains(field);
  }
}
