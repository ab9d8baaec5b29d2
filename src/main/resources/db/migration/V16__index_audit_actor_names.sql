-- The audit trail's "who" filter folds the names it looks for in the application (Turkish letters, case), not with
-- the database's lower(), whose İ and ı depend on the database's locale. It reads the trail's distinct actor names
-- by walking this index (few names: accounts, API clients, the system's jobs), folds them, and selects the entries
-- of those that match. In "C" order: bytewise, the same on every installation, and the cheapest to compare.
create index audit_entry_actor_name_idx on audit_entry (actor_name collate "C");
