-- Shared e-bikes' history (issue 17). A point's readings come from a controller of the city's OPC UA
-- configuration file or from a bike-share operator's GBFS feed: the configuration's synchronisation
-- leaves the feeds' points alone.
alter table point add column source varchar(16) not null default 'opcua' check (source in ('opcua', 'gbfs'));

-- Trips an operator exported (CSV), as they were uploaded: start and end station in the operator's ids.
create table bike_trip (
    operator_id      bigint not null references bike_operator (id) on delete cascade,
    city_code        text not null references city (code),
    trip_id          text not null,
    started_at       timestamptz not null,
    ended_at         timestamptz not null,
    start_station_id text not null,
    end_station_id   text not null,
    distance_m       double precision check (distance_m >= 0),
    primary key (operator_id, trip_id),
    check (ended_at >= started_at)
);
create index bike_trip_city_start on bike_trip (city_code, started_at);

alter table bike_trip enable row level security;
alter table bike_trip force row level security;
create policy bike_trip_in_scope on bike_trip using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));
grant select, insert, update, delete on bike_trip to platform_tenant;
