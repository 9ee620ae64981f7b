"""Take metadata (title, dateline, byline, source URL) and boilerplate off a normalized text page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from unionfacts.ingest.published import iso, normalize_published
from unionfacts.normalize import normalize_text, vietnamese_shaped
from unionfacts.resources import read_table

BOILERPLATE = "ingest/boilerplate.tsv"
DATELINE_WORDS = "ingest/dateline_words.tsv"
BYLINE_MARKERS = "ingest/byline_markers.tsv"
HONORIFICS = "persons/honorifics.tsv"
SURNAMES = "persons/surnames.tsv"

_MAX_DATELINE = 100  # a dateline is a short line of its own
_MAX_BYLINE = 60
_MAX_BYLINE_WORDS = 8
_MAX_TITLE = 300
_MAX_CAPTION_WORDS = 50  # a caption is a sentence; a page scraped into one line runs far longer

_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?![\d:])")
_DATELINE_LEFTOVER = re.compile(r"[\s,;:|/.\-–—()]*")
# The end of the last sentence of a paragraph; what follows it may be an inline byline.
_LAST_SENTENCE_END = re.compile(r"^.*[.!?…”\"»](?=\s)")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
_SEPARATORS = {"-", "–", "—", "&"}
# "Theo Thu Hà", "Theo Vân Thiêng- Đặng Thùy": the writers a text is credited to, on a line above its outlet's
_THEO_WRITERS = re.compile(r"(?i:theo)[ ]+(?P<name>[^\W\d_]+(?:[ ]*[-–,&]?[ ]+[^\W\d_]+){1,7})")
_MAX_OUTLET_WORDS = 4


@dataclass(frozen=True)
class Page:
    """What a plain-text page says about itself, and its body without boilerplate."""

    body: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Dateline:
    day: date
    clock: time | None
    offset: timedelta | None = None  # the zone the line names; local time (+07:00) if none

    def iso(self) -> str:
        return iso(self.day, self.clock, self.offset)


def parse_page(text: str) -> Page:
    """Split a normalized page into body and metadata; ``normalize_text(body) == body``."""
    lines, url = _strip_boilerplate(text.split("\n"))
    title_index = _title_index(lines)
    published = _published(lines, title_index)
    author, own_lines = _author(lines, title_index)
    del lines[own_lines]  # the byline's own line, or a writer's and the outlet's under it
    return Page(
        body=normalize_text("\n".join(lines)),
        title=lines[title_index] if title_index is not None else None,
        published=published,
        author=author,
        url=url,
    )


# --- boilerplate -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    rows = read_table(BOILERPLATE)
    markers = {action: [row["marker"] for row in rows if row["action"] == action]
               for action in ("drop_line", "cut_rest", "counter", "source_url")}
    counter = re.compile(r"\s*[|·•\-–]?\s*(?:" + _alternation(markers["counter"]) + r")\s*:?\s*\d[\d.,]*",
                         re.IGNORECASE)
    source = re.compile(r"^\(?\s*(?:" + _alternation(markers["source_url"]) + r")\s*:\s*(https?://\S+?)\s*\)?$",
                        re.IGNORECASE)
    return (frozenset(m.casefold() for m in markers["drop_line"]),
            tuple(m.casefold() for m in markers["cut_rest"]), tuple(m.lower() for m in markers["counter"]),
            counter, source)


def _strip_boilerplate(lines: list[str]) -> tuple[list[str], str | None]:
    drop, cut, counter_words, counter, source = _boilerplate()
    kept: list[str] = []
    url = None
    for index, line in enumerate(lines):
        folded = line.casefold()
        # Line 0 is never a "rest of the page" marker: cutting there would leave nothing.
        if index > 0 and any(_starts_section(folded, marker) for marker in cut):
            break
        if folded in drop:
            continue
        found = source.match(line)
        if found:
            url = url or found.group(1)
            continue
        lowered = line.lower()
        if any(word in lowered for word in counter_words):  # the regex alone is slow on every line
            line = counter.sub("", line)
        kept.append(line.strip())
    return kept, url


def _starts_section(folded_line: str, marker: str) -> bool:
    # "Tags: a, b" carries content after the colon; "Bài viết liên quan" is a heading alone.
    if marker.endswith(":"):
        return folded_line.startswith(marker)
    return folded_line.rstrip(" :") == marker


def _alternation(words: list[str]) -> str:
    """Regex alternation of literal words, longest first so "Thứ năm" wins over "năm"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# --- title and dateline ------------------------------------------------------------------


def _title_index(lines: list[str]) -> int | None:
    """The headline: the first line that is neither a dateline nor a lower-case section label."""
    for index, line in enumerate(lines):
        if not line or len(line) > _MAX_TITLE or parse_dateline(line) is not None:
            continue
        first = next((ch for ch in line if ch.isalnum()), "")
        if first.isupper() or first.isdigit():
            return index
    return None


def _published(lines: list[str], title_index: int | None) -> str | None:
    """The article's own date: the first dateline after the headline.

    A dateline above the headline is the page header, usually the date the page was
    printed ("Thứ tư, ngày 24 tháng 07 năm 2019"); it is used only if it carries a time
    and the page gives no other date.
    """
    start = 0 if title_index is None else title_index + 1
    for line in lines[start:]:
        found = parse_dateline(line)
        if found is not None:
            return found.iso()
    for line in lines[:start]:
        found = parse_dateline(line)
        if found is not None and found.clock is not None:
            return found.iso()
    return None


@lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = read_table(DATELINE_WORDS)
    by_role = {role: [row["word"] for row in rows if row["role"] == role]
               for role in ("day", "month", "year")}
    long_form = re.compile(
        rf"(?:{_alternation(by_role['day'])})\s+(\d{{1,2}})\s+(?:{_alternation(by_role['month'])})\s+"
        rf"(\d{{1,2}})\s+(?:{_alternation(by_role['year'])})\s+(\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    words = re.compile(rf"(?<!\w)(?:{_alternation([row['word'] for row in rows])})(?!\w)", re.IGNORECASE)
    return long_form, words


def parse_dateline(line: str) -> Dateline | None:
    """The date (and time) of a line that is only a dateline, else None."""
    if len(line) > _MAX_DATELINE or not any(ch.isdigit() for ch in line):
        return None
    long_form, words = _dateline_patterns()
    day = None
    for pattern, order in ((long_form, (1, 2, 3)), (_NUMERIC_DATE, (1, 3, 4)), (_ISO_DATE, (3, 2, 1))):
        match = pattern.search(line)
        if match:
            d, m, y = (int(match.group(i)) for i in order)
            day = _valid_date(y, m, d)
            rest = line[: match.start()] + " " + line[match.end():]
            break
    if day is None:
        return _written_dateline(line)
    rest = words.sub(" ", rest)
    clock = None
    found = _TIME.search(rest)
    if found:
        clock = _valid_time(*found.groups())
        rest = rest[: found.start()] + " " + rest[found.end():]
    if (found and clock is None) or not _DATELINE_LEFTOVER.fullmatch(rest):
        return None
    return Dateline(day, clock)


_YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _written_dateline(line: str) -> Dateline | None:
    """A dateline in a layout the patterns above do not know ("12 Tháng 3 2016 lúc 09:41",
    "Sep 30, 2021 7:47 AM"), read by dateparser; a line with any other word is refused there."""
    if not _YEAR_IN_LINE.search(line):
        return None
    found = normalize_published(line)
    if found is None:
        return None
    if "T" not in found:
        return Dateline(date.fromisoformat(found), None)
    moment = datetime.fromisoformat(found)
    return Dateline(moment.date(), moment.time().replace(tzinfo=None), moment.utcoffset())


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _valid_time(hours: str, minutes: str, seconds: str | None) -> time | None:
    try:
        return time(int(hours), int(minutes), int(seconds or 0))
    except ValueError:
        return None


# --- byline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _BylinePatterns:
    label: re.Pattern[str]
    photo: re.Pattern[str]
    prefix: re.Pattern[str]
    source_tail: re.Pattern[str]
    source_lines: frozenset[str]


@lru_cache(maxsize=1)
def _byline_patterns() -> _BylinePatterns:
    rows = read_table(BYLINE_MARKERS)
    by_role = {role: [row["marker"] for row in rows if row["role"] == role]
               for role in ("credit_label", "photo_credit", "source_prefix", "source_line")}
    credit = _alternation(by_role["photo_credit"])
    source = _alternation(by_role["source_prefix"])
    return _BylinePatterns(
        # "Bài và ảnh: A", and a note of compilation before the name: "(Tổng hợp) B"
        label=re.compile(rf"^(?:{_alternation(by_role['credit_label'])}|\((?:{_alternation(by_role['source_line'])})\))\s*",
                         re.IGNORECASE),
        # "Kỳ Nam - ảnh flycam: …" and "Vũ Dũng/VOV Ảnh: Quang Hiếu"
        photo=re.compile(rf"\s*(?:[-–,]\s*(?:{credit})(?!\w)|(?<!\w)(?:{credit})\s*:).*$", re.IGNORECASE),
        prefix=re.compile(rf"^(?:{_alternation(by_role['source_prefix'])})\s*:?\s+", re.IGNORECASE),
        # "Mai Chi Theo Reuters", and "Nhật LinhTheo SCMP" where a scraper lost the line break
        source_tail=re.compile(
            rf"(?:(?<=\S)\s+[-–]?\s*(?i:{source})|(?<=[^\W\d_])(?:{source.title()}))\s*:?\s+\S.*$"
        ),
        source_lines=frozenset(marker.casefold() for marker in by_role["source_line"]),
    )


def writer_above_outlet(lines: list[str]) -> tuple[str, slice] | None:
    """The writer of a text whose last two lines are "Theo Thu Hà" and its outlet's name ("VietnamNet",
    "VOV-Moscow"), and the lines from the writer's to the outlet's; None if the text does not end so. The writer's words are
    capitalized Vietnamese syllables: "Theo Reuters" above "AFP" names a source, no one."""
    filled = [index for index, line in enumerate(lines) if line.strip()][-2:]
    if len(filled) < 2:
        return None
    writer, outlet = (lines[index].strip() for index in filled)
    if len(outlet.split()) > _MAX_OUTLET_WORDS or outlet[-1:] in ".!?…\"”" or not outlet[:1].isupper():
        return None
    match = _THEO_WRITERS.fullmatch(writer)
    if match is None:
        return None
    words = re.findall(r"[^\W\d_]+", match.group("name"))
    if not all(word[0].isupper() and vietnamese_shaped(word) for word in words):
        return None
    return match.group("name"), slice(filled[0], filled[1] + 1)


def _author(lines: list[str], title_index: int | None) -> tuple[str | None, slice]:
    """The byline, and the lines it stands on when they are lines of their own (an empty slice if not).

    Site pages put the byline on the last line (before footer datelines and source
    credits); baomoi texts end their one body paragraph with it ("… hoàn thành. L.B").
    Archives that append the photo captions after the article, past a blank line, have
    the byline as the last line before them; only a line that is a byline by itself is
    taken there, since the paragraph before may as well be the article's last.
    """
    first_body = 0 if title_index is None else title_index + 1
    if (writer := writer_above_outlet(lines[first_body:])) is not None:
        name, own = writer  # "Theo Văn Thường" above "VOV-Moscow": the writer, not the outlet
        return name, slice(first_body + own.start, first_body + own.stop)
    found = _author_before(lines, first_body, len(lines))
    author, index = found if found[0] is not None else byline_before_captions(lines, first_body)
    if author is None:
        author, index = _byline_above_captions(lines, first_body)
    return author, slice(0, 0) if index is None else slice(index, index + 1)


_MAX_CAPTIONS_BELOW = 3  # captions an archive appends below the byline, with no blank line between


def _byline_above_captions(lines: list[str], first_body: int) -> tuple[str | None, int | None]:
    """A byline on a line of its own followed, with no blank line between, by the article's photo captions
    (archives that append captions to the text: "… chưa quay lại làm việc. / Giang Chinh / Khu công nghiệp
    Tràng Duệ, Hải Phòng."): a line that is a name alone, then at most three lines to the end, each a
    caption's length that opens with no lower-case letter, none of them a name alone. A name the body also
    writes is the caption of the person the article is about ("… giám đốc Facebook Việt Nam Lê Diệp Kiều
    Trang …" / "Lê Diệp Kiều Trang")."""
    filled = [index for index in range(first_body, len(lines)) if lines[index].strip()]
    for below, index in enumerate(reversed(filled[-_MAX_CAPTIONS_BELOW - 1:-1]), start=1):
        line = lines[index].strip()
        if len(line.split()) > _MAX_BYLINE_WORDS or (own := byline(line)) is None or line[-1:] in ".!?…" \
                or any(own in lines[other] for other in filled if other != index):
            continue
        captions = filled[len(filled) - below:]
        if all(len(lines[i].split()) <= _MAX_CAPTION_WORDS and not lines[i].strip()[:1].islower()
               and byline(lines[i].strip()) is None for i in captions):  # a lower-case line goes on with the body
            return own, index
        return None, None
    return None, None


def byline_before_captions(lines: list[str], first_body: int = 0) -> tuple[str | None, int | None]:
    """The byline on a line of its own that closes the body before a last block of captions set off by a
    blank line, and the index of that line; (None, None) if there is none."""
    last_block = _last_block_start(lines, first_body)
    if last_block is not None:
        found = _author_before(lines, first_body, last_block)
        if found[1] is not None:
            return found
    return None, None


def _last_block_start(lines: list[str], first_body: int) -> int | None:
    """The blank line that sets off the body's last block of lines, if the body has one."""
    last = len(lines) - 1
    while last >= first_body and not lines[last]:
        last -= 1
    for index in range(last, first_body, -1):
        if not lines[index]:
            return index
    return None


def _author_before(lines: list[str], first_body: int, end: int) -> tuple[str | None, int | None]:
    for index in range(end - 1, first_body - 1, -1):
        line = lines[index]
        if not line or parse_dateline(line) is not None or _is_caption(line) or _is_photo_credit(line):
            continue
        if len(line.split()) <= _MAX_BYLINE_WORDS + 4:
            own = byline(line)
            if own is not None:
                return own, index
            if _is_source_credit(line):
                continue
        return _inline_byline(line), None
    return None, None


def _is_caption(line: str) -> bool:
    """A photo caption with its credit ("Ông A phát biểu tại hội nghị - Ảnh: B"): the words
    before the credit are no name, or a person addressed by honorific ("Ông Bùi Sỹ Lợi - Ảnh: B.D."),
    where a byline with a credit is a name alone ("Kỳ Nam - ảnh flycam: Văn Thành Châu")."""
    if len(line.split()) > _MAX_CAPTION_WORDS:  # tested first: a long line is not searched for a credit
        return False  # a paragraph run on into its byline: "… chăm chút Kỳ Nam - ảnh flycam: Văn Thành Châu"
    if _byline_patterns().label.match(line):
        return False  # "Bài và ảnh: Trần Văn A": a byline, its label naming the photos too
    credit = _byline_patterns().photo.search(line)
    # The credit ends the line and is short: ", ảnh hưởng …" inside a paragraph is no credit.
    if credit is None or credit.start() == 0 or len(line[credit.start():].split()) > _MAX_BYLINE_WORDS:
        return False
    before = line[:credit.start()].strip(" -–,")
    return not _name_like(before) or _addressed(before)


def _is_photo_credit(line: str) -> bool:
    """A line of its own that only credits the photos ("Ảnh: Nguyễn Á, Minh Chính"), below the writer's byline
    ("Bài: Lê Văn A"), which the byline search passes over."""
    credit = _byline_patterns().photo.match(line)
    return credit is not None and not line[:credit.start()].strip()


def _addressed(text: str) -> bool:
    """A form of address before a full name ("Ông Nguyễn Đình Khang."): a person spoken of, never a
    byline. "Anh Dũng" and "Anh Quang" are bylines: "Anh" opens many given names, and no surname follows."""
    words = text.split()
    return len(words) >= 3 and words[0].casefold() in _honorifics() and words[1] in _surnames()


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(row["word"].casefold() for row in read_table(HONORIFICS) if row["kind"] == "honorific")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(row["surname"] for row in read_table(SURNAMES))


def _is_source_credit(line: str) -> bool:
    """A line that only says where the text comes from ("Theo Reuters", "(Tổng hợp)")."""
    patterns = _byline_patterns()
    text = line.strip().strip("()").strip()
    if text.casefold() in patterns.source_lines:
        return True
    source, sourced = patterns.prefix.subn("", text)
    return bool(sourced) and _name_like(source)  # "Theo Reuters", not "Theo ông Huy, …"


def _inline_byline(paragraph: str) -> str | None:
    end = _LAST_SENTENCE_END.match(paragraph)
    tail = paragraph[end.end():] if end else paragraph
    return byline(tail) if tail.strip() else None


def byline(candidate: str) -> str | None:
    """The author named by a byline text, or None when it does not read as a byline."""
    patterns = _byline_patterns()
    text = patterns.label.sub("", candidate.strip())
    text, credits = patterns.photo.subn("", text)
    # "(Nguồn Khối thi đua)", "(TTXVN)": where the text comes from, not who wrote it.
    outlets = 0
    while _TRAILING_PARENTHESIS.search(text):
        text = _TRAILING_PARENTHESIS.sub("", text)
        outlets += 1
    text, cited = patterns.source_tail.subn("", text)  # "Mai Chi Theo Reuters" -> "Mai Chi"
    outlets += cited
    text, sourced = patterns.prefix.subn("", text)
    text = text.strip(" -–,;:")
    if sourced and not outlets:
        return None  # "Theo Reuters": a source, not an author
    if _addressed(text):
        return None  # "Ông Nguyễn Đình Khang.": a caption naming the person pictured
    if _name_like(text):
        return text
    if credits:
        # A photo credit marks the end of a byline even when the caption before it runs on
        # without punctuation: the author is the capitalized words just before the credit.
        run = _trailing_capitalized(text)
        return run if run and _name_like(run) else None
    return None


def _name_like(text: str) -> bool:
    """Capitalized words ("Phương Trà", "QUẾ CHI - NGUYỄN NGA", "Vũ Hạnh/VOV.VN")."""
    tokens = text.split()
    if not tokens or len(tokens) > _MAX_BYLINE_WORDS or len(text) > _MAX_BYLINE:
        return False
    if tokens[0] in _SEPARATORS or tokens[-1] in _SEPARATORS:
        return False
    for token in tokens:
        if token in _SEPARATORS:
            continue
        if not token[0].isalpha() or not token[0].isupper() or token[-1] in ",;:!?":
            return False
        if "/" in token:
            return True  # after "Name/" comes the outlet, written as it likes ("VOV-Trung tâm Tin")
    return True


def _trailing_capitalized(text: str) -> str | None:
    run: list[str] = []
    for token in reversed(text.split()):
        if not (token[0].isalpha() and token[0].isupper()) or token[-1] in ",;:.!?":
            break
        run.append(token)
    return " ".join(reversed(run)) or None
