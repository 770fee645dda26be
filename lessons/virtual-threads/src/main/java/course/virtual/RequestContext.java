package course.virtual;

import java.io.PrintStream;

/** A ScopedValue carries the current user down a call chain without passing it as a parameter. */
public final class RequestContext {

    // tag::scoped-value[]
    static final ScopedValue<String> USER = ScopedValue.newInstance();

    static String handle(String request) {
        return audit("handled " + request);         // no user parameter anywhere in between
    }

    static String audit(String event) {
        String user = USER.isBound() ? USER.get() : "nobody";
        return event + " for " + user;
    }

    static void serve(PrintStream out) {
        ScopedValue.where(USER, "ada").run(() -> out.println(handle("GET /orders")));   // bound in here only
        ScopedValue.where(USER, "grace").run(() -> out.println(handle("GET /invoices")));
        out.println(handle("GET /health"));                                            // unbound out here
    }
    // end::scoped-value[]

    private RequestContext() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("RequestContext takes no arguments");
            System.exit(2);
        }
        serve(System.out);
    }
}
