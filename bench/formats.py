#!/usr/bin/env python3
"""Wall time and real-time factor of `nangdok read -o` for each output format, side by side on
the same text, alternating formats each round; prints medians, the ratio to WAV, and the CPU time
(user + system) of nangdok and its synthesis workers.

    python3 bench/formats.py --bin build/nangdok [--rounds 3] [--repeat 10]

The text is the cleaned example's body repeated --repeat times.
"""
import argparse
import os
import resource
import statistics
import subprocess
import tempfile
import time

from bench_texts import EXAMPLE, audio_seconds, cleaned_example, long_text, write_text

FORMATS = ["wav", "flac", "ogg", "opus", "mp3"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/nangdok")
    ap.add_argument("--example", default=EXAMPLE)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="nangdok-formats-")
    text_path = write_text(tmp, "long.txt", long_text(cleaned_example(args.bin, args.example), args.repeat))

    walls = {f: [] for f in FORMATS}
    cpus = {f: [] for f in FORMATS}
    sizes = {}
    for _ in range(args.rounds):
        for fmt in FORMATS:
            out = os.path.join(tmp, "out." + fmt)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.monotonic()
            subprocess.run([args.bin, "read", "-q", "--no-clean", text_path, "-o", out], check=True)
            walls[fmt].append(time.monotonic() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[fmt].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            sizes[fmt] = os.path.getsize(out)
    audio_s = audio_seconds(os.path.join(tmp, "out.wav"))
    print(f"text: {os.path.getsize(text_path)} bytes, {audio_s:.0f} s of audio; {os.cpu_count()} cores; rounds={args.rounds}")
    print(f"{'format':6} {'wall_s':>7} {'x_realtime':>10} {'vs_wav':>7} {'cpu_s':>7} {'MB':>7} {'smaller':>8}")
    wav_wall = statistics.median(walls["wav"])
    for fmt in FORMATS:
        wall = statistics.median(walls[fmt])
        print(f"{fmt:6} {wall:7.2f} {audio_s / wall:10.0f} {wall / wav_wall:7.2f} {statistics.median(cpus[fmt]):7.2f} "
              f"{sizes[fmt] / 1e6:7.1f} "
              f"{sizes['wav'] / sizes[fmt]:7.1f}x")


if __name__ == "__main__":
    main()
