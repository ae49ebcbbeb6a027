package org.imrx.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.imrx.ConfigurationException;

/**
 * The secret that opens the server when it has one: clients send it as
 * {@code Authorization: Bearer TOKEN}; the login form trades it for a session cookie holding a
 * digest of it (so the token itself is not stored in the browser). Comparisons take the same time
 * whatever the input. Immutable and thread-safe.
 */
public final class AccessToken {
  /** Shorter tokens are refused: a token guards health information. */
  public static final int MIN_LENGTH = 16;

  private final byte[] token;
  private final byte[] session;

  public AccessToken(String token) throws ConfigurationException {
    if (token == null || token.length() < MIN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new ConfigurationException("the access token must be at least " + MIN_LENGTH
          + " printable ASCII characters without spaces");
    }
    this.token = token.getBytes(StandardCharsets.US_ASCII);
    this.session = HexFormat.of().formatHex(sha256("imrx-session\0" + token))
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The token in the first line of a file. */
  public static AccessToken read(Path file) throws ConfigurationException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int nl = text.indexOf('\n');
      return new AccessToken((nl < 0 ? text : text.substring(0, nl)).strip());
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(file + ": no such token file");
    } catch (IOException e) {
      throw new ConfigurationException(file + ": the token file cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** The token, to send as {@code Authorization: Bearer} (the load test's client). */
  public String toBearer() {
    return new String(token, StandardCharsets.US_ASCII);
  }

  /** Whether a presented token is this one. */
  public boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.US_ASCII));
  }

  /** The value of the session cookie the login form sets. */
  public String sessionValue() {
    return new String(session, StandardCharsets.US_ASCII);
  }

  /** Whether a presented session cookie value is this token's. */
  public boolean matchesSession(String presented) {
    return presented != null
        && MessageDigest.isEqual(session, presented.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "AccessToken[hidden]";
  }
}
