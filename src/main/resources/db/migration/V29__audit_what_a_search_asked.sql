-- What a candidate search asked (docs/audit.md, "What a search asked"): a tester recovered a registered person's birth
-- date in about 45 searches of one name, each with another date, and no entry said that the 45 were of one name. A
-- search's entry (MATCH_SEARCH, and MATCH_SEARCH_REFUSED for a caller over its allowance) now records the fields the
-- query gave, by name alone (names, birthDate, birthYear, sex, citizenship; never their values), and a short keyed
-- digest of its names, the same for one name however it is written: an auditor sees the searches of one name together.
-- Both are part of the entry's hash from this version on; an entry without them (every entry written before this
-- migration, and every entry of another action) is hashed as before, so the chain written so far verifies unchanged.
-- Adding a column is not an update: the append-only triggers do not fire.
alter table audit_entry add column asked_fields text;
alter table audit_entry add column asked_names text;

-- The trail's filter by the digest, newest first, a page at a time; only searches carry one.
create index audit_entry_asked_names_idx on audit_entry (asked_names, seq) where asked_names is not null;
