package eu.sharingcities.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where readings wait while PostgreSQL is down or too slow: append-only segment files of 24-byte
 * records (point, source time µs, value, status), each append forced to disk, so a reading the
 * pipeline accepted survives a crash. Bounded: past {@code maxBytes} an append is refused, and the
 * caller counts and logs what it could not keep. Replayed oldest segment first; a segment is deleted
 * only after its readings are committed.
 */
public final class Spool {

    private static final int RECORD_BYTES = 24;
    private static final long SEGMENT_BYTES = 16L * 1024 * 1024;

    private final Path dir;
    private final long maxBytes;
    private FileChannel current;
    private Path currentPath;
    private long sequence;

    public Spool(Path dir, long maxBytes) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.maxBytes = maxBytes;
        this.sequence = segments().stream().mapToLong(Spool::sequenceOf).max().orElse(0);
    }

    /** Appends the batch durably, or throws {@link SpoolFullException} and keeps nothing of it. */
    public synchronized void append(ReadingBatch batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        long needed = (long) batch.size() * RECORD_BYTES;
        if (bytes() + needed > maxBytes) {
            throw new SpoolFullException(batch.size(), maxBytes);
        }
        if (current == null || current.size() + needed > SEGMENT_BYTES) {
            roll();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) needed);
        for (int i = 0; i < batch.size(); i++) {
            buffer.putInt(batch.point(i)).putLong(batch.epochMicros(i)).putDouble(batch.value(i)).putInt(batch.status(i));
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
            current.write(buffer);
        }
        current.force(false);
    }

    /**
     * Hands the oldest segment to {@code commit} and deletes it once that returns normally.
     * Returns false when the spool is empty.
     */
    public synchronized boolean replayOldest(SegmentCommit commit) throws Exception {
        List<Path> segments = segments();
        if (segments.isEmpty()) {
            return false;
        }
        Path oldest = segments.getFirst();
        if (oldest.equals(currentPath)) {
            current.close(); // new appends go to a fresh segment
            current = null;
            currentPath = null;
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(oldest));
        ReadingBatch batch = new ReadingBatch(bytes.remaining() / RECORD_BYTES);
        while (bytes.remaining() >= RECORD_BYTES) { // a torn last record (crash mid-append) is ignored
            batch.add(bytes.getInt(), bytes.getLong(), bytes.getDouble(), bytes.getInt());
        }
        commit.commit(batch);
        Files.delete(oldest);
        return true;
    }

    public synchronized long bytes() throws IOException {
        long total = 0;
        for (Path segment : segments()) {
            total += Files.size(segment);
        }
        return total;
    }

    public synchronized boolean isEmpty() throws IOException {
        return segments().isEmpty();
    }

    private void roll() throws IOException {
        if (current != null) {
            current.close();
        }
        sequence++;
        currentPath = dir.resolve(String.format("segment-%016d.spool", sequence));
        current = FileChannel.open(currentPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("segment-\\d{16}\\.spool")).sorted().toList();
        }
    }

    private static long sequenceOf(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(8, 24));
    }

    /** Commits a replayed segment's readings; throwing keeps the segment for the next try. */
    @FunctionalInterface
    public interface SegmentCommit {
        void commit(ReadingBatch batch) throws Exception;
    }

    /** The spool has reached its size limit. */
    public static final class SpoolFullException extends IOException {
        SpoolFullException(int readings, long maxBytes) {
            super("spool full (" + maxBytes / 1_048_576 + " MB): " + readings + " readings could not be kept; "
                    + "bring PostgreSQL back or raise PLATFORM_SPOOL_MAX_MB");
        }
    }
}
