package org.imrx.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrx.bench.ServeBenchmark;
import org.imrx.extract.BatchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imrx bench serve}: load test of a running {@code imrx serve} on loopback. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Load test of a running imrx serve on loopback: CLIENTS concurrent clients for SECONDS"
        + " against /api/search (a fixed query mix), then as long against /api/extract (the documents"
        + " given, one a request); requests per second, p50 and p99 latency, and errors for each.",
        "Exits 1 if any request failed."})
public final class BenchServeCommand implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/",
      description = "The server (loopback only; default: ${DEFAULT-VALUE}).")
  URI url;

  @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "Seconds per phase (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--token-file", paramLabel = "FILE", description = "The server's token file, if it has one.")
  Path tokenFile;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Documents to upload in the extract phase.")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    ImrxCommand root = (ImrxCommand) parent.spec.parent().userObject();
    if (clients <= 0 || seconds <= 0 || clients > 200 || seconds > 600) {
      throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(),
          "--clients 1 to 200 and --seconds 1 to 600");
    }
    String token = tokenFile == null ? null : org.imrx.serve.AccessToken.read(tokenFile).toBearer();
    List<String> names = new ArrayList<>();
    List<byte[]> docs = new ArrayList<>();
    for (Path p : BatchExtractor.expand(inputs)) {
      names.add(p.getFileName().toString());
      docs.add(Files.readAllBytes(p));
    }
    ServeBenchmark bench;
    try {
      bench = new ServeBenchmark(url.resolve("/"), token, clients, Duration.ofSeconds(seconds));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(), e.getMessage());
    }
    root.out.printf("%d clients, %d s a phase, %d documents to upload, against %s%n", clients, seconds,
        docs.size(), url);
    ServeBenchmark.Result search = bench.search();
    root.out.println(search.line());
    ServeBenchmark.Result extract = bench.extract(names, docs);
    root.out.println(extract.line());
    return search.errors() + extract.errors() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
