package vn.dunghan.access;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dunghan.shared.problem.ProblemException;

/**
 * The development sign-in (dev mode and tests only; the production build has no such page): the
 * demo province's people, the same as the Keycloak realm's demo users (deploy/keycloak), and a
 * button each that signs a token with the development key, puts it in the page cookie and opens the
 * dashboard. With a real provider the pages sign in through it instead.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@PermitAll
@Path("/dev")
public class DevSignIn {

  /** A demo person: login, name, roles and unit, as in the realm file. */
  record Person(String login, String name, String role, String unit, String unitName) {}

  static final List<Person> PEOPLE =
      List.of(
          new Person("lanh-dao-tinh", "Nguyễn Văn Tỉnh", "province", "22", "Tỉnh Quảng Ninh"),
          new Person("truong-huyen-ha-long", "Trần Thị Hạ", "head", "22.193", "Thành phố Hạ Long"),
          new Person(
              "chu-tich-phuong-ha-long", "Lê Văn Phường", "head", "22.C01", "Phường Hạ Long"),
          new Person("mot-cua-phuong-ha-long", "Phạm Thị Một", "clerk", "22.C01", "Phường Hạ Long"),
          new Person("chuyen-vien-xay-dung", "Hoàng Văn Dựng", "officer", "22.S03", "Sở Xây dựng"),
          new Person("thanh-tra-tinh", "Vũ Thị Tra", "auditor", null, "toàn tỉnh"));

  /** Whether an identity provider signs the pages in (then this page sends people to it). */
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "quarkus.oidc.tenant-enabled",
      defaultValue = "false")
  boolean provider;

  private static final String ISSUER = "https://dunghan.vn/dev";

  /** The private half of the development key pair: in the source tree, never in the package. */
  private static final java.nio.file.Path DEV_KEY =
      java.nio.file.Path.of("src", "test", "resources", "dev", "jwt-private.pem");

  @GET
  @Path("/dang-nhap")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @Operation(hidden = true)
  public Response page() {
    if (provider) {
      return Response.seeOther(URI.create("/")).build(); // the provider signs people in
    }
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Đăng nhập thử — Đúng Hạn</title><style>"
                + "body{font:15px/1.5 \"DejaVu Sans\",Arial,sans-serif;margin:0;background:#f4f6f8;"
                + "color:#263238}header{background:#b71c1c;color:#fff;padding:14px 20px}"
                + "main{max-width:720px;margin:0 auto;padding:16px}form{background:#fff;"
                + "border:1px solid #dde3e8;border-radius:6px;padding:10px 14px;margin:8px 0;"
                + "display:flex;justify-content:space-between;align-items:center;gap:12px}"
                + "button{font:inherit;font-weight:600;padding:6px 16px;border:0;border-radius:4px;"
                + "background:#1565c0;color:#fff;cursor:pointer}p.note{color:#546e7a;font-size:13px}"
                + "</style></head><body><header><b>Đúng Hạn</b> · Đăng nhập thử (chỉ khi phát"
                + " triển)</header><main><p class=\"note\">Trang này chỉ có ở chế độ phát triển và"
                + " kiểm thử, không có trong bản chạy thật. Chọn một người của tỉnh thử nghiệm:</p>");
    for (Person p : PEOPLE) {
      html.append("<form method=\"post\" action=\"/dev/dang-nhap\"><span><b>")
          .append(p.name())
          .append("</b><br>")
          .append(roleName(p.role()))
          .append(" · ")
          .append(p.unitName())
          .append("</span><input type=\"hidden\" name=\"login\" value=\"")
          .append(p.login())
          .append("\"><button type=\"submit\">Đăng nhập</button></form>");
    }
    return Response.ok(html.append("</main></body></html>").toString()).build();
  }

  /** Signs {@code login} in: the token into the page cookie, then the dashboard (or their page). */
  @POST
  @Path("/dang-nhap")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signIn(@FormParam("login") String login) {
    if (provider) {
      return Response.seeOther(URI.create("/")).build();
    }
    Person person =
        PEOPLE.stream()
            .filter(p -> p.login().equals(login))
            .findFirst()
            .orElseThrow(() -> ProblemException.invalid("login", "no demo person '" + login + "'"));
    var claims =
        Jwt.issuer(ISSUER)
            .upn(person.login())
            .subject(person.login())
            .claim("name", person.name())
            .groups(Set.of(person.role()));
    if (person.unit() != null) {
      claims.claim("unit", person.unit());
    }
    String token = claims.expiresIn(8 * 3600).sign(devKey());
    NewCookie cookie =
        new NewCookie.Builder(CookieRule.COOKIE)
            .value(token)
            .path("/")
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.LAX)
            .maxAge(8 * 3600)
            .build();
    String next = Set.of("clerk", "officer").contains(person.role()) ? "/dev/dang-nhap" : "/";
    return Response.seeOther(URI.create(next)).cookie(cookie).build();
  }

  @GET
  @Path("/dang-xuat")
  @Operation(hidden = true)
  public Response signOut() {
    NewCookie gone =
        new NewCookie.Builder(CookieRule.COOKIE)
            .value("")
            .path("/")
            .httpOnly(true)
            .maxAge(0)
            .build();
    return Response.seeOther(URI.create("/dev/dang-nhap")).cookie(gone).build();
  }

  private static String roleName(String role) {
    return switch (role) {
      case "province" -> "Lãnh đạo tỉnh";
      case "head" -> "Thủ trưởng đơn vị";
      case "clerk" -> "Cán bộ một cửa";
      case "officer" -> "Chuyên viên";
      default -> "Thanh tra";
    };
  }

  private static PrivateKey devKey() {
    try {
      String pem = Files.readString(DEV_KEY, StandardCharsets.US_ASCII);
      String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the development key " + DEV_KEY + " is needed by the development sign-in", e);
    }
  }
}
