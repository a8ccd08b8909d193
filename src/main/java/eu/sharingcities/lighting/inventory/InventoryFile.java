package eu.sharingcities.lighting.inventory;

import eu.sharingcities.api.CsvCell;
import eu.sharingcities.lighting.Equipment;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.text.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A city's lamppost inventory as a file: CSV with the columns of {@link InventoryRows#COLUMNS}
 * (commas or semicolons; equipment separated by ';' inside its cell) or GeoJSON (RFC 7946): a
 * FeatureCollection of Point features, coordinates [longitude, latitude] (section 3.1.1), the
 * other columns as properties. Reading either gives the lampposts and the problems; a caller stores
 * nothing of a file with any problem.
 */
public final class InventoryFile {

    private InventoryFile() {
    }

    static InventoryRows.Result readCsv(String content, Set<String> groups, Set<String> districts) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        char delimiter = text.lines().findFirst().orElse("").indexOf(';') >= 0 && text.lines().findFirst().orElse("").indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = InventoryRows.REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            List<String> unknown = header.stream().filter(c -> !InventoryRows.COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                return refused(Message.of("lampFile.header", String.join(", ", missing), String.join(", ", unknown),
                        String.join(",", InventoryRows.COLUMNS)));
            }
            List<InventoryRows.Row> rows = new ArrayList<>();
            List<Message> problems = new ArrayList<>();
            for (CSVRecord record : parser) {
                Message where = Message.of("lampFile.line", record.getParser().getCurrentLineNumber());
                if (!record.isConsistent()) {
                    problems.add(Message.of("lampFile.columns", where, record.size(), header.size()));
                    continue;
                }
                rows.add(new InventoryRows.Row(where, record.toMap()));
            }
            return problems.isEmpty() ? InventoryRows.check(rows, groups, districts) : new InventoryRows.Result(List.of(), problems);
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return refused(Message.of("lampFile.notCsv", e.getMessage()));
        }
    }

    static InventoryRows.Result readGeoJson(String content, Set<String> groups, Set<String> districts) {
        JsonObject collection;
        try (var reader = Json.createReader(new StringReader(content))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject o) || !"FeatureCollection".equals(o.getString("type", "")) || !(o.get("features") instanceof JsonArray)) {
                return refused(Message.of("lampFile.notCollection"));
            }
            collection = o;
        } catch (JsonParsingException e) {
            return refused(Message.of("lampFile.notJson", e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), e.getMessage()));
        } catch (RuntimeException e) {
            return refused(Message.of("lampFile.notJson", 0, e.getMessage()));
        }
        List<InventoryRows.Row> rows = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        JsonArray features = collection.getJsonArray("features");
        for (int i = 0; i < features.size(); i++) {
            Message where = Message.of("lampFile.feature", i + 1);
            JsonObject feature = features.get(i) instanceof JsonObject f ? f : null;
            JsonObject geometry = feature != null && feature.get("geometry") instanceof JsonObject g ? g : null;
            JsonArray coordinates = geometry != null && "Point".equals(geometry.getString("type", "")) && geometry.get("coordinates") instanceof JsonArray a
                    && a.size() >= 2 && a.get(0) instanceof JsonNumber && a.get(1) instanceof JsonNumber ? a : null;
            if (coordinates == null) {
                problems.add(Message.of("lampFile.notPoint", where));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            if (feature.get("properties") instanceof JsonObject properties) {
                properties.forEach((name, v) -> cells.put(name, cell(v)));
            }
            cells.put("longitude", coordinates.getJsonNumber(0).toString());
            cells.put("latitude", coordinates.getJsonNumber(1).toString());
            rows.add(new InventoryRows.Row(where, cells));
        }
        return problems.isEmpty() ? InventoryRows.check(rows, groups, districts) : new InventoryRows.Result(List.of(), problems);
    }

    /** A property as a cell: text as is, numbers as written, equipment lists joined with ';', null as empty. */
    private static String cell(JsonValue value) {
        return switch (value) {
            case JsonString s -> s.getString();
            case JsonArray a -> a.stream().map(InventoryFile::cell).collect(Collectors.joining(";"));
            case JsonNumber n -> n.toString();
            default -> value == JsonValue.NULL ? "" : value.toString();
        };
    }

    public static String csv(List<Lamppost> lamps) {
        StringBuilder out = new StringBuilder(String.join(",", InventoryRows.COLUMNS)).append("\r\n");
        for (Lamppost l : sorted(lamps)) {
            out.append(String.join(",", CsvCell.of(l.code()), CsvCell.of(l.group()), Double.toString(l.latitude()), Double.toString(l.longitude()),
                    CsvCell.of(l.street()), CsvCell.of(l.district()), CsvCell.of(l.cabinet()), CsvCell.of(l.circuit()), CsvCell.of(l.controller()),
                    CsvCell.of(l.asset()), CsvCell.of(l.luminaire()), number(l.ratedW()), l.lumen() == null ? "" : l.lumen().toString(),
                    CsvCell.of(l.replacedLamp()), l.replacedW() == null ? "" : number(l.replacedW()),
                    l.installedOn() == null ? "" : l.installedOn().toString(), CsvCell.of(equipment(l, ";")))).append("\r\n");
        }
        return out.toString();
    }

    public static String geoJson(List<Lamppost> lamps) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Lamppost l : sorted(lamps)) {
            JsonObjectBuilder p = Json.createObjectBuilder().add("code", l.code()).add("group", l.group()).add("street", l.street())
                    .add("cabinet", l.cabinet()).add("circuit", l.circuit()).add("controller", l.controller())
                    .add("luminaire", l.luminaire()).add("rated_w", l.ratedW()).add("replaced_lamp", l.replacedLamp());
            optional(p, "district", l.district());
            optional(p, "asset", l.asset());
            if (l.lumen() != null) {
                p.add("lumen", l.lumen());
            }
            if (l.replacedW() != null) {
                p.add("replaced_w", l.replacedW());
            }
            optional(p, "installed_on", l.installedOn() == null ? null : l.installedOn().toString());
            JsonArrayBuilder equipment = Json.createArrayBuilder();
            l.equipment().stream().map(Equipment::written).sorted().forEach(equipment::add);
            p.add("equipment", equipment);
            features.add(Json.createObjectBuilder().add("type", "Feature").add("id", l.code())
                    .add("geometry", Json.createObjectBuilder().add("type", "Point")
                            .add("coordinates", Json.createArrayBuilder().add(l.longitude()).add(l.latitude())))
                    .add("properties", p));
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build().toString();
    }

    private static InventoryRows.Result refused(Message problem) {
        return new InventoryRows.Result(List.of(), List.of(problem));
    }

    private static void optional(JsonObjectBuilder p, String name, String value) {
        if (value != null) {
            p.add(name, value);
        }
    }

    private static List<Lamppost> sorted(List<Lamppost> lamps) {
        return lamps.stream().sorted(Comparator.comparing(Lamppost::code)).toList();
    }

    private static String equipment(Lamppost l, String separator) {
        return l.equipment().stream().map(Equipment::written).sorted().collect(Collectors.joining(separator));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
