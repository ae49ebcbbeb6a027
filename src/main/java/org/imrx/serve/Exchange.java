package org.imrx.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * One request as a route sees it: path parameters, query parameters, headers, and the body read
 * within the server's limits (as uploads for multipart forms). Belongs to one request thread.
 */
public final class Exchange {
  private final Request request;
  private final Map<String, String> params;
  private final UploadReader uploads;
  private final long maxBodyBytes;
  private Fields query;

  Exchange(Request request, Map<String, String> params, UploadReader uploads, long maxBodyBytes) {
    this.request = request;
    this.params = params;
    this.uploads = uploads;
    this.maxBodyBytes = maxBodyBytes;
  }

  public String method() {
    return request.getMethod();
  }

  /** A path parameter of the route ({@code id} of {@code /case/{id}}). */
  public String param(String name) {
    return params.get(name);
  }

  /** The first value of a query (or urlencoded form) parameter, or null. */
  public String query(String name) {
    Fields.Field f = queryFields().get(name);
    return f == null ? null : f.getValue();
  }

  /** Every value of a query parameter, in order. */
  public List<String> queryAll(String name) {
    Fields.Field f = queryFields().get(name);
    return f == null ? List.of() : f.getValues();
  }

  /** A query parameter as an int within bounds; absent gives {@code fallback}. */
  public int queryInt(String name, int fallback, int min, int max) {
    String v = query(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw HttpError.badRequest(name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number");
    }
  }

  /** Whether a boolean query parameter is set ({@code true}, {@code on}, {@code 1}). */
  public boolean flag(String name) {
    String v = query(name);
    return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equals("1"));
  }

  public String header(String name) {
    return request.getHeaders().get(name);
  }

  /** The files of a multipart/form-data body, read within the upload limits. */
  public List<Upload> uploads() {
    return uploads.read(request);
  }

  /** The parameters of an application/x-www-form-urlencoded body (the login form). */
  public Fields form() {
    String type = header("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw new HttpError(415, "expected an application/x-www-form-urlencoded body");
    }
    byte[] body = body();
    Fields fields = new Fields();
    try {
      org.eclipse.jetty.util.UrlEncoded.decodeTo(new String(body, StandardCharsets.UTF_8), fields::add,
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed form body");
    }
    return fields;
  }

  /** The body, refused past the limit for bodies that are not uploads. */
  public byte[] body() {
    try (InputStream in = Request.asInputStream(request)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        throw new HttpError(413, "the request body is over the limit of " + maxBodyBytes + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw HttpError.badRequest("the request body could not be read");
    }
  }


  private Fields queryFields() {
    if (query == null) {
      try {
        query = Request.extractQueryParameters(request);
      } catch (RuntimeException e) {
        throw HttpError.badRequest("malformed query string");
      }
    }
    return query;
  }
}
