package eu.sharingcities.simulator.model;

import java.time.LocalDate;

/**
 * When the demo's district energy management went live: {@value #GO_LIVE_DAYS_AGO} days before the
 * day the demo's past is made, so the demo's {@link DemoRetrofit#HISTORY_DAYS} days of history hold
 * SEMS's baseline year and a season of it acting, from the same physics, and each city's SEMS page
 * shows a measured saving.
 */
public final class DemoSemsPast {

    public static final int GO_LIVE_DAYS_AGO = 150;

    private DemoSemsPast() {
    }

    public static LocalDate goLive(LocalDate today) {
        return today.minusDays(GO_LIVE_DAYS_AGO);
    }
}
