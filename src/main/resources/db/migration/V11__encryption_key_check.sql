-- A check value of each key the database was set up with (the encryption module's KeyCheck): HMAC-SHA256 of a fixed
-- text under the key (the index key: under its sub-key for this purpose). It tells whether the configured keys are the
-- ones the data was written with, and reveals nothing of them. One row per key: 'index', and 'data:<id>'.
create table encryption_key_check (
    key_name     text primary key,
    check_value  bytea not null,
    recorded_at  timestamptz not null default now()
);
