"""Counts the primes below a limit on several threads, then on several processes, as PrimeJob does in Java.

The same trial division as PrimeCounter.isPrime, and the same balanced split as Split.BALANCED: blocks of
10,000 numbers dealt round-robin to the workers, like cards. Python 3.8 or newer, standard library only.

    python3 primes.py --limit 300000 --workers 1,2,3 --repeat 2

prints one line per measurement, "threads|processes WORKERS SECONDS PRIMES" (the best of the repeats),
after a first line "python VERSION GIL", where GIL is "gil" or "no-gil" (a free-threaded build, PEP 703).
"""

import argparse
import concurrent.futures
import platform
import sys
import threading
import time

BLOCK = 10_000


# tag::is-prime[]
def is_prime(n):
    """Trial division, exactly as PrimeCounter.isPrime in Java."""
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True
# end::is-prime[]


# tag::work[]
def count_blocks(worker, workers, limit):
    """The primes in this worker's blocks: blocks worker, worker + workers, worker + 2 * workers, ..."""
    count = 0
    for start in range(worker * BLOCK, limit, workers * BLOCK):
        for n in range(start, min(start + BLOCK, limit)):
            if is_prime(n):
                count += 1
    return count


def on_threads(limit, workers):
    counts = [0] * workers  # one slot per thread, as in PrimeJob

    def work(worker):
        counts[worker] = count_blocks(worker, workers, limit)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts)


def on_processes(limit, workers):
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(count_blocks, k, workers, limit) for k in range(workers)]
        return sum(future.result() for future in futures)
# end::work[]


def timed(run, limit, workers):
    start = time.perf_counter()
    primes = run(limit, workers)
    return time.perf_counter() - start, primes


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)  # Python 3.13 and later
    return True if check is None else check()


def worker_list(text):
    try:
        workers = [int(part) for part in text.split(",")]
    except ValueError:
        workers = []
    if not workers or any(w < 1 or w > 256 for w in workers):
        raise argparse.ArgumentTypeError("needs a comma-separated list of whole numbers from 1 to 256, such as 1,2,3")
    return workers


def main():
    parser = argparse.ArgumentParser(description="Counts primes on threads and on processes.")
    parser.add_argument("--limit", type=int, default=300_000, help="count the primes below this (default 300000)")
    parser.add_argument("--workers", type=worker_list, default=[1, 2], help="numbers of workers, such as 1,2,3")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, the best is printed (default 1)")
    parser.add_argument("--only", choices=["threads", "processes"], help="measure only one of the two")
    args = parser.parse_args()
    if not 1_000 <= args.limit <= 100_000_000 or not 1 <= args.repeat <= 20:
        parser.error("--limit needs a whole number from 1000 to 100000000, --repeat one from 1 to 20")

    print("python", platform.python_version(), "gil" if gil_enabled() else "no-gil", flush=True)
    kinds = [(kind, run) for kind, run in (("threads", on_threads), ("processes", on_processes))
             if args.only in (None, kind)]
    best = {}
    # Round after round of every measurement, so that a moment when the machine is busy with something else
    # slows one round of all of them down, not all the rounds of one.
    for _ in range(args.repeat):
        for kind, run in kinds:
            for workers in args.workers:
                seconds, primes = timed(run, args.limit, workers)
                if (kind, workers) not in best or seconds < best[(kind, workers)][0]:
                    best[(kind, workers)] = (seconds, primes)
    for (kind, workers), (seconds, primes) in best.items():
        print(kind, workers, "%.4f" % seconds, primes, flush=True)


if __name__ == "__main__":
    main()
