-- The public district descriptions were seeded in English; each city publishes its own in its
-- language. Only a description still as seeded is replaced: one a city admin wrote stays.
update district set description = 'Distretto faro: riqualificazione dei condomini in co-progettazione, gestione energetica di distretto, mobilità elettrica condivisa.'
    where city_code = 'milan' and description = 'Lighthouse district: condominium retrofits by co-design, district energy management, shared e-mobility.';
update district set description = 'Distrito farol: centro histórico com iluminação inteligente, reabilitação de edifícios e a plataforma urbana de dados.'
    where city_code = 'lisbon' and description = 'Lighthouse district: historic centre with smart lighting, building retrofits and the urban data platform.';
update district set description = 'Quartier d’une ville suiveuse qui reproduit les solutions des villes phares.'
    where city_code = 'bordeaux' and description = 'Follower city district replicating the lighthouse solutions.';
update district set description = 'Квартал на град последовател, който възпроизвежда решенията на градовете фарове.'
    where city_code = 'burgas' and description = 'Follower city district replicating the lighthouse solutions.';
update district set description = 'Dzielnica miasta naśladowcy, która powiela rozwiązania miast latarni.'
    where city_code = 'warsaw' and description = 'Follower city district replicating the lighthouse solutions.';
