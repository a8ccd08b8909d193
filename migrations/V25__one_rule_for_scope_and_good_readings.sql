-- Issue 14: rules written once instead of copied into each migration and query.

-- A table with a city_code column keeps each city's rows in their city: row-level security on,
-- forced (the owner too), one policy; and the tenant role may use it. Migrations from V25 on call
--   select platform_scope_to_city(array['lamp', 'lamp_fault']);
-- instead of repeating the loop of V10, V13 and V14.
create function platform_scope_to_city(tables text[]) returns void language plpgsql as $$
declare
    t text;
begin
    foreach t in array tables loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (platform_city_visible(city_code)) with check (platform_city_visible(city_code))',
                       t || '_in_scope', t);
        execute format('grant select, insert, update, delete on %I to platform_tenant', t);
    end loop;
end $$;
revoke all on function platform_scope_to_city(text[]) from public;

-- A reading that counts (rollups, charts, alarm rules, M&V): Good status (OPC UA Part 4, 7.39.2:
-- the two severity bits 0) and a finite value. Java's twin is ingest/Reading.isGood. Immutable SQL:
-- the planner inlines it, so a query pays nothing for the call.
create function reading_is_good(status integer, value double precision) returns boolean
    language sql immutable parallel safe
    return (status::bigint & 3221225472) = 0 and value not in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8);
