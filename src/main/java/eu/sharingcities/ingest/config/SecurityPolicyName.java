package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Refusal;
/** The OPC UA security policies the platform accepts, as written in the files. */
public enum SecurityPolicyName {
    NONE("None"), BASIC256SHA256("Basic256Sha256"), AES128_SHA256_RSAOAEP("Aes128_Sha256_RsaOaep"), AES256_SHA256_RSAPSS("Aes256_Sha256_RsaPss");

    private final String written;

    SecurityPolicyName(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    static SecurityPolicyName parse(String text) {
        for (SecurityPolicyName policy : values()) {
            if (policy.written.equalsIgnoreCase(text)) {
                return policy;
            }
        }
        throw new Refusal("config.policy.unknown", text);
    }
}
