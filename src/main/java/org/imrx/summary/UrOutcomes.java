package org.imrx.summary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Utilization review outcomes in the letters' words: {@code non-certified} (denied, not medically
 * necessary), {@code modified}, {@code certified} (authorized, approved); other wording is kept
 * as written. Stateless.
 */
public final class UrOutcomes {
  public static final String NON_CERTIFIED = "non-certified";
  public static final String MODIFIED = "modified";
  public static final String CERTIFIED = "certified";
  private static final Pattern MODIFIED_WORDS = Pattern.compile("modif");
  private static final Pattern DENIED_WORDS = Pattern.compile(
      "non-?certif|not certif|uncertif|deni|denial|not medically necessary|not recommended|reject");
  private static final Pattern CERTIFIED_WORDS = Pattern.compile("certif|approv|authori[sz]");

  private UrOutcomes() {}

  /** The outcome family of a wording (an outcome or a request's status), or null. */
  public static String normalise(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.toLowerCase(Locale.ROOT);
    if (MODIFIED_WORDS.matcher(t).find()) {
      return MODIFIED;
    }
    if (DENIED_WORDS.matcher(t).find()) {
      return NON_CERTIFIED;
    }
    if (CERTIFIED_WORDS.matcher(t).find()) {
      return CERTIFIED;
    }
    return t.strip();
  }

  /** Whether a text states that outcome ("UR Denial Date" states non-certified). */
  public static boolean stated(String outcome, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return switch (outcome) {
      case MODIFIED -> MODIFIED_WORDS.matcher(t).find()
          || (t.contains("original request") && t.contains("authorized"));
      case NON_CERTIFIED -> DENIED_WORDS.matcher(t).find();
      case CERTIFIED -> CERTIFIED_WORDS.matcher(t).find()
          && !t.contains("non-cert") && !t.contains("not cert");
      default -> t.contains(outcome);
    };
  }
}
