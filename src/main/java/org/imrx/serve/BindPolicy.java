package org.imrx.serve;

import java.util.Locale;
import java.util.regex.Pattern;
import org.imrx.ConfigurationException;

/**
 * Where the server may listen. Records are health information: without an access token it only
 * listens on the loopback interface ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}); any
 * other address needs a token. Decided from the address as written, before anything is resolved,
 * so a name that happens to resolve to loopback today is still refused. Stateless.
 */
public final class BindPolicy {
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

  private BindPolicy() {}

  /** Whether {@code host} names the loopback interface. */
  public static boolean isLoopback(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches()
        || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }

  /** Refuses a bind to anything but loopback when there is no token. */
  public static void check(String host, boolean hasToken) throws ConfigurationException {
    if (!isLoopback(host) && !hasToken) {
      throw new ConfigurationException("refusing to listen on " + host + " without --token-file:"
          + " imrx serves health information, so an address other than loopback (127.0.0.1, ::1,"
          + " localhost) needs an access token; give --token-file FILE or listen on 127.0.0.1");
    }
  }
}
