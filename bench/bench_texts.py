"""Shared by the benchmark scripts: the texts they read, made from the bundled example."""
import os
import subprocess
import wave

EXAMPLE = os.path.join(os.path.dirname(__file__), "..", "examples", "seoul-dubai.txt")


def cleaned_example(binary, example=EXAMPLE):
    """The example as `nangdok clean` prints it: headline, deck, then body blocks."""
    return subprocess.run([binary, "clean", example], check=True, capture_output=True, text=True).stdout


def long_text(cleaned, repeat):
    """The body (without headline and deck) repeated: about 3.3 KB a copy."""
    body = cleaned.strip().split("\n\n")[2:]
    return "\n\n".join(body * repeat) + "\n"


def write_text(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def audio_seconds(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()
