-- Cities are the tenants. Every row of city data carries its city_code, and row-level security
-- keeps each transaction to the cities named in the setting platform.cities ('*' = all cities),
-- which the application sets at the start of every transaction (see security/TenantScope.java).

create table city (
    code          varchar(32)  primary key check (code ~ '^[a-z]+$'),
    name          varchar(100) not null,
    country       char(2)      not null,
    tier          varchar(16)  not null check (tier in ('LIGHTHOUSE', 'FOLLOWER')),
    time_zone     varchar(64)  not null,
    language      varchar(8)   not null check (language in ('en', 'it', 'pt', 'fr', 'bg', 'pl')),
    accent_colour varchar(7)   not null check (accent_colour ~ '^#[0-9a-f]{6}$'),
    latitude      double precision not null,
    longitude     double precision not null
);

create table district (
    id          bigserial    primary key,
    city_code   varchar(32)  not null references city (code),
    name        varchar(200) not null,
    description text         not null default '',
    latitude    double precision not null,
    longitude   double precision not null,
    version     bigint       not null default 0,
    unique (city_code, name)
);

create table user_account (
    id              bigserial    primary key,
    username        varchar(64)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name    varchar(200) not null,
    password_hash   varchar(512) not null,
    language        varchar(8),
    enabled         boolean      not null default true,
    demo            boolean      not null default false,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    last_sign_in    timestamptz,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);

-- A role in one city; city_code null means every city (only for consortium-admin).
create table city_grant (
    user_id   bigint      not null references user_account (id) on delete cascade,
    city_code varchar(32) references city (code),
    role      varchar(32) not null check (role in ('CONSORTIUM_ADMIN', 'CITY_ADMIN', 'OPERATOR', 'VIEWER', 'PARTNER', 'CITIZEN', 'SCADA')),
    check ((role = 'CONSORTIUM_ADMIN') = (city_code is null))
);
create unique index city_grant_once on city_grant (user_id, coalesce(city_code, '*'), role);

create table audit_entry (
    id           bigserial    primary key,
    at           timestamptz  not null default now(),
    actor        varchar(64)  not null,
    city_code    varchar(32)  references city (code),
    action       varchar(64)  not null,
    target       varchar(200) not null,
    before_state text,
    after_state  text
);
create index audit_entry_city_at on audit_entry (city_code, at desc);

-- The audit log is append-only: corrections are new entries.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted (entry %)', old.id;
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create function platform_city_visible(city varchar) returns boolean language sql stable as $$
    select coalesce(current_setting('platform.cities', true), '') = '*'
        or city = any (string_to_array(coalesce(current_setting('platform.cities', true), ''), ','))
$$;

alter table district enable row level security;
alter table district force row level security;
create policy district_in_scope on district
    using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_in_scope on audit_entry
    using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));
