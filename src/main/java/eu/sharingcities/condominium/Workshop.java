package eu.sharingcities.condominium;

import java.time.LocalDate;

/** A co-design workshop and how many units came. */
public record Workshop(long id, LocalDate heldOn, String topic, int unitsAttending) {
}
