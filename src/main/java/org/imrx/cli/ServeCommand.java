package org.imrx.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.imrx.ImrxException;
import org.imrx.extract.CasePipeline;
import org.imrx.index.IndexSetup;
import org.imrx.ingest.TikaDocumentReader;
import org.imrx.lexicon.Lexicons;
import org.imrx.serve.AccessToken;
import org.imrx.serve.BindPolicy;
import org.imrx.serve.DocumentService;
import org.imrx.serve.ImrxServer;
import org.imrx.serve.IndexPrecedents;
import org.imrx.serve.PrecedentSearch;
import org.imrx.serve.ServerConfig;
import org.imrx.serve.ServerLimits;
import org.imrx.summary.SoftMatchCaseMerger;
import org.imrx.summary.TemplateSummaryDrafter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imrx serve}: the web application and HTTP API over an index, until interrupted. Refuses
 * (exit 3) to listen on an address other than loopback without {@code --token-file}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the search, case, upload and summary pages and the JSON API (described at"
        + " /openapi.json) over an index, until interrupted.",
        "Listens on loopback by default. Any other address needs --token-file: every request but"
        + " /health must then carry the token (Authorization: Bearer TOKEN; the pages sign in with it)."})
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand ImrxCommand root;
  @Mixin IngestOptions ingest;
  @Mixin LexiconOptions lexicons;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index (made by imrx index).")
  Path index;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File whose first line is the access token (at least 16 characters).")
  Path tokenFile;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "50",
      description = "Largest upload, all files together (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "25",
      description = "Largest file of an upload (default: ${DEFAULT-VALUE}).")
  int maxFileMb;

  @Option(names = "--max-files", paramLabel = "N", defaultValue = "20",
      description = "Most files in one upload (default: ${DEFAULT-VALUE}).")
  int maxFiles;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Close a connection idle this long, e.g. an upload that stopped (default: ${DEFAULT-VALUE}).")
  int idleSeconds;

  @Option(names = "--no-request-log", description = "Do not log requests (method, route, status, time) to standard error.")
  boolean noRequestLog;

  @Override
  public Integer call() throws ImrxException, InterruptedException {
    if (maxUploadMb <= 0 || maxFileMb <= 0 || maxFiles <= 0 || idleSeconds <= 0 || port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(root.spec.commandLine(),
          "--max-upload-mb, --max-file-mb, --max-files and --idle-timeout must be positive, --port 0 to 65535");
    }
    AccessToken token = tokenFile == null ? null : AccessToken.read(tokenFile);
    BindPolicy.check(host, token != null);
    ServerLimits limits = ServerLimits.DEFAULT
        .withUpload((long) maxUploadMb << 20, (long) maxFileMb << 20, maxFiles)
        .withIdleTimeout(Duration.ofSeconds(idleSeconds));
    Lexicons lex = Lexicons.load(lexicons.dir);
    DocumentService documents = new DocumentService(new TikaDocumentReader(ingest.limits()),
        CasePipeline.load(lex),
        new TemplateSummaryDrafter(new SoftMatchCaseMerger(lex.bodyParts())), limits);
    try (PrecedentSearch precedents = IndexPrecedents.open(index, IndexSetup.load(lex), documents);
        ImrxServer server = new ImrxServer(new ServerConfig(host, port, token, limits), documents, precedents,
            noRequestLog ? null : root.err)) {
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "imrx-serve-stop"));
      root.err.println("imrx serve: " + precedents.size() + " cases indexed; listening on " + server.uri()
          + (token == null ? " (loopback only, no token)" : " (token required)"));
      server.join();
    }
    return ExitCodes.OK;
  }
}
