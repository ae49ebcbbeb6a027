package org.imrx.serve.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.imrx.model.Case;
import org.imrx.model.ErrorRecord;
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
 * The JSON API: health, the OpenAPI description, extract, summarize, similar, search and cases
 * by id. Each route parses the request, calls a service and returns its JSON; nothing else.
 * Thread-safe.
 */
public final class ApiRoutes {
  /** Where the OpenAPI description is bundled. */
  public static final String OPENAPI = "/serve/openapi.json";
  private static final int MAX_SIMILAR = 50;

  private final DocumentService documents;
  private final PrecedentSearch precedents;
  private final byte[] openapi;

  public ApiRoutes(DocumentService documents, PrecedentSearch precedents) {
    this.documents = documents;
    this.precedents = precedents;
    this.openapi = resource(OPENAPI);
  }

  public List<Route> routes() {
    return List.of(
        new Route("GET", "/health", Access.PUBLIC, Kind.API, ex -> Reply.json(new Health("ok"))),
        new Route("GET", "/openapi.json", Access.TOKEN, Kind.API,
            ex -> new Reply(200, Reply.JSON, openapi, java.util.Map.of())),
        new Route("POST", "/api/extract", Access.TOKEN, Kind.API, this::extract),
        new Route("POST", "/api/summarize", Access.TOKEN, Kind.API, this::summarize),
        new Route("POST", "/api/similar", Access.TOKEN, Kind.API, this::similar),
        new Route("GET", "/api/search", Access.TOKEN, Kind.API, this::search),
        new Route("GET", "/api/cases/{id}", Access.TOKEN, Kind.API, this::byId),
        new Route("GET", "/api/cases/{id}/similar", Access.TOKEN, Kind.API, this::similarTo));
  }

  record Health(String status) {}

  /** The extract answer: the cases read, the documents that could not be, how many were indexed. */
  record Extracted(List<Case> cases, List<ErrorRecord> errors, Integer indexed) {}

  record Similar(List<PrecedentSearch.Precedent> precedents) {}

  record Search(String query, List<String> filters, int page, int pageSize, long items, long cases,
      List<PrecedentSearch.Hit> hits, List<PrecedentSearch.Facet> facets, PrecedentSearch.Stats stats) {}

  private Reply extract(Exchange ex) {
    boolean withText = ex.flag("withText");
    boolean index = ex.flag("index");
    DocumentService.Extraction x = documents.extract(ex.uploads());
    List<Case> cases = x.file().documents().stream().map(CaseDocument::value).toList();
    Integer indexed = index ? precedents.add(cases) : null;
    return Reply.json(new Extracted(withText ? cases : cases.stream().map(Case::withoutContent).toList(),
        x.errors(), indexed));
  }

  private Reply summarize(Exchange ex) {
    DocumentService.Extraction x = documents.extract(ex.uploads());
    if (x.file().documents().isEmpty()) {
      throw new HttpError(422, "none of the documents could be read: "
          + x.errors().stream().map(e -> e.error().message()).toList());
    }
    return Reply.json(documents.summarize(x.file()));
  }

  private Reply similar(Exchange ex) {
    int limit = ex.queryInt("limit", 10, 1, MAX_SIMILAR);
    DocumentService.Extraction x = documents.extract(ex.uploads());
    if (x.file().documents().isEmpty()) {
      throw new HttpError(422, "none of the documents could be read: "
          + x.errors().stream().map(e -> e.error().message()).toList());
    }
    return Reply.json(new Similar(precedents.similar(
        x.file().documents().stream().map(CaseDocument::value).toList(), limit)));
  }

  private Reply search(Exchange ex) {
    PrecedentSearch.Query q = SearchParams.of(ex);
    PrecedentSearch.Results r = precedents.search(q);
    return Reply.json(new Search(q.text(), q.filters().stream().map(SearchParams::format).toList(),
        q.page(), q.pageSize(), r.items(), r.cases(), r.hits(), r.facets(), r.stats()));
  }

  private Reply byId(Exchange ex) {
    Case c = precedents.find(ex.param("id"))
        .orElseThrow(() -> HttpError.notFound("no case with that id in the index"));
    return Reply.json(ex.flag("withText") ? c : c.withoutContent());
  }

  private Reply similarTo(Exchange ex) {
    int limit = ex.queryInt("limit", 10, 1, MAX_SIMILAR);
    if (precedents.find(ex.param("id")).isEmpty()) {
      throw HttpError.notFound("no case with that id in the index");
    }
    return Reply.json(new Similar(precedents.similarTo(ex.param("id"), limit)));
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled resource " + path, e);
    }
  }
}
