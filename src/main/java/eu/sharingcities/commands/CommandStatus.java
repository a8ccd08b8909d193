package eu.sharingcities.commands;

/** Where a command ended: refused by the platform, sent and waiting, confirmed by reading it back, or failed. */
public enum CommandStatus {
    REFUSED, SENT, CONFIRMED, FAILED
}
