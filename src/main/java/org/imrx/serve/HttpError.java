package org.imrx.serve;

/**
 * A request the server answers with an error status. The message is shown to the client and
 * written nowhere else; it names the reason (and an uploaded file's name where it helps), never
 * document content or a query.
 */
public final class HttpError extends RuntimeException {
  private final int status;

  public HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  public static HttpError notFound(String message) {
    return new HttpError(404, message);
  }
}
