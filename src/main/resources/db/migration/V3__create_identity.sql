-- Users, API clients and login throttling.

create table app_user (
    id                  uuid primary key,
    username            text not null,
    full_name           text not null,
    email_enc           bytea,                  -- field-encrypted
    email_hash          bytea,                  -- blind index for exact lookups
    phone_enc           bytea,                  -- field-encrypted
    password_hash       text not null,
    role                text not null,
    scope               text not null,
    organisation_id     uuid not null references organisation (id),
    preferred_language  text,
    active              boolean not null default true,
    failed_logins       integer not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz not null default now(),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer not null default 0
);

create unique index app_user_username_unique on app_user (lower(username));
create unique index app_user_email_hash_unique on app_user (email_hash) where email_hash is not null;
create index app_user_organisation_idx on app_user (organisation_id);

create table api_client (
    id                  uuid primary key,
    name                text not null,
    token_hash          bytea not null unique,  -- SHA-256 of the token; the token itself is shown once
    token_prefix        text not null,
    role                text not null,
    scope               text not null,
    organisation_id     uuid not null references organisation (id),
    active              boolean not null default true,
    expires_at          timestamptz,
    last_used_at        timestamptz,
    created_at          timestamptz not null default now(),
    created_by          uuid references app_user (id)
);
