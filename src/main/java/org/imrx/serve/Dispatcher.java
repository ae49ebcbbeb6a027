package org.imrx.serve;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.imrx.serve.web.Pages;
import org.imrx.serve.web.WebRoutes;

/**
 * Every request passes here: the safety checks in order (Host header on a server without token,
 * same-origin for requests that change something, the access token), then the route, then the
 * reply with the security headers every response carries. A route that fails with
 * {@link HttpError} answers with that status; anything else is a 500 whose message names no
 * detail. Thread-safe.
 */
final class Dispatcher extends Handler.Abstract {
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self';"
          + " img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin");

  private final Router router;
  private final AccessToken token;
  private final UploadReader uploads;
  private final ServerLimits limits;

  Dispatcher(Router router, AccessToken token, UploadReader uploads, ServerLimits limits) {
    this.router = router;
    this.token = token;
    this.uploads = uploads;
    this.limits = limits;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getPath();
    Optional<Router.Match> match = router.match(request.getMethod(), path);
    Route.Kind kind = match.map(m -> m.route().kind())
        .orElse(path.startsWith("/api/") || path.endsWith(".json") ? Route.Kind.API : Route.Kind.PAGE);
    Reply reply;
    try {
      reply = answer(request, match, path);
    } catch (HttpError e) {
      reply = kind == Route.Kind.API ? Reply.error(e.status(), e.getMessage())
          : Reply.html(e.status(), Pages.error(e.status(), e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      // The exception may quote a document or a query: the client learns only that it failed.
      reply = kind == Route.Kind.API ? Reply.error(500, "internal error")
          : Reply.html(500, Pages.error(500, "internal error"));
    }
    if (reply.status() >= 400 && hasBody(request)) {
      // The body may be left unread; the connection is closed after the answer, and the client told so.
      reply = reply.withHeader("Connection", "close");
    }
    write(reply, response, callback);
    return true;
  }

  private Reply answer(Request request, Optional<Router.Match> match, String path) throws Exception {
    if (token == null && !loopbackHost(request.getHeaders().get(HttpHeader.HOST))) {
      // Without a token only loopback clients are served; a foreign Host is DNS rebinding.
      throw new HttpError(421, "this server answers only to localhost, 127.0.0.1 or [::1]");
    }
    if (match.isEmpty()) {
      if (router.anyMethod(path).isPresent()) {
        throw new HttpError(405, "method not allowed");
      }
      throw HttpError.notFound("no such page or endpoint");
    }
    Route route = match.get().route();
    if (!"GET".equals(route.method()) && !sameOrigin(request)) {
      throw new HttpError(403, "cross-origin request refused");
    }
    if (token != null && route.access() == Route.Access.TOKEN && !authorized(request)) {
      if (route.kind() == Route.Kind.PAGE && "GET".equals(route.method())) {
        String q = request.getHttpURI().getQuery();
        return Reply.redirect("/login?next=" + java.net.URLEncoder.encode(
            path + (q == null ? "" : "?" + q), java.nio.charset.StandardCharsets.UTF_8));
      }
      return Reply.error(401, "missing or wrong access token (send Authorization: Bearer TOKEN)")
          .withHeader("WWW-Authenticate", "Bearer realm=\"imrx\"");
    }
    return route.action().handle(new Exchange(request, match.get().params(), uploads, limits.maxBodyBytes()));
  }

  private boolean authorized(Request request) {
    String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return token.matches(auth.substring(7).strip());
    }
    for (HttpCookie c : Request.getCookies(request)) {
      if (WebRoutes.SESSION_COOKIE.equals(c.getName()) && token.matchesSession(c.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a request that changes something comes from this server's own pages (or no browser). */
  private static boolean sameOrigin(Request request) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) {
      String site = request.getHeaders().get("Sec-Fetch-Site");
      return site == null || site.equals("same-origin") || site.equals("none");
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    int scheme = origin.indexOf("://");
    return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
  }

  static boolean hasBody(Request request) {
    return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  static boolean loopbackHost(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      h = end < 0 ? h : h.substring(0, end + 1);
    } else if (h.indexOf(':') >= 0) {
      h = h.substring(0, h.indexOf(':'));
    }
    return BindPolicy.isLoopback(h);
  }

  private static void write(Reply reply, Response response, Callback callback) {
    response.setStatus(reply.status());
    SECURITY_HEADERS.forEach((k, v) -> response.getHeaders().put(k, v));
    if (!reply.headers().containsKey("Cache-Control")) {
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }
    reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
    if (reply.contentType() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
