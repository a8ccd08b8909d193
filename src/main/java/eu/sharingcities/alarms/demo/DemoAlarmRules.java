package eu.sharingcities.alarms.demo;

import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The demo's alarm rules, per city with controllers: their simulator endpoint down for 30 s, the
 * outdoor temperature silent for 10 minutes, building 1's zone above 22 °C for 10 minutes (the
 * simulated controller holds 20 °C, so it shows only when an operator raises the setpoint). Made
 * once, for cities that have no rules; and an on-call address per city for HIGH and CRITICAL
 * alarms (mailed only when SMTP is configured).
 */
@Startup
@Singleton
@DependsOn("IngestionStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoAlarmRules {

    private static final Logger LOG = Logger.getLogger(DemoAlarmRules.class.getName());

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DirectConnections database;

    @PostConstruct
    void create() {
        if (!demo) {
            return;
        }
        try (Connection db = database.open(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            int made = st.executeUpdate("""
                    insert into alarm_rule (city_code, name, priority, kind, point_id, endpoint_id, limit_value, deadband, on_delay_s, max_age_s)
                    select p.city_code, r.name, r.priority, r.kind, case when r.kind = 'COMMUNICATION_LOSS' then null else p.id end,
                           case when r.kind = 'COMMUNICATION_LOSS' then p.endpoint_id end, r.limit_value, r.deadband, r.on_delay_s, r.max_age_s
                    from (values ('Controllers unreachable', 'CRITICAL', 'COMMUNICATION_LOSS', 'weather.outdoor-temperature', null::float8, 0::float8, 30, null::int),
                                 ('Outdoor temperature silent', 'MEDIUM', 'STALE', 'weather.outdoor-temperature', null, 0, 0, 600),
                                 ('Building 1 too warm', 'HIGH', 'HIGH_LIMIT', 'building.b001.zone-temperature', 22, 0.5, 600, null))
                         as r (name, priority, kind, point_suffix, limit_value, deadband, on_delay_s, max_age_s)
                    join point p on p.code = p.city_code || '.' || r.point_suffix
                    where not exists (select from alarm_rule a where a.city_code = p.city_code)""");
            if (made > 0) {
                LOG.info("demo: " + made + " alarm rules made");
            }
            st.executeUpdate("""
                    insert into alarm_recipient (city_code, email, min_priority)
                    select code, 'on-call@' || code || '.sharingcities.example', 'HIGH' from city
                    where not exists (select from alarm_recipient r where r.city_code = city.code)""");
        } catch (SQLException e) {
            LOG.warning("demo alarm rules could not be made: " + e.getMessage());
        }
    }
}
