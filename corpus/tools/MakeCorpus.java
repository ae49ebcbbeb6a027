import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Regenerates the documents of imrx's own corpus (corpus/documents/) from their source text
 * (corpus/src/*.txt). Run from the repository root:
 *
 * <pre>java -cp "$(cat /work/cp.txt)" corpus/tools/MakeCorpus.java</pre>
 *
 * (any classpath holding PDFBox 3 and Apache POI 5 will do: the project's dependencies do).
 *
 * <p>Source markup, one block per paragraph, blocks separated by blank lines:
 * <ul>
 *   <li>{@code = TEXT} a centred bold heading (a title);</li>
 *   <li>{@code ## TEXT} a bold section heading; text lines right after it form its paragraph;</li>
 *   <li>{@code | TEXT} a line kept as it is (consecutive ones form one block);</li>
 *   <li>any other line is part of a paragraph, joined with the next by a space and re-wrapped;</li>
 *   <li>{@code @header TEXT} / {@code @footer TEXT} a running header or footer (paged formats);</li>
 *   <li>a letter's source starts with its header fields ("Label: value" lines) ended by {@code ===}.</li>
 * </ul>
 *
 * <p>Every document is fictional: people, places, dates and facts were made up for this corpus.
 */
public final class MakeCorpus {
  static final Path SRC = Path.of("corpus/src");
  static final Path OUT = Path.of("corpus/documents");
  /** Every file gets this time stamp, so that a rerun gives the same bytes. */
  static final long FIXED_TIME = 1577836800000L; // 2020-01-01T00:00:00Z

  public static void main(String[] args) throws Exception {
    if (!Files.isDirectory(SRC)) {
      throw new IllegalStateException("run from the repository root (corpus/src not found)");
    }
    letterPdf("imr-CM19-0117352", "case-file/imr-CM19-0117352.pdf");
    recordDocx("pr2-2019-05-02", "case-file/pr2-2019-05-02.docx");
    textCp1252("mri-lumbar-2019-04-09", "case-file/mri-lumbar-2019-04-09.txt");
    recordPdf("ur-noncertification-2019-05-10", "case-file/ur-noncertification-2019-05-10.pdf");
    recordOdt("pain-consult-2019-06-06", "case-file/pain-consult-2019-06-06.odt");
    letterScanned("imr-CM18-0206641-scanned", "letters/imr-CM18-0206641-scanned.pdf");
    letterDocx("imr-CM19-0150826", "letters/imr-CM19-0150826.docx");
    letterRtf("imr-CM19-0188304", "letters/imr-CM19-0188304.rtf");
    webPage("web-orthopedic-consult-wrist", "web/web-orthopedic-consult-wrist.html");
  }

  // ---------------------------------------------------------------- source model

  enum Kind { TITLE, HEADING, LINES, PARAGRAPH }

  record Block(Kind kind, List<String> lines) {
    String text() {
      return String.join(" ", lines);
    }
  }

  record Source(Map<String, String> header, List<Block> blocks, String runningHeader,
      String runningFooter) {}

  static Source read(String stem) throws IOException {
    List<String> lines = Files.readAllLines(SRC.resolve(stem + ".txt"), StandardCharsets.UTF_8);
    Map<String, String> header = new LinkedHashMap<>();
    int i = 0;
    if (lines.contains("===")) {
      for (; !lines.get(i).equals("==="); i++) {
        String[] kv = lines.get(i).split(":\\s*", 2);
        header.put(kv[0].strip(), kv[1].strip());
      }
      i++;
    }
    List<Block> blocks = new ArrayList<>();
    String top = null;
    String bottom = null;
    Kind open = null;
    List<String> cur = new ArrayList<>();
    for (; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.startsWith("@header ")) {
        top = line.substring(8);
        continue;
      }
      if (line.startsWith("@footer ")) {
        bottom = line.substring(8);
        continue;
      }
      Kind kind = line.isBlank() ? null : line.startsWith("= ") ? Kind.TITLE
          : line.startsWith("## ") ? Kind.HEADING : line.startsWith("| ") ? Kind.LINES : Kind.PARAGRAPH;
      boolean continues = kind != null && kind == open
          && (kind == Kind.LINES || kind == Kind.PARAGRAPH);
      if (!continues && open != null) {
        blocks.add(new Block(open, List.copyOf(cur)));
        cur.clear();
        open = null;
      }
      if (kind == null) {
        continue;
      }
      String text = switch (kind) {
        case TITLE -> line.substring(2);
        case HEADING -> line.substring(3);
        case LINES -> line.substring(2);
        case PARAGRAPH -> line.strip();
      };
      cur.add(text);
      open = kind;
      if (kind == Kind.TITLE || kind == Kind.HEADING) {
        blocks.add(new Block(kind, List.copyOf(cur)));
        cur.clear();
        open = null;
      }
    }
    if (open != null) {
      blocks.add(new Block(open, List.copyOf(cur)));
    }
    return new Source(header, blocks, top, bottom);
  }

  static Path out(String relative) throws IOException {
    Path p = OUT.resolve(relative);
    Files.createDirectories(p.getParent());
    return p;
  }

  // ---------------------------------------------------------------- page layout

  /** A font in the layout: serif or sans, bold or not. */
  enum Face { SERIF, SERIF_BOLD, SANS, SANS_BOLD }

  /** One run of text placed on a page; y is the baseline, measured from the top, in points. */
  record Placed(float x, float y, Face face, float size, String text) {}

  interface Metrics {
    float width(Face face, float size, String text);
  }

  static final float PAGE_W = 612;
  static final float PAGE_H = 792;
  static final float MARGIN = 72;
  static final float BODY_SIZE = 12;
  static final float LEADING = 13.8f;

  /**
   * Flows blocks onto pages: paragraphs wrapped to the margins, a blank line between blocks, a
   * heading kept with what follows it. Returns the runs of each page.
   */
  static List<List<Placed>> flow(List<Block> blocks, Metrics m, float firstY) {
    List<List<Placed>> pages = new ArrayList<>();
    List<Placed> page = new ArrayList<>();
    pages.add(page);
    float y = firstY;
    float bottom = PAGE_H - MARGIN;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      List<String> lines = new ArrayList<>();
      Face face = Face.SERIF;
      boolean centred = false;
      switch (block.kind()) {
        case TITLE -> {
          face = Face.SERIF_BOLD;
          centred = true;
          lines.add(block.text());
        }
        case HEADING -> {
          face = Face.SERIF_BOLD;
          lines.add(block.text());
        }
        case LINES -> lines.addAll(block.lines());
        case PARAGRAPH -> lines.addAll(wrap(block.text(), m, face, PAGE_W - 2 * MARGIN));
      }
      boolean keepWithNext = block.kind() == Kind.TITLE || block.kind() == Kind.HEADING;
      float need = (lines.size() + (keepWithNext ? 2 : 0)) * LEADING;
      if (y + Math.min(need, 3 * LEADING) > bottom && !page.isEmpty()) {
        page = new ArrayList<>();
        pages.add(page);
        y = MARGIN + BODY_SIZE;
      }
      for (String line : lines) {
        if (y > bottom) {
          page = new ArrayList<>();
          pages.add(page);
          y = MARGIN + BODY_SIZE;
        }
        float x = centred ? (PAGE_W - m.width(face, BODY_SIZE, line)) / 2 : MARGIN;
        page.add(new Placed(x, y, face, BODY_SIZE, line));
        y += LEADING;
      }
      // A heading of a record runs into its paragraph; everything else is followed by a blank line.
      boolean runIn = block.kind() == Kind.HEADING && b + 1 < blocks.size()
          && blocks.get(b + 1).kind() != Kind.HEADING;
      if (!runIn) {
        y += LEADING;
      }
    }
    return pages;
  }

  static List<String> wrap(String text, Metrics m, Face face, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (m.width(face, BODY_SIZE, candidate) > width && line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  /**
   * The header table of a determination letter, placed where the real letters place it: label
   * and value columns at 72/179/329/427 pt, and "Application Received:" wrapped over two lines
   * with its value on the first. Labels come first in the list, values after them, so that a
   * PDF drawn in this order needs sorting by position to pair them again.
   */
  static List<Placed> letterHeader(Map<String, String> h, boolean valuesBold) {
    float[] rows = {103.3f, 116.4f, 129.6f, 142.7f};
    float received = 155.4f;
    float c1 = 72;
    float v1 = 179.4f;
    float c2 = 328.9f;
    float v2 = 426.8f;
    float size = 11;
    List<Placed> labels = new ArrayList<>();
    List<Placed> values = new ArrayList<>();
    Face lf = Face.SANS_BOLD;
    Face vf = valuesBold ? Face.SANS_BOLD : Face.SANS;
    labels.add(new Placed(c1, rows[0], lf, size, "Case Number:"));
    values.add(new Placed(v1, rows[0], Face.SANS_BOLD, size, h.get("Case Number")));
    labels.add(new Placed(c1, rows[1], lf, size, "Date Assigned:"));
    values.add(new Placed(v1, rows[1], vf, size, h.get("Date Assigned")));
    labels.add(new Placed(c2, rows[1], lf, size, "Date of Injury:"));
    values.add(new Placed(v2, rows[1], vf, size, h.get("Date of Injury")));
    labels.add(new Placed(c1, rows[2], lf, size, "Decision Date:"));
    values.add(new Placed(v1, rows[2], vf, size, h.get("Decision Date")));
    labels.add(new Placed(c2, rows[2], lf, size, "UR Denial Date:"));
    values.add(new Placed(v2, rows[2], vf, size, h.get("UR Denial Date")));
    labels.add(new Placed(c1, rows[3], lf, size, "Priority:"));
    values.add(new Placed(v1, rows[3], vf, size, h.get("Priority")));
    labels.add(new Placed(c2, rows[3], lf, size, "Application"));
    labels.add(new Placed(c2, received, lf, size, "Received:"));
    values.add(new Placed(v2, rows[3], vf, size, h.get("Application Received")));
    List<Placed> all = new ArrayList<>(labels);
    all.addAll(values);
    return all;
  }

  // ---------------------------------------------------------------- PDF (born digital)

  static final Map<Face, PDType1Font> PDF_FONTS = Map.of(
      Face.SERIF, new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN),
      Face.SERIF_BOLD, new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD),
      Face.SANS, new PDType1Font(Standard14Fonts.FontName.HELVETICA),
      Face.SANS_BOLD, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));

  static final Metrics PDF_METRICS = (face, size, text) -> {
    try {
      return PDF_FONTS.get(face).getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  };

  static void drawPdf(PDDocument doc, List<List<Placed>> pages) throws IOException {
    for (List<Placed> runs : pages) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (Placed r : runs) {
          cs.beginText();
          cs.setFont(PDF_FONTS.get(r.face()), r.size());
          cs.newLineAtOffset(r.x(), PAGE_H - r.y());
          cs.showText(r.text());
          cs.endText();
        }
      }
    }
  }

  /** Title and author, and a file identifier derived from the file's name, not the clock. */
  static void info(PDDocument doc, String title, String target) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor("imrx corpus (fictional)");
    info.setProducer("imrx MakeCorpus");
    COSArray id = new COSArray();
    id.add(new COSString(md5(target)));
    id.add(new COSString(md5(target)));
    doc.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  static byte[] md5(String s) {
    try {
      return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A born-digital determination letter whose header table is drawn labels first. */
  static void letterPdf(String stem, String target) throws IOException {
    Source s = read(stem);
    List<List<Placed>> pages = flow(s.blocks(), PDF_METRICS, 183.4f);
    pages.get(0).addAll(0, letterHeader(s.header(), false));
    try (PDDocument doc = new PDDocument()) {
      info(doc, "Independent Medical Review Final Determination", target);
      drawPdf(doc, pages);
      doc.save(out(target).toFile());
    }
  }

  /** A born-digital record with a running header and a "Page N of M" footer on every page. */
  static void recordPdf(String stem, String target) throws IOException {
    Source s = read(stem);
    List<List<Placed>> pages = flow(s.blocks(), PDF_METRICS, 96);
    for (int i = 0; i < pages.size(); i++) {
      List<Placed> p = pages.get(i);
      p.add(0, new Placed(MARGIN, 48, Face.SANS_BOLD, 9, s.runningHeader()));
      p.add(new Placed(MARGIN, PAGE_H - 40, Face.SANS, 8, s.runningFooter()));
      String n = "Page " + (i + 1) + " of " + pages.size();
      p.add(new Placed(PAGE_W - MARGIN - PDF_METRICS.width(Face.SANS, 8, n), PAGE_H - 40,
          Face.SANS, 8, n));
    }
    try (PDDocument doc = new PDDocument()) {
      info(doc, "Utilization Review Determination", target);
      drawPdf(doc, pages);
      doc.save(out(target).toFile());
    }
  }

  // ---------------------------------------------------------------- PDF (scanned image)

  static final float DPI = 300;

  static Font awtFont(Face face, float size) {
    String family = face == Face.SANS || face == Face.SANS_BOLD ? Font.SANS_SERIF : Font.SERIF;
    int style = face == Face.SERIF_BOLD || face == Face.SANS_BOLD ? Font.BOLD : Font.PLAIN;
    return new Font(family, style, 1).deriveFont(size);
  }

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  static final Metrics AWT_METRICS =
      (face, size, text) -> (float) awtFont(face, size).getStringBounds(text, FRC).getWidth();

  /**
   * A determination letter as a scanner would deliver it: each page a 300 dpi black-and-white
   * image (CCITT Group 4), no text layer. Rendered with the JVM's logical Serif and SansSerif
   * fonts, so the pixels differ between machines; the words do not.
   */
  static void letterScanned(String stem, String target) throws IOException {
    Source s = read(stem);
    List<List<Placed>> pages = flow(s.blocks(), AWT_METRICS, 183.4f);
    pages.get(0).addAll(0, letterHeader(s.header(), false));
    float scale = DPI / 72f;
    try (PDDocument doc = new PDDocument()) {
      info(doc, "Scanned document", target);
      for (List<Placed> runs : pages) {
        int w = Math.round(PAGE_W * scale);
        int h = Math.round(PAGE_H * scale);
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        for (Placed r : runs) {
          g.setFont(awtFont(r.face(), r.size()));
          g.drawString(r.text(), r.x(), r.y());
        }
        g.dispose();
        BufferedImage bw = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            bw.setRGB(x, y, (grey.getRaster().getSample(x, y, 0) < 128) ? 0xFF000000 : 0xFFFFFFFF);
          }
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        PDImageXObject image = CCITTFactory.createFromImage(doc, bw);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(image, 0, 0, PAGE_W, PAGE_H);
        }
      }
      doc.save(out(target).toFile());
    }
  }

  // ---------------------------------------------------------------- DOCX

  static XWPFParagraph para(XWPFDocument doc, String text, boolean bold, boolean centred,
      int spaceAfterPt) {
    XWPFParagraph p = doc.createParagraph();
    if (centred) {
      p.setAlignment(ParagraphAlignment.CENTER);
    }
    p.setSpacingAfter(spaceAfterPt * 20);
    XWPFRun r = p.createRun();
    r.setFontFamily("Times New Roman");
    r.setFontSize(12);
    r.setBold(bold);
    r.setText(text);
    return p;
  }

  /**
   * Body blocks as Word paragraphs, spaced by paragraph spacing (no empty paragraphs between
   * them, as most Word documents are written).
   */
  static void docxBody(XWPFDocument doc, List<Block> blocks) {
    for (Block b : blocks) {
      switch (b.kind()) {
        case TITLE -> para(doc, b.text(), true, true, 12);
        case HEADING -> para(doc, b.text(), true, false, 4);
        case PARAGRAPH -> para(doc, b.text(), false, false, 12);
        case LINES -> {
          for (int i = 0; i < b.lines().size(); i++) {
            para(doc, b.lines().get(i), false, false, i == b.lines().size() - 1 ? 12 : 0);
          }
        }
      }
    }
  }

  static void cell(XWPFTableCell c, String text, boolean bold) {
    XWPFParagraph p = c.getParagraphs().get(0);
    XWPFRun r = p.createRun();
    r.setFontFamily("Arial");
    r.setFontSize(11);
    r.setBold(bold);
    r.setText(text);
  }

  /** Writes a Word document with fixed dates, in the package and in its zip entries. */
  static void save(XWPFDocument doc, String target, String title) throws IOException {
    doc.getProperties().getCoreProperties().setTitle(title);
    doc.getProperties().getCoreProperties().setCreator("imrx corpus (fictional)");
    doc.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.write(bytes);
    ByteArrayOutputStream fixed = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(fixed)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    Files.write(out(target), fixed.toByteArray());
  }

  /** A determination letter as a Word document, its header a borderless 4-column table. */
  static void letterDocx(String stem, String target) throws IOException {
    Source s = read(stem);
    Map<String, String> h = s.header();
    try (XWPFDocument doc = new XWPFDocument()) {
      String[][] rows = {
          {"Case Number:", h.get("Case Number"), "", ""},
          {"Date Assigned:", h.get("Date Assigned"), "Date of Injury:", h.get("Date of Injury")},
          {"Decision Date:", h.get("Decision Date"), "UR Denial Date:", h.get("UR Denial Date")},
          {"Priority:", h.get("Priority"), "Application Received:", h.get("Application Received")}};
      XWPFTable t = doc.createTable(rows.length, 4);
      t.removeBorders();
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 4; c++) {
          cell(t.getRow(r).getCell(c), rows[r][c], c % 2 == 0 || r == 0);
        }
      }
      para(doc, "", false, false, 0);
      docxBody(doc, s.blocks());
      save(doc, target, "Independent Medical Review Final Determination");
    }
  }

  /** A progress report as a Word document. */
  static void recordDocx(String stem, String target) throws IOException {
    Source s = read(stem);
    try (XWPFDocument doc = new XWPFDocument()) {
      docxBody(doc, s.blocks());
      save(doc, target, "Progress report");
    }
  }

  // ---------------------------------------------------------------- RTF

  static String rtfEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}') {
        sb.append('\\').append(c);
      } else if (c < 128) {
        sb.append(c);
      } else {
        byte[] b = String.valueOf(c).getBytes(Charset.forName("windows-1252"));
        sb.append(String.format("\\'%02x", b[0] & 0xFF));
      }
    }
    return sb.toString();
  }

  /** A determination letter as RTF (as Word saves it): the header a table, then paragraphs. */
  static void letterRtf(String stem, String target) throws IOException {
    Source s = read(stem);
    Map<String, String> h = s.header();
    StringBuilder r = new StringBuilder();
    r.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\n");
    r.append("{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}\n");
    r.append("{\\info{\\title Independent Medical Review Final Determination}"
        + "{\\author imrx corpus (fictional)}}\n");
    r.append("\\paperw12240\\paperh15840\\margl1440\\margr1440\\margt1440\\margb1440\n");
    String[][] rows = {
        {"Case Number:", h.get("Case Number"), "", ""},
        {"Date Assigned:", h.get("Date Assigned"), "Date of Injury:", h.get("Date of Injury")},
        {"Decision Date:", h.get("Decision Date"), "UR Denial Date:", h.get("UR Denial Date")},
        {"Priority:", h.get("Priority"), "Application Received:", h.get("Application Received")}};
    for (String[] row : rows) {
      r.append("\\trowd\\trgaph108\\cellx2150\\cellx4700\\cellx6900\\cellx9360\n");
      for (int c = 0; c < 4; c++) {
        r.append("\\pard\\intbl\\f1\\fs22").append(c % 2 == 0 ? "\\b " : "\\b0 ")
            .append(rtfEscape(row[c])).append("\\cell\n");
      }
      r.append("\\row\n");
    }
    r.append("\\pard\\f0\\fs24\\b0\\par\n");
    for (Block b : s.blocks()) {
      switch (b.kind()) {
        case TITLE -> r.append("\\pard\\qc\\sa240\\b ").append(rtfEscape(b.text())).append("\\b0\\par\n");
        case HEADING -> r.append("\\pard\\sa80\\b ").append(rtfEscape(b.text())).append("\\b0\\par\n");
        case PARAGRAPH -> r.append("\\pard\\sa240 ").append(rtfEscape(b.text())).append("\\par\n");
        case LINES -> {
          r.append("\\pard\\sa240 ");
          for (int i = 0; i < b.lines().size(); i++) {
            r.append(i > 0 ? "\\line " : "").append(rtfEscape(b.lines().get(i)));
          }
          r.append("\\par\n");
        }
      }
    }
    r.append("}\n");
    Files.writeString(out(target), r, StandardCharsets.US_ASCII);
  }

  // ---------------------------------------------------------------- ODT

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setCrc(crc.getValue());
    e.setTime(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }

  static void deflated(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A record as an OpenDocument text (what LibreOffice writes, reduced to what is needed). */
  static void recordOdt(String stem, String target) throws IOException {
    Source s = read(stem);
    StringBuilder body = new StringBuilder();
    for (Block b : s.blocks()) {
      switch (b.kind()) {
        case TITLE -> body.append("<text:h text:style-name=\"Title\" text:outline-level=\"1\">")
            .append(xml(b.text())).append("</text:h>\n");
        case HEADING -> body.append("<text:h text:style-name=\"Heading\" text:outline-level=\"2\">")
            .append(xml(b.text())).append("</text:h>\n");
        case PARAGRAPH -> body.append("<text:p text:style-name=\"Body\">").append(xml(b.text()))
            .append("</text:p>\n");
        case LINES -> {
          for (String line : b.lines()) {
            body.append("<text:p text:style-name=\"Line\">").append(xml(line)).append("</text:p>\n");
          }
        }
      }
    }
    String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-content " + ns + " office:version=\"1.2\">\n"
        + "<office:automatic-styles>\n"
        + "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:paragraph-properties"
        + " fo:text-align=\"center\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
        + "<style:style style:name=\"Heading\" style:family=\"paragraph\"><style:paragraph-properties"
        + " fo:margin-top=\"0.1in\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
        + "<style:style style:name=\"Body\" style:family=\"paragraph\"><style:paragraph-properties"
        + " fo:margin-bottom=\"0.08in\"/></style:style>\n"
        + "<style:style style:name=\"Line\" style:family=\"paragraph\"/>\n"
        + "</office:automatic-styles>\n"
        + "<office:body><office:text>\n" + body + "</office:text></office:body>\n"
        + "</office:document-content>\n";
    String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-meta " + ns + " office:version=\"1.2\"><office:meta>"
        + "<dc:title>Pain management consultation</dc:title>"
        + "<meta:initial-creator>imrx corpus (fictional)</meta:initial-creator>"
        + "</office:meta></office:document-meta>\n";
    String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-styles " + ns + " office:version=\"1.2\"/>\n";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.2\">\n"
        + " <manifest:file-entry manifest:full-path=\"/\""
        + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
        + "</manifest:manifest>\n";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out(target)))) {
      // The mimetype entry comes first and uncompressed, so that the type shows in the bytes.
      stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      deflated(zip, "content.xml", content);
      deflated(zip, "styles.xml", styles);
      deflated(zip, "meta.xml", meta);
      deflated(zip, "META-INF/manifest.xml", manifest);
    }
  }

  // ---------------------------------------------------------------- TXT

  /** A plain-text report as a Windows system writes it: Windows-1252, CRLF line ends. */
  static void textCp1252(String stem, String target) throws IOException {
    String text = Files.readString(SRC.resolve(stem + ".txt"), StandardCharsets.UTF_8);
    Files.write(out(target), text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));
  }

  // ---------------------------------------------------------------- HTML

  static String html(String s) {
    return xml(s);
  }

  /**
   * A report published on a web page of a made-up transcription-sample site: a banner with a
   * search form, a menu, a sidebar of categories, ad slots with their scripts and a copyright
   * footer around it, and inside the report's own container a share bar, a disclaimer and
   * related links.
   */
  static void webPage(String stem, String target) throws IOException {
    Source s = read(stem);
    String title = s.blocks().get(0).text();
    StringBuilder report = new StringBuilder();
    List<Block> blocks = s.blocks();
    for (int i = 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Kind.HEADING && i + 1 < blocks.size()
          && blocks.get(i + 1).kind() == Kind.PARAGRAPH) {
        report.append("      <p><b>").append(html(b.text())).append(":</b> ")
            .append(html(blocks.get(++i).text())).append("</p>\n");
      } else if (b.kind() == Kind.HEADING) {
        report.append("      <p><b>").append(html(b.text())).append(":</b></p>\n");
      } else {
        report.append("      <p>").append(html(b.text())).append("</p>\n");
      }
    }
    String page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>%1$s | ScribeShelf Sample Reports</title>
        <meta name="description" content="Free transcribed medical sample reports for students.">
        <link rel="stylesheet" href="/assets/site.css">
        <script async src="https://ads.example-adnetwork.test/loader.js"></script>
        <script>
          window.dataLayer = window.dataLayer || [];
          function track(){ dataLayer.push(arguments); }
          track('page', 'sample-report');
        </script>
        <style>
          body { font-family: Verdana, sans-serif; } .ad-slot { min-height: 90px; }
        </style>
        </head>
        <body>
        <div id="top">
          <div class="logo"><a href="/">ScribeShelf</a> &mdash; sample reports for transcription students</div>
          <form class="search" action="/search"><input type="text" name="q" placeholder="Search samples"><button>Go</button></form>
          <div class="menu">
            <a href="/">Home</a> | <a href="/browse">Browse by specialty</a> | <a href="/new">Newest samples</a> |
            <a href="/terms">Medical terms</a> | <a href="/jobs">Transcription jobs</a> | <a href="/contact">Contact us</a>
          </div>
        </div>
        <table class="layout" width="100%%"><tr>
        <td class="left" valign="top">
          <div class="sidebar">
            <h3>Specialties</h3>
            <ul>
              <li><a href="/s/cardiology">Cardiology</a></li>
              <li><a href="/s/dermatology">Dermatology</a></li>
              <li><a href="/s/neurology">Neurology</a></li>
              <li><a href="/s/orthopedic">Orthopedic</a></li>
              <li><a href="/s/pain">Pain Management</a></li>
              <li><a href="/s/radiology">Radiology</a></li>
              <li><a href="/s/workers-comp">Workers' Compensation</a></li>
            </ul>
            <div class="ad-slot"><script>showAd('sidebar-160x600');</script>
              <ins class="ad" data-slot="160x600">Advertisement: Learn medical coding online in 12 weeks. Enroll today and get your first month free!</ins></div>
          </div>
        </td>
        <td class="main" valign="top">
          <div class="crumbs"><a href="/">Home</a> &gt; <a href="/s/orthopedic">Orthopedic</a> &gt; %1$s</div>
          <div class="ad-slot"><script>showAd('leaderboard-728x90');</script>
            <ins class="ad" data-slot="728x90">Sponsored: Ergonomic foot pedals and headsets for transcriptionists. Free shipping on orders over $50.</ins></div>
          <div id="sample" class="entry">
            <h1>%1$s</h1>
            <div class="share-bar">Share this sample: <a href="/share/fb">Facebook</a> <a href="/share/x">X</a> <a href="/share/mail">Email</a> <a href="javascript:print()">Print</a></div>
        %2$s      <div class="disclaimer">
              <p><b>Disclaimer:</b> The sample reports on this site are made up or fully de-identified and are published only
              to help students practise transcription and editing. They are not medical advice, they may contain errors on
              purpose, and no report here should be used to diagnose or treat anyone. Consult a licensed clinician about any
              health question. Use of this site means you accept our terms of use and privacy policy.</p>
            </div>
            <div class="related-samples">
              <h3>Related samples</h3>
              <ul>
                <li><a href="/r/101">Hand Surgery Consultation - Carpal Tunnel</a></li>
                <li><a href="/r/102">Wrist Radiographs - Distal Radius Fracture</a></li>
                <li><a href="/r/103">Occupational Medicine Follow-up - Thumb Sprain</a></li>
              </ul>
            </div>
          </div>
        </td>
        </tr></table>
        <div id="bottom">
          <a href="/about">About</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms-of-use">Terms of use</a> | <a href="/sitemap">Site map</a>
          <p>Copyright &copy; 2021 ScribeShelf. All rights reserved.</p>
        </div>
        <script>
          (function(){ var s = document.createElement('script'); s.src = '/assets/comments.js'; document.body.appendChild(s); })();
        </script>
        </body>
        </html>
        """.formatted(html(title), report);
    Files.writeString(out(target), page, StandardCharsets.UTF_8);
  }
}
