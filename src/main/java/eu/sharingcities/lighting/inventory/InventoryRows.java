package eu.sharingcities.lighting.inventory;

import eu.sharingcities.lighting.Equipment;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.text.Message;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of an inventory file (CSV lines or GeoJSON features, as column → text) into
 * lampposts, checking each against the city's groups and districts. Every problem names its row,
 * the column and how to fix it; a file with any problem gives no lampposts at all.
 */
final class InventoryRows {

    /** The columns of the inventory, in the order the platform writes them. */
    static final List<String> COLUMNS = List.of("code", "group", "latitude", "longitude", "street", "district", "cabinet", "circuit",
            "controller", "asset", "luminaire", "rated_w", "lumen", "replaced_lamp", "replaced_w", "installed_on", "equipment");
    static final List<String> REQUIRED = List.of("code", "group", "latitude", "longitude", "street", "cabinet", "luminaire", "rated_w");
    static final int MAX_ROWS = 20_000;
    private static final int MAX_PROBLEMS_LISTED = 20;
    private static final double MAX_WATTS = 2000;

    /** What a file gave: the lampposts read without a problem and the problems; any problem refuses the whole file. */
    record Result(List<Lamppost> lamps, List<Message> problems) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** One row as read: where it is in the file ("line 3", "feature 2") and its cells by column. */
    record Row(Message where, Map<String, String> cells) {
    }

    private final Set<String> groups;
    private final Set<String> districts;
    private final List<Message> problems = new ArrayList<>();
    private final Map<String, Message> codes = new HashMap<>();
    private final Map<String, Message> assets = new HashMap<>();

    private InventoryRows(Set<String> groups, Set<String> districts) {
        this.groups = groups;
        this.districts = districts;
    }

    static Result check(List<Row> rows, Set<String> groups, Set<String> districts) {
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of(Message.of("lampFile.noRows")));
        }
        if (rows.size() > MAX_ROWS) {
            return new Result(List.of(), List.of(Message.of("lampFile.tooMany", rows.size(), MAX_ROWS)));
        }
        InventoryRows check = new InventoryRows(groups, districts);
        List<Lamppost> lamps = new ArrayList<>();
        for (Row row : rows) {
            Lamppost lamp = check.lamp(row);
            if (lamp != null) {
                lamps.add(lamp);
            }
        }
        List<Message> problems = check.problems;
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            List<Message> listed = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_LISTED));
            listed.add(Message.of("lampFile.more", problems.size() - MAX_PROBLEMS_LISTED));
            problems = listed;
        }
        return new Result(lamps, problems);
    }

    private Lamppost lamp(Row row) {
        int before = problems.size();
        Map<String, String> c = row.cells();
        for (String column : REQUIRED) {
            if (text(c, column).isEmpty()) {
                problems.add(Message.of("lampFile.missing", row.where(), column));
            }
        }
        String code = text(c, "code");
        if (!code.isEmpty() && !code.matches("[A-Za-z0-9._/-]{1,32}")) {
            problems.add(Message.of("lampFile.code", row.where(), code));
        }
        Message first = code.isEmpty() ? null : codes.putIfAbsent(code, row.where());
        if (first != null) {
            problems.add(Message.of("lampFile.duplicate", row.where(), code, first));
        }
        String group = text(c, "group");
        if (!group.isEmpty() && !groups.contains(group)) {
            problems.add(Message.of("lampFile.group", row.where(), group, String.join(", ", groups.stream().sorted().toList())));
        }
        String district = text(c, "district");
        if (!district.isEmpty() && !districts.contains(district)) {
            problems.add(Message.of("lampFile.district", row.where(), district, String.join(", ", districts.stream().sorted().toList())));
        }
        String asset = text(c, "asset");
        Message assetFirst = asset.isEmpty() ? null : assets.putIfAbsent(asset, row.where());
        if (assetFirst != null) {
            problems.add(Message.of("lampFile.assetTwice", row.where(), asset, assetFirst));
        }
        Double latitude = number(row, "latitude", -90, 90, true);
        Double longitude = number(row, "longitude", -180, 180, true);
        Double ratedW = number(row, "rated_w", 0.1, MAX_WATTS, true);
        Double replacedW = number(row, "replaced_w", 0.1, MAX_WATTS, false);
        Double lumen = number(row, "lumen", 1, 1_000_000, false);
        LocalDate installed = parsed(row, "installed_on", LocalDate::parse, "lampFile.date");
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (String item : text(c, "equipment").split("[;|]")) {
            if (!item.isBlank()) {
                Equipment.of(item).ifPresentOrElse(equipment::add,
                        () -> problems.add(Message.of("lampFile.equipment", row.where(), item.trim(), Equipment.allWritten())));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Lamppost(code, group, latitude, longitude, text(c, "street"), district.isEmpty() ? null : district, text(c, "cabinet"),
                text(c, "circuit"), text(c, "controller"), asset.isEmpty() ? null : asset, text(c, "luminaire"), ratedW,
                lumen == null ? null : lumen.intValue(), text(c, "replaced_lamp"), replacedW, installed, equipment);
    }

    private Double number(Row row, String column, double min, double max, boolean required) {
        String text = text(row.cells(), column);
        if (text.isEmpty()) {
            return null; // a missing required cell is said once, above
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(Message.of("lampFile.number", row.where(), column, text, min, max));
        return required ? 0.0 : null;
    }

    private <T> T parsed(Row row, String column, Function<String, T> parse, String key) {
        String text = text(row.cells(), column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            problems.add(Message.of(key, row.where(), column, text));
            return null;
        }
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null ? "" : value.trim();
    }
}
