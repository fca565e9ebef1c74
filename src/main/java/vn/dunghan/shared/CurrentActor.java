package vn.dunghan.shared;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Actor} of the request being served, from its token; {@link Actor#SYSTEM} outside a
 * request (start-up, jobs). Usable by any domain, including those the access rules depend on.
 */
@ApplicationScoped
public class CurrentActor {

  private final Instance<SecurityIdentity> identity;

  CurrentActor(Instance<SecurityIdentity> identity) {
    this.identity = identity;
  }

  /**
   * The token the caller was signed in with: the bearer token of an API call, or the ID token of a
   * browser session (authorization-code flow). Both name the caller and carry {@code groups} and
   * {@code unit}. Read from the identity itself: the injectable {@code JsonWebToken} is the access
   * token of OpenID Connect sessions only, and empty for bearer tokens once both are installed.
   */
  public static JsonWebToken tokenOf(SecurityIdentity who) {
    return who != null && who.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
  }

  /**
   * The person's full name in Vietnamese order: family name first ({@code family_name} then {@code
   * given_name}, as an identity provider that keeps them apart sends them; its {@code name} puts
   * the given name first), else the token's {@code name}; null when it has neither.
   */
  public static String fullName(JsonWebToken jwt) {
    if (jwt == null) {
      return null;
    }
    String family = text(jwt.getClaim("family_name"));
    String given = text(jwt.getClaim("given_name"));
    if (family != null && given != null) {
      return family + " " + given;
    }
    return text(jwt.getClaim("name"));
  }

  private static String text(Object claim) {
    if (claim == null) {
      return null;
    }
    String text = claim.toString().replace("\"", "").strip();
    return text.isEmpty() ? null : text;
  }

  public Actor get() {
    if (!Arc.container().requestContext().isActive()) {
      return Actor.SYSTEM;
    }
    SecurityIdentity who = identity.get();
    if (who == null || who.isAnonymous()) {
      return Actor.SYSTEM;
    }
    JsonWebToken jwt = tokenOf(who);
    String name =
        jwt == null || jwt.getName() == null ? who.getPrincipal().getName() : jwt.getName();
    String subject = jwt == null || jwt.getSubject() == null ? name : jwt.getSubject();
    String fullName = fullName(jwt);
    Object unit = jwt == null ? null : jwt.getClaim("unit");
    return new Actor(
        subject,
        fullName == null ? name : fullName,
        String.join(",", new TreeSet<>(who.getRoles())),
        unit == null ? null : unit.toString().replace("\"", ""));
  }
}
