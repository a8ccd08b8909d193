package eu.sharingcities.scada;

import org.eclipse.milo.opcua.sdk.server.RoleMapper;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Two OPC UA roles per city: {@code role/<city>/scada} (browse and read) for an account holding the
 * SCADA role there, {@code role/<city>/scada-operator} (also write) for one that is an operator
 * there too. Every session gets a list, empty for none, so Milo checks the nodes' role permissions
 * for everyone (it skips the check for a session without roles).
 */
final class ScadaRoles implements RoleMapper {

    private final Supplier<UShort> namespaceIndex;

    ScadaRoles(Supplier<UShort> namespaceIndex) {
        this.namespaceIndex = namespaceIndex;
    }

    static NodeId reader(UShort namespaceIndex, String city) {
        return new NodeId(namespaceIndex, "role/" + city + "/scada");
    }

    static NodeId writer(UShort namespaceIndex, String city) {
        return new NodeId(namespaceIndex, "role/" + city + "/scada-operator");
    }

    @Override
    public List<NodeId> getRoleIds(Identity identity) {
        ScadaUser user = ScadaUser.of(identity).orElse(null);
        if (user == null) {
            return List.of();
        }
        UShort ns = namespaceIndex.get();
        return Stream.concat(user.cities().stream().map(city -> reader(ns, city)), user.writableCities().stream().map(city -> writer(ns, city)))
                .toList();
    }
}
