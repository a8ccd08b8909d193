package eu.sharingcities.security;

/**
 * Where security records what accounts did (sign-ins, failed guesses, grants, password changes):
 * implemented by the audit log ({@code audit/AuditLog}), which depends on security for who acts,
 * so security depends on this interface and not on the audit package.
 */
public interface SecurityAudit {

    /** One entry in the caller's transaction; {@code cityCode} null for platform-wide events. */
    void record(String cityCode, String action, String target, String before, String after);
}
