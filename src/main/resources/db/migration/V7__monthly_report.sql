-- The periodic report on dossier handling (Biểu 06, Circular 01/2020/TT-VPCP): counters kept with every change,
-- and frozen snapshots of closed periods.

-- Each dossier's report stages day by day (report.Timeline), so that the next change to the dossier can take back
-- exactly what it added to the counters. Null only for dossiers written before this migration: the service fills
-- them in at start-up (ReportBackfill).
alter table dossier add column report_timeline varchar(2000);
create index dossier_report_timeline_missing_ix on dossier (id) where report_timeline is null;

-- Per handling unit, field and day: flows (what happened that day) and changes of levels (open, overdue, awaiting
-- supplement, suspended). A report window sums flows inside it and levels up to its edges. Changes of levels may be
-- dated after today (the day a dossier will fall overdue); reads never look past the day they judge.
create table report_counter (
    unit_code          varchar(32)  not null,
    field_code         varchar(32)  not null,
    day                date         not null,
    received_online    int          not null default 0,
    received_direct    int          not null default 0,
    resolved_early     int          not null default 0,
    resolved_on_time   int          not null default 0,
    resolved_late      int          not null default 0,
    withdrawn          int          not null default 0,
    rejected           int          not null default 0,
    open_change        int          not null default 0,
    overdue_change     int          not null default 0,
    supplement_change  int          not null default 0,
    suspended_change   int          not null default 0,
    primary key (unit_code, field_code, day)
);

-- A closed period frozen as it stood when generated. Never updated: a correction is a new version with a reason.
create table report_snapshot (
    id               bigint        generated always as identity primary key,
    period           varchar(8)    not null,
    window_kind      varchar(16)   not null,
    version          int           not null,
    window_from      date          not null,
    window_to        date          not null,
    generated_at     timestamptz   not null,
    generated_by     varchar(128)  not null,
    reason           varchar(1000) not null,
    constraint report_snapshot_version_uk unique (period, window_kind, version),
    constraint report_snapshot_window_ck check (window_kind in ('REGULATORY', 'CALENDAR') and window_from <= window_to)
);

create table report_snapshot_row (
    snapshot_id          bigint       not null references report_snapshot (id),
    unit_code            varchar(32)  not null,
    field_code           varchar(32)  not null,
    new_online           int          not null,
    new_direct           int          not null,
    carried_over         int          not null,
    resolved_early       int          not null,
    resolved_on_time     int          not null,
    resolved_late        int          not null,
    in_progress          int          not null,
    overdue              int          not null,
    withdrawn            int          not null,
    rejected             int          not null,
    awaiting_supplement  int          not null,
    suspended            int          not null,
    primary key (snapshot_id, unit_code, field_code)
);

create function report_snapshot_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% is immutable: generate a new version instead', tg_table_name;
end;
$$;
create trigger report_snapshot_no_update before update or delete on report_snapshot
    for each row execute function report_snapshot_immutable();
create trigger report_snapshot_row_no_update before update or delete on report_snapshot_row
    for each row execute function report_snapshot_immutable();
