#!/usr/bin/env python3
"""Time to first sound, nangdok beside espeak-ng in the same run: from exec to the first samples
written to the sound device.

    python3 bench/first_audio.py --bin build/nangdok [--bin OTHER/nangdok ...] [--runs 30] [--strace]

Both play the example article (nangdok reads the file; espeak-ng is given the text nangdok cleaned
from it, with -f) into ALSA's `file` plugin, through a temporary ALSA_CONFIG_PATH, so no sound card
is needed. That plugin writes a sample to its file only once the sample has left the device's
buffer, as a sound card would play it; bench/device_write_probe.c, preloaded into both programs,
reads the clock on the writing thread when the plugin first writes samples. The clock starts in
the forked child right before execve (CLOCK_MONOTONIC, NANGDOK_T0_NS), so the parent's own
start-up is not counted. Runs alternate between the programs, so both see the same machine.

The probe also reads the CPU time each process had used (all its threads) when its first samples
reached the device: a figure the machine's load hardly moves, unlike the wall time.

Also printed, from the same nangdok runs: when its first samples were handed to PortAudio (the
`first-audio-ms:` line nangdok prints when NANGDOK_T0_NS is set), and, from runs of its own, the
first samples reaching the WAV writer with `-o out.wav -j 1`.

Several --bin are measured side by side in the same rounds (say, before and after a change); the
first is the one compared with espeak-ng and timed to the WAV writer.

--strace measures the device write the other way too, as the issue did: strace -f --seccomp-bpf
-ttt -e trace=execve,write, from the execve to the first write after the WAV header. strace stops
the program at every traced call and at every new thread, so its figures are higher, more for the
program that starts more threads.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time

from bench_texts import EXAMPLE, cleaned_example

PROBE_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "device_write_probe.c")


def build_probe(tmp):
    probe = os.path.join(tmp, "device_write_probe.so")
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", PROBE_SOURCE, "-o", probe, "-ldl"], check=True)
    return probe


def run_stamped(argv, env):
    """Runs argv with NANGDOK_T0_NS stamped in the child just before exec; returns its stderr."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            os.dup2(write_end, 2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execvpe(argv[0], argv, dict(env, NANGDOK_T0_NS=str(time.monotonic_ns())))
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
    return text


def reported_ms(text, argv):
    values = [float(line.split(":")[1]) for line in text.splitlines() if line.startswith("first-audio-ms:")]
    if len(values) != 1:
        raise SystemExit(f"{' '.join(argv)} reported no single first-audio-ms: {text}")
    return values[0]


def device_write_ms(argv, env, probe, tmp):
    """(ms from exec to the device's first samples, CPU ms the process had used by then, its stderr)."""
    out = os.path.join(tmp, "probe.out")
    if os.path.exists(out):
        os.unlink(out)
    text = run_stamped(argv, dict(env, LD_PRELOAD=probe, DEVICE_PROBE_OUT=out))
    with open(out) as f:
        wall, cpu = f.read().split()[:2]
    return float(wall), float(cpu), text


def strace_ms(argv, env, tmp):
    """The issue's way: ms from the execve to the first write after the device file's WAV header."""
    trace = os.path.join(tmp, "strace.out")
    subprocess.run(["strace", "-f", "--seccomp-bpf", "-ttt", "-e", "trace=execve,write", "-o", trace, *argv],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    start, fd, header = None, None, 0
    with open(trace) as f:
        for line in f:
            fields = line.split(None, 2)
            if len(fields) < 3:
                continue
            stamp, call = float(fields[1]), fields[2]
            if start is None and call.startswith("execve("):
                start = stamp
                continue
            match = re.match(r'write\((\d+), "(.{0,4})', call)
            if not match:
                continue
            if fd is None:
                if match.group(2) == "RIFF":
                    fd, header = match.group(1), 1
                continue
            if match.group(1) == fd:
                header += 1
                if header > 3:  # the plugin writes its header in three calls
                    return (stamp - start) * 1000
    raise SystemExit(f"no device write traced for {' '.join(argv)}")


def summary(name, values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
    return f"{name:42} {statistics.median(values):9.1f} {values[0]:7.1f} {p90:7.1f} {values[-1]:7.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", action="append", help="nangdok binary (repeat to compare builds); default build/nangdok")
    ap.add_argument("--example", default=EXAMPLE)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--strace", action="store_true", help="also measure with strace, as the issue did")
    args = ap.parse_args()
    binaries = [os.path.abspath(b) for b in (args.bin or ["build/nangdok"])]
    binary = binaries[0]
    example = os.path.abspath(args.example)

    tmp = tempfile.mkdtemp(prefix="nangdok-first-audio-")
    probe = build_probe(tmp)
    cleaned = os.path.join(tmp, "cleaned.txt")
    with open(cleaned, "w", encoding="utf-8") as f:
        f.write(cleaned_example(binary, example))
    conf = os.path.join(tmp, "asound.conf")
    with open(conf, "w") as f:
        # /dev/null rather than a file: truncating the previous run's capture would cost each run.
        f.write('pcm.!default { type file; slave.pcm { type null }; file "/dev/null"; format "wav" }\n')
    env = dict(os.environ, ALSA_CONFIG_PATH=conf)
    env.pop("LD_PRELOAD", None)

    plays = {b: [b, "read", "-q", example] for b in binaries}
    play = plays[binary]
    speak = [shutil.which("espeak-ng") or "espeak-ng", "-v", "ko", "-f", cleaned]
    save = [binary, "read", "-q", "-j", "1", example, "-o", os.path.join(tmp, "out.wav")]
    results = {key: [] for key in ("nangdok", "espeak", "handed", "wav", "strace nangdok", "strace espeak")}
    others = {b: [] for b in binaries[1:]}
    cpu_results = {key: [] for key in ["nangdok", "espeak", *others]}
    load_before = os.getloadavg()
    for _ in range(args.runs):
        ms, cpu, text = device_write_ms(play, env, probe, tmp)
        results["nangdok"].append(ms)
        cpu_results["nangdok"].append(cpu)
        results["handed"].append(reported_ms(text, play))
        ms, cpu, _ = device_write_ms(speak, env, probe, tmp)
        results["espeak"].append(ms)
        cpu_results["espeak"].append(cpu)
        for other in others:
            ms, cpu, _ = device_write_ms(plays[other], env, probe, tmp)
            others[other].append(ms)
            cpu_results[other].append(cpu)
        results["wav"].append(reported_ms(run_stamped(save, env), save))
        if args.strace:
            results["strace nangdok"].append(strace_ms(play, env, tmp))
            results["strace espeak"].append(strace_ms(speak, env, tmp))
    load_after = os.getloadavg()
    shutil.rmtree(tmp)

    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; runs={args.runs}; "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print(f"{'case':42} {'median_ms':>9} {'min_ms':>7} {'p90_ms':>7} {'max_ms':>7}")
    print(summary("nangdok read: first samples to the device", results["nangdok"]))
    print(summary("espeak-ng -v ko: first samples to the device", results["espeak"]))
    for other, values in others.items():
        print(summary(f"{other}: to the device"[-42:], values))
    print(summary("nangdok read: handed to PortAudio", results["handed"]))
    print(summary("nangdok read -o WAV -j 1: to the WAV writer", results["wav"]))
    if args.strace:
        print(summary("strace: nangdok read, device write", results["strace nangdok"]))
        print(summary("strace: espeak-ng, device write", results["strace espeak"]))
    print(summary("CPU used by then: nangdok read", cpu_results["nangdok"]))
    print(summary("CPU used by then: espeak-ng", cpu_results["espeak"]))
    for other in others:
        print(summary(f"CPU used by then: {other}"[-42:], cpu_results[other]))
    ratios = sorted(n / e for n, e in zip(results["nangdok"], results["espeak"]))
    print(f"device write, nangdok / espeak-ng: ratio of medians "
          f"{statistics.median(results['nangdok']) / statistics.median(results['espeak']):.3f}, "
          f"median of per-run ratios {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
