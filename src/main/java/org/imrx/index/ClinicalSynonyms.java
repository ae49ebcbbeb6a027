package org.imrx.index;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.imrx.ConfigurationException;
import org.imrx.lexicon.Bundled;

/**
 * Builds the query-time synonym map from the curated files in {@code models/}: the rows of
 * {@code lexicons/clinical-synonyms.tsv} (abbreviations), the body-part words of
 * {@code lexicons/body-parts.tsv} that share a canonical name ("low back" = "lumbar spine"), and the
 * drug names (a generic with its spelling variants and brands, "hydrocodone acetaminophen" = "Norco"
 * = "Vicodin"; a combination's brands also find its first agent, and that agent finds them).
 * Phrases are analysed by the same chain as the text, so plurals and case match. Stateless.
 */
public final class ClinicalSynonyms {
  private ClinicalSynonyms() {}

  /** The map, loaded and built from the bundled files. */
  public static SynonymMap load() throws ConfigurationException {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    int row = 0;
    for (String[] r : Bundled.tsv("lexicons/clinical-synonyms.tsv")) {
      Set<String> g = new LinkedHashSet<>();
      for (String p : r[0].split("\\|")) {
        if (!p.isBlank()) {
          g.add(p.strip());
        }
      }
      groups.put("abbr" + row++, g);
    }
    for (String[] r : Bundled.tsv("lexicons/body-parts.tsv")) {
      groups.computeIfAbsent("body:" + r[1], k -> new LinkedHashSet<>(List.of(r[1]))).add(r[0]);
    }
    Map<String, Set<String>> drugNames = new LinkedHashMap<>();
    List<String> generics = Bundled.lines("lexicons/drug-generics.tsv");
    for (String line : generics.subList(Math.min(1, generics.size()), generics.size())) {
      String[] f = line.split("\t", -1);
      Set<String> names = drugNames.computeIfAbsent(f[0].strip(), ClinicalSynonyms::named);
      if (f.length > 1) {
        for (String v : f[1].split("\\|")) {
          if (!v.isBlank()) {
            names.add(v.strip());
          }
        }
      }
    }
    Map<String, Set<String>> agentBrands = new LinkedHashMap<>();
    for (String[] r : Bundled.tsv("lexicons/drug-brands.tsv")) {
      drugNames.computeIfAbsent(r[1], ClinicalSynonyms::named).add(r[0]);
      if (r[1].indexOf('/') > 0) {
        agentBrands.computeIfAbsent(r[1].substring(0, r[1].indexOf('/')), k -> new LinkedHashSet<>())
            .add(r[0]);
      }
    }
    for (Map.Entry<String, Set<String>> e : drugNames.entrySet()) {
      String[] agents = e.getKey().split("/");
      if (agents.length == 2 && drugNames.containsKey(agents[0]) && drugNames.containsKey(agents[1])) {
        // "hydrocodone/APAP", "hydrocodone bitartrate and acetaminophen"
        for (String x : first(drugNames.get(agents[0]), 3)) {
          for (String y : first(drugNames.get(agents[1]), 3)) {
            e.getValue().add(x + " " + y);
          }
        }
      }
    }
    drugNames.forEach((g, names) -> groups.put("drug:" + g, names));
    try (Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new StandardTokenizer();
        return new TokenStreamComponents(t, ClinicalAnalyzer.base(t));
      }
    }) {
      Builder b = new Builder(a);
      for (Set<String> g : groups.values()) {
        b.equivalent(g);
      }
      agentBrands.forEach(b::oneWay);
      return b.build();
    } catch (IOException e) {
      throw new ConfigurationException("clinical synonyms cannot be built: " + e.getMessage(), e);
    }
  }

  private static List<String> first(Set<String> names, int n) {
    return new ArrayList<>(names).subList(0, Math.min(n, names.size()));
  }

  /** A generic's own names: as written, and with a combination's "/" read as a space. */
  private static Set<String> named(String generic) {
    return new LinkedHashSet<>(List.of(generic));
  }

  /** SynonymMap's parser, used only for its analysis of phrases. */
  private static final class Builder extends SynonymMap.Parser {
    Builder(Analyzer analyzer) {
      super(true, analyzer);
    }

    @Override
    public void parse(Reader in) {
      throw new UnsupportedOperationException("built from the curated files");
    }

    void equivalent(Set<String> phrases) {
      List<CharsRef> refs = analysed(phrases);
      for (CharsRef from : refs) {
        for (CharsRef to : refs) {
          if (!from.equals(to)) {
            add(from, to, true);
          }
        }
      }
    }

    void oneWay(String agent, Set<String> brands) {
      List<CharsRef> a = analysed(Set.of(agent));
      List<CharsRef> bs = analysed(brands);
      for (CharsRef to : bs) {
        for (CharsRef from : a) {
          add(from, to, true);
          add(to, from, true);
        }
      }
    }

    private List<CharsRef> analysed(Set<String> phrases) {
      List<CharsRef> out = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (String p : phrases) {
        try {
          CharsRef r = analyze(p, new CharsRefBuilder());
          if (r.length > 0 && seen.add(r.toString())) {
            out.add(r);
          }
        } catch (IOException | IllegalArgumentException e) {
          // A phrase the analyser empties (punctuation only) names nothing to expand.
        }
      }
      return out;
    }
  }
}
