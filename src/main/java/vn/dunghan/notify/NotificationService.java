package vn.dunghan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.shared.Page;
import vn.dunghan.shared.PageRequest;
import vn.dunghan.shared.SqlValues;

/** Reads the notification ledger. */
@ApplicationScoped
public class NotificationService {

  private final EntityManager em;

  NotificationService(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<NotificationView> list(
      String dossierCode, String status, String recipient, PageRequest paging) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" from notification where 1 = 1");
    if (dossierCode != null) {
      where.append(" and dossier_code = :dossier");
      params.put("dossier", dossierCode);
    }
    if (status != null) {
      where.append(" and status = :status");
      params.put("status", status);
    }
    if (recipient != null) {
      where.append(" and recipient = :recipient");
      params.put("recipient", recipient);
    }
    Query select =
        em.createNativeQuery(
            "select id, dossier_code, stage, unit_code, recipient, channel, status, attempts,"
                + " created_at, next_attempt_at, sent_at, last_error"
                + where
                + " order by created_at desc, id desc");
    Query count = em.createNativeQuery("select count(*)" + where);
    params.forEach(
        (k, v) -> {
          select.setParameter(k, v);
          count.setParameter(k, v);
        });
    select.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.getResultList();
    List<NotificationView> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new NotificationView(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              recipient((String) r[2], (String) r[5], (String) r[4]),
              (String) r[5],
              (String) r[6],
              ((Number) r[7]).intValue(),
              SqlValues.vietnamTime(r[8]),
              SqlValues.vietnamTime(r[9]),
              SqlValues.vietnamTime(r[10]),
              (String) r[11]));
    }
    return new Page<>(
        items, paging.page(), paging.size(), ((Number) count.getSingleResult()).longValue());
  }

  /**
   * An applicant's phone or e-mail is personal data: the ledger shows it masked like everywhere
   * outside the holding unit. The heads' addresses and webhooks are the units' own.
   */
  private static String recipient(String stage, String channel, String recipient) {
    if (!stage.startsWith("CITIZEN_")) {
      return recipient;
    }
    return "SMS".equals(channel)
        ? vn.dunghan.shared.PersonalData.maskPhone(recipient)
        : vn.dunghan.shared.PersonalData.maskEmail(recipient);
  }
}
