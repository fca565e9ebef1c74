package vn.dunghan.deploy;

import static vn.dunghan.deploy.Yamls.at;
import static vn.dunghan.deploy.Yamls.list;
import static vn.dunghan.deploy.Yamls.map;
import static vn.dunghan.deploy.Yamls.string;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dunghan.deploy.Yamls.Doc;

/**
 * Checks the Kubernetes manifests and the compose file against each other and against the
 * application. Collects every problem instead of stopping at the first, so one run lists them all;
 * {@link DeployManifestsTest} asserts there are none, and that a broken copy is caught.
 */
final class ManifestChecks {

  /** The API version of each kind a manifest may use (the GA ones; betas were removed). */
  private static final Map<String, String> API_VERSIONS =
      Map.of(
          "Namespace", "v1",
          "ConfigMap", "v1",
          "Secret", "v1",
          "Service", "v1",
          "Deployment", "apps/v1",
          "PodDisruptionBudget", "policy/v1",
          "HorizontalPodAutoscaler", "autoscaling/v2",
          "Kustomization", "kustomize.config.k8s.io/v1beta1");

  private static final Set<String> SMTP_CATCHERS = Set.of("mailpit", "mailhog", "smtp4dev");

  private final AppSettings app;
  private final KnownEnvironment environment;
  private final List<String> problems = new ArrayList<>();

  ManifestChecks(AppSettings app, KnownEnvironment environment) {
    this.app = app;
    this.environment = environment;
  }

  /** Every problem found in these Kubernetes documents and this compose file. */
  List<String> check(List<Doc> kubernetes, Map<String, Object> compose) {
    problems.clear();
    kubernetes.forEach(this::common);
    Doc deployment = single(kubernetes, "Deployment");
    if (deployment != null) {
      deployment(deployment, kubernetes);
      for (Doc doc : kubernetes) {
        switch (Objects.toString(doc.kind(), "")) {
          case "Service":
            service(doc, deployment);
            break;
          case "PodDisruptionBudget":
            disruptionBudget(doc, deployment);
            break;
          case "HorizontalPodAutoscaler":
            autoscaler(doc, deployment);
            break;
          case "ConfigMap":
            variables(doc, map(doc.body().get("data")).keySet());
            break;
          case "Secret":
            variables(doc, map(doc.body().get("stringData")).keySet());
            variables(doc, map(doc.body().get("data")).keySet());
            break;
          case "Kustomization":
            kustomization(doc, kubernetes);
            break;
          default:
            break;
        }
      }
      compose(compose, image(deployment));
    }
    return List.copyOf(problems);
  }

  private void common(Doc doc) {
    String kind = doc.kind();
    if (kind == null || (doc.name() == null && !"Kustomization".equals(kind))) {
      problems.add(doc + ": needs kind and metadata.name");
      return;
    }
    String expected = API_VERSIONS.get(kind);
    if (expected == null) {
      problems.add(doc + ": no checks for kind " + kind + " (add them to ManifestChecks)");
    } else if (!expected.equals(string(doc.body().get("apiVersion")))) {
      problems.add(doc + ": apiVersion should be " + expected);
    }
  }

  private Doc single(List<Doc> docs, String kind) {
    List<Doc> found = docs.stream().filter(d -> kind.equals(d.kind())).toList();
    if (found.size() != 1) {
      problems.add("expected exactly one " + kind + ", found " + found.size());
      return null;
    }
    return found.get(0);
  }

  private void deployment(Doc doc, List<Doc> all) {
    Map<String, Object> spec = map(doc.body().get("spec"));
    if (!(spec.get("replicas") instanceof Integer) || (Integer) spec.get("replicas") < 2) {
      problems.add(doc + ": spec.replicas must be 2 or more, found " + spec.get("replicas"));
    }
    Map<String, Object> selector = map(at(spec, "selector", "matchLabels"));
    if (selector.isEmpty()) {
      problems.add(doc + ": spec.selector.matchLabels is empty");
    }
    if (!podLabels(doc).entrySet().containsAll(selector.entrySet())) {
      problems.add(doc + ": the pod template labels do not include the selector " + selector);
    }
    Map<String, Object> pod = map(at(spec, "template", "spec"));
    Object grace = pod.get("terminationGracePeriodSeconds");
    Duration stop = app.longestStop();
    if (!(grace instanceof Integer) || Duration.ofSeconds((Integer) grace).compareTo(stop) <= 0) {
      problems.add(
          doc
              + ": terminationGracePeriodSeconds ("
              + grace
              + ") must exceed the graceful stop of application.properties ("
              + stop.getSeconds()
              + " s)");
    }
    if (!Boolean.TRUE.equals(at(pod, "securityContext", "runAsNonRoot"))) {
      problems.add(doc + ": the pod must set securityContext.runAsNonRoot: true");
    }
    List<Object> containers = list(pod.get("containers"));
    if (containers.size() != 1) {
      problems.add(doc + ": expected one container, found " + containers.size());
      return;
    }
    container(doc, map(containers.get(0)), all);
  }

  private void container(Doc doc, Map<String, Object> container, List<Doc> all) {
    String where = doc + " container " + container.get("name");
    if (container.get("name") == null || container.get("image") == null) {
      problems.add(where + ": needs name and image");
    }
    Map<String, Object> port = httpPort(container);
    if (!Objects.equals(port.get("containerPort"), app.httpPort())) {
      problems.add(
          where
              + ": containerPort "
              + port.get("containerPort")
              + " is not the application's HTTP port "
              + app.httpPort());
    }
    probe(where, container, "startupProbe", "started", port);
    probe(where, container, "livenessProbe", "live", port);
    probe(where, container, "readinessProbe", "ready", port);
    Map<String, Object> resources = map(container.get("resources"));
    for (String[] required :
        new String[][] {{"requests", "cpu"}, {"requests", "memory"}, {"limits", "memory"}}) {
      if (at(resources, required) == null) {
        problems.add(where + ": resources." + String.join(".", required) + " is missing");
      }
    }
    List<String> names = new ArrayList<>();
    for (Object variable : list(container.get("env"))) {
      names.add(string(map(variable).get("name")));
    }
    variables(doc, names);
    for (Object source : list(container.get("envFrom"))) {
      reference(where, all, "ConfigMap", at(map(source), "configMapRef", "name"));
      reference(where, all, "Secret", at(map(source), "secretRef", "name"));
    }
  }

  /** The port named {@code http}, or the only one. */
  private static Map<String, Object> httpPort(Map<String, Object> container) {
    List<Object> ports = list(container.get("ports"));
    for (Object port : ports) {
      if ("http".equals(map(port).get("name"))) {
        return map(port);
      }
    }
    return ports.size() == 1 ? map(ports.get(0)) : Map.of();
  }

  private void probe(
      String where,
      Map<String, Object> container,
      String probe,
      String check,
      Map<String, Object> port) {
    Map<String, Object> get = map(at(container, probe, "httpGet"));
    if (get.isEmpty()) {
      problems.add(where + ": " + probe + " with httpGet is missing");
      return;
    }
    String expected = app.healthPath(check);
    if (!expected.equals(get.get("path"))) {
      problems.add(where + ": " + probe + " path " + get.get("path") + " should be " + expected);
    }
    Object target = get.get("port");
    if (!Objects.equals(target, port.get("name"))
        && !Objects.equals(target, port.get("containerPort"))) {
      problems.add(where + ": " + probe + " port " + target + " is not the HTTP port");
    }
  }

  private void reference(String where, List<Doc> all, String kind, Object name) {
    if (name != null
        && all.stream().noneMatch(d -> kind.equals(d.kind()) && name.equals(d.name()))) {
      problems.add(where + ": envFrom names " + kind + " " + name + ", which no manifest defines");
    }
  }

  private void variables(Object where, Iterable<String> names) {
    for (String name : names) {
      String problem = environment.problem(name);
      if (problem != null) {
        problems.add(where + ": " + problem);
      }
    }
  }

  private void service(Doc doc, Doc deployment) {
    Map<String, Object> selector = map(at(doc.body(), "spec", "selector"));
    if (selector.isEmpty() || !podLabels(deployment).entrySet().containsAll(selector.entrySet())) {
      problems.add(doc + ": selector " + selector + " does not select the Deployment's pods");
    }
    List<Object> ports = list(at(doc.body(), "spec", "ports"));
    if (ports.isEmpty()) {
      problems.add(doc + ": no ports");
    }
    Map<String, Object> http = httpPort(containerOf(deployment));
    for (Object port : ports) {
      Object target = map(port).get("targetPort");
      if (!Objects.equals(target, http.get("name"))
          && !Objects.equals(target, http.get("containerPort"))) {
        problems.add(doc + ": targetPort " + target + " is not the container's HTTP port");
      }
    }
  }

  private void disruptionBudget(Doc doc, Doc deployment) {
    Map<String, Object> spec = map(doc.body().get("spec"));
    Map<String, Object> selector = map(at(spec, "selector", "matchLabels"));
    if (!selector.equals(map(at(deployment.body(), "spec", "selector", "matchLabels")))) {
      problems.add(doc + ": selector " + selector + " differs from the Deployment's selector");
    }
    Object min = spec.get("minAvailable");
    if (min == null && spec.get("maxUnavailable") == null) {
      problems.add(doc + ": needs minAvailable or maxUnavailable");
    }
    Object replicas = at(deployment.body(), "spec", "replicas");
    if (min instanceof Integer
        && replicas instanceof Integer
        && (Integer) min >= (Integer) replicas) {
      problems.add(doc + ": minAvailable " + min + " would block every drain");
    }
  }

  private void autoscaler(Doc doc, Doc deployment) {
    Map<String, Object> spec = map(doc.body().get("spec"));
    Map<String, Object> target = map(spec.get("scaleTargetRef"));
    if (!"Deployment".equals(target.get("kind")) || !deployment.name().equals(target.get("name"))) {
      problems.add(doc + ": scaleTargetRef " + target + " is not the Deployment");
    }
    Object min = spec.get("minReplicas");
    Object max = spec.get("maxReplicas");
    if (!(min instanceof Integer) || (Integer) min < 2) {
      problems.add(doc + ": minReplicas must be 2 or more, found " + min);
    } else if (!(max instanceof Integer) || (Integer) max < (Integer) min) {
      problems.add(doc + ": maxReplicas " + max + " is below minReplicas");
    }
    if (list(spec.get("metrics")).isEmpty()) {
      problems.add(doc + ": no metrics to scale on");
    }
  }

  /** Every resource listed exists, and every manifest beside it (but templates) is listed. */
  private void kustomization(Doc doc, List<Doc> all) {
    Path dir = doc.file().getParent();
    List<String> listed = list(doc.body().get("resources")).stream().map(Yamls::string).toList();
    for (String resource : listed) {
      if (!Files.isRegularFile(dir.resolve(resource))) {
        problems.add(doc + ": resource " + resource + " does not exist");
      }
    }
    all.stream()
        .map(Doc::file)
        .distinct()
        .filter(f -> f.getParent().equals(dir) && !f.equals(doc.file()))
        .map(f -> f.getFileName().toString())
        .filter(f -> !f.contains(".example.") && !listed.contains(f))
        .forEach(f -> problems.add(doc + ": " + f + " is not listed in resources"));
  }

  private void compose(Map<String, Object> compose, String image) {
    Map<String, Object> services = map(compose.get("services"));
    List<String> apps = new ArrayList<>();
    String database = null;
    String smtp = null;
    for (Map.Entry<String, Object> entry : services.entrySet()) {
      Map<String, Object> service = map(entry.getValue());
      String serviceImage = Objects.toString(service.get("image"), "");
      if (service.containsKey("build") || serviceImage.startsWith("dung-han")) {
        apps.add(entry.getKey());
        composeApp(entry.getKey(), service, image);
      } else if (serviceImage.startsWith("postgres")) {
        database = entry.getKey();
      } else if (SMTP_CATCHERS.stream().anyMatch(serviceImage::contains)) {
        smtp = entry.getKey();
      }
    }
    if (apps.size() < 2) {
      problems.add("compose.yaml: expected two or more service replicas, found " + apps);
    }
    if (database == null || smtp == null) {
      problems.add("compose.yaml: needs a postgres service and an SMTP catcher");
      return;
    }
    for (String name : apps) {
      Map<String, String> env = environment(map(services.get(name)));
      Matcher jdbc =
          Pattern.compile("jdbc:postgresql://([^:/]+)")
              .matcher(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
      if (!jdbc.lookingAt() || !jdbc.group(1).equals(database)) {
        problems.add("compose.yaml " + name + ": the JDBC URL does not name service " + database);
      }
      if (!smtp.equals(env.get("QUARKUS_MAILER_HOST"))) {
        problems.add("compose.yaml " + name + ": QUARKUS_MAILER_HOST is not service " + smtp);
      }
    }
  }

  private void composeApp(String name, Map<String, Object> service, String image) {
    String where = "compose.yaml " + name;
    if (!Objects.equals(service.get("image"), image)) {
      problems.add(
          where + ": image " + service.get("image") + " differs from Kubernetes' " + image);
    }
    variables(where, environment(service).keySet());
    Object grace = service.get("stop_grace_period");
    if (grace == null || AppSettings.duration(grace.toString()).compareTo(app.longestStop()) <= 0) {
      problems.add(where + ": stop_grace_period must exceed the graceful stop");
    }
  }

  /** A compose environment, written as a mapping or as a list of NAME=value. */
  private static Map<String, String> environment(Map<String, Object> service) {
    Object env = service.get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (env instanceof List) {
      for (Object item : list(env)) {
        String[] pair = item.toString().split("=", 2);
        result.put(pair[0], pair.length > 1 ? pair[1] : null);
      }
    } else {
      map(env).forEach((k, v) -> result.put(k, string(v)));
    }
    return result;
  }

  private static Map<String, Object> podLabels(Doc deployment) {
    return map(at(deployment.body(), "spec", "template", "metadata", "labels"));
  }

  private static Map<String, Object> containerOf(Doc deployment) {
    List<Object> containers = list(at(deployment.body(), "spec", "template", "spec", "containers"));
    return containers.isEmpty() ? Map.of() : map(containers.get(0));
  }

  private static String image(Doc deployment) {
    return string(containerOf(deployment).get("image"));
  }
}
