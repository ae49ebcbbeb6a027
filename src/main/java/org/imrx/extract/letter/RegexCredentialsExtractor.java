package org.imrx.extract.letter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.Extractor;
import org.imrx.extract.Located;
import org.imrx.lexicon.Taxonomy;
import org.imrx.text.Section;
import org.imrx.text.Span;

/**
 * Reads "State(s) of Licensure:" and "Certification(s)/Specialty:" of a determination's
 * credentials: comma-separated names, a value continuing over line breaks up to the next label or
 * the end of the section. Printed specialties are mapped to DWC board specialties where one fits.
 * Stateless and thread-safe.
 */
public final class RegexCredentialsExtractor implements Extractor<Credentials> {
  private static final Pattern LICENSURE = Pattern.compile("(?i)State\\(?s?\\)?\\s+of\\s+Licensure\\s*:");
  private static final Pattern SPECIALTY =
      Pattern.compile("(?i)Certification\\(?s?\\)?\\s*/\\s*Specialt(?:y|ies)\\s*:");
  private static final Pattern VALUE_END = Pattern.compile("\\n\\s*\\n|(?i)Certification\\(?s?\\)?\\s*/|State\\(?s?\\)?\\s+of\\s+Licensure");
  /** States are listed with commas, sometimes "and"; specialties contain "&" and "and". */
  private static final Pattern STATE_SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\band\\b)\\s*");
  private static final Pattern SPECIALTY_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

  private final Taxonomy taxonomy;

  public RegexCredentialsExtractor(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public Credentials extract(AnnotatedDocument doc) {
    String text = doc.text();
    Span region = doc.section("credentials").map(Section::body)
        .orElseGet(() -> doc.section("method").map(Section::body).orElse(new Span(0, text.length())));
    List<Located<String>> licensure = values(text, region, LICENSURE, STATE_SEPARATOR);
    List<Located<String>> specialties = values(text, region, SPECIALTY, SPECIALTY_SEPARATOR);
    Set<String> board = new LinkedHashSet<>();
    for (Located<String> s : specialties) {
      taxonomy.boardSpecialty(s.value()).ifPresent(board::add);
    }
    return new Credentials(licensure, specialties, new ArrayList<>(board));
  }

  private static List<Located<String>> values(String text, Span region, Pattern label,
      Pattern sep) {
    Matcher m = label.matcher(text).region(region.start(), region.end());
    if (!m.find()) {
      return List.of();
    }
    int start = m.end();
    Matcher end = VALUE_END.matcher(text).region(start, region.end());
    int stop = end.find() ? end.start() : region.end();
    List<Located<String>> out = new ArrayList<>();
    Matcher s = sep.matcher(text).region(start, stop);
    int from = start;
    while (true) {
      boolean found = s.find();
      int to = found ? s.start() : stop;
      Span span = new Span(from, to).trim(text);
      if (span.length() > 0) {
        String value = text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
        out.add(new Located<>(value, span));
      }
      if (!found) {
        break;
      }
      from = s.end();
    }
    return out;
  }
}
