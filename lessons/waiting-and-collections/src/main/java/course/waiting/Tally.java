package course.waiting;

/** Counts how often each word was seen, from any number of threads. */
public interface Tally {

    void add(String word);

    /** How often the word was added; 0 if never. */
    long count(String word);
}
