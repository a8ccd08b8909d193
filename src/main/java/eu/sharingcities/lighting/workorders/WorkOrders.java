package eu.sharingcities.lighting.workorders;

import eu.sharingcities.alarms.Priority;
import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.lighting.faults.FaultDetector;
import eu.sharingcities.lighting.faults.LampFault;
import eu.sharingcities.lighting.faults.LampReading;
import eu.sharingcities.lighting.faults.LightingFaults;
import eu.sharingcities.security.Accounts;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Street-light work orders: opened by the data for a fault ({@link FaultWorkOrders}) or by the city's
 * operators for a fault or by hand, one unfinished order per lamppost or cabinet, assigned to a
 * maintenance contractor (a partner organisation of the city), started and fixed by the contractor
 * (or an operator), and closed — VERIFIED — only when the data show the lamp working again. A
 * contractor's users see and move only the orders assigned to their organisation. Every step is
 * audited; notes and photos record the work.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class WorkOrders {

    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    LightingFaults faults;

    /** The city's orders (a contractor: its own), open ones first by due time. */
    public List<WorkOrder> all(String city) {
        mayLook(city);
        return jdbc(db -> WorkOrderData.all(db, city));
    }

    public WorkOrder one(String city, long id) {
        mayLook(city);
        return jdbc(db -> WorkOrderData.one(db, city, id)).orElseThrow(() -> new NotFound("No work order " + id + " in " + city + " for you."));
    }

    public List<WorkOrderNote> notes(String city, long id) {
        one(city, id);
        return jdbc(db -> WorkOrderData.notes(db, city, id));
    }

    /** The photo of one of an order's notes, for whoever may see the order. */
    public WorkOrderNote.Photo photo(String city, long id, long noteId) {
        one(city, id);
        return jdbc(db -> WorkOrderData.photo(db, city, id, noteId)).orElseThrow(() -> new NotFound("No photo " + noteId + " on work order " + id + "."));
    }

    /** Opens an order for a lamppost (or, with {@code cabinet}, a cabinet), for a fault or REPORTED; priority by the fault unless given. */
    public long open(String city, String lamppost, String cabinet, String fault, String description, Priority priority) {
        currentUser.require(Role.OPERATOR, city);
        LampFault known = fault == null || fault.equalsIgnoreCase("REPORTED") ? null : LampFault.of(fault.trim().toUpperCase(Locale.ROOT), true);
        if (description == null || description.isBlank() || description.length() > 2000) {
            throw new Refusal("workOrder.refused.description");
        }
        return jdbc(db -> {
            WorkOrderData.Target target = WorkOrderData.target(db, city, lamppost, cabinet)
                    .orElseThrow(() -> new Refusal("workOrder.refused.target", lamppost != null ? lamppost : String.valueOf(cabinet), city));
            int hours = target.repairHours();
            Optional<WorkOrder> already = WorkOrderData.unfinished(db, city, lamppost, lamppost == null ? cabinet : null);
            if (already.isPresent()) {
                throw new Refusal("workOrder.refused.duplicate", already.get().target(), String.valueOf(already.get().id()), already.get().status().name());
            }
            Priority chosen = priority != null ? priority : known != null ? known.priority() : Priority.MEDIUM;
            long id = WorkOrderData.insert(db, city, lamppost, target.lamps().getFirst(), known == null ? "REPORTED" : known.name(), description.trim(),
                    chosen, hours, currentUser.username());
            audit.record(city, "lighting.work-order.opened", "lighting/work-order/" + id, null,
                    (lamppost != null ? lamppost : "cabinet " + cabinet) + ": " + description.trim() + " (" + chosen + ", within " + hours + " h)");
            return id;
        });
    }

    public void assign(String city, long id, String contractor) {
        currentUser.require(Role.OPERATOR, city);
        List<String> contractors = accounts.partnerOrganisations(city);
        if (contractor == null || !contractors.contains(contractor)) {
            throw new Refusal("workOrder.refused.contractor", String.valueOf(contractor), city, String.join(", ", contractors));
        }
        WorkOrder order = one(city, id);
        requireStatus(order, WorkOrder.Status.OPEN, WorkOrder.Status.ASSIGNED);
        jdbc(db -> {
            WorkOrderData.move(db, id, WorkOrder.Status.ASSIGNED, "assigned_at", contractor);
            return null;
        });
        audit.record(city, "lighting.work-order.assigned", "lighting/work-order/" + id, order.contractor(), contractor);
    }

    public void start(String city, long id) {
        step(city, id, WorkOrder.Status.ASSIGNED, WorkOrder.Status.IN_PROGRESS, "started_at");
    }

    public void fixed(String city, long id, String note) {
        if (note == null || note.isBlank()) {
            throw new Refusal("workOrder.refused.fixNote");
        }
        step(city, id, WorkOrder.Status.IN_PROGRESS, WorkOrder.Status.FIXED, "fixed_at");
        addNote(city, id, note, null, null);
    }

    public void addNote(String city, long id, String text, byte[] photo, String photoType) {
        WorkOrder order = one(city, id);
        mayWork(city, order);
        if ((text == null || text.isBlank()) && photo == null || text != null && text.length() > 2000) {
            throw new Refusal("workOrder.refused.note");
        }
        if (photo != null && (photo.length > MAX_PHOTO_BYTES || !PHOTO_TYPES.contains(photoType))) {
            throw new Refusal("workOrder.refused.photo", MAX_PHOTO_BYTES / 1024 / 1024);
        }
        jdbc(db -> {
            WorkOrderData.note(db, order, city, currentUser.username(), text == null ? "" : text.trim(), photo, photo == null ? null : photoType);
            return null;
        });
        record(city, "lighting.work-order.note", "lighting/work-order/" + id, null, (photo == null ? "" : "(photo) ") + (text == null ? "" : text.trim()));
    }

    /**
     * Closes a fixed order when the data show its lamp (or every lamp of its cabinet) answering and
     * without a fault now; otherwise says why it stays fixed-but-unverified. Operators ask; the watch
     * tries after each look.
     */
    public Optional<Message> verify(String city, long id) {
        if (!CurrentUser.isSystem()) {
            currentUser.require(Role.OPERATOR, city);
        }
        WorkOrder order = one(city, id);
        requireStatus(order, WorkOrder.Status.FIXED);
        return verify(city, order, faults.readings(city, Instant.now()));
    }

    /** After each look for faults: every fixed order the data now show working is closed (the platform's own check), on one reading of the city. */
    public void verifyFixed(String city) {
        List<WorkOrder> fixed = jdbc(db -> WorkOrderData.all(db, city)).stream().filter(o -> o.status() == WorkOrder.Status.FIXED).toList();
        if (!fixed.isEmpty()) {
            List<LampReading> readings = faults.readings(city, Instant.now());
            fixed.forEach(order -> verify(city, order, readings));
        }
    }

    private Optional<Message> verify(String city, WorkOrder order, List<LampReading> cityReadings) {
        List<LampReading> readings = cityReadings.stream()
                .filter(r -> order.lamppost() != null ? r.lamp().equals(order.lamppost()) : r.cabinet().equals(order.cabinet())).toList();
        if (readings.isEmpty()) {
            return Optional.of(Message.of("workOrder.unverified.noData", order.target()));
        }
        List<FaultDetector.Found> still = FaultDetector.detect(readings);
        if (!still.isEmpty()) {
            return Optional.of(Message.of("workOrder.unverified.fault", order.target(), still.getFirst().why()));
        }
        jdbc(db -> {
            WorkOrderData.move(db, order.id(), WorkOrder.Status.VERIFIED, "verified_at", null);
            return null;
        });
        audit.recordAs("lighting:data", city, "lighting.work-order.verified", "lighting/work-order/" + order.id(), WorkOrder.Status.FIXED.name(),
                WorkOrder.Status.VERIFIED.name());
        return Optional.empty();
    }

    private void step(String city, long id, WorkOrder.Status from, WorkOrder.Status to, String moment) {
        WorkOrder order = one(city, id);
        mayWork(city, order);
        requireStatus(order, from);
        jdbc(db -> {
            WorkOrderData.move(db, id, to, moment, null);
            return null;
        });
        record(city, "lighting.work-order." + to.name().toLowerCase(Locale.ROOT).replace('_', '-'), "lighting/work-order/" + id,
                from.name(), to.name());
    }

    /** An operator's step in the city's audit log as usual; a contractor's through the partners' door (AuditLog#recordForPartner). */
    private void record(String city, String action, String target, String before, String after) {
        if (currentUser.require().may(Role.VIEWER, city)) {
            audit.record(city, action, target, before, after);
        } else {
            audit.recordForPartner(city, action, target, before, after);
        }
    }

    private void mayLook(String city) {
        SignedInUser user = currentUser.require();
        if (!user.canSee(city) && !user.isPartnerIn(city)) {
            throw new NotPermittedException(user.username() + " may not see " + city + "'s work orders.");
        }
    }

    /** The city's operators, or the users of the contractor it is assigned to (only they can load it as partners). */
    private void mayWork(String city, WorkOrder order) {
        SignedInUser user = currentUser.require();
        boolean operator = user.may(Role.OPERATOR, city);
        boolean contractor = user.isPartnerIn(city) && !order.contractor().isEmpty() && order.contractor().equals(user.organisation());
        if (!operator && !contractor) {
            throw new NotPermittedException(user.username() + " may not work on work order " + order.id() + ".");
        }
    }

    private static void requireStatus(WorkOrder order, WorkOrder.Status... allowed) {
        if (!List.of(allowed).contains(order.status())) {
            throw new Refusal("workOrder.refused.status", order.id(), order.status().name(), String.join(", ", List.of(allowed).stream().map(Enum::name).toList()));
        }
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
