package eu.sharingcities.opcua;

import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/** A variable's filter that decides what a client's write of the Value becomes; every other attribute is written as asked. */
public interface ValueWrite extends AttributeFilter {

    /** What the variable holds after a client asked for {@code requested}, or a UaException whose status says why not. */
    DataValue written(AttributeFilterContext ctx, Object requested) throws UaException;

    @Override
    default void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value) throws UaException {
        if (attributeId != AttributeId.Value) {
            ctx.writeAttribute(attributeId, value);
            return;
        }
        ctx.writeAttribute(attributeId, written(ctx, ((DataValue) value).getValue().getValue()));
    }
}
