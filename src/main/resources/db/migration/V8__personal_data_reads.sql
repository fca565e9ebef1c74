-- Who read a dossier's personal data in full, and when (Decree 13/2023/NĐ-CP on personal data protection: processing
-- must be traceable). Only the clerk or officer of the unit holding a dossier sees it unmasked; each such read adds a
-- row here. Append-only.
create table personal_data_read (
    id          bigint        generated always as identity primary key,
    dossier_id  bigint        not null references dossier (id),
    read_by     varchar(255)  not null,
    roles       varchar(255)  not null,
    unit_code   varchar(32),
    read_at     timestamptz   not null
);
create index personal_data_read_dossier_ix on personal_data_read (dossier_id, read_at);

create function personal_data_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_read is append-only';
end;
$$;
create trigger personal_data_read_no_update before update or delete on personal_data_read
    for each row execute function personal_data_read_append_only();
