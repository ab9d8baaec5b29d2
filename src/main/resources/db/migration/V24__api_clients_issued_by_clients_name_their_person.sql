-- A client issued by another client now names the person behind the issuing one (created_by), so that it may not
-- change that person's role, scope, password, activation or lock (UserManagement). Clients issued by a client before
-- that have none. The audit trail says who issued each: its API_CLIENT_ISSUED entry, written in the issuing
-- transaction, names the new client (entity_id) and the client that issued it (actor_id, of kind API_CLIENT); the
-- application's role can neither change nor remove an entry. Following those entries back from clients whose person
-- is known gives each such client its person; a chain that starts with a system job's client, or whose entry is not
-- there or not alone, gives none, and the client stays without one, as it was.
with recursive issued_by_client as (
    select entity_id::uuid as client, min(actor_id::text)::uuid as issuer
      from audit_entry
     where action = 'API_CLIENT_ISSUED' and entity_type = 'api_client' and actor_kind = 'API_CLIENT'
       and outcome = 'SUCCESS' and actor_id is not null
       and entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
     group by entity_id
    having count(*) = 1
),
person (client, created_by) as (
    select id, created_by from api_client where created_by is not null
    union
    select i.client, p.created_by
      from issued_by_client i join person p on p.client = i.issuer
)
update api_client c
   set created_by = p.created_by
  from person p
 where c.id = p.client and c.created_by is null;
