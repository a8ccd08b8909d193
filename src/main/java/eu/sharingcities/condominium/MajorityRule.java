package eu.sharingcities.condominium;

/**
 * The majorities of the Italian Civil Code (as reformed by Law 220/2012) for resolutions of a
 * condominium assembly, and of the laws on energy works: always a majority of the owners present
 * ("maggioranza degli intervenuti") with at least a share of the whole building's value, in
 * millesimi of 1,000. Which rule applies depends on what is decided, and the form says why
 * (translations {@code assembly.rule.*.applies}): energy works that an energy audit or certificate identifies need a third
 * of the value, the same works without one (and renewable plants) need half.
 */
public enum MajorityRule {
    /** Art. 1136 c. 2 (first call) and c. 3 (second call): ordinary business. */
    ORDINARY("art. 1136 c. 2–3 c.c.", 500, 1000.0 / 3),
    /** Art. 1136 c. 4: extraordinary maintenance of significant amount, in either call. */
    EXTRAORDINARY_WORKS("art. 1136 c. 4 c.c.", 500, 500),
    /**
     * L. 10/1991 art. 26 c. 2, as replaced by L. 220/2012 art. 28: works to cut the building's
     * energy use identified by an energy performance certificate (APE) or an energy audit by a
     * qualified technician pass in either call with a third of the value.
     */
    ENERGY_EFFICIENCY("art. 26 c. 2 L. 10/1991 (as replaced by art. 28 L. 220/2012)", 1000.0 / 3, 1000.0 / 3),
    /**
     * Art. 1120 c. 2 n. 2 with art. 1136 c. 2: energy-saving works not backed by a certificate or
     * audit, and plants producing energy from cogeneration, wind, sun or other renewables on
     * common surfaces, need half of the value in either call.
     */
    ENERGY_INNOVATION("art. 1120 c. 2 n. 2 and art. 1136 c. 2 c.c.", 500, 500),
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
