package eu.sharingcities.scada;

import eu.sharingcities.opcua.ValueWrite;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/** A write to a point's Value is a command through the platform's command service; the node then holds what the controller read back. */
final class CommandWrite implements ValueWrite {

    private final ScadaPoint point;
    private final ScadaWrites writes;

    CommandWrite(ScadaPoint point, ScadaWrites writes) {
        this.point = point;
        this.writes = writes;
    }

    @Override
    public DataValue written(AttributeFilterContext ctx, Object requested) throws UaException {
        double number = switch (requested) {
            case Number n -> n.doubleValue();
            case Boolean b -> b ? 1 : 0;
            case null, default -> throw new UaException(StatusCodes.Bad_TypeMismatch, "write a number in " + point.unit());
        };
        Session session = ctx.getSession().orElseThrow(() -> new UaException(StatusCodes.Bad_UserAccessDenied));
        return writes.write(point, number, session);
    }
}
