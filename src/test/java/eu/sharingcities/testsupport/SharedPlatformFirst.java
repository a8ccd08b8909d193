package eu.sharingcities.testsupport;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Runs the classes that use the shared platform before the others (by name within each group), so
 * that a test starting a platform of its own, which stops the shared one, does not make a later
 * class start it again (junit-platform.properties).
 */
public final class SharedPlatformFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> !DeployedPlatform.class.isAssignableFrom(c.getTestClass()))
                .thenComparing(c -> c.getTestClass().getName()));
    }
}
