package vn.dunghan.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.client.ApiClient;
import vn.dunghan.client.ApiException;
import vn.dunghan.client.api.DossiersApi;
import vn.dunghan.client.api.FieldsApi;
import vn.dunghan.client.api.ProceduresApi;
import vn.dunghan.client.api.SlaApi;
import vn.dunghan.client.api.UnitsApi;
import vn.dunghan.client.model.ApplicantBody;
import vn.dunghan.client.model.ApplicantKind;
import vn.dunghan.client.model.Channel;
import vn.dunghan.client.model.EventRequest;
import vn.dunghan.client.model.EventType;
import vn.dunghan.client.model.FieldRequest;
import vn.dunghan.client.model.HeadBody;
import vn.dunghan.client.model.Level;
import vn.dunghan.client.model.OnlineService;
import vn.dunghan.client.model.Outcome;
import vn.dunghan.client.model.ProcedureRequest;
import vn.dunghan.client.model.ProcessingTime;
import vn.dunghan.client.model.ProcessingUnit;
import vn.dunghan.client.model.RateRow;
import vn.dunghan.client.model.Rates;
import vn.dunghan.client.model.ReceiveDossierRequest;
import vn.dunghan.client.model.UnitKind;
import vn.dunghan.client.model.UnitRequest;
import vn.dunghan.support.Api;

/**
 * An integrator's view of the service: a Java client generated at build time from {@code
 * openapi/openapi.yaml} alone (openapi-generator, library {@code native}, into {@code
 * target/generated-test-sources/openapi}) sets up a unit, a field and a procedure, receives a
 * dossier, records its resolution and reads the on-time rates from the running service. If the
 * published contract stops describing what the service accepts or answers, this stops compiling or
 * fails.
 */
@QuarkusTest
class ContractClientTest {

  @TestHTTPResource("/")
  URL root;

  private ApiClient client;

  @BeforeEach
  void client() {
    client = new ApiClient();
    client.updateBaseUri(root.toString().replaceAll("/$", ""));
    // An integrator signs in with a token from the province's identity provider (docs/security.md).
    client.setRequestInterceptor(
        request ->
            request.header("Authorization", "Bearer " + vn.dunghan.support.Tokens.operator()));
  }

  @Test
  void anIntegratorReceivesADossierRecordsAnEventAndReadsTheRates() throws ApiException {
    String unit = Api.unique("CT");
    String field = Api.unique("ct-lv");
    String procedure = "8." + String.format("%06d", System.nanoTime() % 1_000_000);
    new UnitsApi(client)
        .apiV1UnitsPost(
            new UnitRequest()
                .code(unit)
                .name("Sở Xây dựng (kiểm thử hợp đồng)")
                .kind(UnitKind.PROVINCE)
                .head(
                    new HeadBody()
                        .name("Lê Hợp Đồng")
                        .title("Giám đốc")
                        .email("giamdoc@" + unit.toLowerCase() + ".test.vn"))
                .validFrom(LocalDate.of(2004, 1, 1)));
    new FieldsApi(client).apiV1FieldsPost(new FieldRequest().code(field).name("Xây dựng"));
    new ProceduresApi(client)
        .apiV1ProceduresPost(
            new ProcedureRequest()
                .code(procedure)
                .name("Cấp giấy phép xây dựng (kiểm thử hợp đồng)")
                .fieldCode(field)
                .levels(Set.of(Level.PROVINCE))
                .processingTime(
                    new ProcessingTime()
                        .amount(BigDecimal.valueOf(5))
                        .unit(ProcessingUnit.WORKING_DAYS))
                .onlineService(OnlineService.FULL));

    DossiersApi dossiers = new DossiersApi(client);
    String code = unit + "-220307-0001";
    // Received Monday 07/03/2022: five working days run out on Monday 14/03.
    Object received =
        dossiers.apiV1DossiersPost(
            new ReceiveDossierRequest()
                .code(code)
                .procedureCode(procedure)
                .handlingUnitCode(unit)
                .receivingUnitCode(unit)
                .channel(Channel.ONLINE)
                .receivedAt(OffsetDateTime.parse("2022-03-07T09:00:00+07:00"))
                .applicant(
                    new ApplicantBody()
                        .kind(ApplicantKind.CITIZEN)
                        .name("Trần Văn Khách")
                        .idNumber("022090001234")));
    assertThat(received).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) received).get("dueDate")).isEqualTo("2022-03-14");

    Object resolved =
        dossiers.apiV1DossiersCodeEventsPost(
            code,
            new EventRequest()
                .type(EventType.RESOLVED)
                .at(OffsetDateTime.parse("2022-03-11T15:00:00+07:00"))
                .outcome(Outcome.APPROVED),
            null);
    assertThat(((Map<?, ?>) resolved).get("timeliness")).isEqualTo("EARLY");

    Rates rates =
        new SlaApi(client)
            .apiV1SlaOnTimeRatesGet(
                null,
                LocalDate.of(2022, 3, 1),
                "level",
                "as-of-day",
                null,
                LocalDate.of(2022, 3, 31),
                unit);
    assertThat(rates.getFrom()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(rates.getRows()).extracting(RateRow::getKey).containsExactly("PROVINCE");
    RateRow total = rates.getTotal();
    assertThat(total.getResolved()).isEqualTo(1L);
    assertThat(total.getEarly()).isEqualTo(1L);
    assertThat(total.getNumerator()).isEqualTo(1L);
    assertThat(total.getDenominator()).isEqualTo(1L);
    assertThat(total.getOnTimeRate()).isEqualByComparingTo(BigDecimal.ONE);
  }

  @Test
  void errorsReachTheIntegratorAsProblemDetails() {
    assertThatThrownBy(
            () ->
                new SlaApi(client)
                    .apiV1SlaOnTimeRatesGet(
                        null,
                        LocalDate.of(2022, 3, 31),
                        null,
                        null,
                        null,
                        LocalDate.of(2022, 3, 1),
                        null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(422);
              assertThat(e.getResponseHeaders().firstValue("Content-Type"))
                  .hasValueSatisfying(
                      type -> assertThat(type).startsWith("application/problem+json"));
              assertThat(e.getResponseBody())
                  .contains("https://dunghan.vn/problems/validation")
                  .contains("\"field\":\"to\"");
            });
  }
}
