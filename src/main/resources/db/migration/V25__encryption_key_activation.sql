-- When each data key last became the active one, and when a start found it no longer configured with no value left
-- under it (KeyCheck): a start whose active key is not the latest noted records it (ENCRYPTION_KEY_ACTIVATED in the audit
-- trail); a retired key's values are not counted again at each start (ENCRYPTION_KEY_RETIRED). Empty until the first
-- start after this migration.
alter table encryption_key_check add column activated_at timestamptz;
alter table encryption_key_check add column retired_at timestamptz;
