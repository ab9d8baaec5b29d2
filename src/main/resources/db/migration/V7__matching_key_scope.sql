-- Candidate queries filter by scope on the key postings themselves and count shared keys without reading
-- matching_person, which holds the encrypted records; only the best few hundred people are read from it.
-- So the scope columns are copied onto each key row (rewritten whenever the person is indexed again) and
-- carried in the primary key's index, which then answers the query on its own (index-only scan).

alter table matching_key
    add column province_code   char(2),
    add column organisation_id uuid,
    add column registered_by   uuid;

update matching_key k
   set province_code = p.province_code, organisation_id = p.organisation_id, registered_by = p.registered_by
  from matching_person p
 where p.id = k.person_id;

alter table matching_key drop constraint matching_key_pkey;
alter table matching_key add constraint matching_key_pkey
    primary key (key_hash, person_id) include (province_code, organisation_id, registered_by);
