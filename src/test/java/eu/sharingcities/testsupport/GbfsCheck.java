package eu.sharingcities.testsupport;

import org.entur.gbfs.validation.GbfsValidatorFactory;
import org.entur.gbfs.validation.model.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A whole GBFS feed (file name → JSON) checked by entur's validator against the official schemas of its version. */
public final class GbfsCheck {

    private GbfsCheck() {
    }

    public static ValidationResult validate(Map<String, String> files) {
        Map<String, InputStream> streams = files.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8))));
        return GbfsValidatorFactory.getGbfsJsonValidator().validate(streams);
    }
}
