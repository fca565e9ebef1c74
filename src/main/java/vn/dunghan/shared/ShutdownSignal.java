package vn.dunghan.shared;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells long-running loops that the application is stopping. Quarkus fires {@link ShutdownEvent}
 * after in-flight HTTP requests have finished and before the Quartz scheduler waits for its running
 * jobs ({@code quarkus.quartz.shutdown-wait-time}); a job that checks {@link #stopping()} between
 * units of work ends at a clean boundary instead of being cut off mid-transaction when the wait
 * runs out.
 */
@ApplicationScoped
public class ShutdownSignal {

  private final AtomicBoolean stopping = new AtomicBoolean();

  void onShutdown(@Observes ShutdownEvent event) {
    stopping.set(true);
  }

  public boolean stopping() {
    return stopping.get();
  }
}
