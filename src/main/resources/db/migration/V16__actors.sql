-- Who did it, from the token (docs/security.md "Who did it"): every event keeps the caller's subject (actor, since
-- V4), name, roles and unit; a dossier keeps who received it. A request body never says who.
alter table dossier_event add column actor_name varchar(255);
alter table dossier_event add column actor_roles varchar(255);
alter table dossier_event add column actor_unit varchar(32);
alter table dossier add column received_by varchar(255);
alter table dossier add column received_by_name varchar(255);
alter table dossier add column received_by_roles varchar(255);
alter table dossier add column received_by_unit varchar(32);

-- The calendar's change record is evidence like the event trail: only ever added to.
create function calendar_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'calendar_change is append-only';
end;
$$;
create trigger calendar_change_no_change before update or delete on calendar_change
    for each row execute function calendar_change_append_only();
