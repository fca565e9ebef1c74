package vn.dunghan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends generated dossiers to {@code POST /api/v1/sync/dossiers} in batches of 1,000, from one or
 * more streams, and counts what the service answered per item.
 */
final class Loader {

  static final int BATCH = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a load did. */
  record Outcome(long items, double seconds, Map<String, Long> outcomes, List<String> problems) {
    double perSecond() {
      return items / seconds;
    }
  }

  private Loader() {}

  /** Generates and sends dossiers {@code from} (inclusive) to {@code to} (exclusive). */
  static Outcome load(Api api, Dossiers dossiers, long from, long to, int streams, String label) {
    AtomicLong next = new AtomicLong(from);
    Map<String, Long> outcomes = new ConcurrentHashMap<>();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicLong done = new AtomicLong();
    long started = System.nanoTime();
    long[] lastReport = {started};
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < streams; s++) {
      Thread t =
          new Thread(
              () -> {
                while (true) {
                  long first = next.getAndAdd(BATCH);
                  if (first >= to) {
                    return;
                  }
                  long last = Math.min(to, first + BATCH);
                  List<Dossiers.Item> items = new ArrayList<>(BATCH);
                  for (long i = first; i < last; i++) {
                    items.add(dossiers.item(i));
                  }
                  send(api, SyncJson.batch(items), outcomes, problems);
                  long n = done.addAndGet(last - first);
                  progress(label, n, to - from, started, lastReport);
                }
              },
              "load-" + s);
      threads.add(t);
      t.start();
    }
    join(threads);
    return new Outcome(to - from, (System.nanoTime() - started) / 1e9, outcomes, problems);
  }

  /** Sends batches made beforehand: the client does nothing but send while it is timed. */
  static Outcome send(Api api, List<byte[]> batches, long items) {
    return send(api, "/api/v1/sync/dossiers", "items", batches, items);
  }

  /** The same to {@code path}, whose answer lists the outcomes under {@code list}. */
  static Outcome send(Api api, String path, String list, List<byte[]> batches, long items) {
    Map<String, Long> outcomes = new ConcurrentHashMap<>();
    List<String> problems = new ArrayList<>();
    long started = System.nanoTime();
    for (byte[] batch : batches) {
      send(api, path, list, batch, outcomes, problems);
    }
    return new Outcome(items, (System.nanoTime() - started) / 1e9, outcomes, problems);
  }

  private static void send(
      Api api, byte[] batch, Map<String, Long> outcomes, List<String> problems) {
    send(api, "/api/v1/sync/dossiers", "items", batch, outcomes, problems);
  }

  private static void send(
      Api api,
      String path,
      String list,
      byte[] batch,
      Map<String, Long> outcomes,
      List<String> problems) {
    Api.Answer answer = api.post(path, batch);
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "sync answered "
              + answer.status()
              + ": "
              + answer.body().substring(0, Math.min(500, answer.body().length())));
    }
    try {
      JsonNode root = JSON.readTree(answer.body());
      for (JsonNode item : root.get(list)) {
        String outcome = item.get("outcome").asText();
        outcomes.merge(outcome, 1L, Long::sum);
        if (outcome.equals("REJECTED") && problems.size() < 20) {
          problems.add(item.toString());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static synchronized void progress(
      String label, long done, long total, long started, long[] lastReport) {
    long now = System.nanoTime();
    if (now - lastReport[0] < 15_000_000_000L && done < total) {
      return;
    }
    lastReport[0] = now;
    double seconds = (now - started) / 1e9;
    System.out.printf(
        "[bench] %s: %,d / %,d dossiers, %.0f s, %.0f/s (load %s)%n",
        label, done, total, seconds, done / seconds, Results.load());
  }

  static void join(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
