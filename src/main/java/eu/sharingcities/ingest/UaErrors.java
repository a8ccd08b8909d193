package eu.sharingcities.ingest;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/** What an OPC UA failure means, in words for the endpoint's status and the log. */
final class UaErrors {

    private UaErrors() {
    }

    /** Whether the controller's certificate was refused by the platform's trust list. */
    static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UaException ua) {
                long status = ua.getStatusCode().getValue();
                if (status == StatusCodes.Bad_SecurityChecksFailed
                        || status == StatusCodes.Bad_CertificateUntrusted) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The innermost cause's message, at most 300 characters. */
    static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
