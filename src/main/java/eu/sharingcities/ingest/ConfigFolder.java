package eu.sharingcities.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The folder of per-city configuration files, {@code PLATFORM_OPCUA_CONFIG}: one {@code <city>.yaml} (or .json) each. */
record ConfigFolder(Path dir) {

    private static final Logger LOG = Logger.getLogger(ConfigFolder.class.getName());

    List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            LOG.warning("ingestion: the configuration folder " + dir.toAbsolutePath() + " does not exist");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.(ya?ml|json)")).sorted().toList();
        }
    }

    Optional<Path> fileOf(String cityCode) throws IOException {
        return files().stream().filter(f -> f.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "").equals(cityCode)).findFirst();
    }
}
