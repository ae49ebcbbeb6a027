package org.imrx.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * The query syntax users know (Lucene's classic syntax: words, "phrases", AND/OR/NOT, +/-,
 * {@code field:value}, wildcards, {@code [a TO b]} ranges) over the case index: words without a
 * field search the fields given (by default the item text and its rationale, weighted); field
 * names may be written as their aliases ({@code summary:}, {@code dx:}, {@code drugclass:}); dates
 * are ISO days, months or years ({@code decided:[2016-12-01 TO 2017-01-31]}, {@code decided:2017-03},
 * {@code injury:[* TO 2010]}); multi-word synonyms become phrase alternatives. Not thread-safe (the
 * classic parser keeps state): make one per query.
 */
public final class ClinicalQueryParser extends MultiFieldQueryParser {
  private static final Set<String> KNOWN = knownFields();

  /** A parser whose words without a field search {@code fields} with their weights. */
  public ClinicalQueryParser(Analyzer queryAnalyzer, java.util.Map<String, Float> fields) {
    super(fields.keySet().stream().sorted().toArray(String[]::new), queryAnalyzer, new HashMap<>(fields));
    setSplitOnWhitespace(false);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    setDefaultOperator(OR_OPERATOR);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null) {
      return super.getFieldQuery(null, text, quoted);
    }
    String f = known(field);
    if (IndexFields.DATE_FIELDS.contains(f)) {
      return dateRange(f, text, text);
    }
    if (f.equals(IndexFields.AGE)) {
      int age = number(f, text);
      return IntPoint.newExactQuery(f, age);
    }
    return super.getFieldQuery(f, text, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return super.getFieldQuery(field == null ? null : known(field), text, slop);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (field == null) {
      return super.getRangeQuery(null, part1, part2, startInclusive, endInclusive);
    }
    String f = known(field);
    if (IndexFields.DATE_FIELDS.contains(f)) {
      return dateRange(f, part1, part2);
    }
    if (f.equals(IndexFields.AGE)) {
      int lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : number(f, part1);
      int hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : number(f, part2);
      return IntPoint.newRangeQuery(f, lo, hi);
    }
    return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(field == null ? null : known(field), termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return super.getWildcardQuery(field == null ? null : known(field), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return super.getFuzzyQuery(field == null ? null : known(field), termStr, minSimilarity);
  }

  private static String known(String field) throws ParseException {
    String f = IndexFields.resolve(field);
    if (!KNOWN.contains(f)) {
      throw new ParseException("unknown field '" + field + "'; fields: " + String.join(", ", KNOWN));
    }
    return f;
  }

  /** Inclusive range of whole days: a month or year bound covers all of it; "*" is open. */
  private static Query dateRange(String field, String from, String to) throws ParseException {
    long lo = from == null || from.equals("*") ? Long.MIN_VALUE : first(field, from);
    long hi = to == null || to.equals("*") ? Long.MAX_VALUE : last(field, to);
    return LongField.newRangeQuery(field, lo, hi);
  }

  private static long first(String field, String s) throws ParseException {
    return parse(field, s).toEpochDay();
  }

  private static long last(String field, String s) throws ParseException {
    LocalDate d = parse(field, s);
    String t = s.strip();
    if (t.length() == 4) {
      return d.plusYears(1).minusDays(1).toEpochDay();
    }
    if (t.length() == 7) {
      return d.plusMonths(1).minusDays(1).toEpochDay();
    }
    return d.toEpochDay();
  }

  private static LocalDate parse(String field, String s) throws ParseException {
    Long day = CaseDocuments.epochDay(s);
    if (day == null || !s.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new ParseException(field + ": '" + s + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    }
    return LocalDate.ofEpochDay(day);
  }

  private static int number(String field, String s) throws ParseException {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new ParseException(field + ": '" + s + "' is not a number");
    }
  }

  private static Set<String> knownFields() {
    Set<String> s = new TreeSet<>(IndexFields.CASE_FIELDS);
    s.addAll(java.util.List.of(IndexFields.ITEM, IndexFields.RATIONALE, IndexFields.DECISION,
        IndexFields.CATEGORY, IndexFields.SUBCATEGORY, IndexFields.GUIDELINE, IndexFields.CHAPTER,
        IndexFields.CITATION, IndexFields.ITEM_BODY_PART, IndexFields.MODIFIED_BY_UR));
    s.remove(IndexFields.SOURCE);
    return s;
  }

  /** Words only: no field, phrase, group, operator or required/excluded mark. */
  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile(
      "[^\":()\\[\\]{}+~^*?\\\\]*");
  private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile(
      "(?:^|\\s)(?:AND|OR|NOT|&&|\\|\\||-)(?:\\s|$)|(?:^|\\s)[-!]\\S");

  /**
   * Parses with a new parser. A query of plain words (no syntax) asks for most of its words: of
   * three or more word groups, at least {@value #MIN_SHARE_PERCENT}% (rounded down, at least two)
   * must match, so that "MRI of the cervical spine" does not return every item that says "spine".
   */
  public static Query parse(Analyzer queryAnalyzer, String query) throws ParseException {
    return parse(queryAnalyzer, query, IndexFields.DEFAULT_FIELDS);
  }

  /** Parses with words without a field searching {@code fields}; see {@link #parse(Analyzer, String)}. */
  public static Query parse(Analyzer queryAnalyzer, String query, java.util.Map<String, Float> fields)
      throws ParseException {
    // A slash is part of the words people search ("Norco 10/325", "L/S", "EMG/NCV"), not the start
    // of a regular expression.
    Query q = new ClinicalQueryParser(queryAnalyzer, fields).parse(query.replaceAll("(?<!\\\\)/", "\\\\/"));
    if (q instanceof org.apache.lucene.search.BooleanQuery b && b.getMinimumNumberShouldMatch() == 0
        && PLAIN.matcher(query).matches() && !OPERATOR.matcher(query).find()) {
      int n = b.clauses().size();
      boolean allShould = b.clauses().stream()
          .allMatch(c -> c.getOccur() == org.apache.lucene.search.BooleanClause.Occur.SHOULD);
      // Synonyms of a one-word query come back as clauses of their own: count the words instead.
      if (allShould && n >= 3 && n == words(queryAnalyzer, query)) {
        var out = new org.apache.lucene.search.BooleanQuery.Builder()
            .setMinimumNumberShouldMatch(Math.max(2, n * MIN_SHARE_PERCENT / 100));
        b.clauses().forEach(out::add);
        return out.build();
      }
    }
    return q;
  }

  static final int MIN_SHARE_PERCENT = 60;
  private static final Analyzer PLAIN_ANALYZER = new ClinicalAnalyzer();

  /** The words of a query as the index sees them (stop words left out, no synonyms). */
  private static int words(Analyzer queryAnalyzer, String query) {
    int n = 0;
    try (org.apache.lucene.analysis.TokenStream ts = PLAIN_ANALYZER.tokenStream(IndexFields.ITEM, query)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    } catch (java.io.IOException e) {
      return -1;
    }
    return n;
  }
}
