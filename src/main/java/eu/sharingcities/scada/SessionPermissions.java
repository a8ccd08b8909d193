package eu.sharingcities.scada;

import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.structured.RolePermissionType;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the session may do with a node: its RolePermissions narrowed to the session's roles
 * (UserRolePermissions), and no access level at all without one of them (UserAccessLevel). Milo's
 * access controller decides browse and read from these two (OPC UA Part 3, 5.2.9 and 5.6.3).
 */
final class SessionPermissions implements AttributeFilter {

    private static final UByte NONE = UByte.valueOf(0);

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
        return granted == null || granted.length > 0 ? ctx.getAttribute(attributeId) : NONE;
    }
}
