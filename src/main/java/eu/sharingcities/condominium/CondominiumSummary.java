package eu.sharingcities.condominium;

import java.time.LocalDate;

/** A condominium as the pipeline board shows it. */
public record CondominiumSummary(long id, String cityCode, String name, String address, String administrator, DeliveryPath path,
                                 String escoOrganisation, Stage stage, LocalDate stageSince, int units, String buildingCode) {
}
