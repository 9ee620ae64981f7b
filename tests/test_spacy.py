"""unionfacts as a spaCy pipeline: nlp(text) and nlp.pipe give the facts `extract` prints; Docs serialize; displaCy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from spacy import displacy
from spacy.language import Language
from spacy.tokens import DocBin
from typer.testing import CliRunner

import unionfacts
from unionfacts.cli import app

from conftest import REPO, SEEDS_GOLD, SHARED, SHARED_MISSING, read_jsonl

runner = CliRunner()
PAGES = sorted((REPO / "corpus").glob("*.txt"))
DEV_GOLD_FILES = ["union-dev.jsonl", "union-dev2.jsonl", "meetings-dev.jsonl"]
WHERE_FROM = ("id", "source")  # the only keys that say how the text came in


@pytest.fixture(scope="module")
def nlp() -> Language:
    return unionfacts.load()


def _extract(*arguments: str) -> list[dict]:
    result = runner.invoke(app, ["extract", *arguments])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _without_origin(facts: dict) -> dict:
    return {key: value for key, value in facts.items() if key not in WHERE_FROM}


def test_spacy_load_gives_a_language_with_every_component(nlp):
    assert isinstance(nlp, Language)
    assert nlp.pipe_names[0] == "unionfacts_article" and nlp.pipe_names[-1] == "unionfacts_facts"
    assert {"unionfacts_money", "unionfacts_persons", "unionfacts_events"} <= set(nlp.pipe_names)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_spacy_nlp_text_equals_extract_on_the_seed_pages(nlp, page):
    expected = _extract(str(page))[0]
    doc = nlp(page.read_text(encoding="utf-8"))
    assert _without_origin(doc._.facts) == _without_origin(expected)
    assert doc.text == doc.text and doc._.title == expected["title"] and doc._.published == expected["published"]


def test_spacy_pipe_with_context_equals_extract_of_the_manifest(nlp):
    records = read_jsonl(SEEDS_GOLD)
    expected = _extract(str(SEEDS_GOLD))
    contexts = [{key: record.get(key) for key in ("id", "title", "published", "author", "url")} for record in records]
    docs = [doc for doc, _ in nlp.pipe(zip([r["text"] for r in records], contexts), as_tuples=True)]
    assert [doc._.facts["id"] for doc in docs] == [facts["id"] for facts in expected]
    for doc, facts in zip(docs, expected):
        assert _without_origin(doc._.facts) == _without_origin(facts)


@pytest.mark.slow
@pytest.mark.parametrize("name", DEV_GOLD_FILES)
def test_spacy_pipe_in_two_processes_equals_extract_on_every_dev_file(nlp, name, tmp_path):
    gold = SHARED / "gold" / name
    if not gold.exists():
        pytest.skip(SHARED_MISSING)
    texts = [record["text"] for record in read_jsonl(gold)]
    manifest = tmp_path / "texts.jsonl"  # the texts alone, as nlp(text) sees them
    manifest.write_text("".join(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in texts),
                        encoding="utf-8")
    expected = [_without_origin(facts) for facts in _extract(str(manifest))]
    found = [_without_origin(doc._.facts) for doc in nlp.pipe(texts, n_process=2, batch_size=8)]
    assert len(found) == len(expected) == len(texts)
    for number, (got, wanted) in enumerate(zip(found, expected)):
        assert got == wanted, f"{name} record {number}"


def test_spacy_facts_on_extensions_and_span_groups(nlp):
    doc = nlp(PAGES[0].read_text(encoding="utf-8"))
    facts = doc._.facts
    for kind in ("persons", "organizations", "dates", "money", "counts", "events", "documents"):
        assert getattr(doc._, kind) == facts[kind]
    assert any(m["amount"] == 70_000_000_000 for m in doc._.money)
    assert "Trần Quang Huy" in {person["name"] for person in doc._.persons}
    assert {"dates", "money", "counts", "persons", "organizations", "roles", "events", "sc"} <= set(doc.spans)
    labels = {span.label_ for span in doc.spans["sc"]}
    assert {"PERSON", "ORG", "DATE", "MONEY", "COUNT", "ROLE", "MEETING"} <= labels
    money = next(span for span in doc.spans["sc"] if span.label_ == "MONEY")
    assert money.text == "70 tỷ đồng"
    for fact in facts["money"] + facts["dates"] + facts["counts"]:
        assert doc.text[fact["start"]:fact["end"]] == fact["text"]
    # the extractors' working data is gone: only the facts contract stays
    assert {key for key in doc.user_data if isinstance(key, str)} == {"unionfacts_facts_json"}


def test_spacy_docs_round_trip_through_docbin(nlp):
    docs = list(nlp.pipe(path.read_text(encoding="utf-8") for path in PAGES[:3]))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    for before, after in zip(docs, restored, strict=True):
        assert after.text == before.text
        assert after._.facts == before._.facts
        assert after._.money == before._.money and after._.title == before._.title
        for key in before.spans:
            assert [(s.start_char, s.end_char, s.label_) for s in after.spans[key]] == [
                (s.start_char, s.end_char, s.label_) for s in before.spans[key]]


def test_spacy_a_processed_doc_runs_through_again_unchanged(nlp):
    doc = nlp(PAGES[1].read_text(encoding="utf-8"))
    again = nlp(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab).__next__())
    assert again._.facts == doc._.facts


def test_spacy_metadata_set_on_the_doc_is_used(nlp):
    text = "Sáng ngày 29/9, Công đoàn Công Thương Việt Nam trao 70 tỷ đồng."
    plain = nlp(text)
    assert plain._.dates[0]["value"] == "XXXX-09-29"
    doc = nlp.make_doc(text)
    doc._.published = "2021-09-30"
    assert nlp(doc)._.dates[0]["value"] == "2021-09-29"


def test_spacy_pipeline_saves_and_loads_in_a_new_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    text = PAGES[0].read_text(encoding="utf-8")
    script = ("import json, sys, spacy\n"
              "nlp = spacy.load(sys.argv[1])\n"
              "print(json.dumps(nlp(sys.stdin.read())._.facts, ensure_ascii=False))\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pipeline")], input=text,
                            capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == nlp(text)._.facts


def test_spacy_displacy_span_view_shows_the_facts(nlp):
    doc = nlp(PAGES[0].read_text(encoding="utf-8"))
    html = displacy.render(doc, style="span")
    assert "MONEY" in html and "PERSON" in html and "MEETING" in html and "đồng" in html


def test_spacy_show_writes_the_html_page(tmp_path):
    page = tmp_path / "seed.html"
    result = runner.invoke(app, ["show", str(PAGES[0]), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<title>CĐCTVN: Tổ chức Hội nghị" in html
    body = _extract("--body", str(PAGES[0]))[0]["body"]
    assert html.count('<div class="spans"') == len([line for line in body.splitlines() if line.strip()])
    for text in ("Trần Quang Huy", "70,000,000,000", "Hội nghị Ban Thường vụ mở rộng lần thứ 19", ">MONEY<"):
        assert text in html


def test_spacy_show_a_manifest_needs_an_id():
    several = runner.invoke(app, ["show", str(SEEDS_GOLD)])
    assert several.exit_code == 2 and "--id" in several.stderr
    chosen = runner.invoke(app, ["show", str(SEEDS_GOLD), "--id", "seed-002"])
    assert chosen.exit_code == 0 and "<!DOCTYPE html>" in chosen.stdout
    escaped = runner.invoke(app, ["show", "-"], input="<script>alert(1)</script> Ông Nguyễn Văn An nhận 5 triệu đồng.")
    assert escaped.exit_code == 0 and "<script>alert" not in escaped.stdout
