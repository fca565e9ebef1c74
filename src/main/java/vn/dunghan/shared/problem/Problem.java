package vn.dunghan.shared.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code type} is one of the stable URIs of {@link ProblemType};
 * extensions (such as {@code errors} or {@code currentStatus}) are written beside the standard
 * members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private final URI type;
  private final String title;
  private final int status;
  private final String detail;
  private final String instance;
  private final Map<String, Object> extensions;

  private Problem(
      URI type,
      String title,
      int status,
      String detail,
      String instance,
      Map<String, Object> extensions) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.instance = instance;
    this.extensions = extensions;
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, Map.of());
  }

  public Problem withStatus(int newStatus) {
    return new Problem(type, title, newStatus, detail, instance, extensions);
  }

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, extensions);
  }

  public Problem with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(type, title, status, detail, instance, more);
  }

  public URI getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public String getInstance() {
    return instance;
  }

  @JsonAnyGetter
  public Map<String, Object> getExtensions() {
    return extensions;
  }
}
