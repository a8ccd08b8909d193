-- Readings committed but not yet folded into reading_rollup and point_latest. The writer appends
-- to it in the same transaction as the readings (an append to a table without indexes is cheap);
-- every few seconds it folds what is there into the rollups in one pass and deletes it, so each
-- point costs one rollup update per fold instead of one per batch. Crash-safe: nothing is lost
-- between a commit and the next fold.
create table reading_unrolled (
    point_id    integer          not null,
    source_time timestamptz      not null,
    value       double precision,
    status      integer          not null
);
alter table reading_unrolled enable row level security;
alter table reading_unrolled force row level security;
create policy reading_unrolled_in_scope on reading_unrolled
    using (point_id in (select id from point)) with check (point_id in (select id from point));
grant select, insert, update, delete on reading_unrolled to platform_tenant;
