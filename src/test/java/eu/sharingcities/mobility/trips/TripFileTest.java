package eu.sharingcities.mobility.trips;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An operator's trip export in the system-data columns (Lyft's format, as Citi Bike and Divvy publish it). */
class TripFileTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void readsTheOperatorsColumnsWithLocalTimesInTheCitysZone() {
        // rows as Lyft's system-data files write them: local times with milliseconds, other columns the platform does not need
        String csv = """
                "ride_id","rideable_type","started_at","ended_at","start_station_name","start_station_id","end_station_name","end_station_id","member_casual"
                "A1B2","electric_bike","2026-06-01 07:10:00.123","2026-06-01 07:25:30","Trafalgar Road","S1","Azof Street","S2","member"
                "C3D4","classic_bike","2026-06-01T16:00:00Z","2026-06-01T16:12:00Z","Azof Street","S2","Trafalgar Road","S1","casual"
                """;
        List<OperatorTrip> trips = TripFile.read(csv, LONDON);
        assertThat(trips).containsExactly(
                new OperatorTrip("A1B2", Instant.parse("2026-06-01T06:10:00.123Z"), Instant.parse("2026-06-01T06:25:30Z"), "S1", "S2", null),
                new OperatorTrip("C3D4", Instant.parse("2026-06-01T16:00:00Z"), Instant.parse("2026-06-01T16:12:00Z"), "S2", "S1", null));
    }

    @Test
    void readsTheDistanceWhereTheExportHasIt() {
        String csv = "ride_id,started_at,ended_at,start_station_id,end_station_id,distance_m\n"
                + "1,2026-06-01 07:00:00,2026-06-01 07:10:00,S1,S2,1834.5\n2,2026-06-01 08:00:00,2026-06-01 08:10:00,S2,S1,\n";
        assertThat(TripFile.read(csv, LONDON)).extracting(OperatorTrip::metres).containsExactly(1834.5, null);
    }

    @Test
    void refusesTheWholeFileWithEachProblemsRowAndFix() {
        String csv = "ride_id,started_at,ended_at,start_station_id,end_station_id,distance_m\n"
                + "1,2026-06-01 07:00:00,2026-06-01 06:00:00,S1,S2,100\n"
                + "2,01/06/2026 07:00,2026-06-01 07:10:00,S1,S2,100\n"
                + "3,2026-06-01 07:00:00,2026-06-01 07:10:00,,S2,100\n"
                + "4,2026-06-01 07:00:00,2026-06-01 07:10:00,S1,S2,far\n"
                + "1,2026-06-01 09:00:00,2026-06-01 09:10:00,S1,S2,100\n"
                + "6,2026-06-01 07:00:00,2026-06-03 07:10:00,S1,S2,100\n"
                + "7,2026-06-01 09:00:00\n";
        assertThatThrownBy(() -> TripFile.read(csv, LONDON)).isInstanceOf(TripFileRefused.class)
                .hasMessageContaining("nothing of it was kept")
                .hasMessageContaining("row 2: ended_at 2026-06-01 06:00:00 is before started_at 2026-06-01 07:00:00")
                .hasMessageContaining("row 3: started_at '01/06/2026 07:00' is not a time; write 2026-06-01T07:10:00+01:00 or 2026-06-01 07:10:00")
                .hasMessageContaining("row 4: a trip without its start and end station")
                .hasMessageContaining("row 5: distance_m 'far' is not a number")
                .hasMessageContaining("row 6: ride_id 1 is in the file twice")
                .hasMessageContaining("row 7: a trip of more than 24 hours")
                .hasMessageContaining("row 8: 2 columns where the header has 6");
    }

    @Test
    void refusesAFileWithoutTheColumnsAndSaysWhichAreNeeded() {
        assertThatThrownBy(() -> TripFile.read("id,start,end\n1,2,3\n", LONDON))
                .hasMessageContaining("the header lacks ride_id, started_at, ended_at, start_station_id, end_station_id");
        assertThatThrownBy(() -> TripFile.read("ride_id,started_at,ended_at,start_station_id,end_station_id\n", LONDON))
                .hasMessageContaining("the file has no trips");
    }
}
