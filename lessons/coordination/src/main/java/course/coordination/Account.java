package course.coordination;

import java.util.concurrent.locks.ReentrantLock;

/** A bank account with its own lock. */
final class Account {

    final String name;
    final ReentrantLock lock = new ReentrantLock();
    private long balance; // guarded by lock

    Account(String name, long balance) {
        this.name = name;
        this.balance = balance;
    }

    long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    void add(long amount) { // the caller holds lock
        balance += amount;
    }

    @Override
    public String toString() {
        return "account " + name;
    }
}
