package eu.sharingcities.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;

/** DOWN when the heap is nearly exhausted after collection, so an orchestrator restarts the process. */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    private static final double LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double used = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
        return HealthCheckResponse.named("platform-heap")
                .withData("usedMegabytes", heap.getUsed() / 1_048_576)
                .withData("maxMegabytes", heap.getMax() / 1_048_576)
                .status(used < LIMIT)
                .build();
    }
}
