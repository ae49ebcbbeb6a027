package org.imrx.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a method and path to a {@link Route}, with the values of its brace segments. Routes
 * are matched in the order added; a literal segment wins over a brace one only by coming first.
 * Immutable once built; thread-safe.
 */
public final class Router {
  private final List<Route> routes;

  public Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public List<Route> routes() {
    return routes;
  }

  /** A route matched to a request, with its path parameters. */
  public record Match(Route route, Map<String, String> params) {}

  /** The route for a method and path, if any. */
  public Optional<Match> match(String method, String path) {
    List<String> parts = segments(path);
    for (Route r : routes) {
      if (r.method().equals(method)) {
        Map<String, String> params = bind(r.segments(), parts);
        if (params != null) {
          return Optional.of(new Match(r, params));
        }
      }
    }
    return Optional.empty();
  }

  /** The route whose pattern matches the path with any method (to tell 405 from 404). */
  public Optional<Route> anyMethod(String path) {
    List<String> parts = segments(path);
    return routes.stream().filter(r -> bind(r.segments(), parts) != null).findFirst();
  }

  private static Map<String, String> bind(List<String> pattern, List<String> parts) {
    if (pattern.size() != parts.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String p = pattern.get(i);
      if (p.startsWith("{") && p.endsWith("}")) {
        String value;
        try {
          value = URLDecoder.decode(parts.get(i).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
        if (value.isEmpty()) {
          return null;
        }
        params.put(p.substring(1, p.length() - 1), value);
      } else if (!p.equals(parts.get(i))) {
        return null;
      }
    }
    return params;
  }

  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/", -1)) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
