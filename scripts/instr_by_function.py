#!/usr/bin/env python3
"""Instructions per function, per corpus pass, from two callgrind runs of
Node (see scripts/instr-by-function.sh):

    instr_by_function.py FEWER.callgrind MORE.callgrind EXTRA_PASSES [TOP]

Each callgrind file holds counts per instruction address (--dump-instr=yes);
code that V8 generated is named by the perf map Node wrote
(/tmp/perf-PID.map, PID from the file's "pid:" line), other code by
callgrind's own function names. The two runs differ by EXTRA_PASSES passes
over the corpus, so their difference, divided by that, is one steady-state
pass: start-up and compiling cancel out.
"""
import bisect
import collections
import re
import sys


def perf_map(pid):
    """(starts, [(start, end, name)]) of the code V8 wrote for process pid."""
    ranges = []
    with open(f"/tmp/perf-{pid}.map") as f:
        for line in f:
            start, size, name = line.rstrip("\n").split(" ", 2)
            start = int(start, 16)
            ranges.append((start, start + int(size, 16), name))
    ranges.sort()
    return [r[0] for r in ranges], ranges


def clean(name):
    """A function's name without V8's prefixes and tier, nor Rust's hash."""
    name = re.sub(r"^(JS|Builtin):\*?", "", name)
    name = re.sub(r"-\d+-(turbofan|liftoff)$", "", name)
    return re.sub(r"::h[0-9a-f]{16}", "", name)


def counts(path):
    """Instructions by function name over a whole callgrind file."""
    by_name = collections.Counter()
    names = {}
    starts = ranges = None
    function = None
    address = 0
    after_calls = False
    with open(path) as f:
        for line in f:
            if line.startswith("pid:"):
                starts, ranges = perf_map(line.split()[1])
                continue
            if line.startswith(("fn=", "cfn=")):
                # A name is given with its number the first time the number
                # is used, by either kind of line.
                m = re.match(r"c?fn=\((\d+)\)(?: (.*))?", line.rstrip("\n"))
                if m.group(2):
                    names[m.group(1)] = m.group(2)
                if line.startswith("fn="):
                    function = names.get(m.group(1), "?")
                continue
            if line.startswith("calls="):
                after_calls = True  # the next line is the call's inclusive cost
                continue
            if not line or line[0] not in "0123456789+-*":
                continue
            fields = line.split()
            position = fields[0]
            if position.startswith("0x"):
                address = int(position, 16)
            elif position[0] in "+-":
                step = int(position[1:], 0)
                address += step if position[0] == "+" else -step
            if after_calls:
                after_calls = False
                continue
            if len(fields) < 3:
                continue
            cost = int(fields[2])
            i = bisect.bisect_right(starts, address) - 1
            if i >= 0 and address < ranges[i][1]:
                by_name[clean(ranges[i][2])] += cost
            else:
                by_name[clean(function)] += cost
    return by_name


def main():
    fewer, more, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    a, b = counts(fewer), counts(more)
    per_pass = {k: (b[k] - a.get(k, 0)) / passes for k in b}
    total = sum(per_pass.values())
    print(f"instructions per corpus pass: {total / 1e6:.2f}M, by function:")
    for name, n in sorted(per_pass.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{n / 1e6:8.2f}M {100 * n / total:5.1f}%  {name[:100]}")


main()
