package course.shared;

/** Something that several threads increment at once, and that tells the total afterwards. */
public interface Counter {

    void increment();

    long get();
}
