-- Issue 12, alarms to ANSI/ISA-18.2 and IEC 62682.
-- Shelving belongs to the alarm (the rule), with an expiry, not to one occurrence; a rule switched
-- off is out of service with its reason; off-delay; suppression by design while a plant is off.
alter table alarm_rule
    add column shelved_until timestamptz,
    add column shelved_by varchar(64),
    add column shelve_reason text,
    add column off_delay_s integer not null default 0 check (off_delay_s >= 0),
    add column out_of_service_reason text,
    add column suppress_point_id integer references point (id),
    add column suppress_below double precision,
    add constraint alarm_rule_suppression check ((suppress_point_id is null) = (suppress_below is null));

alter table alarm drop constraint alarm_state_check;
alter table alarm add constraint alarm_state_check
    check (state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED', 'CLOSED', 'OUT_OF_SERVICE', 'SUPPRESSED'));
drop index alarm_open;
create index alarm_open on alarm (city_code, state) where state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED');
create index alarm_raised on alarm (city_code, raised_at);

-- an alarm shelved now stays shelved, on its rule, until the same time
select set_config('platform.cities', '*', true);
update alarm_rule r set shelved_until = a.shelved_until, shelved_by = 'migration V17',
       shelve_reason = 'shelved before shelving belonged to the rule'
  from alarm a where a.rule_id = r.id and a.shelved_until > now() and a.state <> 'CLOSED';
update alarm_rule set out_of_service_reason = 'switched off before out-of-service reasons were kept' where not enabled;
