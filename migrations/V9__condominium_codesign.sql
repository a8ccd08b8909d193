-- Milan's condominium co-design pipeline (package condominium). City data as everywhere; an ESCo
-- partner sees only the condominiums assigned to their organisation, and nothing else of the
-- city: the application sets platform.partner to the partner's organisation for their
-- transactions (security/TenantScope.java), and it is empty for everyone else.

alter table user_account add column organisation varchar(64) not null default '';

-- A partner sees no other city data: every city table's policy goes through platform_city_visible,
-- which is false for partners from now on ...
create or replace function platform_city_visible(city varchar) returns boolean language sql stable as $$
    select coalesce(current_setting('platform.partner', true), '') = ''
       and (coalesce(current_setting('platform.cities', true), '') = '*'
            or city = any (string_to_array(coalesce(current_setting('platform.cities', true), ''), ',')))
$$;

-- ... except the condominiums assigned to their organisation, in their cities.
create function platform_condominium_visible(city varchar, organisation varchar) returns boolean language sql stable as $$
    select case when coalesce(current_setting('platform.partner', true), '') = '' then platform_city_visible(city)
                else city = any (string_to_array(coalesce(current_setting('platform.cities', true), ''), ','))
                     and organisation = current_setting('platform.partner', true) end
$$;

create table condominium (
    id              bigserial    primary key,
    city_code       varchar(32)  not null references city (code),
    building_id     bigint       references building (id),
    name            varchar(200) not null,
    address         varchar(300) not null,
    administrator   varchar(200) not null,
    -- CO_DESIGN: workshops with the owners before the assembly; CONVENTIONAL: straight to a vote
    path            varchar(16)  not null check (path in ('CO_DESIGN', 'CONVENTIONAL')),
    esco_organisation varchar(64) not null default '',
    stage           varchar(16)  not null default 'CONTACT',
    version         bigint       not null default 0,
    unique (city_code, name)
);

-- Every stage a condominium entered, with when; the newest is its current stage.
create table condominium_stage (
    condominium_id  bigint       not null references condominium (id) on delete cascade,
    city_code       varchar(32)  not null references city (code),
    stage           varchar(16)  not null check (stage in ('CONTACT', 'AUDIT', 'WORKSHOPS', 'ASSEMBLY', 'FINANCING', 'WORKS',
                                                            'MONITORING', 'REALISED', 'DROPPED')),
    entered_on      date         not null,
    note            text         not null default '',
    primary key (condominium_id, stage)
);
alter table condominium add constraint condominium_stage_known
    check (stage in ('CONTACT', 'AUDIT', 'WORKSHOPS', 'ASSEMBLY', 'FINANCING', 'WORKS', 'MONITORING', 'REALISED', 'DROPPED'));

create table condominium_unit (
    id              bigserial    primary key,
    condominium_id  bigint       not null references condominium (id) on delete cascade,
    city_code       varchar(32)  not null references city (code),
    label           varchar(32)  not null,
    owner_name      varchar(200) not null,
    millesimi       numeric(8, 3) not null check (millesimi > 0),
    consent_on      date,
    unique (condominium_id, label)
);

create table workshop (
    id              bigserial    primary key,
    condominium_id  bigint       not null references condominium (id) on delete cascade,
    city_code       varchar(32)  not null references city (code),
    held_on         date         not null,
    topic           varchar(300) not null
);

create table workshop_attendance (
    workshop_id     bigint       not null references workshop (id) on delete cascade,
    unit_id         bigint       not null references condominium_unit (id) on delete cascade,
    city_code       varchar(32)  not null references city (code),
    primary key (workshop_id, unit_id)
);

-- An option put to the owners: a package of measures with its money.
create table retrofit_option (
    id                  bigserial    primary key,
    condominium_id      bigint       not null references condominium (id) on delete cascade,
    city_code           varchar(32)  not null references city (code),
    name                varchar(200) not null,
    measures            varchar(400) not null,
    cost_eur            numeric(14, 2) not null check (cost_eur >= 0),
    expected_savings_pct double precision not null check (expected_savings_pct between 0 and 100),
    incentives_eur      numeric(14, 2) not null default 0 check (incentives_eur >= 0),
    financing           varchar(24)  not null check (financing in ('EPC', 'LOAN', 'TAX_CREDIT_TRANSFER', 'OWN_FUNDS')),
    annual_saving_eur   numeric(14, 2) not null check (annual_saving_eur >= 0)
);

create table assembly (
    id              bigserial    primary key,
    condominium_id  bigint       not null references condominium (id) on delete cascade,
    city_code       varchar(32)  not null references city (code),
    held_on         date         not null,
    convocation     varchar(8)   not null check (convocation in ('FIRST', 'SECOND')),
    majority_rule   varchar(24)  not null check (majority_rule in ('ORDINARY', 'EXTRAORDINARY_WORKS', 'ENERGY_EFFICIENCY', 'SUPERBONUS', 'INNOVATION')),
    minutes_closed_at timestamptz,
    closed_by       varchar(64)
);

-- One row per entry; the newest entry of a unit and option counts. Once the minutes are closed,
-- entries cannot be changed or deleted: a correction is a new entry, which the application audits.
create table assembly_vote (
    id              bigserial    primary key,
    assembly_id     bigint       not null references assembly (id),
    city_code       varchar(32)  not null references city (code),
    unit_id         bigint       not null references condominium_unit (id),
    option_id       bigint       references retrofit_option (id),
    -- option_id null: the unit's attendance (PRESENT or ABSENT); else its vote on the option
    choice          varchar(16)  not null check (choice in ('PRESENT', 'ABSENT', 'IN_FAVOUR', 'AGAINST', 'ABSTAIN')),
    recorded_at     timestamptz  not null default clock_timestamp(),
    recorded_by     varchar(64)  not null,
    correction_of   bigint       references assembly_vote (id),
    check ((option_id is null) = (choice in ('PRESENT', 'ABSENT')))
);
create index assembly_vote_assembly on assembly_vote (assembly_id, unit_id, option_id, id desc);

create function assembly_vote_is_kept() returns trigger language plpgsql as $$
begin
    if exists (select from assembly a where a.id = old.assembly_id and a.minutes_closed_at is not null) then
        raise exception 'the minutes of assembly % are closed: vote entry % cannot be changed or deleted; record a correction instead',
            old.assembly_id, old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger assembly_vote_kept before update or delete on assembly_vote
    for each row execute function assembly_vote_is_kept();

-- Closed minutes stay closed.
create function assembly_minutes_stay_closed() returns trigger language plpgsql as $$
begin
    if old.minutes_closed_at is not null and (new.minutes_closed_at is distinct from old.minutes_closed_at
            or new.held_on <> old.held_on or new.convocation <> old.convocation or new.majority_rule <> old.majority_rule) then
        raise exception 'the minutes of assembly % are closed and cannot be reopened or changed', old.id;
    end if;
    return new;
end $$;
create trigger assembly_minutes_closed before update on assembly
    for each row execute function assembly_minutes_stay_closed();

alter table condominium enable row level security;
alter table condominium force row level security;
create policy condominium_in_scope on condominium
    using (platform_condominium_visible(city_code, esco_organisation))
    with check (platform_condominium_visible(city_code, esco_organisation));

-- The rest belongs to a condominium: visible when the condominium is.
do $$
declare
    t text;
begin
    foreach t in array array['condominium_stage', 'condominium_unit', 'workshop', 'retrofit_option', 'assembly'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (condominium_id in (select id from condominium)) '
                       || 'with check (condominium_id in (select id from condominium))', t || '_in_scope', t);
    end loop;
end $$;
alter table workshop_attendance enable row level security;
alter table workshop_attendance force row level security;
create policy workshop_attendance_in_scope on workshop_attendance
    using (workshop_id in (select id from workshop)) with check (workshop_id in (select id from workshop));
alter table assembly_vote enable row level security;
alter table assembly_vote force row level security;
create policy assembly_vote_in_scope on assembly_vote
    using (assembly_id in (select id from assembly)) with check (assembly_id in (select id from assembly));

grant select, insert, update, delete on condominium, condominium_stage, condominium_unit, workshop, workshop_attendance,
    retrofit_option, assembly, assembly_vote to platform_tenant;
grant usage, select on sequence condominium_id_seq, condominium_unit_id_seq, workshop_id_seq, retrofit_option_id_seq,
    assembly_id_seq, assembly_vote_id_seq to platform_tenant;
