package eu.sharingcities.scada;

import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.structured.RolePermissionType;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the session may do with a node: its RolePermissions narrowed to the session's roles
 * (UserRolePermissions), and the node's access level less reading and writing where those roles do
 * not permit them (UserAccessLevel). Milo's access controller decides browse, read and write from
 * these two (OPC UA Part 3, 5.2.9 and 5.6.3).
 */
final class SessionPermissions implements AttributeFilter {

    private static final int CURRENT_READ = 1;
    private static final int CURRENT_WRITE = 2;

    @Override
    public Object getAttribute(AttributeFilterContext ctx, AttributeId attributeId) {
        if (ctx.getSession().isEmpty() || attributeId != AttributeId.UserRolePermissions && attributeId != AttributeId.UserAccessLevel) {
            return ctx.getAttribute(attributeId);
        }
        List<NodeId> roles = ctx.getSession().get().getRoleIds().orElse(List.of());
        RolePermissionType[] own = ctx.getNode().getRolePermissions();
        RolePermissionType[] granted = own == null ? null : Stream.of(own).filter(rp -> roles.contains(rp.getRoleId()))
                .toArray(RolePermissionType[]::new);
        if (attributeId == AttributeId.UserRolePermissions) {
            return granted;
        }
        if (granted == null) {
            return ctx.getAttribute(attributeId);
        }
        // the node's access level, less what the session's roles do not permit
        int level = ((UByte) ctx.getAttribute(attributeId)).intValue();
        if (Stream.of(granted).noneMatch(rp -> rp.getPermissions().getRead())) {
            level &= ~CURRENT_READ;
        }
        if (Stream.of(granted).noneMatch(rp -> rp.getPermissions().getWrite())) {
            level &= ~CURRENT_WRITE;
        }
        return UByte.valueOf(level);
    }

    /** A write goes on down the chain as a write (the default turns it into a set, which would skip the command path). */
    @Override
    public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value) throws UaException {
        ctx.writeAttribute(attributeId, value);
    }
}
