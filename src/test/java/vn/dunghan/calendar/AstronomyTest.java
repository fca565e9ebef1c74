package vn.dunghan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AstronomyTest {

  @Test
  void newMoonOfFebruary1977MatchesMeeusExample49a() {
    // Meeus, Astronomical Algorithms, example 49.a: k = -283, JDE 2443192.65118.
    assertThat(Astronomy.newMoonTt(-283)).isCloseTo(2443192.65118, within(0.00002));
  }

  @Test
  void sunLongitudeOnOctober13th1992MatchesMeeusExample25a() {
    // Meeus example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895 degrees.
    double jdTt = 2448908.5;
    double jdUt = jdTt - Astronomy.deltaTSeconds(jdTt) / 86_400;
    assertThat(Astronomy.sunLongitude(jdUt)).isCloseTo(199.90895, within(0.0001));
  }

  @Test
  void deltaTIsAboutOneMinuteAroundYear2000() {
    double jd2000 = LocalDate.of(2000, 1, 1).toEpochDay() + Astronomy.UNIX_EPOCH_JD;
    assertThat(Astronomy.deltaTSeconds(jd2000)).isBetween(63.0, 65.0);
  }
}
