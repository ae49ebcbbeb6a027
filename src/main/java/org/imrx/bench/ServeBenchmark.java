package org.imrx.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.imrx.serve.BindPolicy;

/**
 * A load test of a running {@code imrx serve} on loopback: {@code clients} concurrent clients,
 * each sending its next request as soon as the last one is answered, for a fixed time; then the
 * requests per second, latency percentiles and errors (any answer but 200, or no answer). The
 * request loops stop by themselves at the deadline. Refuses any address but loopback. One run at
 * a time.
 */
public final class ServeBenchmark {
  /** Search queries sent in turn: terms, phrases, a filter, an empty query with facets. */
  static final List<String> SEARCHES = List.of("q=physical%20therapy", "q=MRI", "q=%22lumbar%20spine%22",
      "q=tramadol", "q=knee&f=outcome:OVERTURNED", "q=", "q=acupuncture&page=2", "q=injection%20OR%20brace");

  private final URI base;
  private final String token;
  private final int clients;
  private final Duration duration;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  public ServeBenchmark(URI base, String token, int clients, Duration duration) {
    if (!BindPolicy.isLoopback(base.getHost())) {
      throw new IllegalArgumentException("the load test only targets loopback (127.0.0.1, ::1, localhost)");
    }
    this.base = base;
    this.token = token;
    this.clients = clients;
    this.duration = duration;
  }

  /** What one phase measured. */
  public record Result(String name, long requests, long errors, double seconds, long[] latencyNanos) {
    public double perSecond() {
      return requests / seconds;
    }

    public double percentileMs(double p) {
      if (latencyNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100 * latencyNanos.length) - 1;
      return latencyNanos[Math.max(0, Math.min(latencyNanos.length - 1, i))] / 1e6;
    }

    public String line() {
      return String.format(Locale.ROOT, "%-8s %7d requests in %.1f s: %8.1f req/s, p50 %7.1f ms, p99 %7.1f ms,"
          + " max %7.1f ms, errors %d", name, requests, seconds, perSecond(), percentileMs(50), percentileMs(99),
          percentileMs(100), errors);
    }
  }

  /** {@code GET /api/search} over the query mix. */
  public Result search() throws InterruptedException {
    return run("search", n -> request("api/search?" + SEARCHES.get(n % SEARCHES.size())).GET().build());
  }

  /** {@code POST /api/extract} of each document in turn, one a request. */
  public Result extract(List<String> names, List<byte[]> documents) throws InterruptedException {
    List<byte[]> bodies = new ArrayList<>();
    String boundary = "imrxbench" + UUID.randomUUID().toString().replace("-", "");
    for (int i = 0; i < documents.size(); i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
          + names.get(i).replaceAll("[\"\\r\\n]", "_") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(documents.get(i));
      out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      bodies.add(out.toByteArray());
    }
    return run("extract", n -> request("api/extract").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(n % bodies.size()))).build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private Result run(String name, IntFunction<HttpRequest> next) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong errors = new AtomicLong();
    AtomicLong counter = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] lat = new long[1024];
        int n = 0;
        while (System.nanoTime() < deadline) {
          HttpRequest r = next.apply((int) counter.getAndIncrement());
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (java.io.IOException e) {
            errors.incrementAndGet();
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    try {
      for (Future<long[]> f : futures) {
        all.add(f.get());
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, lat.length, errors.get(), seconds, lat);
  }
}
