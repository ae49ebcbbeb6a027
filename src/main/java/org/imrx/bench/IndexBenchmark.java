package org.imrx.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.queryparser.classic.ParseException;
import org.imrx.index.CaseIndexer;
import org.imrx.index.CaseProfile;
import org.imrx.index.ClinicalText;
import org.imrx.index.FacetFilter;
import org.imrx.index.IndexSetup;
import org.imrx.index.OpenIndex;
import org.imrx.index.PrecedentSearcher;
import org.imrx.index.SearchRequest;
import org.imrx.index.SimilarCases;
import org.imrx.model.Case;

/**
 * Indexes many synthetic cases ({@link CaseSynthesizer}) with every field, then times a fixed
 * query mix: cases per second, bytes on disk per case, and latency percentiles per kind of query.
 * Not thread-safe; one run at a time.
 */
public final class IndexBenchmark {
  /** A kind of query and its latencies in milliseconds. */
  public record Latency(String name, double[] millis) {
    public double min() {
      return Arrays.stream(millis).min().orElse(0);
    }

    public double percentile(double p) {
      double[] s = millis.clone();
      Arrays.sort(s);
      int i = (int) Math.ceil(p / 100 * s.length) - 1;
      return s[Math.max(0, Math.min(s.length - 1, i))];
    }
  }

  /** One query of the mix: its kind, the query and its filters, whether facets are counted. */
  public record MixQuery(String kind, String query, List<String> filters, boolean facets) {}

  /**
   * The fixed mix: rare and common single terms, two-word phrases, a term with two filters, and
   * terms with every facet counted over their full result set: common ones (in most cases) and
   * mid-frequency ones (in a few per cent of the items).
   */
  public static final List<MixQuery> MIX = List.of(
      new MixQuery("rare term", "spinolator", List.of(), false),
      new MixQuery("rare term", "vascutherm", List.of(), false),
      new MixQuery("rare term", "fioricet", List.of(), false),
      new MixQuery("common term", "pain", List.of(), false),
      new MixQuery("common term", "request", List.of(), false),
      new MixQuery("common term", "mri", List.of(), false),
      new MixQuery("two-word phrase", "\"physical therapy\"", List.of(), false),
      new MixQuery("two-word phrase", "\"lumbar spine\"", List.of(), false),
      new MixQuery("two-word phrase", "\"epidural injection\"", List.of(), false),
      new MixQuery("term + 2 filters", "mri", List.of("category=Diagnostic Testing", "year=2017"), false),
      new MixQuery("term + 2 filters", "tramadol", List.of("decision=Upheld", "specialty=Family Practice"), false),
      new MixQuery("common term, all facets", "pain", List.of(), true),
      new MixQuery("common term, all facets", "mri", List.of(), true),
      new MixQuery("common term, all facets", "lumbar", List.of(), true),
      new MixQuery("mid term, all facets", "acupuncture", List.of(), true),
      new MixQuery("mid term, all facets", "tramadol", List.of(), true),
      new MixQuery("mid term, all facets", "chiropractic", List.of(), true));

  private final IndexSetup setup;
  private final PrintStream log;

  public IndexBenchmark(IndexSetup setup, PrintStream log) {
    this.setup = setup;
    this.log = log;
  }

  /** Indexes {@code n} cases made from the templates on {@code threads} threads; returns cases per second. */
  public double index(Path dir, List<Case> templates, long n, int threads, double ramMb) throws Exception {
    List<String> texts = new ArrayList<>();
    List<Case> bare = new ArrayList<>();
    for (Case t : templates) {
      texts.add(ClinicalText.of(t));
      bare.add(t.withoutContent());
    }
    CaseSynthesizer synth = new CaseSynthesizer(bare);
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long t0 = System.nanoTime();
    try (CaseIndexer ix = CaseIndexer.open(dir, setup, Integer.MAX_VALUE, ramMb)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        work.add(pool.submit(() -> {
          for (long i; (i = next.getAndIncrement()) < n; ) {
            Case c = synth.make(i);
            ix.add(setup.documents().block(c, c.source().path(), texts.get(synth.templateOf(i))));
            long d = done.incrementAndGet();
            if (d % 100_000 == 0) {
              log.printf(Locale.ROOT, "  %,d cases, %.0f cases/s%n", d, d / ((System.nanoTime() - t0) / 1e9));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      ix.commit();
    }
    return n / ((System.nanoTime() - t0) / 1e9);
  }

  /** Times each query of the mix {@code reps} times after {@code warmups} untimed rounds. */
  public List<Latency> queries(OpenIndex index, int warmups, int reps) throws IOException, ParseException {
    PrecedentSearcher s = new PrecedentSearcher(index, "<b>", "</b>");
    List<String> kinds = new ArrayList<>();
    List<List<Double>> times = new ArrayList<>();
    for (int round = 0; round < warmups + reps; round++) {
      for (MixQuery q : MIX) {
        SearchRequest r = new SearchRequest(q.query(), q.filters().stream().map(FacetFilter::parse).toList(),
            q.facets(), 10, 2);
        long t = System.nanoTime();
        s.search(r);
        double ms = (System.nanoTime() - t) / 1e6;
        if (round >= warmups) {
          int k = kinds.indexOf(q.kind());
          if (k < 0) {
            kinds.add(q.kind());
            times.add(new ArrayList<>());
            k = kinds.size() - 1;
          }
          times.get(k).add(ms);
        }
      }
    }
    List<Latency> out = new ArrayList<>();
    for (int k = 0; k < kinds.size(); k++) {
      out.add(new Latency(kinds.get(k), times.get(k).stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }

  /** Times {@code similar} for each template case (with its text) as the new case. */
  public Latency similar(OpenIndex index, List<Case> templates, int warmups, int reps) throws IOException {
    SimilarCases s = new SimilarCases(index);
    List<CaseProfile> profiles = new ArrayList<>();
    for (Case t : templates) {
      profiles.add(CaseProfile.of(List.of(t), setup.categorizer(), setup.documents()));
    }
    List<Double> ms = new ArrayList<>();
    for (int round = 0; round < warmups + reps; round++) {
      CaseProfile p = profiles.get(round % profiles.size());
      long t = System.nanoTime();
      s.find(p, 10, 10);
      if (round >= warmups) {
        ms.add((System.nanoTime() - t) / 1e6);
      }
    }
    return new Latency("similar", ms.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
