-- The partners' portal (issue 18): results — what a partner did, where, when and at what cost, with
-- figures linked to the platform's own measurements (resolved when shown, never retyped) or
-- declared by the partner — and the follower cities' interest in replicating them.

create table partner_result (
    id           bigserial primary key,
    organisation text not null references partner_organisation (code),
    draft        jsonb not null,
    draft_state  text not null default 'editing' check (draft_state in ('editing', 'submitted')),
    review_note  text,
    published    jsonb,
    published_at timestamptz,
    updated_at   timestamptz not null default now()
);
create index partner_result_organisation on partner_result (organisation);

create table partner_result_interest (
    result_id  bigint not null references partner_result (id) on delete cascade,
    city_code  text not null references city (code),
    status     text not null check (status in ('interested', 'planning', 'replicating', 'replicated')),
    note       text not null default '',
    updated_at timestamptz not null default now(),
    updated_by text not null,
    primary key (result_id, city_code)
);

grant select, insert, update, delete on partner_result, partner_result_interest to platform_tenant;
grant usage, select on sequence partner_result_id_seq to platform_tenant;
