package vn.dunghan.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answers every resource gives: 201 with Location and ETag, or 200 with ETag. */
public final class Responses {

  private Responses() {}

  public static Response created(UriInfo uri, String code, long version, Object body) {
    return Response.created(uri.getAbsolutePathBuilder().path(code).build())
        .tag(ETags.of(version))
        .entity(body)
        .build();
  }

  public static Response ok(Object body, long version) {
    return Response.ok(body).tag(ETags.of(version)).build();
  }
}
