package org.imrx.serve;

import java.util.List;

/**
 * One route: method, path pattern ({@code /api/cases/{id}}: a brace segment matches one path
 * segment), who may call it, what it answers with when it fails, and the action. Immutable.
 */
public record Route(String method, String pattern, Access access, Kind kind, Action action) {
  /** Who may call a route. */
  public enum Access {
    /** Anyone who can reach the server ({@code /health}, the login form, the style sheet). */
    PUBLIC,
    /** With the access token, where the server has one. */
    TOKEN
  }

  /** What a route answers with, and so how its errors are answered. */
  public enum Kind {
    /** JSON; errors as {@code {status, message}}. */
    API,
    /** An HTML page; errors as a page, and a login form when the token is missing. */
    PAGE
  }

  /** What a route does with a request. */
  @FunctionalInterface
  public interface Action {
    Reply handle(Exchange exchange) throws Exception;
  }

  List<String> segments() {
    return Router.segments(pattern);
  }
}
