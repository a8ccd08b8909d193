package eu.sharingcities.lighting.workorders;

import java.time.Instant;

/** A note on a work order; {@code hasPhoto}: it carries a photo. */
public record WorkOrderNote(long id, String writtenBy, Instant writtenAt, String text, boolean hasPhoto) {

    /** A photo taken on site: its bytes and type (image/jpeg or image/png). */
    public record Photo(byte[] bytes, String type) {
    }
}
