-- Know-how articles carry attachments (issue 18): documents and images of known kinds, kept with
-- the article (not with one version), read with it.
create table knowhow_attachment (
    article_id   bigint not null references knowhow_article (id) on delete cascade,
    name         text not null,
    content_type text not null,
    content      bytea not null,
    size         integer not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now(),
    primary key (article_id, name)
);

grant select, insert, update, delete on knowhow_attachment to platform_tenant;
