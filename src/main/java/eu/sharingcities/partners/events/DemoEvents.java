package eu.sharingcities.partners.events;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.security.Accounts;
import eu.sharingcities.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo's consortium meetings: London in September 2026 with its trade show, one-to-one meetings,
 * minutes, decisions and actions — and the next one, in Lisbon about ten weeks after the demo first
 * starts, open for registration. Added once, to an empty table.
 */
@Startup
@Singleton
@DependsOn({"DemoResults", "AccountBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoEvents {

    private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());
    private static final ZoneId LONDON = ZoneId.of("Europe/London"), LISBON = ZoneId.of("Europe/Lisbon");

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DirectConnections database;

    @Inject
    Accounts accounts;

    @PostConstruct
    void register() {
        if (!demo) {
            return;
        }
        try (Connection db = database.open()) {
            try (var st = db.createStatement(); ResultSet rs = st.executeQuery("select 1 from partner_event limit 1")) {
                if (rs.next()) {
                    return;
                }
            }
            db.setAutoCommit(false);
            london(db);
            lisbon(db);
            db.commit();
            LOG.info("demo: the London consortium meeting and the next one, in Lisbon");
        } catch (Exception e) {
            LOG.warning("demo events could not be registered: " + e.getMessage());
        }
    }

    private void london(Connection db) throws SQLException {
        String code = "london-2026-09";
        LocalDate first = LocalDate.of(2026, 9, 22), second = first.plusDays(1);
        EventData.put(db, code, new EventDetails("Consortium meeting, London, September 2026", "london", "Woolwich Works, Royal Borough of Greenwich",
                first, second, "en", "The partners show what the lighthouse cities measured, and the follower cities plan their replication.",
                150, 30), LONDON.getId());
        List<Long> s = new ArrayList<>();
        s.add(session(db, code, first, "09:00", "10:00", "Welcome and the programme’s progress", SessionKind.PLENARY, "Main hall",
                new Speaker("Sarah Collins", "Lumen Services")));
        s.add(session(db, code, first, "10:00", "11:30", "Lighthouse results: measured, not estimated", SessionKind.PLENARY, "Main hall",
                new Speaker("Giulia Rossi", "Energia Condivisa"), new Speaker("David Patel", "Thames Heat")));
        session(db, code, first, "11:30", "13:00", "Trade show", SessionKind.TRADE_SHOW, "Exhibition hall");
        session(db, code, first, "14:00", "16:00", "One-to-one meetings", SessionKind.MEETINGS, "Meeting area");
        session(db, code, first, "16:15", "17:30", "Site visit: the Thames heat pump", SessionKind.VISIT, "Kingston Heights",
                new Speaker("David Patel", "Thames Heat"));
        s.add(session(db, code, second, "09:30", "11:00", "Financing that made projects happen", SessionKind.WORKSHOP, "Room 2",
                new Speaker("Claire Weber", "Green City Capital"), new Speaker("Marco Bianchi", "Calore Verde")));
        s.add(session(db, code, second, "11:15", "12:45", "Replication in Bordeaux, Burgas and Warsaw", SessionKind.WORKSHOP, "Room 2",
                new Speaker("Elena Petrova", "Burgas Energy Agency"), new Speaker("Tomasz Nowak", "Termo Praga")));
        long closing = session(db, code, second, "13:45", "14:30", "Decisions and next steps", SessionKind.PLENARY, "Main hall");
        exhibit(db, code, Map.of("energia-condivisa", "A1", "thames-heat", "A2", "lumen-services", "A3", "urban-data-lab", "B1", "velo-partage", "B2",
                "green-city-capital", "B3"));
        registerAll(db, code, List.of("consortium.admin", "milan.esco", "milan.esco2", "london.contractor", "london.admin"));
        Instant two = first.atTime(14, 0).atZone(LONDON).toInstant();
        accepted(db, MeetingData.insert(db, code, "milan.esco", "london.contractor", two, two.plusSeconds(1800), "Dimming the condominiums’ courtyards"));
        accepted(db, MeetingData.insert(db, code, "milan.esco2", "london.contractor", two.plusSeconds(1800), two.plusSeconds(3600),
                "LED retrofit of heat-pump plant rooms"));
        RecordData.minutes(db, s.get(1), """
                Energia Condivisa showed the Porta Romana condominium's **measured** savings with their 90 % interval (IPMVP option C), and
                Thames Heat the heat pump's seasonal performance factor over the last twelve months, both read live from the platform.

                Questions were about the baseline's weather adjustment and the heat pump's licence limits.""", "consortium.admin");
        RecordData.decide(db, s.get(1), "Results shown at consortium meetings link to the platform’s measurements, not to slides.", "consortium.admin");
        RecordData.addAction(db, s.get(1), "Publish the Porta Romana retrofit’s second year of M&V", "milan.esco", LocalDate.of(2026, 12, 15),
                "consortium.admin");
        long shared = RecordData.addAction(db, s.get(3), "Share the main roads’ dimming profiles with Burgas", "london.contractor",
                LocalDate.of(2026, 10, 31), "consortium.admin");
        RecordData.done(db, shared, true);
        RecordData.minutes(db, s.get(2), "Shared savings worked where the savings were **measured**; the Ecobonus paid the rest in Milan.", "consortium.admin");
        RecordData.decide(db, closing, "The next consortium meeting is in Lisbon, with a trade show and one-to-one meetings.", "consortium.admin");
        publish(db, code);
    }

    /** The next meeting: on the first Tuesday ten weeks after the demo first starts, open for registration. */
    private void lisbon(Connection db) throws SQLException {
        LocalDate first = LocalDate.now(LISBON).plusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), second = first.plusDays(1);
        String code = "lisbon-" + first.getYear() + "-" + String.format("%02d", first.getMonthValue());
        EventData.put(db, code, new EventDetails("Consortium meeting, Lisbon, " + first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + first.getYear(), "lisbon", "Hub Criativo do Beato, Lisbon", first, second, "en",
                "Replication in the follower cities: the trade show of what works, and one-to-one meetings between partners and cities.",
                200, 30), LISBON.getId());
        session(db, code, first, "09:30", "10:30", "Welcome: from lighthouse to follower cities", SessionKind.PLENARY, "Auditorium",
                new Speaker("Rui Santos", "Lisboa E-Nova"));
        session(db, code, first, "11:00", "12:30", "Trade show", SessionKind.TRADE_SHOW, "Pavilion");
        session(db, code, first, "14:00", "17:00", "One-to-one meetings", SessionKind.MEETINGS, "Meeting area");
        session(db, code, second, "09:30", "11:30", "Financing replication: green bonds and EU grants", SessionKind.WORKSHOP, "Room 1",
                new Speaker("Claire Weber", "Green City Capital"));
        exhibit(db, code, Map.of("lisboa-e-nova", "1", "green-city-capital", "2", "urban-data-lab", "3"));
        registerAll(db, code, List.of("consortium.admin", "london.contractor"));
        publish(db, code);
    }

    private static long session(Connection db, String event, LocalDate day, String from, String to, String title, SessionKind kind, String room,
                                Speaker... speakers) throws SQLException {
        ZoneId zone = ZoneId.of(EventData.event(db, event).orElseThrow().timeZone());
        return EventData.putSession(db, event, null, new SessionDetails(title, kind, room, day.atTime(LocalTime.parse(from)).atZone(zone).toInstant(),
                day.atTime(LocalTime.parse(to)).atZone(zone).toInstant(), "", List.of(speakers)));
    }

    /** Each organisation presents its first published result at its booth, with its competences. */
    private static void exhibit(Connection db, String event, Map<String, String> booths) throws SQLException {
        for (Map.Entry<String, String> b : booths.entrySet()) {
            List<Long> results = new ArrayList<>();
            List<String> competences = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select (select min(id) from partner_result r where r.organisation = o.code and r.published is not null),
                           array(select jsonb_array_elements_text(o.published -> 'competences'))
                    from partner_organisation o where o.code = ?""")) {
                st.setString(1, b.getKey());
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    if (rs.getObject(1) != null) {
                        results.add(rs.getLong(1));
                    }
                    competences.addAll(List.of((String[]) rs.getArray(2).getArray()));
                }
            }
            AttendanceData.putStand(db, event, b.getKey(), new Stand(results, competences, ""));
            AttendanceData.assignBooth(db, event, b.getKey(), b.getValue());
        }
    }

    private void registerAll(Connection db, String event, List<String> accounts) throws SQLException {
        for (String account : accounts) {
            Optional<SignedInUser> user = this.accounts.signedIn(account);
            if (user.isPresent()) {
                AttendanceData.register(db, event, Participant.of(user.get()), null);
            }
        }
    }

    private static void accepted(Connection db, long id) throws SQLException {
        MeetingData.setState(db, id, Meeting.State.REQUESTED, Meeting.State.ACCEPTED);
        MeetingData.hold(db, MeetingData.meeting(db, id).orElseThrow());
    }

    private static void publish(Connection db, String code) throws SQLException {
        EventData.publish(db, code);
        PartnerEvents.index(db, EventData.event(db, code).orElseThrow(), EventData.sessions(db, code));
    }
}
