package eu.sharingcities.sems;

/** A SEMS strategy: a typed configuration, a status, and a proposal for each control cycle. */
public sealed interface Strategy permits OccupancySetback, DemandResponse, HeatPumpTariff {

    Proposal propose(DistrictState state, DistrictSettings settings);

    /** Which strategy wins where two offset the same building: the higher. */
    int precedence();
}
