package org.imrx.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads the files of a multipart/form-data request with Jetty's parser, within the limits: total
 * bytes, bytes per file, number of parts. Every part is kept in memory (the part size limit is
 * also the in-memory limit, so nothing is written to disk; the private directory given is only
 * the parser's required location). A body that is not well-formed multipart, a part over a limit,
 * or a client that stops sending gives an {@link HttpError} (400, 413 or 408) naming the reason.
 * Thread-safe.
 */
public final class UploadReader {
  private final ServerLimits limits;
  private final MultiPartConfig config;

  public UploadReader(ServerLimits limits, Path privateDir) {
    this.limits = limits;
    this.config = new MultiPartConfig.Builder()
        .location(privateDir)
        .maxParts(limits.maxFiles() + 8)
        .maxSize(limits.maxUploadBytes())
        .maxPartSize(limits.maxFileBytes())
        .maxMemoryPartSize(limits.maxFileBytes())
        .maxHeadersSize(16 * 1024)
        .useFilesForPartsWithoutFileName(false)
        .build();
  }

  /** The uploaded files (parts with a file name, or named {@code file}/{@code files}), in order. */
  public List<Upload> read(Request request) {
    String type = request.getHeaders().get("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new HttpError(415, "expected a multipart/form-data body with the documents as files");
    }
    if (!type.toLowerCase(Locale.ROOT).contains("boundary=")) {
      throw HttpError.badRequest("the multipart/form-data Content-Type has no boundary");
    }
    MultiPartFormData.Parts parts;
    try {
      parts = MultiPartFormData.from(request, request, type, config)
          .get(limits.idleTimeout().toMillis() * 4, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "interrupted while reading the upload");
    } catch (TimeoutException e) {
      throw new HttpError(408, "the upload was not received in time");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    }
    try (parts) {
      List<Upload> out = new ArrayList<>();
      for (MultiPart.Part p : parts) {
        boolean file = p.getFileName() != null || "file".equals(p.getName()) || "files".equals(p.getName());
        if (!file) {
          continue;
        }
        if (out.size() == limits.maxFiles()) {
          throw new HttpError(413, "more than " + limits.maxFiles() + " files in one upload");
        }
        byte[] bytes = bytes(p);
        if (bytes.length == 0 && (p.getFileName() == null || p.getFileName().isEmpty())) {
          continue; // a file input left empty by the browser
        }
        out.add(new Upload(Upload.safeName(p.getFileName(), "upload-" + (out.size() + 1)), bytes));
      }
      if (out.isEmpty()) {
        throw HttpError.badRequest("no files in the upload (send them as parts named \"files\")");
      }
      return out;
    }
  }

  private static byte[] bytes(MultiPart.Part p) {
    try {
      var buffer = Content.Source.asByteBuffer(p.getContentSource());
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw HttpError.badRequest("a part of the upload could not be read");
    }
  }

  /** The error for a failed parse: reasons from the parser's own words, never the body. */
  HttpError failure(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof HttpError h) {
        return h;
      }
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if ((t instanceof HttpException h && h.getCode() == 413) || m.contains("max") && (m.contains("size")
          || m.contains("length") || m.contains("exceeded") || m.contains("parts"))) {
        return new HttpError(413, "the upload is over the server's limits: at most " + limits.maxFiles()
            + " files, " + limits.maxFileBytes() + " bytes a file, " + limits.maxUploadBytes() + " bytes in all");
      }
      if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException
          || m.contains("idle timeout")) {
        return new HttpError(408, "the upload stopped before it was complete");
      }
      if (t instanceof java.io.EOFException || m.contains("eof") || m.contains("early")) {
        return HttpError.badRequest("malformed multipart/form-data: the body ends before its closing boundary");
      }
      if (t instanceof BadMessageException) {
        return HttpError.badRequest("malformed multipart/form-data body");
      }
    }
    return HttpError.badRequest("malformed multipart/form-data body");
  }
}
