package eu.sharingcities.condominium;

/** How a condominium's retrofit is brought to a decision: with co-design workshops, or straight to the assembly. */
public enum DeliveryPath {
    CO_DESIGN, CONVENTIONAL
}
