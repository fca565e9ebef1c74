package vn.dunghan.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every {@code @QuarkusTest} shares one PostgreSQL per run: the resource is global (not restricted
 * to an annotated class), so Quarkus starts it once and all tests reuse the application.
 */
@QuarkusTestResource(PostgresTestResource.class)
public final class PostgresProfile {
  private PostgresProfile() {}
}
