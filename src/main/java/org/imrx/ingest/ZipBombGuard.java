package org.imrx.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Refuses a zip container (DOCX, ODT) whose parts expand far beyond its size before any parser
 * inflates them: Tika turns off POI's own inflate-ratio check, and the DOCX parser builds the
 * whole document in memory, so a small file whose document.xml inflates to gigabytes would exhaust
 * the heap. The parts are inflated once through a small buffer, counting bytes, and the count
 * stops at the limit. Stateless and thread-safe.
 */
final class ZipBombGuard {
  /** Parts may expand this many times the container's size ... */
  static final int MAX_RATIO = 100;
  /** ... once they are past this many bytes (small files compress well too). */
  static final long GRACE_BYTES = 16L * 1024 * 1024;

  private ZipBombGuard() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /**
   * Throws when the container's parts expand more than {@link #MAX_RATIO} times its size. A
   * container that cannot be read through is left to the parser, which reports it.
   */
  static void check(String name, byte[] bytes)
      throws CorruptDocumentException, DocumentTimeoutException {
    if (!isZip(bytes)) {
      return;
    }
    long limit = Math.max(GRACE_BYTES, (long) MAX_RATIO * bytes.length);
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      while (zip.getNextEntry() != null) {
        for (int n; (n = zip.read(buffer)) > 0; ) {
          inflated += n;
          if (inflated > limit) {
            throw new CorruptDocumentException(name + ": a zip bomb (its parts expand to more than "
                + MAX_RATIO + " times the file's size)");
          }
          if (Thread.currentThread().isInterrupted()) {
            throw new DocumentTimeoutException(name + ": reading was stopped at the time limit");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // Damaged containers are the parser's to report, with the reason it finds.
    }
  }
}
