-- Water-source heat pumps (package heatpump): each with the dwellings it serves and the limits of
-- its river licence; its measures are the points <city>.heatpump.<code>.*. A gas boiler's
-- efficiency per city and year is the reference its CO2 and cost are compared with (the
-- carriers' factors are energy_factor's).

create table heat_pump (
    id                         bigserial    primary key,
    city_code                  varchar(32)  not null references city (code),
    code                       varchar(32)  not null check (code ~ '^[a-z0-9-]+$'),
    name                       varchar(200) not null,
    dwellings                  integer      not null check (dwellings >= 0),
    licence_reference          varchar(100) not null default '',
    max_abstraction_m3_per_day double precision check (max_abstraction_m3_per_day > 0),
    max_discharge_delta_k      double precision check (max_discharge_delta_k > 0),
    unique (city_code, code)
);

create table boiler_reference (
    city_code   varchar(32)      not null references city (code),
    year        integer          not null check (year between 2000 and 2100),
    efficiency  double precision not null check (efficiency > 0.3 and efficiency <= 1.1),
    primary key (city_code, year)
);

do $$
declare
    t text;
begin
    foreach t in array array['heat_pump', 'boiler_reference'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update, delete on heat_pump, boiler_reference to platform_tenant;
grant usage, select on sequence heat_pump_id_seq to platform_tenant;

-- A condensing gas boiler's seasonal efficiency as the starting reference (editable per city and year).
insert into boiler_reference (city_code, year, efficiency)
select c, y, 0.88 from (values ('london'), ('milan'), ('lisbon'), ('bordeaux'), ('burgas'), ('warsaw')) c (c)
cross join (values (2024), (2025), (2026)) y (y);
