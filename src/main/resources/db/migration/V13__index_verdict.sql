-- The verdict of Decision 766 indicator 2.1 beside the legal one (docs/indicators.md): the appointment the applicant
-- holds, how many supplement requests were made, and, once processing has ended for the index (resolved, withdrawn,
-- stopped, or a supplement request left unanswered), the verdict with the day it counts as ended and why. A dossier
-- still running has no stored verdict: it is in time or overdue as of the day asked.
alter table dossier add column index_appointment date;
alter table dossier add column supplement_requests int not null default 0;
alter table dossier add column index_verdict varchar(8)
    check (index_verdict in ('EARLY', 'ON_TIME', 'LATE'));
alter table dossier add column index_effective_end date;
alter table dossier add column index_reason varchar(500);

-- Existing dossiers get the appointment they hold; their verdicts come with their next change or replay.
update dossier set index_appointment = appointment_date;

-- Disagreements between the two verdicts are listed by the day processing ended.
create index dossier_index_end_ix on dossier (index_effective_end) where index_verdict is not null;
