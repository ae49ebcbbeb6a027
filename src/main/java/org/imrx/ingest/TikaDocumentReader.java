package org.imrx.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.imrx.InputException;
import org.imrx.model.Source;
import org.imrx.model.Warning;
import org.jsoup.Jsoup;
import org.xml.sax.SAXException;

/**
 * Reads PDF (text sorted by position, pages kept, OCR of pages without text through Tesseract
 * where installed), DOCX, DOC, RTF, ODT, HTML (the report, not the site around it) and plain text
 * in any common encoding. The type is detected from the bytes, never the file name.
 *
 * <p>Every document is bounded by {@link IngestLimits}: parsing runs on a worker thread and is
 * abandoned at the time limit; text beyond the character limit is dropped with a warning; a zip
 * container whose parts expand out of proportion is refused before it is parsed. A PDF whose
 * pages have no text, read without OCR, is a document with a warning per page.
 * Thread-safe: Tika's parser and detector are shared, every parse gets its own context.
 */
public final class TikaDocumentReader implements DocumentReader {
  private static final Set<String> TEXT_TYPES = Set.of(
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/msword",
      "application/rtf",
      "application/vnd.oasis.opendocument.text",
      "text/plain",
      "text/html",
      "application/xhtml+xml");
  /** Word-processing types, where a paragraph of the XHTML is a whole paragraph of text. */
  private static final Set<String> FLOWED_TYPES = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/msword",
      "application/rtf",
      "application/vnd.oasis.opendocument.text");
  private static final Set<String> IMAGE_TYPES =
      Set.of("image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp");

  private final IngestLimits limits;
  private final TikaConfig tika;
  private final Parser parser;
  private final boolean tesseract;
  private final TextCleaner cleaner = new TextCleaner();
  private final HtmlReportExtractor html = new HtmlReportExtractor();
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "imrx-parse");
    t.setDaemon(true);
    return t;
  });

  public TikaDocumentReader(IngestLimits limits) {
    this(limits, null);
  }

  /** A reader that parses with {@code parser} (Tika's auto-detecting parser when null). */
  TikaDocumentReader(IngestLimits limits, Parser parser) {
    this.limits = limits;
    this.tika = TikaConfig.getDefaultConfig();
    this.parser = parser != null ? parser : detectedOnce(tika);
    this.tesseract = limits.ocr() && tesseractInstalled();
  }

  /** Where {@link #parse} hands the type it detected to the parser, so Tika detects only once. */
  private static final String DETECTED_TYPE = "imrx:detected-type";

  /** Tika's auto-detecting parser (its safety wrapping included) over the type already detected. */
  private static AutoDetectParser detectedOnce(TikaConfig tika) {
    AutoDetectParser p = new AutoDetectParser(tika);
    org.apache.tika.detect.Detector full = tika.getDetector();
    p.setDetector((in, metadata) -> {
      String known = metadata.get(DETECTED_TYPE);
      return known != null ? MediaType.parse(known) : full.detect(in, metadata);
    });
    return p;
  }

  private static boolean tesseractInstalled() {
    try {
      return new TesseractOCRParser().hasTesseract();
    } catch (TikaException e) {
      return false;
    }
  }

  /** Whether pages without a text layer can be read here (Tesseract found on the PATH). */
  public boolean ocrAvailable() {
    return tesseract;
  }

  @Override
  public SourceDocument read(Path file) throws InputException {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new UnsupportedDocumentException(name + ": " + size + " bytes is over the limit of "
            + limits.maxBytes() + " bytes");
      }
      if (Files.isDirectory(file)) {
        throw new UnsupportedDocumentException(name + ": is a directory");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException("not-found", name + ": no such file");
    } catch (IOException e) {
      throw new InputException("io", name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return read(name, bytes);
  }

  @Override
  public SourceDocument read(String name, byte[] bytes) throws InputException {
    String sha = sha256(bytes);
    if (bytes.length == 0) {
      throw new EmptyDocumentException(name + ": the file is empty (0 bytes)");
    }
    if (bytes.length > limits.maxBytes()) {
      throw new UnsupportedDocumentException(name + ": " + bytes.length
          + " bytes is over the limit of " + limits.maxBytes() + " bytes");
    }
    String type = detect(name, bytes);
    boolean image = IMAGE_TYPES.contains(type);
    if (!TEXT_TYPES.contains(type) && !image) {
      throw new UnsupportedDocumentException(name + ": " + type + " is not a document type imrx reads"
          + " (PDF, DOCX, DOC, RTF, ODT, HTML, TXT)");
    }
    if (image && !tesseract) {
      throw new UnsupportedDocumentException(name + ": an image (" + type
          + ") can only be read by OCR, and Tesseract is not installed");
    }
    Future<Parsed> job = workers.submit(() -> parse(name, bytes, type));
    Parsed parsed;
    try {
      parsed = job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new DocumentTimeoutException(name + ": reading took longer than "
          + limits.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocumentTimeoutException(name + ": interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputException ie) {
        throw ie;
      }
      throw new CorruptDocumentException(name + ": cannot be parsed as " + type + " ("
          + cause.getClass().getSimpleName() + ")", cause);
    }
    return assemble(name, sha, type, bytes.length, parsed);
  }

  private record Parsed(String raw, int[] pageStarts, Integer pages, boolean truncated,
      List<Warning> warnings) {}

  /** Whether the text of this type has a line per paragraph (see {@link TextCollector}). */
  private static boolean flowed(String type) {
    return FLOWED_TYPES.contains(type);
  }

  private String detect(String name, byte[] bytes) throws InputException {
    // No file name in the metadata: the type comes from the bytes alone.
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType t = tika.getDetector().detect(in, new Metadata());
      return t.getBaseType().toString().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      throw new CorruptDocumentException(name + ": type cannot be detected", e);
    }
  }

  private Parsed parse(String name, byte[] bytes, String type) throws InputException {
    ZipBombGuard.check(name, bytes);
    if ("text/html".equals(type) || "application/xhtml+xml".equals(type)) {
      return parseHtml(name, bytes);
    }
    TextCollector text = new TextCollector(limits.maxChars(), flowed(type));
    Metadata metadata = new Metadata();
    metadata.set(DETECTED_TYPE, type);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, text, metadata, context());
    } catch (TextCollector.LimitReached e) {
      // The text so far is kept; a warning says it was cut.
    } catch (org.apache.tika.exception.EncryptedDocumentException e) {
      throw new EncryptedDocumentException(name + ": needs a password to be opened");
    } catch (ZeroByteFileException e) {
      throw new EmptyDocumentException(name + ": the file is empty");
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      if (text.truncated()) {
        // The collector stopped the parse at the character limit; parsers may wrap that stop.
        return parsed(type, text, metadata);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new DocumentTimeoutException(name + ": reading was stopped at the time limit");
      }
      if (isEncryption(e)) {
        throw new EncryptedDocumentException(name + ": needs a password to be opened");
      }
      throw new CorruptDocumentException(name + ": cannot be parsed as " + type + " ("
          + reason(e) + ")", e);
    }
    return parsed(type, text, metadata);
  }

  private static Parsed parsed(String type, TextCollector text, Metadata metadata) {
    Integer pages = null;
    if ("application/pdf".equals(type)) {
      pages = metadata.getInt(org.apache.tika.metadata.PagedText.N_PAGES);
      if (pages == null) {
        pages = text.pageStarts().length;
      }
    }
    return new Parsed(text.text(), text.pageStarts(), pages, text.truncated(), new ArrayList<>());
  }

  /** The one Tika configuration: PDF text sorted by position, OCR only where Tesseract is. */
  private ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setSortByPosition(true);
    pdf.setExtractInlineImages(false);
    pdf.setOcrStrategy(tesseract ? PDFParserConfig.OCR_STRATEGY.AUTO
        : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(!tesseract);
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }

  /**
   * Tika alone with this reader's configuration: type detection and parsing to plain text,
   * without limits, clean-up or HTML report selection. The baseline of {@code imrx bench}.
   *
   * @return the number of characters Tika produced
   */
  public int tikaOnly(byte[] bytes) throws IOException, TikaException, SAXException {
    org.apache.tika.sax.BodyContentHandler text = new org.apache.tika.sax.BodyContentHandler(-1);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, text, new Metadata(), context());
    }
    return text.toString().length();
  }

  private Parsed parseHtml(String name, byte[] bytes) throws InputException {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      org.jsoup.nodes.Document page = Jsoup.parse(in, null, "");
      String report = html.extract(page);
      boolean truncated = report.length() > limits.maxChars();
      if (truncated) {
        report = report.substring(0, limits.maxChars());
      }
      return new Parsed(report, new int[0], null, truncated, new ArrayList<>());
    } catch (IOException e) {
      throw new CorruptDocumentException(name + ": cannot be parsed as HTML", e);
    }
  }

  private static boolean isEncryption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException
          || t instanceof org.apache.tika.exception.EncryptedDocumentException) {
        return true;
      }
    }
    return false;
  }

  /** A reason that names the failure, never text from the document. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String kind = root.getClass().getSimpleName();
    if (root instanceof org.apache.tika.exception.ZeroByteFileException) {
      return "empty";
    }
    if (kind.contains("ZipBomb") || String.valueOf(root.getMessage()).contains("Zip bomb")) {
      return "zip bomb: expands too far";
    }
    if (kind.contains("EOF") || kind.contains("Truncated")) {
      return "truncated";
    }
    return kind;
  }

  private SourceDocument assemble(String name, String sha, String type, int size, Parsed p)
      throws InputException {
    List<Warning> warnings = new ArrayList<>(p.warnings());
    if (p.truncated()) {
      warnings.add(Warning.of("truncated", "text cut at " + limits.maxChars()
          + " characters (the --max-chars limit)"));
    }
    TextCleaner.Cleaned c = cleaner.clean(p.raw(), p.pageStarts(), flowed(type));
    List<Warning> blankPages = "application/pdf".equals(type)
        ? pagesWithoutText(c) : List.of();
    warnings.addAll(blankPages);
    // A scan that was not OCRed is still a document: its case says which pages could not be read.
    boolean unreadScan = !blankPages.isEmpty() && !tesseract;
    if (c.text().isBlank() && !unreadScan) {
      throw new EmptyDocumentException(name + ": no text could be read");
    }
    Source source = new Source(name, sha, type, p.pages());
    return new SourceDocument(source, c.text(), p.raw(), c.offsets(), c.pageStarts(), warnings);
  }

  private List<Warning> pagesWithoutText(TextCleaner.Cleaned c) {
    List<Warning> out = new ArrayList<>();
    int[] starts = c.pageStarts();
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : c.text().length();
      if (c.text().substring(starts[i], end).isBlank()) {
        String why = tesseract ? "no text found, also by OCR"
            : limits.ocr() ? "no text layer, and Tesseract is not installed to OCR it"
            : "no text layer, and OCR is turned off";
        out.add(new Warning("page-without-text", "page " + (i + 1) + ": " + why, i + 1));
      }
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
