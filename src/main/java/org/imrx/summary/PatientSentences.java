package org.imrx.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Who the worker is, when and how the injury happened: "The injured worker is a 27 year old
 * female who sustained an industrial injury on 10-16-16." Values the records disagree on are
 * stated too ("The records also give the date of injury as 10-18-16.") and listed as conflicts.
 * Stateless.
 */
final class PatientSentences {
  void write(DraftWriter out) {
    MergedCase m = out.merged;
    Attested<Integer> age = m.ages().isEmpty() ? null : m.ages().get(0);
    Attested<String> sex = m.sexes().isEmpty() ? null : m.sexes().get(0);
    Attested<String> injury = m.injuryDates().isEmpty() ? null : m.injuryDates().get(0);
    SentenceBuilder b = out.sentence("patient");
    if (age != null || sex != null) {
      b.say("The injured worker is ");
      if (age != null && sex != null) {
        b.say("a ").fact(FactType.AGE, age.value().toString(), age.value().toString(), age.evidence())
            .say(" year old ").fact(FactType.SEX, sex.value(), sex.value(), sex.evidence());
        if (injury != null) {
          b.say(" who sustained an industrial injury ");
        }
      } else if (age != null) {
        b.fact(FactType.AGE, age.value().toString(), age.value().toString(), age.evidence())
            .say(" years old");
        if (injury != null) {
          b.say(" and sustained an industrial injury ");
        }
      } else {
        b.say("a ").fact(FactType.SEX, sex.value(), sex.value(), sex.evidence());
        if (injury != null) {
          b.say(" who sustained an industrial injury ");
        }
      }
    } else if (injury != null) {
      b.say("The injured worker sustained an industrial injury ");
    }
    if (injury != null) {
      b.say(LetterDateStyle.preposition(injury.value()) + " ")
          .fact(FactType.INJURY_DATE, LetterDateStyle.format(injury.value()), injury.value(),
              injury.evidence());
    }
    out.add(b);
    if (age == null) {
      out.missing("patient", null, "age",
          "The worker's age is not documented: look for it in the first report of injury or a progress report.");
    }
    if (sex == null) {
      out.missing("patient", null, "sex",
          "The worker's sex is not documented: look for it in the first report of injury or a progress report.");
    }
    if (injury == null) {
      out.missing("injury", "The date of injury is not documented.", "injury-date",
          "No date of injury is documented: look for the claim form (DWC-1), the Doctor's First Report"
              + " of Occupational Injury or the application's header.");
    }
    conflict(out, "injury-date", "date of injury", m.injuryDates(), LetterDateStyle::format, FactType.INJURY_DATE);
    conflict(out, "age", "age", m.ages(), String::valueOf, FactType.AGE);
    conflict(out, "sex", "sex", m.sexes(), s -> s, FactType.SEX);
    mechanism(out, m);
  }

  private static final java.util.regex.Pattern CONNECTIVE = java.util.regex.Pattern.compile(
      "(?i)(?:while|when|after|as|from|during|due to|in a|by)\\b");
  private static final java.util.regex.Pattern GERUND = java.util.regex.Pattern.compile("(?i)[a-z]+ing\\b");

  private static <T> void conflict(DraftWriter out, String field, String name, List<Attested<T>> values,
      Function<T, String> shown, FactType type) {
    if (values.size() < 2) {
      return;
    }
    List<Conflict.Value> cv = new ArrayList<>();
    for (Attested<T> a : values) {
      cv.add(new Conflict.Value(a.value().toString(), shown.apply(a.value()), a.evidence()));
    }
    out.conflicts.add(new Conflict(field, cv));
    SentenceBuilder b = out.sentence("conflict").say("The records also give the " + name + " as ");
    b.list(values.subList(1, values.size()),
        (s, a) -> s.fact(type, shown.apply(a.value()), a.value().toString(), a.evidence()));
    out.add(b);
  }

  private static void mechanism(DraftWriter out, MergedCase m) {
    if (m.mechanisms().isEmpty()) {
      out.missing("injury", null, "mechanism",
          "The mechanism of injury is not documented: look for it in the first report of injury or the"
              + " initial evaluation.");
      return;
    }
    // "while lifting a pallet" reads as how the injury occurred; "a fall" as what it was.
    String only = m.mechanisms().size() == 1 ? m.mechanisms().get(0).value() : "";
    String opening = CONNECTIVE.matcher(only).lookingAt() ? "The injury occurred "
        : GERUND.matcher(only).lookingAt() ? "The injury occurred while "
        : "The mechanism of injury was documented as ";
    SentenceBuilder b = out.sentence("injury").say(opening);
    b.list(m.mechanisms(), (s, a) -> s.fact(FactType.MECHANISM, a.value(), null, a.evidence()));
    out.add(b);
  }
}
