package org.imrx.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrx.ConfigurationException;
import org.imrx.extract.BatchExtractor;
import org.imrx.extract.BatchResult;
import org.imrx.extract.CasePipeline;
import org.imrx.ingest.IngestLimits;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.model.CaseJson;

/**
 * Documents extracted the way {@code imrx extract} does, written as jsonl (for the reference
 * scorer) and scored against gold records.
 *
 * @param failed paths of documents that could not be read
 */
public record CorpusRun(Path jsonl, List<JsonNode> cases, List<String> failed, EvalResult result) {
  public static CorpusRun of(GoldStore gold, List<Path> files, Path jsonl) throws Exception {
    BatchExtractor batch = new BatchExtractor(new TikaDocumentReader(IngestLimits.DEFAULT), pipeline());
    List<String> lines = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    batch.run(files, 2, r -> {
      if (r instanceof BatchResult.Extracted e) {
        lines.add(CaseJson.line(e.value().withoutContent()));
      } else {
        failed.add(r.path());
        lines.add(CaseJson.line(((BatchResult.Failed) r).value()));
      }
    });
    Files.write(jsonl, lines);
    List<JsonNode> cases = Predictions.read(jsonl);
    return new CorpusRun(jsonl, cases, failed, new Evaluator().evaluate(gold, cases));
  }

  private static CasePipeline pipeline() throws ConfigurationException {
    return CasePipeline.load();
  }
}
