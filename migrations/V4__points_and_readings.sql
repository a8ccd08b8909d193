-- Points (what is measured, per city) and readings (time-partitioned, one row per point and
-- source timestamp) with 15-minute, hourly and daily rollups of good values, so a dashboard never
-- scans raw rows. See ingest/ReadingWriter.java for how they are written.

create table point (
    id          serial       primary key,
    city_code   varchar(32)  not null references city (code),
    code        varchar(128) not null,
    endpoint_id varchar(64)  not null,
    node        varchar(512) not null,
    asset       varchar(200) not null default '',
    unit        varchar(32)  not null,
    scale       double precision not null default 1,
    value_offset double precision not null default 0,
    active      boolean      not null default true,
    unique (city_code, code)
);

alter table point enable row level security;
alter table point force row level security;
create policy point_in_scope on point
    using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));

-- status: the OPC UA status code's 32 bits (Good = top two bits 00). Values are engineering values
-- (scale and offset applied).
create table reading (
    point_id    integer          not null,
    source_time timestamptz      not null,
    value       double precision,
    status      integer          not null default 0,
    primary key (point_id, source_time)
) partition by range (source_time);

-- Readings are city data through their point: only points in scope show their readings.
alter table reading enable row level security;
alter table reading force row level security;
create policy reading_in_scope on reading
    using (point_id in (select id from point)) with check (point_id in (select id from point));

create table reading_default partition of reading default;

-- Creates the daily partitions from (today - days_back) to (today + days_ahead), UTC days.
create function ensure_reading_partitions(days_back integer, days_ahead integer) returns integer
language plpgsql as $$
declare
    day date;
    created integer := 0;
    name text;
begin
    for day in select generate_series(current_date - days_back, current_date + days_ahead, interval '1 day')::date loop
        name := 'reading_' || to_char(day, 'YYYYMMDD');
        if not exists (select from pg_class where relname = name) then
            execute format('create table %I partition of reading for values from (%L) to (%L)',
                           name, day::timestamp at time zone 'UTC', (day + 1)::timestamp at time zone 'UTC');
            created := created + 1;
        end if;
    end loop;
    return created;
end $$;
select ensure_reading_partitions(2, 7);

create table reading_rollup (
    resolution  varchar(8)       not null check (resolution in ('15min', 'hour', 'day')),
    point_id    integer          not null,
    bucket      timestamptz      not null,
    samples     integer          not null,
    total       double precision not null,
    minimum     double precision not null,
    maximum     double precision not null,
    last_value  double precision not null,
    last_time   timestamptz      not null,
    primary key (resolution, point_id, bucket)
);
alter table reading_rollup enable row level security;
alter table reading_rollup force row level security;
create policy reading_rollup_in_scope on reading_rollup
    using (point_id in (select id from point)) with check (point_id in (select id from point));

-- The newest reading of each point, kept by the writer, so "last value, quality, age" never scans readings.
create table point_latest (
    point_id    integer          primary key references point (id),
    source_time timestamptz      not null,
    value       double precision,
    status      integer          not null
);
alter table point_latest enable row level security;
alter table point_latest force row level security;
create policy point_latest_in_scope on point_latest
    using (point_id in (select id from point)) with check (point_id in (select id from point));

grant select, insert, update, delete on point, reading, reading_rollup, point_latest to platform_tenant;
grant usage, select on sequence point_id_seq to platform_tenant;
