package eu.sharingcities.buildings;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The decimal mark of a meter file's numbers, decided from the whole column, never guessed from
 * one value or from the column delimiter: a file must never change magnitude by a guess
 * ({@code 612.41} read as 61241). A value such as {@code 612.41} or {@code 1.234,5} says which
 * mark is the decimal one; a value such as {@code 1.234} or {@code 1,234} could be either (a
 * thousands separator or three decimals). A column whose values disagree, or that holds only
 * undecided values, is refused: the importer states the mark instead.
 */
public enum DecimalMark {
    POINT('.', ','), COMMA(',', '.');

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final char decimal;
    private final char grouping;

    DecimalMark(char decimal, char grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    /** The mark as a person writes it ("." or ",", or the names); empty when not given. */
    public static Optional<DecimalMark> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case ".", "point", "dot" -> Optional.of(POINT);
            case ",", "comma" -> Optional.of(COMMA);
            default -> throw new Refusal("field.expected", "decimalMark", Message.of("meterFile.mark", name));
        };
    }

    /** The mark the column shows, or the problem that stops a decision (naming the rows). */
    public static Decision detect(List<String> values, List<Long> rows) {
        List<Message> point = new ArrayList<>(), comma = new ArrayList<>(), undecided = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Message where = Message.of("meterFile.value", rows.get(i), values.get(i));
            switch (evidence(values.get(i).trim())) {
                case POINT_DECIMAL -> point.add(where);
                case COMMA_DECIMAL -> comma.add(where);
                case EITHER -> undecided.add(where);
                case NONE -> { }
            }
        }
        if (!point.isEmpty() && !comma.isEmpty()) {
            return Decision.problem(Message.of("meterFile.mixedMarks", point.get(0), comma.get(0)));
        }
        if (!point.isEmpty()) {
            return Decision.of(POINT);
        }
        if (!comma.isEmpty()) {
            return Decision.of(COMMA);
        }
        if (!undecided.isEmpty()) {
            return Decision.problem(Message.of("meterFile.undecided", undecided.get(0)));
        }
        return Decision.of(POINT); // whole numbers only: either mark reads them the same
    }

    private enum Evidence { NONE, POINT_DECIMAL, COMMA_DECIMAL, EITHER }

    private static Evidence evidence(String value) {
        int points = count(value, '.'), commas = count(value, ',');
        if (points > 0 && commas > 0) {
            return value.lastIndexOf('.') > value.lastIndexOf(',') ? Evidence.POINT_DECIMAL : Evidence.COMMA_DECIMAL;
        }
        if (points + commas == 0) {
            return Evidence.NONE;
        }
        char mark = points > 0 ? '.' : ',';
        String whole = value.substring(value.startsWith("-") ? 1 : 0, value.indexOf(mark));
        // one mark is a decimal one unless exactly three digits follow it after a group a thousands separator could end
        boolean markIsDecimal = count(value, mark) == 1
                && (value.length() - value.indexOf(mark) - 1 != 3 || whole.length() > 3 || whole.equals("0") || whole.isEmpty());
        boolean markIsGrouping = count(value, mark) > 1;
        if (markIsDecimal) {
            return mark == '.' ? Evidence.POINT_DECIMAL : Evidence.COMMA_DECIMAL;
        }
        if (markIsGrouping) {
            return mark == '.' ? Evidence.COMMA_DECIMAL : Evidence.POINT_DECIMAL;
        }
        return Evidence.EITHER;
    }

    private static int count(String value, char c) {
        return (int) value.chars().filter(ch -> ch == c).count();
    }

    /**
     * The value read with this mark: thousands separators only between groups of three digits.
     *
     * @throws NumberFormatException when it is not a number written with this mark
     */
    public BigDecimal parse(String value) {
        String v = value.trim();
        String sign = v.startsWith("-") ? "-" : "";
        String body = sign.isEmpty() ? v : v.substring(1);
        int decimalAt = body.indexOf(decimal);
        String whole = decimalAt < 0 ? body : body.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : body.substring(decimalAt + 1);
        String[] groups = whole.split(Pattern.quote(String.valueOf(grouping)), -1);
        for (int i = 0; i < groups.length; i++) {
            boolean groupOk = DIGITS.matcher(groups[i]).matches() && (i == 0 ? groups.length == 1 || groups[i].length() <= 3 : groups[i].length() == 3);
            if (!groupOk) {
                throw new NumberFormatException(value);
            }
        }
        if (decimalAt >= 0 && !DIGITS.matcher(fraction).matches()) {
            throw new NumberFormatException(value);
        }
        return new BigDecimal(sign + String.join("", groups) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** What the column shows: a mark, or why none can be taken. */
    public record Decision(Optional<DecimalMark> mark, Message problem) {

        static Decision of(DecimalMark mark) {
            return new Decision(Optional.of(mark), null);
        }

        static Decision problem(Message problem) {
            return new Decision(Optional.empty(), problem);
        }
    }
}
