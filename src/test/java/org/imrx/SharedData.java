package org.imrx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the workplace's shared corpus and lexicons ({@code ../shared} beside the
 * project root, or {@code -Dimrx.shared=DIR}). Tests that need them skip with a message where
 * they are absent, as in a user's clone.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("imrx.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().resolve("../shared").normalize();
    return p;
  }

  /** A path under the shared folder; the calling test is skipped when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "skipping: " + p + " not found (the shared corpus is not beside this clone)");
    return p;
  }

  /** A path of the project itself (test resources, corpus); skipped when it does not exist. */
  public static Path requireLocal(String relative) {
    Path p = Path.of(relative).toAbsolutePath();
    assumeTrue(Files.exists(p), "skipping: " + p + " not found");
    return p;
  }
}
