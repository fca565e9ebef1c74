package vn.dunghan.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the dev key pair under src/main/resources/dev (the test
 * profile verifies with its public half), plus an expired one and one signed by a stranger's key.
 */
public final class Tokens {

  public static final String ISSUER = "https://dunghan.vn/dev";

  private static volatile String operator;

  private Tokens() {}

  /**
   * The identity of the functional tests: a provincial administrator who is also the portal's
   * connector, so that one token can set up reference data, receive dossiers and sync. Security
   * tests use {@link #of} instead.
   */
  public static String operator() {
    if (operator == null) {
      operator = of("kiem-thu-tu-dong", null, "province", "portal");
    }
    return operator;
  }

  public static String of(String subject, String unit, String... roles) {
    return build(subject, unit, roles).expiresIn(3600).sign(devKey());
  }

  public static String expired(String subject, String unit, String... roles) {
    long now = Instant.now().getEpochSecond();
    return build(subject, unit, roles).issuedAt(now - 7200).expiresAt(now - 3600).sign(devKey());
  }

  /** A well-formed token signed by a key the service does not trust. */
  public static String foreignSignature(String subject, String unit, String... roles) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return build(subject, unit, roles)
          .expiresIn(3600)
          .sign(generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static io.smallrye.jwt.build.JwtClaimsBuilder build(
      String subject, String unit, String... roles) {
    var builder = Jwt.issuer(ISSUER).upn(subject).subject(subject).groups(Set.of(roles));
    if (unit != null) {
      builder.claim("unit", unit);
    }
    return builder;
  }

  public static PrivateKey devKey() {
    try (InputStream in =
        Tokens.class.getClassLoader().getResourceAsStream("dev/jwt-private.pem")) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 =
          pem.replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
