package eu.sharingcities.sems;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demand response: during an event's window the occupied buildings' setpoints go down by the
 * offset that should cut the requested kW (each building's heat loss per kelvin estimated from
 * its load and the indoor-outdoor difference), at most {@code maxOffsetK} and never below their
 * comfort band; in the {@code preheatMinutes} before, they go up by {@code preheatOffsetK} (within
 * the band) to store heat in the building's mass.
 */
public record DemandResponse(Config config) implements Strategy {

    public enum Status { IDLE, SCHEDULED, PREHEATING, CURTAILING }

    public record Event(Instant start, Instant end, double requestedKw, String reference) {
        public Event {
            if (start == null || end == null || !end.isAfter(start)) {
                throw new IllegalArgumentException("an event ends after it starts");
            }
            if (!(requestedKw > 0)) {
                throw new IllegalArgumentException("requestedKw must be more than 0");
            }
        }
    }

    public record Config(List<Event> events, double maxOffsetK, int preheatMinutes, double preheatOffsetK) {
        public Config {
            events = List.copyOf(events);
            if (maxOffsetK <= 0 || maxOffsetK > 4) {
                throw new IllegalArgumentException("maxOffsetK must be above 0 and at most 4 K, not " + maxOffsetK);
            }
            if (preheatMinutes < 0 || preheatOffsetK < 0 || preheatOffsetK > 2) {
                throw new IllegalArgumentException("preheatMinutes must be 0 or more and preheatOffsetK from 0 to 2 K");
            }
        }

        public static Config defaults() {
            return new Config(List.of(), 2, 60, 1);
        }

        public Config with(Event event) {
            List<Event> all = new java.util.ArrayList<>(events);
            all.add(event);
            return new Config(all, maxOffsetK, preheatMinutes, preheatOffsetK);
        }
    }

    @Override
    public Proposal propose(DistrictState state, DistrictSettings settings) {
        Instant now = state.at();
        Optional<Event> running = config.events().stream().filter(e -> !now.isBefore(e.start()) && now.isBefore(e.end())).findFirst();
        if (running.isPresent()) {
            return curtail(running.get(), state, settings);
        }
        Optional<Event> next = config.events().stream().filter(e -> e.start().isAfter(now)).min(java.util.Comparator.comparing(Event::start));
        if (next.isPresent() && Duration.between(now, next.get().start()).toMinutes() < config.preheatMinutes()) {
            Map<String, Double> offsets = new HashMap<>();
            state.buildings().forEach(b -> offsets.put(b.code(), config.preheatOffsetK()));
            return new Proposal(Status.PREHEATING.name(), Map.of(), offsets, java.util.Set.of(),
                    "pre-heating by " + config.preheatOffsetK() + " K before event " + next.get().reference() + " at " + next.get().start());
        }
        return next.map(e -> Proposal.idle(Status.SCHEDULED.name(), "next event " + e.reference() + " at " + e.start()))
                .orElseGet(() -> Proposal.idle(Status.IDLE.name(), "no event ahead"));
    }

    private Proposal curtail(Event event, DistrictState state, DistrictSettings settings) {
        double kwPerK = state.buildings().stream().mapToDouble(b -> lossPerKelvin(b, state.outdoorC())).sum();
        double offset = kwPerK <= 0 ? config.maxOffsetK() : Math.min(config.maxOffsetK(), event.requestedKw() / kwPerK);
        Map<String, Double> offsets = new HashMap<>();
        state.buildings().forEach(b -> offsets.put(b.code(), -offset));
        return new Proposal(Status.CURTAILING.name(), Map.of(), offsets, java.util.Set.of(), String.format(java.util.Locale.ROOT,
                "event %s: %.1f kW requested until %s; setpoints down %.2f K (about %.1f kW per K, comfort bands hold)", event.reference(),
                event.requestedKw(), event.end(), offset, kwPerK));
    }

    /** A building's steady heat loss per kelvin: its heating load over the indoor-outdoor difference. */
    static double lossPerKelvin(BuildingState b, double outdoorC) {
        double difference = b.setpointC() - outdoorC;
        return difference > 1 ? b.heatKw() / difference : 0;
    }

    @Override
    public int precedence() {
        return 2;
    }
}
