-- Issue 14: a district's series over long ranges. A point group (e.g. the heat power of a SEMS
-- district's buildings) keeps its own rollup: per resolution and bucket, the sum of its points'
-- means. A chart of a district over a year at hourly resolution then reads 8,760 rows instead of
-- summing 876,000 (docs/benchmarks.md, chart queries). The rollup folder keeps it current for the
-- buckets each fold touched; platform_refresh_group_rollup rebuilds a group from its points'
-- rollups (when its members change, or after history is loaded into the rollups directly).

create table point_group (
    id        serial       primary key,
    city_code varchar(32)  not null references city (code),
    name      varchar(200) not null,
    unique (city_code, name)
);

create table point_group_member (
    group_id  integer     not null references point_group (id) on delete cascade,
    point_id  integer     not null references point (id) on delete cascade,
    city_code varchar(32) not null references city (code),
    primary key (group_id, point_id)
);
create index point_group_member_point on point_group_member (point_id);

create table group_rollup (
    group_id   integer          not null references point_group (id) on delete cascade,
    city_code  varchar(32)      not null references city (code),
    resolution varchar(8)       not null,
    bucket     timestamptz      not null,
    value      double precision not null, -- the sum of the members' means in the bucket
    points     integer          not null, -- how many members had a good value in it
    primary key (group_id, resolution, bucket)
);

-- Buckets a fold touched for a group, summed again by the fold's next statement.
create table group_rollup_pending (
    group_id   integer     not null,
    resolution varchar(8)  not null,
    bucket     timestamptz not null,
    primary key (group_id, resolution, bucket)
);

select platform_scope_to_city(array['point_group', 'point_group_member', 'group_rollup']);
grant select, insert, delete on group_rollup_pending to platform_tenant;
grant usage, select on sequence point_group_id_seq to platform_tenant;

create function platform_refresh_group_rollup(target integer) returns void language sql as $$
    delete from group_rollup where group_id = target;
    insert into group_rollup (group_id, city_code, resolution, bucket, value, points)
    select m.group_id, m.city_code, r.resolution, r.bucket, sum(r.total / r.samples), count(*)
    from point_group_member m join reading_rollup r on r.point_id = m.point_id and r.samples > 0
    where m.group_id = target
    group by m.group_id, m.city_code, r.resolution, r.bucket;
$$;
