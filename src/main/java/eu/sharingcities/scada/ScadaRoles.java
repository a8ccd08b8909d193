package eu.sharingcities.scada;

import org.eclipse.milo.opcua.sdk.server.RoleMapper;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

import java.util.List;
import java.util.function.Supplier;

/**
 * One OPC UA role per city ({@code role/<city>/scada}), granted to a session whose account holds the
 * SCADA role there. Every session gets a list, empty for none, so Milo checks the nodes' role
 * permissions for everyone (it skips the check for a session without roles).
 */
final class ScadaRoles implements RoleMapper {

    private final Supplier<UShort> namespaceIndex;

    ScadaRoles(Supplier<UShort> namespaceIndex) {
        this.namespaceIndex = namespaceIndex;
    }

    static NodeId of(UShort namespaceIndex, String city) {
        return new NodeId(namespaceIndex, "role/" + city + "/scada");
    }

    @Override
    public List<NodeId> getRoleIds(Identity identity) {
        return identity instanceof ScadaUser user ? user.cities().stream().map(city -> of(namespaceIndex.get(), city)).toList() : List.of();
    }
}
