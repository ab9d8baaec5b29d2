-- Index keys with ids, so that the index key can be rotated (docs/encryption.md, "Rotating the index key"). Every value
-- keyed by an index key records the key's id; everything keyed before this migration was keyed by the one index key
-- there was, opennrm.encryption.index-key, whose id is '0'. The defaults below fill the rows that exist (without
-- rewriting the tables) and are then dropped: the application names the key of every value it writes.

update encryption_key_check set key_name = 'index:0' where key_name = 'index';
-- When an index key was replaced for good: reencrypt found nothing keyed by it any more and noted it
-- (ENCRYPTION_KEY_SUPERSEDED in the audit trail, after which no audit entry may be under it); a node configured with it
-- as its active index key is refused from then on.
alter table encryption_key_check add column superseded_at timestamptz;

-- The e-mail address's blind index (email_hash).
alter table app_user add column email_index_key text not null default '0';
alter table app_user alter column email_index_key drop default;

-- A person's blocking keys (matching_key.key_hash, all of a person's under one index key).
alter table matching_person add column index_key text not null default '0';
alter table matching_person alter column index_key drop default;
create index matching_person_index_key_idx on matching_person (index_key);

-- The entry's hash (audit_entry.hash). Adding a column is not an update: the append-only triggers do not fire.
alter table audit_entry add column index_key text not null default '0';
alter table audit_entry alter column index_key drop default;
