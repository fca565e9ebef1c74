package vn.dunghan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.ProblemException;

@RolesAllowed({Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The periodic report on dossier handling and its snapshots")
public class ReportResource {

  private final ReportService service;

  ReportResource(ReportService service) {
    this.service = service;
  }

  @GET
  @Path("/monthly")
  @Produces({MediaType.APPLICATION_JSON, ReportExport.CSV, ReportExport.XLSX, ReportPdf.MEDIA_TYPE})
  @Operation(
      summary = "The periodic report (Biểu 06) of a unit and its subtree for a period",
      description =
          "period: YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY. window: regulatory (default: 15th of the"
              + " previous month to the 14th, Decree 09/2019) or calendar. format: json (default),"
              + " csv (UTF-8 with BOM), xlsx (the form as filed, A4 landscape, with a signature"
              + " block) or pdf (the same form, fonts embedded). A closed period with a snapshot"
              + " shows the frozen figures and lists later changes as adjustments.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonthlyReport.class)),
        @Content(
            mediaType = ReportExport.CSV,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
        @Content(
            mediaType = ReportExport.XLSX,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")),
        @Content(
            mediaType = ReportPdf.MEDIA_TYPE,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))
      })
  public Response monthly(
      @QueryParam("period") String period,
      @QueryParam("unit") String unit,
      @QueryParam("window") String window,
      @QueryParam("format") String format,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description =
                  "as-of-day (default): each day's figures where the unit stood that day;"
                      + " as-now: everything where the unit, or its successor, stands today")
          @QueryParam("hierarchy")
          String hierarchy) {
    String f = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("json", "csv", "xlsx", "pdf").contains(f)) {
      throw ProblemException.invalid("format", "must be json, csv, xlsx or pdf");
    }
    MonthlyReport report = service.report(period, unit, window, hierarchy);
    return f.equals("json")
        ? Response.ok(report, MediaType.APPLICATION_JSON).build()
        : file(report, f);
  }

  @GET
  @Path("/snapshots")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The snapshot versions of a period, oldest first")
  public List<ReportQueries.SnapshotInfo> snapshots(
      @QueryParam("period") String period, @QueryParam("window") String window) {
    return service.snapshots(period, window);
  }

  @RolesAllowed(Roles.PROVINCE)
  @POST
  @Path("/snapshots")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Freeze a new version of a closed period's snapshot, with the reason",
      description =
          "The figures as they stand now become the period's current version; earlier versions"
              + " are kept unchanged.")
  @APIResponse(responseCode = "201", description = "The new version")
  public Response freeze(@Valid @NotNull SnapshotRequest request) {
    ReportQueries.SnapshotInfo created =
        service.freeze(request.period(), request.window(), request.reason());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** The report as a file of {@code format} (csv, xlsx or pdf), for the API and the pages. */
  public static Response file(MonthlyReport report, String format) {
    switch (format) {
      case "csv":
        return file(
            ReportExport.csv(report), ReportExport.CSV, ReportExport.fileName(report, format));
      case "xlsx":
        return file(
            ReportExport.xlsx(report), ReportExport.XLSX, ReportExport.fileName(report, format));
      case "pdf":
        return file(
            ReportPdf.pdf(report), ReportPdf.MEDIA_TYPE, ReportExport.fileName(report, format));
      default:
        throw ProblemException.invalid("format", "must be csv, xlsx or pdf");
    }
  }

  private static Response file(byte[] body, String type, String name) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
