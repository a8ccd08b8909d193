-- Issue 14: what a point is, as data (telemetry/PointRole.java, docs/adr/0005-point-roles.md), and
-- which controller asset a registered building or heat pump is. The modules find a building's or a
-- heat pump's points by that asset and the points' roles, never by the points' names.
alter table point add column role varchar(64);
create index point_asset_role on point (city_code, asset, role) where active;

alter table building add column asset varchar(200) check (asset <> '');
create unique index building_asset on building (city_code, asset);
alter table heat_pump add column asset varchar(200) check (asset <> '');
create unique index heat_pump_asset on heat_pump (city_code, asset);

-- (row-level security binds an owner that is not a superuser too: this migration works for every city)
select set_config('platform.cities', '*', true);

-- What an earlier platform registered for the simulated controllers, bound once to their assets.
update building b set asset = 'building/' || b.code
where exists (select from point p where p.city_code = b.city_code and p.asset = 'building/' || b.code);
update heat_pump h set asset = 'heatpump/' || h.code
where exists (select from point p where p.city_code = h.city_code and p.asset = 'heatpump/' || h.code);
