-- Summaries of readings committed by the writer's fast path (rows known to be new, written with
-- one COPY straight into reading): one row per point and 15-minute bucket per batch, written in
-- the same transaction as the readings, folded into reading_rollup and point_latest with the rows
-- of reading_unrolled. samples/total/minimum/maximum/last_* cover good finite values only;
-- latest_* is the newest reading of any quality; readings counts them all.
create table rollup_pending (
    point_id      integer          not null,
    bucket        timestamptz      not null,
    readings      integer          not null,
    samples       integer          not null,
    total         double precision,
    minimum       double precision,
    maximum       double precision,
    last_value    double precision,
    last_time     timestamptz,
    latest_time   timestamptz      not null,
    latest_value  double precision,
    latest_status integer          not null
);
alter table rollup_pending enable row level security;
alter table rollup_pending force row level security;
create policy rollup_pending_in_scope on rollup_pending
    using (point_id in (select id from point)) with check (point_id in (select id from point));
grant select, insert, update, delete on rollup_pending to platform_tenant;
