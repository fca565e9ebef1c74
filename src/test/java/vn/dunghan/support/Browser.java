package vn.dunghan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The browser tests' driver: a script of {@code src/test/js} run by node with playwright-core in
 * the system's Chromium ({@link Chromium}). Without node, Chromium or {@code npm ci --prefix
 * src/test/js} a test is skipped with the reason, except in CI ({@code CI=true}, set by {@code
 * .ci/run}), where it fails.
 */
public final class Browser {

  private static final Path PLAYWRIGHT =
      Path.of("src", "test", "js", "node_modules", "playwright-core", "package.json");

  private Browser() {}

  /** Whether node, Chromium and playwright-core are here; CI must have them. */
  public static void orSkip() {
    List<String> missing = new ArrayList<>();
    if (Chromium.find().isEmpty()) {
      missing.add("Chromium or Chrome: " + Chromium.HOW_TO_GET_IT);
    }
    if (!nodeRuns()) {
      missing.add("node on the PATH");
    }
    if (!Files.exists(PLAYWRIGHT)) {
      missing.add("playwright-core (npm ci --prefix src/test/js)");
    }
    if (missing.isEmpty()) {
      return;
    }
    String reason = "the browser tests need " + String.join(", ", missing);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(reason + "; .ci/run installs them");
    }
    Assumptions.abort(reason + " (skipped outside CI)");
  }

  /**
   * Runs {@code script} with {@code arguments}, its output to {@code log}, and fails with that
   * output unless it passes within 3 minutes.
   */
  public static void run(
      Path script, Path log, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("CHROMIUM_PATH", Chromium.find().orElseThrow().toString());
    builder.environment().putAll(environment);
    Process node = builder.start();
    boolean finished = node.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(finished).as("the browser did not finish in 3 minutes:\n%s", output).isTrue();
    assertThat(node.exitValue()).as("the check in the browser failed:\n%s", output).isZero();
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
