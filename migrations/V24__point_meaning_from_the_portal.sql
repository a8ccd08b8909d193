-- Issue 14: a point's asset and role are set in its city's opcua-config file or, where the file
-- leaves both out (a foreign controller's export, say), by a city admin in the portal. A reload
-- keeps what the portal set until the file states an asset or a role itself.
alter table point add column meaning_from_portal boolean not null default false;
