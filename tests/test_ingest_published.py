"""Publication dates from every layout a page or a dump carries, stored in one ISO form.

Rows are layouts written for this table: ISO dates and date-times, the dantri dump's
"YYYYMMDD", Vietnamese datelines with weekday, label, "lúc" and "GMT+7", English and
RFC 2822 forms. A time without a zone is Vietnamese local time (+07:00); a relative
expression or a text that is no date gives None (never the clock).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from unionfacts.ingest import iter_documents, to_article
from unionfacts.ingest.page import parse_dateline
from unionfacts.ingest.published import normalize_published

LAYOUTS = [
    ("2021-09-30", "2021-09-30"),
    ("20210930", "2021-09-30"),
    ("2021-09-30T07:47:00+07:00", "2021-09-30T07:47:00+07:00"),
    ("2021-09-30T07:47:00+0700", "2021-09-30T07:47:00+07:00"),
    ("2021-09-30 07:47", "2021-09-30T07:47:00+07:00"),
    ("2021-09-30T00:47:00Z", "2021-09-30T00:47:00+00:00"),
    ("2021-09-30T00:00:00", "2021-09-30"),  # how some page metadata writes a bare day
    ("30/09/2021 07:47", "2021-09-30T07:47:00+07:00"),
    ("30/09/2021", "2021-09-30"),
    ("30-9-2021", "2021-09-30"),
    ("30.9.2021", "2021-09-30"),
    ("Thứ Năm, 30/09/2021, 07:47 (GMT+7)", "2021-09-30T07:47:00+07:00"),
    ("Thứ tư, ngày 24 tháng 07 năm 2019", "2019-07-24"),
    ("12 Tháng 3 2016 lúc 09:41", "2016-03-12T09:41:00+07:00"),
    ("16:30 | 12/05/2017", "2017-05-12T16:30:00+07:00"),
    ("Sep 30, 2021 7:47 AM", "2021-09-30T07:47:00+07:00"),
    ("Mon, 27 Mar 2017 10:05:00 GMT", "2017-03-27T10:05:00+00:00"),
    ("  2021-09-30  ", "2021-09-30"),
    # --- no publication date ------------------------------------------------------------------
    ("hôm qua", None),
    ("3 giờ trước", None),
    ("2021-02-30", None),
    ("20211340", None),
    ("tháng 3 năm 2016", None),  # no day
    ("không rõ", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), LAYOUTS)
def test_ingest_published_any_layout_becomes_one_iso_form(value, expected):
    assert normalize_published(value) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("12 Tháng 3 2016 lúc 09:41", "2016-03-12T09:41:00+07:00"),
    ("Sep 30, 2021 7:47 AM", "2021-09-30T07:47:00+07:00"),
    ("Hà Nội, 12/3/2016 có mưa lớn", None),  # a sentence with a date is no dateline
    ("Đại hội lần thứ XII năm 2018", None),
])
def test_ingest_published_datelines_in_written_layouts(line, expected):
    found = parse_dateline(line)
    assert (found.iso() if found else None) == expected


def test_ingest_published_a_manifest_of_mixed_layouts_reads_as_dates(tmp_path):
    # One archive mixing a dump's "date", ISO date-times and a Vietnamese dateline field: every
    # stored value is ISO, so pandas reads the column without being told a format per row.
    manifest = tmp_path / "mixed.jsonl"
    records = [
        {"id": "a", "text": "Tin A.\nNội dung.", "date": "20210930"},
        {"id": "b", "text": "Tin B.\nNội dung.", "published": "2021-09-30T07:47:00+07:00"},
        {"id": "c", "text": "Tin C.\nNội dung.", "published": "Thứ Năm, 30/09/2021, 07:47 (GMT+7)"},
        {"id": "d", "text": "Tin D.\nNội dung.", "published": "30/09/2021"},
        {"id": "e", "text": "Tin E.\nNội dung.", "published": "hôm qua"},
    ]
    manifest.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    published = [to_article(raw).published for raw in iter_documents([str(manifest)])]
    assert published == ["2021-09-30", "2021-09-30T07:47:00+07:00", "2021-09-30T07:47:00+07:00", "2021-09-30", None]
    days = pd.to_datetime(pd.Series([value[:10] if value else None for value in published]))
    assert days.dt.day.dropna().tolist() == [30, 30, 30, 30]
    instants = pd.to_datetime(pd.Series([value for value in published if value and "T" in value]))
    assert str(instants.dt.tz) == "UTC+07:00"
