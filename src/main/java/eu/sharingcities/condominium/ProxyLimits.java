package eu.sharingcities.condominium;

import eu.sharingcities.text.Message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The limits on proxies of art. 67 disp. att. c.c. (as replaced by L. 220/2012): when the
 * condominium has more than 20 owners, one delegate may represent at most a fifth of the owners
 * and a fifth of the value (c. 1); the administrator may hold no proxy at all (c. 5). The limit
 * counts the owners a delegate represents, not the delegate's own units (the prevailing reading:
 * the delegate's own vote is not a proxy).
 */
public final class ProxyLimits {

    private static final double EPSILON = 1e-9;

    private ProxyLimits() {
    }

    /** What breaks the limits, one sentence each with the fix; empty when the proxies are lawful. */
    public static List<Message> breaches(List<Unit> units, Map<String, String> delegateOfUnit, String administrator) {
        Map<String, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<String> owners = new HashSet<>();
        units.forEach(u -> owners.add(u.owner()));
        Map<String, Set<String>> representedOwners = new HashMap<>();
        Map<String, String> shownName = new HashMap<>();
        delegateOfUnit.forEach((unit, delegate) -> {
            shownName.putIfAbsent(normal(delegate), delegate.trim());
            representedOwners.computeIfAbsent(normal(delegate), d -> new HashSet<>()).add(byId.get(unit).owner());
        });
        List<Message> breaches = new ArrayList<>();
        if (administrator != null && representedOwners.containsKey(normal(administrator))) {
            breaches.add(Message.of("assembly.proxy.administrator", administrator));
        }
        if (owners.size() <= 20) {
            return breaches;
        }
        representedOwners.forEach((delegate, represented) -> {
            double value = units.stream().filter(u -> represented.contains(u.owner())).mapToDouble(Unit::millesimi).sum();
            if (represented.size() * 5 > owners.size() || value > 200 + EPSILON) {
                breaches.add(Message.of("assembly.proxy.fifth", shownName.get(delegate), represented.size(), owners.size(), value,
                        owners.size() / 5));

            }
        });
        return breaches;
    }

    private static String normal(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
