-- Retention: whole daily partitions of raw readings are dropped once older than the raw retention
-- (cheap, no vacuum), rollups are deleted per resolution. Called hourly by ingest/Housekeeping.java.
create function drop_reading_partitions_before(cutoff date) returns integer
language plpgsql as $$
declare
    part record;
    dropped integer := 0;
begin
    for part in
        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
        where p.relname = 'reading' and c.relname ~ '^reading_[0-9]{8}$' and to_date(substr(c.relname, 9), 'YYYYMMDD') < cutoff
    loop
        execute format('drop table %I', part.relname);
        dropped := dropped + 1;
    end loop;
    return dropped;
end $$;
