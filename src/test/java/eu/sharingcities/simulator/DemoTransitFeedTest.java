package eu.sharingcities.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mobilitydata.gtfsvalidator.input.CountryCode;
import org.mobilitydata.gtfsvalidator.runner.ApplicationType;
import org.mobilitydata.gtfsvalidator.runner.ValidationRunner;
import org.mobilitydata.gtfsvalidator.runner.ValidationRunnerConfig;
import org.mobilitydata.gtfsvalidator.util.VersionResolver;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each city's demo GTFS feed passes MobilityData's GTFS validator without an error (warnings allowed), offline. */
class DemoTransitFeedTest {

    @Test
    void everyCitysDemoFeedHasNoErrorByTheCanonicalValidator(@TempDir Path dir) throws Exception {
        for (String city : List.of("london", "warsaw")) {
            Path feed = dir.resolve(city + ".zip");
            Files.write(feed, DemoTransitFeed.zip(city));
            Path out = dir.resolve(city);
            ValidationRunnerConfig config = ValidationRunnerConfig.builder().setGtfsSource(feed.toUri()).setOutputDirectory(out)
                    .setCountryCode(CountryCode.forStringOrUnknown(city.equals("london") ? "GB" : "PL"))
                    .setDateForValidation(LocalDate.of(2026, 12, 1)).setSkipValidatorUpdate(true).build(); // no call to the validator's site
            ValidationRunner.Status status = new ValidationRunner(new VersionResolver(ApplicationType.CLI)).run(config);
            assertThat(status).isEqualTo(ValidationRunner.Status.SUCCESS);
            JsonObject report = Json.createReader(new StringReader(Files.readString(out.resolve("report.json")))).readObject();
            assertThat(report.getJsonArray("notices").getValuesAs(JsonObject.class)).as(city)
                    .filteredOn(n -> n.getString("severity").equals("ERROR")).extracting(n -> n.getString("code")).isEmpty();
        }
    }
}
