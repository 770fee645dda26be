package course.coordination;

import java.util.concurrent.LinkedBlockingQueue;

/** Starts a PoliteWorker, gives it two messages, interrupts it while it waits for a third. */
public final class InterruptDemo {

    private InterruptDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("InterruptDemo takes no arguments");
            System.exit(2);
        }
        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        boolean[] flagSetAtTheEnd = new boolean[1];
        Thread worker = Thread.ofPlatform().name("worker").start(() -> {
            new PoliteWorker(inbox, message -> System.out.println("worker handles " + message)).run();
            flagSetAtTheEnd[0] = Thread.currentThread().isInterrupted();
        });
        inbox.put("first message");
        inbox.put("second message");
        while (!inbox.isEmpty() || worker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait(); // until the worker has handled both and waits in take()
        }
        System.out.println("main interrupts the worker while it waits for a message");
        worker.interrupt();
        worker.join();
        System.out.println("worker stopped; its interrupt flag was " + (flagSetAtTheEnd[0] ? "still set" : "lost"));
    }
}
