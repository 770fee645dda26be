"""Threads that add 1 to one shared count, two ways: `count += 1`, and a read and a write with a call between.

    python3 lost_update.py --threads 4 --increments 500000

prints a first line "python VERSION gil|no-gil", then one line per way, "WAY FINAL EXPECTED": the count the
threads ended at, and the count they would end at if no addition was lost. Python 3.8 or newer, standard
library only. What it shows is what this interpreter did in this run, not a rule of the language.
"""

import argparse
import platform
import sys
import threading

count = 0


# tag::ways[]
def plain_add(increments):
    global count
    for _ in range(increments):
        count += 1  # read, add, write: no call in between


def note():
    pass  # a call to a Python function: a point where the interpreter may hand the GIL to another thread


def call_between(increments):
    global count
    for _ in range(increments):
        seen = count      # read
        note()            # a call between the read and the write
        count = seen + 1  # write what was read, plus one
# end::ways[]


def run(way, threads, increments):
    global count
    count = 0
    start_together = threading.Barrier(threads)

    def work():
        start_together.wait()  # all threads are alive before any adds: no thread is done before another starts
        way(increments)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return count


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)  # Python 3.13 and later
    return True if check is None else check()


def main():
    parser = argparse.ArgumentParser(description="Threads adding to one shared count.")
    parser.add_argument("--threads", type=int, default=4, help="threads, 2 to 64 (default 4)")
    parser.add_argument("--increments", type=int, default=500_000, help="additions per thread (default 500000)")
    args = parser.parse_args()
    if not 2 <= args.threads <= 64 or not 1 <= args.increments <= 10_000_000:
        parser.error("--threads needs a whole number from 2 to 64, --increments one from 1 to 10000000")
    print("python", platform.python_version(), "gil" if gil_enabled() else "no-gil", flush=True)
    expected = args.threads * args.increments
    for name, way in (("plain-add", plain_add), ("call-between", call_between)):
        print(name, run(way, args.threads, args.increments), expected, flush=True)


if __name__ == "__main__":
    main()
