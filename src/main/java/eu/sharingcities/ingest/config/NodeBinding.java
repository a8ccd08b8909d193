package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Refusal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OPC UA node named by its namespace URI, never by index: {@code nsu=<uri>;s=<id>} (also
 * {@code i=}, {@code g=}, {@code b=}). Namespace indexes differ between servers and restarts; the
 * URI does not.
 */
public record NodeBinding(String namespaceUri, char identifierType, String identifier) {

    private static final Pattern FORMAT = Pattern.compile("nsu=([^;]+);([sigb])=(.+)");

    public NodeBinding {
        if (namespaceUri == null || namespaceUri.isBlank() || identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("a node needs a namespace URI and an identifier");
        }
        if ("sigb".indexOf(identifierType) < 0) {
            throw new IllegalArgumentException("identifier type must be s, i, g or b");
        }
    }

    /** Parses {@code nsu=...;s=...}; the message of the exception says how to write it instead. */
    public static NodeBinding parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher m = FORMAT.matcher(value);
        if (m.matches()) {
            return new NodeBinding(m.group(1), m.group(2).charAt(0), m.group(3));
        }
        if (value.startsWith("ns=")) {
            throw new Refusal("config.node.index", value, "nsu=urn:vendor:bms;" + value.substring(value.indexOf(';') + 1));
        }
        throw new Refusal("config.node", value);
    }

    @Override
    public String toString() {
        return "nsu=" + namespaceUri + ";" + identifierType + "=" + identifier;
    }
}
