-- A follower city's replication of a partner's result is its city's word: everyone reads it (the
-- results are public), only a caller scoped to that city writes it.
alter table partner_result_interest enable row level security;
alter table partner_result_interest force row level security;
create policy partner_result_interest_read on partner_result_interest for select using (true);
create policy partner_result_interest_insert on partner_result_interest for insert with check (platform_city_visible(city_code));
create policy partner_result_interest_update on partner_result_interest for update
    using (platform_city_visible(city_code)) with check (platform_city_visible(city_code));
create policy partner_result_interest_delete on partner_result_interest for delete using (platform_city_visible(city_code));
