package eu.sharingcities.alarms;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ISA-18.2's performance measures on an hour worked by hand: six 10-minute periods.
 * Rule A at 1:00, 1:20 and 1:40 (three in 40 s: chattering); rule B every 45 s from 10:00 to
 * 18:15 (12 alarms in the second period: a flood, more than 10; no three within a minute);
 * rule C at 35:00. 16 alarms in 6 periods: 16/6 = 2.667 per 10 minutes.
 */
class AlarmPerformanceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void theHourWorkedByHand() {
        List<AlarmPerformance.Raised> raised = new ArrayList<>();
        for (int s : new int[]{60, 80, 100}) {
            raised.add(new AlarmPerformance.Raised(1, "A", T0.plusSeconds(s)));
        }
        for (int i = 0; i < 12; i++) {
            raised.add(new AlarmPerformance.Raised(2, "B", T0.plusSeconds(600 + 45L * i)));
        }
        raised.add(new AlarmPerformance.Raised(3, "C", T0.plusSeconds(35 * 60)));
        List<Instant> active = List.of(T0.minus(Duration.ofHours(30)), T0.plusSeconds(50 * 60)); // one active for more than 24 h

        AlarmPerformance p = AlarmPerformance.of(raised, active, T0, T0.plus(Duration.ofHours(1)), 1);

        assertThat(p.alarms()).isEqualTo(16);
        assertThat(p.averagePer10Minutes()).isCloseTo(16.0 / 6, within(1e-12));
        assertThat(p.maxIn10Minutes()).isEqualTo(12);
        assertThat(p.percentPeriodsInFlood()).isCloseTo(100.0 / 6, within(1e-12)); // 1 of 6 periods
        assertThat(p.floods()).isEqualTo(1);
        assertThat(p.topTen()).extracting(AlarmPerformance.BadActor::rule).containsExactly("B", "A", "C");
        assertThat(p.topTen().getFirst().percent()).isCloseTo(75, within(1e-12)); // 12 of 16
        assertThat(p.chattering()).extracting(AlarmPerformance.BadActor::rule).containsExactly("A");
        assertThat(p.standing()).isEqualTo(2);
        assertThat(p.stale()).isEqualTo(1);
        assertThat(p.missedTargets()).hasSize(4)
                .anySatisfy(m -> assertThat(m.english()).startsWith("2.67 alarms per 10 minutes"))
                .anySatisfy(m -> assertThat(m.english()).startsWith("16.7 % of 10-minute periods in flood"))
                .anySatisfy(m -> assertThat(m.english()).startsWith("12 alarms in one 10-minute period"))
                .anySatisfy(m -> assertThat(m.english()).startsWith("1 chattering alarm(s)"));
    }

    @Test
    void aQuietWeekMeetsEveryTarget() {
        List<AlarmPerformance.Raised> raised = List.of(new AlarmPerformance.Raised(1, "A", T0.plusSeconds(3600)),
                new AlarmPerformance.Raised(2, "B", T0.plus(Duration.ofDays(2))));
        AlarmPerformance p = AlarmPerformance.of(raised, List.of(), T0, T0.plus(Duration.ofDays(7)), 1);

        assertThat(p.averagePer10Minutes()).isCloseTo(2.0 / 1008, within(1e-12)); // 7 days = 1,008 periods
        assertThat(p.floods()).isZero();
        assertThat(p.missedTargets()).isEmpty();
    }
}
