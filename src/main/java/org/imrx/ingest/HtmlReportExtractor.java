package org.imrx.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the report out of a web page: drops scripts, forms, navigation and ad frames, keeps the
 * block of the page that holds most of its non-link text (the readability approach) without the
 * share bars, disclaimers, related links and the like inside it, and where the page is a
 * published transcription sample, only what lies between the sample's description and its
 * "Keywords" line. Linear in the size of the page, however deeply it nests. Stateless and
 * thread-safe.
 */
public final class HtmlReportExtractor {
  private static final String NOISE = "script, style, noscript, iframe, ins, form, nav, header,"
      + " footer, aside, svg, button, select, input, textarea, object, embed, link, meta, head";
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "tr", "br", "pre", "blockquote", "dt", "dd", "table", "ul", "ol", "section", "article",
      "main", "hr", "td", "th", "body", "center", "tbody", "thead", "tfoot", "caption", "dl",
      "figure", "address", "fieldset", "details");
  /** Words of a class or id that mark page furniture rather than the report. */
  private static final Set<String> FURNITURE = Set.of("disclaimer", "copyright", "cookie",
      "cookies", "share", "sharing", "social", "related", "comment", "comments", "sidebar",
      "breadcrumb", "breadcrumbs", "crumbs", "ad", "ads", "advert", "advertisement", "sponsor",
      "sponsored", "banner", "promo", "newsletter", "subscribe", "menu", "navbar");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s_-]+");
  private static final Pattern DESCRIPTION =
      Pattern.compile("(?im)^\\s*Description:.*$(?:\\n\\s*\\(Medical Transcription Sample Report\\)\\s*$)?");
  private static final Pattern KEYWORDS = Pattern.compile("(?im)^\\s*Keywords:");

  /** The text of the page's report, lines ending where blocks end. */
  public String extract(Document page) {
    page.select(NOISE).remove();
    Element body = page.body() == null ? page : page.body();
    Element main = mainBlock(body);
    pruneFurniture(main);
    String text = render(main);
    return trimToSampleReport(text);
  }

  /**
   * Scores each block by the non-link text of its paragraphs, passed up to parent and
   * grandparent. The inline text of every element is summed once, bottom-up, so that deep
   * nesting costs no more than a flat page.
   */
  private static Element mainBlock(Element body) {
    Map<Element, int[]> inline = inlineText(body);
    Map<Element, Double> scores = new HashMap<>();
    for (Element el : body.getAllElements()) {
      double own = 0;
      double link = 0;
      for (Node child : el.childNodes()) {
        if (child instanceof TextNode t) {
          own += t.text().trim().length();
        } else if (child instanceof Element e && !BLOCKS.contains(e.normalName())) {
          int[] len = inline.get(e);
          own += len[0];
          link += len[1];
        }
      }
      if (own < 25) {
        continue;
      }
      double score = own - 2 * link;
      Element parent = el.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
      scores.merge(el, score, Double::sum);
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  /**
   * For every element, the length of its text outside nested blocks, and how much of that lies
   * in links: {text, link}.
   */
  private static Map<Element, int[]> inlineText(Element root) {
    Map<Element, int[]> out = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        int text = 0;
        int link = 0;
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            text += t.text().trim().length();
          } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
            int[] len = out.get(c);
            text += len[0];
            link += len[1];
          }
        }
        out.put(e, new int[] {text, "a".equals(e.normalName()) ? text : link});
      }
    }, root);
    return out;
  }

  /** Removes share bars, disclaimers, related links and ads inside the chosen block. */
  private static void pruneFurniture(Element main) {
    List<Element> furniture = new ArrayList<>();
    for (Element e : main.getAllElements()) {
      if (e != main && isFurniture(e)) {
        furniture.add(e);
      }
    }
    furniture.forEach(Element::remove);
  }

  private static boolean isFurniture(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    for (String word : WORD_SEPARATOR.split(names.toLowerCase(Locale.ROOT))) {
      if (FURNITURE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String render(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText().replaceAll("\\s+", " ");
          if (sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n') {
            s = s.stripLeading();
          }
          sb.append(s);
        } else if (node instanceof Element e && "br".equals(e.normalName())) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())
            && !"br".equals(e.normalName())) {
          if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
          }
        }
      }
    }, root);
    return sb.toString();
  }

  static String trimToSampleReport(String text) {
    Matcher d = DESCRIPTION.matcher(text);
    Matcher k = KEYWORDS.matcher(text);
    if (d.find()) {
      int from = d.end();
      if (k.find(from)) {
        return text.substring(from, k.start()).strip() + "\n";
      }
      return text.substring(from).strip() + "\n";
    }
    return text;
  }
}
