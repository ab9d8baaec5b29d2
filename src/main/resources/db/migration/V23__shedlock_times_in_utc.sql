-- ShedLock, with usingDbTime(), writes and compares the database's clock as UTC wall time: timezone('utc',
-- current_timestamp), a timestamp without zone. Stored in V4's timestamptz columns, that wall time was read as a time of
-- the writing session's zone (opennrm.time-zone), and compared likewise: a node whose sessions are in another zone saw
-- every lock hours off (held long after it ended, or taken while held), and so would one zone across its change to or
-- from daylight-saving time. ShedLock's own table for PostgreSQL has timestamp columns; these are now so.
-- The times already there were written in the zone of the application's sessions, which this session has too (the
-- application's JVM gives it): read in it, they give back the UTC wall time ShedLock meant.
alter table shedlock
    alter column lock_until type timestamp using lock_until at time zone current_setting('TimeZone'),
    alter column locked_at type timestamp using locked_at at time zone current_setting('TimeZone');
