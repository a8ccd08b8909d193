-- Shared e-bikes: the bike-share operators whose GBFS feeds a city reads (discovery file, the
-- language it prefers in 2.x feeds, and their vehicle types, pricing plans and alerts as last read,
-- for the city's own GBFS feed), and their stations and vehicles as last read.
create table bike_operator (
    id            bigserial primary key,
    city_code     text not null references city (code),
    code          text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name          text not null check (length(name) between 1 and 200),
    discovery_url text not null check (discovery_url ~ '^https?://'),
    language      text not null default 'en',
    enabled       boolean not null default true,
    vehicle_types jsonb not null default '[]',
    pricing_plans jsonb not null default '[]',
    alerts        jsonb not null default '[]',
    unique (city_code, code)
);

create table bike_station (
    operator_id        bigint not null references bike_operator (id) on delete cascade,
    city_code          text not null references city (code),
    station_id         text not null,
    name               text not null,
    latitude           double precision not null check (latitude between -90 and 90),
    longitude          double precision not null check (longitude between -180 and 180),
    capacity           integer,
    vehicles_available integer,
    vehicles_disabled  integer,
    docks_available    integer,
    is_renting         boolean,
    is_returning       boolean,
    last_reported      timestamptz,
    updated_at         timestamptz not null default now(),
    primary key (operator_id, station_id)
);
create index bike_station_city on bike_station (city_code);

create table bike_vehicle (
    operator_id     bigint not null references bike_operator (id) on delete cascade,
    city_code       text not null references city (code),
    vehicle_id      text not null,
    vehicle_type_id text,
    latitude        double precision,
    longitude       double precision,
    station_id      text,
    fuel            double precision check (fuel between 0 and 1),
    range_meters    double precision,
    reserved        boolean not null,
    disabled        boolean not null,
    last_reported   timestamptz,
    primary key (operator_id, vehicle_id)
);
create index bike_vehicle_city on bike_vehicle (city_code);

do $$
declare
    t text;
begin
    foreach t in array array['bike_operator', 'bike_station', 'bike_vehicle'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update, delete on bike_operator, bike_station, bike_vehicle to platform_tenant;
grant usage, select on sequence bike_operator_id_seq to platform_tenant;
