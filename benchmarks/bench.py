"""Benchmark: the whole pipeline (ingest → store) next to bare underthesea word_tokenize.

Bare segmentation and the pipeline run in the same invocation on the same N articles of
../shared/corpus/bulk/, so the ratio pipeline/bare holds on a noisy machine. The
pipeline runs with one worker and with ``--workers`` (default 2), each in a fresh
process so its peak memory is its own. Also timed: the pipeline's own segmentation step
alone (the same words as bare word_tokenize, decoded by unionfacts.wordseg), to show what
everything after segmentation costs, and how much parallel work the machine allows at the
time (a shared machine may give two processes less than two cores: the ceiling of any
speed-up measured then). Results are printed and written as JSON
(benchmarks/results/bench-<time>.json) to compare across commits.
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


def load_records(n: int) -> list[dict]:
    """The first ``n`` bulk articles (cycling through the corpus if ``n`` is larger)."""
    records: list[dict] = []
    files = sorted(BULK.glob("*.jsonl"))
    while len(records) < n:
        before = len(records)
        for path in files:
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    record = json.loads(line)
                    copy = len(records) // 3653  # repeated passes get distinct ids and texts
                    text = record["text"] if not copy else f"{record['text']}\n(bản {copy})"
                    # The dantri dump dates its articles (YYYYMMDD): relative days and
                    # partial dates resolve against it, as in a real archive.
                    records.append({"id": f"{record['id']}-{copy}", "text": text, "published": record.get("date")})
                    if len(records) >= n:
                        return records
        if len(records) == before:
            break
    return records


def bare_word_tokenize(texts: list[str]) -> float:
    from underthesea import sent_tokenize, word_tokenize

    word_tokenize("khởi động")  # load the model outside the timing
    started = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            for sentence in sent_tokenize(line):
                word_tokenize(sentence)
    return time.perf_counter() - started


def _spin(_: int) -> float:
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started


def machine_parallelism(workers: int) -> float:
    """How many times the work of one process ``workers`` processes get done at once here
    (a pure-Python loop): on a shared or throttled machine it is below ``workers``, and
    so is any pipeline speed-up measured at the same time."""
    import multiprocessing

    alone = _spin(0)
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_spin, [0] * workers)  # start the processes outside the timing
        started = time.perf_counter()
        pool.map(_spin, range(workers))
        together = time.perf_counter() - started
    return workers * alone / together


def pipeline_segmentation(texts: list[str]) -> float:
    """The pipeline's own segmentation step alone (same words as bare word_tokenize, faster decoding)."""
    from unionfacts.normalize import normalize_text
    from unionfacts.segment import segment_spans

    bodies = [normalize_text(text) for text in texts]
    segment_spans("khởi động")  # load the model outside the timing
    started = time.perf_counter()
    for body in bodies:
        segment_spans(body)
    return time.perf_counter() - started


def dateparser_cost(records: list[dict]) -> dict:
    """How much of the extraction dateparser takes: its calls timed inside one in-process pass.

    dateparser reads the publication dates no ISO reading takes and the relative days
    that date a meeting ("chiều qua"); both are short spans, so it should cost little.
    """
    from dateparser import date as dateparser_date

    import dateparser
    from unionfacts.api import process_document
    from unionfacts.ingest import iter_documents
    from unionfacts.run import warm_up

    spent = {"calls": 0, "seconds": 0.0, "depth": 0}

    def timed(function):
        def wrapper(*args, **kwargs):
            spent["depth"] += 1  # dateparser.parse calls get_date_data: time the outer call only
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent["depth"] -= 1
                if not spent["depth"]:
                    spent["calls"] += 1
                    spent["seconds"] += time.perf_counter() - started
        return wrapper

    originals = (dateparser.parse, dateparser_date.DateDataParser.get_date_data)
    dateparser.parse = timed(originals[0])
    dateparser_date.DateDataParser.get_date_data = timed(originals[1])
    passes = []
    try:
        warm_up()
        with tempfile.TemporaryDirectory() as name:
            manifest = Path(name) / "dateparser.jsonl"
            manifest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
            # Twice: the first pass also pays what dateparser loads lazily on the first
            # phrase of each kind (once per process, like a model); the second is the steady state.
            for _ in range(2):
                spent.update(calls=0, seconds=0.0)
                started = time.perf_counter()
                for raw in iter_documents([str(manifest)]):
                    if hasattr(raw, "text"):
                        process_document(raw)
                passes.append((spent["calls"], spent["seconds"], time.perf_counter() - started))
    finally:
        dateparser.parse, dateparser_date.DateDataParser.get_date_data = originals
    (_, first_seconds, first_total), (calls, seconds, total) = passes
    return {"calls": calls, "seconds": round(seconds, 3), "share_of_extraction": round(seconds / total, 4),
            "first_pass_seconds": round(first_seconds, 3), "first_pass_share": round(first_seconds / first_total, 4)}


def pipeline_child(manifest: str, db: str, workers: int) -> None:
    """Run the pipeline in this (fresh) process and print its timing and memory as JSON."""
    from unionfacts.run import run_batch, warm_up
    from unionfacts.store import connect

    engine = connect(f"sqlite:///{db}")
    warm_up()  # load models and data outside the timing, as the bare run loads its model first
    started = time.perf_counter()
    summary = run_batch([manifest], engine, workers=workers)
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "seconds": elapsed,
        "stored": summary.stored,
        "failed": len(summary.failed),
        "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def pipeline_run(manifest: Path, folder: Path, workers: int) -> dict:
    db = folder / f"bench-{workers}.db"
    command = [sys.executable, __file__, "--child", str(manifest), str(db), str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="number of bulk articles (default 500)")
    parser.add_argument("--workers", type=int, default=2, help="workers for the parallel run (default 2)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement this many times and keep the fastest (a shared machine is noisy)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results", help="folder for the JSON result")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        pipeline_child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    if not BULK.exists():
        print(f"skipped: {BULK} is absent (the bulk corpus lives in ../shared, beside the checkout)")
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    records = load_records(args.n)
    texts = [record["text"] for record in records]
    characters = sum(len(text) for text in texts)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        manifest = folder / "bench.jsonl"
        manifest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        runs = []
        for _ in range(max(1, args.repeat)):  # interleaved, so a slow spell hits all alike
            runs.append((bare_word_tokenize(texts), pipeline_run(manifest, folder, 1),
                         pipeline_run(manifest, folder, args.workers), pipeline_segmentation(texts),
                         machine_parallelism(args.workers)))
            for db in folder.glob("bench-*.db*"):
                db.unlink()
        bare = min(run[0] for run in runs)
        one = min((run[1] for run in runs), key=lambda result: result["seconds"])
        many = min((run[2] for run in runs), key=lambda result: result["seconds"])
        segmentation = min(run[3] for run in runs)
        parallelism = [round(run[4], 2) for run in runs]
    dateparser_share = dateparser_cost(records)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    result = {
        "commit": commit.strip(),
        "articles": len(texts),
        "repeat": max(1, args.repeat),
        "characters": characters,
        "bare_word_tokenize": {"seconds": round(bare, 2), "articles_per_s": round(len(texts) / bare, 1),
                               "chars_per_s": round(characters / bare)},
        "pipeline_segmentation_only": {"seconds": round(segmentation, 2),
                                       "chars_per_s": round(characters / segmentation),
                                       "share_of_pipeline_1_worker": round(segmentation / one["seconds"], 3)},
        "pipeline_1_worker": {"seconds": round(one["seconds"], 2), "articles_per_s": round(len(texts) / one["seconds"], 1),
                              "chars_per_s": round(characters / one["seconds"]),
                              "peak_rss_mb_per_worker": round(one["main_rss_mb"], 1)},
        f"pipeline_{args.workers}_workers": {
            "seconds": round(many["seconds"], 2), "articles_per_s": round(len(texts) / many["seconds"], 1),
            "chars_per_s": round(characters / many["seconds"]),
            "peak_rss_mb_per_worker": round(many["worker_rss_mb"], 1),
            "peak_rss_mb_writer": round(many["main_rss_mb"], 1)},
        "ratio_pipeline_to_bare": round(bare / one["seconds"], 3),
        f"speedup_{args.workers}_workers": round(one["seconds"] / many["seconds"], 2),
        f"machine_parallelism_{args.workers}_processes": parallelism,  # per repetition; the ceiling of any speed-up
        "dateparser": dateparser_share,  # calls, seconds inside them, share of one in-process extraction pass
        "failed": one["failed"],
    }
    print(json.dumps(result, indent=2))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
