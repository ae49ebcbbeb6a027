package org.imrx.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imrx.ConfigurationException;
import org.imrx.ImrxException;
import org.imrx.extract.AnnotatedDocument;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.DocumentReader;
import org.imrx.model.Case;
import org.imrx.model.DocumentType;

/**
 * The development documents the concept name finders learn from: every document that a gold
 * folder describes, with the gold strings of each clinical list its records hold (a document
 * described in several folders takes each list from the first folder that holds it), the
 * document annotated by the pipeline and the rules' own lists for it. Immutable once loaded.
 */
public final class ConceptCorpus {
  /** The four clinical lists, by their gold key. */
  public static final List<String> LISTS =
      List.of("diagnoses", "examFindings", "treatments", "priorImaging");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A folder of gold records and where the document of each record lies. */
  public record Source(Path gold, java.util.function.Function<String, Path> document) {}

  /** One document: id (gold file stem), the annotated text, its gold lists and the rules' lists. */
  public record Document(String id, AnnotatedDocument doc, Map<String, List<String>> gold,
      Case rules) {
    public boolean letter() {
      return doc.type() == DocumentType.IMR_DETERMINATION;
    }
  }

  private ConceptCorpus() {}

  /**
   * The development gold of a project checked out beside {@code ../shared}: the shared letters
   * and web pages, and the project's development folders under {@code src/test/resources/gold}
   * ({@code dev-*}, {@code imaging-records}, {@code treatments/dev-*}). Left out: the held-out
   * folders ({@code heldout-*}, {@code treatments/letters}, {@code treatments/records}) and
   * {@code imaging-letters}, whose letters include the held-out letters.
   *
   * @throws ConfigurationException naming what is missing when the shared corpus is not there
   */
  public static List<Source> development(Path project) throws ConfigurationException {
    Path shared = project.resolve("../shared/corpus").normalize();
    Path letters = shared.resolve("imr-letters/pdf");
    Path pages = shared.resolve("mtsamples/html");
    for (Path p : List.of(shared.resolve("imr-letters/gold"), letters,
        shared.resolve("mtsamples/gold"), pages)) {
      if (!Files.isDirectory(p)) {
        throw new ConfigurationException("concept training needs the development gold and its"
            + " documents: " + p + " not found (run imrx train from the project folder, beside"
            + " ../shared)");
      }
    }
    java.util.function.Function<String, Path> either = stem ->
        Files.exists(letters.resolve(stem + ".pdf")) ? letters.resolve(stem + ".pdf")
            : pages.resolve(stem + ".html");
    List<Source> out = new ArrayList<>(List.of(
        new Source(shared.resolve("imr-letters/gold"), stem -> letters.resolve(stem + ".pdf")),
        new Source(shared.resolve("mtsamples/gold"), stem -> pages.resolve(stem + ".html"))));
    Path local = project.resolve("src/test/resources/gold");
    for (String name : List.of("dev-diagnoses/letters", "dev-diagnoses/records",
        "dev-treatments/letters", "dev-treatments/records", "dev-findings", "dev-imaging",
        "imaging-records", "treatments/dev-letters", "treatments/dev-records")) {
      if (Files.isDirectory(local.resolve(name))) {
        out.add(new Source(local.resolve(name), either));
      }
    }
    return out;
  }

  /**
   * Reads every document of the sources (a gold record whose document is missing is skipped and
   * counted in {@code skipped}) and runs the rules over it.
   */
  public static List<Document> load(List<Source> sources, DocumentReader reader,
      CasePipeline rules, int[] skipped) throws ImrxException {
    Map<String, Path> files = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> gold = new LinkedHashMap<>();
    for (Source s : sources) {
      for (Path f : jsonFiles(s.gold())) {
        String name = f.getFileName().toString();
        String stem = name.substring(0, name.length() - ".json".length());
        Path doc = s.document().apply(stem);
        if (!Files.isRegularFile(doc)) {
          skipped[0]++;
          continue;
        }
        JsonNode record = read(f);
        files.putIfAbsent(stem, doc);
        Map<String, List<String>> lists = gold.computeIfAbsent(stem, k -> new LinkedHashMap<>());
        for (String list : LISTS) {
          if (record.has(list) && !lists.containsKey(list)) {
            lists.put(list, texts(record.get(list)));
          }
        }
      }
    }
    List<Document> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : files.entrySet()) {
      var source = reader.read(e.getValue());
      out.add(new Document(e.getKey(), rules.annotate(source), gold.get(e.getKey()),
          rules.extract(source)));
    }
    return out;
  }

  private static List<Path> jsonFiles(Path dir) throws ConfigurationException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new ConfigurationException("gold folder " + dir + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static JsonNode read(Path f) throws ConfigurationException {
    try {
      return JSON.readTree(f.toFile());
    } catch (IOException e) {
      throw new ConfigurationException("gold file " + f + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The item strings of a gold list: strings, or objects' {@code text}. */
  static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode x : list) {
        JsonNode t = x.isObject() ? x.get("text") : x;
        if (t != null && t.isTextual() && !t.textValue().isBlank()) {
          out.add(t.textValue());
        }
      }
    }
    return out;
  }
}
