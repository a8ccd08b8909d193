-- On-call staff who get an e-mail when an alarm of at least their priority is raised in their city.
create table alarm_recipient (
    id            bigserial    primary key,
    city_code     varchar(32)  not null references city (code),
    email         varchar(254) not null,
    min_priority  varchar(8)   not null check (min_priority in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    unique (city_code, email)
);
alter table alarm_recipient enable row level security;
alter table alarm_recipient force row level security;
create policy alarm_recipient_in_scope on alarm_recipient using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));
grant select, insert, update, delete on alarm_recipient to platform_tenant;
grant usage, select on sequence alarm_recipient_id_seq to platform_tenant;
