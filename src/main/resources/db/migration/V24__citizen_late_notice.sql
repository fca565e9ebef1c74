-- The applicant is also told when their dossier passes its appointment without a result (issue: citizens), once.
alter table notification drop constraint notification_stage_ck;
alter table notification add constraint notification_stage_ck check (stage in ('DUE_SOON', 'OVERDUE', 'ESCALATED',
    'DIGEST', 'CITIZEN_RECEIPT', 'CITIZEN_SUPPLEMENT', 'CITIZEN_APOLOGY', 'CITIZEN_RESULT', 'CITIZEN_LATE'));
