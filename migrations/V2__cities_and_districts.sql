-- Reference data: the six cities of the Sharing Cities programme and their smart districts.
select set_config('platform.cities', '*', true);

insert into city (code, name, country, tier, time_zone, language, accent_colour, latitude, longitude) values
    ('london',   'London',   'GB', 'LIGHTHOUSE', 'Europe/London', 'en', '#1d4f91', 51.5072, -0.1276),
    ('milan',    'Milano',   'IT', 'LIGHTHOUSE', 'Europe/Rome',   'it', '#a6192e', 45.4642,  9.1900),
    ('lisbon',   'Lisboa',   'PT', 'LIGHTHOUSE', 'Europe/Lisbon', 'pt', '#006847', 38.7223, -9.1393),
    ('bordeaux', 'Bordeaux', 'FR', 'FOLLOWER',   'Europe/Paris',  'fr', '#7b1f3a', 44.8378, -0.5792),
    ('burgas',   'Бургас',   'BG', 'FOLLOWER',   'Europe/Sofia',  'bg', '#00607a', 42.5048, 27.4626),
    ('warsaw',   'Warszawa', 'PL', 'FOLLOWER',   'Europe/Warsaw', 'pl', '#b3261e', 52.2297, 21.0122);

insert into district (city_code, name, description, latitude, longitude) values
    ('london',   'Royal Borough of Greenwich', 'Lighthouse district: retrofitted homes, smart lampposts, e-bikes and the Thames water-source heat pump.', 51.4892, 0.0648),
    ('milan',    'Porta Romana / Vettabbia',   'Lighthouse district: condominium retrofits by co-design, district energy management, shared e-mobility.', 45.4420, 9.2010),
    ('lisbon',   'Baixa-Chiado',               'Lighthouse district: historic centre with smart lighting, building retrofits and the urban data platform.', 38.7110, -9.1400),
    ('bordeaux', 'Bastide',                    'Follower city district replicating the lighthouse solutions.', 44.8430, -0.5580),
    ('burgas',   'Център',                     'Follower city district replicating the lighthouse solutions.', 42.4970, 27.4710),
    ('warsaw',   'Praga-Północ',               'Follower city district replicating the lighthouse solutions.', 52.2560, 21.0330);
