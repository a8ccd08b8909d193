-- Issue 13: the application's login is no longer the tables' owner (database/ApplicationLogin.java),
-- and only a table's owner may add or drop a partition of it. Housekeeping's two partition functions
-- therefore run with their owner's rights (the migrations' login), with a fixed search_path so that
-- nobody can slip their own objects in front of ours.
alter function ensure_reading_partitions(integer, integer) security definer set search_path = public, pg_temp;
alter function drop_reading_partitions_before(date) security definer set search_path = public, pg_temp;
alter function platform_secure_reading_partition(regclass) set search_path = public, pg_temp;

-- Dropping partitions is housekeeping's, not a city's: the tenant role may not call it.
revoke execute on function drop_reading_partitions_before(date) from public;
revoke execute on function platform_secure_reading_partition(regclass) from public;
