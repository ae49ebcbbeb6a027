package org.imrx.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.imrx.extract.dates.DateMention;
import org.imrx.extract.dates.RegexDateFinder;
import org.imrx.ingest.SourceDocument;
import org.imrx.model.DocumentType;
import org.imrx.model.Evidence;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * A document with what every extractor shares: its type, its sections and its sentences
 * (computed once, on first use). One per document, confined to the thread extracting it.
 */
public final class AnnotatedDocument {
  private static final RegexDateFinder DATES = new RegexDateFinder(true);
  private final SourceDocument source;
  private final DocumentType type;
  private final List<Section> sections;
  private final Supplier<List<Span>> sentenceSource;
  private List<Span> sentences;
  private List<DateMention> dates;

  public AnnotatedDocument(SourceDocument source, DocumentType type, List<Section> sections,
      Supplier<List<Span>> sentences) {
    this.source = source;
    this.type = type;
    this.sections = List.copyOf(sections);
    this.sentenceSource = sentences;
  }

  public SourceDocument source() {
    return source;
  }

  public String text() {
    return source.content();
  }

  public DocumentType type() {
    return type;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The first section of that name. */
  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Every section of that name, in text order. */
  public List<Section> sectionsNamed(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** The section an offset lies in, if any. */
  public Optional<Section> sectionAt(int offset) {
    return sections.stream().filter(s -> s.contains(offset)).findFirst();
  }

  /**
   * Where clinical facts are read: a determination's clinical case summary (the annotation
   * guideline's rule), the whole text of any other document.
   */
  public Span clinicalRegion() {
    if (type == DocumentType.IMR_DETERMINATION) {
      Optional<Section> summary = section("summary");
      if (summary.isPresent()) {
        return summary.get().body();
      }
    }
    return new Span(0, source.content().length());
  }

  /** Sentences of the whole text, in order. */
  public List<Span> sentences() {
    if (sentences == null) {
      sentences = sentenceSource.get();
    }
    return sentences;
  }

  /**
   * Dates of the whole text, found once for every extractor: full and partial dates, and bare
   * years after "in", "since", "from" ... (ISO {@code YYYY}).
   */
  public List<DateMention> dates() {
    if (dates == null) {
      dates = List.copyOf(DATES.find(source.content()));
    }
    return dates;
  }

  /** The dates inside a region; bare years ("in 2015") only where asked for. */
  public List<DateMention> datesIn(Span region, boolean bareYears) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : dates()) {
      if (region.contains(d.span()) && (bareYears || d.iso().length() != 4)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Sentences of a region, in order; a sentence that runs over the region's edge (a heading's
   * boilerplate run into the first sentence) is cut at the edge.
   */
  public List<Span> sentencesIn(Span region) {
    List<Span> out = new ArrayList<>();
    for (Span s : sentences()) {
      if (s.start() >= region.end()) {
        break;
      }
      if (s.overlaps(region)) {
        Span clipped = new Span(Math.max(s.start(), region.start()), Math.min(s.end(), region.end()))
            .trim(source.content());
        if (clipped.length() > 0) {
          out.add(clipped);
        }
      }
    }
    return out;
  }

  public String text(Span span) {
    return span.text(source.content());
  }

  public Evidence evidence(Span span) {
    return source.evidence(span.start(), span.end());
  }
}
