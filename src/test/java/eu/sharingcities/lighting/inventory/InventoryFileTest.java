package eu.sharingcities.lighting.inventory;

import eu.sharingcities.lighting.Equipment;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.text.Message;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryFileTest {

    private static final Set<String> GROUPS = Set.of("trafalgar-road", "residential-east");
    private static final Set<String> DISTRICTS = Set.of("Royal Borough of Greenwich");

    private static final String CSV = """
            code,group,latitude,longitude,street,district,cabinet,circuit,controller,asset,luminaire,rated_w,lumen,replaced_lamp,replaced_w,installed_on,equipment
            GRW-0001,trafalgar-road,51.4851,-0.0032,Trafalgar Road,Royal Borough of Greenwich,FP-12,2,Telensa T-NODE 4521,lighting/l0001,Philips Luma 2 BGP702,60,8400,SON-T 150 W,168,2017-05-31,ev-charger;wifi
            GRW-0002,residential-east,51.4853,-0.0029,"Azof Street, east side",,FP-12,1,,,Philips Luma 1,29.5,,,,,
            """;

    @Test
    void aCsvInventoryIsReadWithEveryColumn() {
        InventoryRows.Result read = InventoryFile.readCsv(CSV, GROUPS, DISTRICTS);

        assertThat(read.problems()).isEmpty();
        Lamppost first = read.lamps().getFirst();
        assertThat(first).isEqualTo(new Lamppost("GRW-0001", "trafalgar-road", 51.4851, -0.0032, "Trafalgar Road", "Royal Borough of Greenwich",
                "FP-12", "2", "Telensa T-NODE 4521", "lighting/l0001", "Philips Luma 2 BGP702", 60, 8400, "SON-T 150 W", 168.0,
                LocalDate.of(2017, 5, 31), Set.of(Equipment.EV_CHARGER, Equipment.WIFI)));
        Lamppost second = read.lamps().get(1);
        assertThat(second.street()).isEqualTo("Azof Street, east side");
        assertThat(second.asset()).isNull();
        assertThat(second.district()).isNull();
        assertThat(second.replacedW()).isNull();
        assertThat(second.equipment()).isEmpty();
    }

    @Test
    void whatIsWrittenAsCsvOrGeoJsonReadsBackTheSame() {
        List<Lamppost> lamps = InventoryFile.readCsv(CSV, GROUPS, DISTRICTS).lamps();

        assertThat(InventoryFile.readCsv(InventoryFile.csv(lamps), GROUPS, DISTRICTS).lamps()).isEqualTo(lamps);
        assertThat(InventoryFile.readGeoJson(InventoryFile.geoJson(lamps), GROUPS, DISTRICTS).lamps()).isEqualTo(lamps);
    }

    @Test
    void geoJsonCoordinatesAreLongitudeThenLatitude() {
        String geoJson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.2010, 45.4420]},
                   "properties": {"code": "MI-1", "group": "residential-east", "street": "Via Ripamonti", "cabinet": "Q1", "luminaire": "AEC Italo 1", "rated_w": 38}}]}""";
        Lamppost lamp = InventoryFile.readGeoJson(geoJson, GROUPS, DISTRICTS).lamps().getFirst();
        assertThat(lamp.latitude()).isEqualTo(45.4420);
        assertThat(lamp.longitude()).isEqualTo(9.2010);
        assertThat(lamp.ratedW()).isEqualTo(38);
    }

    @Test
    void everyBadRowIsNamedWithItsLineAndFixAndNothingIsTaken() {
        String bad = """
                code,group,latitude,longitude,street,district,cabinet,circuit,controller,asset,luminaire,rated_w,lumen,replaced_lamp,replaced_w,installed_on,equipment
                GRW-0001,trafalgar-road,51.4851,-0.0032,Trafalgar Road,,FP-12,,,lighting/l0001,Luma,60,,,,,
                GRW-0002,main-roads,151.4,-0.0032,Trafalgar Road,Greenwich,FP-12,,,lighting/l0001,Luma,sixty,,,,31/05/2017,
                GRW-0001,trafalgar-road,51.4851,-0.0032,,,FP-12,,,,Luma,60,,,,,solar-panel
                """;
        InventoryRows.Result read = InventoryFile.readCsv(bad, GROUPS, DISTRICTS);

        assertThat(read.accepted()).isFalse();
        assertThat(read.lamps()).as("read without a problem, to be checked against the stored ones").extracting(Lamppost::code).containsExactly("GRW-0001");
        assertThat(read.problems().stream().map(Message::english)).containsExactly(
                "line 3, column group: there is no group main-roads; use one of: residential-east, trafalgar-road",
                "line 3, column district: there is no district Greenwich; use one of: Royal Borough of Greenwich",
                "line 3, column asset: lighting/l0001 is already the controller asset of line 2; a controller asset belongs to one lamppost",
                "line 3, column latitude: ’151.4’ is not a number from -90 to 90 (decimal point)",
                "line 3, column rated_w: ’sixty’ is not a number from 0.1 to 2000 (decimal point)",
                "line 3, column installed_on: ’31/05/2017’ is not a date; write it as 2024-05-31",
                "line 4, column street: empty; every lamppost needs it",
                "line 4: the code GRW-0001 is already used at line 2; each lamppost once",
                "line 4, column equipment: ’solar-panel’ is not known; use environment-sensor, ev-charger, wifi, cctv, small-cell, separated by ;");
    }

    @Test
    void aFileOfAnotherShapeIsRefusedWithWhatToDo() {
        assertThat(InventoryFile.readCsv("id,lat,lon\n1,2,3\n", GROUPS, DISTRICTS).problems().getFirst().english())
                .startsWith("the header lacks the columns [code, group, latitude, longitude, street, cabinet, luminaire, rated_w] and has columns it does not know [id, lat, lon]");
        assertThat(InventoryFile.readGeoJson("{\"type\": \"Feature\"}", GROUPS, DISTRICTS).problems().getFirst().english())
                .contains("not a GeoJSON FeatureCollection");
        assertThat(InventoryFile.readGeoJson("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": "
                + "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}, \"properties\": {}}]}", GROUPS, DISTRICTS).problems().getFirst().english())
                .isEqualTo("feature 1 has no Point geometry with [longitude, latitude]; a lamppost is a point");
        assertThat(InventoryFile.readGeoJson("{\"type\": ", GROUPS, DISTRICTS).problems().getFirst().english()).startsWith("the file is not JSON");
    }
}
