package eu.sharingcities.commands;

import eu.sharingcities.alarms.ModuleAlarms;
import eu.sharingcities.alarms.Priority;
import eu.sharingcities.ingest.CommandChannel;
import eu.sharingcities.ingest.EndpointConnection;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.text;

/**
 * Writes setpoints and modes to controllers: checked against the point's limits, sent over the
 * session ingestion already holds, then read back from the controller until it shows the value
 * or the timeout passes. A command whose controller is not connected fails at once: nothing is
 * queued to surprise anyone later. Failures after sending raise an alarm.
 */
@ApplicationScoped
public class Commands {

    @Inject
    CommandRecords records;

    @Inject
    Ingestion ingestion;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleAlarms alarms;

    @Inject
    @ConfigProperty(name = "platform.commands.read-back-ms", defaultValue = "5000")
    long readBackMs;

    /** One command at a time per point, so limits between commands hold. */
    private final ConcurrentHashMap<Integer, Object> pointLocks = new ConcurrentHashMap<>();

    public record Request(String point, Double value, String reason) {
    }

    /** An operator's command, in the operator's name. */
    public Command send(String city, Request request) {
        currentUser.require(Role.OPERATOR, city);
        return execute(city, request, currentUser.username());
    }

    /** A command a SEMS strategy in "act" mode sends, in the strategy's name. */
    public Command sendForStrategy(String city, Request request, String strategy) {
        return CurrentUser.runAsSystem(() -> execute(city, request, "sems:" + strategy));
    }

    /**
     * A write from a SCADA client over OPC UA, in the name {@code by} says (account and client
     * certificate); the SCADA server has checked the account may write in the city. The same
     * limits, audit and read-back as an operator's command.
     */
    public Command sendForScada(String city, Request request, String by) {
        return CurrentUser.runAsSystem(() -> execute(city, request, by));
    }

    /**
     * A command a module sends on its own (street lighting's schedule), in the module's name
     * ({@code lighting:schedule}): the same limits, audit and read-back as an operator's.
     */
    public Command sendForModule(String city, Request request, String module) {
        return CurrentUser.runAsSystem(() -> execute(city, request, module));
    }

    /** The point a strategy would write, with its limits, so it can go in steps the limits allow. */
    public Optional<WritablePoint> writablePointForStrategy(String city, String code) {
        return CurrentUser.runAsSystem(() -> records.writablePoint(city, code));
    }

    public List<WritablePoint> writablePoints(String city) {
        currentUser.require(Role.VIEWER, city);
        return records.writablePoints(city);
    }

    public List<Command> latest(String city, int limit) {
        currentUser.require(Role.VIEWER, city);
        return records.latest(city, limit);
    }

    /** What the controller holds now, in the point's unit; empty when it cannot be read. */
    public Optional<Double> current(String city, WritablePoint point) {
        currentUser.require(Role.VIEWER, city);
        return ingestion.connection(city, point.endpointId()).map(EndpointConnection::commands).flatMap(c -> {
            try {
                return readValue(c, point);
            } catch (UaException e) {
                return Optional.empty();
            }
        });
    }

    private Command execute(String city, Request request, String by) {
        require(request != null && text(request.point()), "point", Message.of("command.refused.point", city));
        require(request.value() != null, "value", Message.of("command.refused.value"));
        require(Double.isFinite(request.value()), "value", Message.of("command.refused.finite"));
        require(text(request.reason()), "reason", Message.of("command.refused.reason"));
        WritablePoint point = records.writablePoint(city, request.point().trim()).orElseThrow(() -> new Refusal("field.expected", "point",
                Message.of("command.refused.notWritable", request.point(), city)));

        synchronized (pointLocks.computeIfAbsent(point.id(), id -> new Object())) {
            return executeLocked(point, request.value(), request.reason().trim(), by);
        }
    }

    private Command executeLocked(WritablePoint point, double value, String reason, String by) {
        Optional<CommandChannel> connection = ingestion.connection(point.cityCode(), point.endpointId()).map(EndpointConnection::commands);
        Double old;
        try {
            if (connection.isEmpty()) {
                throw new UaException(StatusCodes.Bad_NotConnected, "endpoint " + point.endpointId() + " is not connected from this platform instance");
            }
            old = readValue(connection.get(), point).orElse(null);
        } catch (UaException e) {
            return find(records.open(point, by, reason, null, value, CommandStatus.FAILED, Message.of("command.notSent", e.getMessage())));
        }
        Optional<Message> problem = CommandCheck.problem(point, old == null ? Double.NaN : old, value, records.lastSent(point.id()), Instant.now());
        if (problem.isPresent()) {
            return find(records.open(point, by, reason, old, value, CommandStatus.REFUSED, problem.get()));
        }
        long id = records.open(point, by, reason, old, value, CommandStatus.SENT, NOTHING);
        ReadBack outcome = writeAndReadBack(connection.get(), point, value);
        records.finish(id, point, outcome.status(), outcome.value(), outcome.message());
        if (outcome.status() == CommandStatus.FAILED) {
            alarms.event(point.cityCode(), "Command failed: " + point.code(), Priority.HIGH, value,
                    Message.of("alarm.why.commandFailed", id, CommandCheck.number(value) + " " + point.unit(), by, outcome.message()));
        }
        return find(id);
    }

    /** What a confirmed or just-sent command says: nothing. */
    private static final Message NOTHING = Message.of("text.asIs", "");

    private record ReadBack(CommandStatus status, Double value, Message message) {
    }

    private ReadBack writeAndReadBack(CommandChannel connection, WritablePoint point, double value) {
        try {
            StatusCode written = connection.write(point.id(), point.toRaw(value));
            if (!written.isGood()) {
                return new ReadBack(CommandStatus.FAILED, null, Message.of("command.readBack.refused", name(written)));
            }
            long deadline = System.nanoTime() + readBackMs * 1_000_000;
            Double seen = null;
            while (true) {
                seen = readValue(connection, point).orElse(seen);
                if (seen != null && Math.abs(seen - value) <= 1e-6 * Math.max(1, Math.abs(value))) {
                    return new ReadBack(CommandStatus.CONFIRMED, seen, NOTHING);
                }
                if (System.nanoTime() > deadline) {
                    return new ReadBack(CommandStatus.FAILED, seen, seen == null
                            ? Message.of("command.readBack.none", readBackMs / 1000.0)
                            : Message.of("command.readBack.clamped", CommandCheck.amount(seen), CommandCheck.amount(value), readBackMs / 1000.0));
                }
                Thread.sleep(200);
            }
        } catch (UaException e) {
            return new ReadBack(CommandStatus.FAILED, null, Message.of("command.readBack.unreached", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReadBack(CommandStatus.FAILED, null, Message.of("command.readBack.interrupted"));
        }
    }

    private static Optional<Double> readValue(CommandChannel connection, WritablePoint point) throws UaException {
        DataValue read = connection.read(point.id());
        Object raw = read.getValue().getValue();
        if (read.getStatusCode() != null && !read.getStatusCode().isGood() || !(raw instanceof Number number)) {
            return Optional.empty();
        }
        return Optional.of(point.fromRaw(number.doubleValue()));
    }

    private Command find(long id) {
        return records.find(id).orElseThrow(() -> new IllegalStateException("command " + id + " was stored but cannot be read"));
    }

    private static String name(StatusCode status) {
        return StatusCodes.lookup(status.getValue()).map(names -> names[0] + " (" + names[1] + ")").orElse(status.toString());
    }
}
