-- When each data key last became the active one (KeyCheck): a start whose active key is not the latest so noted
-- records it here and in the audit trail (ENCRYPTION_KEY_ACTIVATED). Empty until the first start after this migration.
alter table encryption_key_check add column activated_at timestamptz;
