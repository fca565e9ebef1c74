package vn.dunghan.notify;

import java.time.OffsetDateTime;

/** One row of the notification ledger. */
public record NotificationView(
    long id,
    String dossierCode,
    String stage,
    String unitCode,
    String recipient,
    String channel,
    String status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime sentAt,
    String lastError) {}
