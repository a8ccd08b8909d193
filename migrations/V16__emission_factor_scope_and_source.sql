-- Issue 12: every emission factor says what it covers and where it comes from. London's
-- electricity took DESNZ's 2024 figure for 2024, 2025 and 2026; DESNZ's 2025 set gives 0.177.
alter table energy_factor add column scope varchar(24) not null default 'INDICATIVE'
    check (scope in ('GENERATION', 'WITH_GRID_LOSSES', 'FUEL_COMBUSTION', 'DELIVERED_HEAT', 'INDICATIVE'));
alter table energy_factor add column source varchar(300) not null default
    'Indicative national average seeded by the platform (migration V8), not an official figure: replace it with the national source''s';
alter table energy_factor alter column scope drop default;
alter table energy_factor alter column source drop default;

select set_config('platform.cities', '*', true);
update energy_factor set kg_co2_per_kwh = 0.20705, scope = 'GENERATION',
       source = 'UK Government GHG conversion factors for company reporting 2024 (DESNZ): UK electricity, kg CO2e per kWh, location-based, without T&D losses'
 where city_code = 'london' and carrier = 'ELECTRICITY' and year = 2024 and kg_co2_per_kwh = 0.207; -- not if an administrator changed it
update energy_factor set kg_co2_per_kwh = 0.17700, scope = 'GENERATION',
       source = 'UK Government GHG conversion factors for company reporting 2025 (DESNZ): UK electricity, kg CO2e per kWh, location-based, without T&D losses'
 where city_code = 'london' and carrier = 'ELECTRICITY' and year = 2025 and kg_co2_per_kwh = 0.207;
-- no 2026 figure was seeded from a publication: 2025's applies (the latest year before) until an administrator adds 2026's
delete from energy_factor where city_code = 'london' and carrier = 'ELECTRICITY' and year = 2026 and kg_co2_per_kwh = 0.207;
