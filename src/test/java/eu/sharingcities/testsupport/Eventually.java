package eu.sharingcities.testsupport;

import java.time.Duration;

/** Waits for what the platform does asynchronously (ingestion, reconnects), failing after a bound. */
public final class Eventually {

    private Eventually() {
    }

    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    public static void await(Duration limit, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + limit.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /** Waits until {@code actual} yields {@code expected}; on timeout says what it last was. */
    public static <T> void awaitEquals(Duration limit, T expected, java.util.concurrent.Callable<T> actual) throws Exception {
        awaitEquals(limit, expected, actual, (wanted, last) -> "expected\n  " + wanted + "\nbut was\n  " + last);
    }

    /** As {@link #awaitEquals(Duration, Object, java.util.concurrent.Callable)}, telling the difference in {@code difference}'s words. */
    public static <T> void awaitEquals(Duration limit, T expected, java.util.concurrent.Callable<T> actual,
                                       java.util.function.BiFunction<T, T, String> difference) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        T last;
        while (!(last = actual.call()).equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + limit.toSeconds() + " s: " + difference.apply(expected, last));
            }
            Thread.sleep(50);
        }
    }

    /** The first value {@code attempt} gives without throwing; after the bound, its last failure. */
    public static <T> T awaitValue(Duration limit, java.util.concurrent.Callable<T> attempt) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return attempt.call();
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
