package org.imrx.summary;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates as the IMR letters write them: {@code 10-16-16} (month-day-two-digit year, no leading
 * zeros); a month alone as {@code March 2016}, a year alone as {@code 2016}. Stateless.
 */
public final class LetterDateStyle {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private LetterDateStyle() {}

  /** The date as the letters write it; an unrecognised value is returned unchanged. */
  public static String format(String iso) {
    if (iso == null) {
      return null;
    }
    if (DAY.matcher(iso).matches()) {
      LocalDate d = LocalDate.parse(iso);
      return d.getMonthValue() + "-" + d.getDayOfMonth() + "-"
          + String.format(Locale.ROOT, "%02d", d.getYear() % 100);
    }
    if (MONTH.matcher(iso).matches()) {
      int month = Integer.parseInt(iso.substring(5, 7));
      if (month >= 1 && month <= 12) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
            + iso.substring(0, 4);
      }
    }
    return iso;
  }

  /** The preposition a date takes: "on" a day, "in" a month or a year. */
  public static String preposition(String iso) {
    return iso != null && DAY.matcher(iso).matches() ? "on" : "in";
  }

  /** Whether two dates can be the same day: equal, or one a partial date the other falls in. */
  public static boolean compatible(String a, String b) {
    return a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-")
        || (YEAR.matcher(a).matches() && b.startsWith(a)) || (YEAR.matcher(b).matches() && a.startsWith(b));
  }
}
