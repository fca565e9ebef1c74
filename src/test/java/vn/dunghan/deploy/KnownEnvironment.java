package vn.dunghan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The environment variables the service understands, so a manifest cannot set one that nothing
 * reads (a typo, a renamed key) or one that is fixed when the jar is built:
 *
 * <ul>
 *   <li>the application's own keys: those set in {@code application.properties}, those of its
 *       {@code @ConfigMapping} interfaces and of its {@code @ConfigProperty} injections;
 *   <li>Quarkus' runtime keys ({@code QUARKUS_*}), from the configuration model every extension jar
 *       on the class path ships ({@code META-INF/quarkus-config-doc/quarkus-config-model.json});
 *       build-time keys are refused, as are deprecated ones;
 *   <li>{@code JAVA_OPTS}, read by the image's entry point.
 * </ul>
 *
 * Names follow SmallRye's rule: upper case, every character other than a letter or digit becomes
 * {@code _}.
 */
final class KnownEnvironment {

  private static final Set<String> LAUNCHER = Set.of("JAVA_OPTS");
  private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

  private record QuarkusKey(String property, String phase, boolean deprecated) {}

  private final Set<String> application = new TreeSet<>();
  private final Map<String, QuarkusKey> quarkus = new HashMap<>();

  KnownEnvironment(AppSettings settings) {
    settings.keys().forEach(k -> application.add(toEnv(k)));
    codeKeys().forEach(k -> application.add(toEnv(k)));
    readQuarkusModels();
  }

  static String toEnv(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** Null when the variable is understood, else why not. */
  String problem(String variable) {
    if (LAUNCHER.contains(variable)) {
      return null;
    }
    if (!variable.startsWith("QUARKUS_")) {
      return application.contains(variable)
          ? null
          : variable + " is no configuration key of the application";
    }
    // Quarkus' own keys are judged by its model even when application.properties sets them: a
    // build-time key there (or one only the deployment jars know) cannot be changed at run time.
    QuarkusKey key = quarkus.get(variable);
    if (key == null) {
      return variable + " is no run-time configuration key of Quarkus";
    }
    if (key.deprecated()) {
      return variable + " (" + key.property() + ") is deprecated in Quarkus";
    }
    if (!"RUN_TIME".equals(key.phase())) {
      return variable
          + " ("
          + key.property()
          + ") is fixed at build time ("
          + key.phase()
          + "): set it in application.properties";
    }
    return null;
  }

  /** Keys named in the application's code: config mappings and injected properties. */
  private static Set<String> codeKeys() {
    Set<String> keys = new TreeSet<>();
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dunghan")) {
      Class<?> type = javaClass.reflect();
      ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
      if (mapping != null) {
        mappingKeys(mapping.prefix(), type, keys);
      }
      for (Field field : type.getDeclaredFields()) {
        configProperty(field, keys);
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        parameters(constructor, keys);
      }
      for (Method method : type.getDeclaredMethods()) {
        parameters(method, keys);
      }
    }
    return keys;
  }

  private static void mappingKeys(String prefix, Class<?> type, Set<String> keys) {
    for (Method method : type.getMethods()) {
      if (method.isDefault()
          || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      WithName rename = method.getAnnotation(WithName.class);
      String key = prefix + "." + (rename != null ? rename.value() : kebab(method.getName()));
      Class<?> result = method.getReturnType();
      if (result.isInterface() && result.getName().startsWith("vn.dunghan.")) {
        mappingKeys(key, result, keys);
      } else {
        keys.add(key);
      }
    }
  }

  private static void parameters(Executable executable, Set<String> keys) {
    for (Parameter parameter : executable.getParameters()) {
      configProperty(parameter, keys);
    }
  }

  private static void configProperty(AnnotatedElement element, Set<String> keys) {
    for (Annotation annotation : element.getAnnotations()) {
      if (annotation instanceof ConfigProperty) {
        keys.add(((ConfigProperty) annotation).name());
      }
    }
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private void readQuarkusModels() {
    ObjectMapper json = new ObjectMapper();
    try {
      Enumeration<URL> models = KnownEnvironment.class.getClassLoader().getResources(MODEL);
      while (models.hasMoreElements()) {
        try (InputStream in = models.nextElement().openStream()) {
          for (JsonNode root : json.readTree(in).path("configRoots")) {
            collect(root.path("items"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!quarkus.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
      throw new IllegalStateException("no Quarkus configuration model found on the class path");
    }
  }

  private void collect(JsonNode items) {
    for (JsonNode item : items) {
      if (item.has("items")) {
        collect(item.path("items"));
      }
      JsonNode path = item.path("path");
      if (path.has("environmentVariable")) {
        quarkus.put(
            path.path("environmentVariable").asText(),
            new QuarkusKey(
                path.path("property").asText(),
                item.path("phase").asText(),
                item.has("deprecation")));
      }
    }
  }
}
