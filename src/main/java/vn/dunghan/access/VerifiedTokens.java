package vn.dunghan.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once, not once per request: a desk's client sends the same token for
 * its whole validity, and checking its RSA signature and claims was a tenth of an intake's CPU.
 *
 * <p>Stands before smallrye-jwt's own validator for the tokens its mechanism extracts, with the
 * same parser (so the same key, issuer, expiry and clock-skew rules) and the same identity: the
 * token as principal, its groups as roles, the request's routing context. What is kept is the
 * verified token, keyed by the SHA-256 of its exact text (signature included, so only a
 * byte-identical token that passed verification is found), until it expires or for {@link #KEEP} at
 * most; never an identity, which belongs to its request. At most {@link #CAPACITY} tokens; beyond
 * that the oldest half is let go. A token that fails verification is not kept: each use is verified
 * again and refused.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

  static final Duration KEEP = Duration.ofMinutes(5);
  static final int CAPACITY = 10_000;

  private record Verified(JsonWebToken token, long validUntilMillis) {}

  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.LongAdder parsed =
      new java.util.concurrent.atomic.LongAdder();
  private final JWTParser parser;
  private final Clock clock;

  VerifiedTokens(JWTParser parser, Clock clock) {
    this.parser = parser;
    this.clock = clock;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Before smallrye-jwt's validator (1001), which then sees no bearer token of its mechanism. */
  @Override
  public int priority() {
    return 3000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    if (!(request.getToken() instanceof JsonWebTokenCredential)) {
      return Uni.createFrom().nullItem();
    }
    String text = request.getToken().getToken();
    String key = digest(text);
    long now = clock.millis();
    Verified known = verified.get(key);
    if (known != null && now < known.validUntilMillis()) {
      return Uni.createFrom().item(identity(known.token(), request));
    }
    // The parser may fetch a remote key set: off the event loop.
    return context.runBlocking(
        () -> {
          JsonWebToken token;
          parsed.increment();
          try {
            token = parser.parse(text);
          } catch (ParseException e) {
            throw new AuthenticationFailedException(e);
          }
          remember(key, token, clock.millis());
          return identity(token, request);
        });
  }

  private void remember(String key, JsonWebToken token, long now) {
    long expires = token.getExpirationTime() * 1000L;
    long until = Math.min(expires, now + KEEP.toMillis());
    if (until <= now) {
      return;
    }
    if (verified.size() >= CAPACITY) {
      // Rare (ten thousand distinct live tokens): drop the expired, then the sooner-expiring half.
      verified.values().removeIf(v -> v.validUntilMillis() <= now);
      if (verified.size() >= CAPACITY) {
        long median =
            verified.values().stream()
                .mapToLong(Verified::validUntilMillis)
                .sorted()
                .skip(verified.size() / 2)
                .findFirst()
                .orElse(Long.MAX_VALUE);
        verified.values().removeIf(v -> v.validUntilMillis() <= median);
      }
    }
    verified.put(key, new Verified(token, until));
  }

  private static SecurityIdentity identity(JsonWebToken token, TokenAuthenticationRequest request) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(token)
            .addCredential(request.getToken())
            .addRoles(token.getGroups())
            .addAttribute("quarkus.user", token);
    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (routing != null) {
      builder.addAttribute(RoutingContext.class.getName(), routing);
    }
    return builder.build();
  }

  private static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many tokens were verified by the parser so far (for the tests). */
  long verifications() {
    return parsed.sum();
  }
}
