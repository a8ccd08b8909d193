package eu.sharingcities.sems;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heat pump on tariff and COP: the residential buildings the heat pump serves store heat (setpoint
 * up {@code boostK}) while electricity is cheap and the COP high, and shed it (setpoint down
 * {@code shedK}, within their comfort band) while it is dear. Time-of-use bands are local hours.
 */
public record HeatPumpTariff(Config config) implements Strategy {

    public enum Status { NO_HEAT_PUMP, BOOSTING, SHEDDING, NEUTRAL }

    public record Band(int fromHour, int toHour, double eurPerKwh) {
        public Band {
            if (fromHour < 0 || toHour > 24 || fromHour >= toHour || eurPerKwh < 0) {
                throw new Refusal("sems.refused.band");
            }
        }
    }

    public record Config(List<Band> tariff, double cheapEurPerKwh, double dearEurPerKwh, double minCop, double boostK, double shedK) {
        public Config {
            tariff = List.copyOf(tariff);
            if (cheapEurPerKwh >= dearEurPerKwh) {
                throw new Refusal("sems.refused.cheap");
            }
            if (boostK < 0 || boostK > 2 || shedK < 0 || shedK > 2) {
                throw new Refusal("sems.refused.boostShed");

            }
        }

        /** An economy-7 style tariff: cheap at night, dear in the evening peak. */
        public static Config defaults() {
            return new Config(List.of(new Band(0, 7, 0.12), new Band(7, 16, 0.28), new Band(16, 19, 0.42), new Band(19, 24, 0.28)),
                    0.15, 0.35, 3.0, 1, 1);
        }

        public double priceAt(int hour) {
            return tariff.stream().filter(b -> hour >= b.fromHour() && hour < b.toHour()).mapToDouble(Band::eurPerKwh).findFirst().orElse(Double.NaN);
        }
    }

    @Override
    public Proposal propose(DistrictState state, DistrictSettings settings) {
        if (state.heatPumpCop() == null) {
            return Proposal.idle(Status.NO_HEAT_PUMP.name(), Message.of("sems.why.noHeatPump"));
        }
        double price = config.priceAt(state.local().getHour());
        double offset;
        Status status;
        if (price <= config.cheapEurPerKwh() && state.heatPumpCop() >= config.minCop()) {
            offset = config.boostK();
            status = Status.BOOSTING;
        } else if (price >= config.dearEurPerKwh()) {
            offset = -config.shedK();
            status = Status.SHEDDING;
        } else {
            return Proposal.idle(Status.NEUTRAL.name(), Message.of("sems.why.neutral", price, state.heatPumpCop()));
        }
        Map<String, Double> offsets = new HashMap<>();
        state.buildings().stream().filter(b -> b.use().equals("RESIDENTIAL")).forEach(b -> offsets.put(b.code(), offset));
        return new Proposal(status.name(), Map.of(), offsets, java.util.Set.of(), Message.of("sems.why.tariff", price, state.heatPumpCop(), offset));
    }

    @Override
    public int precedence() {
        return 1;
    }
}
