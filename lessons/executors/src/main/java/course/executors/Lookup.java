package course.executors;

/** Asks a slow service for something: the program waits a while, the tests wait on a barrier or a latch. */
@FunctionalInterface
public interface Lookup {
    String find(String key) throws Exception;
}
