-- Resolutions per month, resolving unit and field: the on-time rates of a long window read these rows for its whole
-- months and the daily counters only for the days at its edges. Measured with the bench (README "Scaling"): at 1M
-- dossiers the daily table holds about 600,000 rows and a 24-month rate read took about 500 ms; this table holds about
-- 17,000 for the same data. Kept in step with sla_resolution_counter in the same transaction (SlaLedger).
-- Grouping by procedure still reads the daily table, the only one that has the procedure.
create table sla_resolution_month (
    month       date         not null,
    unit_code   varchar(32)  not null,
    field_code  varchar(32)  not null,
    level       varchar(16)  not null,
    early       int          not null,
    on_time     int          not null,
    late        int          not null,
    primary key (month, unit_code, field_code, level),
    constraint sla_resolution_month_first_day_ck check (extract(day from month) = 1),
    constraint sla_resolution_month_nonnegative_ck check (early >= 0 and on_time >= 0 and late >= 0)
);

insert into sla_resolution_month (month, unit_code, field_code, level, early, on_time, late)
select date_trunc('month', day)::date, unit_code, field_code, level, sum(early), sum(on_time), sum(late)
from sla_resolution_counter
group by 1, 2, 3, 4;
