package org.imrx.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imrx.model.CaseJson;

/**
 * What a route answers: status, content type, body and extra headers. Routes return a reply
 * instead of writing to the connection, so they stay plain functions. Immutable.
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String HTML = "text/html; charset=utf-8";

  public Reply {
    headers = Map.copyOf(headers);
  }

  public static Reply json(Object value) {
    return json(200, value);
  }

  public static Reply json(int status, Object value) {
    return new Reply(status, JSON, CaseJson.line(value).getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public static Reply html(String page) {
    return html(200, page);
  }

  public static Reply html(int status, String page) {
    return new Reply(status, HTML, page.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** A 303 to a path of this server (never to another site). */
  public static Reply redirect(String path) {
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
      path = "/";
    }
    return new Reply(303, null, new byte[0], Map.of("Location", path));
  }

  /** The error body every route answers with: {@code {status, message}}. */
  public static Reply error(int status, String message) {
    return json(status, new ErrorBody(status, message));
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, body, h);
  }

  /** The JSON of an error. */
  public record ErrorBody(int status, String message) {}
}
