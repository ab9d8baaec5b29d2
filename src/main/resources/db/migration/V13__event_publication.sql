-- Spring Modulith's registry of event publications, created here rather than by Modulith at start: the
-- application's own role may not create tables (afterMigrate__grants.sql). The same definition as Modulith 2.1's
-- (schemas/v2/schema-postgresql.sql); databases where Modulith made it already keep theirs.
do $publications$
begin
    if to_regclass('event_publication') is not null then
        return;
    end if;
    create table event_publication (
        id                     uuid not null,
        listener_id            text not null,
        event_type             text not null,
        serialized_event       text not null,
        publication_date       timestamp with time zone not null,
        completion_date        timestamp with time zone,
        status                 text,
        completion_attempts    int,
        last_resubmission_date timestamp with time zone,
        primary key (id)
    );
    create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
    create index event_publication_by_completion_date_idx on event_publication (completion_date);
end
$publications$;
