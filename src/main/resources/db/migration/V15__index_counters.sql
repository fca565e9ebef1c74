-- Decision 766 indicators kept incrementally (docs/indicators.md), like the on-time rates: each dossier contributes
-- counts on days (received, ended on time by the index, paid online, ...), recorded in dossier_index_marks; when the
-- dossier, what the portal said of it, or its ratings change, the difference of its contributions moves
-- index_counter in the same transaction. A figure for a period sums the counters of its days; the open dossiers'
-- "in time" and "overdue" counts are kept as changes on the days they start and stop, summed up to the day asked.
create table index_counter (
    unit_code      varchar(32) not null,
    procedure_code varchar(64) not null,
    metric         smallint    not null,
    day            date        not null,
    n              bigint      not null,
    primary key (unit_code, metric, day, procedure_code)
);

create table dossier_index_marks (
    dossier_id bigint primary key references dossier (id),
    marks      text   not null
);
