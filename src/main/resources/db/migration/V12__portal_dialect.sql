-- The national public-service portal (Cổng DVCQG): its identifiers, what it knows of a dossier that a desk does
-- not, and the push of every change back to it. The field names are the portal's; docs/portal.md has the mapping.

-- The agency's electronic identifier (mã định danh điện tử, Decision 20/2020/QĐ-TTg), by which the portal names the
-- handling agency (DonViXuLy). Optional: a unit's own code is matched too.
alter table administrative_unit add column agency_id varchar(32);
alter table administrative_unit add constraint administrative_unit_agency_id_uk unique (agency_id);

-- What the portal said of a dossier and a desk's intake does not carry. Decision 766 reads it (digitised documents,
-- online payment, VNeID, electronic results); flags and links only, never files. Counts beside the lists so that
-- the indicators sum columns instead of opening JSON.
create table dossier_portal (
    dossier_id              bigint        primary key references dossier (id),
    receipt_number          varchar(64),
    filed_at                timestamptz,
    portal_status           smallint      not null check (portal_status between 1 and 10),
    portal_appointment_date date,
    vneid_authenticated     boolean       not null,
    online_payment          varchar(16)   not null check (online_payment in ('NONE', 'PORTAL', 'LOCAL_GATEWAY')),
    fee_total               numeric(15,0) not null default 0,
    has_digitised_component boolean       not null,
    document_count          int           not null default 0,
    digitised_count         int           not null default 0,
    reused_count            int           not null default 0,
    from_store_count        int           not null default 0,
    result_link_count       int           not null default 0,
    details                 jsonb         not null,
    updated_at              timestamptz   not null
);

-- Records the portal refused at reception (TrangThaiHoSo 3): never received, so never a dossier and never counted;
-- kept so that the code is known and the status page can show them.
create table portal_refused_reception (
    code           varchar(64)   primary key,
    procedure_code varchar(64)   not null,
    unit_code      varchar(32)   not null references administrative_unit (code),
    filed_at       timestamptz,
    refused_at     timestamptz,
    reason         varchar(2000),
    recorded_at    timestamptz   not null
);

-- The outbox of the push: one row per dossier with a change the portal has not acknowledged yet, written in the
-- transaction that settled the change. The pusher sends the dossier as it is then (the portal upserts), so many
-- changes before a push are one push; a failed push waits longer each time (next_attempt_at). changes counts the
-- changes enqueued: the pusher deletes the row only if no change came while it was pushing (the upsert that counts
-- one locks the row until its transaction ends, so the delete waits for it and then sees the new count).
create table portal_push (
    dossier_id      bigint        primary key references dossier (id),
    changes         bigint        not null default 1,
    enqueued_at     timestamptz   not null,
    next_attempt_at timestamptz   not null,
    attempts        int           not null default 0,
    last_error      varchar(1000)
);
create index portal_push_due_ix on portal_push (next_attempt_at);

-- What the portal last acknowledged of each dossier: the version, when, how long after the change, and the steps as
-- they were pushed (one mark per step, so a step that changes is pushed again and the others are not).
create table portal_sync (
    dossier_id     bigint        primary key references dossier (id),
    pushed_version bigint        not null,
    pushed_at      timestamptz   not null,
    lag_ms         bigint        not null,
    step_marks     varchar(4000) not null default '',
    origin         varchar(8)    not null check (origin in ('PUSHED', 'RECEIVED'))
);
create index portal_sync_pushed_at_ix on portal_sync (pushed_at);
