package eu.sharingcities.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR that {@code mvn package} built, deployed whole at the context root, as in production. */
public final class PlatformDeployment {

    private PlatformDeployment() {
    }

    public static WebArchive war() {
        File war = new File("target/sharing-cities.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/sharing-cities.war is missing: run the tests with ./run test (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
