package eu.sharingcities.buildings;

/** The catalogue of retrofit measures a project is made of. */
public enum RetrofitMeasure {
    ENVELOPE_INSULATION, WINDOWS, HEAT_PUMP, SMART_CONTROLS, LED_LIGHTING, PHOTOVOLTAICS, HEAT_RECOVERY_VENTILATION
}
