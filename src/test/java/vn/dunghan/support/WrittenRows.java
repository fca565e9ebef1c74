package vn.dunghan.support;

import jakarta.persistence.EntityManager;

/**
 * What bad input must leave as it was: the number of rows in every table a request can write, and a
 * fingerprint of the dossiers and units (code, status or name, version), for tests that send
 * hostile requests and check that nothing was written.
 */
public final class WrittenRows {

  private WrittenRows() {}

  public static long count(EntityManager em) {
    Object n =
        em.createNativeQuery(
                "select (select count(*) from dossier) + (select count(*) from dossier_event)"
                    + " + (select count(*) from dossier_applicant)"
                    + " + (select count(*) from administrative_unit) + (select count(*) from field)"
                    + " + (select count(*) from procedure) + (select count(*) from calendar_change)"
                    + " + (select count(*) from report_snapshot)"
                    + " + (select count(*) from notification)")
            .getSingleResult();
    return ((Number) n).longValue();
  }

  public static String fingerprint(EntityManager em) {
    return (String)
        em.createNativeQuery(
                "select md5(coalesce((select string_agg(code || status || version, ','"
                    + " order by code) from dossier), ''))"
                    + " || md5(coalesce((select string_agg(code || name || version, ','"
                    + " order by code) from administrative_unit), ''))")
            .getSingleResult();
  }
}
