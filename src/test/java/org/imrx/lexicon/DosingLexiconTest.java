package org.imrx.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrx.ConfigurationException;
import org.junit.jupiter.api.Test;

class DosingLexiconTest {
  @Test
  void routesCarryTheirHl7Code() throws ConfigurationException {
    DosingLexicon d = DosingLexicon.load();
    assertEquals(new DosingLexicon.Route("oral", "PO"), d.route("p.o."));
    assertEquals(new DosingLexicon.Route("oral", "PO"), d.route("by mouth"));
    assertEquals(new DosingLexicon.Route("intramuscular", "IM"), d.route("IM"));
    assertEquals(new DosingLexicon.Route("transdermal", "TD"), d.route("transdermally"));
    assertNull(d.route("tablet"));
  }

  @Test
  void frequenciesAndFormsNormalise() throws ConfigurationException {
    DosingLexicon d = DosingLexicon.load();
    assertEquals("BID", d.frequency("b.i.d."));
    assertEquals("QID", d.frequency("q.i.d."));
    assertEquals("HS", d.frequency("q.h.s."));
    assertEquals("PRN", d.frequency("as needed"));
    assertEquals("Q6H", d.frequency("every 6 hours"));
    assertEquals(new DosingLexicon.DoseForm("patch", "transdermal"), d.form("patches"));
    assertEquals(new DosingLexicon.DoseForm("cream", "topical"), d.form("cream base"));
    assertEquals(new DosingLexicon.DoseForm("suspension", null), d.form("suspension"));
  }
}
