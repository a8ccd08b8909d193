package eu.sharingcities.scada;

import eu.sharingcities.commands.Command;
import eu.sharingcities.commands.Commands;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** SCADA writes as commands of the platform's command service, run where its transactional services may be called. */
final class CommandWrites implements ScadaWrites {

    private final Commands commands;
    private final ManagedExecutorService executor;

    CommandWrites(Commands commands, ManagedExecutorService executor) {
        this.commands = commands;
        this.executor = executor;
    }

    /**
     * A client's write as a command in the account's name and its certificate's, with the command
     * path's limits, audit and read-back; its status says why not: outside the limits
     * Bad_OutOfRange, the controller failing or not reached Bad_CommunicationError.
     */
    @Override
    public DataValue write(ScadaPoint point, double value, Session session) throws UaException {
        String user = ScadaUser.nameOf(session);
        X509Certificate client = session.getSecurityConfiguration().getClientCertificate();
        String by = "opcua:" + user;
        String reason = "SCADA write by " + user + " from " + (client == null ? "an unknown client"
                : session.getClientDescription().getApplicationUri() + " (certificate SHA-1 " + ClientCertificate.thumbprint(client) + ")");
        Command command;
        try {
            command = executor.submit(() -> commands.sendForScada(point.cityCode(), new Commands.Request(point.code(), value, reason), by))
                    .get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new UaException(e.getCause() instanceof IllegalArgumentException ? StatusCodes.Bad_OutOfRange : StatusCodes.Bad_InternalError,
                    e.getCause().getMessage());
        } catch (Exception e) {
            throw new UaException(StatusCodes.Bad_InternalError, "the command could not be sent: " + e.getMessage());
        }
        return switch (command.status()) {
            case CONFIRMED -> new DataValue(new Variant(point.bool() ? (Object) (command.readBack() != 0) : command.readBack()), StatusCode.GOOD,
                    DateTime.now(), DateTime.now());
            case REFUSED -> throw new UaException(StatusCodes.Bad_OutOfRange, command.message().english());
            case FAILED, SENT -> throw new UaException(StatusCodes.Bad_CommunicationError, command.message().english());
        };
    }
}
