"""The CLI in-process: help everywhere, exit codes, output formats."""

from __future__ import annotations

import json

import pytest
import typer.main
from typer.testing import CliRunner

from unionfacts.cli import app

from conftest import REPO, SEEDS_GOLD

runner = CliRunner()
SEED = str(REPO / "corpus" / "seed-000.txt")


def _commands(group=None, prefix=()):
    click_group = typer.main.get_command(app) if group is None else group
    for name, command in click_group.commands.items():
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands()], ids=lambda p: " ".join(p))
def test_cli_every_command_has_help(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    command = dict(_commands())[path]
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"


def test_cli_extract_emits_contract_json():
    result = runner.invoke(app, ["extract", SEED])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout.strip().splitlines()[0])
    assert facts["id"] == "seed-000"
    for key in ("source", "title", "published", "author", "url", "persons", "organizations", "dates", "money",
                "counts", "events"):
        assert key in facts
    assert any(m["amount"] == 70_000_000_000 and m["currency"] == "VND" for m in facts["money"])
    from unionfacts.ingest import iter_documents, to_article

    article = to_article(next(iter_documents([SEED])))
    for kind in ("dates", "money", "counts"):
        for fact in facts[kind]:
            assert article.body[fact["start"]:fact["end"]] == fact["text"]


def test_cli_extract_offsets_check_out_against_body():
    result = runner.invoke(app, ["extract", "--body", *sorted(str(p) for p in (REPO / "corpus").glob("*.txt"))])
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [facts["id"] for facts in objects] == [f"seed-00{i}" for i in range(5)]
    for facts in objects:
        for kind in ("dates", "money", "counts"):
            for fact in facts[kind]:
                assert facts["body"][fact["start"]:fact["end"]] == fact["text"]


def test_cli_extract_missing_file_exits_nonzero():
    result = runner.invoke(app, ["extract", "no/such/file.txt"])
    assert result.exit_code != 0
    assert "not_found" in result.stderr


def test_cli_bad_option_exits_nonzero():
    result = runner.invoke(app, ["query", "money", "--format", "xml"])
    assert result.exit_code != 0


def test_cli_query_without_database_is_one_line(tmp_path):
    result = runner.invoke(app, ["query", "money", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("db") / "facts.db")
    result = runner.invoke(app, ["run", SEED, str(REPO / "corpus" / "seed-003.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "articles stored" in result.stdout
    return db


@pytest.mark.parametrize("kind", ["money", "counts", "dates"])
@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_cli_query_formats(database, kind, fmt):
    result = runner.invoke(app, ["query", kind, "--db", database, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert rows and {"doc_id", "text", "start", "end"} <= set(rows[0])
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert rows and {"doc_id", "text", "start", "end"} <= set(rows[0])
    if fmt == "csv":
        assert result.stdout.splitlines()[0].startswith("doc_id,")


def test_cli_query_money_finds_seed_amount(database):
    result = runner.invoke(app, ["query", "money", "--db", database, "--format", "json"])
    amounts = {row["amount"] for row in json.loads(result.stdout)}
    assert 70_000_000_000 in amounts and 12_326_000_000_000 in amounts


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_cli_export(database, tmp_path, fmt):
    result = runner.invoke(app, ["export", "--db", database, "--format", fmt, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 2 and all(json.loads(line)["money"] is not None for line in lines)
    else:
        assert (tmp_path / f"money.{fmt}").exists() and (tmp_path / f"articles.{fmt}").exists()


def test_cli_evaluate_prints_fields():
    result = runner.invoke(app, ["evaluate", "--gold", str(SEEDS_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert {"money", "counts", "dates"} <= set(scores)
    assert 0.0 <= scores["money"]["f1"] <= 1.0


def test_cli_evaluate_lists_errors_of_a_field():
    result = runner.invoke(app, ["evaluate", "--gold", str(SEEDS_GOLD), "--json", "--errors", "organizations"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    scores = payload["organizations"]
    listed = [error for error in payload["errors"] if error["field"] == "organizations"]
    assert sum(error["kind"] == "extra" for error in listed) == scores["predicted"] - scores["tp"]
    assert sum(error["kind"] == "missed" for error in listed) == scores["gold"] - scores["tp"]


def test_cli_evaluate_unknown_error_field_is_a_usage_error():
    result = runner.invoke(app, ["evaluate", "--gold", str(SEEDS_GOLD), "--errors", "salaries"])
    assert result.exit_code == 2 and "unknown field" in result.output


def test_cli_evaluate_missing_gold_is_a_usage_error():
    result = runner.invoke(app, ["evaluate", "--gold", "missing.jsonl"])
    assert result.exit_code == 2


def test_cli_query_person_lists_offices_with_evidence(database):
    result = runner.invoke(app, ["query", "person", "Trần Quang Huy", "--db", database, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {"title": "Chủ tịch", "organization": "Công đoàn Công Thương Việt Nam"}.items() <= rows[0].items()
    assert "Trần Quang Huy" in rows[0]["evidence"]


def test_cli_query_person_ignores_tone_placement_and_case(database):
    result = runner.invoke(app, ["query", "person", "trần quang huy", "--db", database, "--format", "csv"])
    assert result.exit_code == 0 and "Công đoàn Công Thương Việt Nam" in result.stdout


def test_cli_query_officials_by_org(database):
    result = runner.invoke(app, ["query", "officials", "--org", "Quảng Ninh", "--db", database, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert ("Đỗ Thị Ninh Hường", "Chủ tịch") in {(row["person"], row["title"]) for row in rows}
    assert all("Quảng Ninh" in row["organization"] for row in rows)


@pytest.fixture(scope="module")
def corpus_database(tmp_path_factory):
    """The database `make run` builds: every input under corpus/."""
    db = str(tmp_path_factory.mktemp("corpus") / "facts.db")
    result = runner.invoke(app, ["run", str(REPO / "corpus"), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def test_cli_query_chairs_lists_huy_chairing_the_19th_conference(corpus_database):
    result = runner.invoke(app, ["query", "chairs", "--person", "Trần Quang Huy", "--db", corpus_database,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["meeting"] == "Hội nghị Ban Thường vụ mở rộng lần thứ 19"
    assert row["date"] == "2021-09-29"
    assert row["organizer"] == "Công đoàn Công Thương Việt Nam"
    assert row["office"] == "Chủ tịch Công đoàn Công Thương Việt Nam"
    assert "chủ trì và điều hành Hội nghị" in row["evidence"]


@pytest.mark.parametrize(("options", "expected"), [
    (["--since", "2021-01-01"], 1),
    (["--until", "2020-12-31"], 0),
    (["--org", "Công Thương"], 1),
    (["--person", "Nguyễn Đình Khang"], 0),
])
def test_cli_query_chairs_filters(corpus_database, options, expected):
    result = runner.invoke(app, ["query", "chairs", *options, "--db", corpus_database, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == expected


def test_cli_query_meetings(corpus_database):
    result = runner.invoke(app, ["query", "meetings", "--since", "2020-07-01", "--until", "2020-07-31",
                                 "--db", corpus_database, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(row["date"], row["organizer"]) for row in rows] == [
        ("2020-07-23", "Khối thi đua 11 Công đoàn ngành Trung ương")]
    assert "Nguyễn Đình Khang" in rows[0]["attendees"]


def test_cli_query_documents(corpus_database):
    result = runner.invoke(app, ["query", "documents", "--db", corpus_database, "--format", "json"])
    rows = json.loads(result.stdout)
    found = {(row["kind"], row["number"], row["issuer"]) for row in rows}
    assert ("Nghị quyết", "12-NQ/TW", "Bộ Chính trị") in found
    assert ("Chương trình hành động", "02/Ctr-BCH", "Tổng Liên đoàn Lao động Việt Nam") in found


def test_query_chairs_is_a_pandas_function(corpus_database):
    from unionfacts.query import chairs
    from unionfacts.store import connect

    engine = connect(corpus_database)
    frame = chairs(engine, person="Trần Quang Huy")
    assert list(frame.columns)[:4] == ["person", "office", "meeting", "date"]
    assert len(frame) == 1
    with engine.connect() as connection:  # the same answer as a SQL view
        view = connection.exec_driver_sql("SELECT person, meeting, date FROM v_meeting_chairs").all()
    assert view == [("Trần Quang Huy", "Hội nghị Ban Thường vụ mở rộng lần thứ 19", "2021-09-29")]


def test_cli_evaluate_scores_each_file_apart(tmp_path):
    records = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(records[0], ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records[1:3]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(first), "--gold", str(second), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload["files"]) == {str(first), str(second)}
    for field in ("dates", "counts"):
        per_file = [payload["files"][path][field] for path in (str(first), str(second))]
        assert payload[field]["gold"] == sum(scores["gold"] for scores in per_file)
        assert payload[field]["tp"] == sum(scores["tp"] for scores in per_file)


def test_cli_evaluate_a_file_that_is_no_gold_is_a_one_line_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Sáng ngày 29/9\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(path)])
    assert result.exit_code == 1 and "not a JSON object" in result.output and "Traceback" not in result.output


# Behaviour of a command-line tool: exit codes, one-line errors, verbosity, stdin, limits, widths.

@pytest.mark.parametrize("arguments", [
    ["query", "money", "--format", "xml"],
    ["query", "mony"],
    ["nonsense"],
    ["extract"],
    ["query", "chairs", "--limit", "-1"],
    ["run", SEED, "--executor", "spark"],
    ["run", SEED, "--executor", "dask"],
    ["-v", "-q", "extract", SEED],
    ["extract", "-", "-"],
    ["export", "--out", "DB", "--format", "parquet", "--excel"],
], ids=lambda a: " ".join(a))
def test_cli_usage_error_exits_2_with_one_line(arguments, tmp_path):
    arguments = [str(tmp_path / "facts.db") if a == "DB" else a for a in arguments]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.output and "╭" not in result.stderr


def test_cli_bare_group_prints_its_help():
    result = runner.invoke(app, ["query"])
    assert "chairs" in result.output and "Traceback" not in result.output


def _explode(*_args, **_kwargs):
    raise RuntimeError("disk on fire\nsecond line of the message")


def test_cli_unexpected_error_is_one_line_without_traceback(database, monkeypatch):
    import unionfacts.query

    monkeypatch.setattr(unionfacts.query, "fact_table", _explode)
    result = runner.invoke(app, ["query", "money", "--db", database])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "RuntimeError: disk on fire second line" in lines[0] and "--verbose" in lines[0]
    assert "Traceback" not in result.output


def test_cli_verbose_shows_the_traceback(database, monkeypatch):
    import unionfacts.query

    monkeypatch.setattr(unionfacts.query, "fact_table", _explode)
    result = runner.invoke(app, ["--verbose", "query", "money", "--db", database])
    assert result.exit_code == 1
    assert isinstance(result.exception, RuntimeError)  # raised on: the runner (or Python) prints the traceback


@pytest.mark.parametrize(("url", "secret"), [
    ("postgresql://analyst:s3cr3t-pw@127.0.0.1:1/facts", "s3cr3t-pw"),
    ("postgresql://analyst:s3cr3t-pw@127.0.0.1:notaport/facts", "s3cr3t-pw"),
])
def test_cli_database_errors_mask_the_password(url, secret):
    for arguments in (["run", SEED, "--db", url], ["query", "chairs", "--db", url]):
        result = runner.invoke(app, arguments)
        assert result.exit_code == 1, result.output
        assert secret not in result.output and "analyst:***@" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("text", "masked"), [
    ("cannot open postgresql+psycopg://u:pw@db.example:5432/x", "cannot open postgresql+psycopg://u:***@db.example:5432/x"),
    ("tcp://127.0.0.1:8786 and sqlite:///data/facts.db", "tcp://127.0.0.1:8786 and sqlite:///data/facts.db"),
    ("postgresql://u@host/db (no password)", "postgresql://u@host/db (no password)"),
    ("two: mysql://a:b@h/d, postgres://c:d%40e@h/d", "two: mysql://a:***@h/d, postgres://c:***@h/d"),
])
def test_cli_mask_passwords(text, masked):
    from unionfacts.cli import mask_passwords

    assert mask_passwords(text) == masked


def test_cli_extract_reads_standard_input():
    text = (REPO / "corpus" / "seed-000.txt").read_text(encoding="utf-8")
    piped = runner.invoke(app, ["extract", "-"], input=text)
    assert piped.exit_code == 0, piped.output
    from_file = runner.invoke(app, ["extract", SEED])
    facts, expected = json.loads(piped.stdout), json.loads(from_file.stdout)
    assert facts["source"] == "<stdin>"
    for key in ("money", "dates", "counts", "persons", "organizations", "events", "published", "title"):
        assert facts[key] == expected[key], key


def test_cli_extract_empty_standard_input_fails_in_one_line():
    result = runner.invoke(app, ["extract", "-"], input="  \n")
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1 and "empty" in result.stderr


@pytest.mark.parametrize("command", [["money"], ["counts"], ["dates"], ["person", "Trần Quang Huy"], ["chairs"],
                                     ["meetings"], ["documents"], ["officials"]], ids=lambda c: c[0])
def test_cli_every_query_takes_limit(corpus_database, command):
    full = json.loads(runner.invoke(app, ["query", *command, "--db", corpus_database, "--format", "json"]).stdout)
    limited = runner.invoke(app, ["query", *command, "--db", corpus_database, "--format", "json", "--limit", "1"])
    assert limited.exit_code == 0, limited.output
    assert json.loads(limited.stdout) == full[:1]
    assert full, "the corpus should answer every query"


def test_cli_json_is_one_array_and_jsonl_one_object_a_line(corpus_database):
    as_json = runner.invoke(app, ["query", "meetings", "--db", corpus_database, "--format", "json"]).stdout
    as_jsonl = runner.invoke(app, ["query", "meetings", "--db", corpus_database, "--format", "jsonl"]).stdout
    rows = json.loads(as_json)
    assert isinstance(rows, list) and len(rows) > 1
    assert [json.loads(line) for line in as_jsonl.splitlines()] == rows


def test_cli_piped_table_keeps_its_width(corpus_database):
    result = runner.invoke(app, ["query", "chairs", "--db", corpus_database])
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "Trần Quang Huy" in line)
    assert "Hội nghị Ban Thường vụ mở rộng lần thứ 19" in row and "chủ trì và điều hành Hội nghị" in row


def test_cli_quiet_prints_no_summary_and_verbose_logs(tmp_path):
    quiet = runner.invoke(app, ["-q", "run", SEED, "--db", str(tmp_path / "q.db")])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""
    verbose = runner.invoke(app, ["-v", "run", SEED, "--db", str(tmp_path / "q.db")])
    assert verbose.exit_code == 0 and "INFO unionfacts: inputs: 1, workers:" in verbose.stderr
    assert "articles stored" in verbose.stdout


def test_cli_run_folder_skips_what_its_ignore_file_names(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    (corpus / "drafts").mkdir()
    text = (REPO / "corpus" / "seed-000.txt").read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "drafts" / "b.txt").write_text(text + "\nBản nháp.", encoding="utf-8")
    (corpus / "drafts" / "old-c.txt").write_text(text + "\nBản cũ.", encoding="utf-8")
    (corpus / "gold" / "seeds.jsonl").write_text(json.dumps({"id": "g", "text": text + "\nGold."}) + "\n",
                                                 encoding="utf-8")
    (corpus / ".unionfactsignore").write_text("# not articles\ngold/\nold-*\n", encoding="utf-8")
    from unionfacts.ingest import count_documents, iter_documents

    sources = [document.source for document in iter_documents([str(corpus)])]
    assert sources == [str(corpus / "a.txt"), str(corpus / "drafts" / "b.txt")]
    assert count_documents([str(corpus)]) == 2
    # A path named on the command line is read whatever the ignore file says.
    assert [d.source for d in iter_documents([str(corpus / "drafts" / "old-c.txt")])] == [
        str(corpus / "drafts" / "old-c.txt")]


def test_cli_make_run_corpus_stores_the_pages_not_the_gold(corpus_database):
    import sqlite3

    with sqlite3.connect(corpus_database) as connection:
        sources = [row[0] for row in connection.execute("SELECT source FROM articles ORDER BY doc_id")]
        published = connection.execute("SELECT published FROM articles WHERE doc_id = 'seed-000'").fetchone()[0]
    assert len(sources) == 5 and all(source.endswith(".txt") for source in sources)
    assert published.startswith("2021-09-30T07:47")


def test_cli_run_summary_masks_the_password(tmp_path, monkeypatch):
    import unionfacts.store.database as database

    real_connect = database.connect
    monkeypatch.setattr(database, "connect", lambda _url, **kw: real_connect(str(tmp_path / "stand-in.db"), **kw))
    url = "postgresql://analyst:s3cr3t-pw@db.example:5432/facts"
    result = runner.invoke(app, ["-v", "run", SEED, "--db", url, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "analyst:***@db.example" in result.stdout and "analyst:***@db.example" in result.stderr  # summary, log
    assert "s3cr3t-pw" not in result.output


@pytest.mark.parametrize(("argv", "expected"), [
    (["run", "corpus/", "-q"], ["-q", "run", "corpus/"]),
    (["-v", "query", "chairs", "--verbose"], ["-v", "--verbose", "query", "chairs"]),
    (["query", "person", "--", "-q"], ["query", "person", "--", "-q"]),
    (["extract", "-"], ["extract", "-"]),
])
def test_cli_global_flags_after_the_command_move_before_it(argv, expected):
    from unionfacts.cli import hoist_global_flags

    assert hoist_global_flags(argv) == expected


def test_cli_help_texts_are_plain_text():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "unionfacts[serve]" in " ".join(result.output.split())
