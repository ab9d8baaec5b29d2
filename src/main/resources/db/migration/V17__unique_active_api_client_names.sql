-- The audit trail names an API client by its name: two active clients of one organisation with the same name, case
-- aside, could not be told apart there. Case is folded as Turkish and English both read it: I, İ and ı are all i.
-- Clients issued before this rule may share a name: all but the first issued of each such group get the beginning of
-- their token added to their name (as the list of clients shows it), so that the index can be made; their tokens keep
-- working. Revoked clients keep their names: they act no more.
with repeated as (
    select id, row_number() over (partition by organisation_id, lower(translate(name, 'İIı', 'iii'))
                                  order by created_at, id) as nth
      from api_client
     where active
)
update api_client c
   set name = c.name || ' (' || c.token_prefix || '…)'
  from repeated r
 where r.id = c.id and r.nth > 1;

create unique index api_client_active_name
    on api_client (organisation_id, lower(translate(name, 'İIı', 'iii'))) where active;
