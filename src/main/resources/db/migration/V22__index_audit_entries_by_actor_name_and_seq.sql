-- The audit trail's "who" filter selects the entries of the actor names that match, newest first, a page at a time
-- (AuditEntries.query). On the names alone (V16's index) PostgreSQL had to read all of a name's entries and sort them,
-- and, when it took a name for one with many entries, it walked the trail back from its newest entry instead, testing
-- each: the whole trail, for an actor with few entries (docs/audit.md). With the sequence number after the name, the
-- index gives each name's entries newest first, and the search stops at the page's end. It serves all that V16's index
-- served (the names themselves are read from audit_actor_name since V20), and replaces it.
create index audit_entry_actor_name_seq_idx on audit_entry (actor_name collate "C", seq);
drop index audit_entry_actor_name_idx;
