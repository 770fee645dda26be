package course.coordination;

/** Moving money takes both accounts' locks. In which order decides whether it can deadlock. */
final class Transfers {

    private Transfers() {
    }

    // tag::deadlock-prone[]
    /** Locks `from`, then `to`. Two opposite transfers at once can each hold one lock and wait for the other. */
    static void transfer(Account from, Account to, long amount, Runnable afterFirstLock) throws InterruptedException {
        from.lock.lockInterruptibly();
        try {
            afterFirstLock.run();
            to.lock.lockInterruptibly(); // an interrupt here gives up: nothing has been moved yet
            try {
                from.add(-amount);       // both changes happen under both locks, or neither happens
                to.add(amount);
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }
    // end::deadlock-prone[]

    // tag::ordered[]
    /** Always locks the account whose name sorts first: every thread takes the locks in one global order. */
    static void transferOrdered(Account from, Account to, long amount, Runnable afterFirstLock)
            throws InterruptedException {
        Account first = from.name.compareTo(to.name) < 0 ? from : to;
        Account second = first == from ? to : from;
        first.lock.lockInterruptibly();
        try {
            afterFirstLock.run();
            second.lock.lockInterruptibly();
            try {
                from.add(-amount);
                to.add(amount);
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }
    // end::ordered[]
}
