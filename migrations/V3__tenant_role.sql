-- Row-level security does not apply to superusers, and the platform's database user may be one
-- (the embedded PostgreSQL's is). So every city-scoped transaction switches to this role, which
-- is not, with SET LOCAL ROLE (see security/TenantScope.java).
do $$
begin
    if not exists (select from pg_roles where rolname = 'platform_tenant') then
        create role platform_tenant nologin nosuperuser nobypassrls;
    end if;
end $$;
grant platform_tenant to current_user;
grant usage on schema public to platform_tenant;
grant select, insert, update, delete on all tables in schema public to platform_tenant;
grant usage, select on all sequences in schema public to platform_tenant;
alter default privileges in schema public grant select, insert, update, delete on tables to platform_tenant;
alter default privileges in schema public grant usage, select on sequences to platform_tenant;
