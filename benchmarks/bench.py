"""Benchmark: the whole pipeline (ingest → store) next to bare underthesea word_tokenize.

Both run in the same process on the same N articles of ../shared/corpus/bulk/, so the
ratio pipeline/bare holds on a noisy machine. Results are printed and written as JSON
(benchmarks/results/<timestamp>.json) to compare across commits.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BULK = REPO.parent / "shared" / "corpus" / "bulk"


def load_texts(n: int) -> list[dict]:
    records = []
    for path in sorted(BULK.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records.append({"id": record["id"], "text": record["text"]})
                if len(records) >= n:
                    return records
    return records


def bare_word_tokenize(texts: list[str]) -> float:
    from underthesea import sent_tokenize, word_tokenize

    started = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            for sentence in sent_tokenize(line):
                word_tokenize(sentence)
    return time.perf_counter() - started


def pipeline_run(manifest: Path, db: Path) -> float:
    from pipeline.run import run_batch
    from pipeline.store import connect

    engine = connect(f"sqlite:///{db}")
    started = time.perf_counter()
    summary = run_batch([str(manifest)], engine)
    elapsed = time.perf_counter() - started
    if summary.failed:
        print(f"  {len(summary.failed)} inputs failed, first: {summary.failed[0]}", file=sys.stderr)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="number of bulk articles (default 500)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results", help="folder for the JSON result")
    args = parser.parse_args(argv)
    if not BULK.exists():
        print(f"skipped: {BULK} is absent (the bulk corpus lives in ../shared, beside the checkout)")
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    records = load_texts(args.n)
    texts = [record["text"] for record in records]
    characters = sum(len(text) for text in texts)
    with tempfile.TemporaryDirectory() as folder:
        manifest = Path(folder) / "bench.jsonl"
        manifest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        bare_word_tokenize(texts[:5])  # load the model outside the timing
        bare = bare_word_tokenize(texts)
        pipeline = pipeline_run(manifest, Path(folder) / "bench.db")
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    result = {
        "commit": commit.strip(),
        "articles": len(texts),
        "characters": characters,
        "bare_seconds": round(bare, 3),
        "pipeline_seconds": round(pipeline, 3),
        "bare_chars_per_s": round(characters / bare),
        "pipeline_chars_per_s": round(characters / pipeline),
        "pipeline_articles_per_s": round(len(texts) / pipeline, 2),
        "ratio_pipeline_to_bare": round(bare / pipeline, 3),
        "peak_rss_mb": round(peak_rss_mb, 1),
    }
    for key, value in result.items():
        print(f"{key:26s} {value}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
