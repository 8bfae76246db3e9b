#!/usr/bin/env python3
"""Writing each output format with `nangdok read -o`, side by side with what a user would otherwise
run: `espeak-ng -w` for WAV, `espeak-ng --stdout | lame -V 9` for MP3 and
`espeak-ng --stdout | opusenc --bitrate 32` for Opus. Alternating every round; prints medians (and
the spread) of the wall time, the peak memory of the largest process and of all of them together,
the CPU time and the output size, then the ratios of each nangdok format to its pipeline.

    python3 bench/formats.py --bin build/nangdok [--rounds 5] [--repeat 20] [--jobs N]

The text is the cleaned example's body repeated --repeat times. Peak memory is the kernel's own
high-water mark of each process (GNU time's %M, from wait4), so no short peak is missed; a worker
forked by nangdok counts separately. Needs /usr/bin/time, and lame and opus-tools for the pipelines
(Debian packages time, lame, opus-tools); a pipeline whose tool is missing is left out.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

from bench_texts import EXAMPLE, audio_seconds, cleaned_example, long_text, write_text

NANGDOK_FORMATS = ["wav", "mp3", "opus", "flac", "ogg"]
TIME = "/usr/bin/time"


def timed(argv, tag, tmp, **popen):
    """Starts argv under GNU time, which writes the process's peak RSS (KiB) and CPU seconds."""
    report = os.path.join(tmp, tag + ".time")
    proc = subprocess.Popen([TIME, "-f", "%M %U %S", "-o", report, *argv], **popen)
    return proc, report


def read_time(report):
    with open(report) as f:
        kib, user, system = f.read().split()[-3:]
    return int(kib) / 1024.0, float(user) + float(system)


def run_nangdok(binary, text, out, jobs, tmp):
    argv = [binary, "read", "-q", "--no-clean", text, "-o", out]
    if jobs:
        argv += ["-j", str(jobs)]
    start = time.monotonic()
    proc, report = timed(argv, "nangdok", tmp)
    if proc.wait() != 0:
        raise SystemExit(f"{' '.join(argv)} failed")
    wall = time.monotonic() - start
    rss, cpu = read_time(report)
    return wall, rss, rss, cpu


def run_pipeline(text, encoder, tmp):
    """espeak-ng --stdout | encoder: wall time until both have ended; peak RSS of each."""
    start = time.monotonic()
    speak, speak_report = timed(["espeak-ng", "-v", "ko", "-f", text, "--stdout"], "espeak", tmp,
                                stdout=subprocess.PIPE)
    encode, encode_report = timed(encoder, "encoder", tmp, stdin=speak.stdout,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    speak.stdout.close()
    if encode.wait() != 0 or speak.wait() != 0:
        raise SystemExit(f"espeak-ng | {' '.join(encoder)} failed")
    wall = time.monotonic() - start
    rss_speak, cpu_speak = read_time(speak_report)
    rss_encode, cpu_encode = read_time(encode_report)
    return wall, max(rss_speak, rss_encode), rss_speak + rss_encode, cpu_speak + cpu_encode


def run_espeak_wav(text, out, tmp):
    start = time.monotonic()
    proc, report = timed(["espeak-ng", "-v", "ko", "-f", text, "-w", out], "espeak", tmp)
    if proc.wait() != 0:
        raise SystemExit("espeak-ng failed")
    wall = time.monotonic() - start
    rss, cpu = read_time(report)
    return wall, rss, rss, cpu


def spread(values):
    return f"{min(values):.2f}-{max(values):.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/nangdok")
    ap.add_argument("--example", default=EXAMPLE)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=0, help="nangdok's -j (default: its own, the number of cores)")
    ap.add_argument("--formats", default=",".join(NANGDOK_FORMATS))
    args = ap.parse_args()
    if not os.path.exists(TIME):
        raise SystemExit(f"{TIME} is missing (Debian package time)")

    tmp = tempfile.mkdtemp(prefix="nangdok-formats-")
    text = write_text(tmp, "long.txt", long_text(cleaned_example(args.bin, args.example), args.repeat))
    formats = args.formats.split(",")
    tools = {f"nangdok {fmt}": (lambda fmt=fmt: run_nangdok(args.bin, text, os.path.join(tmp, "out." + fmt),
                                                              args.jobs, tmp))
             for fmt in formats}
    outputs = {f"nangdok {fmt}": os.path.join(tmp, "out." + fmt) for fmt in formats}
    tools["espeak-ng -w"] = lambda: run_espeak_wav(text, os.path.join(tmp, "espeak.wav"), tmp)
    outputs["espeak-ng -w"] = os.path.join(tmp, "espeak.wav")
    pipelines = {"espeak-ng | lame -V 9": ("lame", ["lame", "-V", "9", "-", os.path.join(tmp, "pipe.mp3")]),
                 "espeak-ng | opusenc --bitrate 32": ("opusenc", ["opusenc", "--bitrate", "32", "-",
                                                                   os.path.join(tmp, "pipe.opus")])}
    for name, (tool, encoder) in pipelines.items():
        if shutil.which(tool):
            tools[name] = lambda encoder=encoder: run_pipeline(text, encoder, tmp)
            outputs[name] = encoder[-1]

    results = {name: [] for name in tools}
    load_before = os.getloadavg()
    for _ in range(args.rounds):  # alternating, so every tool sees the same machine
        for name, run in tools.items():
            results[name].append(run())
    load_after = os.getloadavg()

    audio_s = audio_seconds(os.path.join(tmp, "espeak.wav"))
    print(f"text: {os.path.getsize(text)} bytes, {audio_s:.0f} s of audio; {os.cpu_count()} cores; "
          f"rounds={args.rounds}; nangdok -j {args.jobs or 'default'}; load average "
          f"{load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print(f"{'tool':34} {'wall_s':>7} {'spread':>11} {'x_realtime':>10} {'cpu_s':>6} {'rss_max_MB':>10} "
          f"{'rss_sum_MB':>10} {'size_MB':>8}")
    walls = {}
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        walls[name] = wall
        print(f"{name:34} {wall:7.2f} {spread([r[0] for r in runs]):>11} {audio_s / wall:10.0f} "
              f"{statistics.median(r[3] for r in runs):6.2f} {max(r[1] for r in runs):10.1f} "
              f"{max(r[2] for r in runs):10.1f} {os.path.getsize(outputs[name]) / 1e6:8.2f}")
    pairs = [("nangdok wav", "espeak-ng -w"), ("nangdok mp3", "espeak-ng | lame -V 9"),
             ("nangdok opus", "espeak-ng | opusenc --bitrate 32")]
    for ours, theirs in pairs:
        if ours in walls and theirs in walls:
            per_round = [a[0] / b[0] for a, b in zip(results[ours], results[theirs])]
            print(f"ratio {ours} / {theirs}: {walls[ours] / walls[theirs]:.3f} "
                  f"(per round {min(per_round):.3f}-{max(per_round):.3f})")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
