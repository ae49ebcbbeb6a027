package org.imrx.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrx.model.Warning;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ingestion of the project's own documents in {@code corpus/documents} (see corpus/README.md):
 * positions, pages, encodings, web pages, word-processing paragraphs and scanned pages.
 */
class CorpusDocumentsTest {
  private static final Path DOCS = Path.of("corpus", "documents");
  private static final Path LETTER_PDF = DOCS.resolve("case-file/imr-CM19-0117352.pdf");

  private final TikaDocumentReader reader = new TikaDocumentReader(IngestLimits.DEFAULT.withOcr(false));

  private SourceDocument read(String relative) throws Exception {
    return reader.read(DOCS.resolve(relative));
  }

  private static int at(SourceDocument doc, String text) {
    int i = doc.content().indexOf(text);
    assertTrue(i >= 0, "not found: " + text);
    return i;
  }

  @Test
  void theLetterHeaderTableIsReadInPositionOrder() throws Exception {
    String stream;
    try (PDDocument pdf = Loader.loadPDF(LETTER_PDF.toFile())) {
      stream = new PDFTextStripper().getText(pdf);
    }
    assertTrue(stream.indexOf("Received:") < stream.indexOf("CM19-0117352"),
        "the fixture draws every label before any value");
    SourceDocument doc = reader.read(LETTER_PDF);
    at(doc, "Case Number: CM19-0117352\n");
    at(doc, "Date Assigned: 05/29/2019 Date of Injury: 03/14/2019\n");
    at(doc, "Decision Date: 06/21/2019 UR Denial Date: 05/10/2019\n");
    at(doc, "Priority: Standard Application 05/24/2019\n");
  }

  @Test
  void pageNumbersFollowThePages() throws Exception {
    SourceDocument letter = reader.read(LETTER_PDF);
    assertEquals(2, letter.source().pages());
    assertEquals(1, letter.pageAt(at(letter, "Case Number")));
    assertEquals(1, letter.pageAt(at(letter, "CLINICAL CASE SUMMARY")));
    assertEquals(2, letter.pageAt(at(letter, "Left L4-L5 transforaminal epidural steroid injection: Overturned")));
    assertEquals(2, letter.pageAt(at(letter, "Acupuncture 2 times a week")));

    SourceDocument three = reader.read("three.pdf", TestFiles.pdf(TestFiles.threePages(), null, null));
    assertEquals(3, three.source().pages());
    assertEquals(1, three.pageAt(at(three, "aching in the left wrist")));
    assertEquals(2, three.pageAt(at(three, "Grip is weaker")));
    assertEquals(3, three.pageAt(at(three, "review in two weeks")));
    assertEquals(3, three.evidence(at(three, "Splint"), at(three, "Splint") + 6).page());
  }

  @Test
  void runningHeadersAndFootersOfATwoPageLetterAreDropped() throws Exception {
    SourceDocument ur = read("case-file/ur-noncertification-2019-05-10.pdf");
    assertEquals(2, ur.source().pages());
    assertFalse(ur.content().contains("Page 1 of 2"), "footer page numbers");
    assertFalse(ur.content().contains("Confidential health information"), "running footer");
    assertFalse(ur.content().contains("Sierra Review Partners · Utilization Review Determination"),
        "running header");
    assertEquals(2, ur.pageAt(at(ur, "YOUR RIGHT TO DISPUTE THIS DECISION")));
    String raw = ur.raw().substring(ur.offsets().toRaw(at(ur, "NOTICE OF UTILIZATION")));
    assertTrue(raw.startsWith("NOTICE OF UTILIZATION"), "offsets map back to the raw text");
  }

  @Test
  void windows1252TextIsDecoded() throws Exception {
    SourceDocument mri = read("case-file/mri-lumbar-2019-04-09.txt");
    String text = mri.content();
    for (String s : List.of("measures 38°", "Renée Castellanos-Whitfield", "physician’s office", "L4–L5")) {
      assertTrue(text.contains(s), "decoded: " + s);
    }
    assertTrue(text.chars().noneMatch(c -> c == 0xFFFD || (c >= 0x80 && c <= 0x9F) || c == '\r'),
        "no replacement characters, C1 controls or carriage returns");
  }

  @Test
  void aWebPageYieldsTheReportAlone() throws Exception {
    SourceDocument page = read("web/web-orthopedic-consult-wrist.html");
    String text = page.content();
    at(page, "CHIEF COMPLAINT: Right wrist pain after a fall at work.");
    at(page, "tenderness in the anatomic snuff box");
    at(page, "PLAN: A thumb spica cast was applied today.");
    for (String furniture : List.of("Specialties", "Browse by specialty", "Search samples",
        "Share this sample", "Disclaimer", "Related samples", "Copyright", "Privacy policy",
        "Advertisement", "Sponsored", "dataLayer", "showAd", "ScribeShelf")) {
      assertFalse(text.contains(furniture), "page furniture left in: " + furniture);
    }
  }

  @Test
  void wordProcessingParagraphsAndTableRowsKeepTheirShape() throws Exception {
    SourceDocument docx = read("letters/imr-CM19-0150826.docx");
    at(docx, "Date Assigned: 07/15/2019 Date of Injury: 09/18/2018\n");
    at(docx, "set out below:\n\nPhysical therapy 12 sessions");
    at(docx, "is: Upheld\n\nClaims Administrator guideline:");
    SourceDocument odt = read("case-file/pain-consult-2019-06-06.odt");
    at(odt, "Date of Injury: 03/15/2019\n");
    at(odt, "PHYSICAL EXAMINATION\n\nVital signs: BP 124/80");
    SourceDocument rtf = read("letters/imr-CM19-0188304.rtf");
    at(rtf, "set out below:\n\nViscosupplementation injections");
  }

  @Test
  void aScanWithoutOcrIsADocumentWithAWarningPerPage() throws Exception {
    SourceDocument scan = read("letters/imr-CM18-0206641-scanned.pdf");
    assertTrue(scan.content().isBlank());
    assertEquals(List.of(1, 2), scan.warnings().stream()
        .filter(w -> w.type().equals("page-without-text")).map(Warning::page).toList());
    assertTrue(scan.warnings().get(0).message().contains("OCR is turned off"));
  }

  /** Tesseract reads the scan where it is installed (CI installs it); otherwise pages are flagged. */
  @Tag("slow")
  @Test
  void aScanIsReadByOcrWhereTesseractIsInstalled() throws Exception {
    TikaDocumentReader ocr = new TikaDocumentReader(IngestLimits.DEFAULT);
    SourceDocument scan = ocr.read(DOCS.resolve("letters/imr-CM18-0206641-scanned.pdf"));
    if (!ocr.ocrAvailable()) {
      assertEquals(2, scan.warnings().stream()
          .filter(w -> w.type().equals("page-without-text")).count(), scan.warnings().toString());
      assertTrue(scan.warnings().get(0).message().contains("Tesseract is not installed"));
      return;
    }
    for (String words : List.of("CM18-0206641", "CLINICAL CASE SUMMARY", "positive Neer sign",
        "Decision rationale:", "for the right")) {
      assertTrue(scan.content().contains(words), "OCR text holds: " + words);
    }
    assertEquals(2, scan.pageAt(at(scan, "Decision rationale:")));
    assertTrue(scan.warnings().isEmpty(), scan.warnings().toString());
  }

  @Test
  void everyCorpusDocumentIsRead() throws Exception {
    for (File f : List.of(DOCS.resolve("case-file").toFile().listFiles())) {
      assertFalse(reader.read(f.toPath()).content().isBlank(), f.toString());
    }
  }
}
