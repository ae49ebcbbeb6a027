package org.imrx.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a number glued to its unit into two tokens with exact offsets: "325mg" gives "325" and
 * "mg", "7.5mg" gives "7.5" and "mg", so that "Norco 10/325" finds "Norco 10/325mg". Only a token
 * that starts with a digit and turns to letters is split ("L5", "S1", "x8" stay whole). Lucene's
 * word-delimiter filters split "L5" too. Not thread-safe (a token stream).
 */
final class NumberUnitSplitFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private char[] unit;
  private int unitLength;
  private int unitStart;
  private int unitEnd;

  NumberUnitSplitFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (unit != null) {
      clearAttributes();
      term.copyBuffer(unit, 0, unitLength);
      offset.setOffset(unitStart, unitEnd);
      posInc.setPositionIncrement(1);
      unit = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int n = term.length();
    if (n < 2 || !Character.isDigit(b[0])) {
      return true;
    }
    int cut = 0;
    while (cut < n && (Character.isDigit(b[cut]) || b[cut] == '.' || b[cut] == ',')) {
      cut++;
    }
    if (cut == n || !Character.isLetter(b[cut]) || !Character.isDigit(b[cut - 1])) {
      return true;
    }
    for (int i = cut; i < n; i++) {
      if (!Character.isLetter(b[i])) {
        return true;
      }
    }
    int start = offset.startOffset();
    int end = offset.endOffset();
    boolean exact = end - start == n;
    unit = java.util.Arrays.copyOfRange(b, cut, n);
    unitLength = n - cut;
    unitStart = exact ? start + cut : start;
    unitEnd = end;
    term.setLength(cut);
    if (exact) {
      offset.setOffset(start, start + cut);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    unit = null;
  }
}
