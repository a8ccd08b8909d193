package eu.sharingcities.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * The platform as deployed: the built WAR in the Payara Micro that all test classes share, against
 * the test PostgreSQL and the test controllers (both started first). Black-box tests extend this.
 */
@ExtendWith({TestDatabase.class, TestControllers.class, TestMail.class, SharedPlatform.class})
public abstract class DeployedPlatform {

    protected final URL base = SharedPlatform.base();
}
