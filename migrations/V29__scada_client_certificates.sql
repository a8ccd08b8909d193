-- SCADA client applications trusted by a city's administrators for their city (package scada): a
-- client certificate in the SCADA server's trust list serves only the cities that trust it here.
-- Revoking keeps the row (who revoked it, when); the current trust is the row without revoked_at.
create table scada_client_trust (
    id              bigserial    primary key,
    city_code       varchar(32)  not null references city (code),
    thumbprint      char(40)     not null check (thumbprint ~ '^[0-9a-f]{40}$'),
    subject         varchar(500) not null,
    application_uri varchar(500) not null,
    certificate     bytea        not null,
    trusted_by      varchar(64)  not null,
    trusted_at      timestamptz  not null,
    revoked_by      varchar(64),
    revoked_at      timestamptz
);
create unique index scada_client_trust_current on scada_client_trust (city_code, thumbprint) where revoked_at is null;
create index scada_client_trust_thumbprint on scada_client_trust (thumbprint);

alter table scada_client_trust enable row level security;
alter table scada_client_trust force row level security;
create policy scada_client_trust_in_scope on scada_client_trust using (platform_city_visible(city_code))
    with check (platform_city_visible(city_code));
-- trust is revoked by an update that says who and when, never by deleting the record (V3 granted delete)
revoke delete on scada_client_trust from platform_tenant;
