package eu.sharingcities.sems;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

/** The strategies a city can run, each with its configuration type and defaults. */
public enum StrategyKind {
    OCCUPANCY_SETBACK(OccupancySetback.Config.class, OccupancySetback.Config.defaults()),
    DEMAND_RESPONSE(DemandResponse.Config.class, DemandResponse.Config.defaults()),
    HEAT_PUMP_TARIFF(HeatPumpTariff.Config.class, HeatPumpTariff.Config.defaults());

    private final Class<? extends Record> configType;
    private final Record defaults;

    StrategyKind(Class<? extends Record> configType, Record defaults) {
        this.configType = configType;
        this.defaults = defaults;
    }

    /** The kind as it appears in URLs and in the name commands are sent in: {@code demand-response}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public Record defaults() {
        return defaults;
    }

    /** The strategy for a configuration as JSON; a wrong one says what is wrong. */
    public Strategy strategy(Jsonb json, String config) {
        Record parsed;
        try {
            parsed = json.fromJson(config, configType);
        } catch (JsonbException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            Message why = cause instanceof IllegalArgumentException refused ? Refusal.reasonOf(refused) : Message.of("text.asIs", cause.getMessage());
            throw new Refusal("sems.refused.config", why, name(), json.toJson(defaults));
        }
        if (parsed == null) {
            throw new Refusal("sems.refused.configObject", json.toJson(defaults));

        }
        return switch (this) {
            case OCCUPANCY_SETBACK -> new OccupancySetback((OccupancySetback.Config) parsed);
            case DEMAND_RESPONSE -> new DemandResponse((DemandResponse.Config) parsed);
            case HEAT_PUMP_TARIFF -> new HeatPumpTariff((HeatPumpTariff.Config) parsed);
        };
    }
}
