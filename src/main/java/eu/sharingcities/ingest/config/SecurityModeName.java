package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Refusal;
/** OPC UA message security modes, as written in the files. */
public enum SecurityModeName {
    NONE("None"), SIGN("Sign"), SIGN_AND_ENCRYPT("SignAndEncrypt");

    private final String written;

    SecurityModeName(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    static SecurityModeName parse(String text) {
        for (SecurityModeName mode : values()) {
            if (mode.written.equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new Refusal("config.mode.unknown", text);
    }
}
