package vn.dunghan.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dunghan.report.ReportExport;
import vn.dunghan.report.ReportResource;
import vn.dunghan.report.ReportService;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.problem.ProblemException;

/**
 * Biểu 06 as a file for the dashboard's links: a page path, so the browser's token cookie opens it
 * (the cookie never opens {@code /api/}, access/CookieRule), and a GET that changes nothing. The
 * same report, access and formats as {@code GET /api/v1/reports/monthly}.
 */
@RolesAllowed({Roles.HEAD, Roles.PROVINCE, Roles.AUDITOR})
@Path("/bao-cao/bieu-06")
public class Bieu06Download {

  private final ReportService reports;

  Bieu06Download(ReportService reports) {
    this.reports = reports;
  }

  @GET
  @Produces({ReportExport.XLSX, ReportExport.CSV, "application/pdf"})
  @Operation(hidden = true)
  public Response file(
      @QueryParam("period") String period,
      @QueryParam("unit") String unit,
      @QueryParam("window") String window,
      @QueryParam("format") String format) {
    String f = format == null ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("csv", "xlsx", "pdf").contains(f)) {
      throw ProblemException.invalid("format", "must be xlsx, pdf or csv");
    }
    return ReportResource.file(reports.report(period, unit, window), f);
  }
}
