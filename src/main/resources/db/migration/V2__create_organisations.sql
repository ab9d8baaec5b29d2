-- Organisations taking part in the National Referral Mechanism.

create table organisation (
    id              uuid primary key,
    name            text not null,
    type            text not null,
    province_code   char(2) references province (code),
    address         text,
    phone           text,
    email           text,
    website         text,
    active          boolean not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer not null default 0,
    constraint organisation_name_unique unique (name)
);

create index organisation_province_idx on organisation (province_code);
create index organisation_type_idx on organisation (type);
