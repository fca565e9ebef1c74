package vn.dunghan.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * Writes a generated province to files: {@code reference/} (the bodies of POST /api/v1/fields,
 * /units and /procedures, in an order the API accepts) and {@code batches/} (portal sync batches of
 * 1,000 dossiers, JSON arrays, or NDJSON with {@code -Dbench.format=ndjson}). Deterministic by
 * {@code bench.seed} for a given {@code bench.now} (default: now).
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:java@generate -Dbench.size=10000 -Dbench.out=target/generated
 * </pre>
 */
public final class Generate {

  private Generate() {}

  public static void main(String[] args) throws Exception {
    long seed = Long.getLong("bench.seed", 20_250_701L);
    long size = Long.getLong("bench.size", 10_000L);
    int months = Integer.getInteger("bench.months", 24);
    boolean ndjson = "ndjson".equals(System.getProperty("bench.format", "json"));
    Path out = Path.of(System.getProperty("bench.out", "target/generated"));
    Instant now = Instant.parse(System.getProperty("bench.now", Instant.now().toString()));
    LocalDate today = LocalDate.ofInstant(now, Dossiers.ZONE);
    Province province = new Province(seed);
    Path reference = Files.createDirectories(out.resolve("reference"));
    Path batches = Files.createDirectories(out.resolve("batches"));
    int n = 0;
    for (Province.Field f : province.fields) {
      Files.write(
          reference.resolve(String.format("%04d-field-%s.json", n++, f.code())), SyncJson.field(f));
    }
    for (Province.Unit u : province.creationOrder()) {
      Files.write(
          reference.resolve(String.format("%04d-unit-%s.json", n++, u.code())), SyncJson.unit(u));
    }
    for (Province.Procedure p : province.procedures) {
      Files.write(
          reference.resolve(String.format("%04d-procedure-%s.json", n++, p.code())),
          SyncJson.procedure(p));
    }
    Dossiers dossiers =
        new Dossiers(
            province,
            WorkingCalendar.provisionalOnly(),
            seed,
            today,
            months,
            now,
            Dossiers.Mode.HISTORY);
    long started = System.nanoTime();
    long lastReport = started;
    long[] events = new long[1];
    for (long from = 0; from < size; from += 1000) {
      long to = Math.min(size, from + 1000);
      String name = String.format("batch-%07d.%s", from / 1000, ndjson ? "ndjson" : "json");
      if (ndjson) {
        try (OutputStream file =
            new BufferedOutputStream(Files.newOutputStream(batches.resolve(name)))) {
          for (long i = from; i < to; i++) {
            Dossiers.Item item = dossiers.item(i);
            events[0] += item.events().size();
            SyncJson.line(file, item);
          }
        }
      } else {
        List<Dossiers.Item> items = new ArrayList<>();
        for (long i = from; i < to; i++) {
          Dossiers.Item item = dossiers.item(i);
          events[0] += item.events().size();
          items.add(item);
        }
        Files.write(batches.resolve(name), SyncJson.batch(items));
      }
      long t = System.nanoTime();
      if (t - lastReport > 5_000_000_000L || to == size) {
        lastReport = t;
        System.out.printf(
            "%,d / %,d dossiers, %,d events, %.0f s%n", to, size, events[0], (t - started) / 1e9);
      }
    }
    System.out.printf(
        "province: %d fields, %d units, %d procedures; %,d dossiers %s .. %s in %s%n",
        province.fields.size(),
        province.units.size(),
        province.procedures.size(),
        size,
        dossiers.first(),
        today,
        out);
  }
}
