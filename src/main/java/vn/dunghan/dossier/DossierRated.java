package vn.dunghan.dossier;

/** Fired in the transaction that recorded a rating of the dossier {@code dossierId}. */
public record DossierRated(long dossierId) {}
