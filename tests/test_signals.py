"""Signals: SIGTERM and Ctrl-C stop a run cleanly (130/143, a resume message); no worker outlives the run."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_concurrency import ENV, _manifest
from test_run import _articles


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(tmp_path, workers: int = 2):
    manifest = tmp_path / "batch.jsonl"
    total = len(_manifest(manifest, range(0, 16)))
    db = tmp_path / "facts.db"
    command = [sys.executable, "-m", "unionfacts.cli", "run", str(manifest), "--db", str(db), "--workers",
               str(workers), "--batch-size", "5"]
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while _articles(db) < 10 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be stopped"
    return process, command, db, total


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the workers")
@pytest.mark.parametrize("signal_number, exit_code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)],
                         ids=["SIGTERM", "SIGINT"])
def test_signals_stop_cleanly_and_the_same_command_resumes(tmp_path, signal_number, exit_code):
    process, command, db, total = _start(tmp_path)
    workers = _children(process.pid)
    assert workers, "the run should have worker processes"
    process.send_signal(signal_number)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == exit_code, stderr
    stopped = [line for line in stderr.splitlines() if line.startswith("stopped:")]
    assert len(stopped) == 1 and stopped[0].endswith("stored this run; run the same command again to resume")
    assert "Traceback" not in stderr
    stored = int(stopped[0].split()[1])
    assert stored == _articles(db) < total, "what the message says is what the database holds"
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived the run"
    resumed = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert _articles(db) == total


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the workers")
def test_signals_workers_die_with_a_killed_run(tmp_path):
    process, _command, _db, _total = _start(tmp_path)
    workers = _children(process.pid)
    assert workers
    process.kill()  # SIGKILL: no handler runs in the main process
    process.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while [pid for pid in workers if _alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived a killed run"
