package course.waiting;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
        List<String> keysSeen = new ArrayList<>();
        for (String key : map.keySet()) {
            keysSeen.add(key);
            if (key.length() == 1) {
                map.putIfAbsent(key + key, 0); // allowed while iterating; "aa" may or may not be seen
            }
        }
        out.println("ConcurrentHashMap: no exception; " + weaklyConsistent(List.of("a", "b", "c"), keysSeen));
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

    /** What a weakly consistent iterator saw: every key of the start once, and some of the keys added. */
    static String weaklyConsistent(List<String> atTheStart, List<String> seen) {
        for (String key : atTheStart) {
            long times = seen.stream().filter(key::equals).count();
            if (times != 1) {
                return "key " + key + " was seen " + times + " times";
            }
        }
        long added = seen.size() - atTheStart.size();
        return String.format(Locale.US, "saw each of the %d keys there at the start once, and %d of the %d keys"
                + " added meanwhile", atTheStart.size(), added, atTheStart.size());
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("SnapshotDemo takes no arguments");
            System.exit(2);
        }
        run(System.out);
    }
}
