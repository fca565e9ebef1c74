package vn.dunghan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The citizens' lookup without a token ({@code GET /public/v1/dossiers/{code}?check=}) timed
 * request by request, one client: random dossiers with the right check (the ID number's last 4),
 * the same with a wrong check, and codes that do not exist; the latencies' percentiles.
 */
final class Lookups {

  private Lookups() {}

  record Percentiles(int requests, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    static Percentiles of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Percentiles(
          sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), at(sorted, 1.0));
    }

    private static double at(long[] sorted, double q) {
      int i = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
      return sorted[Math.max(0, i)] / 1e6;
    }

    Map<String, Object> asMap() {
      return Map.of(
          "requests", requests, "p50Ms", p50Ms, "p95Ms", p95Ms, "p99Ms", p99Ms, "maxMs", maxMs);
    }
  }

  /** Right check, wrong check and unknown code over {@code n} random dossiers each. */
  static Map<String, Percentiles> run(Api api, Connection c, int n) throws SQLException {
    List<String[]> sample = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select d.code, right(a.id_number, 4) from dossier d join dossier_applicant a"
                    + " on a.dossier_id = d.id where length(a.id_number) >= 4"
                    + " order by random() limit "
                    + n)) {
      while (r.next()) {
        sample.add(new String[] {r.getString(1), r.getString(2)});
      }
    }
    // Warm the path up (JIT, pool) before timing anything.
    for (int i = 0; i < Math.min(50, sample.size()); i++) {
      expect(api.get(path(sample.get(i)[0], sample.get(i)[1])), 200);
    }
    long[] hits = new long[sample.size()];
    long[] wrong = new long[sample.size()];
    long[] unknown = new long[sample.size()];
    for (int i = 0; i < sample.size(); i++) {
      String code = sample.get(i)[0];
      String check = sample.get(i)[1];
      String other = check.equals("0000") ? "0001" : "0000";
      hits[i] = timed(api, path(code, check), 200);
      wrong[i] = timed(api, path(code, other), 404);
      unknown[i] = timed(api, path(code + "-KHONG-CO", check), 404);
    }
    return Map.of(
        "right check", Percentiles.of(hits),
        "wrong check", Percentiles.of(wrong),
        "unknown code", Percentiles.of(unknown));
  }

  private static String path(String code, String check) {
    return "/public/v1/dossiers/" + code + "?check=" + check;
  }

  private static long timed(Api api, String path, int status) {
    long start = System.nanoTime();
    Api.Answer a = api.get(path);
    long took = System.nanoTime() - start;
    expect(a, status);
    return took;
  }

  private static void expect(Api.Answer a, int status) {
    if (a.status() != status) {
      throw new IllegalStateException("lookup answered " + a.status() + ": " + a.body());
    }
  }
}
