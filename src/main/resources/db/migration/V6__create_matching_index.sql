-- The matching index: who may be the same person, without plain names anywhere.
-- Names and the other compared fields are field-encrypted; blocking keys are stored only as keyed
-- hashes (HMAC-SHA256 with a key from configuration, first 8 bytes), so neither the tables, the indexes
-- nor query plans hold a readable name.

create table matching_person (
    id              uuid primary key,           -- the person's id in the module that registered them
    province_code   char(2),                    -- scope columns: checked in every candidate query
    organisation_id uuid,
    registered_by   uuid,
    record_enc      bytea not null,             -- encrypted compared fields (names, birth date, sex, citizenship)
    indexed_at      timestamptz not null default now()
);

create index matching_person_province_idx on matching_person (province_code);
create index matching_person_organisation_idx on matching_person (organisation_id);

create table matching_key (
    key_hash    bigint not null,
    person_id   uuid not null references matching_person (id) on delete cascade,
    primary key (key_hash, person_id)
);

create index matching_key_person_idx on matching_key (person_id);
