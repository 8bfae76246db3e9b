#!/usr/bin/env python3
"""HTML throughput of `clean`: unpacks the ScrapingHub pages (../shared/data/html/pages/*.html.gz)
into a temporary folder and runs bench_html on them, in process (decode, trim, parse, extract,
clean). Prints the benchmark's bytes per second.

    cmake -S . -B build -DNANGDOK_BUILD_BENCHMARKS=ON && cmake --build build -j2 --target bench_html
    python3 bench/html_speed.py --bench build/bench/bench_html [--pages ../shared/data/html/pages]
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default="build/bench/bench_html")
    ap.add_argument("--pages", type=Path, default=Path("../shared/data/html/pages"))
    ap.add_argument("--repetitions", type=int, default=5)
    args = ap.parse_args()
    pages = sorted(args.pages.glob("*.html.gz"))
    if not pages:
        sys.exit(f"no *.html.gz in {args.pages}")
    with tempfile.TemporaryDirectory() as tmp:
        total = 0
        for page in pages:
            data = gzip.decompress(page.read_bytes())
            total += len(data)
            (Path(tmp) / page.name[:-len(".gz")]).write_bytes(data)
        print(f"{len(pages)} pages, {total / 1e6:.1f} MB of HTML", flush=True)
        env = dict(os.environ, NANGDOK_HTML_PAGES=tmp)
        subprocess.run([args.bench, f"--benchmark_repetitions={args.repetitions}",
                        "--benchmark_report_aggregates_only=true"], env=env, check=True)


if __name__ == "__main__":
    main()
