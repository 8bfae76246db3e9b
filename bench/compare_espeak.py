#!/usr/bin/env python3
"""Runs nangdok and the espeak-ng CLI side by side on the same cleaned text, alternating, and prints
medians and ratios: wall time, real-time factor, peak RSS, and nangdok's time to first audio.

    python3 bench/compare_espeak.py --bin build/nangdok [--rounds 7] [--repeat 50]

Inputs: the example article cleaned by nangdok ("short"), and its body repeated --repeat times
("long"). Both tools write a WAV file to a temporary folder.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave


RSS_TAG = "@@peak-rss-kb "


def run_measured(argv, env=None):
    """Wall seconds, peak RSS in MB and stderr of one run. Peak RSS comes from GNU time: a child
    forked from Python would count Python's own pages from before exec()."""
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", RSS_TAG + "%M", *argv], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=env)
    wall = time.monotonic() - start
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {err}")
    rss_kb = next(int(l[len(RSS_TAG):]) for l in err.splitlines() if l.startswith(RSS_TAG))
    return wall, rss_kb / 1024.0, err


def audio_seconds(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/nangdok")
    ap.add_argument("--example", default=os.path.join(os.path.dirname(__file__), "..", "examples", "seoul-dubai.txt"))
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="nangdok-bench-")
    cleaned = subprocess.run([args.bin, "clean", args.example], check=True, capture_output=True, text=True).stdout
    blocks = cleaned.strip().split("\n\n")
    texts = {"short": cleaned, "long": "\n\n".join(blocks[1:] * args.repeat) + "\n"}
    paths = {}
    for name, text in texts.items():
        paths[name] = os.path.join(tmp, name + ".txt")
        with open(paths[name], "w", encoding="utf-8") as f:
            f.write(text)

    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; rounds={args.rounds}")
    print(f"{'text':6} {'bytes':>7} {'tool':8} {'wall_ms':>8} {'x_realtime':>10} {'rss_MB':>7} {'first_audio_ms':>14}")
    for name, path in paths.items():
        results = {"nangdok": [], "espeak-ng": []}
        first_audio = []
        for _ in range(args.rounds):
            out_n, out_e = os.path.join(tmp, "n.wav"), os.path.join(tmp, "e.wav")
            env = dict(os.environ, NANGDOK_T0_NS=str(time.monotonic_ns()))
            wall, rss, err = run_measured([args.bin, "read", "--no-clean", "-q", path, "-o", out_n], env)
            results["nangdok"].append((wall, rss, audio_seconds(out_n)))
            first_audio += [float(l.split(":")[1]) for l in err.splitlines() if l.startswith("first-audio-ms:")]
            wall, rss, _ = run_measured(["espeak-ng", "-v", "ko", "-f", path, "-w", out_e])
            results["espeak-ng"].append((wall, rss, audio_seconds(out_e)))
        medians = {}
        for tool, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            rss = statistics.median(r[1] for r in runs)
            rtf = runs[0][2] / wall
            medians[tool] = (wall, rss)
            fa = f"{statistics.median(first_audio):14.1f}" if tool == "nangdok" and first_audio else f"{'':14}"
            print(f"{name:6} {os.path.getsize(path):7d} {tool:8} {wall * 1000:8.1f} {rtf:10.0f} {rss:7.1f} {fa}")
        print(f"{name:6} ratio nangdok/espeak-ng: wall {medians['nangdok'][0] / medians['espeak-ng'][0]:.3f}, "
              f"rss {medians['nangdok'][1] / medians['espeak-ng'][1]:.3f}")


if __name__ == "__main__":
    main()
