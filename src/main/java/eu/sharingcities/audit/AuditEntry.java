package eu.sharingcities.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One thing that happened. Never changed once written (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** Null for events that belong to no single city (sign-ins, consortium-wide changes). */
    @Column(name = "city_code", updatable = false)
    private String cityCode;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String target;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String cityCode, String action, String target, String before, String after) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor, "An actor is required.");
        this.cityCode = cityCode;
        this.action = Objects.requireNonNull(action, "An action is required.");
        this.target = Objects.requireNonNull(target, "A target is required.");
        this.before = before;
        this.after = after;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, at, actor, cityCode, action, target, before, after);
    }
}
