"""Tests for the ingest stage: reading inputs, failures, page metadata and boilerplate."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from unionfacts.ingest import iter_documents, to_article
from unionfacts.ingest.page import byline, parse_dateline, parse_page
from unionfacts.normalize import normalize_text
from unionfacts.resources import read_table
from unionfacts.types import Failure, RawDocument, SkipReason

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
UNION_DEV = SHARED / "gold" / "union-dev.jsonl"


def _one(paths: list[str], **kwargs) -> RawDocument | Failure:
    results = list(iter_documents(paths, **kwargs))
    assert len(results) == 1, results
    return results[0]


def _article(text: str) -> object:
    return to_article(RawDocument(source="test", doc_id="test", text=text, kind="txt"))


# --- the seed pages ----------------------------------------------------------------------

SEED_METADATA = [
    ("seed-000", "CĐCTVN: Tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19",
     "2021-09-30T07:47:00+07:00", "Phương Trà", None),
    ("seed-001", "Nâng cao vai trò hoạt động của Công đoàn Bộ Công Thương",
     "2018-11-09T08:20:00+07:00", "Phương Trà", None),
    ("seed-002", "Hội nghị Sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2020 "
     "Khối thi đua 11 Công đoàn ngành Trung ương", "2020-07-24T05:20:07+07:00", "Ban TGNC", None),
    ("seed-003", "LĐLĐ Thành phố: Hội nghị tổng kết phong trào CNVCLĐ và hoạt động Công đoàn năm 2020, "
     "triển khai nhiệm vụ năm 2021", "2020-12-28T04:42:00+07:00", "Hồng Hạnh", None),
    ("seed-004", "Hội nghị trực tuyến toàn quốc học tập, quán triệt Nghị quyết Đại hội XII Công đoàn Việt Nam",
     "2018-12-07", "Văn Duẩn",
     "https://nld.com.vn/cong-doan/hoi-nghi-truc-tuyen-toan-quoc-hoc-tap-quan-triet-nghi-quyet-"
     "dai-hoi-xii-cong-doan-viet-nam-20181206125646445.htm"),
]


@pytest.mark.parametrize(("doc_id", "title", "published", "author", "url"), SEED_METADATA)
def test_ingest_seed_metadata(doc_id, title, published, author, url):
    article = to_article(_one([str(SEEDS / f"{doc_id}.txt")]))
    assert article.doc_id == doc_id
    assert (article.title, article.published, article.author, article.url) == (title, published, author, url)


@pytest.mark.parametrize("doc_id", [case[0] for case in SEED_METADATA])
def test_ingest_seed_body_is_stable_and_hashed(doc_id):
    article = to_article(_one([str(SEEDS / f"{doc_id}.txt")]))
    assert normalize_text(article.body) == article.body
    assert article.content_hash == hashlib.sha256(article.body.encode("utf-8")).hexdigest()
    assert article.title in article.body.split("\n")  # the headline stays in the body


@pytest.mark.parametrize("furniture", ["[In trang]", "View count", "Tags:", "Bài viết liên quan", "(Nguồn:"])
def test_ingest_boilerplate_does_not_reach_body(furniture):
    for path in sorted(SEEDS.glob("seed-*.txt")):
        assert furniture not in to_article(_one([str(path)])).body


@pytest.mark.parametrize(("doc_id", "kept_line"), [
    ("seed-000", "Thứ năm, 30/09/2021 - 07:47"),
    ("seed-001", "Thứ tư, ngày 24 tháng 07 năm 2019"),
    ("seed-001", "Cập nhật lúc 08:20 ngày 09/11/2018"),
    ("seed-002", "Ngày đăng: 05:20:07 - 24/ 07 /2020"),
    ("seed-003", "Ngày đăng 28/12/2020 | 04:42"),
    ("seed-004", "Date : 07-12-2018"),
])
def test_ingest_datelines_stay_in_body(doc_id, kept_line):
    assert kept_line in to_article(_one([str(SEEDS / f"{doc_id}.txt")])).body.split("\n")


@pytest.mark.parametrize(("doc_id", "byline_line"), [
    ("seed-000", "Phương Trà"), ("seed-002", "Ban TGNC (Nguồn Khối thi đua)"), ("seed-004", "Văn Duẩn"),
])
def test_ingest_byline_line_is_cut(doc_id, byline_line):
    assert byline_line not in to_article(_one([str(SEEDS / f"{doc_id}.txt")])).body.split("\n")


# --- union-dev gold (read from ../shared, never copied) -----------------------------------


def _union_dev_cases() -> list:
    if not UNION_DEV.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"gold file absent: {UNION_DEV} (needs ../shared)"))]
    with UNION_DEV.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [pytest.param(record, id=record["id"]) for record in records]


@pytest.mark.parametrize("record", _union_dev_cases())
def test_ingest_union_dev_metadata(record):
    # Text only: the gold's own metadata must not leak into what the page parser finds.
    article = to_article(RawDocument(source=record["id"], doc_id=record["id"], text=record["text"], kind="txt"))
    expected_title = normalize_text(record["title"]) if record["title"] else None
    assert article.title == expected_title
    assert article.author == record["author"]
    assert article.published == record["published"]


# --- page parts ----------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "iso"), [
    ("Thứ năm, 30/09/2021 - 07:47", "2021-09-30T07:47:00+07:00"),
    ("Ngày đăng: 05:20:07 - 24/ 07 /2020", "2020-07-24T05:20:07+07:00"),
    ("Cập nhật lúc 08:20 ngày 09/11/2018", "2018-11-09T08:20:00+07:00"),
    ("Ngày đăng 28/12/2020 | 04:42", "2020-12-28T04:42:00+07:00"),
    ("Date : 07-12-2018", "2018-12-07"),
    ("Thứ tư, ngày 24 tháng 07 năm 2019", "2019-07-24"),
    ("Ngày 06/11/2018, đồng chí Trần Quang Huy làm việc", None),  # a sentence, not a dateline
    ("Ngày đăng 31/02/2020", None),  # no such day
])
def test_ingest_dateline_forms(line, iso):
    found = parse_dateline(line)
    assert (found.iso() if found else None) == iso


@pytest.mark.parametrize(("text", "author"), [
    ("Phương Trà", "Phương Trà"),
    ("Ban TGNC (Nguồn Khối thi đua)", "Ban TGNC"),
    ("Kỳ Nam - ảnh flycam: Văn Thành Châu", "Kỳ Nam"),
    ("Tin-ảnh: T.Nga", "T.Nga"),
    ("Phương Thoa/VOV-Trung tâm Tin", "Phương Thoa/VOV-Trung tâm Tin"),
    ("Theo Thiên Ngôn ( Vnexpress)", "Thiên Ngôn"),
    ("(theo TTXVN)", None),
    ("Theo Reuters", None),
    ("Ảnh: TTXVN", None),
    ("Toàn cảnh hội nghị", None),
    ("Bà NGUYỄN THỤY TRÚC MAI, Phó Chủ tịch Công đoàn", None),
    ("Ông Nguyễn Văn Bình.", None),
    ("Chị Lê Thị Mai", None),
    ("Anh Dũng", "Anh Dũng"),  # a given name opening with "Anh"
    ("Anh Quang - Bạch Mai (TTXVN)", "Anh Quang - Bạch Mai"),
])
def test_ingest_byline_forms(text, author):
    assert byline(text) == author


@pytest.mark.parametrize(("text", "author"), [
    ("Tiêu đề\nDẫn nhập.\nThân bài một câu. Câu cuối đây. L.B", "L.B"),
    ("Tiêu đề\nDẫn nhập.\nThân bài hết./. Vũ Hạnh/VOV.VN", "Vũ Hạnh/VOV.VN"),
    ("Tiêu đề\nDẫn nhập.\nThân bài” - ông Thăng nói.", None),
    ("Tiêu đề\nDẫn nhập.\nThân bài trên thế giới. (theo TTXVN)", None),
    ("Tiêu đề\nThân bài.\nMinh Nhật\nTổng hợp", "Minh Nhật"),
    # Captions appended after the article, past a blank line: the byline stands before them.
    ("Tiêu đề\n\nDẫn nhập.\n\nThân bài.\nLan Anh - Minh Quân\n\n\nBà Trần Thị Hoa.\nCông nhân nhận quà.",
     "Lan Anh - Minh Quân"),
    ("Tiêu đề\n\nThân bài.\nThu Hà\n\n\nÔng Lê Văn Nam phát biểu - Ảnh: TRẦN MINH", "Thu Hà"),
    # A caption's credit names the photographer, never the author.
    ("Tiêu đề\nThân bài kết thúc.\n\nÔng Lê Văn Nam phát biểu tại hội nghị sáng 12-7 - Ảnh: Đ. BÌNH", None),
    ("Tiêu đề\nThân bài kết thúc.\n\nÔng Phạm Văn Hùng - Ảnh: B.D.", None),
    ("Tiêu đề\nThân bài.\n\nChủ tịch công đoàn tỉnh Đỗ Văn Tâm - Ảnh: Baochinhphu.vn", None),
    # the writers' line above a line that only credits the photos; a label that names the photos too
    ("Tiêu đề\nThân bài kết thúc.\nBài: Hà Văn Lợi - Minh Trang\nẢnh: Quốc Bảo, Hà Văn Lợi", "Hà Văn Lợi - Minh Trang"),
    ("Tiêu đề\nThân bài kết thúc.\nBài và ảnh: Trần Thu Hằng", "Trần Thu Hằng"),
])
def test_ingest_inline_byline_at_paragraph_end(text, author):
    article = _article(text)
    assert article.author == author
    assert article.title == "Tiêu đề"


@pytest.mark.parametrize(("text", "author"), [
    # "Theo" and the writers on a line above the outlet's: the writers wrote it, the outlet published it
    ("Tiêu đề\nThân bài kết thúc.\nTheo Lê Hoàng Nam\nVOV-Bắc Kinh", "Lê Hoàng Nam"),
    ("Tiêu đề\nThân bài kết thúc.\nTheo Mai Anh- Quốc Bảo\nVOV", "Mai Anh- Quốc Bảo"),
    ("Tiêu đề\nThân bài kết thúc.\nTheo Thu Trang, Minh Đức\nTiền Phong", "Thu Trang, Minh Đức"),
    ("Tiêu đề\nThân bài kết thúc.\nTheo Đỗ Lan\nNông thôn ngày nay", "Đỗ Lan"),  # an outlet in sentence case
])
def test_ingest_writer_above_the_outlet(text, author):
    article = _article(text)
    assert article.author == author
    assert article.body.endswith("Thân bài kết thúc.")  # neither line is left for a person or a body


@pytest.mark.parametrize(("text", "author"), [
    # archives that append the photo captions right below the byline, with no blank line between
    ("Tiêu đề\nThân bài kết thúc.\nHà Minh Thư\nKhu công nghiệp Phố Nối, Hưng Yên.", "Hà Minh Thư"),
    ("Tiêu đề\nThân bài kết thúc.\nLê Văn Toàn - Ngọc Mai\nÔng Trịnh Quốc Bảo.", "Lê Văn Toàn - Ngọc Mai"),
    ("Tiêu đề\nThân bài kết thúc.\nĐỗ Thu\nBà Lương Thị Nga, Chủ tịch Công đoàn công ty nhận bằng khen.\n"
     "Công ty là một trong năm đơn vị được khen thưởng năm nay.", "Đỗ Thu"),
])
def test_ingest_byline_above_appended_captions(text, author):
    article = _article(text)
    assert article.author == author
    assert author not in article.body


@pytest.mark.parametrize("text", [
    # the name of the person the article is about, as the caption of a photo: no byline
    "Tiêu đề\nÔng Trịnh Quốc Bảo làm giám đốc từ năm 2019.\nTrịnh Quốc Bảo\nẢnh chụp tại nhà máy năm ngoái.",
    # more lines after the name than captions an archive appends
    "Tiêu đề\nThân bài.\nHà Minh Thư\nMột câu.\nHai câu.\nBa câu.\nBốn câu.",
])
def test_ingest_name_above_captions_not_a_byline(text):
    assert _article(text).author is None


def test_ingest_print_date_is_not_published():
    page = parse_page("Thứ tư, ngày 24 tháng 07 năm 2019\nTiêu đề bài\nNội dung.")
    assert page.published is None
    assert page.title == "Tiêu đề bài"


def test_ingest_category_label_is_not_title():
    page = parse_page("văn hóa - xã hội\n\nTiêu đề thật\nNgày đăng 28/12/2020 | 04:42\n\nNội dung.")
    assert (page.title, page.published) == ("Tiêu đề thật", "2020-12-28T04:42:00+07:00")


def test_ingest_view_counter_removed_dateline_kept():
    page = parse_page("Tiêu đề\nNgày đăng 28/12/2020 | 04:42 | View count: 865\nNội dung.")
    assert page.body == "Tiêu đề\nNgày đăng 28/12/2020 | 04:42\nNội dung."


# --- files, folders, globs, manifests -----------------------------------------------------


def test_ingest_missing_path_is_not_found(tmp_path):
    result = _one([str(tmp_path / "absent.txt")])
    assert isinstance(result, Failure) and result.reason is SkipReason.NOT_FOUND


def test_ingest_glob_without_match_is_not_found(tmp_path):
    result = _one([str(tmp_path / "*.txt")])
    assert isinstance(result, Failure) and result.reason is SkipReason.NOT_FOUND


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8")])
def test_ingest_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result = _one([str(path)])
    assert isinstance(result, Failure) and result.reason is SkipReason.EMPTY


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 9)) * 50 + b"abc"])
def test_ingest_binary_file(tmp_path, content):
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    result = _one([str(path)])
    assert isinstance(result, Failure) and result.reason is SkipReason.BINARY


def test_ingest_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Công đoàn " * 100, encoding="utf-8")
    result = _one([str(path)], max_bytes=100)
    assert isinstance(result, Failure) and result.reason is SkipReason.TOO_LARGE


def test_ingest_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Nội dung", encoding="utf-8")
    original_open = Path.open

    def refuse(self, *args, **kwargs):  # chmod does not stop root, so refuse the open itself
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = _one([str(path)])
    assert isinstance(result, Failure) and result.reason is SkipReason.UNREADABLE


def test_ingest_explicit_unsupported_extension_fails(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("Nội dung", encoding="utf-8")
    result = _one([str(path)])
    assert isinstance(result, Failure) and "unsupported" in result.detail


def _to_cp1258(text: str) -> bytes:
    """Windows-1258 stores base letters precomposed and tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


VIETNAMESE = "Hội nghị Ban Chấp hành Công đoàn Việt Nam lần thứ 19.\nĐồng chí Trần Quang Huy chủ trì Hội nghị.\n"


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-8"),
    lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    lambda text: text.encode("utf-16"),  # with byte-order mark
    lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    _to_cp1258,
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1258"])
def test_ingest_decodes_encodings(tmp_path, encode):
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(VIETNAMESE))
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument)
    assert normalize_text(raw.text) == normalize_text(VIETNAMESE)


@pytest.mark.parametrize("content, offset", [(b"\xef\xbb\xbfH\xc3\x28 broken", 4), (b"\xff\xfeH\x00\x00\xd8", 4)])
def test_ingest_a_bad_byte_after_a_bom_is_replaced_and_reported(tmp_path, content, offset):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = _one([str(path)])
    assert isinstance(result, RawDocument) and "\ufffd" in result.text
    assert len(result.notes) == 1 and f"byte offset {offset}" in result.notes[0]


def test_ingest_many_bad_bytes_after_a_bom_is_encoding(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xef\xbb\xbf" + bytes(range(0x80, 0x100)) * 4)
    result = _one([str(path)])
    assert isinstance(result, Failure) and result.reason is SkipReason.ENCODING


def test_ingest_undecodable_file_is_encoding(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 20)  # no encoding reads this as text
    result = _one([str(path)])
    assert isinstance(result, Failure) and result.reason is SkipReason.ENCODING


def test_ingest_latin1_file_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Résumé of the café meeting, déjà vu for everyone involved here.\n".encode("latin-1"))
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument) and "caf" in raw.text


def test_ingest_folder_recursion_is_sorted(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ["b/deep/z.txt", "b/c.htm", "a/y.txt", "top.txt", ".hidden/x.txt"]:
        (tmp_path / rel).write_text("<p>Tiêu đề</p>" if rel.endswith("htm") else "Tiêu đề\nNội dung.", encoding="utf-8")
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # ignored silently inside a folder
    sources = [Path(r.source).relative_to(tmp_path).as_posix() for r in iter_documents([str(tmp_path)])]
    assert sources == ["a/y.txt", "b/c.htm", "b/deep/z.txt", "top.txt"]


def test_ingest_glob_expands_sorted(tmp_path):
    for name in ["b.txt", "a.txt", "c.md"]:
        (tmp_path / name).write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "*.txt")]))
    assert [r.doc_id for r in results] == ["a", "b"]


def test_ingest_stream_goes_on_after_failures(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "absent.txt"), str(good)]))
    assert [type(r).__name__ for r in results] == ["Failure", "RawDocument"]


def test_ingest_iter_documents_is_lazy(tmp_path):
    results = iter_documents([str(tmp_path / "absent.txt")])
    assert iter(results) is results  # a generator: nothing is read before it is asked for


def test_ingest_jsonl_manifest(tmp_path):
    manifest = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Tiêu đề trang\nNgày đăng 28/12/2020 | 04:42\nNội dung.",
                    "title": "Tiêu đề khai báo", "url": "https://example.org/a1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": "Bài không id.\nNội dung.", "date": "20201228"}, ensure_ascii=False),
    ]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_documents([str(manifest)]))
    kinds = [(r.source.rsplit("#", 1)[1], getattr(r, "reason", None)) for r in results]
    assert kinds == [("L1", None), ("L2", SkipReason.BAD_RECORD), ("L3", SkipReason.EMPTY),
                     ("L4", SkipReason.BAD_RECORD), ("L6", None)]
    assert "line 2" in results[1].detail
    first = to_article(results[0])
    assert (first.doc_id, first.title, first.url) == ("a1", "Tiêu đề khai báo", "https://example.org/a1")
    assert first.published == "2020-12-28T04:42:00+07:00"  # from the page: the manifest gives none
    last = to_article(results[-1])
    assert (last.doc_id, last.published) == ("batch-L6", "2020-12-28")  # "date": "20201228", read as ISO


def test_ingest_jsonl_record_too_large(tmp_path):
    manifest = tmp_path / "batch.jsonl"
    records = [{"id": "big", "text": "x" * 500}, {"id": "ok", "text": "Có"}]
    manifest.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    results = list(iter_documents([str(manifest)], max_bytes=200))
    assert results[0].reason is SkipReason.TOO_LARGE and results[1].doc_id == "ok"


HTML_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị Ban Thường vụ | Công đoàn Công Thương</title>
<meta name="author" content="Phương Trà">
<meta property="article:published_time" content="2021-09-30T07:47:00+07:00">
<link rel="canonical" href="https://example.org/tin/hoi-nghi-bch">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/lien-he">Liên hệ</a></nav>
<article>
<h1>CĐCTVN: Tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19</h1>
<p>Sáng ngày 29/9, CĐCTVN đã tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19, nhiệm kỳ 2018-2023.</p>
<p>Đồng chí Trần Quang Huy - Chủ tịch CĐCTVN chủ trì và điều hành Hội nghị.</p>
<p>Hội nghị đã đánh giá kết quả hoạt động công đoàn Quý III và triển khai nhiệm vụ Quý IV năm 2021.</p>
</article>
<footer>Bản quyền thuộc về Công đoàn Công Thương Việt Nam</footer>
</body></html>
"""


def test_ingest_html_page(tmp_path):
    path = tmp_path / "hoi-nghi.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument) and raw.kind == "html"
    article = to_article(raw)
    assert article.title == "CĐCTVN: Tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19"
    assert (article.published, article.author, article.url) == ("2021-09-30T07:47:00+07:00", "Phương Trà",
                                                                 "https://example.org/tin/hoi-nghi-bch")
    lines = article.body.split("\n")
    assert "Đồng chí Trần Quang Huy - Chủ tịch CĐCTVN chủ trì và điều hành Hội nghị." in lines
    assert "Trang chủ" not in article.body and "Bản quyền" not in article.body


def test_ingest_html_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body>  </body></html>", encoding="utf-8")
    result = _one([str(path)])
    assert isinstance(result, Failure) and result.reason is SkipReason.EMPTY


# --- data --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "key"), [
    ("ingest/boilerplate.tsv", "marker"),
    ("ingest/dateline_words.tsv", "word"),
    ("ingest/byline_markers.tsv", "marker"),
])
def test_ingest_data_files_parse(name, key):
    rows = read_table(name)
    keys = [row[key] for row in rows]
    assert rows and all(keys) and len(keys) == len(set(keys))
    assert all(unicodedata.is_normalized("NFC", value) for row in rows for value in row.values())


def test_ingest_unlistable_folder_is_reported(tmp_path, monkeypatch):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "open.txt").write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    original_scandir = os.scandir

    def refuse(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return original_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    results = list(iter_documents([str(tmp_path)]))
    found = [(type(r).__name__, Path(r.source).name) for r in results]
    assert found == [("Failure", "locked"), ("RawDocument", "open.txt")]
    assert results[0].reason is SkipReason.UNREADABLE


# --- legacy encodings, damaged bytes, deep HTML (issue 12) ------------------------------------------

# Written byte by byte from the encodings' layouts (models/encodings/README.md), not with the maps
# under test: "Hội nghị Công đoàn Việt Nam" and "Đồng chí Trần Quang Huy chủ trì hỗ trợ 70 tỷ đồng."
VNI_BYTES = (b"Ho\xe4i ngh\xf2 Co\xe2ng \xf1oa\xf8n Vie\xe4t Nam.\n"
             b"\xd1o\xe0ng ch\xed Tra\xe0n Quang Huy ch\xf6\xf5a tr\xec ho\xe3 tr\xf4\xef 70 ty\xfb \xf1o\xe0ng.\n")
TCVN3_BYTES = (b"H\xe9i ngh\xde C\xabng \xaeo\xb5n Vi\xd6t Nam.\n"
               b"\xa7\xe5ng ch\xdd Tr\xc7n Quang Huy ch\xf7a tr\xd7 h\xe7 tr\xee 70 t\xfb \xae\xe5ng.\n")
LEGACY_TEXT = ("Hội nghị Công đoàn Việt Nam.\n"
               "Đồng chí Trần Quang Huy chữa trì hỗ trợ 70 tỷ đồng.\n")


@pytest.mark.parametrize("content, encoding", [(VNI_BYTES, "vni"), (TCVN3_BYTES, "tcvn3")])
def test_ingest_legacy_encodings_are_detected_and_converted(tmp_path, content, encoding):
    from unionfacts.ingest.legacy import detect_legacy

    assert detect_legacy(content)[0] == encoding
    path = tmp_path / "old.txt"
    path.write_bytes(content)
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument) and raw.notes == ()
    assert normalize_text(raw.text) == normalize_text(LEGACY_TEXT)


def _inverse(table: str) -> dict[str, bytes]:
    from unionfacts.resources import read_table

    key = "byte" if "tcvn3" in table else "bytes"
    return {row["letter"]: bytes(int(part, 16) for part in row[key].split()) for row in read_table(table)}


@pytest.mark.parametrize("table, encoding", [("encodings/vni.tsv", "vni"), ("encodings/tcvn3.tsv", "tcvn3")])
def test_ingest_legacy_maps_read_back_every_letter(table, encoding):
    """Every letter of a map, written in it, reads back as itself and as that encoding."""
    from unionfacts.ingest.legacy import DECODERS, detect_legacy

    letters = _inverse(table)
    words = " ".join(f"x{letter}n" for letter in letters if not (encoding == "tcvn3" and letter.isupper()))
    encoded = b"".join(letters.get(char, char.encode("ascii", errors="replace")) for char in words)
    assert DECODERS[encoding](encoded) == words
    assert detect_legacy(encoded)[0] == encoding


def test_ingest_legacy_vni_and_tcvn3_are_told_from_cp1258():
    from unionfacts.ingest.legacy import detect_legacy

    assert detect_legacy(_to_cp1258(VIETNAMESE))[0] == "cp1258"
    assert detect_legacy("Ærø, Ålborg: søndag £5 ÷ µ".encode("latin-1")) is None  # no Vietnamese in any reading


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ingest_utf16_without_bom_is_read(tmp_path, codec):
    path = tmp_path / "doc.txt"
    path.write_bytes(VIETNAMESE.encode(codec))
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument), raw
    assert normalize_text(raw.text) == normalize_text(VIETNAMESE)


def test_ingest_one_bad_utf8_byte_is_replaced_and_reported(tmp_path):
    data = VIETNAMESE.encode("utf-8")
    at = data.index(b"Ban")
    path = tmp_path / "doc.txt"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument)
    assert raw.text == VIETNAMESE[:VIETNAMESE.index("Ban")] + "\ufffd" + VIETNAMESE[VIETNAMESE.index("Ban"):]
    assert raw.notes == (f"invalid utf-8 byte ff at byte offset {at} replaced by U+FFFD",)


def test_ingest_one_bad_byte_in_a_manifest_line_is_replaced_and_reported(tmp_path):
    line = json.dumps({"id": "a", "text": "Công đoàn Việt Nam hỗ trợ."}, ensure_ascii=False).encode("utf-8")
    at = line.index("hỗ".encode("utf-8"))
    manifest = tmp_path / "batch.jsonl"
    manifest.write_bytes(b'{"id": "ok", "text": "Co"}\n' + line[:at] + b"\xc3" + line[at:] + b"\n")
    results = list(iter_documents([str(manifest)]))
    assert isinstance(results[1], RawDocument) and "\ufffd" in results[1].text
    assert results[1].notes == (f"invalid utf-8 byte c3 at byte {at} of line 2 replaced by U+FFFD",)


def test_ingest_a_stored_repair_is_recorded(tmp_path):
    from unionfacts.run import run_batch
    from unionfacts.store import connect

    data = VIETNAMESE.encode("utf-8")
    path = tmp_path / "doc.txt"
    at = data.index(b"Ban")
    path.write_bytes(data[:at] + b"\xfe" + data[at:])
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    summary = run_batch([str(path)], engine)
    assert summary.stored == 1 and not summary.failed
    assert [(note.reason.value, f"byte offset {at}" in note.detail) for note in summary.notes] == [("repaired", True)]
    with engine.connect() as connection:
        from sqlalchemy import text

        assert connection.execute(text("SELECT reason FROM failures")).scalars().all() == ["repaired"]


@pytest.mark.parametrize("depth", [300, 5000])
def test_ingest_deeply_nested_html_is_read(tmp_path, depth):
    paragraph = ("<p>Sáng ngày 29/9, Công đoàn Công Thương Việt Nam tổ chức Hội nghị Ban Chấp hành, hỗ trợ 70 tỷ "
                 "đồng cho 400 đoàn viên khó khăn.</p>")
    html = ("<html><head><title>Hội nghị</title></head><body>" + "<div>" * depth + "<article>" + paragraph
            + "</article>" + "</div>" * depth + "</body></html>")
    path = tmp_path / "deep.html"
    path.write_text(html, encoding="utf-8")
    raw = _one([str(path)])
    assert isinstance(raw, RawDocument), raw
    assert "hỗ trợ 70 tỷ đồng" in raw.text


def test_ingest_text_over_the_character_cap_is_too_large(tmp_path, monkeypatch):
    import unionfacts.ingest.files as files

    monkeypatch.setattr(files, "MAX_CHARS", 50)
    (tmp_path / "long.txt").write_text("Công đoàn " * 10, encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(json.dumps({"id": "a", "text": "Công đoàn " * 10}) + "\n", encoding="utf-8")
    results = list(iter_documents([str(tmp_path / "long.txt"), str(tmp_path / "batch.jsonl")]))
    assert [result.reason for result in results] == [SkipReason.TOO_LARGE, SkipReason.TOO_LARGE]
    assert "100 characters" in results[0].detail
