package vn.dunghan.notify;

/**
 * A notice written by another domain in its own words (the citizens' notices): to one recipient on
 * one channel, about a dossier, once per (dossier, stage, recipient, occasion).
 *
 * @param occasion what it is about beyond its stage (the event's id), 0 when the stage says it all
 * @param channel {@code EMAIL} or {@code SMS}
 */
public record Message(
    long dossierId,
    String dossierCode,
    Stage stage,
    long occasion,
    String unitCode,
    String channel,
    String recipient,
    String subject,
    String body) {}
