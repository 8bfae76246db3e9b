#!/usr/bin/env python3
"""A batch of copies of the example article: `nangdok read ... --output-dir DIR -j 2` against the
espeak-ng CLI run on the same cleaned texts one after another; alternating, medians and ratio.

    python3 bench/batch.py --bin build/nangdok [--copies 100] [--rounds 3] [--jobs 2]

nangdok cleans each raw copy itself; espeak-ng gets the texts nangdok cleaned beforehand, so both
speak the same words.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/nangdok")
    ap.add_argument("--example", default=os.path.join(os.path.dirname(__file__), "..", "examples", "seoul-dubai.txt"))
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="nangdok-batch-bench-")
    raw_dir, clean_dir = os.path.join(tmp, "raw"), os.path.join(tmp, "clean")
    os.makedirs(raw_dir)
    os.makedirs(clean_dir)
    cleaned = subprocess.run([args.bin, "clean", args.example], check=True, capture_output=True).stdout
    for i in range(args.copies):
        shutil.copy(args.example, os.path.join(raw_dir, f"a{i:03d}.txt"))
        with open(os.path.join(clean_dir, f"a{i:03d}.txt"), "wb") as f:
            f.write(cleaned)
    raw = sorted(os.path.join(raw_dir, n) for n in os.listdir(raw_dir))
    clean = sorted(os.path.join(clean_dir, n) for n in os.listdir(clean_dir))

    times = {"nangdok": [], "espeak-ng": []}
    for _ in range(args.rounds):
        out = os.path.join(tmp, "out")
        shutil.rmtree(out, ignore_errors=True)
        start = time.monotonic()
        subprocess.run([args.bin, "read", *raw, "--output-dir", out, "-j", str(args.jobs), "-q"], check=True)
        times["nangdok"].append(time.monotonic() - start)
        start = time.monotonic()
        for path in clean:
            subprocess.run(["espeak-ng", "-v", "ko", "-f", path, "-w", os.path.join(tmp, "e.wav")], check=True)
        times["espeak-ng"].append(time.monotonic() - start)
    n, e = statistics.median(times["nangdok"]), statistics.median(times["espeak-ng"])
    print(f"{args.copies} copies, {os.cpu_count()} cores, rounds={args.rounds}")
    print(f"nangdok --output-dir -j {args.jobs}: {n:.2f} s; espeak-ng one after another: {e:.2f} s; ratio {n / e:.3f}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
