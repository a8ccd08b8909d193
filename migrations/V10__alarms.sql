-- Alarm rules and alarms (package alarms). A rule watches a point (or, for communication loss, an
-- endpoint of the city's OPC UA configuration); an alarm is one occurrence with its state, and
-- alarm_step keeps everything that happened to it, append-only like the audit log.

create table alarm_rule (
    id            bigserial    primary key,
    city_code     varchar(32)  not null references city (code),
    name          varchar(200) not null,
    priority      varchar(8)   not null check (priority in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    kind          varchar(20)  not null check (kind in ('HIGH_LIMIT', 'LOW_LIMIT', 'RATE_OF_CHANGE', 'STALE', 'COMMUNICATION_LOSS', 'DEVIATION')),
    point_id      integer      references point (id),
    endpoint_id   varchar(64),
    limit_value   double precision,
    deadband      double precision not null default 0,
    on_delay_s    integer      not null default 0 check (on_delay_s >= 0),
    max_per_minute double precision,
    max_age_s     integer,
    expected      double precision,
    tolerance     double precision,
    enabled       boolean      not null default true,
    unique (city_code, name),
    check ((kind = 'COMMUNICATION_LOSS') = (point_id is null))
);

create table alarm (
    id            bigserial    primary key,
    rule_id       bigint       not null references alarm_rule (id),
    city_code     varchar(32)  not null references city (code),
    raised_at     timestamptz  not null,
    value         double precision,
    message       text         not null,
    state         varchar(24)  not null check (state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED', 'CLOSED')),
    shelved_until timestamptz,
    updated_at    timestamptz  not null
);
create index alarm_open on alarm (city_code, state) where state <> 'CLOSED';
create unique index alarm_one_active_per_rule on alarm (rule_id) where state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED');

create table alarm_step (
    alarm_id      bigint       not null references alarm (id),
    city_code     varchar(32)  not null references city (code),
    at            timestamptz  not null,
    what          varchar(100) not null,
    by_user       varchar(64)  not null,
    comment       text         not null default ''
);
create index alarm_step_alarm on alarm_step (alarm_id, at);

create function alarm_step_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'alarm history cannot be changed or deleted (alarm %)', old.alarm_id;
end $$;
create trigger alarm_step_append_only before update or delete on alarm_step
    for each row execute function alarm_step_is_append_only();

do $$
declare
    t text;
begin
    foreach t in array array['alarm_rule', 'alarm', 'alarm_step'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
    end loop;
end $$;

grant select, insert, update, delete on alarm_rule, alarm, alarm_step to platform_tenant;
grant usage, select on sequence alarm_rule_id_seq, alarm_id_seq to platform_tenant;
