-- Where a heat pump stands, for the maps (street lighting's map shows it as a layer); the demo's
-- London heat pump by the Thames in the Royal Borough of Greenwich.
alter table heat_pump add column latitude double precision check (latitude between -90 and 90);
alter table heat_pump add column longitude double precision check (longitude between -180 and 180);

select set_config('platform.cities', '*', true);
update heat_pump set latitude = 51.4930, longitude = 0.0105 where city_code = 'london' and code = 'hp1' and latitude is null;
