-- Buildings, their meters and retrofit projects (package buildings), with the energy factors that
-- turn avoided kWh into CO2 and money. City data: row-level security as for districts (V1).

create table building (
    id              bigserial    primary key,
    city_code       varchar(32)  not null references city (code),
    district_id     bigint       not null references district (id),
    code            varchar(64)  not null check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name            varchar(200) not null,
    address         varchar(300) not null,
    latitude        double precision not null,
    longitude       double precision not null,
    use             varchar(16)  not null check (use in ('RESIDENTIAL', 'OFFICE', 'SCHOOL', 'PUBLIC')),
    floor_area_m2   double precision not null check (floor_area_m2 > 0),
    year_built      integer      check (year_built between 1000 and 2100),
    dwellings       integer      not null default 0 check (dwellings >= 0),
    energy_label    varchar(4)   not null default '' check (energy_label ~ '^([A-G][+]{0,3}|A[1-4]|)$'),
    heating_system  varchar(200) not null default '',
    -- the city's outdoor temperature point that the baseline models use
    temperature_point_id integer references point (id),
    unique (city_code, code)
);

-- carrier: what the meter measures; kwh_per_unit converts its unit to kWh (gas: m³ × ~10.55).
create table meter (
    id            bigserial    primary key,
    building_id   bigint       not null references building (id) on delete cascade,
    city_code     varchar(32)  not null references city (code),
    name          varchar(200) not null,
    carrier       varchar(16)  not null check (carrier in ('ELECTRICITY', 'HEAT', 'GAS')),
    unit          varchar(16)  not null,
    kwh_per_unit  double precision not null default 1 check (kwh_per_unit > 0),
    -- a cumulative counter read by ingestion; null for a meter fed only by imported files
    point_id      integer      references point (id),
    unique (building_id, name)
);

-- Consumption per period from imported bills or meter exports: [period_start, period_end], whole
-- days, in kWh. Periods of a meter never overlap.
create table meter_period (
    meter_id      bigint       not null references meter (id) on delete cascade,
    city_code     varchar(32)  not null references city (code),
    period_start  date         not null,
    period_end    date         not null check (period_end >= period_start),
    kwh           double precision not null check (kwh >= 0),
    import_id     bigint       not null,
    primary key (meter_id, period_start)
);

create table meter_import (
    id          bigserial    primary key,
    meter_id    bigint       not null references meter (id) on delete cascade,
    city_code   varchar(32)  not null references city (code),
    file_name   varchar(300) not null,
    rows        integer      not null,
    imported_by varchar(64)  not null,
    imported_at timestamptz  not null default now()
);

-- A retrofit: measures from the catalogue, money, and the three IPMVP periods. The baseline is
-- the 365 days before installation_start; reporting runs from reporting_start.
create table retrofit_project (
    id                  bigserial    primary key,
    building_id         bigint       not null references building (id) on delete cascade,
    city_code           varchar(32)  not null references city (code),
    name                varchar(200) not null,
    depth               varchar(8)   not null check (depth in ('LIGHT', 'DEEP')),
    cost_eur            numeric(14, 2) not null check (cost_eur >= 0),
    funding             varchar(300) not null default '',
    installation_start  date         not null,
    installation_end    date         not null check (installation_end >= installation_start),
    reporting_start     date         not null check (reporting_start > installation_end),
    reporting_end       date,
    check (reporting_end is null or reporting_end >= reporting_start)
);

create table retrofit_measure (
    project_id  bigint       not null references retrofit_project (id) on delete cascade,
    city_code   varchar(32)  not null references city (code),
    measure     varchar(32)  not null check (measure in ('ENVELOPE_INSULATION', 'WINDOWS', 'HEAT_PUMP', 'SMART_CONTROLS',
                                                         'LED_LIGHTING', 'PHOTOVOLTAICS', 'HEAT_RECOVERY_VENTILATION')),
    cost_eur    numeric(14, 2) not null default 0 check (cost_eur >= 0),
    primary key (project_id, measure)
);

-- Per city, year and carrier: grid or supply emission factor and the price paid. Editable by the
-- city's administrators (audited).
create table energy_factor (
    city_code       varchar(32)  not null references city (code),
    year            integer      not null check (year between 2000 and 2100),
    carrier         varchar(16)  not null check (carrier in ('ELECTRICITY', 'HEAT', 'GAS')),
    kg_co2_per_kwh  double precision not null check (kg_co2_per_kwh >= 0 and kg_co2_per_kwh < 5),
    eur_per_kwh     double precision not null check (eur_per_kwh >= 0 and eur_per_kwh < 10),
    primary key (city_code, year, carrier)
);

do $$
declare
    t text;
begin
    foreach t in array array['building', 'meter', 'meter_period', 'meter_import', 'retrofit_project', 'retrofit_measure', 'energy_factor'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

create index meter_point on meter (point_id);
create index retrofit_project_building on retrofit_project (building_id);

grant select, insert, update, delete on building, meter, meter_period, meter_import, retrofit_project, retrofit_measure, energy_factor
    to platform_tenant;
grant usage, select on sequence building_id_seq, meter_id_seq, meter_import_id_seq, retrofit_project_id_seq to platform_tenant;

-- Starting values, indicative national averages (kg CO2 per kWh delivered; € per kWh paid by
-- public buildings). Each city replaces them with its own on the portfolio page.
select set_config('platform.cities', '*', true);
insert into energy_factor (city_code, year, carrier, kg_co2_per_kwh, eur_per_kwh)
select c.city, y.year, f.carrier, f.co2, f.price
from (values ('london'), ('milan'), ('lisbon'), ('bordeaux'), ('burgas'), ('warsaw')) c (city)
cross join (values (2024), (2025), (2026)) y (year)
join (values
    ('london',   'ELECTRICITY', 0.207, 0.30), ('london',   'HEAT', 0.170, 0.11), ('london',   'GAS', 0.183, 0.08),
    ('milan',    'ELECTRICITY', 0.257, 0.27), ('milan',    'HEAT', 0.160, 0.12), ('milan',    'GAS', 0.202, 0.10),
    ('lisbon',   'ELECTRICITY', 0.140, 0.22), ('lisbon',   'HEAT', 0.180, 0.12), ('lisbon',   'GAS', 0.202, 0.11),
    ('bordeaux', 'ELECTRICITY', 0.056, 0.25), ('bordeaux', 'HEAT', 0.120, 0.10), ('bordeaux', 'GAS', 0.227, 0.10),
    ('burgas',   'ELECTRICITY', 0.410, 0.14), ('burgas',   'HEAT', 0.300, 0.08), ('burgas',   'GAS', 0.202, 0.07),
    ('warsaw',   'ELECTRICITY', 0.660, 0.20), ('warsaw',   'HEAT', 0.330, 0.09), ('warsaw',   'GAS', 0.202, 0.08)
) f (city, carrier, co2, price) on f.city = c.city;
