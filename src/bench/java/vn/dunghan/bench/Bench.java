package vn.dunghan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * The scaling benchmark (issue 8; docs/scaling.md), run by {@code ./mvnw -B -Pbench verify}. In one
 * run, against the packaged service started as a process of its own on a fresh database of the
 * system PostgreSQL:
 *
 * <ol>
 *   <li>bulk sync through HTTP in batches of 1,000 against raw JDBC batch inserts of the same rows,
 *       and the service's peak RSS while it ingests;
 *   <li>single intakes from 32 concurrent connections: throughput, p50 and p99;
 *   <li>the province's on-time rates and monthly report at {@code bench.read-size} dossiers (and
 *       {@code bench.read-size-2} if set) against a naive GROUP BY over the dossier table;
 *   <li>the overdue scan with many open dossiers of which 1 % crossed their due date, at two sizes
 *       (a second database).
 * </ol>
 *
 * Figures go to {@code target/bench/results.json} and {@code results.md}; nothing here asserts a
 * time. Settings are system properties ({@code -Dbench.read-size=200000} and so on, see below).
 */
public final class Bench {

  private static final Path OUT = Path.of("target/bench");

  private final long seed = Long.getLong("bench.seed", 20_250_701L);
  private final int ingestSize = Integer.getInteger("bench.ingest-size", 50_000);
  private final int readSize = Integer.getInteger("bench.read-size", 1_000_000);
  private final int readSize2 = Integer.getInteger("bench.read-size-2", 0);
  private final int loadStreams = Integer.getInteger("bench.load-streams", 2);
  private final int intakeRequests = Integer.getInteger("bench.intake-requests", 10_000);
  private final int intakeWarmup = Integer.getInteger("bench.intake-warmup", 2_000);
  private final double intakeRate =
      Double.parseDouble(System.getProperty("bench.intake-rate", "100"));
  private final int connections = Integer.getInteger("bench.connections", 32);
  private final List<Integer> scanSizes =
      sizes(System.getProperty("bench.scan-sizes", "250000,1000000"));
  private final double crossingShare =
      Double.parseDouble(System.getProperty("bench.crossing", "0.01"));
  private final int months = Integer.getInteger("bench.months", 24);
  private final int port = Integer.getInteger("bench.port", 18383);
  private final String xmx = System.getProperty("bench.xmx", "256m");
  private final boolean keep = Boolean.getBoolean("bench.keep-db");
  private final boolean directLoad = !"http".equals(System.getProperty("bench.load", "direct"));
  private final String phases = System.getProperty("bench.phases", "ingest,intake,reads,scan");
  private final Pg pg = new Pg(System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/"));
  private final Results results;
  private final Province province = new Province(seed);
  private final String run = Long.toString(System.currentTimeMillis() / 1000);

  private Bench() throws IOException {
    results = new Results(OUT);
  }

  public static void main(String[] args) throws Exception {
    new Bench().run();
  }

  private void run() throws Exception {
    Map<String, Object> settings = results.section("settings");
    settings.put("seed", seed);
    settings.put("ingestSize", ingestSize);
    settings.put("readSize", readSize);
    settings.put("intakeRate", intakeRate);
    settings.put("readSize2", readSize2);
    settings.put("scanSizes", scanSizes);
    settings.put("serviceXmx", xmx);
    settings.put("months", months);
    if (phases.contains("ingest") || phases.contains("intake") || phases.contains("reads")) {
      mainDatabase();
    }
    if (phases.contains("scan")) {
      scanDatabase();
    }
    if (phases.contains("portal")) {
      portalDatabase();
    }
    results.write();
    System.out.println("[bench] written " + OUT.resolve("results.json") + " and results.md");
  }

  // ---------------------------------------------------------------- the portal's dialect

  /**
   * The portal's dialect on its own database: the same generated dossiers sent as {@code
   * DongBoHoSoMC} envelopes of 1,000 (ratio against raw JDBC inserts of the rows written, as the
   * sync ingest), then every one of them pushed to a stub portal (WireMock) as if the push had just
   * been switched on: the nightly reconciliation queues them and the push job is run by hand until
   * the outbox is empty.
   */
  private void portalDatabase() throws Exception {
    String db = "dunghan_bench_portal_" + run;
    pg.create(db);
    com.github.tomakehurst.wiremock.WireMockServer stub =
        new com.github.tomakehurst.wiremock.WireMockServer(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .disableRequestJournal());
    stub.start();
    stub.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post("/auth")
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    "{\"error_code\": 0, \"session\": \"bench\"}")));
    stub.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post("/integration")
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    "{\"error_code\": \"00\", \"message\": \"ok\"}")));
    String base = "http://127.0.0.1:" + stub.port();
    Map<String, String> portal =
        Map.of(
            "DVCQG_ENABLED", "true",
            "DVCQG_AUTH_URL", base + "/auth",
            "DVCQG_INTEGRATION_URL", base + "/integration",
            "DVCQG_USERNAME", "bench",
            "DVCQG_PASSWORD", "bench",
            "DVCQG_AGENCY_CODE", "000.00.00.H99",
            "DUNGHAN_JOBS_PORTAL_PUSH", "off",
            "DUNGHAN_JOBS_PORTAL_RECONCILE", "off");
    Path log = OUT.resolve("service-portal.log");
    try (ServiceProcess service = new ServiceProcess(pg.url(db), port, xmx, log, portal);
        Connection c = pg.connect(db)) {
      Api api = service.api();
      referenceData(api);
      Instant now = Instant.now();
      Dossiers history =
          new Dossiers(
              province,
              WorkingCalendar.provisionalOnly(),
              seed,
              LocalDate.ofInstant(now, Dossiers.ZONE),
              months,
              now,
              Dossiers.Mode.HISTORY);
      List<byte[]> batches = new ArrayList<>();
      for (long from = 0; from < ingestSize; from += Loader.BATCH) {
        List<Dossiers.Item> items = new ArrayList<>();
        for (long i = from; i < Math.min(ingestSize, from + Loader.BATCH); i++) {
          items.add(history.item(i));
        }
        batches.add(DvcqgJson.envelope(items));
      }
      Pg.execute(c, "checkpoint");
      String load = Results.load();
      Loader.Outcome http =
          Loader.send(api, "/api/v1/portal/dvcqg", "results", batches, ingestSize);
      long rss = service.peakRssKb();
      Map<String, Object> s = results.section("portal-in");
      String against = baselines(c, s, http);
      s.put("dossiers", ingestSize);
      s.put("httpSeconds", http.seconds());
      s.put("httpPerSecond", http.perSecond());
      s.put("httpOutcomes", http.outcomes());
      s.put("httpProblems", http.problems());
      s.put("httpLoad", load);
      s.put("servicePeakRssKb", rss);
      results.row(
          "Portal dialect in (DongBoHoSoMC), envelopes of 1,000, one stream",
          String.format("%,d dossiers, outcomes %s", ingestSize, http.outcomes()),
          String.format("%,.0f dossiers/s (%.1f s)", http.perSecond(), http.seconds()),
          against);
      results.write();

      // As if the push had just been switched on: nothing acknowledged, everything to send.
      Pg.execute(c, "truncate portal_sync, portal_push");
      Api.Answer queued =
          api.post("/api/v1/admin/jobs/portal-reconcile/run", new byte[] {'{', '}'});
      long started = System.nanoTime();
      long pushed = 0;
      long steps = 0;
      int runs = 0;
      while (true) {
        Api.Answer a = api.post("/api/v1/admin/jobs/portal-push/run", new byte[] {'{', '}'});
        com.fasterxml.jackson.databind.JsonNode r =
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.body()).get("result");
        runs++;
        if (r.get("claimed").asLong() == 0) {
          break;
        }
        pushed += r.get("pushed").asLong();
        steps += r.get("steps").asLong();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long left = Pg.count(c, "select count(*) from portal_push");
      Map<String, Object> p = results.section("portal-push");
      p.put("queuedByReconcile", queued.body());
      p.put("pushed", pushed);
      p.put("stepRecords", steps);
      p.put("runs", runs);
      p.put("seconds", seconds);
      p.put("perSecond", pushed / seconds);
      p.put("leftInOutbox", left);
      p.put("batchSize", 100);
      results.row(
          "Portal push to a stub portal (WireMock), envelopes of 100, one replica",
          String.format("%,d dossiers, %,d step records, %d job runs", pushed, steps, runs),
          String.format("%,.0f dossiers/s (%.1f s)", pushed / seconds, seconds),
          left + " left in the outbox");
      results.write();
    } finally {
      stub.stop();
      if (!keep) {
        pg.drop(db);
      } else {
        results.note("kept database " + db);
      }
    }
  }

  // ---------------------------------------------------------------- ingest, intake, reads

  private void mainDatabase() throws Exception {
    String db = "dunghan_bench_" + run;
    pg.create(db);
    try (ServiceProcess service = start(db, "main");
        Connection c = pg.connect(db)) {
      Map<String, Object> pgSettings = results.section("postgresql");
      for (String s :
          List.of(
              "server_version", "shared_buffers", "work_mem", "max_parallel_workers_per_gather")) {
        pgSettings.put(s, Pg.row(c, "show " + s).get(0));
      }
      Api api = service.api();
      referenceData(api);
      Instant now = Instant.now();
      LocalDate today = LocalDate.ofInstant(now, Dossiers.ZONE);
      Dossiers history =
          new Dossiers(
              province,
              WorkingCalendar.provisionalOnly(),
              seed,
              today,
              months,
              now,
              Dossiers.Mode.HISTORY);
      results.section("data").put("span", history.first() + " .. " + today);
      if (phases.contains("ingest")) {
        ingest(api, service, c, history);
      } else {
        Loader.Outcome o = Loader.load(api, history, 0, ingestSize, loadStreams, "load");
        check(o);
      }
      if (phases.contains("intake")) {
        intake(api, now, pg.url(db));
      }
      if (phases.contains("reads")) {
        long loaded = ingestSize;
        for (int size : readSize2 > 0 ? List.of(readSize, readSize2) : List.of(readSize)) {
          if (size > loaded && directLoad) {
            double seconds =
                Direct.load(c, province, history, loaded, size, now, "load to " + size);
            Map<String, Object> s = results.section("load-" + size);
            s.put("how", "direct (DirectLoad: the service's aggregate and counter code, COPY)");
            s.put("dossiers", size - loaded);
            s.put("seconds", seconds);
            loaded = size;
          } else if (size > loaded) {
            Loader.Outcome o =
                Loader.load(api, history, loaded, size, loadStreams, "load to " + size);
            check(o);
            Map<String, Object> s = results.section("load-" + size);
            s.put("dossiers", o.items());
            s.put("seconds", o.seconds());
            s.put("perSecond", o.perSecond());
            s.put("streams", loadStreams);
            s.put("outcomes", o.outcomes());
            s.put("servicePeakRssKb", service.peakRssKb());
            results.row(
                "Sync ingest, " + loadStreams + " streams, while loading",
                String.format("%,d -> %,d", loaded, size),
                String.format("%,.0f dossiers/s", o.perSecond()),
                "peak RSS " + service.peakRssKb() / 1024 + " MB (target < 512 MB)");
            loaded = size;
            results.write();
          }
          reads(api, c, size, today);
        }
      }
    } finally {
      if (!keep) {
        pg.drop(db);
      } else {
        results.note("kept database " + db);
      }
    }
  }

  private ServiceProcess start(String db, String name) throws IOException {
    Path log = OUT.resolve("service-" + name + ".log");
    ServiceProcess service = new ServiceProcess(pg.url(db), port, xmx, log);
    results.note(
        "service '"
            + name
            + "' pid "
            + service.pid()
            + " on port "
            + port
            + ", -Xmx"
            + xmx
            + ", database "
            + db);
    return service;
  }

  private void referenceData(Api api) {
    for (Province.Field f : province.fields) {
      created(api.post("/api/v1/fields", SyncJson.field(f)), f.code());
    }
    for (Province.Unit u : province.creationOrder()) {
      created(api.post("/api/v1/units", SyncJson.unit(u)), u.code());
      if (u.movedTo() != null) {
        created(
            api.post("/api/v1/units/" + u.code() + "/versions", SyncJson.move(u)),
            u.code() + " from " + Province.REORGANISED);
      }
    }
    for (Province.Procedure p : province.procedures) {
      created(api.post("/api/v1/procedures", SyncJson.procedure(p)), p.code());
    }
    Map<String, Object> data = results.section("data");
    data.put("fields", province.fields.size());
    data.put("units", province.units.size());
    data.put("districts", province.districts.size());
    data.put("communesBefore", province.oldCommunes.size());
    data.put("communesAfter", province.newCommunes.size());
    data.put("departments", province.departments.size());
    data.put("procedures", province.procedures.size());
  }

  private static void created(Api.Answer a, String what) {
    if (a.status() != 201) {
      throw new IllegalStateException(what + ": " + a.status() + " " + a.body());
    }
  }

  private void ingest(Api api, ServiceProcess service, Connection c, Dossiers history)
      throws Exception {
    List<byte[]> batches = new ArrayList<>();
    for (long from = 0; from < ingestSize; from += Loader.BATCH) {
      List<Dossiers.Item> items = new ArrayList<>();
      for (long i = from; i < Math.min(ingestSize, from + Loader.BATCH); i++) {
        items.add(history.item(i));
      }
      batches.add(SyncJson.batch(items));
    }
    // Both timed parts start from a clean checkpoint: the raw insert runs right after the HTTP
    // ingest and would otherwise pay for writing out the buffers that the ingest dirtied.
    Pg.execute(c, "checkpoint");
    String load = Results.load();
    Loader.Outcome http = Loader.send(api, batches, ingestSize);
    check(http);
    long rss = service.peakRssKb();
    long rows =
        Pg.count(
            c,
            "select (select count(*) from dossier) + (select count(*) from dossier_applicant)"
                + " + (select count(*) from dossier_step) + (select count(*) from dossier_event)"
                + " + (select count(*) from sla_overrun) + (select count(*) from notification)"
                + " + (select count(*) from sla_resolution_counter) + (select count(*) from report_counter)");
    Map<String, Object> s = results.section("ingest");
    String against = baselines(c, s, http);
    s.put("dossiers", ingestSize);
    s.put("rowsWritten", rows);
    s.put("httpSeconds", http.seconds());
    s.put("httpPerSecond", http.perSecond());
    s.put("httpOutcomes", http.outcomes());
    s.put("httpLoad", load);
    s.put("servicePeakRssKb", rss);
    s.put("serviceRssKbAfter", service.rssKb());
    results.row(
        "Sync ingest via HTTP, batches of 1,000, one stream",
        String.format("%,d dossiers (%,d rows)", ingestSize, rows),
        String.format("%,.0f dossiers/s (%.1f s)", http.perSecond(), http.seconds()),
        against);
    results.row(
        "Peak RSS of the service (VmHWM) after the HTTP ingest",
        String.format("%,d dossiers", ingestSize),
        rss / 1024 + " MB",
        "target < 512 MB, -Xmx" + xmx);
    results.write();
  }

  /**
   * The floors of an ingest just measured, in the same run: the rows it wrote re-inserted by JDBC
   * batches, then by COPY, each from a checkpoint. Records both in {@code s}; answers the table's
   * "against" text.
   */
  private static String baselines(Connection c, Map<String, Object> s, Loader.Outcome http)
      throws SQLException {
    StringBuilder against = new StringBuilder();
    for (RawInsert.Mode mode : RawInsert.Mode.values()) {
      String prefix = mode == RawInsert.Mode.COPY ? "copy" : "jdbc";
      String load = Results.load();
      RawInsert.Outcome raw = RawInsert.run(c, mode);
      double ratio = http.perSecond() / raw.perSecond();
      s.put(prefix + "Rows", raw.rows());
      s.put(prefix + "Seconds", raw.seconds());
      s.put(prefix + "PerSecond", raw.perSecond());
      s.put(prefix + "Load", load);
      s.put(mode == RawInsert.Mode.COPY ? "copyRatio" : "ratio", ratio);
      against.append(
          String.format(
              "%s%s of the same %,d rows %,.0f/s (%.1f s): ratio %.2f",
              against.isEmpty() ? "" : "; ",
              mode == RawInsert.Mode.COPY ? "COPY (text format)" : "JDBC batch insert",
              raw.rows(),
              raw.perSecond(),
              raw.seconds(),
              ratio));
    }
    return against.append(" (target >= 0.5 of COPY)").toString();
  }

  private void intake(Api api, Instant now, String jdbcUrl) throws IOException {
    Dossiers fresh =
        new Dossiers(
                province,
                WorkingCalendar.provisionalOnly(),
                seed + 1,
                LocalDate.ofInstant(now, Dossiers.ZONE),
                1,
                now,
                Dossiers.Mode.OPEN)
            .openDays(1);
    List<byte[]> bodies = new ArrayList<>(intakeRequests);
    for (int i = 0; i < intakeRequests; i++) {
      bodies.add(SyncJson.intake(fresh.item(2_000_000_000L + i)));
    }
    IntakeLoad.Outcome o = IntakeLoad.run(api, bodies, intakeWarmup, connections);
    record(o, "intake", intakeWarmup);
    bare(bodies, o, jdbcUrl);
    // The same with a few connections: the service time of one intake when nothing queues.
    List<byte[]> few = new ArrayList<>();
    for (int i = 0; i < intakeRequests / 4; i++) {
      few.add(SyncJson.intake(fresh.item(2_100_000_000L + i)));
    }
    record(IntakeLoad.run(api, few, few.size() / 5, 4), "intake-4", few.size() / 5);
    // 32 connections again, at a fixed arrival rate below saturation: the latency a desk sees at a
    // busy hour, rather than the queue that 32 clients sending back to back build up.
    List<byte[]> paced = new ArrayList<>();
    int pacedRequests = (int) Math.round(intakeRate * 60);
    for (int i = 0; i < pacedRequests; i++) {
      paced.add(SyncJson.intake(fresh.item(2_200_000_000L + i)));
    }
    int pacedWarmup = pacedRequests / 6;
    IntakeLoad.Outcome atRate = IntakeLoad.run(api, paced, pacedWarmup, connections, intakeRate);
    record(atRate, "intake-paced", pacedWarmup);
  }

  /**
   * The same bodies, the same connections, against {@link BareIntake}: the rows the service just
   * wrote for them, written again by plain JDBC from a bare route in a JVM like the service's.
   */
  private void bare(List<byte[]> bodies, IntakeLoad.Outcome service, String jdbcUrl)
      throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> codes = new ArrayList<>();
    for (byte[] body : bodies) {
      codes.add(json.readTree(body).path("code").asText());
    }
    Path list = OUT.resolve("bare-codes.txt");
    Files.write(list, codes);
    int barePort = port + 1;
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + xmx,
            "-cp",
            BareIntake.classPath(),
            BareIntake.class.getName(),
            Integer.toString(barePort),
            jdbcUrl,
            list.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(OUT.resolve("bare.log").toFile()))
            .start();
    try {
      Api bare = new Api(barePort, "none");
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!bare.ready()) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the bare route did not start; see target/bench/bare.log");
        }
        ServiceProcess.sleep(200);
      }
      IntakeLoad.Outcome o = IntakeLoad.run(bare, bodies, intakeWarmup, connections);
      section(o, "intake-bare", intakeWarmup);
      double ratio = service.perSecond() / o.perSecond();
      results.section("intake-bare").put("serviceRatio", ratio);
      results.row(
          "Bare route writing the same rows (plain JDBC, JDK HTTP server, -Xmx" + xmx + ")",
          String.format("%,d requests after %,d warm-up", o.requests(), intakeWarmup),
          String.format(
              "%,.0f req/s, p50 %.1f ms, p99 %.1f ms", o.perSecond(), o.p50Ms(), o.p99Ms()),
          String.format(
              "the service at 32 connections %,.0f req/s: ratio %.2f (target >= 0.5)",
              service.perSecond(), ratio));
      results.write();
    } finally {
      process.destroy();
    }
  }

  private void record(IntakeLoad.Outcome o, String section, int warmup) throws IOException {
    section(o, section, warmup);
    String how =
        section.equals("intake-paced")
            ? String.format(", %.0f requests/s offered (open loop)", intakeRate)
            : "";
    results.row(
        "Single intake POST /api/v1/dossiers, " + o.connections() + " connections" + how,
        String.format("%,d requests after %,d warm-up", o.requests(), warmup),
        String.format("%,.0f req/s, p50 %.1f ms, p99 %.1f ms", o.perSecond(), o.p50Ms(), o.p99Ms()),
        String.format("p99 target < 50 ms; max %.0f ms; statuses %s", o.maxMs(), o.statuses()));
    results.write();
  }

  private void section(IntakeLoad.Outcome o, String section, int warmup) {
    Map<String, Object> s = results.section(section);
    s.put("warmup", warmup);
    s.put("connections", o.connections());
    s.put("requests", o.requests());

    s.put("seconds", o.seconds());
    s.put("perSecond", o.perSecond());
    s.put("p50Ms", o.p50Ms());
    s.put("p90Ms", o.p90Ms());
    s.put("p99Ms", o.p99Ms());
    s.put("maxMs", o.maxMs());
    s.put("statuses", o.statuses());
    s.put("load", Results.load());
    s.put("offeredPerSecond", section.equals("intake-paced") ? intakeRate : null);
  }

  private void reads(Api api, Connection c, int size, LocalDate today) throws Exception {
    try (var st = c.createStatement()) {
      st.execute("analyze");
    }
    long dossiers = Pg.count(c, "select count(*) from dossier");
    Map<String, Object> s = results.section("reads-" + size);
    s.put("dossiers", dossiers);
    s.put("slaResolutionCounterRows", Pg.count(c, "select count(*) from sla_resolution_counter"));
    s.put("reportCounterRows", Pg.count(c, "select count(*) from report_counter"));
    s.put("slaResolutionMonthRows", Pg.count(c, "select count(*) from sla_resolution_month"));
    s.put("databaseMb", Pg.count(c, "select pg_database_size(current_database()) / 1048576"));
    s.put(
        "dossierTablesMb",
        Pg.count(
            c,
            "select (pg_total_relation_size('dossier') + pg_total_relation_size('dossier_event')"
                + " + pg_total_relation_size('dossier_step')"
                + " + pg_total_relation_size('dossier_applicant')) / 1048576"));
    LocalDate from = today.minusMonths(months).plusDays(1);
    for (String groupBy : List.of("level", "field", "unit")) {
      long[] service = new long[4];
      long[] naive = new long[4];
      Reads.Timing t = Reads.rates(api, groupBy, from, today, service);
      Reads.Timing n = Reads.naiveRates(c, groupBy, from, today, naive);
      boolean same = java.util.Arrays.equals(service, naive);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("window", from + " .. " + today);
      r.put("serviceMedianMs", t.medianMs());
      r.put("serviceMaxMs", t.maxMs());
      r.put("naiveMedianMs", n.medianMs());
      r.put("naiveMaxMs", n.maxMs());
      r.put("speedup", n.medianMs() / t.medianMs());
      r.put("service", Reads.figures(new String[] {"early", "onTime", "late", "rows"}, service));
      r.put("naive", Reads.figures(new String[] {"early", "onTime", "late", "rows"}, naive));
      r.put("sameFigures", same);
      s.put("rates-" + groupBy, r);
      results.row(
          "On-time rates groupBy=" + groupBy + ", whole province, " + months + " months",
          String.format("%,d dossiers", dossiers),
          String.format("%.0f ms (max %.0f)", t.medianMs(), t.maxMs()),
          String.format(
              "naive GROUP BY %.0f ms: %.1fx; same figures: %s (target < 100 ms)",
              n.medianMs(), n.medianMs() / t.medianMs(), same));
    }
    // The current regulatory month (Decree 09/2019: 15th to 14th), judged today.
    LocalDate periodEnd =
        today.getDayOfMonth() >= 15
            ? today.plusMonths(1).withDayOfMonth(14)
            : today.withDayOfMonth(14);
    LocalDate windowFrom = periodEnd.minusMonths(1).withDayOfMonth(15);
    String period = periodEnd.toString().substring(0, 7);
    long[] service = new long[13];
    long[] naive = new long[13];
    Reads.Timing t = Reads.report(api, period, service);
    Reads.Timing n = Reads.naiveReport(c, windowFrom, today, naive);
    boolean same = java.util.Arrays.equals(service, naive);
    String[] names = java.util.Arrays.copyOf(Reads.REPORT_FIGURES, 13);
    names[12] = "rows";
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("period", period + " (" + windowFrom + " .. " + today + ")");
    r.put("serviceMedianMs", t.medianMs());
    r.put("serviceMaxMs", t.maxMs());
    r.put("naiveMedianMs", n.medianMs());
    r.put("naiveMaxMs", n.maxMs());
    r.put("speedup", n.medianMs() / t.medianMs());
    r.put("service", Reads.figures(names, service));
    r.put("naive", Reads.figures(names, naive));
    r.put("sameFigures", same);
    s.put("report-current", r);
    results.row(
        "Monthly report period=" + period + " (open window), whole province",
        String.format("%,d dossiers", dossiers),
        String.format("%.0f ms (max %.0f)", t.medianMs(), t.maxMs()),
        String.format(
            "naive GROUP BY %.0f ms: %.1fx; same figures: %s (target < 1 s)",
            n.medianMs(), n.medianMs() / t.medianMs(), same));
    index(api, c, s, dossiers, today);
    Map<String, Lookups.Percentiles> lookups = Lookups.run(api, c, 1000);
    for (Map.Entry<String, Lookups.Percentiles> e : new java.util.TreeMap<>(lookups).entrySet()) {
      Lookups.Percentiles p = e.getValue();
      s.put("lookup-" + e.getKey().replace(' ', '-'), p.asMap());
      results.row(
          "Citizen lookup without a token, " + e.getKey() + ", one client",
          String.format("%,d dossiers, %,d requests", dossiers, p.requests()),
          String.format(
              "p95 %.1f ms (p50 %.1f, p99 %.1f, max %.1f)",
              p.p95Ms(), p.p50Ms(), p.p99Ms(), p.maxMs()),
          "target p95 < 200 ms");
    }
    String closed = periodEnd.minusMonths(6).toString().substring(0, 7);
    long[] closedFigures = new long[13];
    Reads.Timing tc = Reads.report(api, closed, closedFigures);
    s.put(
        "report-closed",
        Map.of("period", closed, "serviceMedianMs", tc.medianMs(), "serviceMaxMs", tc.maxMs()));
    results.row(
        "Monthly report period=" + closed + " (closed window, no snapshot)",
        String.format("%,d dossiers", dossiers),
        String.format("%.0f ms (max %.0f)", tc.medianMs(), tc.maxMs()),
        "target < 1 s");
    results.write();
  }

  /**
   * Decision 766: the counters are started for the loaded dossiers by the index-rebuild job (the
   * loader writes dossiers, not their index contributions), then the whole province's report for
   * last month is timed against a recount from the dossier table, figures compared.
   */
  private void index(Api api, Connection c, Map<String, Object> s, long dossiers, LocalDate today)
      throws Exception {
    if (Pg.count(c, "select count(*) from dossier_index_marks") < dossiers) {
      long started = System.nanoTime();
      Api.Answer rebuilt = api.post("/api/v1/admin/jobs/index-rebuild/run", new byte[] {'{', '}'});
      double seconds = (System.nanoTime() - started) / 1e9;
      s.put("indexRebuildSeconds", seconds);
      s.put("indexRebuild", rebuilt.body());
      results.row(
          "Decision 766 counters started for loaded dossiers (index-rebuild job)",
          String.format("%,d dossiers", dossiers),
          String.format("%.1f s (%,.0f dossiers/s)", seconds, dossiers / seconds),
          Pg.count(c, "select count(*) from index_counter") + " counter rows");
    }
    try (var st = c.createStatement()) {
      st.execute("analyze index_counter");
    }
    java.time.YearMonth month = java.time.YearMonth.from(today).minusMonths(1);
    long[] service = new long[4];
    long[] naive = new long[4];
    Reads.Timing t = Reads.index(api, month.toString(), service);
    Reads.Timing n = Reads.naiveIndex(c, month.atDay(1), month.atEndOfMonth(), naive);
    boolean same = java.util.Arrays.equals(service, naive);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("period", month.toString());
    r.put("serviceMedianMs", t.medianMs());
    r.put("serviceMaxMs", t.maxMs());
    r.put("naiveMedianMs", n.medianMs());
    r.put("naiveMaxMs", n.maxMs());
    r.put("speedup", n.medianMs() / t.medianMs());
    r.put("service", Reads.figures(Reads.INDEX_FIGURES, service));
    r.put("naive", Reads.figures(Reads.INDEX_FIGURES, naive));
    r.put("sameFigures", same);
    s.put("index766", r);
    results.row(
        "Decision 766 indicators period=" + month + ", whole province",
        String.format("%,d dossiers", dossiers),
        String.format("%.0f ms (max %.0f)", t.medianMs(), t.maxMs()),
        String.format(
            "recount from the dossier table %.0f ms: %.1fx; same figures: %s (target < 200 ms,"
                + " >= 20x)",
            n.medianMs(), n.medianMs() / t.medianMs(), same));
    results.write();
  }

  // ---------------------------------------------------------------- scan

  private void scanDatabase() throws Exception {
    String db = "dunghan_scan_" + run;
    pg.create(db);
    try (ServiceProcess service = start(db, "scan");
        Connection c = pg.connect(db)) {
      Api api = service.api();
      referenceData(api);
      Instant now = Instant.now();
      LocalDate today = LocalDate.ofInstant(now, Dossiers.ZONE);
      Dossiers open =
          new Dossiers(
              province,
              WorkingCalendar.provisionalOnly(),
              seed + 2,
              today,
              1,
              now,
              Dossiers.Mode.OPEN);
      long loaded = 0;
      for (int size : scanSizes) {
        double loadSeconds;
        if (directLoad) {
          loadSeconds =
              Direct.load(c, province, open, loaded, size, now, "open dossiers to " + size);
        } else {
          Loader.Outcome o =
              Loader.load(api, open, loaded, size, loadStreams, "open dossiers to " + size);
          check(o);
          loadSeconds = o.seconds();
        }
        loaded = size;
        try (var st = c.createStatement()) {
          st.execute("analyze dossier");
        }
        long openCount = Pg.count(c, "select count(*) from dossier where status = 'IN_PROGRESS'");
        Map<String, Object> s = results.section("scan-" + size);
        s.put("openDossiers", openCount);
        s.put("loadSeconds", loadSeconds);
        s.put("load", directLoad ? "direct" : "http");
        Scan.Outcome idle = Scan.scan(api, 0);
        s.put("nothingCrossed", idle);
        results.row(
            "Overdue scan, nothing crossed since the last scan",
            String.format("%,d open", openCount),
            String.format("%.0f ms", idle.ms()),
            String.format("evaluated %d", idle.evaluated()));
        for (double share : List.of(crossingShare, crossingShare / 4)) {
          int want = (int) Math.round(openCount * share);
          int crossed = Scan.rewind(c, today, want);
          Scan.Outcome o2 = Scan.scan(api, crossed);
          s.put("crossed-" + crossed, o2);
          results.row(
              String.format(
                  "Overdue scan, %.2f %% crossed their due date", 100.0 * crossed / openCount),
              String.format("%,d open", openCount),
              String.format(
                  "%.0f ms (%.2f ms per crossing dossier)",
                  o2.ms(), o2.ms() / Math.max(1, crossed)),
              String.format(
                  "evaluated %d, changed %d, failed %d",
                  o2.evaluated(), o2.changed(), o2.failed()));
          results.write();
        }
      }
    } finally {
      if (!keep) {
        pg.drop(db);
      } else {
        results.note("kept database " + db);
      }
    }
  }

  private void check(Loader.Outcome o) {
    long rejected = o.outcomes().getOrDefault("REJECTED", 0L);
    if (rejected > 0) {
      results.note("rejected items: " + rejected + "; first: " + o.problems());
    }
  }

  private static List<Integer> sizes(String text) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : text.split(",")) {
      if (!s.isBlank()) {
        sizes.add(Integer.parseInt(s.trim()));
      }
    }
    return sizes;
  }
}
