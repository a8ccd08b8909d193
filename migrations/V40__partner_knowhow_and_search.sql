-- The partners' portal (issue 18): know-how articles (Markdown, one language each, every saved
-- version kept, reviewed before publication) and full-text search over what is published, with
-- PostgreSQL's dictionary for each language (Bulgarian and Polish have none built in: simple).

create table knowhow_article (
    id                bigserial primary key,
    organisation      text not null references partner_organisation (code),
    language          text not null check (language in ('en', 'it', 'pt', 'fr', 'bg', 'pl')),
    version           integer not null default 1,
    state             text not null default 'draft' check (state in ('draft', 'in-review', 'published')),
    reviewer          text,
    published_version integer,
    updated_at        timestamptz not null default now()
);

create table knowhow_version (
    article_id bigint not null references knowhow_article (id) on delete cascade,
    version    integer not null,
    title      text not null,
    body       text not null,
    author     text not null,
    created_at timestamptz not null default now(),
    primary key (article_id, version)
);

create function platform_search_config(language text) returns regconfig language sql immutable as $$
    select (case language when 'en' then 'english' when 'it' then 'italian' when 'pt' then 'portuguese' when 'fr' then 'french'
            else 'simple' end)::regconfig
$$;

-- What the search finds: each published organisation, result and article, once per language it is written in.
create table partner_search (
    kind        text not null check (kind in ('organisation', 'result', 'article')),
    ref         text not null,
    language    text not null,
    title       text not null,
    cities      text[] not null default '{}',
    competences text[] not null default '{}',
    type        text not null default '',
    document    tsvector not null,
    primary key (kind, ref, language)
);
create index partner_search_document on partner_search using gin (document);

grant select, insert, update, delete on knowhow_article, knowhow_version, partner_search to platform_tenant;
grant usage, select on sequence knowhow_article_id_seq to platform_tenant;
