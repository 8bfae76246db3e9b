#!/usr/bin/env python3
"""Runs nangdok (with -j 1 and -j 2) and the espeak-ng CLI side by side on the same cleaned text,
alternating, several rounds, and prints medians and ratios: wall time, real-time factor, peak RSS
of the largest process and of all processes together, and nangdok's time to first audio.

    python3 bench/compare_espeak.py --bin build/nangdok [--rounds 5] [--repeat 50]

Inputs: the example article cleaned by nangdok ("short"), and its body repeated --repeat times
("long", about 160 KB). Every tool writes a WAV file to a temporary folder. RSS is sampled from
/proc every 20 ms over the whole process tree (a fork from Python would skew getrusage).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench_texts import EXAMPLE, audio_seconds, cleaned_example, long_text, write_text


def descendants(pid):
    """pid and its descendants, from /proc/PID/task/*/children (no scan of all of /proc, whose
    cost would slow down the processes being measured)."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    stack.extend(int(child) for child in f.read().split())
        except OSError:
            continue
    return found


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root_pid):
    """(largest process, sum over the tree) resident set in KB."""
    values = [rss_kb(pid) for pid in descendants(root_pid)]
    return (max(values) if values else 0), sum(values)


def run_measured(argv, env=None):
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak_one = peak_all = 0
    while proc.poll() is None:
        one, total = tree_rss_kb(proc.pid)
        peak_one, peak_all = max(peak_one, one), max(peak_all, total)
        time.sleep(0.02)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {err}")
    return wall, peak_one / 1024.0, peak_all / 1024.0, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/nangdok")
    ap.add_argument("--example", default=EXAMPLE)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="nangdok-bench-")
    cleaned = cleaned_example(args.bin, args.example)
    paths = {"short": write_text(tmp, "short.txt", cleaned),
             "long": write_text(tmp, "long.txt", long_text(cleaned, args.repeat))}

    tools = {
        "nangdok -j1": lambda path, out: [args.bin, "read", "--no-clean", "-q", "-j", "1", path, "-o", out],
        "nangdok -j2": lambda path, out: [args.bin, "read", "--no-clean", "-q", "-j", "2", path, "-o", out],
        "espeak-ng": lambda path, out: ["espeak-ng", "-v", "ko", "-f", path, "-w", out],
    }
    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; rounds={args.rounds}")
    print(f"{'text':6} {'bytes':>7} {'tool':12} {'wall_ms':>8} {'x_realtime':>10} {'rss_max_MB':>10} {'rss_all_MB':>10} "
          f"{'first_audio_ms':>14}")
    for name, path in paths.items():
        results = {tool: [] for tool in tools}
        first_audio = {tool: [] for tool in tools}
        for _ in range(args.rounds):
            for tool, command in tools.items():
                out = os.path.join(tmp, "out.wav")
                env = dict(os.environ, NANGDOK_T0_NS=str(time.monotonic_ns()))
                wall, rss_one, rss_all, err = run_measured(command(path, out), env)
                results[tool].append((wall, rss_one, rss_all, audio_seconds(out)))
                first_audio[tool] += [float(l.split(":")[1]) for l in err.splitlines() if l.startswith("first-audio-ms:")]
        medians = {}
        for tool, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            medians[tool] = wall
            fa = f"{statistics.median(first_audio[tool]):14.1f}" if first_audio[tool] else f"{'':14}"
            print(f"{name:6} {os.path.getsize(path):7d} {tool:12} {wall * 1000:8.1f} {runs[0][3] / wall:10.0f} "
                  f"{max(r[1] for r in runs):10.1f} {max(r[2] for r in runs):10.1f} {fa}")
        for tool in ("nangdok -j1", "nangdok -j2"):
            print(f"{name:6} ratio {tool} / espeak-ng wall: {medians[tool] / medians['espeak-ng']:.3f}")


if __name__ == "__main__":
    main()
