-- Issue 13: roles leaked through id-based endpoints. Every granted city went into platform.cities
-- whatever the role, so a citizen or SCADA account of Milan read Milan's points by id, and a
-- partner who was also a viewer anywhere lost the partner restriction everywhere.
-- Now the application puts into platform.cities only the cities where the user holds a municipal
-- role (viewer or above), and into platform.partner_cities those where they are a partner and
-- nothing more; there a partner sees only the condominiums assigned to platform.partner.

create or replace function platform_city_visible(city varchar) returns boolean language sql stable as $$
    select coalesce(current_setting('platform.cities', true), '') = '*'
        or city = any (string_to_array(coalesce(current_setting('platform.cities', true), ''), ','))
$$;

create or replace function platform_condominium_visible(city varchar, organisation varchar) returns boolean language sql stable as $$
    select platform_city_visible(city)
        or (city = any (string_to_array(coalesce(current_setting('platform.partner_cities', true), ''), ','))
            and organisation = coalesce(current_setting('platform.partner', true), '-'))
$$;
