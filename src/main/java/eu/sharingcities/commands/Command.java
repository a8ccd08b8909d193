package eu.sharingcities.commands;

import eu.sharingcities.text.Message;

import java.time.Instant;

/** One command as audited: who asked for what and why, what the controller had and what it read back. */
public record Command(long id, String cityCode, String point, String unit, String requestedBy, String reason, Double oldValue, double newValue,
                      Double readBack, CommandStatus status, Message message, Instant requestedAt, Instant finishedAt) {
}
