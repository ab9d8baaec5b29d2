-- A password an administrator sets (at the account's creation, or by a reset) is temporary: at the next sign-in the
-- person must choose their own before anything else. Accounts that exist already keep their password as it is: no
-- one can tell now which of them an administrator chose, and stopping every person at once is no safer than the
-- administrator's reset, which sets the flag.
alter table app_user add column must_change_password boolean not null default false;
