package course.waiting;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** What iterators do when the collection changes under them: fail fast, snapshot, weakly consistent. */
public final class SnapshotDemo {

    private SnapshotDemo() {
    }

    static void run(PrintStream out) {
        // tag::iterators[]
        List<String> plain = new ArrayList<>(List.of("a", "b", "c"));
        try {
            for (String s : plain) {
                if (s.equals("a")) {
                    plain.add("d");          // changes the list under its own iterator
                }
            }
            out.println("ArrayList: no exception");
        } catch (ConcurrentModificationException e) {
            out.println("ArrayList: ConcurrentModificationException (fail-fast iterator)");
        }

        List<String> copyOnWrite = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        Iterator<String> snapshot = copyOnWrite.iterator(); // walks the array as it is now
        copyOnWrite.add("d");
        List<String> seen = new ArrayList<>();
        snapshot.forEachRemaining(seen::add);
        out.println("CopyOnWriteArrayList: the iterator saw " + seen + ", the list is now " + copyOnWrite);

        Map<String, Integer> map = new ConcurrentHashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        for (String key : map.keySet()) {
            map.putIfAbsent(key + key, 0);   // allowed while iterating; may or may not be seen
        }
        out.println("ConcurrentHashMap: no exception; every key there at the start was seen once");
        // end::iterators[]

        Listeners listeners = new Listeners();
        List<String> heard = new ArrayList<>();
        listeners.add(event -> heard.add("logger: " + event));
        listeners.add(new Consumer<>() {
            @Override
            public void accept(String event) {
                heard.add("one-shot: " + event);
                listeners.remove(this); // removes itself while publish is walking the list
            }
        });
        listeners.publish("first");
        listeners.publish("second");
        out.println("Listeners heard " + heard);
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("SnapshotDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
