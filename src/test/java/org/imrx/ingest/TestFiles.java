package org.imrx.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small documents, good and hostile, built in memory for the ingestion tests. */
final class TestFiles {
  private TestFiles() {}

  /**
   * A PDF with one page per entry of {@code pages}, each page's lines as given; encrypted when an
   * owner password is given ({@code user} may then be empty: anyone may open it).
   */
  static byte[] pdf(List<List<String>> pages, String user, String owner) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 700;
          for (String line : lines) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(72, y);
            cs.showText(line);
            cs.endText();
            y -= 16;
          }
        }
      }
      if (owner != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(owner, user, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** Three pages, each with its own words, so that no line repeats from page to page. */
  static List<List<String>> threePages() {
    return List.of(
        List.of("Progress note, first page.", "The worker reports aching in the left wrist."),
        List.of("Examination continues on a second page.", "Grip is weaker on the left side today."),
        List.of("Plan and signature close the third page.", "Splint at night, review in two weeks."));
  }

  static byte[] random(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** Random bytes behind the header of a Linux executable. */
  static byte[] elfExecutable() {
    byte[] b = random(8192, 7);
    byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
    System.arraycopy(header, 0, b, 0, header.length);
    return b;
  }

  /** A zip that calls itself a Word document and holds garbage where the document should be. */
  static byte[] corruptDocx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
      entry(zip, "word/document.xml", random(20_000, 11));
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.wordprocessingml.document.main+xml\"/></Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

  /**
   * A Word document whose document.xml inflates to {@code mebibytes} MiB of one repeated letter.
   * Its deflate stream is one compressed MiB repeated (each copy ends in a full flush, so copies
   * decode alike), so building a multi-gigabyte bomb takes a moment and a few megabytes.
   */
  static byte[] zipBombDocx(int mebibytes) throws IOException {
    byte[] mib = new byte[1 << 20];
    Arrays.fill(mib, (byte) 'a');
    byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas"
        + ".openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.US_ASCII);
    byte[] headZ = deflate(head, Deflater.FULL_FLUSH);
    byte[] mibZ = deflate(mib, Deflater.FULL_FLUSH);
    byte[] tailZ = deflate(tail, -1);
    CRC32 crc = new CRC32();
    crc.update(head);
    for (int i = 0; i < mebibytes; i++) {
      crc.update(mib);
    }
    crc.update(tail);
    long size = head.length + (long) mebibytes * mib.length + tail.length;
    if (size > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("keep the bomb under 4 GiB (no ZIP64 here)");
    }
    long compressed = headZ.length + (long) mebibytes * mibZ.length + tailZ.length;

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZipWriter z = new ZipWriter(out);
    z.stored("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
    z.stored("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
    z.deflatedHeader("word/document.xml", crc.getValue(), compressed, size);
    out.write(headZ);
    for (int i = 0; i < mebibytes; i++) {
      out.write(mibZ);
    }
    out.write(tailZ);
    z.finish();
    return out.toByteArray();
  }

  /** Raw deflate of {@code data}, ended by a flush ({@code -1}: ended as the final block). */
  private static byte[] deflate(byte[] data, int flush) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(data);
    if (flush < 0) {
      d.finish();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    while (true) {
      int n = flush < 0 ? d.deflate(buf) : d.deflate(buf, 0, buf.length, flush);
      out.write(buf, 0, n);
      if (flush < 0 ? d.finished() : n < buf.length) {
        break;
      }
    }
    d.end();
    return out.toByteArray();
  }

  /** Just enough of the zip format to write entries whose data the caller streams. */
  private static final class ZipWriter {
    private final ByteArrayOutputStream out;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private int entries;

    ZipWriter(ByteArrayOutputStream out) {
      this.out = out;
    }

    void stored(String name, byte[] data) {
      CRC32 crc = new CRC32();
      crc.update(data);
      header(name, 0, crc.getValue(), data.length, data.length);
      out.writeBytes(data);
    }

    void deflatedHeader(String name, long crc, long compressed, long size) {
      header(name, 8, crc, compressed, size);
    }

    private void header(String name, int method, long crc, long compressed, long size) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      int offset = out.size();
      int32(out, 0x04034b50);
      int16(out, 20);
      int16(out, 0);
      int16(out, method);
      int32(out, 0);
      int32(out, (int) crc);
      int32(out, (int) compressed);
      int32(out, (int) size);
      int16(out, n.length);
      int16(out, 0);
      out.writeBytes(n);
      int32(central, 0x02014b50);
      int16(central, 20);
      int16(central, 20);
      int16(central, 0);
      int16(central, method);
      int32(central, 0);
      int32(central, (int) crc);
      int32(central, (int) compressed);
      int32(central, (int) size);
      int16(central, n.length);
      int16(central, 0);
      int16(central, 0);
      int16(central, 0);
      int16(central, 0);
      int32(central, 0);
      int32(central, offset);
      central.writeBytes(n);
      entries++;
    }

    void finish() {
      int start = out.size();
      out.writeBytes(central.toByteArray());
      int32(out, 0x06054b50);
      int16(out, 0);
      int16(out, 0);
      int16(out, entries);
      int16(out, entries);
      int32(out, central.size());
      int32(out, start);
      int16(out, 0);
    }

    private static void int16(ByteArrayOutputStream o, int v) {
      o.write(v & 0xFF);
      o.write((v >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream o, int v) {
      int16(o, v & 0xFFFF);
      int16(o, (v >>> 16) & 0xFFFF);
    }
  }

  /** A page nesting {@code depth} elements, with a little text at the bottom. */
  static byte[] nestedHtml(String tag, int depth) {
    StringBuilder sb = new StringBuilder(depth * (2 * tag.length() + 5) + 200);
    sb.append("<!DOCTYPE html><html><head><title>t</title></head><body>");
    for (int i = 0; i < depth; i++) {
      sb.append('<').append(tag).append('>');
    }
    sb.append("Deep in the page the worker reports pain in the right shoulder.");
    for (int i = 0; i < depth; i++) {
      sb.append("</").append(tag).append('>');
    }
    sb.append("</body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
