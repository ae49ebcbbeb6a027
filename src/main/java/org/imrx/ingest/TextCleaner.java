package org.imrx.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans extracted text while keeping every character traceable to the raw text: normalises
 * whitespace and line ends, drops repeated page headers and footers and page-number lines,
 * removes the blank line that some PDF exports put after every line, and rejoins dates and words
 * broken over a line end ("10-1-\n15", "radicul-\nopathy"). Stateless and thread-safe.
 */
public final class TextCleaner {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)(?:page\\s*)?#+(?:\\s*(?:of|/)\\s*#+)?|-\\s*#+\\s*-");
  private static final Pattern BROKEN_DATE =
      Pattern.compile("(?<![\\d/-])(\\d{1,2}[-/](?:\\d{1,2}[-/])?)\\n(\\d{1,4}\\b)");
  private static final Set<String> KEEP_HYPHEN_PREFIXES = Set.of(
      "non", "self", "post", "pre", "re", "co", "anti", "multi", "semi", "sub", "well", "follow",
      "x", "bi", "tri", "inter", "intra", "extra", "over", "under", "long", "short", "full", "part",
      "work", "low", "high", "mid", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "twelve", "right", "left", "range", "straight", "year", "month", "week", "day",
      "time", "first", "second", "third", "ex", "de", "un", "out", "off", "on", "up", "all",
      "half", "cross", "counter", "hand", "home", "check", "back", "in", "op");
  private static final Set<String> STANDALONE_RIGHT = Set.of(
      "up", "related", "based", "free", "like", "term", "time", "level", "only", "over", "in",
      "out", "off", "on", "type", "induced", "associated", "specific", "sided", "care");
  private static final Pattern SUFFIX = Pattern.compile(
      "(?:opathy|itis|ectomy|otomy|ostomy|plasty|algia|osis|ation|ition|ment|ness|ing|ity|ular"
          + "|ical|ial|ive|ous|ence|ance|able|ible|tion|sion|ed|es|ly|um|us|ia|ic)[a-z]*");

  /** The result of cleaning: text, its map to the raw text and where each page starts in it. */
  public record Cleaned(String text, OffsetMap offsets, int[] pageStarts) {}

  /**
   * @param raw text as the parser produced it
   * @param rawPageStarts offsets in {@code raw} where each page begins (empty without pages)
   */
  public Cleaned clean(String raw, int[] rawPageStarts) {
    return clean(raw, rawPageStarts, false);
  }

  /**
   * @param raw text as the parser produced it
   * @param rawPageStarts offsets in {@code raw} where each page begins (empty without pages)
   * @param paragraphLines whether each line of {@code raw} is a whole paragraph (word-processing
   *     formats), so that a blank line after every line marks paragraphs, not an export artifact
   */
  public Cleaned clean(String raw, int[] rawPageStarts, boolean paragraphLines) {
    Step s = normaliseCharacters(raw);
    OffsetMap map = s.map;
    String text = s.text;
    int[] pages = mapPageStarts(rawPageStarts, map);
    if (pages.length >= 2) {
      s = dropRepeatedLines(text, pages);
      map = s.map.then(map);
      text = s.text;
    }
    s = collapseBlankLines(text, paragraphLines);
    map = s.map.then(map);
    text = s.text;
    s = rejoinBrokenTokens(text);
    map = s.map.then(map);
    text = s.text;
    return new Cleaned(text, map, mapPageStarts(rawPageStarts, map));
  }

  /** One pass's output: new text and the map of each new character to the pass's input. */
  private record Step(String text, OffsetMap map) {}

  /** Accumulates a pass's output with the input index of every character. */
  private static final class Out {
    final StringBuilder sb;
    int[] idx;
    int n;

    Out(int capacity) {
      sb = new StringBuilder(capacity);
      idx = new int[Math.max(16, capacity)];
    }

    void put(char c, int from) {
      if (n == idx.length) {
        idx = java.util.Arrays.copyOf(idx, n * 2);
      }
      sb.append(c);
      idx[n++] = from;
    }

    char last() {
      return n == 0 ? '\n' : sb.charAt(n - 1);
    }

    void dropTrailingSpaces() {
      while (n > 0 && sb.charAt(n - 1) == ' ') {
        sb.setLength(--n);
      }
    }

    Step step(int inputLength) {
      return new Step(sb.toString(), new OffsetMap(java.util.Arrays.copyOf(idx, n), inputLength));
    }
  }

  private static int[] mapPageStarts(int[] rawPageStarts, OffsetMap map) {
    int[] out = new int[rawPageStarts.length];
    int j = 0;
    for (int p = 0; p < rawPageStarts.length; p++) {
      while (j < map.length() && map.toRaw(j) < rawPageStarts[p]) {
        j++;
      }
      out[p] = j;
    }
    return out;
  }

  /** Line ends to \n, tabs, no-break and odd spaces to one space, controls and soft hyphens gone. */
  static Step normaliseCharacters(String raw) {
    Out out = new Out(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      } else if (c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B') {
        c = '\n';
      } else if (c == '\t' || Character.isSpaceChar(c)) {
        c = ' ';
      } else if (c == '\u00AD' || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D') {
        continue;
      } else if (Character.isISOControl(c) && c != '\n') {
        continue;
      }
      if (c == ' ') {
        if (out.last() == ' ' || out.last() == '\n') {
          continue;
        }
      } else if (c == '\n') {
        out.dropTrailingSpaces();
      }
      out.put(c, i);
    }
    out.dropTrailingSpaces();
    return out.step(raw.length());
  }

  private record Line(int start, int end) {
    boolean blank(String t) {
      return start == end;
    }
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(new Line(start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  private static String key(String line) {
    return line.trim().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
  }

  /**
   * Drops lines that open or close most pages alike (running headers and footers, "Page 2 of 5"),
   * looking at the first and last three non-blank lines of each page.
   */
  static Step dropRepeatedLines(String text, int[] pageStarts) {
    List<Line> all = lines(text);
    List<List<Line>> edgesByPage = new ArrayList<>();
    for (int p = 0; p < pageStarts.length; p++) {
      int from = pageStarts[p];
      int to = p + 1 < pageStarts.length ? pageStarts[p + 1] : text.length() + 1;
      List<Line> nonBlank = new ArrayList<>();
      for (Line l : all) {
        if (l.start >= from && l.start < to && !l.blank(text)) {
          nonBlank.add(l);
        }
      }
      List<Line> edges = new ArrayList<>();
      for (int i = 0; i < nonBlank.size(); i++) {
        if (i < 3 || i >= nonBlank.size() - 3) {
          edges.add(nonBlank.get(i));
        }
      }
      edgesByPage.add(edges);
    }
    Map<String, Integer> pagesWithKey = new HashMap<>();
    for (List<Line> edges : edgesByPage) {
      Set<String> seen = new HashSet<>();
      for (Line l : edges) {
        seen.add(key(text.substring(l.start, l.end)));
      }
      seen.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
    }
    int pages = pageStarts.length;
    Set<Integer> drop = new HashSet<>();
    for (List<Line> edges : edgesByPage) {
      for (Line l : edges) {
        String k = key(text.substring(l.start, l.end));
        boolean repeated = pages >= 3 && pagesWithKey.get(k) >= Math.max(3, (pages + 1) / 2)
            && k.length() < 120;
        if (repeated || PAGE_NUMBER.matcher(k).matches()) {
          drop.add(l.start);
        }
      }
    }
    if (pages == 2) {
      dropSameEdgeLines(text, edgesByPage, drop);
    }
    Out out = new Out(text.length());
    for (Line l : all) {
      if (!drop.contains(l.start) || l.blank(text)) {
        for (int i = l.start; i < l.end; i++) {
          out.put(text.charAt(i), i);
        }
      }
      if (l.end < text.length()) {
        out.put('\n', l.end);
      }
    }
    return out.step(text.length());
  }

  /**
   * With two pages a line seen on both is a running header or footer only where it stands at the
   * same edge of both: the first line of each page, or the last.
   */
  private static void dropSameEdgeLines(String text, List<List<Line>> edgesByPage, Set<Integer> drop) {
    List<Line> a = edgesByPage.get(0);
    List<Line> b = edgesByPage.get(1);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    for (boolean top : new boolean[] {true, false}) {
      Line x = top ? a.get(0) : a.get(a.size() - 1);
      Line y = top ? b.get(0) : b.get(b.size() - 1);
      if (key(text.substring(x.start, x.end)).equals(key(text.substring(y.start, y.end)))) {
        drop.add(x.start);
        drop.add(y.start);
      }
    }
  }

  /**
   * Some PDF exports put a blank line after every line. Where most lines are followed by exactly
   * one blank line, that blank line is dropped; elsewhere (and for longer runs) runs of blank
   * lines become one, which marks a paragraph break.
   */
  static Step collapseBlankLines(String text, boolean paragraphLines) {
    List<Line> all = lines(text);
    int nonBlank = 0;
    int singleGaps = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).blank(text)) {
        continue;
      }
      nonBlank++;
      if (i + 2 < all.size() && all.get(i + 1).blank(text) && !all.get(i + 2).blank(text)) {
        singleGaps++;
      }
    }
    boolean doubled = !paragraphLines && nonBlank >= 4 && singleGaps * 2 > nonBlank;
    Out out = new Out(text.length());
    int i = 0;
    while (i < all.size() && all.get(i).blank(text)) {
      i++;
    }
    while (i < all.size()) {
      Line l = all.get(i);
      for (int k = l.start; k < l.end; k++) {
        out.put(text.charAt(k), k);
      }
      int j = i + 1;
      while (j < all.size() && all.get(j).blank(text)) {
        j++;
      }
      int blanks = j - i - 1;
      if (j < all.size()) {
        out.put('\n', l.end);
        boolean paragraph = doubled ? blanks >= 2 : blanks >= 1;
        if (paragraph && !continuesSentence(text, l, all.get(j))) {
          out.put('\n', all.get(i + 1).start);
        }
      }
      i = j;
    }
    return out.step(text.length());
  }

  /**
   * A sentence that runs on over blank lines (a page break, a layout gap) is no paragraph break:
   * the line before ends in a word or comma and the line after starts in lower case.
   */
  private static boolean continuesSentence(String text, Line before, Line after) {
    char last = text.charAt(before.end - 1);
    char first = text.charAt(after.start);
    return (Character.isLetterOrDigit(last) || last == ',') && Character.isLowerCase(first);
  }

  /** Rejoins "10-1-\n15" and "radicul-\nopathy"; keeps the hyphen of "non-\ncertified". */
  static Step rejoinBrokenTokens(String text) {
    java.util.BitSet drop = new java.util.BitSet(text.length());
    String lower = null;
    // Only line ends after a hyphen or slash can break a token: look there, not everywhere.
    for (int nl = text.indexOf('\n'); nl > 0; nl = text.indexOf('\n', nl + 1)) {
      char before = text.charAt(nl - 1);
      if (before != '-' && before != '/') {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
      int from = Math.max(lineStart, nl - 12);
      Matcher d = BROKEN_DATE.matcher(text).region(from, Math.min(text.length(), nl + 6));
      d.useTransparentBounds(true);
      if (d.find() && d.end(1) == nl) {
        drop.set(nl);
        continue;
      }
      int a = nl - 1;
      while (a > lineStart && Character.isLetter(text.charAt(a - 1)) && text.charAt(a - 1) < 128) {
        a--;
      }
      int b = nl + 1;
      while (b < text.length() && text.charAt(b) >= 'a' && text.charAt(b) <= 'z') {
        b++;
      }
      if (before != '-' || a == nl - 1 || b == nl + 1) {
        continue;
      }
      drop.set(nl);
      if (lower == null) {
        lower = text.toLowerCase(Locale.ROOT);
      }
      String left = text.substring(a, nl - 1).toLowerCase(Locale.ROOT);
      if (!keepHyphen(left, text.substring(nl + 1, b), lower)) {
        drop.set(nl - 1);
      }
    }
    if (drop.isEmpty()) {
      return new Step(text, OffsetMap.identity(text.length()));
    }
    Out out = new Out(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!drop.get(i)) {
        out.put(text.charAt(i), i);
      }
    }
    return out.step(text.length());
  }

  private static boolean keepHyphen(String left, String right, String lowerText) {
    String joined = left + right;
    if (lowerText.contains(" " + joined) || lowerText.contains("\n" + joined)) {
      return false;
    }
    if (lowerText.contains(left + "-" + right)) {
      return true;
    }
    if (KEEP_HYPHEN_PREFIXES.contains(left) || STANDALONE_RIGHT.contains(right)) {
      return true;
    }
    boolean leftEndsConsonant = "aeiou".indexOf(left.charAt(left.length() - 1)) < 0;
    boolean rightStartsVowel = "aeiou".indexOf(right.charAt(0)) >= 0;
    return !(SUFFIX.matcher(right).matches() || (leftEndsConsonant && rightStartsVowel));
  }
}
