package vn.dunghan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dunghan.deploy.Yamls.at;
import static vn.dunghan.deploy.Yamls.list;
import static vn.dunghan.deploy.Yamls.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dunghan.deploy.Yamls.Doc;

/**
 * The deployment files under {@code deploy/} agree with the application and with each other: no
 * cluster or Docker engine is needed to catch a probe on the wrong path, a misspelt variable or a
 * replica count of one. Plain JUnit: nothing boots.
 */
class DeployManifestsTest {

  private static final Path COMPOSE = Yamls.DEPLOY.resolve("compose.yaml");
  private static final Path KUBERNETES = Yamls.DEPLOY.resolve("k8s");

  private static ManifestChecks checks;

  @BeforeAll
  static void readTheApplication() {
    AppSettings settings = new AppSettings();
    checks = new ManifestChecks(settings, new KnownEnvironment(settings));
  }

  @Test
  void everyYamlFileUnderDeployParses() {
    List<Path> files = Yamls.files();
    assertThat(files).contains(COMPOSE).anyMatch(f -> f.startsWith(KUBERNETES));
    for (Path file : files) {
      assertThat(Yamls.load(file)).as("documents in %s", file).isNotEmpty();
    }
  }

  @Test
  void manifestsAgreeWithTheApplicationAndEachOther() {
    assertThat(checks.check(kubernetes(), compose())).isEmpty();
  }

  @Test
  void theManifestsCoverWhatIssue9AsksFor() {
    assertThat(kubernetes())
        .extracting(Doc::kind)
        .contains(
            "Deployment",
            "Service",
            "ConfigMap",
            "Secret",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler");
  }

  @Test
  void theDockerfileRunsTheFastJarAsNonRootOnJava17() throws IOException {
    String dockerfile =
        Files.readString(Yamls.DEPLOY.resolve("Dockerfile"), StandardCharsets.UTF_8);
    assertThat(dockerfile)
        .containsPattern("(?m)^FROM \\S*17\\S*-jre")
        .containsPattern("(?m)^EXPOSE " + new AppSettings().httpPort() + "$")
        .containsPattern("(?m)^USER 10001$")
        .contains("target/quarkus-app/quarkus-run.jar")
        .doesNotContainPattern("(?m)^HEALTHCHECK");
  }

  /** Each broken copy must be caught, or the checks above prove nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void aBrokenCopyIsCaught(
      String breakage, BiConsumer<List<Doc>, Map<String, Object>> breakIt, String reported) {
    List<Doc> kubernetes = kubernetes();
    Map<String, Object> compose = compose();
    breakIt.accept(kubernetes, compose);
    assertThat(checks.check(kubernetes, compose)).anyMatch(p -> p.contains(reported));
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of(
            "liveness on another path",
            change((k, c) -> probe(k, "livenessProbe").put("path", "/health")),
            "livenessProbe path /health should be /q/health/live"),
        Arguments.of(
            "readiness on another port",
            change((k, c) -> probe(k, "readinessProbe").put("port", 9000)),
            "readinessProbe port 9000"),
        Arguments.of(
            "container port not the HTTP port",
            change(
                (k, c) -> map(list(container(k).get("ports")).get(0)).put("containerPort", 8081)),
            "containerPort 8081"),
        Arguments.of(
            "a single replica",
            change((k, c) -> map(kind(k, "Deployment").body().get("spec")).put("replicas", 1)),
            "spec.replicas must be 2 or more"),
        Arguments.of(
            "a misspelt variable",
            change((k, c) -> data(k, "ConfigMap", "data").put("QUARKUS_DATASOURCE_URL", "x")),
            "QUARKUS_DATASOURCE_URL is no run-time configuration key of Quarkus"),
        Arguments.of(
            "a build-time key set at run time",
            change(
                (k, c) ->
                    data(k, "ConfigMap", "data").put("QUARKUS_DATASOURCE_METRICS_ENABLED", "x")),
            "fixed at build time"),
        Arguments.of(
            "a misspelt application key in compose",
            change((k, c) -> composeEnv(c, "app-2").put("DUNGHAN_DEMODATA_ENABLED", "true")),
            "DUNGHAN_DEMODATA_ENABLED is no configuration key of the application"),
        Arguments.of(
            "compose runs another image",
            change((k, c) -> composeService(c, "app-2").put("image", "dung-han:old")),
            "image dung-han:old differs"),
        Arguments.of(
            "the budget selects other pods",
            change(
                (k, c) ->
                    map(at(
                            kind(k, "PodDisruptionBudget").body(),
                            "spec",
                            "selector",
                            "matchLabels"))
                        .put("app.kubernetes.io/name", "other")),
            "differs from the Deployment's selector"),
        Arguments.of(
            "the service selects other pods",
            change(
                (k, c) ->
                    map(at(kind(k, "Service").body(), "spec", "selector"))
                        .put("app.kubernetes.io/component", "worker")),
            "does not select the Deployment's pods"),
        Arguments.of(
            "a grace period shorter than the graceful stop",
            change(
                (k, c) ->
                    map(at(kind(k, "Deployment").body(), "spec", "template", "spec"))
                        .put("terminationGracePeriodSeconds", 30)),
            "terminationGracePeriodSeconds (30)"),
        Arguments.of(
            "an autoscaler that may go down to one",
            change(
                (k, c) ->
                    map(kind(k, "HorizontalPodAutoscaler").body().get("spec"))
                        .put("minReplicas", 1)),
            "minReplicas must be 2 or more"));
  }

  private static BiConsumer<List<Doc>, Map<String, Object>> change(
      BiConsumer<List<Doc>, Map<String, Object>> change) {
    return change;
  }

  private static List<Doc> kubernetes() {
    return Yamls.files().stream()
        .filter(f -> f.startsWith(KUBERNETES))
        .flatMap(f -> Yamls.load(f).stream())
        .toList();
  }

  private static Map<String, Object> compose() {
    return Yamls.load(COMPOSE).get(0).body();
  }

  private static Doc kind(List<Doc> docs, String kind) {
    return docs.stream().filter(d -> kind.equals(d.kind())).findFirst().orElseThrow();
  }

  private static Map<String, Object> container(List<Doc> docs) {
    return map(
        list(at(kind(docs, "Deployment").body(), "spec", "template", "spec", "containers")).get(0));
  }

  private static Map<String, Object> probe(List<Doc> docs, String probe) {
    return map(at(container(docs), probe, "httpGet"));
  }

  private static Map<String, Object> data(List<Doc> docs, String kind, String key) {
    return map(kind(docs, kind).body().get(key));
  }

  private static Map<String, Object> composeService(Map<String, Object> compose, String name) {
    return map(at(compose, "services", name));
  }

  private static Map<String, Object> composeEnv(Map<String, Object> compose, String name) {
    return map(composeService(compose, name).get("environment"));
  }
}
