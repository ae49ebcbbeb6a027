package org.imrx.eval;

import static org.imrx.eval.Fixtures.G;
import static org.imrx.eval.Fixtures.M;
import static org.imrx.eval.Fixtures.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.imrx.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldStoreTest {
  @TempDir Path tmp;

  @Test
  void loadsAndKeysByCaseNumberElseFileStem() throws Exception {
    GoldStore s = GoldStore.load(Fixtures.goldDir(tmp, obj(G), obj(M)));
    assertEquals(List.of("12-Knee-MRI", "X1"), List.copyOf(s.keys()));
    assertEquals("X1", s.keyFor(obj("{'caseNumber': 'X1'}")));
    assertEquals("12-Knee-MRI", s.keyFor(obj("{'caseNumber': 'nope', 'source': {'path': 'a/b/12-Knee-MRI.html'}}")));
    assertNull(s.keyFor(obj("{'source': {'path': 'a/b/other.pdf'}}")));
    assertNull(s.keyFor(obj("{'source': 5}")));
    assertEquals(Set.of("X1"), s.subset(Set.of("X1", "Y")).keys());
  }

  @Test
  void stemCutsTheLastExtensionAsPythonDoes() {
    assertEquals("CM16-1", GoldStore.stem("/x/y/CM16-1.pdf"));
    assertEquals("a.b", GoldStore.stem("a.b.c"));
    assertEquals(".bashrc", GoldStore.stem("/home/.bashrc"));
    assertEquals("noext", GoldStore.stem("noext"));
    assertEquals("", GoldStore.stem(""));
  }

  @Test
  void aMissingOrEmptyDirectoryIsAConfigurationError() throws Exception {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> GoldStore.load(tmp.resolve("none")));
    assertTrue(e.getMessage().contains("none"), e.getMessage());
    Files.writeString(tmp.resolve("readme.txt"), "not gold");
    assertThrows(ConfigurationException.class, () -> GoldStore.load(tmp));
  }

  @Test
  void invalidJsonNamesTheFileAndLine() throws Exception {
    Fixtures.goldDir(tmp, obj(G));
    Files.writeString(tmp.resolve("CM-bad.json"), "{\n  \"caseNumber\": \"CM-bad\",\n  oops\n}");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> GoldStore.load(tmp));
    assertTrue(e.getMessage().contains("CM-bad.json") && e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void aRecordOfTheWrongShapeNamesTheFileAndThePath() throws Exception {
    Files.writeString(tmp.resolve("A.json"), obj("{'caseNumber': 'A', 'dates': {'injury': '10/16/2016'},"
        + " 'patient': {'age': '27', 'sex': 'F'}, 'disputedItems': [{'text': 'x', 'decision': 'Upheld',"
        + " 'reviewerGuidelines': [{'source': 'MAXIMUS'}]}], 'diagnoses': 'pain'}").toString());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> GoldStore.load(tmp));
    for (String path : List.of("A.json", "dates.injury", "patient.age", "patient.sex", "disputedItems[0].decision",
        "disputedItems[0].reviewerGuidelines[0]", "diagnoses must be a list")) {
      assertTrue(e.getMessage().contains(path), path + " not in: " + e.getMessage());
    }
  }

  @Test
  void twoFilesOfOneDocumentAreRefused() throws Exception {
    Fixtures.goldDir(tmp, obj(G));
    Files.writeString(tmp.resolve("copy.json"), G.replace('\'', '"'));
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> GoldStore.load(tmp));
    assertTrue(e.getMessage().contains("copy.json") && e.getMessage().contains("X1.json"), e.getMessage());
  }

  @Test
  void partialDatesAndNullsAreValidGold() {
    assertEquals(List.of(), new GoldValidator().problems(obj("{'dates': {'injury': '2016-03', 'decision': '2016',"
        + " 'assigned': null}, 'patient': null, 'diagnoses': [{'text': 'x'}, 'y'], 'notes': 'anything'}")));
  }
}
