package vn.dunghan.calendar;

/**
 * The two astronomical quantities the lunisolar calendar needs: the instant of a new moon and the
 * apparent longitude of the sun.
 *
 * <p>Formulas: J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), ch. 49 "Phases of the
 * Moon" (mean phase plus periodic and planetary terms, accurate to well under a minute for
 * 1900-2200) and ch. 25 "Solar Coordinates", low-accuracy method (about 0.01 degree, i.e. about a
 * quarter of an hour of solar motion). Delta T (TT - UT) from the Espenak-Meeus polynomials. All
 * instants are Julian Days; angles in degrees.
 */
final class Astronomy {

  /** Mean length of a lunation in days (Meeus eq. 49.1). */
  static final double SYNODIC_MONTH = 29.530588861;

  /** Julian Day (TT) of the mean new moon k = 0, 2000-01-06. */
  static final double NEW_MOON_EPOCH = 2451550.09766;

  /** Julian Day of 1970-01-01T00:00 UT, the epoch of {@link java.time.LocalDate#toEpochDay()}. */
  static final double UNIX_EPOCH_JD = 2440587.5;

  private static final double J2000 = 2451545.0;
  private static final double SECONDS_PER_DAY = 86_400.0;

  // Periodic terms of the new moon (Meeus table 49.A, "New Moon" column):
  // {coefficient, power of E, multiple of M, multiple of M', multiple of F}.
  private static final double[][] NEW_MOON_TERMS = {
    {-0.40720, 0, 0, 1, 0},
    {0.17241, 1, 1, 0, 0},
    {0.01608, 0, 0, 2, 0},
    {0.01039, 0, 0, 0, 2},
    {0.00739, 1, -1, 1, 0},
    {-0.00514, 1, 1, 1, 0},
    {0.00208, 2, 2, 0, 0},
    {-0.00111, 0, 0, 1, -2},
    {-0.00057, 0, 0, 1, 2},
    {0.00056, 1, 1, 2, 0},
    {-0.00042, 0, 0, 3, 0},
    {0.00042, 1, 1, 0, 2},
    {0.00038, 1, 1, 0, -2},
    {-0.00024, 1, -1, 2, 0},
    {-0.00007, 0, 2, 1, 0},
    {0.00004, 0, 0, 2, -2},
    {0.00004, 0, 3, 0, 0},
    {0.00003, 0, 1, 1, -2},
    {0.00003, 0, 0, 2, 2},
    {-0.00003, 0, 1, 1, 2},
    {0.00003, 0, -1, 1, 2},
    {-0.00002, 0, -1, 1, -2},
    {-0.00002, 0, 1, 3, 0},
    {0.00002, 0, 0, 4, 0},
  };

  // Planetary arguments (Meeus p. 351): {A0, rate per lunation k, coefficient}; A1 also has a T^2
  // term, handled separately.
  private static final double[][] PLANETARY_TERMS = {
    {299.77, 0.107408, 0.000325},
    {251.88, 0.016321, 0.000165},
    {251.83, 26.651886, 0.000164},
    {349.42, 36.412478, 0.000126},
    {84.66, 18.206239, 0.000110},
    {141.74, 53.303771, 0.000062},
    {207.14, 2.453732, 0.000060},
    {154.84, 7.306860, 0.000056},
    {34.52, 27.261239, 0.000047},
    {207.19, 0.121824, 0.000042},
    {291.34, 1.844379, 0.000040},
    {161.72, 24.198154, 0.000037},
    {239.56, 25.513099, 0.000035},
    {331.55, 3.592518, 0.000023},
  };

  private Astronomy() {}

  /** Julian Day (UT) of the true new moon number {@code k}, k = 0 being that of 2000-01-06. */
  static double newMoonUt(int k) {
    double jde = newMoonTt(k);
    return jde - deltaTSeconds(jde) / SECONDS_PER_DAY;
  }

  /** Julian Day (TT, "JDE") of the true new moon number {@code k}. */
  static double newMoonTt(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        NEW_MOON_EPOCH
            + SYNODIC_MONTH * k
            + 0.00015437 * t2
            - 0.000000150 * t3
            + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

    double correction = -0.00017 * sin(omega);
    for (double[] term : NEW_MOON_TERMS) {
      double argument = term[2] * m + term[3] * mp + term[4] * f;
      correction += term[0] * Math.pow(e, term[1]) * sin(argument);
    }
    for (int i = 0; i < PLANETARY_TERMS.length; i++) {
      double[] term = PLANETARY_TERMS[i];
      double argument = term[0] + term[1] * k - (i == 0 ? 0.009173 * t2 : 0);
      correction += term[2] * sin(argument);
    }
    return jde + correction;
  }

  /** Apparent geocentric longitude of the sun, in [0, 360), at the Julian Day {@code jdUt} (UT). */
  static double sunLongitude(double jdUt) {
    double jde = jdUt + deltaTSeconds(jdUt) / SECONDS_PER_DAY;
    double t = (jde - J2000) / 36525;
    double t2 = t * t;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
    double meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t2;
    double center =
        (1.914602 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
            + 0.000289 * sin(3 * meanAnomaly);
    double omega = 125.04 - 1934.136 * t;
    double apparent = meanLongitude + center - 0.00569 - 0.00478 * sin(omega);
    return normalize(apparent);
  }

  /**
   * Delta T = TT - UT in seconds (Espenak-Meeus polynomial fits to the observed values up to 2005,
   * their extrapolation after). An error of a minute here moves a new moon by a minute, which only
   * matters for the rare lunation within a minute of local midnight.
   */
  static double deltaTSeconds(double jd) {
    double y = 2000 + (jd - J2000) / 365.25;
    if (y < 1900) {
      return longTermDeltaT(y);
    }
    if (y < 1920) {
      double t = y - 1900;
      return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - 0.000197 * t)));
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + t * (0.84493 + t * (-0.076100 + 0.0020936 * t));
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86
          + t
              * (0.3345
                  + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + 0.00002373599 * t))));
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    if (y < 2150) {
      return longTermDeltaT(y) - 0.5628 * (2150 - y);
    }
    return longTermDeltaT(y);
  }

  private static double longTermDeltaT(double y) {
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }

  private static double sin(double degrees) {
    return Math.sin(Math.toRadians(degrees));
  }

  private static double normalize(double degrees) {
    double d = degrees % 360;
    return d < 0 ? d + 360 : d;
  }
}
