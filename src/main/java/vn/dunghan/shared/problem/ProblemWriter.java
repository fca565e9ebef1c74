package vn.dunghan.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers with a problem body from the HTTP layer itself, before any resource is chosen (the
 * request gate, the cookie rule), so these answers look like every other error of the API.
 */
@ApplicationScoped
public class ProblemWriter {

  private final ObjectMapper json;

  ProblemWriter(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Ends the exchange with {@code problem}; {@code close} also closes the connection, for requests
   * whose body is not going to be read.
   */
  public void answer(RoutingContext exchange, Problem problem, boolean close) {
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem body did not serialise", e);
    }
    var response = exchange.response().setStatusCode(problem.getStatus());
    response.putHeader("Content-Type", Problem.MEDIA_TYPE);
    boolean closeConnection = close && exchange.request().version() != HttpVersion.HTTP_2;
    if (closeConnection) {
      response.putHeader("Connection", "close");
    }
    var sent = response.end(body);
    if (closeConnection) {
      // the unread body is still arriving: drop it with the connection once the answer is out
      sent.onComplete(done -> exchange.request().connection().close());
    }
  }
}
