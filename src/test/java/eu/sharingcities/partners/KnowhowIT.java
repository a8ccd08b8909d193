package eu.sharingcities.partners;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Know-how articles — versioned, reviewed by the person their writers name, published on approval —
 * and the portal's search, which finds an Italian article by an inflected word with PostgreSQL's
 * Italian dictionary and never finds what is not published.
 */
class KnowhowIT extends DeployedPlatform {

    private static final String ARTICLE = """
            {"language": "it", "title": "Riqualificazione energetica dei condomini milanesi",
             "body": "I **condomini** del quartiere hanno ricevuto il cappotto termico.\\n\\n<script>alert(1)</script>"}""";

    @Test
    void anArticleIsReviewedPublishedAndFoundByAnInflectedWord() throws Exception {
        Api api = new Api(base);
        assertThat(api.post("/api/partners/organisations/energia-condivisa/articles", "milan.esco2", "application/json", ARTICLE).status())
                .as("another partner's organisation").isEqualTo(403);
        Api.Answer badLanguage = api.post("/api/partners/organisations/energia-condivisa/articles", "milan.esco", "application/json",
                ARTICLE.replace("\"it\"", "\"de\""));
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("language: ’de’ is not one of the platform’s languages");
        long id = api.post("/api/partners/organisations/energia-condivisa/articles", "milan.esco", "application/json", ARTICLE).json().asJsonObject()
                .getJsonNumber("id").longValue();
        String path = "/api/partners/articles/" + id;
        assertThat(api.get(path, "milan.esco2").status()).as("not published, not its reviewer yet").isEqualTo(404);
        assertThat(hits(api, "condominio", "")).extracting(h -> h.getString("ref")).as("not published yet").doesNotContain(String.valueOf(id));

        assertThat(api.putJson(path, "milan.esco", ARTICLE.replace("cappotto termico", "cappotto termico e nuove finestre")).status()).isEqualTo(200);
        assertThat(api.get(path, "milan.esco").json().asJsonObject().getJsonArray("history")).as("every version kept").hasSize(2);
        assertThat(api.post(path + "/submit", "milan.esco", "application/json", "{\"reviewer\": \"milan.esco\"}").status())
                .as("not one's own reviewer").isEqualTo(400);
        assertThat(api.post(path + "/submit", "milan.esco", "application/json", "{\"reviewer\": \"milan.esco2\"}").status()).isEqualTo(200);
        assertThat(api.get(path, "milan.esco2").json().asJsonObject().getString("state")).as("the reviewer reads it").isEqualTo("in-review");
        assertThat(api.post(path + "/approve", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.post(path + "/approve", "milan.esco2").status()).isEqualTo(200);

        JsonObject published = api.get(path, null).json().asJsonObject();
        assertThat(published.getJsonObject("published").getInt("version")).isEqualTo(2);
        assertThat(published.getString("publishedHtml")).contains("<strong>condomini</strong>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
        // the Italian stemmer: "condominio" and "condomini" share a stem, as do "riqualificazioni" and "riqualificazione"
        assertThat(hits(api, "condominio", "&kind=article")).extracting(h -> h.getString("ref")).contains(String.valueOf(id));
        assertThat(hits(api, "riqualificazioni", "&city=milan")).extracting(h -> h.getString("ref")).contains(String.valueOf(id));
        assertThat(hits(api, "condominio", "&city=burgas")).extracting(h -> h.getString("ref")).doesNotContain(String.valueOf(id));

        assertThat(api.putJson(path, "milan.esco", ARTICLE.replace("milanesi", "lombardi")).status()).isEqualTo(200);
        assertThat(api.get(path, null).json().asJsonObject().getJsonObject("published").getString("title")).as("readers keep the published version")
                .isEqualTo("Riqualificazione energetica dei condomini milanesi");
    }

    @Test
    void theSearchFindsPublishedOrganisationsAndResultsInTheirLanguagesAndRefusesWhatItCannotSearch() throws Exception {
        Api api = new Api(base);
        // "pump" meets Calore Verde's "heat pumps" through the English stemmer
        assertThat(hits(api, "pump", "&kind=organisation")).extracting(h -> h.getString("ref")).contains("calore-verde", "thames-heat");
        assertThat(hits(api, "pump", "&kind=organisation&competence=financing")).extracting(h -> h.getString("ref")).doesNotContain("thames-heat");
        assertThat(hits(api, "lanterns", "&kind=result")).extracting(h -> h.getString("title")).contains("LED main roads of Greenwich");
        assertThat(api.get("/api/partners/search?q=pump&kind=people", null).status()).isEqualTo(400);
        assertThat(api.get("/api/partners/search?q=", null).status()).isEqualTo(400);
    }

    @Test
    void attachmentsAreOfKnownKindsAndReadByWhoeverMayReadTheArticle() throws Exception {
        Api api = new Api(base);
        long id = api.post("/api/partners/organisations/energia-condivisa/articles", "milan.esco", "application/json", """
                {"language": "en", "title": "The assembly's slides", "body": "What we showed the assembly."}""").json().asJsonObject()
                .getJsonNumber("id").longValue();
        String files = "/api/partners/articles/" + id + "/attachments/";
        // a contractor whose company has no profile is told what to do, not given a 500
        Api.Answer noProfile = api.post("/api/partners/organisations/brightway-maintenance/articles", "london.contractor2", "application/json", """
                {"language": "en", "title": "Night patrols", "body": "How we find dark lamps."}""");
        assertThat(noProfile.status()).isEqualTo(400);
        assertThat(noProfile.body()).contains("brightway-maintenance has no profile on the partners’ portal yet");
        assertThat(api.post("/api/partners/organisations/brightway-maintenance/results", "london.contractor2", "application/json",
                "{\"title\": \"Night patrols\", \"city\": \"london\"}").status()).isEqualTo(400);
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(api.putBytes(files + "slides.pdf", "milan.esco2", "application/pdf", pdf).status()).as("another partner: no such draft")
                .isEqualTo(404);
        Api.Answer page = api.putBytes(files + "page.html", "milan.esco", "text/html", "<html><script>alert(1)</script></html>".getBytes());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("page.html is not a file of a kind an article carries").contains("csv, docx, jpeg, jpg, odp");
        assertThat(api.putBytes(files + "slides.pdf", "milan.esco", "application/pdf", "<script>alert(1)</script>".getBytes()).body())
                .as("a name that lies about its content").contains("its content is not what its name says");
        assertThat(api.putBytes(files + "big.pdf", "milan.esco", "application/pdf", new byte[10 * 1024 * 1024 + 1]).status()).isEqualTo(413);
        assertThat(api.putBytes(files + "slides.pdf", "milan.esco", "application/octet-stream", pdf).status()).isEqualTo(200);
        assertThat(api.putBytes(files + "readings.csv", "milan.esco", "text/csv", "day,kwh\n2026-11-30,412\n".getBytes()).status()).isEqualTo(200);

        assertThat(api.get(files + "slides.pdf", null).status()).as("not published yet").isEqualTo(404);
        assertThat(api.get(files + "slides.pdf", "milan.esco2").status()).isEqualTo(404);
        Api.Answer own = api.get(files + "slides.pdf", "milan.esco");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.contentType()).isEqualTo("application/pdf");
        assertThat(own.body()).startsWith("%PDF-1.4");
        api.post("/api/partners/articles/" + id + "/submit", "milan.esco", "application/json", "{\"reviewer\": \"consortium.admin\"}");
        assertThat(api.post("/api/partners/articles/" + id + "/approve", "consortium.admin").status()).isEqualTo(200);
        assertThat(api.get(files + "slides.pdf", null).status()).as("published: public").isEqualTo(200);
        assertThat(api.get("/api/partners/articles/" + id, null).body()).contains("\"readings.csv\"").contains("\"slides.pdf\"");
        assertThat(api.putBytes(files + "slides.pdf", "milan.esco2", "application/pdf", pdf).status()).as("another partner").isEqualTo(403);
        assertThat(api.delete(files + "readings.csv", "milan.esco2").status()).isEqualTo(403);
        assertThat(api.delete(files + "readings.csv", "milan.esco").status()).isEqualTo(200);
        assertThat(api.get(files + "readings.csv", null).status()).isEqualTo(404);
    }

    private static List<JsonObject> hits(Api api, String words, String filters) {
        return api.get("/api/partners/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + filters, null).json().asJsonArray()
                .getValuesAs(JsonObject.class);
    }
}
