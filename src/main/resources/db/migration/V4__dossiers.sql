-- Dossiers (hồ sơ), their applicants, derived steps and the append-only event trail.
-- Codes of units, procedures and fields are stored as received (and checked by foreign keys): a dossier keeps
-- the unit it was handled by even after a reorganisation closes that unit.

create sequence dossier_seq increment by 50;
create sequence dossier_event_seq increment by 50;

create table dossier (
    id                   bigint primary key,
    code                 varchar(64)  not null,
    procedure_code       varchar(64)  not null references procedure (code),
    field_code           varchar(32)  not null references field (code),
    level                varchar(16)  not null,
    receiving_unit_code  varchar(32)  not null references administrative_unit (code),
    handling_unit_code   varchar(32)  not null references administrative_unit (code),
    holding_unit_code    varchar(32)  not null references administrative_unit (code),
    channel              varchar(8)   not null,
    source               varchar(8)   not null,
    received_at          timestamptz  not null,
    received_on          date         not null,
    prescribed_amount    numeric(7, 1) not null,
    prescribed_unit      varchar(16)  not null,
    same_day_cutoff      time,
    status               varchar(24)  not null,
    clock_started_at     timestamptz  not null,
    clock_started_on     date         not null,
    clock_restarts       int          not null,
    paused_working_days  int          not null,
    paused_since         date,
    due_date             date         not null,
    due_at               timestamptz,
    appointment_date     date         not null,
    reappointed          boolean      not null,
    resolved_at          timestamptz,
    outcome              varchar(16),
    timeliness           varchar(8),
    returned_at          timestamptz,
    closed_at            timestamptz,
    flags                varchar(255),
    last_event_at        timestamptz,
    version              bigint       not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint dossier_code_uk unique (code),
    constraint dossier_channel_ck check (channel in ('DIRECT', 'ONLINE', 'POSTAL')),
    constraint dossier_level_ck check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    constraint dossier_status_ck check (status in ('IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'SUSPENDED', 'RESOLVED',
                                                   'RETURNED', 'WITHDRAWN', 'REJECTED'))
);
-- Lists are newest first; open dossiers are scanned by due date.
create index dossier_received_ix on dossier (received_at desc, id desc);
create index dossier_open_due_ix on dossier (due_date) where status in ('IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'SUSPENDED');
create index dossier_handling_unit_ix on dossier (handling_unit_code, received_at desc);
create index dossier_holding_unit_ix on dossier (holding_unit_code);
create index dossier_procedure_ix on dossier (procedure_code);

create table dossier_applicant (
    dossier_id  bigint primary key references dossier (id),
    kind        varchar(16)  not null,
    name        varchar(255) not null,
    id_number   varchar(32)
);

create table dossier_step (
    dossier_id            bigint        not null references dossier (id),
    ordinal               int           not null,
    unit_code             varchar(32)   not null references administrative_unit (code),
    allotment             numeric(6, 1) not null,
    started_on            date          not null,
    paused_working_days   int           not null,
    due_date              date          not null,
    completed_on          date,
    overrun_working_days  int,
    primary key (dossier_id, ordinal)
);
create index dossier_step_unit_ix on dossier_step (unit_code);

create table dossier_event (
    id                    bigint primary key,
    dossier_id            bigint       not null references dossier (id),
    type                  varchar(32)  not null,
    occurred_at           timestamptz  not null,
    received_at           timestamptz  not null,
    source                varchar(8)   not null,
    actor                 varchar(200),
    to_unit_code          varchar(32),
    allotment             numeric(6, 1),
    reason                varchar(2000),
    new_appointment_date  date,
    outcome               varchar(16),
    old_due_date          date,
    new_due_date          date
);
create index dossier_event_dossier_ix on dossier_event (dossier_id, occurred_at, id);

-- The trail is append-only: no update or delete ever reaches it.
create function dossier_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dossier_event is append-only';
end;
$$;
create trigger dossier_event_no_update before update or delete on dossier_event
    for each row execute function dossier_event_append_only();
