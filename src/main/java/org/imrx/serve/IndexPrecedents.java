package org.imrx.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.LockObtainFailedException;
import org.imrx.ConfigurationException;
import org.imrx.index.CaseIndexer;
import org.imrx.index.CaseProfile;
import org.imrx.index.FacetFilter;
import org.imrx.index.IndexFields;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.index.OutcomeStatistics;
import org.imrx.index.PrecedentSearcher;
import org.imrx.index.SearchRequest;
import org.imrx.index.SearchResponse;
import org.imrx.index.SimilarCases;
import org.imrx.index.SimilarResponse;
import org.imrx.model.Case;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;

/**
 * {@link PrecedentSearch} over the index of {@code imrx index}, through the services
 * {@code imrx search} and {@code imrx similar} use ({@link PrecedentSearcher}, {@link SimilarCases}).
 * Search hits (disputed items) are grouped by case and paged by case. The index stores cases
 * without their text, so a case's text is read again from its source file when that file still
 * holds the same bytes. Adding cases takes the index's write lock for the time of the add and then
 * reopens the reader; searches in flight finish on the reader they started with. Thread-safe.
 */
public final class IndexPrecedents implements PrecedentSearch {
  /** Markers of highlighted words in passages; the text never holds these control characters. */
  private static final String PRE = "\u0001";
  private static final String POST = "\u0002";
  private static final int MAX_ITEMS = 5000;
  private static final int MAX_YEARS = 12;
  private static final String UPLOAD_KEY = "upload:";
  /** An empty search lists every decided item (the query syntax has no match-all the parser accepts). */
  private static final String ALL_ITEMS = "decision:(upheld overturned)";

  private final Path dir;
  private final IndexSetup setup;
  private final DocumentService texts;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private OpenIndex index;

  private IndexPrecedents(Path dir, IndexSetup setup, DocumentService texts, OpenIndex index) {
    this.dir = dir;
    this.setup = setup;
    this.texts = texts;
    this.index = index;
  }

  /** Opens the index in {@code dir}; a missing or unreadable index is a configuration error. */
  public static IndexPrecedents open(Path dir, IndexSetup setup, DocumentService texts) throws ConfigurationException {
    return new IndexPrecedents(dir, setup, texts, OpenIndex.open(dir, setup));
  }

  @Override
  public Results search(Query q) {
    List<FacetFilter> filters = q.filters().stream().map(f -> new FacetFilter(f.field(), f.value())).toList();
    String text = q.text().isBlank() ? ALL_ITEMS : q.text();
    int wanted = q.page() * q.pageSize();
    lock.readLock().lock();
    try {
      PrecedentSearcher searcher = new PrecedentSearcher(index, PRE, POST);
      // Highlighting costs per hit: the first search groups hits into cases without passages; the
      // second highlights only the hits up to the last one of the page shown.
      int limit = Math.min(MAX_ITEMS, wanted * 4);
      SearchResponse r = searcher.search(new SearchRequest(text, filters, true, limit, 0));
      Map<String, List<SearchResponse.ItemHit>> byCase = group(r.hits());
      // Items of the cases wanted may rank below the items asked for: ask for more until enough cases.
      while (byCase.size() < wanted && r.hits().size() < r.items() && limit < MAX_ITEMS) {
        limit = Math.min(MAX_ITEMS, limit * 4);
        r = searcher.search(new SearchRequest(text, filters, true, limit, 0));
        byCase = group(r.hits());
      }
      List<String> shown = byCase.keySet().stream().skip((long) (q.page() - 1) * q.pageSize()).limit(q.pageSize())
          .toList();
      int last = 0;
      java.util.Set<String> page = new java.util.HashSet<>(shown);
      for (int i = 0; i < r.hits().size(); i++) {
        if (page.contains(r.hits().get(i).source().id())) {
          last = i + 1;
        }
      }
      Map<String, List<SearchResponse.ItemHit>> highlighted = last == 0 ? Map.of()
          : group(searcher.search(new SearchRequest(text, filters, false, last, 2)).hits());
      Map<String, List<SearchResponse.ItemHit>> found = byCase;
      List<Hit> hits = shown.stream().map(id -> hit(highlighted.getOrDefault(id, found.get(id)))).toList();
      List<Facet> facets = r.facets().stream().map(f -> new Facet(f.dim(), f.counted(),
          f.values().stream().map(v -> new FacetValue(v.label(), v.count())).toList())).toList();
      return new Results(r.items(), r.cases(), hits, facets, stats(searcher, text, filters, r));
    } catch (ParseException e) {
      throw HttpError.badRequest("the query is not valid search syntax (check its quotes, brackets,"
          + " field names and AND / OR / NOT)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static Map<String, List<SearchResponse.ItemHit>> group(List<SearchResponse.ItemHit> hits) {
    Map<String, List<SearchResponse.ItemHit>> out = new LinkedHashMap<>();
    hits.forEach(h -> out.computeIfAbsent(h.source().id(), k -> new ArrayList<>()).add(h));
    return out;
  }

  private static Hit hit(List<SearchResponse.ItemHit> items) {
    Case c = items.get(0).source();
    List<Snippet> snippets = new ArrayList<>();
    for (SearchResponse.ItemHit h : items) {
      h.rationale().forEach(p -> snippets.add(snippet("rationale", p)));
    }
    items.get(0).summary().forEach(p -> snippets.add(snippet("summary", p)));
    return new Hit(c.id(), c.caseNumber(), c.dates().decision(), c.outcome() == null ? null : c.outcome().name(),
        items.stream().map(SearchResponse.ItemHit::item).map(IndexPrecedents::item).toList(),
        snippets.stream().limit(4).toList());
  }

  /** A highlighted passage as text with the ranges its markers enclosed. */
  static Snippet snippet(String field, String marked) {
    StringBuilder text = new StringBuilder();
    List<Range> ranges = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == PRE.charAt(0)) {
        start = text.length();
      } else if (c == POST.charAt(0)) {
        if (start >= 0 && text.length() > start) {
          ranges.add(new Range(start, text.length()));
        }
        start = -1;
      } else {
        text.append(c);
      }
    }
    return new Snippet(field, text.toString(), ranges);
  }

  static Item item(DisputedItem it) {
    String guideline = String.join(", ", it.reviewerGuidelines().stream().map(Guideline::source)
        .filter(java.util.Objects::nonNull).map(Enum::name).distinct().toList());
    return new Item(it.text(), it.decision() == null ? null : it.decision().name(), it.category(), it.subcategory(),
        guideline.isEmpty() ? null : guideline);
  }

  private Stats stats(PrecedentSearcher searcher, String text, List<FacetFilter> filters, SearchResponse r)
      throws IOException, ParseException {
    OutcomeStatistics s = r.statistics();
    List<Breakdown> byYear = new ArrayList<>();
    // Outcome by year: one count-only search per year of the result set (the statistics have no year).
    List<String> years = r.facets().stream().filter(f -> f.dim().equals(IndexFields.YEAR))
        .flatMap(f -> f.values().stream()).map(SearchResponse.LabelCount::label).sorted().limit(MAX_YEARS).toList();
    boolean yearFiltered = filters.stream().anyMatch(f -> f.dim().equals(IndexFields.YEAR));
    for (String year : years) {
      if (yearFiltered && filters.stream().noneMatch(f -> f.dim().equals(IndexFields.YEAR) && f.value().equals(year))) {
        continue;
      }
      List<FacetFilter> withYear = new ArrayList<>(filters.stream().filter(f -> !f.dim().equals(IndexFields.YEAR)).toList());
      withYear.add(new FacetFilter(IndexFields.YEAR, year));
      OutcomeStatistics.Tally t = searcher.search(new SearchRequest(text, withYear, false, 0, 0)).statistics().all();
      byYear.add(new Breakdown(year, t.upheld(), t.overturned()));
    }
    return new Stats(s.all().upheld(), s.all().overturned(), breakdown(s.byCategory()), breakdown(s.byGuideline()),
        byYear);
  }

  private static List<Breakdown> breakdown(Map<String, OutcomeStatistics.Tally> m) {
    return OutcomeStatistics.largestFirst(m).stream()
        .map(e -> new Breakdown(e.getKey(), e.getValue().upheld(), e.getValue().overturned())).toList();
  }

  @Override
  public Optional<Case> find(String id) {
    Case stored;
    String source;
    lock.readLock().lock();
    try {
      TopDocs top = index.searcher().search(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.CASE_KIND)), BooleanClause.Occur.FILTER)
          .build(), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      stored = index.caseAt(doc);
      Document d = index.searcher().storedFields().document(doc, Set.of(IndexFields.SOURCE));
      source = d.get(IndexFields.SOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
    if (source == null || source.startsWith(UPLOAD_KEY)) {
      return Optional.of(stored);
    }
    return Optional.of(texts.reread(Path.of(source), stored.source().sha256())
        .filter(fresh -> fresh.id().equals(stored.id())).orElse(stored));
  }

  @Override
  public List<Precedent> similar(List<Case> documents, int limit) {
    lock.readLock().lock();
    try {
      CaseProfile profile = CaseProfile.of(documents, setup.categorizer(), setup.documents());
      SimilarResponse r = new SimilarCases(index).find(profile, limit, 0);
      return r.cases().stream().map(IndexPrecedents::precedent).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static Precedent precedent(SimilarResponse.SimilarCase s) {
    Case c = s.source();
    List<String> reasons = new ArrayList<>();
    reason(reasons, "category", s.sharedCategories());
    reason(reasons, "body part", s.sharedBodyParts());
    reason(reasons, "diagnosis", s.sharedDiagnoses());
    reason(reasons, "guideline chapter", s.sharedChapters());
    if (reasons.isEmpty()) {
      reasons.add("similar clinical summary");
    }
    return new Precedent(c.id(), c.caseNumber(), c.dates().decision(), c.outcome() == null ? null : c.outcome().name(),
        s.score(), c.disputedItems().stream().map(IndexPrecedents::item).toList(), reasons);
  }

  private static void reason(List<String> out, String what, List<String> shared) {
    if (!shared.isEmpty()) {
      out.add(what + (shared.size() > 1 ? "s " : " ") + String.join(", ", shared).toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public List<Precedent> similarTo(String id, int limit) {
    return find(id).map(c -> similar(List.of(c), limit)).orElse(List.of());
  }

  @Override
  public int add(List<Case> cases) {
    lock.writeLock().lock();
    try {
      int added = 0;
      try (CaseIndexer writer = CaseIndexer.open(dir, setup, Integer.MAX_VALUE, 16)) {
        for (Case c : cases) {
          String key = UPLOAD_KEY + c.source().sha256();
          if (!writer.isCurrent(key, c.source().sha256())) {
            writer.put(c.withoutContent(), key);
            added++;
          }
        }
      }
      OpenIndex reopened = OpenIndex.open(dir, setup);
      OpenIndex old = index;
      index = reopened;
      old.close();
      return added;
    } catch (ConfigurationException e) {
      if (e.getCause() instanceof LockObtainFailedException) {
        throw new HttpError(409, "the index is being written by another process; try again when it is done");
      }
      throw new HttpError(500, "the cases could not be added to the index");
    } catch (IOException e) {
      throw new HttpError(500, "the cases could not be added to the index");
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public long size() {
    lock.readLock().lock();
    try {
      return index.caseCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      index.close();
    } catch (IOException e) {
      // Closing a reader only releases files.
    } finally {
      lock.writeLock().unlock();
    }
  }
}
