-- A sign-in takes its attempt from its client address before the password is checked, and gives it back when it
-- succeeds or its password was not checked: an address's count may come back to zero within its window.
alter table login_address_failure drop constraint login_address_failure_failures_check;
alter table login_address_failure add constraint login_address_failure_failures_check check (failures >= 0);
