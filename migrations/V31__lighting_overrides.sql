-- Manual overrides of street lighting (package lighting): a level for one lamppost or a whole group
-- until a moment, with who set it and why; ending one early says who ended it. Records are never
-- deleted (the audit log has each change too).
create table lighting_override (
    id           bigserial    primary key,
    city_code    varchar(32)  not null references city (code),
    group_id     bigint       references lighting_group (id),
    lamppost_id  bigint       references lamppost (id),
    level        integer      not null check (level between 0 and 100),
    until        timestamptz  not null,
    reason       varchar(500) not null check (reason <> ''),
    set_by       varchar(64)  not null,
    set_at       timestamptz  not null default now(),
    ended_by     varchar(64),
    ended_at     timestamptz,
    check ((group_id is null) <> (lamppost_id is null))
);
create index lighting_override_current on lighting_override (city_code, until) where ended_at is null;

alter table lighting_override enable row level security;
alter table lighting_override force row level security;
create policy lighting_override_in_scope on lighting_override using (platform_city_visible(city_code))
    with check (platform_city_visible(city_code));
grant select, insert, update on lighting_override to platform_tenant;
revoke delete on lighting_override from platform_tenant;
grant usage, select on sequence lighting_override_id_seq to platform_tenant;
