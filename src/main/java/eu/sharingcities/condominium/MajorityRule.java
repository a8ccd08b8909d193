package eu.sharingcities.condominium;

/**
 * The majorities of the Italian Civil Code (as reformed by Law 220/2012) for resolutions of a
 * condominium assembly, and of the law on energy works: always a majority of the owners present
 * ("maggioranza degli intervenuti") with at least a share of the whole building's value, in
 * millesimi of 1,000.
 */
public enum MajorityRule {
    /** Art. 1136 c. 2 (first call) and c. 3 (second call): ordinary business. */
    ORDINARY("art. 1136 c. 2–3 c.c.", 500, 1000.0 / 3),
    /** Art. 1136 c. 4: extraordinary maintenance of significant amount, in either call. */
    EXTRAORDINARY_WORKS("art. 1136 c. 4 c.c.", 500, 500),
    /** Art. 1120 c. 2 n. 2 with art. 1136 c. 2: works to cut the building's energy use. */
    ENERGY_EFFICIENCY("art. 1120 c. 2 n. 2 and art. 1136 c. 2 c.c.", 500, 500),
    /** D.L. 34/2020 art. 119 c. 9-bis: works for the 110 % tax credit ("Superbonus") and its financing. */
    SUPERBONUS("art. 119 c. 9-bis D.L. 34/2020", 1000.0 / 3, 1000.0 / 3),
    /** Art. 1120 c. 1 with art. 1136 c. 5: other innovations, two thirds of the value. */
    INNOVATION("art. 1120 c. 1 and art. 1136 c. 5 c.c.", 2000.0 / 3, 2000.0 / 3);

    private final String legalBasis;
    private final double firstCallMillesimi;
    private final double secondCallMillesimi;

    MajorityRule(String legalBasis, double firstCallMillesimi, double secondCallMillesimi) {
        this.legalBasis = legalBasis;
        this.firstCallMillesimi = firstCallMillesimi;
        this.secondCallMillesimi = secondCallMillesimi;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The value in favour needed, in millesimi. */
    public double requiredMillesimi(Convocation convocation) {
        return convocation == Convocation.FIRST ? firstCallMillesimi : secondCallMillesimi;
    }
}
