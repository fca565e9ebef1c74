package vn.dunghan.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page a browser returns to after signing in is always one of this site's. */
class SignInPageTest {

  @Test
  void pathsOfThisSiteAreKept() {
    assertThat(SignInPage.local("/ho-so/HS-1")).isEqualTo("/ho-so/HS-1");
    assertThat(SignInPage.local("/?period=2026-06&unit=22.C01"))
        .isEqualTo("/?period=2026-06&unit=22.C01");
    assertThat(SignInPage.local("/bao-cao/bieu-06?period=2026-05&format=pdf"))
        .isEqualTo("/bao-cao/bieu-06?period=2026-05&format=pdf");
  }

  @Test
  void anythingThatCouldLeaveTheSiteLeadsToTheDashboard() {
    for (String away :
        new String[] {
          "//example.org/x",
          "/\\example.org",
          "https://example.org/",
          "javascript:alert(1)",
          "ho-so/HS-1",
          "/ho-so/HS-1\r\nSet-Cookie: a=b",
          "/" + "a".repeat(SignInPage.LONGEST_NEXT),
          "",
        }) {
      assertThat(SignInPage.local(away)).as(away).isEqualTo("/");
    }
    assertThat(SignInPage.local(null)).isEqualTo("/");
  }
}
