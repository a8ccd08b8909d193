package eu.sharingcities.partners;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner organisations: a partner edits only its own organisation's draft, which nobody else
 * sees until consortium staff publish it; a bad profile is refused with its field and fix; the
 * public sees published profiles without their people; every step is audited.
 */
class PartnersIT extends DeployedPlatform {

    private static final String DRAFT = """
            {"name": "Energia Condivisa S.p.A.", "type": "ESCO", "website": "https://energia-condivisa.example",
             "description": {"en": "Deep retrofits under shared-savings contracts.", "it": "Riqualificazioni profonde a risparmio condiviso."},
             "countries": ["IT"], "cities": ["milan"], "competences": ["esco-epc", "heat-pumps"],
             "people": [{"name": "Giulia Rossi", "title": "CEO", "email": "giulia.rossi@energia-condivisa.example", "phone": ""}]}""";

    @Test
    void aPartnerEditsOnlyItsOwnOrganisationAndNobodySeesTheDraftUntilItIsPublished() throws Exception {
        Api api = new Api(base);
        String own = "/api/partners/organisations/energia-condivisa";
        assertThat(api.putJson(own + "/draft", "milan.esco2", DRAFT).status()).as("another partner's organisation").isEqualTo(403);
        assertThat(api.putJson(own + "/draft", "milan.admin", DRAFT).status()).as("a city administrator is not its people").isEqualTo(403);
        assertThat(api.putJson(own + "/draft", null, DRAFT).status()).isEqualTo(401);

        Api.Answer refused = api.putJson(own + "/draft", "milan.esco", DRAFT.replace("\"heat-pumps\"", "\"alchemy\""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("competences: ’alchemy’ is not in the consortium’s taxonomy (retrofit-design, esco-epc");
        assertThat(api.putJson(own + "/draft", "milan.esco", DRAFT.replace("\"IT\"", "\"Italy\"")).body())
                .contains("countries: ’Italy’ is not an ISO 3166 country code");

        assertThat(api.putJson(own + "/draft", "milan.esco", DRAFT).status()).isEqualTo(200);
        JsonObject mine = api.get(own, "milan.esco").json().asJsonObject();
        assertThat(mine.getJsonObject("draft").getString("name")).isEqualTo("Energia Condivisa S.p.A.");
        assertThat(mine.getJsonObject("published").getString("name")).as("what others see stays until published").isEqualTo("Energia Condivisa");
        for (String other : new String[]{"milan.esco2", "london.contractor", "milan.viewer"}) {
            JsonObject seen = api.get(own, other).json().asJsonObject();
            assertThat(seen.containsKey("draft")).as(other).isFalse();
            assertThat(seen.getJsonObject("published").getString("name")).isEqualTo("Energia Condivisa");
        }
        assertThat(api.post(own + "/publish", "milan.esco").status()).as("a partner does not publish itself").isEqualTo(403);
        assertThat(api.post(own + "/submit", "milan.esco").status()).isEqualTo(200);
        assertThat(api.get("/api/partners/organisations/review", "consortium.admin").body()).contains("energia-condivisa");
        assertThat(api.get("/api/partners/organisations/review", "milan.esco").status()).isEqualTo(403);
        assertThat(api.post(own + "/publish", "consortium.admin").status()).isEqualTo(200);

        assertThat(api.get(own, "milan.esco2").json().asJsonObject().getJsonObject("published").getString("name"))
                .isEqualTo("Energia Condivisa S.p.A.");
        JsonObject anonymous = api.get(own, null).json().asJsonObject().getJsonObject("published");
        assertThat(anonymous.getString("name")).isEqualTo("Energia Condivisa S.p.A.");
        assertThat(anonymous.getJsonArray("people")).as("the public does not see the people").isEmpty();
        assertThat(api.get(own, "milan.esco2").json().asJsonObject().getJsonObject("published").getJsonArray("people")).hasSize(1);

        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rows = st.executeQuery("select actor, action from audit_entry where target = 'partners/organisation/energia-condivisa' order by id");
            List<String> steps = new java.util.ArrayList<>();
            while (rows.next()) {
                steps.add(rows.getString(1) + " " + rows.getString(2));
            }
            assertThat(steps).contains("milan.esco partners.organisation.draft-saved", "milan.esco partners.organisation.submitted",
                    "consortium.admin partners.organisation.published");
        }
    }

    @Test
    void anUnpublishedOrganisationIsInvisibleToOtherPartnersAndThePublic() throws Exception {
        Api api = new Api(base);
        String path = "/api/partners/organisations/nordic-retrofit";
        assertThat(api.putJson(path, "milan.esco", DRAFT).status()).as("only consortium staff add organisations").isEqualTo(403);
        assertThat(api.putJson(path, "consortium.admin", DRAFT.replace("Energia Condivisa S.p.A.", "Nordic Retrofit")).status()).isEqualTo(200);
        assertThat(api.get(path, "milan.esco").status()).isEqualTo(404);
        assertThat(api.get(path, null).status()).isEqualTo(404);
        assertThat(api.get("/api/partners/organisations", null).body()).doesNotContain("Nordic Retrofit").contains("Calore Verde");
        assertThat(api.post(path + "/send-back", "consortium.admin", "application/json", "{\"note\": \"\"}").status()).isEqualTo(400);
        JsonObject back = api.post(path + "/send-back", "consortium.admin", "application/json", "{\"note\": \"Add your Nordic projects.\"}")
                .json().asJsonObject();
        assertThat(back.getString("reviewNote")).isEqualTo("Add your Nordic projects.");
        assertThat(api.get(path, "milan.esco").status()).as("still unpublished").isEqualTo(404);
    }

    @Test
    void onlyConsortiumStaffKeepTheCompetenceTaxonomyInEveryLanguage() throws Exception {
        Api api = new Api(base);
        String names = "{\"names\": {\"en\": \"Water reuse\", \"it\": \"Riuso dell’acqua\", \"pt\": \"Reutilização da água\", "
                + "\"fr\": \"Réutilisation de l’eau\", \"bg\": \"Повторно използване на вода\", \"pl\": \"Ponowne użycie wody\"}, \"position\": 110}";
        assertThat(api.putJson("/api/partners/competences/water-reuse", "milan.admin", names).status()).isEqualTo(403);
        Api.Answer missing = api.putJson("/api/partners/competences/water-reuse", "consortium.admin", names.replace(", \"pl\": \"Ponowne użycie wody\"", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("give the competence’s name in pl");
        assertThat(api.putJson("/api/partners/competences/water-reuse", "consortium.admin", names).status()).isEqualTo(200);
        assertThat(api.get("/api/partners/competences", null).body()).contains("\"water-reuse\"").contains("Повторно използване на вода");
    }

    @Test
    void theFinancingCalculatorAppraisesASharedSavingsContract() throws Exception {
        Api api = new Api(base);
        String question = """
                {"investment": {"capex": 100000, "savingsEuro": 20000, "savingsKwh": 150000, "savingsKgCo2": 30000, "years": 10,
                                "discountRate": 0.05, "priceEscalation": 0},
                 "financing": {"method": "SHARED_SAVINGS", "escoShare": 0.8, "contractYears": 7}}""";
        assertThat(api.post("/api/partners/financing/appraisal", null, "application/json", question).status()).isEqualTo(401);
        JsonObject appraisal = api.post("/api/partners/financing/appraisal", "milan.esco", "application/json", question).json().asJsonObject();
        // the ESCo's NPV by hand: −100,000 + 16,000 × a(5 %, 7) = −100,000 + 16,000 × 5.786373 = −7,418.03
        assertThat(appraisal.getJsonNumber("financierNpv").doubleValue()).isCloseTo(-7_418.03, org.assertj.core.data.Offset.offset(0.01));
        assertThat(appraisal.getJsonNumber("simplePaybackYears").doubleValue()).isEqualTo(5.0);
        Api.Answer refused = api.post("/api/partners/financing/appraisal", "milan.esco", "application/json", question.replace("\"years\": 10",
                "\"years\": 0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("years: 0 is not a life for a measure; give 1 to 60 years");
    }
}
