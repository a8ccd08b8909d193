package eu.sharingcities.buildings.mv;

/** The CalTRACK candidate models: usage per day against heating and/or cooling degree days. */
public enum ModelKind {
    INTERCEPT_ONLY("intercept only"),
    HDD("heating degree days"),
    CDD("cooling degree days"),
    HDD_CDD("heating and cooling degree days");

    private final String description;

    ModelKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
