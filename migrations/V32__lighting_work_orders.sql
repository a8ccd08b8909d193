-- Street-light work orders (package lighting): opened from a fault or by hand for a lamppost or a
-- cabinet, with a priority and the time its street class allows (the group's repair hours), assigned
-- to a maintenance contractor — a partner organisation, whose users see only the work orders
-- assigned to it (platform_condominium_visible: the city's staff, or that partner) — through open,
-- assigned, in progress, fixed, and verified only when the data show the lamp working again. Notes
-- and photos keep who wrote what; nothing is deleted.
create table lighting_work_order (
    id            bigserial        primary key,
    city_code     varchar(32)      not null references city (code),
    lamppost_code varchar(32),
    cabinet       varchar(64)      not null,
    street        varchar(200)     not null,
    latitude      double precision not null,
    longitude     double precision not null,
    fault         varchar(32)      not null check (fault in ('LAMP_FAILURE', 'DAY_BURNING', 'COMMUNICATION_LOSS', 'ABNORMAL_POWER',
                                                             'CABINET_POWER_LOSS', 'REPORTED')),
    description   varchar(2000)    not null check (description <> ''),
    priority      varchar(16)      not null check (priority in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    status        varchar(16)      not null default 'OPEN' check (status in ('OPEN', 'ASSIGNED', 'IN_PROGRESS', 'FIXED', 'VERIFIED')),
    contractor    varchar(64)      not null default '',
    due_at        timestamptz      not null,
    opened_by     varchar(64)      not null,
    opened_at     timestamptz      not null default now(),
    assigned_at   timestamptz,
    started_at    timestamptz,
    fixed_at      timestamptz,
    verified_at   timestamptz
);
-- one work order at a time for a lamppost's (or a cabinet's) fault
create unique index lighting_work_order_open on lighting_work_order (city_code, coalesce(lamppost_code, '#' || cabinet), fault)
    where status <> 'VERIFIED';

create table lighting_work_order_note (
    id            bigserial     primary key,
    work_order_id bigint        not null references lighting_work_order (id),
    city_code     varchar(32)   not null references city (code),
    contractor    varchar(64)   not null,
    written_by    varchar(64)   not null,
    written_at    timestamptz   not null default now(),
    text          varchar(2000) not null default '',
    photo         bytea,
    photo_type    varchar(32)   check (photo_type in ('image/jpeg', 'image/png'))
);
create index lighting_work_order_note_order on lighting_work_order_note (work_order_id);

do $$
declare
    t text;
begin
    foreach t in array array['lighting_work_order', 'lighting_work_order_note'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_condominium_visible(city_code, contractor)) '
                       || 'with check (platform_condominium_visible(city_code, contractor))', t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update on lighting_work_order, lighting_work_order_note to platform_tenant;
revoke delete on lighting_work_order, lighting_work_order_note from platform_tenant;
grant usage, select on sequence lighting_work_order_id_seq, lighting_work_order_note_id_seq to platform_tenant;
