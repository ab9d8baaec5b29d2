-- What the administrators' screen of sign-in locks shows, what keeps an office behind one address signing in, and why
-- a session was ended (identity module).

-- An account's lock: since when, and how many failed attempts it holds (the wrong passwords that locked it, then the
-- sign-ins tried while it is locked). Locks set before this migration have no start.
alter table app_user add column locked_at timestamptz;
alter table app_user add column lock_failures integer not null default 0;

-- The refused sign-ins of one client address that named one account, in the address's window: when that account then
-- signs in from the address, they are taken off the address's count (AddressThrottle). Refusals naming no account
-- (unknown user names) and those of accounts that never sign in stay counted, so one password sprayed over many
-- accounts is still stopped.
create table login_address_account_failure (
    address      varchar(64) not null references login_address_failure (address) on delete cascade,
    account_id   uuid        not null references app_user (id) on delete cascade,
    window_start timestamptz not null,
    failures     integer     not null check (failures > 0),
    primary key (address, account_id)
);

-- Sessions ended for a reason the person should be told at the next sign-in page (a password changed elsewhere or by
-- an administrator, an account changed by an administrator): the SHA-256 of the ended session's id, never the id,
-- kept for the longest lifetime of a session (opennrm.session.max-lifetime).
create table ended_session (
    session_hash bytea       primary key,
    reason       text        not null,
    ended_at     timestamptz not null default now()
);

create index ended_session_ended_at on ended_session (ended_at);
