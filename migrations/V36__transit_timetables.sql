-- Public transport: each city's GTFS static feed as the mobility hubs need it — its stops, each
-- stop's departures by service (a trip's last stop, where it only arrives, left out), and when each
-- service runs. A new feed replaces the city's previous one.
create table gtfs_feed (
    city_code   text primary key references city (code),
    file_name   text not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now(),
    stops       integer not null,
    trips       integer not null
);

create table gtfs_stop (
    city_code text not null references city (code),
    stop_id   text not null,
    name      text not null,
    latitude  double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    primary key (city_code, stop_id)
);

create table gtfs_service (
    city_code  text not null references city (code),
    service_id text not null,
    days       smallint not null, -- bit 0 Monday … bit 6 Sunday
    start_date date,
    end_date   date,
    added      date[] not null default '{}',
    removed    date[] not null default '{}',
    primary key (city_code, service_id)
);

create table gtfs_departure (
    city_code  text not null references city (code),
    stop_id    text not null,
    service_id text not null,
    seconds    integer not null, -- from the service day's start; past 86400 after midnight
    foreign key (city_code, stop_id) references gtfs_stop (city_code, stop_id) on delete cascade
);
create index gtfs_departure_stop on gtfs_departure (city_code, stop_id);

do $$
declare
    t text;
begin
    foreach t in array array['gtfs_feed', 'gtfs_stop', 'gtfs_service', 'gtfs_departure'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update, delete on gtfs_feed, gtfs_stop, gtfs_service, gtfs_departure to platform_tenant;
