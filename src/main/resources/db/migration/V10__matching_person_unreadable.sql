-- A person of the matching index whose encrypted record could not be read back (a retired data key, damaged bytes)
-- when it was to be re-keyed: set then, so that re-keying goes on past it instead of failing on it every hour, and so
-- that an operator can find it (select id from matching_person where unreadable_since is not null). Indexing the
-- person again clears it.
alter table matching_person add column unreadable_since timestamptz;
