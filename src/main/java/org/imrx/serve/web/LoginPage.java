package org.imrx.serve.web;

/** The login form of a server with an access token. Stateless. */
final class LoginPage {
  private LoginPage() {}

  static String render(String next, String error) {
    return Pages.page("Sign in", "", "<h1>Sign in</h1>"
        + (error == null ? "" : "<p class=\"errors\" role=\"alert\">" + Html.esc(error) + "</p>")
        + "<form class=\"login\" method=\"post\" action=\"/login\">"
        + "<p><label for=\"token\">Access token</label> "
        + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required autofocus></p>"
        + "<input type=\"hidden\" name=\"next\" value=\"" + Html.esc(next) + "\">"
        + "<p><button type=\"submit\">Sign in</button></p></form>"
        + "<p class=\"hint\">The token is in the file given to <code>imrx serve --token-file</code>.</p>");
  }
}
