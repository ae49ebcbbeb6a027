package org.imrx.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.imrx.ConfigurationException;
import org.imrx.serve.api.ApiRoutes;
import org.imrx.serve.web.WebRoutes;

/**
 * {@code imrx serve}: the web pages and the HTTP API over Jetty, on the services the command line
 * uses. Refuses to start on an address other than loopback without an access token. Uploads are
 * held in memory; the multipart parser's location is a private directory removed at stop.
 * Start once, stop once; thread-safe.
 */
public final class ImrxServer implements AutoCloseable {
  private final ServerConfig config;
  private final Server server;
  private final ServerConnector connector;
  private final Router router;
  private final Path privateDir;

  public ImrxServer(ServerConfig config, DocumentService documents, PrecedentSearch precedents,
      PrintStream log) throws ConfigurationException {
    BindPolicy.check(config.host(), config.token() != null);
    this.config = config;
    this.privateDir = privateDir();
    ServerLimits limits = config.limits();
    List<Route> routes = new ArrayList<>();
    routes.addAll(new ApiRoutes(documents, precedents).routes());
    routes.addAll(new WebRoutes(documents, precedents, config.token()).routes());
    this.router = new Router(routes);

    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("imrx-http");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(16 * 1024);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    // The whole request body is bounded here; multipart parts and other bodies have their own limits.
    SizeLimitHandler sizes = new SizeLimitHandler(limits.maxUploadBytes() + 64 * 1024, -1);
    sizes.setHandler(new Dispatcher(router, config.token(), new UploadReader(limits, privateDir), limits));
    server.setHandler(sizes);
    server.setErrorHandler(new JsonErrorHandler(limits));
    if (log != null) {
      server.setRequestLog(new RequestLogger(log, router));
    }
    server.setStopTimeout(5000);
  }

  /** The routes served (the OpenAPI test compares them with {@code /openapi.json}). */
  public List<Route> routes() {
    return router.routes();
  }

  /** Starts listening; a port already taken is a configuration error. */
  public ImrxServer start() throws ConfigurationException {
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new ConfigurationException("cannot listen on " + config.host() + ":" + config.port() + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
    }
    return this;
  }

  /** The port listened on (the one chosen when the configuration asked for 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The base address of the pages and the API. */
  public URI uri() {
    String h = config.host().contains(":") && !config.host().startsWith("[") ? "[" + config.host() + "]"
        : config.host();
    return URI.create("http://" + h + ":" + port() + "/");
  }

  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort; the private directory is removed whatever happened.
    } finally {
      delete(privateDir);
    }
  }

  private static Path privateDir() throws ConfigurationException {
    try {
      if (Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir"))).supportsFileAttributeView("posix")) {
        return Files.createTempDirectory("imrx-serve-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      return Files.createTempDirectory("imrx-serve-");
    } catch (IOException e) {
      throw new ConfigurationException("cannot create a private temporary directory ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Nothing was written there (parts stay in memory); a leftover empty directory is harmless.
    }
  }
}
