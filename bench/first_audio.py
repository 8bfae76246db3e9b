#!/usr/bin/env python3
"""Time from exec to the first audio sample handed to PortAudio (playback) or to the file sinks
(-o WAV), as nangdok reports it on stderr when NANGDOK_T0_NS is set.

    python3 bench/first_audio.py --bin build/nangdok [--runs 30]

The clock starts in the forked child right before execve (CLOCK_MONOTONIC, the clock nangdok
reads), so the parent's own start-up is not counted. Playback goes into ALSA's `file` plugin
writing to /dev/null through a temporary ALSA_CONFIG_PATH, so no sound card is needed (a real
file would cost each run the truncation of the previous run's capture, 4 ms for a few MB); on a
machine with a sound card, pass --real-device to play on its default device instead.
"""
import argparse
import os
import statistics
import tempfile
import time

from bench_texts import EXAMPLE


def first_audio_ms(argv, env):
    """Runs argv with NANGDOK_T0_NS stamped just before exec; returns the reported milliseconds."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            os.dup2(write_end, 2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            child_env = dict(env, NANGDOK_T0_NS=str(time.monotonic_ns()))
            os.execve(argv[0], argv, child_env)
        finally:
            os._exit(127)
    os.close(write_end)
    err = b""
    while chunk := os.read(read_end, 65536):
        err += chunk
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    text = err.decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {text}")
    values = [float(line.split(":")[1]) for line in text.splitlines() if line.startswith("first-audio-ms:")]
    if len(values) != 1:
        raise SystemExit(f"{' '.join(argv)} reported no single first-audio-ms: {text}")
    return values[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="build/nangdok")
    ap.add_argument("--example", default=EXAMPLE)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--real-device", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)

    tmp = tempfile.mkdtemp(prefix="nangdok-first-audio-")
    env = dict(os.environ)
    if not args.real_device:
        conf = os.path.join(tmp, "asound.conf")
        with open(conf, "w") as f:
            f.write('pcm.!default { type file; slave.pcm { type null }; file "/dev/null"; format "wav" }\n')
        env["ALSA_CONFIG_PATH"] = conf
    cases = {
        "play (PortAudio)": [binary, "read", "-q", args.example],
        "write WAV, -j 1": [binary, "read", "-q", "-j", "1", args.example, "-o", os.path.join(tmp, "out.wav")],
    }
    results = {name: [] for name in cases}
    for _ in range(args.runs):  # alternating, so both see the same machine
        for name, argv in cases.items():
            results[name].append(first_audio_ms(argv, env))
    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; runs={args.runs}")
    print(f"{'case':18} {'median_ms':>9} {'min_ms':>7} {'p90_ms':>7}")
    for name, values in results.items():
        values.sort()
        p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
        print(f"{name:18} {statistics.median(values):9.1f} {values[0]:7.1f} {p90:7.1f}")


if __name__ == "__main__":
    main()
