package vn.dunghan.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reading the YAML files under {@code deploy/} (SnakeYAML, which the OpenAPI extension brings onto
 * the class path; declaring it in test scope would take it off the runtime one) and walking the
 * loosely typed trees they give.
 */
final class Yamls {

  /** Where the manifests are: tests run in the project directory. */
  static final Path DEPLOY = Path.of("deploy");

  /** One document of a YAML file. */
  record Doc(Path file, Map<String, Object> body) {
    String kind() {
      return string(body.get("kind"));
    }

    String name() {
      return string(map(body.get("metadata")).get("name"));
    }

    @Override
    public String toString() {
      return DEPLOY.relativize(file) + (kind() == null ? "" : " " + kind() + " " + name());
    }
  }

  private Yamls() {}

  static List<Path> files() {
    try (Stream<Path> walk = Files.walk(DEPLOY)) {
      return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a file; a duplicated key or a document that is not a mapping fails. */
  static List<Doc> load(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    List<Doc> docs = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (Object document : yaml.loadAll(reader)) {
        if (document == null) {
          continue;
        }
        if (!(document instanceof Map)) {
          throw new IllegalStateException(file + ": a document that is not a mapping");
        }
        docs.add(new Doc(file, map(document)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** A mapping, or an empty one when the value is absent or of another type. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
  }

  /** A sequence, or an empty one when the value is absent or of another type. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List ? (List<Object>) value : new ArrayList<>();
  }

  static String string(Object value) {
    return value == null ? null : value.toString();
  }

  /** The value at a path of keys, or null. */
  static Object at(Map<String, Object> root, String... path) {
    Object current = root;
    for (String key : path) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = map(current).get(key);
    }
    return current;
  }
}
