-- The audit trail: who saw or changed what, when, from where. Append-only, and hash-chained: each entry
-- carries an HMAC over its own fields and the previous entry's hash, with a key that is not in the
-- database, so a changed, removed or reordered entry breaks the chain (see docs/audit.md).

create table audit_entry (
    seq                     bigint generated always as identity primary key,
    occurred_at             timestamptz not null,
    actor_id                uuid,
    actor_name              text,
    actor_kind              text not null,      -- USER, API_CLIENT, ANONYMOUS, SYSTEM
    actor_organisation_id   uuid,
    actor_role              text,
    action                  text not null,
    entity_type             text,
    entity_id               text,
    outcome                 text not null,
    purpose                 text,
    remote_address          text,
    request                 text,               -- method and path, never the query string
    prev_hash               bytea not null,
    hash                    bytea not null
);

create index audit_entry_time_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor_id, seq);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, seq);
create index audit_entry_action_idx on audit_entry (action, seq);

-- Append-only for the application's database user. A superuser can still disable this trigger; the
-- hash chain is what detects that.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
