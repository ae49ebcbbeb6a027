package org.imrx.extract.dates;

import java.util.List;

/**
 * The text with every date found replaced by {@code #} characters, offsets unchanged, so that a
 * pattern can treat "on 10-16-16", "on October 16, 2016" and "on 10/16/2016" alike. Stateless.
 */
public final class DateMask {
  private DateMask() {}

  public static String mask(String text, List<DateMention> dates) {
    if (dates.isEmpty()) {
      return text;
    }
    char[] c = text.toCharArray();
    for (DateMention d : dates) {
      for (int i = d.span().start(); i < d.span().end(); i++) {
        c[i] = '#';
      }
    }
    return new String(c);
  }

  /** The date whose span starts at an offset, or null. */
  public static DateMention at(List<DateMention> dates, int offset) {
    for (DateMention d : dates) {
      if (d.span().start() == offset) {
        return d;
      }
    }
    return null;
  }
}
