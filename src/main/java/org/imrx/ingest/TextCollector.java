package org.imrx.ingest;

import java.util.Arrays;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika emits into plain text: a line end after each block, cells of a
 * table row on one line, and where each {@code <div class="page">} begins. In word-processing
 * formats a paragraph also ends with a blank line, as paragraph breaks do in the text of PDFs.
 * Stops at a character limit, and when its thread is interrupted (the per-document time limit).
 * One per document; not thread-safe.
 */
final class TextCollector extends DefaultHandler {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "tr", "br", "pre", "blockquote", "dt", "dd", "table", "ul", "ol", "section", "article");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript");
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");

  /** Thrown to stop parsing once the limit is reached; the text so far is kept. */
  static final class LimitReached extends SAXException {
    LimitReached() {
      super("character limit reached");
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final int maxChars;
  private final boolean flowedParagraphs;
  private int[] pageStarts = new int[8];
  private int pages;
  private int skipDepth;
  private int cellDepth;
  private int rowDepth;
  private boolean truncated;

  /**
   * @param flowedParagraphs whether a {@code <p>} is a whole paragraph, its lines wrapped only on
   *     display (DOCX, DOC, RTF, ODT), rather than a line of a page (PDF)
   */
  TextCollector(int maxChars, boolean flowedParagraphs) {
    this.maxChars = maxChars;
    this.flowedParagraphs = flowedParagraphs;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    checkInterrupted();
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0 || SKIPPED.contains(name)) {
      skipDepth++;
      return;
    }
    if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
      lineEnd();
      if (pages == pageStarts.length) {
        pageStarts = Arrays.copyOf(pageStarts, pages * 2);
      }
      pageStarts[pages++] = text.length();
    }
    if (CELLS.contains(name)) {
      cellDepth++;
    }
    if ("tr".equals(name)) {
      rowDepth++;
    }
    if ("br".equals(name)) {
      lineEnd();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if ("tr".equals(name)) {
      rowDepth = Math.max(0, rowDepth - 1);
    }
    if (CELLS.contains(name)) {
      cellDepth = Math.max(0, cellDepth - 1);
      space();
    } else if (BLOCKS.contains(name)) {
      if (cellDepth > 0 && !"tr".equals(name) && !"table".equals(name)) {
        space();
      } else if (flowedParagraphs && PARAGRAPHS.contains(name)) {
        paragraphEnd();
      } else {
        lineEnd();
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    checkInterrupted();
    if (skipDepth > 0) {
      return;
    }
    int room = maxChars - text.length();
    if (length > room) {
      text.append(ch, start, Math.max(0, room));
      truncated = true;
      throw new LimitReached();
    }
    text.append(ch, start, length);
  }

  /**
   * Tika's layout whitespace: the line ends of PDF text, but only spacing between table cells,
   * and nothing after a paragraph that has already ended.
   */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    checkInterrupted();
    if (skipDepth > 0) {
      return;
    }
    if (rowDepth > 0) {
      space();
      return;
    }
    if (flowedParagraphs && endsWithLineEnd() && new String(ch, start, length).isBlank()) {
      return;
    }
    characters(ch, start, length);
  }

  private boolean endsWithLineEnd() {
    return text.length() > 0 && text.charAt(text.length() - 1) == '\n';
  }

  private void lineEnd() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  /** Ends a paragraph with one blank line (however many empty paragraphs follow). */
  private void paragraphEnd() {
    int n = text.length();
    if (n == 0 || (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      return;
    }
    text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
  }

  private void space() {
    if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
  }

  private static void checkInterrupted() throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException("interrupted");
    }
  }

  String text() {
    return text.toString();
  }

  int[] pageStarts() {
    return Arrays.copyOf(pageStarts, pages);
  }

  boolean truncated() {
    return truncated;
  }
}
