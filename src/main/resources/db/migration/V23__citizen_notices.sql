-- Citizen notices (issue: citizens): the applicant is told by e-mail and SMS of the receipt, a supplement request,
-- an apology with a new appointment and the result (Decree 61/2018 art. 17-19), through the same outbox as the
-- heads' notices: retries, working hours, nothing sent twice.

-- The applicant may decline them, at intake or later from the lookup.
alter table dossier_applicant add column notices_opt_out boolean not null default false;

-- New stages, a new channel, and a status for notices withdrawn before they went out (the applicant opted out).
alter table notification alter column stage type varchar(24);
alter table notification drop constraint notification_stage_ck;
alter table notification add constraint notification_stage_ck check (stage in ('DUE_SOON', 'OVERDUE', 'ESCALATED',
    'DIGEST', 'CITIZEN_RECEIPT', 'CITIZEN_SUPPLEMENT', 'CITIZEN_APOLOGY', 'CITIZEN_RESULT'));
alter table notification drop constraint notification_channel_ck;
alter table notification add constraint notification_channel_ck check (channel in ('EMAIL', 'WEBHOOK', 'SMS'));
alter table notification drop constraint notification_status_ck;
alter table notification add constraint notification_status_ck check (status in ('PENDING', 'SENT', 'FAILED',
    'SKIPPED'));

-- What a notice is about beyond its stage: the event (a second supplement request is a second notice); 0 for the
-- receipt and for the heads' notices, whose stage says it all. Each (dossier, stage, recipient, occasion) once.
alter table notification add column occasion bigint not null default 0;
alter table notification drop constraint notification_key_uk;
alter table notification add constraint notification_key_uk unique (dossier_id, stage, recipient, occasion);
