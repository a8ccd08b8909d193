-- District smart energy management (package sems): each city's settings (comfort bands, normal
-- setpoint, go-live day), its strategies with their typed configuration (JSON) and mode, and the
-- log of every control cycle: inputs, each strategy's decision, commands sent and read back.

create table sems_district (
    city_code   varchar(32)  primary key references city (code),
    settings    text         not null
);

create table sems_strategy (
    id          bigserial    primary key,
    city_code   varchar(32)  not null references city (code),
    kind        varchar(24)  not null check (kind in ('OCCUPANCY_SETBACK', 'DEMAND_RESPONSE', 'HEAT_PUMP_TARIFF')),
    mode        varchar(12)  not null check (mode in ('RECOMMEND', 'ACT')),
    enabled     boolean      not null default true,
    config      text         not null,
    changed_by  varchar(64)  not null,
    changed_at  timestamptz  not null default now(),
    unique (city_code, kind)
);

create table sems_cycle (
    id          bigserial    primary key,
    city_code   varchar(32)  not null references city (code),
    at          timestamptz  not null,
    inputs      text         not null,
    decisions   text         not null,
    commands    text         not null
);
create index sems_cycle_city_at on sems_cycle (city_code, at desc);

do $$
declare
    t text;
begin
    foreach t in array array['sems_district', 'sems_strategy', 'sems_cycle'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update, delete on sems_district, sems_strategy, sems_cycle to platform_tenant;
grant usage, select on sequence sems_strategy_id_seq, sems_cycle_id_seq to platform_tenant;
