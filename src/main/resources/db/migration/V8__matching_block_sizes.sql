-- How many people each blocking key holds, kept by the database itself. A candidate query needs the size of each
-- of its blocks (to leave out over-full ones and to weigh rare blocks above common ones); counting them on the key
-- postings cost about half a millisecond per key, the larger part of the query. The counts are kept by statement
-- triggers on matching_key, so that every way a key row is written or removed (an upsert, a batch, a person
-- deleted with its keys by cascade) keeps them right, in the same transaction. The application's index writers take
-- turns (an advisory lock, MatchingIndexStore.lockWriters), so two transactions never change the same counts at once.

create table matching_block (
    key_hash bigint primary key,
    size     integer not null check (size >= 0)
);

insert into matching_block (key_hash, size)
select key_hash, count(*) from matching_key group by key_hash;

create function matching_block_added() returns trigger language plpgsql as $$
begin
    -- in key order, so that two transactions adding to the same blocks lock them in the same order
    insert into matching_block as b (key_hash, size)
    select key_hash, count(*) from added group by key_hash order by key_hash
        on conflict (key_hash) do update set size = b.size + excluded.size;
    return null;
end $$;

create function matching_block_removed() returns trigger language plpgsql as $$
begin
    update matching_block b set size = b.size - r.n
      from (select key_hash, count(*) as n from removed group by key_hash order by key_hash) r
     where b.key_hash = r.key_hash;
    delete from matching_block b where b.size = 0 and b.key_hash in (select key_hash from removed);
    return null;
end $$;

create trigger matching_key_added after insert on matching_key
    referencing new table as added for each statement execute function matching_block_added();

create trigger matching_key_removed after delete on matching_key
    referencing old table as removed for each statement execute function matching_block_removed();

-- Key rows are written and removed, never changed in place (an index update deletes and inserts them).
create function matching_key_unchanged() returns trigger language plpgsql as $$
begin
    if new.key_hash <> old.key_hash then
        raise exception 'matching_key.key_hash is not updated in place: delete and insert the key row';
    end if;
    return new;
end $$;

create trigger matching_key_unchanged before update on matching_key
    for each row execute function matching_key_unchanged();

-- Which set of blocking keys each person is filed under. The keys come from the names' normalisation and the key
-- rules (PersonMatcher.KEY_SCHEME); when those change, people filed under an older scheme are re-keyed from their
-- encrypted record by the application (PersonIndex.rekeyStale), in the background, a batch at a time. The people
-- indexed before this column existed were filed under scheme 1.
alter table matching_person add column key_scheme smallint not null default 1;
create index matching_person_key_scheme_idx on matching_person (key_scheme);
