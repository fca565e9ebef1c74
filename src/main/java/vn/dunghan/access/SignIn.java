package vn.dunghan.access;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dunghan.shared.CurrentActor;

/**
 * How a browser signs in and out, for the pages' headers ({@code inject:signIn} in the templates):
 * through the province's identity provider when one is configured ({@code
 * quarkus.oidc.tenant-enabled}), else, in dev mode and tests, through the development sign-in; a
 * production service without a provider has pages for bearer-token clients only, and no link.
 */
@Named("signIn")
@RequestScoped
public class SignIn {

  /** Where the provider's sign-out starts (quarkus.oidc.logout.path). */
  static final String PROVIDER_SIGN_OUT = "/dang-xuat";

  private final SecurityIdentity identity;
  private final boolean provider;

  SignIn(
      SecurityIdentity identity,
      @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
          boolean provider) {
    this.identity = identity;
    this.provider = provider;
  }

  /** Whether the pages sign in through the identity provider. */
  public boolean provider() {
    return provider;
  }

  /** The signed-in person's full name, family name first, else their login. */
  public String name() {
    String name = CurrentActor.fullName(CurrentActor.tokenOf(identity));
    if (name != null) {
      return name;
    }
    return identity.isAnonymous() ? null : identity.getPrincipal().getName();
  }

  /** The sign-out link of the pages, or null when a browser cannot sign out here. */
  public String signOutPath() {
    if (provider) {
      return PROVIDER_SIGN_OUT;
    }
    return LaunchMode.current().isDevOrTest() ? "/dev/dang-xuat" : null;
  }
}
