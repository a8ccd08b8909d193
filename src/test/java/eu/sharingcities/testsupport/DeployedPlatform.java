package eu.sharingcities.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * The platform as deployed: the built WAR in a Payara Micro that Arquillian starts, against the
 * test PostgreSQL and the test controllers (both started first). Black-box tests extend this.
 */
@ExtendWith({TestDatabase.class, TestControllers.class, TestMail.class, NoPayaraLeftOver.class, ArquillianExtension.class})
public abstract class DeployedPlatform {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return PlatformDeployment.war();
    }
}
