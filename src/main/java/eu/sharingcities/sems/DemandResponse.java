package eu.sharingcities.sems;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demand response: during an event's window the buildings' setpoints go down by an offset, at most
 * {@code maxOffsetK} and never below their comfort band; in the {@code preheatMinutes} before, they
 * go up by {@code preheatOffsetK} (within the band) to store heat in the building's mass.
 * <p>
 * The offset is a closed loop on the measured load: each cycle the cut delivered is the customer
 * baseline load ({@link CustomerBaseline}, in {@link DistrictState#baselineKw()}) less the load
 * now, and the offset moves by the shortfall (requested − delivered) over the district's kW per
 * kelvin taken from the baseline (baseline ÷ (normal setpoint − outdoor)) — a figure the event does
 * not change, unlike the live load, whose fall once the setpoints drop made an earlier estimate run
 * the offset to its maximum. Without a baseline there is nothing to close the loop on: the offset is
 * sized once, at the event's first cycle, from the load then, and held.
 */
public record DemandResponse(Config config) implements Strategy {

    public enum Status { IDLE, SCHEDULED, PREHEATING, CURTAILING }

    public record Event(Instant start, Instant end, double requestedKw, String reference) {
        public Event {
            if (start == null || end == null || !end.isAfter(start)) {
                throw new Refusal("sems.refused.eventEnd");
            }
            if (!(requestedKw > 0)) {
                throw new Refusal("sems.refused.eventKw");
            }
        }
    }

    public record Config(List<Event> events, double maxOffsetK, int preheatMinutes, double preheatOffsetK) {
        public Config {
            events = List.copyOf(events);
            if (maxOffsetK <= 0 || maxOffsetK > 4) {
                throw new Refusal("sems.refused.maxOffset", maxOffsetK);
            }
            if (preheatMinutes < 0 || preheatOffsetK < 0 || preheatOffsetK > 2) {
                throw new Refusal("sems.refused.preheat");

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
        Optional<Event> running = running(now);
        if (running.isPresent()) {
            return curtail(running.get(), state, settings);
        }
        Optional<Event> next = config.events().stream().filter(e -> e.start().isAfter(now)).min(java.util.Comparator.comparing(Event::start));
        if (next.isPresent() && Duration.between(now, next.get().start()).toMinutes() < config.preheatMinutes()) {
            Map<String, Double> offsets = new HashMap<>();
            state.buildings().forEach(b -> offsets.put(b.code(), config.preheatOffsetK()));
            return new Proposal(Status.PREHEATING.name(), Map.of(), offsets, java.util.Set.of(),
                    Message.of("sems.why.preheating", config.preheatOffsetK(), next.get().reference(), next.get().start().toString()));
        }
        return next.map(e -> Proposal.idle(Status.SCHEDULED.name(), Message.of("sems.why.scheduled", e.reference(), e.start().toString())))
                .orElseGet(() -> Proposal.idle(Status.IDLE.name(), Message.of("sems.why.idle")));
    }

    private Proposal curtail(Event event, DistrictState state, DistrictSettings settings) {
        double current = currentOffset(state, settings);
        double offset;
        Message why;
        if (state.baselineKw() != null && state.baselineKw() > 0) {
            double kwPerK = state.baselineKw() / Math.max(1, settings.normalSetpointC() - state.outdoorC());
            double delivered = state.baselineKw() - state.heatKw();
            offset = Math.max(0, Math.min(config.maxOffsetK(), current + (event.requestedKw() - delivered) / kwPerK));
            why = Message.of("sems.why.curtailing.closed", event.reference(), event.requestedKw(), event.end().toString(), state.baselineKw(),
                    state.heatKw(), delivered, offset);
        } else {
            double kwPerK = state.buildings().stream().mapToDouble(b -> lossPerKelvin(b, state.outdoorC())).sum();
            offset = current > 0 ? current : kwPerK <= 0 ? config.maxOffsetK() : Math.min(config.maxOffsetK(), event.requestedKw() / kwPerK);
            why = Message.of(current > 0 ? "sems.why.curtailing.held" : "sems.why.curtailing.sized", event.reference(), event.requestedKw(),
                    event.end().toString(), kwPerK, offset);
        }
        Map<String, Double> offsets = new HashMap<>();
        state.buildings().forEach(b -> offsets.put(b.code(), -offset));
        return new Proposal(Status.CURTAILING.name(), Map.of(), offsets, java.util.Set.of(), why);
    }

    /** How far the buildings' setpoints are below normal now, on average: the offset the last cycles sent (0 before the event). */
    static double currentOffset(DistrictState state, DistrictSettings settings) {
        return Math.max(0, state.buildings().stream().mapToDouble(b -> settings.normalSetpointC() - b.setpointC()).average().orElse(0));
    }

    /** The event running at an instant, if any. */
    public Optional<Event> running(Instant now) {
        return config.events().stream().filter(e -> !now.isBefore(e.start()) && now.isBefore(e.end())).findFirst();
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
