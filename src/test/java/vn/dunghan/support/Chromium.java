package vn.dunghan.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the system's Chromium (or Chrome) is, for the browser tests: {@code CHROMIUM_PATH} if set,
 * else the first of the usual program names on the {@code PATH}, else the usual install places
 * (Debian and Ubuntu packages, snap, Fedora, macOS).
 */
public final class Chromium {

  /** What to do when there is none, said to whoever runs the tests. */
  public static final String HOW_TO_GET_IT =
      "install it (Debian/Ubuntu: apt-get install -y chromium; Fedora: dnf install chromium;"
          + " macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome"
          + " executable";

  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");

  private static final List<String> PLACES =
      List.of(
          "/usr/bin/chromium",
          "/usr/lib/chromium/chromium",
          "/snap/bin/chromium",
          "/usr/lib64/chromium-browser/chromium-browser",
          "/opt/google/chrome/chrome",
          "/Applications/Chromium.app/Contents/MacOS/Chromium",
          "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");

  private Chromium() {}

  public static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM_PATH");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    List<Path> candidates = new ArrayList<>();
    String pathVariable = System.getenv("PATH");
    if (pathVariable != null) {
      for (String dir : pathVariable.split(File.pathSeparator)) {
        for (String name : NAMES) {
          if (!dir.isBlank()) {
            candidates.add(Path.of(dir, name));
          }
        }
      }
    }
    PLACES.forEach(p -> candidates.add(Path.of(p)));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
