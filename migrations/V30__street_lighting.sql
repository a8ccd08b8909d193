-- Street lighting (package lighting, docs/lighting.md): lampposts in dimming groups. A group has a
-- street class and its EN 13201-2 lighting class (M motorised traffic, C conflict areas, P
-- pedestrians and low speed; HS, SC, EV additional), the sun angle and offsets of its astronomical
-- clock, its night profile ('100; 23:00 50; 05:00 100', lighting/DimmingProfile.java) and the hours a
-- repair may take on its streets. A lamppost has its place, what feeds it (cabinet, circuit), its
-- controller and the controller asset its points belong to (never found by the points' names), its
-- luminaire, the lamp it replaced (the savings' baseline) and what else the post carries.
create table lighting_group (
    id                  bigserial    primary key,
    city_code           varchar(32)  not null references city (code),
    code                varchar(32)  not null check (code ~ '^[a-z0-9-]+$'),
    name                varchar(200) not null check (name <> ''),
    street_class        varchar(32)  not null check (street_class in ('main-road', 'residential', 'pedestrian', 'conflict-area', 'cycle-path')),
    lighting_class      varchar(4)   not null check (lighting_class ~ '^(M[1-6]|C[0-5]|P[1-6]|HS[1-4]|SC[1-9]|EV[1-6])$'),
    sun_angle           varchar(16)  not null default 'civil',
    dusk_offset_minutes integer      not null default 0 check (dusk_offset_minutes between -120 and 120),
    dawn_offset_minutes integer      not null default 0 check (dawn_offset_minutes between -120 and 120),
    profile             varchar(200) not null default '100',
    repair_hours        integer      not null check (repair_hours between 1 and 2160),
    unique (city_code, code)
);

create table lamppost (
    id            bigserial        primary key,
    city_code     varchar(32)      not null references city (code),
    code          varchar(32)      not null check (code ~ '^[A-Za-z0-9._/-]+$'),
    group_id      bigint           not null references lighting_group (id),
    latitude      double precision not null check (latitude between -90 and 90),
    longitude     double precision not null check (longitude between -180 and 180),
    street        varchar(200)     not null check (street <> ''),
    district_id   bigint           references district (id),
    cabinet       varchar(64)      not null check (cabinet <> ''),
    circuit       varchar(64)      not null default '',
    controller    varchar(200)     not null default '',
    asset         varchar(200)     check (asset <> ''),
    luminaire     varchar(200)     not null check (luminaire <> ''),
    rated_w       double precision not null check (rated_w > 0 and rated_w <= 2000),
    lumen         integer          check (lumen > 0),
    replaced_lamp varchar(200)     not null default '',
    replaced_w    double precision check (replaced_w > 0 and replaced_w <= 2000),
    installed_on  date,
    equipment     varchar(32)[]    not null default '{}',
    unique (city_code, code)
);
create unique index lamppost_asset on lamppost (city_code, asset);
create index lamppost_group on lamppost (group_id);
create index lamppost_cabinet on lamppost (city_code, cabinet);

do $$
declare
    t text;
begin
    foreach t in array array['lighting_group', 'lamppost'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update, delete on lighting_group, lamppost to platform_tenant;
grant usage, select on sequence lighting_group_id_seq, lamppost_id_seq to platform_tenant;
