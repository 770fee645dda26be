package course.coordination;

import java.util.Locale;

/** One transfer on a thread of its own, which remembers whether it moved the money or was cancelled. */
final class TransferThread {

    interface Move {
        void run() throws InterruptedException;
    }

    final String name;
    final String what;
    private final Thread thread;
    // Written by the transfer's thread before it ends, read only after join(): join orders them (JLS 17.4.5).
    private boolean completed;
    private RuntimeException failure;

    private TransferThread(String name, String what, Move move) {
        this.name = name;
        this.what = what;
        this.thread = Thread.ofPlatform().name(name).unstarted(() -> {
            try {
                move.run();
                completed = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // cancelled before both locks were held: nothing moved
            } catch (RuntimeException e) {
                failure = e; // handed to whoever joins: a failure is never lost
            }
        });
    }

    static TransferThread start(String name, Account from, Account to, long amount, Move move) {
        TransferThread transfer = new TransferThread(name,
                String.format(Locale.US, "%d from %s to %s", amount, from.name, to.name), move);
        transfer.thread.start();
        return transfer;
    }

    void interrupt() {
        thread.interrupt();
    }

    /** Waits for the transfer to end; true if it moved the money, false if it was cancelled. */
    boolean join() throws InterruptedException {
        thread.join();
        if (failure != null) {
            throw new IllegalStateException(name + " failed", failure);
        }
        return completed;
    }

    Thread thread() {
        return thread;
    }
}
