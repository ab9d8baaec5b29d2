-- Wrong passwords per client address, for the identity module's per-address sign-in throttle (AddressThrottle):
-- one row per address that sent one lately, counted in a fixed window that starts with the first failure. Rows whose
-- window has passed are deleted as new failures come in, so the table holds only the last window's addresses.

create table login_address_failure (
    address      varchar(64) primary key,
    window_start timestamptz not null,
    failures     integer     not null check (failures > 0)
);

create index login_address_failure_window on login_address_failure (window_start);
