package org.imrx.serve;

import java.time.Duration;

/**
 * What one request may cost the server: bytes of an upload (all its files), bytes of one file,
 * files per upload, bytes of any other request body, how long a connection may sit idle (a client
 * that stops sending mid-upload is cut off then), and how many requests may extract documents at
 * once (the rest wait up to {@code busyWait}, then get 503). Immutable.
 */
public record ServerLimits(long maxUploadBytes, long maxFileBytes, int maxFiles, long maxBodyBytes,
    Duration idleTimeout, int extractions, Duration busyWait) {
  /** 50 MiB an upload, 25 MiB a file, 20 files, 1 MiB other bodies, 30 s idle. */
  public static final ServerLimits DEFAULT = new ServerLimits(50L << 20, 25L << 20, 20, 1L << 20,
      Duration.ofSeconds(30), Math.max(2, Runtime.getRuntime().availableProcessors()),
      Duration.ofSeconds(60));

  public ServerLimits {
    if (maxUploadBytes <= 0 || maxFileBytes <= 0 || maxFiles <= 0 || maxBodyBytes <= 0
        || extractions <= 0 || idleTimeout.isNegative() || idleTimeout.isZero() || busyWait.isNegative()) {
      throw new IllegalArgumentException("server limits must be positive");
    }
  }

  public ServerLimits withUpload(long uploadBytes, long fileBytes, int files) {
    return new ServerLimits(uploadBytes, fileBytes, files, maxBodyBytes, idleTimeout, extractions, busyWait);
  }

  public ServerLimits withIdleTimeout(Duration idle) {
    return new ServerLimits(maxUploadBytes, maxFileBytes, maxFiles, maxBodyBytes, idle, extractions, busyWait);
  }
}
