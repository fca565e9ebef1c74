package vn.dunghan.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.DirectLoad;
import vn.dunghan.dossier.EventRecord;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.unit.Level;

/**
 * Generated dossiers loaded straight into the database through {@link DirectLoad} (the service's
 * aggregate, report timeline and counters, without HTTP): the way the big read and scan data sets
 * are made. The result is checked against a naive recount in {@link Reads}.
 */
final class Direct {

  private Direct() {}

  static double load(
      Connection c,
      Province province,
      Dossiers dossiers,
      long from,
      long to,
      Instant now,
      String label)
      throws Exception {
    Map<String, Province.Procedure> procedures = new HashMap<>();
    Map<String, String> fieldOfProcedure = new HashMap<>();
    for (Province.Procedure p : province.procedures) {
      procedures.put(p.code(), p);
      fieldOfProcedure.put(p.code(), p.field().code());
    }
    Map<String, Level> levels = new HashMap<>();
    for (Province.Unit u : province.units) {
      levels.put(u.code(), level(province, u));
    }
    DirectLoad load = new DirectLoad(c, levels, now);
    long started = System.nanoTime();
    long lastReport = started;
    for (long i = from; i < to; i++) {
      Dossiers.Item item = dossiers.item(i);
      Province.Procedure p = procedures.get(item.procedureCode());
      List<EventRecord> events = new ArrayList<>(item.events().size());
      for (Dossiers.Event e : item.events()) {
        events.add(
            new EventRecord(
                EventType.valueOf(e.type()),
                e.at(),
                e.toUnitCode(),
                e.allotment() == null ? null : e.allotment().setScale(1),
                e.reason(),
                e.newAppointmentDate(),
                e.outcome() == null ? null : Outcome.valueOf(e.outcome())));
      }
      load.add(
          new DirectLoad.In(
              item.code(),
              p.code(),
              p.field().code(),
              levels.get(item.handlingUnitCode()),
              item.receivingUnitCode(),
              item.handlingUnitCode(),
              Channel.valueOf(item.channel()),
              item.receivedAt(),
              BigDecimal.valueOf(p.days()),
              p.cutoff(),
              item.applicant().kind(),
              item.applicant().name(),
              item.applicant().idNumber(),
              events));
      long t = System.nanoTime();
      if (t - lastReport > 15_000_000_000L) {
        lastReport = t;
        double s = (t - started) / 1e9;
        System.out.printf(
            "[bench] %s (direct): %,d / %,d dossiers, %.0f s, %.0f/s (load %s)%n",
            label, i + 1 - from, to - from, s, (i + 1 - from) / s, Results.load());
      }
    }
    load.finish(fieldOfProcedure);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("[bench] %s (direct): %,d dossiers in %.0f s%n", label, to - from, seconds);
    return seconds;
  }

  /**
   * A unit's level as the service derives it: territorial units their own, others their parent's.
   */
  static Level level(Province province, Province.Unit u) {
    switch (u.kind()) {
      case "PROVINCE":
        return Level.PROVINCE;
      case "DISTRICT":
        return Level.DISTRICT;
      case "COMMUNE":
        return Level.COMMUNE;
      default:
        return level(province, province.unit(u.parent()));
    }
  }
}
