package org.imrx.extract;

import org.imrx.ConfigurationException;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.DocumentType;
import org.imrx.model.Source;
import org.imrx.text.LetterSectioner;
import org.imrx.text.RecordSectioner;
import org.imrx.text.SentenceDetectorSplitter;
import org.imrx.text.SentenceSplitter;

/** Documents made from text written in the tests, annotated as the pipeline annotates them. */
public final class TestDocs {
  private static SentenceSplitter splitter;

  private TestDocs() {}

  public static synchronized SentenceSplitter splitter() {
    if (splitter == null) {
      try {
        splitter = SentenceDetectorSplitter.bundled();
      } catch (ConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }
    return splitter;
  }

  public static SourceDocument source(String text) {
    return SourceDocument.ofText(new Source("test.txt", "0", "text/plain", null), text);
  }

  /** A medical record: the whole text is read. */
  public static AnnotatedDocument record(String text) {
    SentenceSplitter s = splitter();
    return new AnnotatedDocument(source(text), DocumentType.MEDICAL_RECORD,
        new RecordSectioner().sections(text), () -> s.sentences(text));
  }

  /** A determination letter whose clinical case summary is {@code summary}. */
  public static AnnotatedDocument letter(String summary, String issues) {
    String text = letterText(summary, issues);
    SentenceSplitter s = splitter();
    return new AnnotatedDocument(source(text), DocumentType.IMR_DETERMINATION,
        new LetterSectioner().sections(text), () -> s.sentences(text));
  }

  public static String letterText(String summary, String issues) {
    return "Case Number: CM00-0000001\n\nCLINICAL CASE SUMMARY\n\n"
        + "The expert reviewer developed the following clinical case summary based on a review of the"
        + " case file, including all medical records:\n\n" + summary
        + "\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n" + issues + "\n";
  }
}
