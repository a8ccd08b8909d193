package eu.sharingcities.security;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.ProductionDeployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start (no demo) on an empty database: the first administrator comes from
 * PLATFORM_ADMIN_PASSWORD, which the deployment's environment holds, so it must be replaced at the
 * first sign-in before anything else answers; demo accounts do not exist.
 */
class FirstAdministratorIT {

    @Test
    void theBootstrapAdministratorsPasswordIsRotatedAtTheFirstSignIn() throws Exception {
        // as in production: the owner ran the migrations and made the platform's own login, which did not exist before
        Api api = new Api(ProductionDeployment.get().base());
        String admin = ProductionDeployment.ADMIN;

        assertThat(api.get("/api/cities", "consortium.admin:demo").status()).as("no demo accounts").isEqualTo(401);
        Api.Answer first = api.get("/api/cities", admin + ":" + ProductionDeployment.ADMIN_PASSWORD);
        assertThat(first.status()).isEqualTo(403);
        assertThat(first.json().asJsonObject().getString("error")).contains("change it first");

        assertThat(api.post("/api/me/password", admin + ":" + ProductionDeployment.ADMIN_PASSWORD, "application/json",
                "{\"current\": \"" + ProductionDeployment.ADMIN_PASSWORD + "\", \"newPassword\": \"only the administrator knows\"}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/cities", admin + ":only the administrator knows").status()).isEqualTo(200);
        assertThat(api.get("/api/cities", admin + ":" + ProductionDeployment.ADMIN_PASSWORD).status())
                .as("the password in the deployment's environment no longer opens anything").isEqualTo(401);
    }
}
