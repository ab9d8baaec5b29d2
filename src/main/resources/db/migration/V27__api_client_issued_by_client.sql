-- A client issued by another client names it (issued_by_client), so that revoking a client revokes the clients it
-- issued, and theirs: whoever held a leaked token may have issued more with it. Clients issued before this are given
-- theirs from the audit trail, as V24 gave them their person: the API_CLIENT_ISSUED entry, written in the issuing
-- transaction, names the new client (entity_id) and the client that issued it (actor_id, of kind API_CLIENT). One
-- whose entry is not there, or not alone, or names a client no longer in the table, stays without one.
alter table api_client add column issued_by_client uuid references api_client (id);

create index api_client_issued_by_client on api_client (issued_by_client) where issued_by_client is not null;

update api_client c
   set issued_by_client = i.issuer
  from (select entity_id::uuid as client, min(actor_id::text)::uuid as issuer
          from audit_entry
         where action = 'API_CLIENT_ISSUED' and entity_type = 'api_client' and actor_kind = 'API_CLIENT'
           and outcome = 'SUCCESS' and actor_id is not null
           and entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
         group by entity_id
        having count(*) = 1) i
 where c.id = i.client and c.id <> i.issuer and exists (select 1 from api_client p where p.id = i.issuer);
