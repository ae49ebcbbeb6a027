package org.imrx.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Fields;
import org.imrx.model.Case;
import org.imrx.serve.AccessToken;
import org.imrx.serve.DocumentService;
import org.imrx.serve.Exchange;
import org.imrx.serve.HttpError;
import org.imrx.serve.PrecedentSearch;
import org.imrx.serve.Reply;
import org.imrx.serve.Route;
import org.imrx.serve.Route.Access;
import org.imrx.serve.Route.Kind;
import org.imrx.serve.SearchParams;
import org.imrx.summary.CaseDocument;

/**
 * The web pages: search, case by id, upload, the login form (where the server has a token) and
 * the bundled style sheet and script. Each route calls the services and renders a page.
 * Thread-safe.
 */
public final class WebRoutes {
  /** The session cookie the login form sets. */
  public static final String SESSION_COOKIE = "imrx_session";
  private static final int SIMILAR = 5;
  private static final Map<String, String> STATIC = Map.of(
      "app.css", "text/css; charset=utf-8", "app.js", "text/javascript; charset=utf-8");

  private final DocumentService documents;
  private final PrecedentSearch precedents;
  private final AccessToken token;
  private final Map<String, byte[]> statics;
  private final SearchPage search = new SearchPage();
  private final CasePage casePage = new CasePage();
  private final UploadPage upload = new UploadPage();

  public WebRoutes(DocumentService documents, PrecedentSearch precedents, AccessToken token) {
    this.documents = documents;
    this.precedents = precedents;
    this.token = token;
    this.statics = Map.of("app.css", resource("app.css"), "app.js", resource("app.js"));
  }

  public List<Route> routes() {
    return List.of(
        new Route("GET", "/", Access.TOKEN, Kind.PAGE, this::search),
        new Route("GET", "/case/{id}", Access.TOKEN, Kind.PAGE, this::casePage),
        new Route("GET", "/upload", Access.TOKEN, Kind.PAGE, ex -> Reply.html(upload.form())),
        new Route("POST", "/upload", Access.TOKEN, Kind.PAGE, this::upload),
        new Route("GET", "/login", Access.PUBLIC, Kind.PAGE,
            ex -> Reply.html(LoginPage.render(next(ex.query("next")), null))),
        new Route("POST", "/login", Access.PUBLIC, Kind.PAGE, this::login),
        new Route("GET", "/static/{name}", Access.PUBLIC, Kind.PAGE, this::asset));
  }

  private Reply search(Exchange ex) {
    PrecedentSearch.Query q = SearchParams.of(ex);
    return Reply.html(search.render(q, precedents.search(q), precedents.size()));
  }

  private Reply casePage(Exchange ex) {
    String id = ex.param("id");
    Case c = precedents.find(id).orElseThrow(() -> HttpError.notFound("no case with that id in the index"));
    return Reply.html(casePage.render(c, precedents.similarTo(id, SIMILAR)));
  }

  private Reply upload(Exchange ex) {
    boolean index = ex.flag("index");
    DocumentService.Extraction x = documents.extract(ex.uploads());
    List<CaseDocument> docs = x.file().documents();
    List<Case> cases = docs.stream().map(CaseDocument::value).toList();
    var draft = docs.isEmpty() ? null : documents.summarize(x.file());
    var similar = docs.isEmpty() ? List.<PrecedentSearch.Precedent>of() : precedents.similar(cases, SIMILAR);
    Integer indexed = index && !cases.isEmpty() ? precedents.add(cases) : null;
    return Reply.html(upload.result(new UploadPage.Result(docs, x.errors(), draft, similar, indexed)));
  }

  private Reply login(Exchange ex) {
    Fields form = ex.form();
    String next = next(form.getValue("next"));
    if (token == null) {
      return Reply.redirect(next);
    }
    if (!token.matches(form.getValue("token"))) {
      return Reply.html(401, LoginPage.render(next, "That is not the access token."));
    }
    return Reply.redirect(next).withHeader("Set-Cookie", SESSION_COOKIE + "=" + token.sessionValue()
        + "; Path=/; HttpOnly; SameSite=Strict");
  }

  private Reply asset(Exchange ex) {
    String name = ex.param("name");
    byte[] body = statics.get(name);
    if (body == null) {
      throw HttpError.notFound("no such file");
    }
    return new Reply(200, STATIC.get(name), body, Map.of("Cache-Control", "private, max-age=300"));
  }

  /** Where to go after signing in: a path of this server, else the search page. */
  private static String next(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebRoutes.class.getResourceAsStream("/serve/static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled resource " + name, e);
    }
  }
}
