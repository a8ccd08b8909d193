package eu.sharingcities.partners.events;

/** What a session of an event is; one-to-one meetings are booked only inside {@code MEETINGS} sessions. */
public enum SessionKind {
    PLENARY, WORKSHOP, TRADE_SHOW, MEETINGS, VISIT, SOCIAL;

    /** Its code in the database and in the texts' keys ({@code events.kind.<code>}), e.g. trade-show. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    static SessionKind of(String code) {
        return valueOf(code.toUpperCase().replace('-', '_'));
    }
}
