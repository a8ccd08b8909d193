-- Commands to controllers (package commands): which points may be written and within what limits
-- (from the city's OPC UA configuration), and every command with who, why, old, new and what the
-- controller read back. Alarms that modules raise (a failed command) are rules of kind EVENT.

alter table point
    add column write_min            double precision,
    add column write_max            double precision,
    add column write_max_step       double precision,
    add column write_min_interval_s integer;

create table command (
    id            bigserial    primary key,
    city_code     varchar(32)  not null references city (code),
    point_id      integer      not null references point (id),
    requested_by  varchar(100) not null,
    reason        text         not null,
    old_value     double precision,
    new_value     double precision not null,
    read_back     double precision,
    status        varchar(12)  not null check (status in ('SENT', 'CONFIRMED', 'FAILED', 'REFUSED')),
    message       text         not null default '',
    requested_at  timestamptz  not null,
    finished_at   timestamptz
);
create index command_point on command (point_id, requested_at desc);
create index command_city on command (city_code, requested_at desc);

alter table command enable row level security;
alter table command force row level security;
create policy command_in_scope on command using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));
grant select, insert, update on command to platform_tenant;
grant usage, select on sequence command_id_seq to platform_tenant;

alter table alarm_rule drop constraint alarm_rule_kind_check;
alter table alarm_rule add constraint alarm_rule_kind_check
    check (kind in ('HIGH_LIMIT', 'LOW_LIMIT', 'RATE_OF_CHANGE', 'STALE', 'COMMUNICATION_LOSS', 'DEVIATION', 'EVENT'));
alter table alarm_rule drop constraint alarm_rule_check;
alter table alarm_rule add constraint alarm_rule_point_check
    check (kind = 'EVENT' or (kind = 'COMMUNICATION_LOSS') = (point_id is null));
