-- After every migration run: the application's own database role, when it is not the schema's owner, gets the
-- rights it needs and no more. It reads and writes rows; of the audit trail it only reads and adds rows, so that it
-- can neither change nor remove an entry, nor (not being the table's owner) switch off the trigger that refuses
-- both. ${app_role} is empty when the application and the migrations use one role (docs/audit.md).
do $grants$
declare
    app text := '${app_role}';
begin
    if app = '' then
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate, references, trigger on audit_entry from %I', app);
    -- nor hide an actor from the trail's "who" filter by removing or changing the name it is found by (V20)
    if to_regclass('audit_actor_name') is not null then
        execute format('revoke update, delete, truncate, references, trigger on audit_actor_name from %I', app);
    end if;
    execute format('revoke all on flyway_schema_history from %I', app);
end
$grants$;
