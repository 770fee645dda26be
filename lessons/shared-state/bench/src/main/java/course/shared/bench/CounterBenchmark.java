package course.shared.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The shared-state lesson's four correct counters, incremented by all benchmark threads at once (-t sets how many).
 * The lesson module is not a dependency (a lesson stays standalone), so the counters are written out here.
 */
@State(Scope.Benchmark) // one counter shared by every thread: the contended case
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CounterBenchmark {

    private long synchronizedCount;
    private long lockedCount;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong atomic = new AtomicLong();
    private final LongAdder adder = new LongAdder();

    @Benchmark
    public synchronized long synchronizedIncrement() {
        return ++synchronizedCount;
    }

    @Benchmark
    public long reentrantLockIncrement() {
        lock.lock();
        try {
            return ++lockedCount;
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public long atomicLongIncrement() {
        return atomic.incrementAndGet();
    }

    @Benchmark
    public void longAdderIncrement() {
        adder.increment();
    }
}
