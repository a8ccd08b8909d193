-- A street light switching on and off again and again (lighting/LampFault.CYCLING) is a fault a work order can be opened for.
alter table lighting_work_order drop constraint lighting_work_order_fault_check;
alter table lighting_work_order add constraint lighting_work_order_fault_check check (fault in ('LAMP_FAILURE', 'DAY_BURNING', 'COMMUNICATION_LOSS',
    'CYCLING', 'ABNORMAL_POWER', 'CABINET_POWER_LOSS', 'REPORTED'));
