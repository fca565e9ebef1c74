package vn.dunghan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What the packaged service carries (run by failsafe after {@code package}): no private key. The
 * dev key pair signs the tokens of tests and dev mode; its private half lives under
 * src/test/resources and must never ship, so no jar under target/quarkus-app may hold a file named
 * like it or any PEM private key.
 */
class PackagedJarIT {

  private static final Path APP = Path.of("target", "quarkus-app");

  @Test
  void noPrivateKeyShipsInThePackagedService() throws IOException {
    assertThat(APP.resolve("quarkus-run.jar")).as("run after package").exists();
    List<Path> jars;
    try (Stream<Path> files = Files.walk(APP)) {
      jars = files.filter(p -> p.toString().endsWith(".jar")).toList();
    }
    assertThat(jars).isNotEmpty();
    List<String> found = new ArrayList<>();
    int entries = 0;
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
          ZipEntry entry = all.nextElement();
          entries++;
          String name = entry.getName();
          if (name.contains("jwt-private")) {
            found.add(jar + "!" + name);
          } else if (name.endsWith(".pem") || name.endsWith(".key")) {
            try (InputStream in = zip.getInputStream(entry)) {
              String text = new String(in.readNBytes(64 * 1024), StandardCharsets.US_ASCII);
              if (text.contains("PRIVATE KEY-----")) {
                found.add(jar + "!" + name);
              }
            }
          }
        }
      }
    }
    assertThat(entries).isGreaterThan(100);
    assertThat(found).as("private keys in the package").isEmpty();
    // the public half stays: dev mode and the compose file verify with it
    try (ZipFile app = new ZipFile(APP.resolve("app").resolve(appJar()).toFile())) {
      assertThat(app.getEntry("dev/jwt-public.pem")).isNotNull();
    }
  }

  private static String appJar() throws IOException {
    try (Stream<Path> files = Files.list(APP.resolve("app"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jar"))
          .findFirst()
          .orElseThrow();
    }
  }
}
