-- Issue 13: row-level security did not reach the partitions of reading (a partition queried by
-- name bypasses its parent's policy), and the tenant role could change accounts and grants.

-- Each partition gets the parent's policy: readings are visible through their point.
create function platform_secure_reading_partition(partition regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', partition);
    execute format('alter table %s force row level security', partition);
    if not exists (select from pg_policy where polrelid = partition and polname = 'reading_in_scope') then
        execute format('create policy reading_in_scope on %s using (point_id in (select id from point)) '
                       || 'with check (point_id in (select id from point))', partition);
    end if;
end $$;

select platform_secure_reading_partition(inhrelid::regclass) from pg_inherits where inhparent = 'reading'::regclass;

create or replace function ensure_reading_partitions(days_back integer, days_ahead integer) returns integer
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
            perform platform_secure_reading_partition(name::regclass);
            created := created + 1;
        end if;
    end loop;
    return created;
end $$;

-- Accounts and grants are changed by the application's administration (as the platform's own
-- role), never inside a city's transaction; the tenant reads who is who, not password hashes.
revoke all on user_account, city_grant from platform_tenant;
grant select (id, username, display_name, language, enabled, demo, organisation, last_sign_in, created_at, version)
    on user_account to platform_tenant;
grant select on city_grant to platform_tenant;
revoke all on flyway_schema_history from platform_tenant;
