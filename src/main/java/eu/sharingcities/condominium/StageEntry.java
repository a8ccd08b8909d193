package eu.sharingcities.condominium;

import java.time.LocalDate;

/** A stage a condominium entered, and when. */
public record StageEntry(long condominiumId, Stage stage, LocalDate enteredOn, String note) {
}
