-- What the SLA reads need, kept up to date with every event instead of recomputed from all dossiers on each request.

-- Resolutions per day, resolving unit and procedure (with the unit's level and the procedure's field): on-time rates
-- for any window and grouping are sums over these rows (Circular 01/2018 art. 13 indicator 1; report columns
-- trước hạn / đúng hạn / quá hạn).
create table sla_resolution_counter (
    day             date         not null,
    unit_code       varchar(32)  not null,
    procedure_code  varchar(64)  not null,
    field_code      varchar(32)  not null,
    level           varchar(16)  not null,
    early           int          not null,
    on_time         int          not null,
    late            int          not null,
    primary key (day, unit_code, procedure_code),
    constraint sla_resolution_counter_nonnegative_ck check (early >= 0 and on_time >= 0 and late >= 0)
);
create index sla_resolution_counter_unit_ix on sla_resolution_counter (unit_code, day);

-- For each late dossier, the working days each unit overran (Circular 01/2018 art. 13 indicator 2): the step that
-- overran its own deadline, or, when every step kept its deadline, the unit that held the dossier when the total
-- time ran out (fallback = true). Replaced for a dossier whenever its history is replayed.
create table sla_overrun (
    dossier_id      bigint       not null references dossier (id),
    ordinal         int          not null,
    unit_code       varchar(32)  not null,
    procedure_code  varchar(64)  not null,
    field_code      varchar(32)  not null,
    level           varchar(16)  not null,
    resolved_on     date         not null,
    overrun_days    int          not null,
    fallback        boolean      not null,
    primary key (dossier_id, ordinal)
);
create index sla_overrun_resolved_ix on sla_overrun (resolved_on);

-- The SLA snapshot of each dossier as of its last change, and who answers for it.
alter table dossier add column resolving_unit_code varchar(32);
alter table dossier add column sla_state varchar(16);
alter table dossier add column sla_evaluated_on date;
alter table dossier add column remaining_working_days int;
alter table dossier add column overdue_working_days int;
