package org.imrx.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.model.DocumentType;

/**
 * Classifies by the marks each kind of document carries: a determination's fixed headings, a
 * utilization review letter's certification language, a medical record's clinical headings and
 * vocabulary. Stateless and thread-safe.
 */
public final class RuleDocumentClassifier implements DocumentClassifier {
  private static final Pattern DETERMINATION = Pattern.compile(
      "(?i)IMR ISSUES,? DECISIONS,? AND RATIONALES?|HOW THE (?:IMR )?FINAL DETERMINATION WAS MADE"
          + "|Independent Medical Review.{0,200}Final Determination");
  private static final Pattern UR_LETTER = Pattern.compile(
      "(?i)utilization review (?:determination|decision|notice|physician advisor)|notice of (?:utilization review|"
          + "non-?certification|modification)|(?:request|treatment) (?:is|has been|was) (?:non-?certified|"
          + "certified|modified|denied)|non-?certif(?:y|ied|ication) of");
  private static final Pattern UR_LETTER_FORM = Pattern.compile(
      "(?i)\\bDear\\b|\\bRE:|right to (?:request|appeal)|Independent Medical Review");
  private static final Pattern CLINICAL = Pattern.compile(
      "(?im)^\\s*(?:HISTORY(?: OF PRESENT ILLNESS)?|CHIEF COMPLAINT|PHYSICAL EXAM(?:INATION)?|"
          + "EXAM(?:INATION)?|IMPRESSION|ASSESSMENT|DIAGNOS[IE]S|PLAN|MEDICATIONS|FINDINGS|"
          + "SUBJECTIVE|OBJECTIVE|PROCEDURE|TECHNIQUE|REASON FOR (?:CONSULT|VISIT|EXAM)|"
          + "PAST MEDICAL HISTORY|WORK STATUS|DIAGNOSTIC STUDIES|HPI|ROS)\\b[^\\n]{0,40}:?");

  @Override
  public DocumentType classify(String text) {
    String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    if (DETERMINATION.matcher(head).find()) {
      return DocumentType.IMR_DETERMINATION;
    }
    if (UR_LETTER.matcher(head).find() && UR_LETTER_FORM.matcher(head).find()) {
      return DocumentType.UR_LETTER;
    }
    Matcher m = CLINICAL.matcher(head);
    int headings = 0;
    while (m.find() && headings < 2) {
      headings++;
    }
    return headings >= 2 ? DocumentType.MEDICAL_RECORD : DocumentType.OTHER;
  }
}
