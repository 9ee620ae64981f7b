"""Ingest inputs: expand paths, folders, globs and JSONL manifests into raw documents, streamed."""

from __future__ import annotations

import fnmatch
import glob
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from unionfacts.ingest.legacy import detect_legacy
from unionfacts.types import Failure, RawDocument, SkipReason

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a file (an HTML page with its scripts and inline images)
# An article's text: a news article is under 50,000 characters; extraction of a million
# takes seconds to a minute (linear time) and a few hundred MB, so any text under this
# cap finishes within its budget; a longer one is an archive dump, not an article.
MAX_CHARS = 1_000_000
KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_GLOB_CHARS = set("*?[")
_BINARY_SAMPLE = 64 * 1024
# Share of C0 control bytes (other than tab, newlines, form feed) above which a file
# is binary; text in any supported encoding has almost none.
_CONTROL_RATIO = 0.05
_TEXT_CONTROLS = {9, 10, 12, 13}
MAX_REPAIRS = 16  # invalid byte sequences replaced (and reported) in a UTF-8 text before it is no UTF-8
# A file in a folder listing names (globs) the walk skips there and below: gold files, drafts.
IGNORE_FILE = ".unionfactsignore"


class _Skip(Exception):
    """Internal: an input turned out unusable; carries the Failure to yield."""

    def __init__(self, reason: SkipReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def iter_documents(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Failure]:
    """Yield one RawDocument per input document, or a Failure for each unusable input.

    ``paths`` may name files, folders (walked recursively in sorted order) and globs.
    Nothing is read before it is needed, so an archive of any size streams through.
    """
    for path in paths:
        for file, explicit in _expand(str(path)):
            if isinstance(file, Failure):
                yield file
                continue
            kind = KINDS.get(file.suffix.lower())
            if kind is None:
                # Inside a folder, foreign files (images, css) are expected; named ones are a mistake.
                if explicit:
                    detail = f"unsupported file type {file.suffix or '(none)'!r}"
                    yield Failure(str(file), SkipReason.UNREADABLE, detail)
                continue
            if kind == "jsonl":
                yield from _read_manifest(file, max_bytes)
            else:
                yield _read_file(file, kind, max_bytes)


def count_documents(paths: Iterable[str]) -> int:
    """How many inputs ``iter_documents`` will yield, counted without reading them (for a
    progress bar's ETA): one per file, one per non-empty manifest line."""
    total = 0
    for path in paths:
        for file, _explicit in _expand(str(path)):
            if isinstance(file, Failure):
                total += 1
            elif KINDS.get(file.suffix.lower()) == "jsonl":
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            elif file.suffix.lower() in KINDS:
                total += 1
    return total


def _expand(path: str) -> Iterator[tuple[Path | Failure, bool]]:
    """Files named by one path argument, each with whether it was named explicitly."""
    target = Path(path)
    if target.is_dir():
        yield from ((file, False) for file in _walk(target))
    elif target.exists() or target.is_symlink():
        yield target, True
    elif _GLOB_CHARS & set(path):
        matches = sorted(glob.iglob(path, recursive=True))
        if not matches:
            yield Failure(path, SkipReason.NOT_FOUND, "glob matches no file"), True
        for match in matches:
            found = Path(match)
            yield from ((file, False) for file in _walk(found)) if found.is_dir() else [(found, False)]
    else:
        yield Failure(path, SkipReason.NOT_FOUND, "no such file or directory"), True


def _ignore_patterns(folder: Path) -> tuple[str, ...]:
    """The globs of ``folder``'s ignore file: one a line, ``#`` comments, a trailing ``/`` for folders only."""
    try:
        text = (folder / IGNORE_FILE).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ()
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def _ignored(entry: os.DirEntry, patterns: tuple[str, ...]) -> bool:
    for pattern in patterns:
        if pattern.endswith("/") and not entry.is_dir(follow_symlinks=False):
            continue
        if fnmatch.fnmatchcase(entry.name, pattern.rstrip("/")):
            return True
    return False


def _walk(folder: Path, inherited: tuple[str, ...] = ()) -> Iterator[Path | Failure]:
    """Files under ``folder`` in sorted path order, so every run sees the same order.

    Names matched by an ignore file (``IGNORE_FILE``) in a folder or above it are skipped.
    """
    patterns = inherited + _ignore_patterns(folder)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        # Reported, not skipped: the articles inside must not vanish without a trace.
        yield Failure(str(folder), SkipReason.UNREADABLE, f"cannot list folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden folders and files (.git, .DS_Store) hold no articles
        if patterns and _ignored(entry, patterns):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), patterns)
        else:
            yield Path(entry.path)


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise _Skip(SkipReason.TOO_LARGE, f"{size} bytes is over the limit of {max_bytes}")
        with file.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError as error:  # a dangling symlink, or removed meanwhile
        raise _Skip(SkipReason.NOT_FOUND, "no such file (dangling link or removed)") from error
    except IsADirectoryError as error:
        raise _Skip(SkipReason.UNREADABLE, "is a directory") from error
    except OSError as error:
        raise _Skip(SkipReason.UNREADABLE, error.strerror or type(error).__name__) from error


def _read_file(file: Path, kind: str, max_bytes: int) -> RawDocument | Failure:
    try:
        data = _read_bytes(file, max_bytes)
    except _Skip as skip:
        return Failure(str(file), skip.reason, skip.detail)
    return document_from_bytes(data, str(file), file.stem, kind)


def document_from_bytes(data: bytes, source: str, doc_id: str, kind: str = "txt") -> RawDocument | Failure:
    """A document from the bytes of a ``txt`` or ``html`` file, decoded as ``_decode`` says, or why not."""
    try:
        text, notes = _decode(data)
        if kind == "html":
            from unionfacts.ingest.html import extract_html

            try:
                page = extract_html(text)
            except Exception as error:  # a parser bug on one page must not stop the stream
                raise _Skip(SkipReason.PIPELINE_ERROR, f"HTML extraction failed: {error!r}"[:200]) from error
            if page is None:
                raise _Skip(SkipReason.EMPTY, "no main text found in the HTML page")
            _check_length(page.text)
            return RawDocument(source, doc_id, page.text, kind, published=page.published,
                               url=page.url, title=page.title, author=page.author, notes=notes)
        _check_length(text)
        return RawDocument(source, doc_id, text, kind, notes=notes)
    except _Skip as skip:
        return Failure(source, skip.reason, skip.detail)


def _check_length(text: str) -> None:
    if len(text) > MAX_CHARS:
        raise _Skip(SkipReason.TOO_LARGE, f"{len(text):,} characters of text is over the limit of {MAX_CHARS:,}; "
                                          "split it into its articles")


def _decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode file bytes, and say what was repaired on the way.

    BOM-marked UTF-8/16; UTF-16 without a BOM; UTF-8, where a few bad bytes are replaced
    by U+FFFD and reported with their offsets rather than the article rejected; the
    legacy Vietnamese encodings (VNI, TCVN3, Windows-1258, ``ingest.legacy``); else the
    encoding charset_normalizer detects. Raises ``_Skip`` for empty, binary and
    undecodable input.
    """
    if not data.strip():
        raise _Skip(SkipReason.EMPTY, "file is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            text, notes = _repaired(data[len(bom):], codec, len(bom))
            if notes and len(notes) > MAX_REPAIRS:
                raise _Skip(SkipReason.ENCODING, f"invalid {codec} after its byte-order mark")
            return _checked(text, codec), tuple(notes)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16, "utf-16"), ()
    _reject_binary(data)
    try:
        return _checked(data.decode("utf-8"), "utf-8"), ()
    except UnicodeDecodeError:
        pass
    text, notes = _repaired(data, "utf-8", 0)
    multibyte = sum(1 for char in text if char > "\u007f" and char != "\ufffd")
    if len(notes) <= MAX_REPAIRS and multibyte >= 4 * len(notes):  # UTF-8 with a damaged byte or two
        return _checked(text, "utf-8"), tuple(notes)
    legacy = detect_legacy(data)
    if legacy is not None:
        return _checked(legacy[1], legacy[0]), ()
    if len(notes) <= MAX_REPAIRS:  # ASCII text with a stray byte
        return _checked(text, "utf-8"), tuple(notes)
    best = from_bytes(data).best()
    if best is None:
        raise _Skip(SkipReason.ENCODING, "not UTF-8, UTF-16, VNI, TCVN3 or Windows-1258, and no other encoding fits")
    return _checked(str(best), best.encoding), ()


def _repaired(data: bytes, codec: str, offset: int, line: int | None = None) -> tuple[str, list[str]]:
    """``data`` decoded with each invalid sequence replaced by U+FFFD, and a note per
    replacement giving its byte offset in the file; stops noting past ``MAX_REPAIRS``."""
    pieces: list[str] = []
    notes: list[str] = []
    position = 0
    while True:
        try:
            pieces.append(data[position:].decode(codec))
            break
        except UnicodeDecodeError as error:
            start, end = position + error.start, position + error.end
            pieces.append(data[position:start].decode(codec))
            if len(notes) == MAX_REPAIRS:  # too many to be damage: decode the rest at once
                notes.append("…")
                pieces.append(data[start:].decode(codec, errors="replace"))
                break
            pieces.append("\ufffd")
            where = f"byte {offset + start} of line {line}" if line else f"byte offset {offset + start}"
            notes.append(f"invalid {codec} byte {data[start:end].hex(' ')} at {where} replaced by U+FFFD")
            position = end
    return "".join(pieces), notes


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL bytes in every other position, text once decoded."""
    sample = data[:_BINARY_SAMPLE - _BINARY_SAMPLE % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # ASCII and Vietnamese letters (U+00xx, U+01xx, U+1Exx) leave many zero high bytes
        if zeros.count(0) >= len(zeros) * 0.3 and other.count(0) <= len(other) * 0.05:
            try:
                text = data[:len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for char in text[:_BINARY_SAMPLE] if char < " " and char not in "\t\n\r\f")
            if controls <= _CONTROL_RATIO * min(len(text), _BINARY_SAMPLE):
                return text
    return None


def _reject_binary(data: bytes) -> None:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        raise _Skip(SkipReason.BINARY, "contains NUL bytes")
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    if controls > _CONTROL_RATIO * len(sample):
        raise _Skip(SkipReason.BINARY, f"{controls} control bytes in the first {len(sample)}")


def _checked(text: str, encoding: str) -> str:
    if not text.strip(" \t\r\n\ufeff\u00a0\u200b"):
        raise _Skip(SkipReason.EMPTY, f"only whitespace ({encoding})")
    return text


def _read_manifest(file: Path, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """One document per JSONL line; a bad line is a Failure and the rest still yield."""
    try:
        handle = file.open("rb")
    except FileNotFoundError:
        yield Failure(str(file), SkipReason.NOT_FOUND, "no such file (dangling link or removed)")
        return
    except OSError as error:
        yield Failure(str(file), SkipReason.UNREADABLE, error.strerror or type(error).__name__)
        return
    with handle:
        seen = False
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            seen = True
            yield _read_record(file, number, line, max_bytes)
    if not seen:
        yield Failure(str(file), SkipReason.EMPTY, "manifest has no records")


def _read_record(file: Path, number: int, line: bytes, max_bytes: int) -> RawDocument | Failure:
    source = f"{file}#L{number}"
    if len(line) > max_bytes:
        detail = f"line {number}: {len(line)} bytes is over the limit of {max_bytes}"
        return Failure(source, SkipReason.TOO_LARGE, detail)
    bom = 3 if line.startswith(b"\xef\xbb\xbf") else 0
    text, notes = _repaired(line[bom:], "utf-8", bom, number)
    if len(notes) > MAX_REPAIRS:
        return Failure(source, SkipReason.ENCODING, f"line {number}: not UTF-8")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Failure(source, SkipReason.BAD_RECORD, f"line {number}: invalid JSON ({error.msg})")
    if not isinstance(record, dict):
        return Failure(source, SkipReason.BAD_RECORD, f"line {number}: not a JSON object")
    record = _without_surrogates(record, number, notes)
    text = record.get("text")
    if not isinstance(text, str):
        return Failure(source, SkipReason.BAD_RECORD, f"line {number}: no string field 'text'")
    if not text.strip():
        return Failure(source, SkipReason.EMPTY, f"line {number}: empty text")
    if len(text) > MAX_CHARS:
        return Failure(source, SkipReason.TOO_LARGE,
                       f"line {number}: {len(text):,} characters of text is over the limit of {MAX_CHARS:,}")
    doc_id = record.get("id")
    meta = {key: _optional_str(record.get(key)) for key in ("url", "title", "author")}
    return RawDocument(source, str(doc_id) if doc_id not in (None, "") else f"{file.stem}-L{number}",
                       text, "jsonl", published=_published(record), notes=tuple(notes), **meta)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(record: dict, number: int, notes: list[str]) -> dict:
    """The record with lone UTF-16 surrogates ("\\ud800" escapes, which no UTF-8 text can hold)
    in its string fields replaced by U+FFFD, each field noted."""
    clean = dict(record)
    for key, value in record.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            clean[key], count = _SURROGATE.subn("\ufffd", value)
            notes.append(f"{count} lone UTF-16 surrogate(s) in field {key!r} of line {number} replaced by U+FFFD")
    return clean


def _optional_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _published(record: dict) -> str | None:
    """The record's publication date as written ("published", or the dantri dump's "date":
    "YYYYMMDD"); ``to_article`` reads any layout into one ISO form."""
    published = record.get("published") if record.get("published") not in (None, "") else record.get("date")
    if isinstance(published, (int, float)) and not isinstance(published, bool):
        published = str(int(published))  # "date": 20210930 written as a number
    return _optional_str(published)
