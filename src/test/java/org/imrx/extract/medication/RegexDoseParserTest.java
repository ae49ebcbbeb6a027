package org.imrx.extract.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.DosingLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegexDoseParserTest {
  private static RegexDoseParser parser;

  @BeforeAll
  static void load() throws ConfigurationException {
    parser = new RegexDoseParser(DosingLexicon.load());
  }

  /** The dose after the drug name that opens {@code text} (its first word). */
  private static Dose after(String name, String text) {
    assertTrue(text.startsWith(name));
    Dose d = parser.parse(text, name.length(), text.length());
    for (DoseAttribute a : new DoseAttribute[] {d.strength(), d.form(), d.route(), d.frequency(), d.quantity()}) {
      if (a != null) {
        assertEquals(a.text(), a.span().text(text), "an attribute is its span's text");
      }
    }
    return d;
  }

  private static String text(DoseAttribute a) {
    return a == null ? null : a.text();
  }

  @Test
  void strengthsAsWritten() {
    assertEquals("10/325mg", text(after("Norco", "Norco 10/325mg #60").strength()));
    assertEquals("10/325", text(after("Norco", "Norco 10/325 #120").strength()));
    assertEquals("5 mg", text(after("Valium", "Valium 5 mg at bedtime").strength()));
    assertEquals("1.3%", text(after("Flector", "Flector 1.3% transdermal patch").strength()));
    assertEquals("320.5/30/16mg", text(after("Trezix", "Trezix 320.5/30/16mg #60").strength()));
    assertEquals("7.5-325mg", text(after("Norco", "Norco 7.5-325mg #112").strength()));
    assertEquals("10mg/1ml", text(after("Synapryn", "Synapryn (10mg/1ml oral suspension) 500ml").strength()));
    assertEquals("300mg/g", text(after("Diclofenac", "Diclofenac 300mg/g #1").strength()));
    assertEquals("50/12.5", text(after("Hyzaar", "Hyzaar 50/12.5 daily").strength()));
    assertEquals("250 mcg", text(after("Duragesic", "Duragesic patch 250 mcg").strength()));
    assertEquals("20 mEq", text(after("K-Dur", "K-Dur 20 mEq daily").strength()));
  }

  @Test
  void numbersThatAreNoStrength() {
    assertNull(after("Norco", "Norco on 3/28/11 helped").strength());
    assertNull(after("Norco", "Norco 1-2 tabs every 6 hours").strength());
    assertNull(after("Soma", "Soma was stopped 2/2016").strength());
    assertNull(after("Norco", "Norco #60").strength());
  }

  @Test
  void routesFromHl7AndClinicians() {
    assertEquals("oral", after("Norco", "Norco 5/325mg 1 tab po q6h").route().normal());
    assertEquals("po", after("Norco", "Norco 5/325mg 1 tab po q6h").route().text());
    assertEquals("oral", after("Norco", "Norco 5/325mg, 1-2 tabs by mouth").route().normal());
    assertEquals("intramuscular", after("Toradol", "Toradol 60 mg IM x1").route().normal());
    assertEquals("transdermal", after("Flector", "Flector 1.3% transdermal patch").route().normal());
    assertEquals("sublingual", after("Suboxone", "Suboxone 8/2 mg sublingually daily").route().normal());
    assertEquals("topical", after("Voltaren", "Voltaren gel applied topically q.i.d.").route().normal());
  }

  @Test
  void frequenciesNormalised() {
    assertEquals("BID", after("Gabapentin", "Gabapentin 300 mg BID").frequency().normal());
    assertEquals("TID", after("Gabapentin", "Gabapentin 300 mg t.i.d.").frequency().normal());
    assertEquals("QID", after("Tylenol", "Tylenol 650mg q.i.d.").frequency().normal());
    assertEquals("HS", after("Ambien", "Ambien 10 mg q.h.s.").frequency().normal());
    assertEquals("BID PRN", after("Norco", "Norco 5/325 one tablet twice daily as needed for pain").frequency().normal());
    DoseAttribute f = after("Norco", "Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed").frequency();
    assertEquals("every 4-6 hrs as needed", f.text());
    assertEquals("Q4-6H PRN", f.normal());
    assertEquals("Q6H PRN", after("Tramadol", "Tramadol 50mg every 6 hours as needed").frequency().normal());
    assertEquals("Q5H", after("Tramadol", "Tramadol 50mg every 5 hours").frequency().normal());
    assertEquals("TID", after("Lorzone", "Lorzone 750mg one by mouth three times a day #45").frequency().normal());
    assertEquals("5 TIMES DAILY", after("Advil", "Advil 200mg 5 times a day").frequency().normal());
    assertEquals("TIW", after("Methotrexate", "Methotrexate 2.5 mg 3x/week").frequency().normal());
  }

  @Test
  void quantities() {
    DoseAttribute q = after("Norflex", "Norflex 100mg #60").quantity();
    assertEquals("#60", q.text());
    assertEquals("60", q.normal());
    assertEquals("QTY: 2", text(after("Lidoderm", "Lidoderm 5% QTY: 2").quantity()));
    assertEquals("quantity 10", text(after("Ultram", "Ultram 50 mg, quantity 10").quantity()));
    assertEquals("240 grams", text(after("Ketoprofen", "Ketoprofen 20%, 240 grams").quantity()));
    assertEquals("500ml", text(after("Synapryn", "Synapryn (10mg/1ml oral suspension) 500ml").quantity()));
    assertNull(after("Norco", "Norco 10/325 one tab q6h").quantity());
  }

  @Test
  void formsWithTheirNames() {
    assertEquals("patch", after("Lidocaine", "Lidocaine 5% patch #1").form().normal());
    assertEquals("tablet", after("Norco", "Norco 5/325mg oral tablet").form().normal());
    assertEquals("cream", after("Ketoprofen", "Ketoprofen 20% in cream base").form().normal());
  }

  @Test
  void theWindowIsBoundedAndStopsAtTheSentence() {
    String far = "Norco" + " ".repeat(RegexDoseParser.WINDOW) + "10 mg bid #60";
    assertTrue(parser.parse(far, 5, far.length()).isEmpty());
    Dose d = after("Norco", "Norco helped. Gabapentin 300 mg BID #90");
    assertTrue(d.isEmpty(), d::toString);
    Dose stopped = parser.parse("Norco 10/325 Soma 350 mg tid", 5, 12);
    assertNull(stopped.frequency());
    assertEquals("10/325", stopped.strength().text());
  }

  @Test
  void spanCoversTheAttributes() {
    Dose d = after("Norco", "Norco 10/325mg po bid #60 then stop");
    assertEquals(6, d.span().start());
    assertEquals("Norco 10/325mg po bid #60".length(), d.span().end());
    assertNull(Dose.NONE.span());
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(7);
    String alphabet = "0123456789./-%# mgmcgqhdbidtid po IM every hours x times a day QTY:\n;.";
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(300); i > 0; i--) {
        sb.append(r.nextInt(5) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int from = s.isEmpty() ? 0 : r.nextInt(s.length());
      Dose d = parser.parse(s, from, s.length());
      if (!d.isEmpty()) {
        assertTrue(d.span().start() >= from && d.span().end() <= Math.min(s.length(), from + RegexDoseParser.WINDOW));
      }
    }
  }
}
