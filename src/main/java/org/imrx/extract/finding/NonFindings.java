package org.imrx.extract.finding;

import java.util.regex.Pattern;

/**
 * What an exam passage can say that is no finding of the examination: the examinee's manner
 * ("pleasant and cooperative"), an examination not done ("rectal exam deferred", "memory not
 * tested"), hearsay ("reportedly normal"), devices worn or dressings applied ("knee brace",
 * "dressing"), teaching, the examinee's clothing, what the examinee reports ("endorsed
 * delusions"), and a bare result with nothing it is said of ("none", "otherwise intact"). Stateless and thread-safe.
 */
final class NonFindings {
  private static final Pattern MANNER = Pattern.compile("(?i)(?:(?:very|quite|extremely)\\s+)?"
      + "(?:pleasant|cooperative|friendly|polite|nice|talkative|engaging|courteous)"
      + "(?:\\s*(?:,|and|,\\s*and)\\s*(?:very\\s+)?(?:pleasant|cooperative|friendly|polite|nice|talkative"
      + "|engaging|courteous))*");
  private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:not\\s+(?:done|performed|tested"
      + "|assessed|examined|evaluated|obtained|checked|attempted)|did\\s+not\\s+(?:assess|test|examine"
      + "|check|perform|evaluate)|deferred|no\\s+mention|unable\\s+to\\s+(?:assess|test|examine|obtain)|reportedly)\\b");
  private static final Pattern DEVICE = Pattern.compile("(?i)^(?:(?:is|was|currently|still)\\s+)?"
      + "(?:wearing|using|uses|in)?\\s*(?:an?\\s+|his\\s+|her\\s+|the\\s+)?"
      + "(?:[\\w-]+\\s+){0,3}?(?:brace|braces|splint|sling|cast|collar|boot|immobilizer|walker|cane"
      + "|crutches|wheelchair|dressing|dressings|bandage|ace\\s+wrap|tens\\s+unit|orthotics?)\\b"
      + "(?!\\s+(?:site|sites|removed))");
  private static final Pattern TEACHING = Pattern.compile("(?i)\\b(?:instruct\\w*|educat\\w*|taught"
      + "|counsel\\w*|advised|explained|discussed|reviewed\\s+with)\\b|^dressed\\s+in\\b");
  private static final Pattern BARE = Pattern.compile("(?i)\\W*(?:otherwise\\W+)?(?:none|no|not|negative"
      + "|positive|n/a|intact|normal|unremarkable|within normal limits|wnl)\\W*");
  /** "endorsed paranoid delusions": the examinee's report, not the examiner's finding. */
  private static final Pattern REPORTED = Pattern.compile("(?i)^(?:endorse[sd]?|denie[sd]|deny|reports?"
      + "|reported|complain\\w*|states?|stated|feels?|felt|describes?|described|admits?|admitted)\\b");

  private NonFindings() {}

  /** Whether a finding's words say nothing the examiner found. */
  static boolean matches(String finding) {
    return MANNER.matcher(finding).matches() || BARE.matcher(finding).matches()
        || NOT_DONE.matcher(finding).find() || DEVICE.matcher(finding).find()
        || TEACHING.matcher(finding).find() || REPORTED.matcher(finding).find();
  }
}
