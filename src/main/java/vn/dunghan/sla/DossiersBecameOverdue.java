package vn.dunghan.sla;

import java.util.List;

/**
 * Fired synchronously, in the transaction that recorded it, when open dossiers pass their due date
 * (the scan, or a write that finds a dossier already overdue): whoever must hear of it observes
 * this (the applicants' notices); the SLA side does not know them.
 */
public record DossiersBecameOverdue(List<Long> dossierIds) {}
