#!/usr/bin/env python3
"""Latency of sd_nangdok, the speech-dispatcher module, as a screen-reader user feels it.

    python3 bench/speechd_latency.py --module build/sd_nangdok [--runs 30]

Drives the module through pipes as speech-dispatcher does (INIT, AUDIO, then SET + SPEAK per
message) with its shipped configuration (audio paced to real time, NangdokAudioAhead ms ahead)
and measures, with the clock read just after the last byte of a command is written (0.3 s after
the previous message's END, when its audio has played):

  first audio   SPEAK of a short message (the last line of the command, ".") -> the first audio
                event (705) starts to arrive; the first message after INIT apart (some of the text
                stages' tables are built on first use); also for CHAR and KEY
  stop          STOP during a long message -> "703 STOP" (after it no audio comes)
  next          SPEAK sent right after that STOP -> the new message's first audio
  init          exec -> "299 OK LOADED SUCCESSFULLY" (eSpeak NG and the text stages warmed up)

The module is what is measured; speech-dispatcher adds its own playback buffering on top. With
--speechd, a private speech-dispatcher (audio through ALSA's file plugin, no sound card needed)
also measures how much audio is played after a client cancels a long text (SSIP CANCEL, as
`spd-say -C` sends): the audio the device took minus the time from the server's BEGIN event to
the cancel. ALSA's null device takes audio as fast as it comes, so this is all the module had
sent before the cancel: an upper bound for a sound card, which the server stops mid-buffer.
"""
import argparse
import os
import select
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.join(HERE, "..", "src", "speechd", "nangdok.conf")
SHORT = ["파일 메뉴", "저장했습니다.", "2024년 5월 8일", "AI 투자 3.5% 증가", "韓美 정상회담", "확인 단추",
         "받은 편지함, 읽지 않은 메일 3통", "오후 2시 30분"]
LONG = ("서울시가 두바이와 손잡고 인공지능 행정 서비스를 함께 개발한다. 양 도시는 2024년 5월 8일 "
        "업무협약을 맺었다. 협약에 따라 두 도시는 교통과 안전, 복지 분야에서 데이터를 나누고 공동 연구를 "
        "한다. 서울시 관계자는 이번 협력이 시민 생활을 바꿀 것이라고 말했다.")
SETTINGS = ("SET\npitch=0\npitch_range=0\nrate=0\nvolume=100\npunctuation_mode=none\nspelling_mode=off\n"
            "cap_let_recogn=none\nvoice=male1\nlanguage=ko\nsynthesis_voice=NULL\n.\n")


class Module:
    """sd_nangdok on pipes, with an incremental reader of its output."""

    def __init__(self, binary, conf):
        self.t_exec = time.monotonic()
        self.proc = subprocess.Popen([binary, conf], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, bufsize=0)
        self.buffer = b""

    def send(self, text):
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()
        return time.monotonic()

    def _fill(self, deadline):
        ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise SystemExit("the module said nothing for 30 s")
        chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
        if not chunk:
            raise SystemExit("the module closed its output")
        self.buffer += chunk

    def next(self):
        """(code, time the message started to arrive): audio events are skipped over whole."""
        deadline = time.monotonic() + 30
        while True:
            if self.buffer.startswith(b"705-"):
                seen = time.monotonic()
                while b"705-AUDIO\x00" not in self.buffer:
                    self._fill(deadline)
                start = self.buffer.index(b"705-AUDIO\x00") + 10
                while self.buffer.find(b"\n705 AUDIO\n", start) < 0:
                    self._fill(deadline)
                self.buffer = self.buffer[self.buffer.index(b"\n705 AUDIO\n", start) + 11:]
                return "705", seen
            end = self.buffer.find(b"\n")
            if end >= 0 and (end >= 4 and self.buffer[3:4] == b" "):
                code = self.buffer[:3].decode()
                self.buffer = self.buffer[end + 1:]
                return code, time.monotonic()
            if end >= 0:  # a "NNN-" line of a longer reply
                self.buffer = self.buffer[end + 1:]
                continue
            self._fill(deadline)

    def until(self, *codes):
        while True:
            code, seen = self.next()
            if code in codes:
                return code, seen

    def close(self):
        self.send("QUIT\n")
        self.proc.wait(timeout=10)


def speak_command(command, text):
    return f"{command}\n{text}\n.\n"


def summary(name, values_ms):
    values = sorted(values_ms)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    return f"{name:<24}{statistics.median(values):>10.1f}{values[0]:>9.1f}{p90:>9.1f}{values[-1]:>9.1f}"


def speechd_overshoot(binary, conf, runs):
    """Seconds of audio a private speech-dispatcher plays after spd-say -C is started."""
    import shutil
    import tempfile
    root = tempfile.mkdtemp(prefix="nangdok-speechd-bench-")
    for sub in ("conf/modules", "modules", "run", "log", "home"):
        os.makedirs(os.path.join(root, sub))
    with open(os.path.join(root, "conf", "speechd.conf"), "w") as f:
        f.write('AudioOutputMethod "alsa"\nDefaultVolume 100\nDefaultModule "nangdok"\n'
                'AddModule "nangdok" "sd_nangdok" "nangdok.conf"\nLogDir "%s/log"\n' % root)
    shutil.copy(conf, os.path.join(root, "conf", "modules", "nangdok.conf"))
    os.symlink(binary, os.path.join(root, "modules", "sd_nangdok"))
    capture = os.path.join(root, "played.wav")
    with open(os.path.join(root, "asound.conf"), "w") as f:
        f.write('pcm.!default { type file; slave.pcm { type null }; file "%s"; format "wav" }\n' % capture)
    socket = os.path.join(root, "speechd.sock")
    env = dict(os.environ, ALSA_CONFIG_PATH=os.path.join(root, "asound.conf"), XDG_RUNTIME_DIR=root + "/run",
               HOME=root + "/home", SPEECHD_ADDRESS="unix_socket:" + socket)
    server = subprocess.Popen(["speech-dispatcher", "-s", "-t", "120", "-C", root + "/conf", "-m", root + "/modules",
                               "-c", "unix_socket", "-S", socket, "-P", root + "/run/pid"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not os.path.exists(socket):
            time.sleep(0.02)
        played = lambda: max(0, os.path.getsize(capture) - 44) / 2 / 22050 if os.path.exists(capture) else 0.0
        import socket as sockets
        client = sockets.socket(sockets.AF_UNIX)
        client.connect(socket)
        replies = b""

        def ssip(line, wait_for):
            nonlocal replies
            if line is not None:
                client.sendall(line.encode() + b"\r\n")
            while wait_for not in replies:
                replies += client.recv(65536)
            seen = time.monotonic()
            replies = replies[replies.index(wait_for) + len(wait_for):]
            return seen

        for command, reply in (("SET self CLIENT_NAME bench:nangdok:main", b"208 "),
                               ("SET self NOTIFICATION all on", b"220 "), ("SET self OUTPUT_MODULE nangdok", b"216 "),
                               ("SET self LANGUAGE ko", b"201 ")):
            ssip(command, reply)
        overshoot = []
        for _ in range(runs):
            before = played()
            ssip("SPEAK", b"230 ")
            ssip(LONG * 3 + "\r\n.", b"225 OK MESSAGE QUEUED\r\n")
            began = ssip(None, b"701 BEGIN\r\n")  # the server starts playing
            time.sleep(1.0)
            cancel = time.monotonic()
            client.sendall(b"CANCEL self\r\n")
            while b"213 " not in replies or b"703 CANCELED\r\n" not in replies:  # in either order
                replies += client.recv(65536)
            replies = b""
            time.sleep(0.5)  # the file plugin writes what the device took when the stream stops
            overshoot.append(((played() - before) - (cancel - began)) * 1000)
        return overshoot
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(root, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--module", default="build/sd_nangdok")
    ap.add_argument("--conf", default=CONF)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--speechd", action="store_true", help="also measure through a private speech-dispatcher")
    args = ap.parse_args()
    binary = os.path.abspath(args.module)

    init_ms = []
    results = {"first audio, 1st SPEAK": [], "first audio, SPEAK": [], "first audio, CHAR": [],
               "first audio, KEY": [], "stop (STOP -> 703)": [], "next (SPEAK after STOP)": []}
    for run in range(args.runs):
        module = Module(binary, args.conf)
        module.send("INIT\n")
        _, loaded = module.until("299")
        init_ms.append((loaded - module.t_exec) * 1000)
        module.send("AUDIO\naudio_output_method=server\n.\n")
        module.until("203")
        messages = [("SPEAK", f"<speak>{SHORT[run % len(SHORT)]}</speak>", "first audio, 1st SPEAK")]
        messages += [("SPEAK", f"<speak>{SHORT[(run + k) % len(SHORT)]}</speak>", "first audio, SPEAK") for k in (1, 2, 3)]
        messages += [("CHAR", "ㄱ", "first audio, CHAR"), ("KEY", "shift_a", "first audio, KEY")]
        for command, text, key in messages:
            module.send(SETTINGS)
            module.until("203")
            module.until("203")
            sent = module.send(speak_command(command, text))
            _, audio = module.until("705")
            results[key].append((audio - sent) * 1000)
            module.until("702")
            # The last NangdokAudioAhead ms sent are still playing at 702: the next message would queue behind
            # them. A pause, as between a user's key presses, measures the module alone.
            time.sleep(0.3)
        # STOP in the middle of a long message, then a new message at once.
        module.send(SETTINGS)
        module.until("203")
        module.until("203")
        module.send(speak_command("SPEAK", f"<speak>{LONG}</speak>"))
        module.until("705")
        time.sleep(0.3 + 0.02 * (run % 10))  # somewhere in the first second of speech
        stop_sent = module.send("STOP\n")
        _, stopped = module.until("703")
        results["stop (STOP -> 703)"].append((stopped - stop_sent) * 1000)
        sent = module.send(speak_command("SPEAK", f"<speak>{SHORT[(run + 1) % len(SHORT)]}</speak>"))
        code, audio = module.until("705", "301")
        if code != "705":
            raise SystemExit("the message after STOP was refused")
        results["next (SPEAK after STOP)"].append((audio - sent) * 1000)
        module.until("702")
        module.close()

    print(f"machine: {os.uname().machine}, {os.cpu_count()} cores; runs={args.runs}")
    print(f"{'case':<24}{'median_ms':>10}{'min_ms':>9}{'p90_ms':>9}{'max_ms':>9}")
    for name, values in results.items():
        print(summary(name, values))
    print(summary("init (exec -> 299)", init_ms))
    if args.speechd:
        print(summary("speechd: after CANCEL", speechd_overshoot(binary, args.conf, max(5, args.runs // 3))))


if __name__ == "__main__":
    main()
