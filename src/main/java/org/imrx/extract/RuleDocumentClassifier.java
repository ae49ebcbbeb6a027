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
      "(?im)^[ \\t]*(?:[A-Z]+[ /])?(?:HISTORY(?: OF PRESENT ILLNESS)?|CHIEF COMPLAINTS?|PHYSICAL EXAM(?:INATION)?|"
          + "EXAM(?:INATION)?|IMPRESSIONS?|ASSESSMENT|DIAGNOS[IE]S|PLAN|MEDICATIONS|FINDINGS|"
          + "SUBJECTIVE|OBJECTIVE|PROCEDURES?|TECHNIQUE|REASON FOR (?:CONSULT(?:ATION)?|VISIT|EXAM)|"
          + "PAST MEDICAL HISTORY|WORK STATUS|DIAGNOSTIC STUDIES|HPI|ROS|OPERATION|ANESTHESIA|"
          + "INDICATIONS?|CONCLUSIONS?|DISPOSITION|ALLERGIES|VITAL SIGNS|RECOMMENDATIONS?|"
          + "COMPLICATIONS|SPECIMENS?|CLINICAL HISTORY|COMPARISON|HISTORY)\\b[^\\n]{0,40}:?");
  /** Words of clinical prose: a letter between clinicians has few headings but many of these. */
  private static final Pattern CLINICAL_WORD = Pattern.compile(
      "(?i)\\b(?:patients?|diagnos[ie]s|diagnosed|exam(?:ination)?|evaluat(?:ed|ion)|treat(?:ment|ed)|"
          + "symptoms?|pain|history|mg|injur(?:y|ies)|physician|surgery|surgical|operative|"
          + "medications?|follow-?up|clinic|therapy|tenderness|MRI|CT|x-?rays?|ultrasound|"
          + "spine|disc|reflexes|strength|injections?|fracture|lesion|normal|abnormal|"
          + "postoperative(?:ly)?|procedure|mm|cm|anterior|posterior|lateral|bilateral)\\b");

  @Override
  public DocumentType classify(String text) {
    String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    if (DETERMINATION.matcher(head).find()) {
      return DocumentType.IMR_DETERMINATION;
    }
    if (UR_LETTER.matcher(head).find() && UR_LETTER_FORM.matcher(head).find()) {
      return DocumentType.UR_LETTER;
    }
    if (count(CLINICAL, head, 2) >= 2 || count(CLINICAL_WORD, head, 6) >= 6) {
      return DocumentType.MEDICAL_RECORD;
    }
    return DocumentType.OTHER;
  }

  private static int count(Pattern p, String text, int enough) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (n < enough && m.find()) {
      n++;
    }
    return n;
  }
}
