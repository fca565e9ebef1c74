package vn.dunghan.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service on a fresh database with the demo province, trusting a real Keycloak with the realm
 * of {@code deploy/keycloak}: bearer tokens for the API and the pages' sign-in both come from it.
 */
public class ProviderProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("dunghan.demo-data.enabled", "true");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(KeycloakResource.class));
  }
}
