package eu.sharingcities.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./run simulator [--cities london,milan] [--port 4841] [--buildings 8] [--lamps 24]
 * [--interval-ms 1000] [--history-minutes 30] [--seed 2026] [--certificates DIR] [--write-config opcua-config]}:
 * the controllers of each city as OPC UA servers, one per city on consecutive loopback ports,
 * until Ctrl-C. With {@code --write-config DIR} it writes the matching opcua-config files and stops;
 * with {@code --certificates DIR} each controller keeps its certificate there across starts.
 */
public final class Simulator implements AutoCloseable {

    private final List<CityControllerServer> servers;

    private Simulator(List<CityControllerServer> servers) {
        this.servers = servers;
    }

    public static Simulator start(SimulatorOptions options) throws Exception {
        List<CityControllerServer> servers = new ArrayList<>();
        for (int i = 0; i < options.cities().size(); i++) {
            servers.add(CityControllerServer.start(options.cities().get(i), options.firstPort() + i, options));
        }
        return new Simulator(servers);
    }

    public List<CityControllerServer> servers() {
        return servers;
    }

    public int variableCount() {
        return servers.stream().mapToInt(CityControllerServer::variableCount).sum();
    }

    @Override
    public void close() throws Exception {
        for (CityControllerServer server : servers) {
            server.close();
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int write = rest.indexOf("--write-config");
        Path configDir = null;
        if (write >= 0) {
            configDir = Path.of(rest.get(write + 1));
            rest.subList(write, write + 2).clear();
        }
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(rest.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println("simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        Simulator simulator = start(options);
        if (configDir != null) {
            for (CityControllerServer server : simulator.servers()) {
                System.out.println("wrote " + ConfigWriter.write(server, configDir));
            }
            simulator.close();
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (Exception e) {
                System.err.println("stopping the simulator: " + e);
            }
        }));
        for (CityControllerServer server : simulator.servers()) {
            System.out.printf("%-40s %6d variables  (namespace %s)%n", server.endpointUrl(), server.variableCount(), server.namespaceUri());
        }
        System.out.printf("Simulator running: %d variables, tick %d ms, user '%s'%s. Ctrl-C stops it.%n",
                simulator.variableCount(), options.interval().toMillis(), options.username(),
                options.weatherDay() == null ? "" : ", the weather of " + options.weatherDay().toString().substring(2));
        Thread.currentThread().join();
    }
}
