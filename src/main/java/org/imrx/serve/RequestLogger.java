package org.imrx.serve;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * The server's request log: time, method, the route's pattern (never the path as requested, so
 * no case id, file name or query string), status, milliseconds and bytes sent. Requests that
 * match no route are logged as {@code -}. Thread-safe.
 */
final class RequestLogger implements RequestLog {
  private static final Set<String> METHODS = Set.of("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH");

  private final PrintStream out;
  private final Router router;

  RequestLogger(PrintStream out, Router router) {
    this.out = out;
    this.router = router;
  }

  @Override
  public void log(Request request, Response response) {
    String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
    String route = router.match(request.getMethod(), request.getHttpURI().getPath())
        .map(m -> m.route().pattern()).orElse("-");
    long ms = Math.max(0, System.currentTimeMillis() - Request.getTimeStamp(request));
    String line = String.format(java.util.Locale.ROOT, "imrx serve: %s %s %s %d %d ms %d B",
        Instant.now().truncatedTo(ChronoUnit.SECONDS), method, route, response.getStatus(), ms,
        Response.getContentBytesWritten(response));
    synchronized (out) {
      out.println(line);
    }
  }
}
