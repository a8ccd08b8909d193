package eu.sharingcities.partners.financing;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calculator fed by a published result's measured saving: the figure is the one the result
 * shows, priced with its city's factor, and the NPV is the hand calculation's at the measured value
 * and at the low end of its 90 % interval; a result with no measured saving is refused; the page in
 * Chromium gives the same NPV.
 */
class FinancingIT extends DeployedPlatform {

    /** a(4 %, 20) = (1 − 1.04⁻²⁰) / 0.04 = 13.590326, from annuity tables. */
    private static final double A_4_20 = 13.590326;

    private final Api api = new Api(base);

    private long result(String title) {
        return api.get("/api/partners/results", null).json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonObject("published").getString("title").equals(title)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aResultsMeasuredSavingIsAppraisedAsMeasuredAndAtTheLowEndOfItsInterval() throws Exception {
        long retrofit = result("Deep retrofit of a Porta Romana condominium");
        JsonObject figure = api.get("/api/partners/results/" + retrofit, null).json().asJsonObject().getJsonArray("figures").getJsonObject(0);
        double saved = figure.getJsonNumber("value").doubleValue(), interval = figure.getJsonNumber("uncertainty90").doubleValue();
        JsonObject gas = api.get("/api/cities/milan/energy-factors", "milan.viewer").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("carrier").equals("GAS")).max(java.util.Comparator.comparingInt(f -> f.getInt("year"))).orElseThrow();
        double price = gas.getJsonNumber("eurPerKwh").doubleValue();
        String question = """
                {"baselineKwh": 200000, "carrier": "GAS", "years": 20, "discountRate": 0.04, "priceEscalation": 0,
                 "financing": {"method": "SELF_FINANCED"}}""";
        String path = "/api/partners/financing/results/" + retrofit + "/appraisal";
        assertThat(api.post(path, null, "application/json", question).status()).isEqualTo(401);
        JsonObject a = api.post(path, "london.contractor", "application/json", question).json().asJsonObject();
        // by hand: 200,000 kWh × saved % × the city's gas price a year for 20 years at 4 %, less the result's 1,250,000
        double yearly = 200_000 * saved / 100 * price, yearlyLow = 200_000 * Math.max(0, saved - interval) / 100 * price;
        assertThat(a.getJsonObject("expected").getJsonNumber("ownerNpv").doubleValue()).isCloseTo(-1_250_000 + yearly * A_4_20, within(1.0));
        assertThat(a.getJsonObject("atLowerBound").getJsonNumber("ownerNpv").doubleValue()).isCloseTo(-1_250_000 + yearlyLow * A_4_20, within(1.0));
        assertThat(a.getJsonObject("saving").getString("method")).isEqualTo(figure.getString("method"));
        assertThat(a.getString("factorSource")).contains(String.valueOf(gas.getInt("year")));

        long bond = result("Green bond for Lisbon's retrofits");
        Api.Answer declared = api.post("/api/partners/financing/results/" + bond + "/appraisal", "london.contractor", "application/json", question);
        assertThat(declared.status()).isEqualTo(400);
        assertThat(declared.body()).contains("has no saving in % that the platform measures now");
        assertThat(api.post(path, "london.contractor", "application/json", question.replace("200000", "0")).body())
                .contains("baselineKwh: give the yearly consumption before the measure");

        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("london.contractor", "demo");
            partner.waitForPath("/london/work-orders");
            partner.open("/partners/financing");
            partner.choose(By.cssSelector("#financing-result input"), "Deep retrofit of a Porta Romana condominium");
            partner.type(By.cssSelector("#financing-baseline input"), "200000");
            partner.type(By.cssSelector("#financing-escalation input"), "0");
            partner.click(By.id("financing-go"));
            String npv = String.format(java.util.Locale.ENGLISH, "%,.0f €", a.getJsonObject("expected").getJsonNumber("ownerNpv").doubleValue());
            partner.waitForContent(By.id("financing-answer"), npv);
            partner.screenshot("partners-financing");
        }
    }
}
