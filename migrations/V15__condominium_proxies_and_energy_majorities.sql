-- Issue 12. An owner may attend by proxy: the delegate's name goes with the attendance entry
-- (art. 67 disp. att. c.c. limits how many owners one delegate represents; the application checks it).
alter table assembly_vote add column delegate_name varchar(200);
alter table assembly_vote add constraint assembly_vote_delegate_with_attendance
    check (delegate_name is null or (option_id is null and choice = 'PRESENT'));

-- Energy works identified by an APE or an energy audit need a third of the value (L. 10/1991
-- art. 26 c. 2); other energy innovations and renewable plants keep half (art. 1120 c. 2 n. 2 c.c.).
alter table assembly drop constraint assembly_majority_rule_check;
alter table assembly add constraint assembly_majority_rule_check
    check (majority_rule in ('ORDINARY', 'EXTRAORDINARY_WORKS', 'ENERGY_EFFICIENCY', 'ENERGY_INNOVATION', 'SUPERBONUS', 'INNOVATION'));
