package course.gil;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A JDK Flight Recorder event: a thread held the global lock from the event's start to its end. It costs
 * next to nothing while no recording runs; a recording shows exactly when each thread held the lock, which
 * the site's timeline of this lesson is drawn from.
 */
// tag::event[]
@Name("course.LockHeld")
@Label("Global lock held")
@Category("Course")
@Description("A thread holds the global lock: it may compute")
final class LockHeld extends jdk.jfr.Event {
    // no fields: the event's start and end times say when the lock was held, and its thread by whom
}
// end::event[]
