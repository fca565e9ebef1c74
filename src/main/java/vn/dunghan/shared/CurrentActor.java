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

  private final Instance<JsonWebToken> token;
  private final Instance<SecurityIdentity> identity;

  CurrentActor(Instance<JsonWebToken> token, Instance<SecurityIdentity> identity) {
    this.token = token;
    this.identity = identity;
  }

  public Actor get() {
    if (!Arc.container().requestContext().isActive()) {
      return Actor.SYSTEM;
    }
    SecurityIdentity who = identity.get();
    if (who == null || who.isAnonymous()) {
      return Actor.SYSTEM;
    }
    JsonWebToken jwt = token.get();
    String name =
        jwt == null || jwt.getName() == null ? who.getPrincipal().getName() : jwt.getName();
    String subject = jwt == null || jwt.getSubject() == null ? name : jwt.getSubject();
    Object fullName = jwt == null ? null : jwt.getClaim("name");
    Object unit = jwt == null ? null : jwt.getClaim("unit");
    return new Actor(
        subject,
        fullName == null ? name : fullName.toString().replace("\"", ""),
        String.join(",", new TreeSet<>(who.getRoles())),
        unit == null ? null : unit.toString().replace("\"", ""));
  }
}
