package course.waiting;

import java.io.PrintStream;

/** A postman thread posts letters through a one-letter mailbox; the main thread reads them in order. */
public final class MailboxDemo {

    static final int LETTERS = 5;

    private MailboxDemo() {
    }

    // tag::demo[]
    static void run(PrintStream out, int letters) throws InterruptedException {
        Mailbox<String> box = new Mailbox<>();
        Thread postman = Thread.ofPlatform().name("postman").start(() -> {
            try {
                for (int i = 1; i <= letters; i++) {
                    box.put("letter " + i); // waits while the previous letter is still in the box
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 1; i <= letters; i++) {
            out.println("read " + box.take()); // waits while the box is empty
        }
        postman.join();
    }
    // end::demo[]

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.err.println("MailboxDemo takes no arguments");
            System.exit(2);
        }
        run(System.out, LETTERS);
    }
}
