package eu.sharingcities.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Makes sure no Payara Micro that Arquillian started for an earlier test class is still running
 * when the next one starts. Arquillian stops its Payara with a SIGTERM and does not wait, and it
 * never stops one whose start failed: a Payara that hung while starting (once, a deadlock inside
 * its start-up) stayed alive, and every later Payara joined its Hazelcast cluster and hung too.
 * Registered before Arquillian's extension, so it runs before Arquillian deploys and after it
 * undeploys.
 */
public final class NoPayaraLeftOver implements BeforeAllCallback, AfterAllCallback {

    private static final Logger LOG = Logger.getLogger(NoPayaraLeftOver.class.getName());

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (ProcessHandle leftOver : arquilliansPayaras()) {
            LOG.warning("a Payara Micro (pid " + leftOver.pid() + ") of an earlier test class is still running; stopping it");
            stop(leftOver);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (ProcessHandle payara : arquilliansPayaras()) {
            stop(payara);
        }
    }

    private static void stop(ProcessHandle payara) throws Exception {
        payara.destroy(); // Payara's own shutdown first: it leaves its cluster and closes its connections
        try {
            payara.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException hung) {
            LOG.warning("Payara Micro (pid " + payara.pid() + ") did not stop within 30 s of SIGTERM; killing it");
            payara.destroyForcibly();
            payara.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** The Payara Micro processes this JVM started through Arquillian (it deploys from a folder named after itself). */
    private static List<ProcessHandle> arquilliansPayaras() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro.jar") && c.contains("arquillian-payara-micro")).orElse(false))
                .toList();
    }
}
