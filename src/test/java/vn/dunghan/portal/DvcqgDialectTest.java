package vn.dunghan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.ReceiveDossierRequest.ApplicantKind;

/** The portal's date format and code lists, read strictly and both ways. */
class DvcqgDialectTest {

  @Test
  void aPortalMomentIsLocalTimeInHanoiAndReadsBackTheSame() {
    OffsetDateTime at = DvcqgDates.parse("20250303083000").orElseThrow();
    assertThat(at).isEqualTo(OffsetDateTime.parse("2025-03-03T08:30:00+07:00"));
    assertThat(DvcqgDates.format(at)).isEqualTo("20250303083000");
    // the same instant written with another offset is still written in Hanoi time
    assertThat(DvcqgDates.format(OffsetDateTime.parse("2025-03-03T01:30:00Z")))
        .isEqualTo("20250303083000");
  }

  @Test
  void impossibleOrMalformedMomentsAreRefusedNotRolledOver() {
    for (String bad :
        new String[] {
          "20250230083000", // 30 February
          "20250303240000", // hour 24
          "20250303086000", // minute 60
          "2025030308300", // 13 digits
          "202503030830000", // 15 digits
          "2025-03-03T08:3",
          "2025030308300\u0000",
          "+0250303083000",
          "",
          null
        }) {
      assertThat(DvcqgDates.parse(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void everyStatusCodeFrom1To10MeansOneThingAndOthersNothing() {
    assertThat(Arrays.stream(DvcqgCodes.Status.values()).map(DvcqgCodes.Status::code))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(DvcqgCodes.Status.of(0)).isEmpty();
    assertThat(DvcqgCodes.Status.of(11)).isEmpty();
    assertThat(DvcqgCodes.Status.of(3).orElseThrow().received()).isFalse();
    assertThat(DvcqgCodes.Status.of(1).orElseThrow().received()).isFalse();
    assertThat(DvcqgCodes.Status.of(9).orElseThrow().event()).contains(EventType.RESOLVED);
    assertThat(DvcqgCodes.Status.of(10).orElseThrow().event()).contains(EventType.RETURNED);
    assertThat(DvcqgCodes.Status.of(7).orElseThrow().event()).contains(EventType.WITHDRAWN);
    assertThat(DvcqgCodes.Status.of(8).orElseThrow().event()).contains(EventType.REJECTED);
    assertThat(DvcqgCodes.Status.of(6).orElseThrow().event()).contains(EventType.SUSPENDED);
    assertThat(DvcqgCodes.Status.of(2).orElseThrow().event()).isEmpty();
  }

  @Test
  void channelsAndApplicantKindsMapBothWays() {
    for (Channel channel : Channel.values()) {
      assertThat(DvcqgCodes.channel(DvcqgCodes.channelCode(channel))).contains(channel);
    }
    assertThat(DvcqgCodes.channel(2)).contains(Channel.ONLINE);
    assertThat(DvcqgCodes.channel(4)).isEmpty();
    assertThat(DvcqgCodes.applicantKind(1)).contains(ApplicantKind.CITIZEN);
    assertThat(DvcqgCodes.applicantKind(2)).contains(ApplicantKind.ORGANISATION);
    assertThat(DvcqgCodes.applicantKind(3)).isEmpty();
    assertThat(DvcqgCodes.OnlinePayment.of(2)).contains(DvcqgCodes.OnlinePayment.LOCAL_GATEWAY);
    assertThat(DvcqgCodes.OnlinePayment.of(3)).isEmpty();
  }
}
