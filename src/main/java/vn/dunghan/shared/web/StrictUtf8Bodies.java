package vn.dunghan.shared.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * JSON bodies are read through {@link Utf8#strict}: Jackson's decoder accepts overlong sequences
 * ({@code C0 AF} becomes {@code /}), so a field could be stored as other characters than the ones
 * sent. An invalid body is a 400 problem and nothing of it is used. NDJSON is checked line by line
 * by the sync endpoint instead, so that one bad line is rejected alone.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isJson(context.getMediaType())) {
      context.setInputStream(Utf8.strict(context.getInputStream()));
    }
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }
}
