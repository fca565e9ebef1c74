package vn.dunghan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run measured: {@code results.json} (every figure with its data size, ratio and the
 * machine's load at the time) and {@code results.md} (the table quoted in docs/scaling.md). Both
 * are rewritten after every measurement, so an interrupted run keeps what it had.
 */
final class Results {

  private final Path dir;
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final List<String[]> table = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Results(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    root.put("startedAt", Instant.now().toString());
    root.put("machine", machine());
  }

  Map<String, Object> section(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> s =
        (Map<String, Object>) root.computeIfAbsent(name, k -> new LinkedHashMap<>());
    return s;
  }

  /** A row of the Markdown table: what, data size, figure, target / ratio, load at the time. */
  void row(String what, String size, String figure, String comparison) {
    table.add(new String[] {what, size, figure, comparison, load()});
    System.out.printf(
        "[bench] %-60s %-14s %-28s %s (load %s)%n", what, size, figure, comparison, load());
  }

  void note(String text) {
    notes.add(text);
    System.out.println("[bench] " + text);
  }

  void write() throws IOException {
    root.put("updatedAt", Instant.now().toString());
    root.put("notes", notes);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("results.json").toFile(), root);
    StringBuilder md = new StringBuilder();
    md.append("| Measurement | Data size | Figure | Target / comparison | Load (1/5/15 min) |\n");
    md.append("|---|---|---|---|---|\n");
    for (String[] r : table) {
      md.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      for (String n : notes) {
        md.append("- ").append(n).append('\n');
      }
    }
    Files.writeString(dir.resolve("results.md"), md.toString());
  }

  /** The load averages, as {@code uptime} prints them. */
  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("loadAtStart", load());
    m.put("java", System.getProperty("java.version"));
    return m;
  }
}
