package eu.sharingcities.scada;

import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A city admin decides in the portal which SCADA applications serve the city: an application the
 * server refused waits on the page (subject, application URI, thumbprint); trusted for Milan it
 * serves Milan's SCADA accounts and not London's (there it waits for London's admin); revoked, its
 * session closes and it connects no more. Operators and other cities' admins do not get the page.
 */
class ScadaClientsPortalIT extends DeployedPlatform {

    @Test
    void aMilanAdministratorTrustsAnApplicationForMilanAndRevokesIt() throws Exception {
        ScadaTestClient application = new ScadaTestClient("scada-clients-portal");
        String thumbprint = ClientCertificate.thumbprint(application.certificate());
        assertThatThrownBy(() -> application.connect("milan.scada", "demo")).as("not trusted yet").isInstanceOf(UaException.class);

        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("milan.admin", "demo");
            browser.waitForPath("/milan");
            browser.open("/milan/scada-clients");
            browser.waitForContent(By.id("scada-clients-waiting"), "urn:sharingcities:test:scada-clients-portal");
            browser.waitForContent(By.id("scada-clients-waiting"), thumbprint);
            browser.click(By.id("trust-" + thumbprint));
            browser.waitForContent(By.id("scada-clients-trusted"), "urn:sharingcities:test:scada-clients-portal");
            browser.waitForContent(By.id("scada-clients-trusted"), "milan.admin");
            browser.screenshot("scada-clients");

            OpcUaClient milan = Eventually.awaitValue(Duration.ofSeconds(15), () -> application.connect("milan.scada", "demo"));
            NodeId cities = ScadaTestClient.node(milan, "cities");
            assertThat(milan.getAddressSpace().browse(cities)).extracting(r -> r.getDisplayName().text()).containsExactly("Milano");
            assertThatThrownBy(() -> application.connect("london.scada", "demo")).as("trusted for Milan, not for London")
                    .isInstanceOf(UaException.class);

            browser.click(By.id("revoke-" + thumbprint));
            // London's refusal put it among the waiting again: revoked for Milan, it waits there for Milan's decision too
            browser.waitFor(By.id("trust-" + thumbprint));
            browser.waiting(Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                    By.id("revoke-" + thumbprint)));

            Eventually.await(Duration.ofSeconds(15), () -> {
                try {
                    milan.getAddressSpace().browse(cities);
                    return false;
                } catch (UaException closed) {
                    return true;
                }
            });
            milan.disconnectAsync();
            assertThatThrownBy(() -> application.connect("milan.scada", "demo")).as("revoked").isInstanceOf(UaException.class);
        }

        try (Browser london = new Browser(base, "en-GB")) {
            london.signIn("london.admin", "demo");
            london.waitForPath("/london");
            london.open("/london/scada-clients");
            london.waitForContent(By.id("scada-clients-waiting"), thumbprint); // refused for London's account: waiting for London's admin
            london.open("/milan/scada-clients");
            london.waitFor(By.cssSelector(".no-access h1"));
        }
        try (Browser operator = new Browser(base, "en-GB")) {
            operator.signIn("milan.operator", "demo");
            operator.waitForPath("/milan");
            operator.open("/milan/scada-clients");
            operator.waitFor(By.cssSelector(".no-access h1"));
        }
    }
}
