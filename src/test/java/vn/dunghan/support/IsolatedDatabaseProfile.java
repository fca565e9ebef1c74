package vn.dunghan.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A second application on its own fresh database, with the demo province loaded: for tests that
 * change what every other test relies on (a year's calendar) or need an empty start.
 */
public class IsolatedDatabaseProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("dunghan.demo-data.enabled", "true");
  }
}
