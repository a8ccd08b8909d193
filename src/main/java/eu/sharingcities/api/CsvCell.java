package eu.sharingcities.api;

/**
 * One text cell of a CSV the platform writes. A cell a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return: OWASP "CSV Injection") gets a leading
 * apostrophe, and a cell with a comma, quote or line break is quoted (RFC 4180 section 2).
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
