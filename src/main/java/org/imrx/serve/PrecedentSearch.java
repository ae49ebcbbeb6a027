package org.imrx.serve;

import java.util.List;
import java.util.Optional;
import org.imrx.model.Case;

/**
 * The precedent search the server shows: full-text search of prior determinations with facets,
 * filters, snippets and outcome statistics; cases by id; similar cases; adding cases on request.
 * The server is written against this interface; an implementation adapts the index of
 * {@code imrx index} (the same services {@code imrx search} and {@code imrx similar} use).
 * Implementations are thread-safe. Values here are shown to the user and escaped by the pages;
 * snippet highlights are offsets, never markup.
 */
public interface PrecedentSearch extends AutoCloseable {

  /**
   * The facet fields (the index's dimensions), in the order the pages show them: item decision,
   * request category and subcategory, body part, guideline source and chapter, reviewer
   * specialty, year, case outcome.
   */
  List<String> FACETS = List.of("decision", "category", "subcategory", "bodypart", "guideline", "chapter",
      "specialty", "year", "outcome");

  Results search(Query query);

  /** A stored case with its text ({@code content}), by its id in the index. */
  Optional<Case> find(String id);

  /** The prior cases most like a new case made of these documents (extracted, with content). */
  List<Precedent> similar(List<Case> documents, int limit);

  /** The prior cases most like a stored one, itself left out. */
  List<Precedent> similarTo(String id, int limit);

  /** Adds cases to the index (only ever on the user's explicit request); returns how many were new or changed. */
  int add(List<Case> cases);

  /** How many cases the index holds. */
  long size();

  /** Releases the index. */
  @Override
  void close();

  /** A search: query text (the index's syntax; empty for all), filters, 1-based page and page size. */
  record Query(String text, List<Filter> filters, int page, int pageSize) {
    public Query {
      text = text == null ? "" : text.strip();
      filters = List.copyOf(filters);
    }
  }

  /** One filter: a facet field and a value of it. */
  record Filter(String field, String value) {}

  /**
   * What a search found: disputed items matching ({@code items}) and their cases ({@code cases}),
   * the page of hits (one per case, with its matching items), facets and outcome statistics.
   */
  record Results(long items, long cases, List<Hit> hits, List<Facet> facets, Stats stats) {
    public Results {
      hits = List.copyOf(hits);
      facets = List.copyOf(facets);
    }
  }

  /** A case that matched, with the items that matched and highlighted snippets. */
  record Hit(String caseId, String caseNumber, String decisionDate, String outcome, List<Item> items,
      List<Snippet> snippets) {
    public Hit {
      items = List.copyOf(items);
      snippets = List.copyOf(snippets);
    }
  }

  /** A disputed item as a result shows it. */
  record Item(String text, String decision, String category, String subcategory, String guideline) {}

  /** A passage of a field ({@code rationale}, {@code summary} ...) with the matched terms' offsets. */
  record Snippet(String field, String text, List<Range> highlights) {
    public Snippet {
      highlights = List.copyOf(highlights);
    }
  }

  /** {@code [start, end)} of a snippet's text. */
  record Range(int start, int end) {}

  /**
   * Counts of one facet field over the result set. {@code counts} says what is counted:
   * {@code items} (decision, category, subcategory, guideline, chapter) or {@code cases} (the rest).
   */
  record Facet(String field, String counts, List<FacetValue> values) {
    public Facet {
      values = List.copyOf(values);
    }
  }

  record FacetValue(String value, long count) {}

  /** Upheld and overturned items of the result set, in all and by category, guideline and year. */
  record Stats(long upheld, long overturned, List<Breakdown> byCategory, List<Breakdown> byGuideline,
      List<Breakdown> byYear) {
    public Stats {
      byCategory = List.copyOf(byCategory);
      byGuideline = List.copyOf(byGuideline);
      byYear = List.copyOf(byYear);
    }
  }

  record Breakdown(String key, long upheld, long overturned) {}

  /** A similar prior case: its outcome, its items and why it matched. */
  record Precedent(String caseId, String caseNumber, String decisionDate, String outcome, double score,
      List<Item> items, List<String> reasons) {
    public Precedent {
      items = List.copyOf(items);
      reasons = List.copyOf(reasons);
    }
  }
}
