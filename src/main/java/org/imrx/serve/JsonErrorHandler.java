package org.imrx.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.imrx.model.CaseJson;

/**
 * Errors the server itself raises outside a route (a body over the size limit, a malformed
 * request line or header, an unexpected failure) as {@code {status, message}} JSON. The message
 * is a fixed text for the status: Jetty's own message is not passed on, as it may quote the
 * request. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final ServerLimits limits;

  JsonErrorHandler(ServerLimits limits) {
    this.limits = limits;
  }

  String message(int status) {
    return switch (status) {
      case 413 -> "the request is over the size limit (" + limits.maxUploadBytes() + " bytes an upload)";
      case 431 -> "the request headers are too large";
      case 408 -> "the request was not received in time";
      case 500 -> "internal error";
      default -> {
        String reason = HttpStatus.getMessage(status);
        yield reason == null ? "error" : reason.toLowerCase(java.util.Locale.ROOT);
      }
    };
  }

  private byte[] body(int status) {
    return CaseJson.line(new Reply.ErrorBody(status, message(status))).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (Dispatcher.hasBody(request)) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Reply.JSON);
    return ByteBuffer.wrap(body(status));
  }
}
