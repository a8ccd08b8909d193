package eu.sharingcities.lighting.workorders;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.lighting.faults.FaultDetector;
import eu.sharingcities.lighting.faults.LampFault;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * The work orders the data open by themselves ({@code PLATFORM_LIGHTING_ORDERS_FROM_FAULTS}, on by
 * default): a fault found that no unfinished order covers gets one, with the fault's priority and the
 * street's SLA, for an operator to assign; and an order of the data's that nobody was sent on yet is
 * closed when its fault clears by itself (a controller back online), so a passing fault leaves no
 * order behind. Orders someone works on are closed only by {@link WorkOrders#verify}. Runs for the
 * platform's own look ({@link eu.sharingcities.lighting.faults.LightingWatch}), as "lighting:data" in the audit log.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class FaultWorkOrders {

    static final String DATA = "lighting:data";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Cities cities;

    @Inject
    @ConfigProperty(name = "platform.lighting.orders-from-faults", defaultValue = "true")
    boolean enabled;

    /** An order for a fault just found, unless one not yet verified covers its lamppost or cabinet; its id when opened. */
    public Optional<Long> opened(String city, FaultDetector.Found found) {
        if (!enabled) {
            return Optional.empty();
        }
        String target = found.fault().target(found.source());
        String lamppost = found.fault().ofCabinet() ? null : target;
        String description = found.why().in(locale(city)); // before the connection's work: another bean's query inside it closes it
        return TransactionJdbc.run(em, db -> {
            if (WorkOrderData.unfinished(db, city, lamppost, target).isPresent()) {
                return Optional.empty();
            }
            Optional<WorkOrderData.Target> where = WorkOrderData.target(db, city, lamppost, target);
            if (where.isEmpty()) {
                return Optional.empty();
            }
            int hours = where.get().repairHours();
            long id = WorkOrderData.insert(db, city, lamppost, where.get().lamps().getFirst(), found.fault().name(), description,
                    found.fault().priority(), hours, DATA);
            audit.recordAs(DATA, city, "lighting.work-order.opened", "lighting/work-order/" + id, null,
                    target + ": " + description + " (" + found.fault().priority() + ", within " + hours + " h)");
            return Optional.of(id);
        });
    }

    /** The fault of {@code source} has cleared: the data's own order for it, still unassigned, is closed with a note saying so. */
    public void cleared(String city, String source, LampFault fault) {
        String target = fault.target(source);
        String note = Message.of("workOrder.clearedByItself").in(locale(city));
        TransactionJdbc.run(em, db -> {
            Optional<WorkOrder> order = WorkOrderData.unfinished(db, city, fault.ofCabinet() ? null : target, target)
                    .filter(o -> o.status() == WorkOrder.Status.OPEN && o.openedBy().equals(DATA) && o.fault().equals(fault.name()));
            if (order.isPresent()) {
                WorkOrderData.move(db, order.get().id(), WorkOrder.Status.VERIFIED, "verified_at", null);
                WorkOrderData.note(db, order.get(), city, DATA, note, null, null);
                audit.recordAs(DATA, city, "lighting.work-order.verified", "lighting/work-order/" + order.get().id(),
                        WorkOrder.Status.OPEN.name(), WorkOrder.Status.VERIFIED.name());
            }
            return null;
        });
    }

    private Locale locale(String city) {
        return cities.find(city).map(CityInfo::locale).orElse(Locale.ENGLISH);
    }
}
