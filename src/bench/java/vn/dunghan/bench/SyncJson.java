package vn.dunghan.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Generated dossiers as the portal sends them: the intake body plus {@code events}. */
final class SyncJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private SyncJson() {}

  /** A JSON array of the items, as {@code POST /api/v1/sync/dossiers} takes it. */
  static byte[] batch(List<Dossiers.Item> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(items.size() * 900);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartArray();
      for (Dossiers.Item item : items) {
        write(g, item, true);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One item as an NDJSON line (with the newline). */
  static void line(OutputStream out, Dossiers.Item item) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(g, item, true);
    }
    out.write('\n');
  }

  /** The intake body alone, as {@code POST /api/v1/dossiers} takes it. */
  static byte[] intake(Dossiers.Item item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(400);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, item, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, Dossiers.Item item, boolean withEvents)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("code", item.code());
    g.writeStringField("procedureCode", item.procedureCode());
    g.writeStringField("handlingUnitCode", item.handlingUnitCode());
    g.writeStringField("receivingUnitCode", item.receivingUnitCode());
    g.writeStringField("channel", item.channel());
    g.writeStringField("receivedAt", Dossiers.local(item.receivedAt()).toString());
    g.writeObjectFieldStart("applicant");
    g.writeStringField("kind", item.applicant().kind());
    g.writeStringField("name", item.applicant().name());
    g.writeStringField("idNumber", item.applicant().idNumber());
    g.writeEndObject();
    if (withEvents) {
      g.writeArrayFieldStart("events");
      for (Dossiers.Event e : item.events()) {
        g.writeStartObject();
        g.writeStringField("type", e.type());
        g.writeStringField("at", Dossiers.local(e.at()).toString());
        if (e.toUnitCode() != null) {
          g.writeStringField("toUnitCode", e.toUnitCode());
          g.writeNumberField("allotment", e.allotment());
        }
        if (e.reason() != null) {
          g.writeStringField("reason", e.reason());
        }
        if (e.newAppointmentDate() != null) {
          g.writeStringField("newAppointmentDate", e.newAppointmentDate().toString());
        }
        if (e.outcome() != null) {
          g.writeStringField("outcome", e.outcome());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The reference data of the province as the API's request bodies. */
  static byte[] field(Province.Field f) {
    return json(
        g -> {
          g.writeStringField("code", f.code());
          g.writeStringField("name", f.name());
        });
  }

  static byte[] unit(Province.Unit u) {
    return json(
        g -> {
          g.writeStringField("code", u.code());
          g.writeStringField("name", u.name());
          g.writeStringField("kind", u.kind());
          if (u.parent() != null) {
            g.writeStringField("parentCode", u.parent());
          }
          g.writeObjectFieldStart("head");
          g.writeStringField("name", "Thủ trưởng " + u.code());
          g.writeStringField("title", "Người đứng đầu");
          g.writeStringField("email", "head." + u.code().replace('.', '-') + "@bench.dunghan.vn");
          g.writeEndObject();
          g.writeStringField("validFrom", u.validFrom().toString());
          if (u.createdValidTo() != null) {
            g.writeStringField("validTo", u.createdValidTo().toString());
          }
          if (u.successor() != null) {
            g.writeStringField("successorCode", u.successor());
          }
        });
  }

  /** The version that carries a surviving commune on under its new parent. */
  static byte[] move(Province.Unit u) {
    return json(
        g -> {
          g.writeStringField("validFrom", Province.REORGANISED.toString());
          g.writeStringField("parentCode", u.movedTo());
        });
  }

  static byte[] procedure(Province.Procedure p) {
    return json(
        g -> {
          g.writeStringField("code", p.code());
          g.writeStringField("name", p.name());
          g.writeStringField("fieldCode", p.field().code());
          g.writeArrayFieldStart("levels");
          for (String level : p.levels()) {
            g.writeString(level);
          }
          g.writeEndArray();
          g.writeObjectFieldStart("processingTime");
          g.writeNumberField("amount", p.days());
          g.writeStringField("unit", "WORKING_DAYS");
          g.writeEndObject();
          if (p.cutoff() != null) {
            g.writeStringField("sameDayCutoff", p.cutoff().toString());
          }
          g.writeStringField("onlineService", p.online());
          if (p.steps() != null) {
            g.writeArrayFieldStart("steps");
            for (Province.Step s : p.steps()) {
              g.writeStartObject();
              g.writeStringField("name", s.name());
              g.writeNumberField("allotment", s.allotment());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
        });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] json(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
