"""Read Vietnamese text saved in a legacy 8-bit encoding (VNI, TCVN3, Windows-1258), and tell which.

VNI and TCVN3 are fixed byte maps (``models/encodings/``); Windows-1258 is Python's
``cp1258`` with its combining tone marks composed. The detector decodes a text every
way and keeps the reading in which the bytes above ASCII became Vietnamese letters,
not stray Latin-1 symbols (``µ``, ``ø``): in the wrong encoding many of them stay
symbols, in the right one almost none do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from unionfacts.resources import read_table

TCVN3 = "encodings/tcvn3.tsv"
VNI = "encodings/vni.tsv"
_VIETNAMESE_BASES = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ")
_NEUTRAL = re.compile(r"[\u2000-\u206f\u00a0\u00ab\u00bb\u00b0\u00b7\u00a9\u00ae\u20ac]")  # punctuation, quotes


# Latin-1 → Windows-1252 for 0x80–0x9F (quotes, dashes), where Windows-1252 assigns them.
_CP1252_FIX = {byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0)
               if bytes([byte]).decode("cp1252", errors="replace") != "\ufffd"}


@lru_cache(maxsize=1)
def _tcvn3_table() -> dict[int, str]:
    return {int(row["byte"], 16): row["letter"] for row in read_table(TCVN3)}


@lru_cache(maxsize=1)
def _vni_tables() -> tuple[dict[str, str], re.Pattern[str]]:
    """VNI sequences as Latin-1 strings → letters, and a pattern matching them longest first."""
    sequences = {"".join(chr(int(byte, 16)) for byte in row["bytes"].split()): row["letter"]
                 for row in read_table(VNI)}
    ordered = sorted(sequences, key=len, reverse=True)
    return sequences, re.compile("|".join(re.escape(sequence) for sequence in ordered))


def decode_tcvn3(data: bytes) -> str:
    table = _tcvn3_table()
    return data.decode("latin-1").translate({**_CP1252_FIX, **table})


def decode_vni(data: bytes) -> str:
    sequences, pattern = _vni_tables()
    text = pattern.sub(lambda match: sequences[match.group()], data.decode("latin-1"))
    return text.translate(_CP1252_FIX)


def decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


DECODERS: dict[str, Callable[[bytes], str]] = {"vni": decode_vni, "tcvn3": decode_tcvn3, "cp1258": decode_cp1258}


def _is_vietnamese_letter(char: str) -> bool:
    """A Latin letter with Vietnamese marks only (ạ, ờ, đ …), not another language's (ø, µ, ñ)."""
    if char in _VIETNAMESE_BASES:
        return True
    decomposed = unicodedata.normalize("NFD", char)
    return (decomposed[0] in "aeiouyAEIOUY" and len(decomposed) > 1
            and all(mark in "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b" for mark in decomposed[1:]))


def strays(text: str) -> tuple[int, int]:
    """(Vietnamese letters above ASCII, other characters above ASCII that are neither letters of it nor punctuation)."""
    letters = junk = 0
    for char in text:
        if char < "\u0080":
            continue
        if _is_vietnamese_letter(char):
            letters += 1
        elif not _NEUTRAL.match(char):
            junk += 1
    return letters, junk


def detect_legacy(data: bytes) -> tuple[str, str] | None:
    """(encoding name, text) of the legacy encoding ``data`` reads best in, or None if none fits.

    A reading fits when nearly every byte above ASCII became a Vietnamese letter; of the
    fitting ones the one with fewest strays wins, then the one with more letters per
    character (VNI's base + mark pairs become one letter), then the order VNI, TCVN3,
    Windows-1258.
    """
    best = None
    for rank, (name, decode) in enumerate(DECODERS.items()):
        text = decode(data)
        letters, junk = strays(text)
        if not letters or junk > letters // 50:
            continue
        key = (junk, len(text), rank)
        if best is None or key < best[0]:
            best = (key, name, text)
    return (best[1], best[2]) if best else None
