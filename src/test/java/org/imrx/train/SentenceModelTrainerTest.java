package org.imrx.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrx.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceModelTrainerTest {
  @Test
  void theRegistryKnowsTheSentenceTrainer() {
    assertTrue(Trainers.named("sentences").isPresent());
    assertTrue(Trainers.named("nothing").isEmpty());
  }

  @Test
  @Tag("slow")
  void trainCommandReportsCrossValidationAndWritesOnlyABetterModel(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"train", "--out", dir.toString(), "--only", "sentences"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("cross-validation by document"), report);
    assertTrue(report.contains("Apache English model: P "), report);
    boolean written = Files.exists(dir.resolve(SentenceModelTrainer.MODEL));
    assertEquals(written, report.contains("wrote "), report);
  }

  @Test
  void anUnknownModelIsAConfigurationError(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"train", "--out", dir.toString(), "--only", "nothing"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(3, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no trained model named"));
  }
}
