package org.imrx.summary.eval;

import java.util.Optional;
import org.imrx.text.LetterSectioner;
import org.imrx.text.Section;

/**
 * A determination letter's own CLINICAL CASE SUMMARY (without its opening boilerplate), to set
 * a draft beside it. Stateless and thread-safe.
 */
public final class LetterSummarySection {
  private final LetterSectioner sectioner = new LetterSectioner();

  public Optional<String> of(String letterText) {
    return sectioner.sections(letterText).stream().filter(s -> s.name().equals("summary")).findFirst()
        .map(Section::body).map(b -> b.text(letterText).strip());
  }
}
