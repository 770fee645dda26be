package course.worker;

/** The smallest example: one Worker thread, started from main. */
public final class OneWorker {

    private OneWorker() {
    }

    // tag::main[]
    public static void main(String[] args) throws InterruptedException {
        Worker worker = new Worker(1);
        worker.start(); // a new thread now runs worker.run()
        System.out.println("main: worker started");
        worker.join();  // main waits here until the worker has printed its last line
        System.out.println("main: worker finished");
    }
    // end::main[]
}
