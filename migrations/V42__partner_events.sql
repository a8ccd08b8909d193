-- The partners' portal (issue 18): the consortium's events and trade shows — agenda with sessions
-- and speakers, exhibitors with their booths, registration, one-to-one meetings between
-- participants, and after each session its minutes, decisions and follow-up actions.
-- Events belong to the consortium, not to one city's data: no row-level security by city.

create table partner_event (
    code        text primary key,
    title       text not null,
    city        text not null references city (code),
    venue       text not null,
    time_zone   text not null,
    starts_on   date not null,
    ends_on     date not null check (ends_on >= starts_on),
    language    text not null check (language in ('en', 'it', 'pt', 'fr', 'bg', 'pl')),
    description text not null default '',
    capacity    integer check (capacity > 0),
    meeting_minutes integer not null default 30 check (meeting_minutes between 10 and 120),
    published   boolean not null default false,
    updated_at  timestamptz not null default now()
);

create table partner_event_session (
    id          bigserial primary key,
    event       text not null references partner_event (code) on delete cascade,
    title       text not null,
    kind        text not null check (kind in ('plenary', 'workshop', 'trade-show', 'meetings', 'visit', 'social')),
    room        text not null default '',
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    description text not null default '',
    speakers    jsonb not null default '[]',
    minutes     text,
    minutes_by  text,
    minutes_at  timestamptz
);
create index partner_event_session_event on partner_event_session (event, starts_at);

create table partner_event_exhibitor (
    event        text not null references partner_event (code) on delete cascade,
    organisation text not null references partner_organisation (code),
    booth        text,
    results      bigint[] not null default '{}',
    competences  text[] not null default '{}',
    pitch        text not null default '',
    primary key (event, organisation),
    unique (event, booth)
);

create table partner_event_registration (
    event         text not null references partner_event (code) on delete cascade,
    username      text not null,
    display_name  text not null,
    organisation  text not null default '',
    registered_at timestamptz not null default now(),
    primary key (event, username)
);

-- A one-to-one meeting asked by one participant of another, at a time inside the event's meeting
-- sessions; accepted, it holds both people's time.
create table partner_event_meeting (
    id          bigserial primary key,
    event       text not null references partner_event (code) on delete cascade,
    requester   text not null,
    invitee     text not null check (invitee <> requester),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    subject     text not null,
    state       text not null default 'requested' check (state in ('requested', 'accepted', 'declined', 'cancelled')),
    answered_at timestamptz,
    created_at  timestamptz not null default now()
);
create index partner_event_meeting_people on partner_event_meeting (event, requester, invitee);

-- Who is busy when: a row per person per accepted meeting. The exclusion constraint is what makes a
-- double booking impossible, even when two acceptances race.
create extension if not exists btree_gist;
create table partner_event_busy (
    meeting_id bigint not null references partner_event_meeting (id) on delete cascade,
    username   text not null,
    during     tstzrange not null,
    primary key (meeting_id, username),
    exclude using gist (username with =, during with &&)
);

create table partner_event_decision (
    id          bigserial primary key,
    session_id  bigint not null references partner_event_session (id) on delete cascade,
    text        text not null,
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);

create table partner_event_action (
    id          bigserial primary key,
    session_id  bigint not null references partner_event_session (id) on delete cascade,
    text        text not null,
    owner       text not null,
    due_on      date,
    done_at     timestamptz,
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);

alter table partner_search drop constraint partner_search_kind_check;
alter table partner_search add constraint partner_search_kind_check check (kind in ('organisation', 'result', 'article', 'event'));

grant select, insert, update, delete on partner_event, partner_event_session, partner_event_exhibitor, partner_event_registration,
    partner_event_meeting, partner_event_busy, partner_event_decision, partner_event_action to platform_tenant;
grant usage, select on sequence partner_event_session_id_seq, partner_event_meeting_id_seq, partner_event_decision_id_seq,
    partner_event_action_id_seq to platform_tenant;
