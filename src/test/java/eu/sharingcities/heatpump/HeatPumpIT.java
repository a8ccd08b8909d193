package eu.sharingcities.heatpump;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * London's simulated heat pump through the deployed platform: its months from the demo's history,
 * SPF and the gas-boiler comparison consistent with its own counters and the city's factors, a
 * licence limit passed raising an alarm that clears when the limit is restored, and city isolation.
 */
class HeatPumpIT extends DeployedPlatform {

    private static final String DELTA_ALARM = "River licence: temperature change at discharge (hp1)";

    @Test
    void theHeatPumpsMonthsAreItsCountersOverItsElectricityAndAgainstAGasBoiler() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> heatPump(api).getJsonObject("live").containsKey("heat-output"));
        JsonObject hp = heatPump(api);
        assertThat(hp.getString("name")).isEqualTo("Kingston Heights water-source heat pump (Thames)");
        assertThat(hp.getInt("dwellings")).isEqualTo(137);
        assertThat(hp.getString("boundary")).startsWith("SEPEMO H1 (heat pump unit) and H2 (with the river pumps)");
        assertThat(hp.getJsonArray("months").size()).as("a year and more of demo history").isGreaterThanOrEqualTo(12);

        JsonObject january = hp.getJsonArray("months").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("month").endsWith("-01")).findFirst().orElseThrow();
        double heat = january.getJsonNumber("heatKwh").doubleValue();
        double unit = january.getJsonNumber("heatPumpKwh").doubleValue();
        double pumps = january.getJsonNumber("sourcePumpKwh").doubleValue();
        assertThat(heat).isPositive();
        assertThat(january.getJsonNumber("spfH1").doubleValue()).isCloseTo(heat / unit, within(1e-9));
        assertThat(january.getJsonNumber("spfH2").doubleValue()).isCloseTo(heat / (unit + pumps), within(1e-9))
                .isLessThan(january.getJsonNumber("spfH1").doubleValue());
        // London's factors (migrations V8, V13, V16): boiler 0.88, gas 0.183 kg and 0.08 €, electricity 0.30 € and DESNZ's
        // 0.20705 kg CO2e per kWh for 2024, 0.177 for 2025 (and for 2026 until a 2026 figure is added)
        double electricityKg = Integer.parseInt(january.getString("month").substring(0, 4)) <= 2024 ? 0.20705 : 0.177;
        assertThat(january.getJsonNumber("boilerGasKwh").doubleValue()).isCloseTo(heat / 0.88, within(1e-6));
        assertThat(january.getJsonNumber("kgCo2Saved").doubleValue())
                .isCloseTo(heat / 0.88 * 0.183 - (unit + pumps) * electricityKg, within(1e-6));
        assertThat(january.getJsonNumber("eurSaved").doubleValue()).isCloseTo(heat / 0.88 * 0.08 - (unit + pumps) * 0.30, within(1e-6));

        assertThat(api.get("/api/cities/london/heat-pumps", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.get("/api/cities/milan/heat-pumps", "milan.viewer").body()).isEqualTo("[]");
        Api.Answer efficiency = api.putJson("/api/cities/london/heat-pumps/boiler-efficiency/2026", "london.admin", "{\"efficiency\": 1.5}");
        assertThat(efficiency.json().asJsonObject().getString("error"))
                .isEqualTo("efficiency: the boiler's seasonal efficiency as a fraction, e.g. 0.88 (above 0.3, at most 1.1).");
    }

    @Test
    void aLicenceLimitPassedRaisesAnAlarmAndTheMonthsReportShowsTheDays() throws Exception {
        Api api = new Api(base);
        assertThat(api.putJson("/api/cities/london/heat-pumps/hp1/licence", "lisbon.admin", "{}").status()).isEqualTo(403);
        assertThat(api.putJson("/api/cities/london/heat-pumps/hp1/licence", "london.operator", "{}").status()).isEqualTo(403);
        Api.Answer tight = api.putJson("/api/cities/london/heat-pumps/hp1/licence", "london.admin", """
                {"reference": "test licence", "maxAbstractionM3PerDay": 2500, "maxDischargeDeltaK": 0.0001}""");
        assertThat(tight.status()).as(tight.body()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(60), () -> "ACTIVE_UNACKNOWLEDGED".equals(state(api)));
        assertThat(alarm(api).getString("message")).contains("K colder at discharge than the river; the licence allows 0.00 K");

        assertThat(api.putJson("/api/cities/london/heat-pumps/hp1/licence", "london.admin", """
                {"reference": "test licence", "maxAbstractionM3PerDay": 2500, "maxDischargeDeltaK": 3.5}""").status()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(30), () -> "CLEARED_UNACKNOWLEDGED".equals(state(api)));

        String month = YearMonth.now().toString();
        Api.Answer csv = api.get("/api/cities/london/heat-pumps/hp1/licence-report?month=" + month, "london.viewer", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("day,abstraction_m3,max_discharge_delta_k,abstraction_breached,discharge_breached,missing_data\n" + month);
        assertThat(api.get("/api/cities/london/heat-pumps/hp1/licence-report?month=October", "london.viewer").json().asJsonObject()
                .getString("error")).isEqualTo("month: 'October' is not a month; write it as 2026-10.");
    }

    private static JsonObject heatPump(Api api) {
        return api.get("/api/cities/london/heat-pumps", "london.viewer").json().asJsonArray().getJsonObject(0);
    }

    private static JsonObject alarm(Api api) {
        Api.Answer answer = api.get("/api/cities/london/alarms", "london.viewer");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals(DELTA_ALARM)).findFirst().orElse(null);
    }

    private static String state(Api api) {
        JsonObject alarm = alarm(api);
        return alarm == null ? "none" : alarm.getString("state");
    }
}
