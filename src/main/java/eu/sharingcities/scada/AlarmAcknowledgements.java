package eu.sharingcities.scada;

import eu.sharingcities.alarms.Alarms;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** SCADA acknowledgements through the platform's alarm service, run where its transactional services may be called. */
final class AlarmAcknowledgements implements ScadaAcknowledgements {

    private final Alarms alarms;
    private final ManagedExecutorService executor;

    AlarmAcknowledgements(Alarms alarms, ManagedExecutorService executor) {
        this.alarms = alarms;
        this.executor = executor;
    }

    /**
     * Statuses as OPC 10000-9 5.7.3 names them: acknowledged already Bad_ConditionBranchAlreadyAcked,
     * gone Bad_NodeIdUnknown; an alarm that ended meanwhile Bad_InvalidState.
     */
    @Override
    public void acknowledge(String city, long alarmId, String comment, String by) throws UaException {
        try {
            executor.submit(() -> CurrentUser.runAsSystem(() -> {
                alarms.acknowledgeForScada(city, alarmId, comment, by);
                return null;
            })).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new UaException(switch (e.getCause()) {
                case NotFound notFound -> StatusCodes.Bad_NodeIdUnknown;
                case Refusal r when r.reason().key().equals("alarm.refused.acknowledged") -> StatusCodes.Bad_ConditionBranchAlreadyAcked;
                case Refusal r -> StatusCodes.Bad_InvalidState;
                default -> StatusCodes.Bad_InternalError;
            }, e.getCause().getMessage());
        } catch (Exception e) {
            throw new UaException(StatusCodes.Bad_InternalError, "the acknowledgement could not be made: " + e.getMessage());
        }
    }
}
