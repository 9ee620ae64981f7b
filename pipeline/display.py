"""One article's facts as an HTML page: the body with every fact marked by displaCy, then the facts listed."""

from __future__ import annotations

from html import escape
from typing import Any

from spacy import displacy
from spacy.tokens import Doc

from unionfacts.language import ALL_FACTS_KEY, SPAN_LABELS

COLORS = {"PERSON": "#f4a261", "ROLE": "#e9c46a", "ORG": "#8ecae6", "MEETING": "#b5e48c", "DOCUMENT": "#cdb4db",
          "DATE": "#ffd6a5", "MONEY": "#95d5b2", "COUNT": "#d8e2dc"}

_STYLE = """
body { font-family: system-ui, "Noto Sans", sans-serif; max-width: 62em; margin: 2em auto; padding: 0 1em;
       color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.meta { color: #666; }
table { border-collapse: collapse; margin: .4em 0 1em; font-size: .92em; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.legend span { display: inline-block; padding: .1em .5em; margin: 0 .3em .3em 0; border-radius: 3px; }
"""


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{escape(column)}</th>" for column in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(_text(cell))}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<h2>{escape(title)}</h2><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def facts_tables(facts: dict[str, Any]) -> str:
    """The facts contract as HTML tables, one per kind that has facts."""
    roles = [(p["name"], r["title"], r["organization"]) for p in facts["persons"] for r in p["roles"]]
    roles += [(p["name"], "", "") for p in facts["persons"] if not p["roles"]]
    return "".join((
        _table("Meetings", ("meeting", "date", "location", "organizer", "chairs", "attendees"),
               [(e["name"], e["date"], e["location"], e["organizer"], e["chairs"], e["attendees"])
                for e in facts["events"]]),
        _table("Persons and offices", ("person", "title", "organization"), roles),
        _table("Organizations", ("name", "id", "other forms"),
               [(o["name"], o["id"], o["aliases"]) for o in facts["organizations"]]),
        _table("Money", ("text", "amount", "currency", "qualifier", "bound"),
               [(m["text"], m["amount"], m["currency"], m.get("qualifier"), m.get("bound")) for m in facts["money"]]),
        _table("Counts", ("text", "value", "unit", "qualifier"),
               [(c["text"], c["value"], c["unit"], c.get("qualifier")) for c in facts["counts"]]),
        _table("Dates", ("text", "value", "granularity"),
               [(d["text"], d["value"], d["granularity"]) for d in facts["dates"]]),
        _table("Documents", ("kind", "number", "issuer", "title"),
               [(d["kind"], d["number"], d["issuer"], d["title"]) for d in facts["documents"]]),
    ))


def paragraphs(doc: Doc) -> list[dict[str, Any]]:
    """The Doc's facts in displaCy's manual span format, one entry per line of the body.

    displaCy writes a space after every token and no line breaks; here each line is its
    own paragraph, and tokens written together in the text ("năm,") are shown together
    unless a fact starts or ends between them.
    """
    spans = list(doc.spans[ALL_FACTS_KEY])
    covering: list[set[int]] = [set() for _ in doc]
    for number, span in enumerate(spans):
        for index in range(span.start, span.end):
            covering[index].add(number)
    result: list[dict[str, Any]] = []
    tokens: list[str] = []
    position: dict[int, tuple[int, int]] = {}  # doc token → (paragraph, display token)
    previous = None
    for token in doc:
        if not token.text.strip():
            if "\n" in token.text and tokens:
                result.append({"text": "", "tokens": tokens, "spans": []})
                tokens, previous = [], None
            continue
        joined = (previous is not None and previous.idx + len(previous.text) == token.idx
                  and covering[previous.i] == covering[token.i])
        if joined:
            tokens[-1] += token.text
        else:
            tokens.append(token.text)
        position[token.i] = (len(result), len(tokens) - 1)
        previous = token
    if tokens:
        result.append({"text": "", "tokens": tokens, "spans": []})
    for span in spans:
        words = [position[i] for i in range(span.start, span.end) if i in position]
        if words and words[0][0] == words[-1][0]:  # a fact never crosses a line
            result[words[0][0]]["spans"].append({"start_token": words[0][1], "end_token": words[-1][1] + 1,
                                                 "label": span.label_})  # kb ids are in the tables
    for paragraph in result:
        paragraph["text"] = " ".join(paragraph["tokens"])
    return result


def render_spans(doc: Doc) -> str:
    """displaCy's span view of every fact in a Doc from ``unionfacts.load()``, a paragraph per line."""
    return displacy.render(paragraphs(doc), style="span", manual=True, page=False,
                           options={"colors": COLORS})


def article_page(doc: Doc) -> str:
    """A standalone HTML page: title and metadata, the marked body, the facts as tables."""
    facts = doc._.facts
    if facts is None:
        raise ValueError("the Doc carries no facts: make it with unionfacts.load()")
    title = facts.get("title") or facts.get("id") or "article"
    meta = " · ".join(escape(str(facts[key])) for key in ("published", "author", "url", "source") if facts.get(key))
    legend = "".join(f'<span style="background:{COLORS[label]}">{label}</span>' for label in SPAN_LABELS.values())
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="utf-8">'
            f"<title>{escape(title)} · unionfacts</title><style>{_STYLE}</style></head>\n<body>\n"
            f"<h1>{escape(title)}</h1>\n<p class=\"meta\">{meta}</p>\n<p class=\"legend\">{legend}</p>\n"
            f"{render_spans(doc)}\n{facts_tables(facts)}\n</body>\n</html>\n")
