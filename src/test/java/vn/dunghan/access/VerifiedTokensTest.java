package vn.dunghan.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.support.MovableClock;
import vn.dunghan.support.Tokens;

/**
 * A bearer token is verified once and then recognised by its exact text until it expires (or for
 * five minutes at most); a token that fails verification is refused every time and never kept.
 */
@QuarkusTest
class VerifiedTokensTest {

  private static final String PATH = "/api/v1/units";

  @Inject VerifiedTokens tokens;

  @AfterEach
  void releaseClock() {
    MovableClock.release();
  }

  private static int status(String token) {
    return given().auth().oauth2(token).get(PATH).then().extract().statusCode();
  }

  private static void pinAfter(long seconds) {
    MovableClock.pin(Instant.now().plusSeconds(seconds).atOffset(ZoneOffset.ofHours(7)).toString());
  }

  @Test
  void aTokenIsVerifiedOnceThenRecognisedUntilItsTimeIsUp() {
    String token = Tokens.of("xac-minh-mot-lan", null, "auditor");
    long before = tokens.verifications();
    assertThat(status(token)).isEqualTo(200);
    assertThat(status(token)).isEqualTo(200);
    assertThat(status(token)).isEqualTo(200);
    assertThat(tokens.verifications() - before).as("verified once for three requests").isEqualTo(1);

    // Past the five minutes a verification is kept: verified again (and still valid).
    pinAfter(6 * 60);
    assertThat(status(token)).isEqualTo(200);
    assertThat(tokens.verifications() - before).isEqualTo(2);
  }

  @Test
  void aVerificationIsNotKeptPastTheTokensExpiry() {
    String token =
        io.smallrye.jwt.build.Jwt.issuer("https://dunghan.vn/dev")
            .subject("het-han-som")
            .upn("het-han-som")
            .groups(java.util.Set.of("auditor"))
            .expiresIn(60)
            .sign(Tokens.devKey());
    long before = tokens.verifications();
    assertThat(status(token)).isEqualTo(200);
    assertThat(status(token)).isEqualTo(200);
    assertThat(tokens.verifications() - before).isEqualTo(1);
    // Two minutes on, the kept verification has lapsed with the token: it is not used.
    pinAfter(120);
    status(token);
    assertThat(tokens.verifications() - before).isEqualTo(2);
  }

  @Test
  void refusedTokensAreRefusedEveryTimeAndNeverKept() {
    String expired = Tokens.expired("da-het-han", null, "auditor");
    String foreign = Tokens.foreignSignature("khoa-la", null, "auditor");
    String valid = Tokens.of("hop-le", null, "auditor");
    // The valid token's payload under another signature is another text: never matched.
    String forged =
        valid.substring(0, valid.lastIndexOf('.') + 1)
            + foreign.substring(foreign.lastIndexOf('.') + 1);
    assertThat(status(valid)).isEqualTo(200);
    long before = tokens.verifications();
    for (int i = 0; i < 2; i++) {
      assertThat(status(expired)).isEqualTo(401);
      assertThat(status(foreign)).isEqualTo(401);
      assertThat(status(forged)).isEqualTo(401);
    }
    assertThat(tokens.verifications() - before).as("each refusal verified anew").isEqualTo(6);
    assertThat(status(valid)).isEqualTo(200);
    assertThat(tokens.verifications() - before).isEqualTo(6);
  }
}
