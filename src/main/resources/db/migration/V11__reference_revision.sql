-- Units, fields and procedures are read by every intake, sync item, ledger write and escalation, and change a few
-- times a year. Each replica keeps them in memory (UnitDirectory, ProcedureCatalog) and re-reads them when this
-- counter has moved: one primary-key read per transaction instead of four to eight entity queries per dossier (the
-- bench in README "Scaling" found those lookups to be a third of an intake's time in the service). The triggers move
-- the counter in the transaction of any write to these tables, whoever makes it (the API, a migration, psql), so a
-- replica never keeps serving a unit or procedure that another one has changed.
create table reference_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
insert into reference_revision (id, revision) values (1, 1);

create function bump_reference_revision() returns trigger language plpgsql as $$
begin
    update reference_revision set revision = revision + 1 where id = 1;
    return null;
end;
$$;

create trigger administrative_unit_revision after insert or update or delete or truncate on administrative_unit
    for each statement execute function bump_reference_revision();
create trigger field_revision after insert or update or delete or truncate on field
    for each statement execute function bump_reference_revision();
create trigger procedure_revision after insert or update or delete or truncate on procedure
    for each statement execute function bump_reference_revision();
create trigger procedure_level_revision after insert or update or delete or truncate on procedure_level
    for each statement execute function bump_reference_revision();
create trigger procedure_step_revision after insert or update or delete or truncate on procedure_step
    for each statement execute function bump_reference_revision();
