package vn.dunghan.portal;

import java.util.List;

/**
 * Fired in the transaction that changed what the portal said of these dossiers (online payment,
 * documents, results): the Decision 766 counters read it.
 */
public record PortalFactsChanged(List<Long> dossierIds) {}
