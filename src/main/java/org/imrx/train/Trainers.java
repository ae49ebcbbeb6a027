package org.imrx.train;

import java.util.List;
import java.util.Optional;

/** The registry of every model the project trains; {@code imrx train} runs them in this order. */
public final class Trainers {
  private static final List<Trainer> ALL = List.of(new SentenceModelTrainer(),
      new ConceptModelTrainer());

  private Trainers() {}

  public static List<Trainer> all() {
    return ALL;
  }

  public static Optional<Trainer> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
