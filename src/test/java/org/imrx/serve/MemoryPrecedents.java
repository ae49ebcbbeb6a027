package org.imrx.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imrx.model.Case;
import org.imrx.model.Diagnosis;
import org.imrx.model.DisputedItem;
import org.imrx.model.Guideline;

/**
 * A precedent search over a few cases held in memory, for the server's tests: every word of the
 * query must occur in a case's text; filters and facets on the same fields as the index. Not a
 * search engine; it lets the server be tested apart from the index. Thread-safe.
 */
final class MemoryPrecedents implements PrecedentSearch {
  private static final Set<String> ITEM_FIELDS = Set.of("outcome", "category", "subcategory", "guideline");
  private final List<Case> cases = new CopyOnWriteArrayList<>();

  MemoryPrecedents(List<Case> cases) {
    this.cases.addAll(cases);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !Set.of("and", "or", "not").contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> values(String field, Case c, DisputedItem it) {
    return switch (field) {
      case "outcome" -> it.decision() == null ? List.of() : List.of(it.decision().name());
      case "category" -> it.category() == null ? List.of() : List.of(it.category());
      case "subcategory" -> it.subcategory() == null ? List.of() : List.of(it.subcategory());
      case "guideline" -> it.reviewerGuidelines().stream().map(Guideline::source).filter(java.util.Objects::nonNull)
          .map(Enum::name).distinct().toList();
      case "bodyPart" -> c.diagnoses().stream().map(Diagnosis::bodyPart).filter(java.util.Objects::nonNull).distinct().toList();
      case "specialty" -> c.reviewer().boardSpecialties();
      case "year" -> c.dates().decision() == null ? List.of() : List.of(c.dates().decision().substring(0, 4));
      default -> List.of();
    };
  }

  private record Match(Case c, DisputedItem item) {}

  @Override
  public Results search(Query q) {
    List<String> words = words(q.text());
    List<Match> matches = new ArrayList<>();
    for (Case c : cases) {
      String text = c.content().toLowerCase(Locale.ROOT);
      if (!words.stream().allMatch(text::contains)) {
        continue;
      }
      for (DisputedItem it : c.disputedItems()) {
        if (q.filters().stream().allMatch(f -> values(f.field(), c, it).contains(f.value()))) {
          matches.add(new Match(c, it));
        }
      }
    }
    Map<Case, List<DisputedItem>> byCase = new LinkedHashMap<>();
    matches.forEach(m -> byCase.computeIfAbsent(m.c(), k -> new ArrayList<>()).add(m.item()));
    List<Hit> hits = byCase.entrySet().stream().skip((long) (q.page() - 1) * q.pageSize()).limit(q.pageSize())
        .map(e -> hit(e.getKey(), e.getValue(), words)).toList();
    List<Facet> facets = new ArrayList<>();
    for (String field : FACETS) {
      Map<String, Long> counts = new TreeMap<>();
      if (ITEM_FIELDS.contains(field)) {
        matches.forEach(m -> values(field, m.c(), m.item()).forEach(v -> counts.merge(v, 1L, Long::sum)));
      } else {
        byCase.keySet().forEach(c -> values(field, c, c.disputedItems().get(0)).forEach(v -> counts.merge(v, 1L, Long::sum)));
      }
      facets.add(new Facet(field, ITEM_FIELDS.contains(field) ? "items" : "cases", counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .map(e -> new FacetValue(e.getKey(), e.getValue())).toList()));
    }
    return new Results(matches.size(), byCase.size(), hits, facets, new Stats(
        count(matches, "UPHELD"), count(matches, "OVERTURNED"),
        breakdown(matches, m -> values("category", m.c(), m.item())),
        breakdown(matches, m -> values("guideline", m.c(), m.item())),
        breakdown(matches, m -> values("year", m.c(), m.item()))));
  }

  private static long count(List<Match> ms, String decision) {
    return ms.stream().filter(m -> m.item().decision() != null && m.item().decision().name().equals(decision)).count();
  }

  private static List<Breakdown> breakdown(List<Match> ms, Function<Match, List<String>> key) {
    Map<String, long[]> t = new TreeMap<>();
    for (Match m : ms) {
      for (String k : key.apply(m)) {
        long[] c = t.computeIfAbsent(k, x -> new long[2]);
        c[m.item().decision() != null && m.item().decision().name().equals("OVERTURNED") ? 1 : 0]++;
      }
    }
    return t.entrySet().stream().map(e -> new Breakdown(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  private static Item item(DisputedItem it) {
    String g = it.reviewerGuidelines().isEmpty() || it.reviewerGuidelines().get(0).source() == null ? null
        : it.reviewerGuidelines().get(0).source().name();
    return new Item(it.text(), it.decision() == null ? null : it.decision().name(), it.category(), it.subcategory(), g);
  }

  private static Hit hit(Case c, List<DisputedItem> items, List<String> words) {
    List<Snippet> snippets = new ArrayList<>();
    for (DisputedItem it : items) {
      if (it.rationale() == null || words.isEmpty()) {
        continue;
      }
      String r = it.rationale();
      List<Range> ranges = new ArrayList<>();
      String lower = r.toLowerCase(Locale.ROOT);
      for (String w : words) {
        int at = lower.indexOf(w);
        if (at >= 0) {
          ranges.add(new Range(at, at + w.length()));
        }
      }
      if (!ranges.isEmpty()) {
        ranges.sort(Comparator.comparingInt(Range::start));
        snippets.add(new Snippet("rationale", r, ranges));
      }
    }
    return new Hit(c.id(), c.caseNumber(), c.dates().decision(), c.outcome() == null ? null : c.outcome().name(),
        items.stream().map(MemoryPrecedents::item).toList(), snippets);
  }

  @Override
  public Optional<Case> find(String id) {
    return cases.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Override
  public List<Precedent> similar(List<Case> documents, int limit) {
    Set<String> ids = documents.stream().map(Case::id).collect(Collectors.toSet());
    Set<String> words = new HashSet<>();
    documents.forEach(d -> words.addAll(words(d.content())));
    return cases.stream().filter(c -> !ids.contains(c.id()))
        .map(c -> {
          Set<String> shared = new HashSet<>(words(c.content()));
          shared.retainAll(words);
          return Map.entry(c, shared.size());
        })
        .sorted(Map.Entry.<Case, Integer>comparingByValue().reversed()).limit(limit)
        .map(e -> new Precedent(e.getKey().id(), e.getKey().caseNumber(), e.getKey().dates().decision(),
            e.getKey().outcome() == null ? null : e.getKey().outcome().name(), e.getValue(),
            e.getKey().disputedItems().stream().map(MemoryPrecedents::item).toList(),
            List.of(e.getValue() + " words in common")))
        .toList();
  }

  @Override
  public List<Precedent> similarTo(String id, int limit) {
    return find(id).map(c -> similar(List.of(c), limit)).orElse(List.of());
  }

  @Override
  public int add(List<Case> more) {
    cases.addAll(more);
    return more.size();
  }

  @Override
  public long size() {
    return cases.size();
  }

  @Override
  public void close() {}
}
