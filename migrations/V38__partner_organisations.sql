-- The partners' portal (issue 18), first part: the programme's partner organisations with their
-- people and competences from a taxonomy the consortium keeps. Not city data: an organisation works
-- across cities. A partner edits its organisation's draft and submits it; consortium staff publish
-- it. Everyone else sees only the published profile.

create table competence (
    code     text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    names    jsonb not null,            -- language → name, in every language of the platform
    position integer not null default 0,
    retired  boolean not null default false
);

insert into competence (code, names, position) values
    ('retrofit-design', '{"en": "Retrofit design", "it": "Progettazione di riqualificazioni", "pt": "Projeto de reabilitação", "fr": "Conception de rénovations", "bg": "Проектиране на саниране", "pl": "Projektowanie termomodernizacji"}', 10),
    ('esco-epc', '{"en": "ESCo and energy performance contracts", "it": "ESCo e contratti di rendimento energetico", "pt": "ESCo e contratos de desempenho energético", "fr": "ESCo et contrats de performance énergétique", "bg": "ЕСКО и договори за енергийна ефективност", "pl": "ESCO i umowy o poprawę efektywności energetycznej"}', 20),
    ('heat-pumps', '{"en": "Heat pumps", "it": "Pompe di calore", "pt": "Bombas de calor", "fr": "Pompes à chaleur", "bg": "Термопомпи", "pl": "Pompy ciepła"}', 30),
    ('district-energy', '{"en": "District energy management", "it": "Gestione energetica di quartiere", "pt": "Gestão energética de bairro", "fr": "Gestion énergétique de quartier", "bg": "Енергийно управление на квартал", "pl": "Zarządzanie energią w dzielnicy"}', 40),
    ('lighting', '{"en": "Smart street lighting", "it": "Illuminazione pubblica intelligente", "pt": "Iluminação pública inteligente", "fr": "Éclairage public intelligent", "bg": "Интелигентно улично осветление", "pl": "Inteligentne oświetlenie uliczne"}', 50),
    ('e-mobility', '{"en": "E-mobility", "it": "Mobilità elettrica", "pt": "Mobilidade elétrica", "fr": "Mobilité électrique", "bg": "Електромобилност", "pl": "Elektromobilność"}', 60),
    ('data-platforms', '{"en": "Urban data platforms", "it": "Piattaforme di dati urbani", "pt": "Plataformas de dados urbanos", "fr": "Plateformes de données urbaines", "bg": "Градски платформи за данни", "pl": "Miejskie platformy danych"}', 70),
    ('citizen-engagement', '{"en": "Citizen engagement", "it": "Coinvolgimento dei cittadini", "pt": "Envolvimento dos cidadãos", "fr": "Participation citoyenne", "bg": "Ангажиране на гражданите", "pl": "Zaangażowanie mieszkańców"}', 80),
    ('financing', '{"en": "Financing", "it": "Finanziamento", "pt": "Financiamento", "fr": "Financement", "bg": "Финансиране", "pl": "Finansowanie"}', 90),
    ('installation', '{"en": "Installation and maintenance", "it": "Installazione e manutenzione", "pt": "Instalação e manutenção", "fr": "Installation et maintenance", "bg": "Монтаж и поддръжка", "pl": "Instalacja i serwis"}', 100);

create table partner_organisation (
    code         text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'), -- its people's accounts carry it (user_account.organisation)
    draft        jsonb not null,        -- the profile as its partner edits it
    draft_state  text not null default 'editing' check (draft_state in ('editing', 'submitted')),
    review_note  text,                  -- why consortium staff sent the draft back
    published    jsonb,                 -- the profile everyone else sees; null: never published
    published_at timestamptz,
    published_by text,
    updated_at   timestamptz not null default now()
);

grant select, insert, update, delete on competence, partner_organisation to platform_tenant;
