package org.imrx.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imrx.extract.category.CategoryMatch;
import org.imrx.extract.category.RequestCategorizer;
import org.imrx.lexicon.Taxonomy;
import org.imrx.model.Case;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;
import org.imrx.model.Treatment;

/**
 * What a new case is about, read from its documents (records, summary, requests; several merged):
 * its clinical text, the requests with their categories, diagnoses, body parts and the guideline
 * chapters utilization review cited. A determination letter contributes its summary, the text of
 * its disputed items and the claims administrator's guidelines, never its decisions, rationales or
 * the reviewer's guidelines. Immutable.
 */
public record CaseProfile(Set<String> ids, String text, List<Request> requests, List<String> diagnoses,
    Set<String> icd10, Set<String> bodyParts, Set<String> chapters) {

  /** One request of the new case, with its category where the words name one. */
  public record Request(String text, Taxonomy.Category category, Set<String> bodyParts) {}

  public CaseProfile {
    ids = Set.copyOf(ids);
    requests = List.copyOf(requests);
    diagnoses = List.copyOf(diagnoses);
    icd10 = Set.copyOf(icd10);
    bodyParts = Set.copyOf(bodyParts);
    chapters = Set.copyOf(chapters);
  }

  /** The profile of the cases read from a new case's documents. */
  public static CaseProfile of(List<Case> documents, RequestCategorizer categorizer, CaseDocuments parts) {
    Set<String> ids = new LinkedHashSet<>();
    StringBuilder text = new StringBuilder();
    List<Request> requests = new ArrayList<>();
    List<String> diagnoses = new ArrayList<>();
    Set<String> icd = new LinkedHashSet<>();
    Set<String> body = new LinkedHashSet<>();
    Set<String> chapters = new LinkedHashSet<>();
    for (Case c : documents) {
      ids.add(c.id());
      String t = ClinicalText.of(c);
      if (!t.isBlank()) {
        text.append(t).append("\n\n");
      }
      List<String> asked = new ArrayList<>();
      for (DisputedItem it : c.disputedItems()) {
        asked.add(it.text());
        for (Guideline g : it.claimsAdministratorGuidelines()) {
          if (g.chapter() != null && !g.chapter().isBlank()) {
            chapters.add(g.chapter().strip());
          }
        }
      }
      for (Treatment r : c.requests()) {
        asked.add(r.text());
      }
      for (String a : asked) {
        if (a == null || a.isBlank()) {
          continue;
        }
        Request r = request(a, categorizer, parts);
        body.addAll(r.bodyParts());
        requests.add(r);
      }
      for (Diagnosis d : c.diagnoses()) {
        diagnoses.add(d.text());
        if (d.icd10() != null && d.icd10().code() != null) {
          icd.add(d.icd10().code());
        }
        if (d.bodyPart() != null) {
          body.add(d.bodyPart());
        }
      }
    }
    if (requests.isEmpty() && body.isEmpty()) {
      // A record without requests or coded diagnoses: the body parts its text names most.
      body.addAll(mostNamed(parts, text.toString(), MAX_TEXT_BODY_PARTS));
    }
    return new CaseProfile(ids, text.toString(), requests, diagnoses, icd, body, chapters);
  }

  static final int MAX_TEXT_BODY_PARTS = 3;

  private static List<String> mostNamed(CaseDocuments parts, String text, int n) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String bp : parts.bodyPartMentions(text)) {
      counts.merge(bp, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
        .limit(n).map(java.util.Map.Entry::getKey).toList();
  }

  /** A request read from its words: its category and the body parts it names. */
  public static Request request(String text, RequestCategorizer categorizer, CaseDocuments parts) {
    Optional<CategoryMatch> m = categorizer.categorize(text);
    return new Request(text, m.map(CategoryMatch::category).orElse(null), parts.bodyPartsIn(text));
  }

  /** The request categories of the profile ("Diagnostic Testing / Imaging / Radiology"). */
  public Set<Taxonomy.Category> categories() {
    Set<Taxonomy.Category> out = new LinkedHashSet<>();
    for (Request r : requests) {
      if (r.category() != null) {
        out.add(r.category());
      }
    }
    return out;
  }

  /** Whether there is anything to look for. */
  public boolean isEmpty() {
    return text.isBlank() && requests.isEmpty() && diagnoses.isEmpty();
  }
}
