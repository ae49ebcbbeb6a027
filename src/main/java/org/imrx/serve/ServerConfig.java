package org.imrx.serve;

/**
 * How the server listens: address, port (0 for any free one), the access token (null: none, and
 * then only loopback is allowed; see {@link BindPolicy}) and the request limits. Immutable.
 */
public record ServerConfig(String host, int port, AccessToken token, ServerLimits limits) {
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
