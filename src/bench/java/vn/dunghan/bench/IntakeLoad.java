package vn.dunghan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Single intakes ({@code POST /api/v1/dossiers}) from a fixed number of concurrent connections,
 * each sending its next request as soon as the previous one is answered (a closed loop, as wrk
 * does). The first {@code warmup} requests are not counted.
 */
final class IntakeLoad {

  record Outcome(
      int connections,
      int requests,
      double seconds,
      double perSecond,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs,
      Map<Integer, Integer> statuses) {}

  private IntakeLoad() {}

  static Outcome run(Api api, List<byte[]> bodies, int warmup, int connections) {
    return run(api, bodies, warmup, connections, 0);
  }

  /**
   * With {@code perSecond} > 0, an open loop: request i is due at {@code i / perSecond} seconds
   * after the start, whichever connection is free takes it, and its latency counts from when it was
   * due, so time spent waiting for a free connection is not hidden (no coordinated omission).
   */
  static Outcome run(Api api, List<byte[]> bodies, int warmup, int connections, double perSecond) {
    AtomicInteger next = new AtomicInteger();
    long origin = System.nanoTime() + 50_000_000L;
    long[] latencies = new long[bodies.size()];
    long[] ends = new long[bodies.size()];
    long[] starts = new long[bodies.size()];
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread t =
          new Thread(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                  long start = System.nanoTime();
                  if (perSecond > 0) {
                    start = origin + (long) (i * 1e9 / perSecond);
                    for (long wait; (wait = start - System.nanoTime()) > 0; ) {
                      LockSupport.parkNanos(wait);
                    }
                  }
                  int status = api.post("/api/v1/dossiers", bodies.get(i)).status();
                  long end = System.nanoTime();
                  starts[i] = start;
                  ends[i] = end;
                  latencies[i] = end - start;
                  if (i >= warmup) {
                    statuses.merge(status, 1, Integer::sum);
                  }
                }
              },
              "intake-" + c);
      threads.add(t);
      t.start();
    }
    Loader.join(threads);
    int measured = bodies.size() - warmup;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = warmup; i < bodies.size(); i++) {
      first = Math.min(first, starts[i]);
      last = Math.max(last, ends[i]);
    }
    long[] sorted = Arrays.copyOfRange(latencies, warmup, bodies.size());
    Arrays.sort(sorted);
    double seconds = (last - first) / 1e9;
    return new Outcome(
        connections,
        measured,
        seconds,
        measured / seconds,
        ms(sorted, 0.50),
        ms(sorted, 0.90),
        ms(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6,
        statuses);
  }

  private static double ms(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
