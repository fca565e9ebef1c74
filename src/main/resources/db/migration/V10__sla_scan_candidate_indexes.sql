-- The overdue scan (SlaMonitor) reads the open dossiers whose SLA state can have changed since it last looked: never
-- notified and due by the due-soon limit, notified due soon and now past due, or overdue and at their next escalation
-- day. One partial index per case, so that each case is a range over exactly its candidates. With only the index on
-- the due date of running dossiers, each batch walked every open dossier already past due (already notified): the
-- bench (README "Scaling") measured 3.3 s per batch with 1M open dossiers and nothing to do, and 54 s for a scan
-- where 1 % had crossed their due date. The third case already has dossier_scan_escalation_ix (V6).
create index dossier_scan_unnotified_ix on dossier (due_date)
    where status = 'IN_PROGRESS' and notified_state is null;
create index dossier_scan_due_soon_ix on dossier (due_date)
    where status = 'IN_PROGRESS' and notified_state = 'DUE_SOON';
