-- Decision 766 indicators kept incrementally (docs/indicators.md), like the on-time rates: each dossier contributes
-- counts on days (received, ended on time by the index, paid online, ...), recorded in dossier_index_marks; when the
-- dossier, what the portal said of it, or its ratings change, the difference of its contributions moves
-- index_counter in the same transaction. A figure for a period sums the counters of its days; the open dossiers'
-- "in time" and "overdue" counts are kept as changes on the days they start and stop, summed up to the day asked.
-- The procedure is kept only where a formula counts procedures (3.5b: fee-bearing, paid online); elsewhere it is ''
-- so that a day holds one row per unit and metric. Reads take one metric over a range of days: the key starts there.
create table index_counter (
    unit_code      varchar(32) not null,
    procedure_code varchar(64) not null,
    metric         smallint    not null,
    day            date        not null,
    n              bigint      not null,
    primary key (metric, day, unit_code, procedure_code)
);

-- The open dossiers' changes summed per month: "open in time / overdue on day D" is the months before D's from here
-- plus D's month's days from index_counter, instead of every day since the first dossier.
create table index_open_month (
    unit_code varchar(32) not null,
    metric    smallint    not null,
    month     date        not null,
    n         bigint      not null,
    primary key (metric, month, unit_code)
);

create table dossier_index_marks (
    dossier_id bigint primary key references dossier (id),
    marks      text   not null
);
