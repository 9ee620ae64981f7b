"""Persons: the people an article names, each mention resolved to one full name.

A full name is a run of 2–5 capitalized Vietnamese syllables that starts with a family
name ("Trần Quang Huy"); underthesea usually keeps it as one word, and its word
boundaries decide where a name ends ("Bùi Văn Cường Theo đó" stops before "Theo").
A form of address or a title before a short mention ("ông Cường", "Bí thư Thăng")
resolves it to the full name of the same article whose last syllables it repeats; a
form of address also cues a name that resolves to no one ("chị Hà"). Not persons: the
byline and photo or source credits, places and organizations named after someone
("thành phố Hồ Chí Minh", "đường Nguyễn Trãi"), sequences listed as places or year
names, all-caps acronyms, and anything inside an organization mention.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc

from unionfacts.extract.backrefs import lower_workplace_heads
from unionfacts.extract.base import Extractor, capitalized_tokens, facts_of, text_of, token_spans
from unionfacts.extract.highland_names import highland_names
from unionfacts.extract.upper_names import upper_case_names
from unionfacts.extract.numbers import standalone_number_words
from unionfacts.extract.patterns import UPPER, alternation, first_characters, first_letters, occurrences, trie_alternation
from unionfacts.extract.spanindex import SpanIndex, span_index
from unionfacts.ingest.page import byline, byline_before_captions, parse_dateline, writer_above_outlet
from unionfacts.normalize import fold_for_matching, vietnamese_shaped
from unionfacts.segment import known_words, normalize_tone_marks
from unionfacts.orgbase import load_orgbase
from unionfacts.resources import read_table, read_words
from unionfacts.types import PersonMention

_MIN_SYLLABLES, _MAX_SYLLABLES = 2, 5
_MAX_RANK_FIELD_WORDS = 3  # lower-case words of a field a rank may name before a name ("Giáo sư kinh tế học")
_MAX_SHORT = 3  # "ông Cường", "anh Tuấn Anh": a back-reference repeats at most the given names
_SINO_SYLLABLES = 3  # a Chinese name in Sino-Vietnamese: a family name and one or two given syllables
_PLACE_NAME_SYLLABLES = 2  # a name of two syllables after a kind of place, no body before it, is the place's
_GLUED_NAME = 3  # a name glued to the next word is a full name of three syllables or more
_WINDOW = 60  # characters before a name searched for a cue or a head word
_SYLLABLE = re.compile(r"[^\W\d_]+")
_SENTENCE_END = ".!?\n“\"…"
_CAPITALIZED_NEXT = re.compile(rf" {UPPER}")  # not "[À-Ỹ]": that range holds "đ", "ư", "ở" …
# One capitalized word with no capitalized word after it: a family name that may close a name ("Michael [Trần] -").
_FAMILY_NAME_LAST = re.compile(rf"[ ](?P<family>{UPPER}[^\W\d_]*)(?![^\W\d_])(?![ ]+{UPPER})")
_NEXT_WORD = re.compile(r"[ ]?(\S+)")
_CREDIT_JOINER = re.compile(rf"[ ]+[-–&][ ]+(?={UPPER})")
# A word of three letters or more closing with a full stop ends a sentence; an initial ("H.") does not.
_ENDS_SENTENCE = re.compile(r"[^\W\d_]{3,}[)”\"]*[.!?]$")
_LAST_SENTENCE_END = re.compile(r"^.*[.!?…”\"»](?=\s)")


@lru_cache(maxsize=1 << 16)  # asked of every capitalized syllable; the same few thousand recur
def _vietnamese_shaped(syllable: str) -> bool:
    """Foreign words and abbreviations ("Cty", "Yamaha", "Hwa") are no part of a Vietnamese name."""
    return vietnamese_shaped(syllable)


_Y_TO_I = str.maketrans("yỳýỷỹỵ", "iìíỉĩị")
_Y_ENDING = re.compile(r"(?<=[bcdđghklmnpqrstvx])[yỳýỷỹỵ]$")


def _i_for_y(syllable: str) -> str:
    """A syllable with a final "y" after a consonant written "i" ("sỹ" → "sĩ", "Kỳ" → "Kì"): the two
    spellings of one name."""
    return _Y_ENDING.sub(lambda m: m.group().translate(_Y_TO_I), syllable)


def _display(text: str) -> str:
    return normalize_tone_marks(unicodedata.normalize("NFC", " ".join(text.split())))


@lru_cache(maxsize=1)
def _sino_surnames() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("persons/sino_surnames.tsv", "surname"))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(fold_for_matching(s) for s in read_words("persons/surnames.tsv", "surname"))


def is_family_name(word: str) -> bool:
    """Whether ``word`` is a Vietnamese family name of surnames.tsv (any case, either tone-mark style)."""
    return fold_for_matching(word) in _surnames()


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    return tuple([row["word"] for row in read_table("persons/honorifics.tsv")] + [
        row["title"] for row in read_table("persons/titles.tsv")])


@lru_cache(maxsize=1)
def _cue_kinds() -> dict[str, str]:
    """Words that cue a name: forms of address, ranks and degrees (honorifics.tsv) and the
    offices of persons/titles.tsv, which the roles extractor reads too."""
    cues = {fold_for_matching(row["title"]): "title" for row in read_table("persons/titles.tsv")}
    cues.update({fold_for_matching(row["word"]): row["kind"] for row in read_table("persons/honorifics.tsv")})
    return cues


@lru_cache(maxsize=1)
def _address_only() -> frozenset[str]:
    """Forms of address of one word that are no given name ("ông", "bà"; not "anh": "Phan Văn Anh"),
    folded: honorifics.tsv less given_name_honorifics.tsv."""
    given = {fold_for_matching(word) for word in read_words("persons/given_name_honorifics.tsv")}
    return frozenset(fold_for_matching(row["word"]) for row in read_table("persons/honorifics.tsv")
                     if row["kind"] == "honorific" and " " not in row["word"] and "/" not in row["word"]) - given


@lru_cache(maxsize=1)
def _cue_last_words() -> frozenset[str]:
    return frozenset(cue.split()[-1] for cue in _cue_kinds() if cue.split())


@lru_cache(maxsize=1)
def _cue_at() -> re.Pattern[str]:
    return re.compile(rf"{first_letters(_cue_words())}(?:{_trie(_cue_words())})(?![^\W_])", re.IGNORECASE)


def _trie(words) -> str:
    """``alternation(words)`` as a trie, for the case-insensitive patterns searched in the window before a
    name: tried at every position of the window, a flat alternation tries its words one by one."""
    return trie_alternation(words, ignore_case=True)


@lru_cache(maxsize=1)
def _heads() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("persons/not_person_heads.tsv")
    words = [row["word"] for row in rows]
    pattern = re.compile(rf"{first_letters(words)}(?<![^\W_])(?P<head>{_trie(words)})[ ]*:?[ ]*$", re.IGNORECASE)
    return pattern, {fold_for_matching(row["word"]): row["scope"] for row in rows}


@lru_cache(maxsize=1)
def _not_person_names() -> dict[tuple[str, ...], str]:
    """not_person_names.tsv, and every country of two syllables or more the lexicons know, as a place:
    a country that begins with a family name ("Hà Lan") is no person ("ĐKVĐ Hà Lan Feyenoord"). One
    syllable ("Mỹ", "Đức", "Trung") is as often a given name ("Mỹ Linh", "Trung Hiếu")."""
    names = {tuple(fold_for_matching(row["name"]).split()): row["kind"] for row in read_table("persons/not_person_names.tsv")}
    for country in read_words("persons/countries.tsv", "country") | read_words("orgs/countries.tsv", "name"):
        if " " in country.strip():
            names.setdefault(tuple(fold_for_matching(country).split()), "place")
    return names


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    markers = [row["marker"] for row in read_table("ingest/byline_markers.tsv") if row["role"] == "photo_credit"]
    return re.compile(rf"{first_letters(markers)}(?<![^\W_])(?:{alternation(markers)})(?:[ ]+[^\W\d_]+){{0,2}}[ ]*:[ ]*",
                      re.IGNORECASE)


class _Syllable(NamedTuple):  # a tuple: made for every capitalized syllable of the body
    start: int
    end: int
    text: str
    folded: str
    token: int
    nameable: bool  # capitalized, Vietnamese-shaped, in a word with no lower-case syllable
    word_start: bool  # the first capitalized syllable of its underthesea word
    token_end: int = 0  # where its underthesea word ends


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    syllables: tuple[str, ...]  # folded
    display: str


def _capitalized(word: str) -> bool:
    return word[0].isupper() and word[1:] == word[1:].lower()


def _name_span(word: str) -> tuple[int, int, int]:
    """The capitalized syllables of an underthesea word, [first, end), and how many lower-case ones follow.

    Leading acronyms are skipped ("HĐTLQG Doãn").
    """
    syllables = word.split()
    first = 0
    while first < len(syllables) and len(syllables[first]) > 1 and syllables[first].isupper():
        first += 1
    end = first
    while end < len(syllables) and _capitalized(syllables[end]):
        end += 1
    return first, end, len(syllables) - end


def _syllables(doc: Doc) -> list[_Syllable]:
    """The capitalized syllables of the body, word by word (lower-case ones never name anyone)."""
    text = text_of(doc)
    spans = token_spans(doc)
    found: list[_Syllable] = []
    for token in capitalized_tokens(doc):
        token_start, token_end = spans[token]
        matches = list(_SYLLABLE.finditer(text, token_start, token_end))
        first, end, tail = _name_span(" ".join(match.group() for match in matches))
        lead = _glued_cue_end(text, matches) if first < 2 and tail else 0
        if lead:
            # "Hòa | thượng Thích Thiện Chiếu": the segmenter glued the last syllable of a cue to the name after
            # it; the name's syllables start where the cue ends
            first, end, tail = _name_span(" ".join(match.group() for match in matches[lead:]))
            first, end = first + lead, end + lead
        for index, match in enumerate(matches):
            word, word_end = match.group(), match.end()
            if not _capitalized(word):
                continue
            if (glued := _glued_syllable(word)) is not None:
                # "Nguyễn Thanh Longđề nghị": a name's last syllable glued to the next word by a missing space
                # ends a name of three syllables or more; any other such word is no name's
                word, word_end = glued, match.start() + len(glued)
                before = 0
                while before < min(len(found), _GLUED_NAME - 1) and found[-1 - before].nameable \
                        and text[found[-1 - before].end:(found[-before].start if before else match.start())] == " ":
                    before += 1
                nameable = first <= index < end and before + 1 >= _GLUED_NAME
                word_start = not found or found[-1].token != token
                found.append(_Syllable(match.start(), word_end, word, fold_for_matching(word), token, nameable, word_start,
                                      token_end))
                continue
            nameable = first <= index < end and _vietnamese_shaped(word)
            if "&" in text[match.start() - 1:match.end() + 1]:
                # "Kim Cương A&B": capitalized words that end with a letter joined by "&" are a brand's, no name
                nameable, back = False, len(found)
                while back and text[found[back - 1].end:(found[back].start if back < len(found) else match.start())] == " ":
                    back -= 1
                    found[back] = found[back]._replace(nameable=False)
            if nameable and tail and index == end - 1:
                # underthesea glues a full name to the verb after it ("Nguyễn Xuân Phúc dự",
                # "Uông|Chu Lưu cùng") but also keeps a capitalized word with its lower-case rest
                # ("Đoàn Chủ tịch", "Thủ tướng Chính phủ"): short of a full name, or of a given name
                # after a cue glued to a word of its own ("Bí thư Thăng yêu cầu"), the last
                # capitalized syllable belongs to the lower-case word.
                before = 0  # counted up to a full name's length: a long capitalized run stays linear
                while before < min(len(found), _GLUED_NAME) and found[-1 - before].nameable \
                        and text[found[-1 - before].end:(found[-before].start if before else match.start())] == " ":
                    before += 1
                nameable = before + 1 >= _GLUED_NAME or (before == 0 and tail > 1 and _cue(text, match.start()) is not None) \
                    or (before == 1 and found[-1].token == token and found[-1].word_start and found[-1].folded in _surnames()
                        and index + 1 < len(matches) and _kind_of((found[-1].folded, fold_for_matching(word)))[0] is None
                        and f"{fold_for_matching(word)} {fold_for_matching(matches[index + 1].group())}" not in known_words())
                # "Lê Hùng | trao": a name of two syllables the segmenter glued to the verb after it, when the given
                # name and that word make no word ("Đoàn Chủ | tịch", "Thủ tướng Chính | phủ")
            # every syllable kept is capitalized; a name after a glued cue starts a word of its own
            word_start = not found or found[-1].token != token or (index == lead > 0)
            found.append(_Syllable(match.start(), match.end(), word, fold_for_matching(word), token, nameable, word_start,
                                  token_end))
    return found


def _glued_cue_end(text: str, matches: list[re.Match[str]]) -> int:
    """How many syllables open a word and end a cue, when the cue's last syllable is lower case and a
    capitalized syllable follows it in the word: "Hòa | thượng Thích Trí Quảng", "Hòa thượng Thích Trí |
    Quảng"; 0 otherwise."""
    for lead in range(1, min(3, len(matches) - 1) + 1):
        if matches[lead - 1].group()[:1].islower() and _capitalized(matches[lead].group()):
            found = _cue(text, matches[lead].start())
            return lead if found is not None and found[2] <= matches[0].start() else 0
    return 0


def _glued_syllable(word: str) -> str | None:
    """The capitalized syllable a word of Vietnamese letters begins with when a lower-case syllable is glued
    to it ("Longđề" → "Long"); words of ASCII letters alone are foreign ("Samson", "Centre"), not glued."""
    if word.isascii() or _vietnamese_shaped(word):
        return None
    for size in range(len(word) - 1, 0, -1):
        if _vietnamese_shaped(word[:size]) and _vietnamese_shaped(word[size:]):
            return word[:size]
    return None


def _runs(text: str, syllables: list[_Syllable]) -> list[list[_Syllable]]:
    """Maximal sequences of nameable syllables joined by single spaces."""
    runs: list[list[_Syllable]] = []
    for syllable in syllables:
        if not syllable.nameable:
            continue
        if runs and text[runs[-1][-1].end:syllable.start] == " ":
            runs[-1].append(syllable)
        else:
            runs.append([syllable])
    return runs


def _sentence_start(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] == " ":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_END


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


@lru_cache(maxsize=1)
def _longest_cue() -> int:
    return max(len(word.split()) for word in _cue_words())


def _cue_before_at(text: str, position: int) -> tuple[str, int] | None:
    """The longest cue word that ends one space before ``position``: (as written, start).

    Looked up among the few words before the position, not searched for in the text:
    names are rare, positions to check few.
    """
    if position < 2 or text[position - 1] != " ":
        return None
    line_start = _line_start(text, position)
    words = text[max(line_start, position - _WINDOW):position - 1].split(" ")
    cues = _cue_kinds()
    last = words[-1]
    if last and fold_for_matching(last) not in _cue_last_words() \
            and fold_for_matching(last.lstrip("(“\"'")) not in _cue_last_words():
        return None  # every cue ends with the word right before the position: most positions stop here
    for size in range(min(_longest_cue(), len(words)), 0, -1):
        written = " ".join(words[-size:]).lstrip("(“\"'")
        if written and fold_for_matching(written) in cues:
            start = position - 1 - len(written)
            if start == 0 or not text[start - 1].isalnum():
                return written, start
    return None


@lru_cache(maxsize=1)
def _common_noun_ends() -> re.Pattern[str]:
    """Common nouns that end with a form of address (common_nouns.tsv), matched ending at a cue's end."""
    return re.compile(rf"(?<![^\W_])(?:{alternation(read_words('persons/common_nouns.tsv', 'noun'))})$", re.IGNORECASE)


def _common_noun_before(text: str, cue_start: int) -> bool:
    """Whether the cue starting at ``cue_start`` ends a common noun ("đàn [ông]", "trẻ [em]")."""
    end = text.find(" ", cue_start)
    end = len(text) if end < 0 else end
    return bool(_common_noun_ends().search(text, max(0, cue_start - 12), end))


def _cue(text: str, position: int) -> tuple[str, str, int] | None:
    """The cue word right before ``position``: (as written, kind, start), if it reads as one."""
    found = _cue_before_at(text, position)
    if found is None:
        return None
    written, start = found
    kind = _cue_kinds()[fold_for_matching(written)]
    if kind == "honorific" and _common_noun_before(text, start):
        return None  # "người đàn ông Ấn Độ", "nước bạn Lào": the address word is part of a noun
    if kind == "honorific" and written[0].isupper() and not _sentence_start(text, start):
        # A capitalized honorific inside a capitalized sequence is part of a name ("Hai Bà Trưng").
        previous = text[max(_line_start(text, start), start - _WINDOW):start].rstrip(" ").rsplit(" ", 1)[-1]
        if previous[:1].isupper():
            return None
    return written, kind, start


# "số 125 [Lê Lợi]", "hẻm 42 [Lê Quang Định]", "tại 378 [Nguyễn Trãi]", "(29 [Phạm Văn Đồng]", "Address: 183 [Nguyễn Lương Bằng]": a
# street; a number after another word is no house's ("năm 2014 Lê Khánh", "hiệp 2 Bùi Duy Thường").
_HOUSE_NUMBER = re.compile(r"(?i)(?:(?<!\w)(?:số(?:[ ]nhà)?|hẻm|ngõ|ngách|kiệt)[ ]+\d[\w/-]*|(?:[,:;(\-–]|(?<!\w)(?:tại|ở|trú|ngụ))[ ]*"
                           r"\d{1,4}[a-z]?(?:[/-]\d+[a-z]?)*)[ ]+$")


@lru_cache(maxsize=1)
def _head_compound() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{alternation(read_words('persons/head_compounds.tsv', 'compound'))})$", re.IGNORECASE)


def _is_head_before(text: str, position: int, kind: str | None, syllables: int = 0, end: int | None = None) -> bool:
    """Whether a head word before ``position`` makes the name after it a place's, a body's or a
    street's; after an award's head only a name of two syllables is the award's own ("giải Mai
    Vàng"), a full name is the person it is named after ("Giải thưởng Tạ Quang Bửu"). After a kind
    of place, a name the place of another kind follows (ending at ``end``) is an address ("phường
    Lê Đại Hành, quận Hai Bà Trưng"), not an officer named after the body ("UBND phường Trần Văn A")."""
    if _HOUSE_NUMBER.search(text, max(0, position - 20), position):
        return True
    if _listed_places().search(text, max(_line_start(text, position), position - _LIST_WINDOW), position):
        return True  # "các huyện: Quảng Xương, Nông Cống và Như Xuân": every item is what the head names
    if _paired_place().search(text, max(_line_start(text, position), position - _LIST_WINDOW), position):
        return True  # "nút giao Trần Duy Hưng - Khuất Duy Tiến": the second of two streets a dash pairs
    if _bracketed_place().search(text, max(_line_start(text, position), position - _LIST_WINDOW), position):
        return True  # "phố Tây Sơn (Đống Đa)": the district the street or ward is in
    pattern, scopes = _heads()
    # The leftmost match is the longest head: "thành phố" (scope place), not "phố" (any).
    match = pattern.search(text, max(_line_start(text, position), position - _WINDOW), position)
    if not match:
        return False
    scope = scopes[fold_for_matching(match.group("head"))]
    if syllables >= 3 and _office_before_bare_head(text, match):
        return False  # "Giám đốc công ty [Phan Văn Tài]": the body named before, then its officer's full name
    if (compound := _head_compound().search(text, max(0, match.start() - 12), match.end("head"))) \
            and not (syllables == _PLACE_NAME_SYLLABLES and fold_for_matching(compound.group()) in _folded_offices()):
        return False  # "nông thôn", "văn bản", "Trưởng thôn [Lò Văn A]": a compound, no head; an office's before a
        # name of two syllables is the place's ("trưởng thôn [Châu Phong]")
    if scope == "place" and _locative().search(text, max(0, match.start() - 12), match.start()):
        return True  # "tại huyện Văn Chấn": a unit named as a place, no body ending before its officer
    if scope == "place" and end is not None and _place_kind_after().match(text, end):
        return True
    if scope == "place" and end is not None and fold_for_matching(text[position:end]) in _eponyms():
        return True  # "xã Phạm Văn Cội", "phường Lê Hồng Phong": a unit named after a historical figure
    if scope == "place" and syllables == _PLACE_NAME_SYLLABLES and not _word_before(text, match.start())[:1].isupper() \
            and _cue(text, match.start()) is None:
        return True  # "tấn công thành phố Trương Dịch": a place of two syllables; not "UBND thành phố [officer]"
    return scope == "any" or scope == "award" and syllables < 3 or scope == "place" and kind == "person_place"


def _office_before_bare_head(text: str, head: re.Match[str]) -> bool:
    """Whether ``head`` is a workplace's bare head written in lower case (orgs/back_references.tsv: "công ty",
    "nhà trường") right after an office: the head points back to the body named before, and what follows it is
    the officer, not a body named after someone ("Hiệu trưởng nhà trường Nguyễn Thị A")."""
    before = text[max(0, head.start() - 30):head.end()].split()
    size = next((size for size in (2, 1) if len(before) > size
                 and fold_for_matching(" ".join(before[-size:])) in lower_workplace_heads()
                 and " ".join(before[-size:]).islower()), 0)  # the longest head: "[nhà trường]", not "trường"
    if not size:
        return False
    before = before[:-size]
    return any(fold_for_matching(" ".join(before[-size:])) in _folded_offices() for size in (1, 2, 3, 4) if len(before) >= size)


_LIST_WINDOW = 120
_LISTED_ITEM = rf"{UPPER}[^\s,;.:()]*(?:[ ]{UPPER}[^\s,;.:()]*)*"


@lru_cache(maxsize=1)
def _listed_places() -> re.Pattern[str]:
    """A plural head of places, streets or bodies (not_person_heads.tsv, no award) and the capitalized
    items listed after it up to ``position``: "các huyện Quảng Xương, [Nông Cống]", "hai phường Trần
    Phú và [Lê Lợi]" — a name in such a list is the place's, not a person's."""
    heads = _trie(row["word"] for row in read_table("persons/not_person_heads.tsv") if row["scope"] != "award")
    numbers = _trie(standalone_number_words())  # "hai phường", "ba xã"
    items = rf"(?-i:{_LISTED_ITEM})(?:[ ]*,[ ]*(?-i:{_LISTED_ITEM}))*[ ]*(?:,|[ ]và)[ ]+"
    # the examples "như" opens are items too, the first of them as well: "các phố như [Tạ Hiện], [Đào Duy Từ]"
    return re.compile(rf"(?i)(?<![^\W_])(?:các|những|{numbers}|\d+)[ ]+(?:{heads})"
                      rf"(?:[ ]*:?[ ]*{items}|[ ]+như[ ]+(?:{items})?)$")


@lru_cache(maxsize=1)
def _paired_place() -> re.Pattern[str]:
    """A head of streets or sites (not_person_heads.tsv, scope any), a name and a dash up to ``position``: the
    name after the dash is paired with the first ("tuyến phố Lê Lợi - Quang Trung", "nút giao Trần Duy Hưng -
    Khuất Duy Tiến"); after a unit of administration a dash may open its officer's name ("xã X - Trần Văn A")."""
    heads = [row["word"] for row in read_table("persons/not_person_heads.tsv") if row["scope"] == "any"]
    return re.compile(rf"(?i){first_letters(heads)}(?<![^\W_])(?:{_trie(heads)})[ ]+(?-i:{_LISTED_ITEM})[ ]*[-–][ ]*$")


@lru_cache(maxsize=1)
def _bracketed_place() -> re.Pattern[str]:
    """A head of an address's part (address_heads.tsv), a name and an opening bracket up to ``position``:
    the name in the bracket is where that part lies ("phường Quang Trung (Đống Đa)")."""
    heads = read_words("persons/address_heads.tsv", "word")
    return re.compile(rf"(?i){first_letters(heads)}(?<![^\W_])(?:{_trie(heads)})[ ]+(?-i:{_LISTED_ITEM})[ ]*\([ ]*$")


@lru_cache(maxsize=1)
def _place_kind_after() -> re.Pattern[str]:
    """A comma and a kind of place (not_person_heads.tsv, scope place): the next part of an address."""
    kinds = alternation(row["word"] for row in read_table("persons/not_person_heads.tsv") if row["scope"] == "place")
    return re.compile(rf"[ ]*,[ ]*(?:{kinds})(?![^\W_])")


@lru_cache(maxsize=1)
def _locative() -> re.Pattern[str]:
    words = read_words("persons/locatives.tsv", "word")
    return re.compile(rf"(?:(?<![^\W_])(?:{_trie(w for w in words if w[0].isalpha())})|[,(])[ ]*$", re.IGNORECASE)


_AT_PLACE_REACH = 5  # characters of "tại " / "ở " before a name


@lru_cache(maxsize=1)
def _at_preposition() -> re.Pattern[str]:
    """A preposition of where something is right before a name (locatives.tsv, `at`): "tại", "ở"."""
    words = [row["word"] for row in read_table("persons/locatives.tsv") if row["at"] == "1"]
    return re.compile(rf"(?i)(?<![^\W_])(?:{alternation(words)})[ ]$")


def _kind_of(folded: tuple[str, ...]) -> tuple[str | None, int]:
    """How not_person_names.tsv lists the name or its first syllables: (kind, syllables)."""
    names = _not_person_names()
    for size in range(len(folded), 0, -1):
        kind = names.get(folded[:size])
        if kind:
            return kind, size
    return None, 0


def _names_no_one(folded: tuple[str, ...]) -> bool:
    """Whether words that could be a full name are a place's, a year's or another thing's name instead."""
    return _kind_of(folded)[0] in ("place", "year", "epithet", "kind") or load_orgbase().province(" ".join(folded)) is not None


def _word_end(run: list[_Syllable], index: int) -> int:
    """The index of the last syllable of the run in the same underthesea word as ``run[index]``."""
    end = index
    while end + 1 < len(run) and run[end + 1].token == run[index].token:
        end += 1
    return end


def _full_names(text: str, runs: list[list[_Syllable]]) -> list[_Name]:
    """Names that start with a family name, cut at underthesea word boundaries."""
    names: list[_Name] = []
    for run in runs:
        i = 0
        while i < len(run):
            first = run[i]
            sino = first.folded in _sino_surnames() and first.word_start and i + 1 < len(run) \
                and f"{first.folded} {run[i + 1].folded}" not in known_words() and _cue(text, first.start) is not None
            anchored = not sino and _middle_anchored(text, run, i)
            if not sino and not anchored and (first.folded not in _surnames() or not first.word_start
                                              or _cue_at().match(text, first.start)):
                i += 1
                continue
            # "Chủ tịch Tập | Cận Bình": a Chinese name after a cue is read whole, over the segmenter's words
            j = min(i + _SINO_SYLLABLES - 1, len(run) - 1) if sino else _word_end(run, i)
            j = max(j, i + 1) if anchored else j  # "Cam | Văn Lâm": the rare family name and the middle name
            # A cue of two words or more opens the next clause ("… Đỗ Kim Hội Đồng chí Đỗ Kim Hội …");
            # one-word cues do not, they end names too ("Phan Văn Anh").
            cues = [k for k in range(i + 1, j + 1) if " " in ((m := _cue_at().match(text, run[k].start)) and m.group() or "")]
            j = cues[0] - 1 if cues else j
            if j >= i + 3 and run[j].folded in _address_only():
                j -= 1  # "Nguyễn Văn Bình | Ông phân tích": the next sentence's form of address, glued by a missing
                # stop; a name of three is left whole ("Lê Thị Cô")
            if j == i and j + 1 < len(run) \
                    and (not _sentence_start(text, first.start) or first.folded not in _sentence_words()) \
                    and not _cue_at().match(text, run[j + 1].start) \
                    and _kind_of(tuple(s.folded for s in run[j + 1:]))[0] is None:
                # A family name underthesea wrote as a word of its own ("Uông Chu Lưu");
                # not at a sentence start, where it is as often a word ("Từ Hà Nội …").
                j = _word_end(run, j + 1)
            if j == i + 1 and j + 1 < len(run) and _word_end(run, j + 1) == j + 1 and run[j + 1].start == run[j].end + 1 \
                    and (words := known_words()) and run[j + 1].folded not in words \
                    and f"{run[i].folded} {run[j].folded}" not in words:
                j += 1  # "Kim Young | Soo": a last syllable no Vietnamese word is, left by the segmenter alone
                # after a name of two that is no word either ("Hoàng Thành | Huế" is the citadel)
            if j == i + 1 and _landmark_of_place(text, run[i].folded, run[j].folded, run[j].end) \
                    and _cue(text, first.start) is None:
                i = j + 1  # "Hoàng Thành Huế": a common noun (the citadel) before a city's name, no person
                continue
            if j + 2 == len(run) and i + 1 <= j <= i + 2 and _word_end(run, j + 1) == j + 1 \
                    and run[j + 1].folded not in _clause_openers() and run[j + 1].folded not in _surnames() \
                    and not _cue_at().match(text, run[j + 1].start) and run[j + 1].folded not in _address_only() \
                    and not _country_word(run[j + 1].text) \
                    and _kind_of(tuple(s.folded for s in run[i:j + 2]))[0] is None \
                    and _kind_of((run[j].folded, run[j + 1].folded))[0] is None:
                j += 1  # "Thân Đức | Nam", "Chu Hiểu | Phàm": the segmenter cut the last given name off; a capitalized
                # syllable that ends the run is the name's unless it opens the next clause ("… Theo đó")
            if _korean_name_goes_on(text, text[first.start:first.end], run[j].end):
                i = j + 1  # "Kim Min | Jae": a Korean name, read whole among the foreign ones
                continue
            folded = tuple(s.folded for s in run[i:j + 1])
            kind, size = _kind_of(folded)
            if kind in ("place", "year", "epithet"):
                i += size
                continue
            if len(folded) == _MIN_SYLLABLES and _at_preposition().search(
                    text, max(0, first.start - _AT_PLACE_REACH), first.start):
                i = j + 1  # "tại La Hay", "ở Phan Thiết": a place the lexicon lacks, where a name of two follows "tại"
                continue
            if _MIN_SYLLABLES <= len(folded) <= _MAX_SYLLABLES \
                    and not _is_head_before(text, first.start, kind, len(folded), run[j].end):
                # A given name written by its initial closes the name ("bà Trần Thị S.", "ông Nguyễn Văn Ng"):
                # the news hides the name of a patient, a suspect or a victim so.
                end = initial.end("initial") if (initial := _GIVEN_INITIAL.match(text, run[j].end)) else run[j].end
                folded += (initial.group("initial").lower(),) if initial else ()
                names.append(_Name(first.start, end, folded, _display(text[first.start:end])))
            i = j + 1
    return names


def _country_word(word: str) -> bool:
    """Whether ``word`` alone names a country ("Mỹ", "Nga")."""
    return fold_for_matching(word) in _countries_folded()


@lru_cache(maxsize=None)
def _folded_words(name: str, column: str) -> frozenset[str]:
    """One column of a persons/ lexicon, folded: sentence_words.tsv (family names that open a sentence as
    ordinary words: written apart there, they do not join the capitalized words after it, "Từ Hà Nội …"),
    middle_names.tsv, clause_openers.tsv, eponyms.tsv."""
    return frozenset(fold_for_matching(w) for w in read_words(f"persons/{name}.tsv", column))


def _sentence_words() -> frozenset[str]:
    return _folded_words("sentence_words", "word")


def _middle_names() -> frozenset[str]:
    return _folded_words("middle_names", "middle")


def _clause_openers() -> frozenset[str]:
    return _folded_words("clause_openers", "word")


def _eponyms() -> frozenset[str]:
    return _folded_words("eponyms", "name")


@lru_cache(maxsize=1)
def _anchor_stoppers() -> frozenset[str]:
    """Words before a middle name that name a body or a place, no family: heads (not_person_heads.tsv,
    state_body_heads.tsv, orgs/pattern_heads.tsv) and the sentence words."""
    heads = [row["word"] for row in read_table("persons/not_person_heads.tsv")]
    heads += [*read_words("persons/state_body_heads.tsv", "head"), *read_words("orgs/pattern_heads.tsv", "head")]
    return frozenset(fold_for_matching(h) for h in heads if " " not in h) | _sentence_words()


def _middle_anchored(text: str, run: list[_Syllable], i: int) -> bool:
    """Whether ``run[i]`` is a family name no list holds, known by the middle name after it ("Cam Văn
    Lâm", "Du Thị Hồng"): a Vietnamese syllable opening a word, then "Văn" or "Thị" and a given name, the
    middle name and the given name no word together ("Sở Văn hóa", "Thị xã")."""
    first = run[i]
    if i + 2 >= len(run) or not first.word_start or run[i + 1].folded not in _middle_names() \
            or first.folded in _surnames() or first.folded in _anchor_stoppers() or not _vietnamese_shaped(first.folded) \
            or _cue_at().match(text, first.start) \
            or _sentence_start(text, first.start) and first.folded in _clause_openers():
        return False  # at a sentence's start a word that opens a clause is no family name ("Theo Văn …")
    words = known_words()
    return f"{run[i + 1].folded} {run[i + 2].folded}" not in words and f"{first.folded} {run[i + 1].folded}" not in words \
        and _kind_of((first.folded, run[i + 1].folded))[0] is None


def _landmark_of_place(text: str, first: str, second: str, end: int) -> bool:
    """Whether two capitalized syllables that make a common word ("hoàng thành", "cố đô") stand before a
    province's or a city's name: a landmark of the place ("Hoàng Thành Huế"), not a person."""
    words = known_words()
    if f"{first} {second}" not in words:
        return False
    following = fold_for_matching(text[end:end + 30]).split()
    return any(following[:size] and " ".join(following[:size]) in _province_names() for size in (1, 2, 3))


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """Provinces and centrally-run cities, and the cities the articles name with them (orgs/provinces.tsv)."""
    base = load_orgbase()
    return frozenset(fold_for_matching(province.name) for province in base.provinces) | frozenset(
        fold_for_matching(name) for name in read_words("persons/landmark_places.tsv", "place"))


_NEXT_LATIN_WORD = re.compile(r"[ ]([A-Z][a-z]+(?:-[a-z]+)?)(?![^\W_])")


def _korean_name_goes_on(text: str, first: str, end: int) -> bool:
    """Whether a name that opens with a Korean family name goes on with a word no Vietnamese syllable
    is ("Kim Min Jae", "Lee Sang-hoon"): a Korean name, not a Vietnamese one cut short."""
    if first not in _korean_surnames():
        return False
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
        return True  # "Kim Sang-sik", "Kim Dong-su": the given name goes on over a hyphen
    following = _NEXT_LATIN_WORD.match(text, end)
    return following is not None and ("-" in following.group(1) or not _vietnamese_shaped(following.group(1)))


class _NameIndex:
    """Full names by the last syllables a short mention repeats ("Văn Cường", "Cường" of
    "Bùi Văn Cường"), each list in text order: a short mention is resolved by two binary
    searches, not by a scan of every name."""

    def __init__(self, names: list[_Name]) -> None:
        self._by_tail: dict[tuple[str, ...], list[_Name]] = {}
        for name in sorted(names, key=lambda n: n.start):
            for size in range(1, len(name.syllables)):
                self._by_tail.setdefault(name.syllables[-size:], []).append(name)
        self._starts = {tail: [n.start for n in found] for tail, found in self._by_tail.items()}

    def resolve(self, short: tuple[str, ...], position: int) -> _Name | None:
        """The full name whose last syllables ``short`` repeats: the nearest before, else the first after."""
        found = self._by_tail.get(short)
        if not found:
            return None
        index = bisect.bisect_left(self._starts[short], position)
        return found[index - 1] if index else found[0]


def _glued_to_its_end(text: str, name: _Name, names: list[_Name]) -> _Name | None:
    """The longer name of the article this one begins when the word after it begins with that name's next
    syllable, which a scraper glued to the word after it ("Nguyễn Phú Trọngmong rằng" is Nguyễn Phú Trọng)."""
    following = text[name.end:name.end + 24].lstrip(" ").split(" ", 1)[0]
    if not following[:1].isupper() or _vietnamese_shaped(following.rstrip(",.;:!?")):
        return None  # a syllable of its own ("Nguyễn Văn Anh") is another name, not a glued one
    folded = fold_for_matching(following)
    size = len(name.syllables)
    return next((other for other in names if len(other.syllables) == size + 1 and other.syllables[:size] == name.syllables
                 and folded.startswith(other.syllables[size]) and folded != other.syllables[size]), None)


def _without_bracketed_short_forms(text: str, names: list[_Name]) -> list[_Name]:
    """Names without the short form of a name written in a bracket right after it ("Lương Văn Cường
    (Lương Cường - sinh năm 1957)"): the same person, and what the bracket says is no one else's."""
    kept: list[_Name] = []
    for name in names:
        full = kept[-1] if kept else None
        if full is not None and text[full.end:name.start] == " (" and len(name.syllables) < len(full.syllables) \
                and name.syllables[0] == full.syllables[0] and name.syllables[-1] == full.syllables[-1]:
            continue
        kept.append(name)
    return kept


def _excluded_spans(doc: Doc, text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Spans no person may touch (organizations, credits, the byline) and the author's names."""
    spans = [(fact.start, fact.end) for fact in facts_of(doc, "organizations")]
    for match in _credit_pattern().finditer(text):
        end = opened = match.end()
        # The credit runs over the capitalized words after the label ("Ảnh: H.Nguyễn", "Ảnh: QUẾ CHI"), and over
        # a dash to a second photographer's ("Ảnh: Trần Quang - Hoàng Linh").
        while (word := _NEXT_WORD.match(text, end)) and word.group(1)[0].isupper() \
                and not (end > opened and _opens_a_name(text, word)):
            end = word.end()
            if word.group(1)[-1] in ",;)" or _ENDS_SENTENCE.search(word.group(1)):
                break  # "Ảnh: Quốc Hương. [Nguyễn Thị Hoa] cho biết": the next sentence's name
            if joiner := _CREDIT_JOINER.match(text, end):
                end = opened = joiner.end()
        spans.append((match.start(), end))
    author = doc.user_data.get("author") or _trailing_byline(text) or _leading_byline(text)
    parts = {part.strip() for part in re.split(r"\s+[-–&,]\s+|/|,", author or "") if part.strip()}
    for part in parts:
        # A one-word byline ("Minh") is excluded only where it signs the article, at its last use.
        found = occurrences(text, part) if " " in part else []
        last = text.rfind(part)
        spans.extend([(start, start + len(part)) for start in found] + ([(last, last + len(part))] if last >= 0 else []))
    return spans, {fold_for_matching(part) for part in parts}


def _opens_a_name(text: str, word: re.Match[str]) -> bool:
    """Whether a capitalized form of address followed by a capitalized word starts at ``word``: a
    caption's credit ends before it ("Ảnh: Nguyên Linh [Ông Bùi Hữu Hùng], Kế toán trưởng …")."""
    return _cue_kinds().get(fold_for_matching(word.group(1))) == "honorific" \
        and _CAPITALIZED_NEXT.match(text, word.end()) is not None


def _trailing_byline(text: str) -> str | None:
    """The byline a body may end with ("… hoàn thành. L.B", or a last line of its own: "Hoàng Sơn –
    Minh Khuê") when no author was given; or a line of its own that closes the body before the
    captions, set apart by a blank line ("… năm 2019.\nVõ Hải\n\n\nẢnh 1 …"), as the dailies print it."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    end = _LAST_SENTENCE_END.match(last)
    tail = last[end.end():] if end else last if "\n" in text.strip() else ""
    writer = writer_above_outlet(text.split("\n"))
    return writer[0] if writer else (byline(tail) if tail.strip() else None) \
        or byline_before_captions(text.split("\n"))[0]


_LEADING_LINES = 4  # a byline above the body stands in its first lines


def _leading_byline(text: str) -> str | None:
    """A byline on a line of its own above the dateline ("Hoàng Sơn – Minh Khuê" then "Thứ hai,
    12/3/2018 - 08:15"): the names of who wrote the article, not persons of it."""
    lines = [line.strip() for line in text.split("\n", _LEADING_LINES + 1)[:_LEADING_LINES + 1] if line.strip()]
    for line, following in zip(lines, lines[1:]):
        if parse_dateline(following) is not None and (found := byline(line)) is not None:
            return found
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "“\"", "”\""


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether a name is written alone between quotation marks: a nickname, a role or a title ("gọi cô là "Quan
    Cách Cách"", "vai "Bình Nhi""), not a person named."""
    return text[start - 1:start] in _OPENING_QUOTES and start > 0 and text[end:end + 1] in _CLOSING_QUOTES


def find_persons(doc: Doc) -> list[PersonMention]:
    text = text_of(doc)
    syllables = _syllables(doc)
    runs = _runs(text, syllables)
    names = _full_names(text, runs)
    taken, author_names = _excluded_spans(doc, text)
    taken_index = SpanIndex((start, end, None) for start, end in taken)
    names = [n for n in names if not taken_index.overlaps(n.start, n.end) and not _inside_plain_latin_name(text, n.start, n.end)
             and fold_for_matching(n.display) not in author_names and not _quoted_whole(text, n.start, n.end)]
    mentions = _misspelt_repeats(doc, names, taken_index)
    highland = highland_names(text, taken_index, _cue)  # "Y Thanh Hà Niê Kđăm": no Kinh family name, no Kinh syllables
    in_capitals = upper_case_names(text, taken_index, _surnames(), _vietnamese_shaped, _names_no_one, _cue)  # "TS VŨ MINH TIẾN ("
    read_apart = highland + in_capitals  # full names read by rules of their own, which "ông Tiến" may point back to
    mentions += read_apart
    covered = span_index(mentions)
    names = _without_bracketed_short_forms(text, [n for n in names if not covered.overlaps(n.start, n.end)])
    for name in names:
        covered.add(name.start, name.end, None)
    # "ông Sang" after "Điểu Huỳnh Sang" is that person, as after a Kinh full name
    full_names = _NameIndex(names + [_Name(m.start, m.end, tuple(fold_for_matching(m.name).split()), m.name)
                                     for m in read_apart])
    first_spelling: dict[tuple[str, ...], _Name] = {}
    named_as: dict[int, str] = {}  # a full name → the name it is reported under (its first spelling)
    for name in names:
        # "Văn Cường" after "Bùi Văn Cường" is the same person, written short; "Phạm Sỹ Quý" after
        # "Phạm Sĩ Quý" the same person spelt with "y" for "i".
        spelt = first_spelling.setdefault(tuple(_i_for_y(s) for s in name.syllables), name)
        target = full_names.resolve(name.syllables, name.start) or _glued_to_its_end(text, name, names) or spelt
        named_as[id(name)] = named_as.get(id(target), target.display)
        cue = _cue(text, name.start)
        honorific = cue[0] if cue and cue[1] == "honorific" else None
        mentions.append(PersonMention(name.start, name.end, text[name.start:name.end], named_as[id(name)], honorific))
    foreign = _foreign_names(text, taken_index, covered)  # before a cue reads "Chang" of "bà Chang-Hee Lee"
    mentions += foreign
    by_one_word = _family_name_mentions(names, named_as, foreign)
    given_names: dict[tuple[str, ...], set[str]] = {}  # the last syllables of names read with no family name
    for run in runs:
        for i, first in enumerate(run):
            cue = _cue(text, first.start) if first.word_start and not _cue_at().match(text, first.start) else None
            if cue is None:
                continue
            ends = [k for k in range(i, min(len(run), i + _MAX_SHORT)) if run[k].token == first.token]
            last = run[ends[-1]]
            short = tuple(s.folded for s in run[i:ends[-1] + 1])
            if covered.overlaps(first.start, last.end) or taken_index.overlaps(first.start, last.end) \
                    or _CAPITALIZED_NEXT.match(text, last.end):
                continue  # "Phó Chủ tịch Phòng Thương mại": a capitalized word goes on, an organization's name
            if _kind_of(short)[0] or _kind_of(tuple(fold_for_matching(cue[0]).split()) + short)[0] \
                    or _is_head_before(text, cue[2], None) or fold_for_matching(" ".join(short)) in author_names:
                continue
            target = full_names.resolve(short, first.start)
            if target is None and len(short) == 1 and short[0] in by_one_word \
                    and not any(fold_for_matching(m.name).rsplit(" ", 1)[-1] == short[0] and m.name != by_one_word[short[0]]
                                for m in mentions):
                # "ông Tập" after "Tập Cận Bình", "bà May" after "Theresa May": a family name, when no one named
                # has it as a given name ("chị Hà" after "chị Thu Hà")
                mentions.append(PersonMention(first.start, last.end, text[first.start:last.end], by_one_word[short[0]],
                                              cue[0] if cue[1] == "honorific" else None))
                covered.add(first.start, last.end, None)
                continue
            if target is None and cue[1] == "title":
                continue  # a title is as often followed by a body ("Bộ trưởng Bộ Công Thương") as by a name
            if target is None and cue[1] == "calling" and len(short) < 2:
                continue  # "các nghệ sĩ Việt": a stage name alone has two syllables or more ("Mỹ Tâm")
            # "ông Quý" after "Phạm Sỹ Quý" is the person that spelling is of ("Phạm Sĩ Quý")
            display = named_as.get(id(target), target.display) if target else _display(text[first.start:last.end])
            if target is None:
                # "chị Liên" after "chị Thu Liên": a given name written short points back to the one it ends
                # when only one does
                ending = given_names.get(short, set())
                display = next(iter(ending)) if len(ending) == 1 else display
                for size in range(1, len(short)):
                    given_names.setdefault(short[-size:], set()).add(display)
            honorific = cue[0] if cue[1] == "honorific" else None
            mentions.append(PersonMention(first.start, last.end, text[first.start:last.end], display, honorific))
            covered.add(first.start, last.end, None)
    # "ông Moon" after "Moon Jae-in": a foreign family name written first, read as a given name above
    first_words = _first_words(foreign)
    mentions = [replace(m, name=first_words[m.name]) if m.name in first_words else m for m in mentions]
    return sorted(_without_places_named_elsewhere(text, mentions), key=lambda m: m.start)


_HEAD_RIGHT_BEFORE = re.compile(r"[^\W\d_][ ]$")  # the head's last letter and one space: "phố Tạ Hiện", not "Phạt đền: A"


def _without_places_named_elsewhere(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Without the names of two syllables the article also writes after a place's or a street's head ("phường
    Trần Phú", "phố Tạ Hiện", "núi Hàm Lợn") and never after a form of address or an office: the place, wherever
    the name stands bare ("P. Trần Phú", "ngã tư Tạ Hiện - Lương Ngọc Quyến", "4. Hàm Lợn, Sóc Sơn")."""
    by_name: dict[str, list[PersonMention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.name, []).append(mention)
    placed = set()
    for name, group in by_name.items():
        if len(name.split()) != _PLACE_NAME_SYLLABLES or any(_cue(text, m.start) is not None for m in group):
            continue
        written = {m.text for m in group}
        if any(_HEAD_RIGHT_BEFORE.search(text, max(0, start - 3), start)
               and _is_head_before(text, start, None, _PLACE_NAME_SYLLABLES, start + len(form))
               for form in written for start in occurrences(text, form)):
            placed.add(name)
    return [m for m in mentions if m.name not in placed] if placed else mentions


# A word of a foreign name: Latin letters without the Vietnamese ones, a capital then small letters
# ("John", "McCain", "Jae-in", "O'Neil"); all-capital words ("SOS", "HMS") are names of things.
_LATIN_SMALL = "a-zß-öø-ÿ'’"
_FOREIGN_WORD = rf"[A-Z][{_LATIN_SMALL}]+(?:(?:-[A-Za-z][{_LATIN_SMALL}]*)+|[A-Z][{_LATIN_SMALL}]+)?"  # "Chan-o-cha"
# A Vietnamese given name written by its first letter or letters ("Nguyễn Văn N.", "Mã Bửu Ng"), then a stop,
# a comma, a bracket or a space before a word in lower case; not a house or district number ("Q.3").
_GIVEN_INITIAL = re.compile(r"[ ](?P<initial>(?:Ng|Nh|Th|Tr|Ch|Kh|Ph|Gi|[A-ZĐ]))(?=\.?(?:[ ,;:)]|$))(?!\.?[ ]?\d)"
                            r"(?![ ][A-ZĐ])", re.MULTILINE)
_INITIAL = r"[A-Z]\.(?:[ ]|(?=[A-Z]\.[ ]))"  # "H. R. McMaster", "Thomas A. Bussiere", "J.D. Vance": initials
# A generational suffix or a regnal number after a foreign name ("Robert F. Kennedy Jr.", "Abdullah II").
_NAME_SUFFIX = r"(?:,?[ ](?:Jr\.|Sr\.|I{2,3}|IV))?"  # not "V", an initial ("anh V.")


@lru_cache(maxsize=1)
def countries() -> str:
    """An alternation of the countries written between a title and a foreign name (countries.tsv)."""
    return alternation(read_words("persons/countries.tsv", "country"))


@lru_cache(maxsize=1)
def host_countries() -> str:
    """An alternation of where an envoy serves ("Đại sứ Mỹ tại [Việt Nam]"): any country, the home one too."""
    return alternation(read_words("persons/countries.tsv", "country") | read_words("persons/home_country.tsv", "form"))


@lru_cache(maxsize=1)
def home_countries() -> str:
    """An alternation of how the articles' own country is written (home_country.tsv)."""
    return alternation(read_words("persons/home_country.tsv", "form"))


@lru_cache(maxsize=1)
def _home() -> frozenset[str]:
    return frozenset(fold_for_matching(form) for form in read_words("persons/home_country.tsv", "form"))


@lru_cache(maxsize=1)
def _home_last_words() -> frozenset[str]:
    """ "Nam" of "Việt Nam": the home country's last word, in Latin letters where a run of them starts."""
    return frozenset(form.split()[-1] for form in _home())




@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    """A run of Latin words, with the particles a foreign name holds between them (name_particles.tsv)."""
    spaced = alternation(p for p in read_words("persons/name_particles.tsv", "particle") if not p.endswith("-"))
    glued = alternation(_glued_particles())
    later = rf"[ ](?:(?:{spaced})[ ]){{0,2}}(?:{glued})?(?:{_INITIAL}){{0,2}}{_FOREIGN_WORD}"
    # Not after a stop glued to it ("U.S.Army"), unless a word of small letters ends there: a sentence glued
    # to the next by a missing space ("… đưa ra.Duncan Larcombe, …").
    # Scanned twice over every article: an initial and a word both open with a capital, and a lookahead for it lets
    # the engine skip every other position before trying the look behinds.
    return re.compile(rf"(?=[A-Z])(?<![\w-])(?:(?<!\.)|(?<=[a-zđà-ỹ]{{2}}\.))(?:{_INITIAL}){{0,2}}{_FOREIGN_WORD}(?:{later}){{0,5}}"
                      rf"{_NAME_SUFFIX}(?![\w-])")


_MAX_FOREIGN_WORDS = 4  # a run of Latin words may begin with a country's ("Tây Ban Nha Margarita Robles Fernández")
# After a foreign country a name of Vietnamese syllables is a Chinese one read in Sino-Vietnamese
# ("Chủ tịch Trung Quốc Tập Cận Bình"); a Vietnamese name there is read as one already.
_SINO_RUN = re.compile(rf"{UPPER}[^\W\d_]*(?:[ ]{UPPER}[^\W\d_]*){{1,2}}(?![\w-])")
_QUOTES = "'’\""
_ONE_APOSTROPHE = str.maketrans("’", "'")
_CUE_REACH = 90  # characters an office, its field and its country stand before a name


# A place right before a name, perhaps with a comma between.
_PLACE_BEFORE = re.compile(rf"(?<![\w-])(?P<place>{_FOREIGN_WORD}(?:[ ]{_FOREIGN_WORD})?),?[ ]+$")


@lru_cache(maxsize=1)
def _place_after() -> re.Pattern[str]:
    """A place the article names after a preposition of place (locatives.tsv, at = 1) or a city's or a state's head
    (city_heads.tsv): "tại New Delhi", "ở Bangkok", "thủ đô Bangkok", "bang Texas"; not "Liên bang Nga"."""
    prepositions = [row["word"] for row in read_table("persons/locatives.tsv") if row["at"] == "1"]
    heads = read_table("persons/city_heads.tsv")
    words = [re.escape(word).replace(r"\ ", "[ ]") for word in prepositions] + [
        (rf"(?<!(?i:{re.escape(row['not_after'])})[ ])" if row["not_after"] else "") + re.escape(row["word"]).replace(r"\ ", "[ ]")
        for row in heads]
    return re.compile(rf"{first_characters(prepositions + [row['word'] for row in heads])}(?<![^\W_])(?:{'|'.join(words)})[ ]+"
                      rf"(?P<place>{_FOREIGN_WORD}(?:[ ]{_FOREIGN_WORD})?)(?![\w-])")


def _places_of(text: str) -> frozenset[str]:
    """The Latin names of places the article writes after a preposition of place or a city's head, folded."""
    return frozenset(fold_for_matching(match.group("place")) for match in _place_after().finditer(text))


def _word_before(text: str, position: int) -> str:
    end = position
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return text[max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1:end].lstrip("(“\"'")


@lru_cache(maxsize=1)
def _foreign_cue_last_words() -> frozenset[str]:
    """The last words a cue before a foreign name may end with: of a form of address, a country or a
    state's office."""
    rows = read_table("persons/honorifics.tsv")
    cues = [row["word"] for row in rows if row["kind"] == "honorific"] + sorted(
        read_words("persons/countries.tsv", "country") | read_words("persons/foreign_offices.tsv", "title"))
    cues += _minister_fields()  # "Bộ trưởng Quốc [phòng]"
    return frozenset(cue.split()[-1].lower() for cue in cues) | _home_last_words()  # "[tại Việt] Nam"


@lru_cache(maxsize=1)
def _offices_before_one_word() -> frozenset[str]:
    """The states' offices a foreign family name written alone may follow (foreign_offices.tsv, `alone`)."""
    return frozenset(fold_for_matching(row["title"]) for row in read_table("persons/foreign_offices.tsv") if row["alone"] == "1")


@lru_cache(maxsize=1)
def _cue_before_name() -> re.Pattern[str]:
    """What may stand right before a foreign name, anchored at the name: a form of address ("ông
    John Kerry"), a title and a country ("Ngoại trưởng Mỹ John Kerry": the country tells the name from
    a body's, "Giám đốc Samsung Display"), or a state's office ("Ngoại trưởng Antony Blinken")."""
    rows = read_table("persons/honorifics.tsv")
    addresses = [row["word"] for row in rows if row["kind"] == "honorific"]
    offices = [row["title"] for row in read_table("persons/titles.tsv")] + [
        row["word"] for row in rows if row["kind"] != "honorific"]
    states = sorted(read_words("persons/foreign_offices.tsv", "title"))
    country = rf"(?P<country>{countries()})(?:[ ]tại[ ](?:{host_countries()}))?"
    # A minister named by the field of a ministry is a state's office too: "Bộ trưởng Quốc phòng Jim Mattis".
    ministers = rf"(?:{_trie(title for title, _ in _field_offices())})[ ]+(?:{_trie(_minister_fields())})"
    # An office may name its field before the country: "Bộ trưởng [Ngoại giao] Nga Sergey Lavrov".
    field = r"(?:[^\W\d_]+[ ]+){0,3}?"
    return re.compile(rf"(?i)(?<!\w){first_letters(addresses + offices)}(?:(?P<address>{_trie(addresses)})"
                      rf"|(?:{_trie(offices)})[ ]+{field}{country}|(?P<state>{_trie(states)})|{ministers})[ ]+$")


_ACRONYM_BEFORE = re.compile(r"(?<![^\W_])[A-ZĐ]{2,6}[ ]+$")  # the cheap test before the office's long pattern


@lru_cache(maxsize=1)
def _office_acronym_before() -> re.Pattern[str]:
    """An office and a body's acronym right before a name, anchored at the name: "Giám đốc [FBI] James
    Comey", "Tổng Thư ký [NATO] Jens Stoltenberg" (the acronym tells the name from a body's words)."""
    offices = [row["title"] for row in read_table("persons/titles.tsv")]
    return re.compile(rf"(?<![^\W_])(?i:{alternation(offices)})[ ]+(?P<acronym>[A-ZĐ]{{2,6}})[ ]+$")


def names_a_body(acronym: str) -> bool:
    """Whether an acronym written alone names a body ("FBI", "UEFA", "FLC"): not a head's abbreviation
    ("UBND", "CĐ": orgs/abbreviations.tsv), a generic form ("CLB", "HTX": orgs/generic.tsv) or a country ("TQ")."""
    base = load_orgbase()
    folded = fold_for_matching(acronym)
    return acronym not in base.abbreviations and folded not in base.generic and folded not in _countries_folded()


@lru_cache(maxsize=1)
def _field_offices() -> list[tuple[str, str]]:
    """Offices written with their body's field alone (field_heads.tsv): (title, head of the body)."""
    return [(row["title"], row["head"]) for row in read_table("persons/field_heads.tsv")]


@lru_cache(maxsize=1)
def _minister_fields() -> list[str]:
    """The fields of the bodies those offices head that the knowledge base knows ("Quốc phòng" of "Bộ Quốc phòng")."""
    heads = {head for _, head in _field_offices()}
    return sorted({org.name.split(" ", 1)[1] for org in load_orgbase().orgs.values()
                   if " " in org.name and org.name.split(" ", 1)[0] in heads})


def _foreign_names(text: str, taken: SpanIndex, covered: SpanIndex) -> list[PersonMention]:
    """Foreign names cued by a form of address, by a title and a country, or by a state's office:
    words of Latin letters, at least one of them no Vietnamese syllable (a Vietnamese name is read as
    one already). A form of address is one written in lower case inside a sentence ("Bà Nà Hills" is a
    place) and not the end of a common noun ("trẻ em SOS …"); a Vietnamese word after the name ends it
    ("Donald Trump Tuyên bố"). The names are found first and their cues looked for right before them:
    the cue patterns are long alternations, and most of an article holds no foreign name."""
    found = []
    countries_folded = _countries_folded()
    cue_before = _cue_before_name()
    places = _places_of(text)  # "ở Bangkok": a place, also after an office ("Thống đốc Bangkok Aswin Kwanmuang")
    not_first = countries_folded | places
    candidates = [(start, written, False) for run in _name_run().finditer(text)
                  if not all(_vietnamese_shaped(word) for word in run.group().split(" "))
                  or _plain_latin(run.group().split(" "))
                  for start, written in _word_starts(run, not_first)]
    candidates += [(run.start(), run.group(), True) for run in _sino_runs(text)  # Sino-Vietnamese syllables only
                   if all(_vietnamese_shaped(word) for word in run.group().split(" "))]
    named_until = -1
    for start, written, sino in sorted(candidates):
        if start < named_until or _begins_with_country(written, not_first) or _ends_a_country_before(text, start, written):
            continue  # a later word of a run already read as a name; a country is no name's first word
        words = written.split(" ")
        while not sino and words and not words[-1].isascii() and _vietnamese_shaped(words[-1]):
            words.pop()
        if not sino and _place_before_given_name(text, start, words):
            continue  # "Cảnh sát trưởng [Manila] Oscar Albayalde": read from the given name on
        workplace = _workplace_word(text, start, words) if not sino else 0
        if not sino and (ending := _body_name_ending(text, start, words) or workplace):
            start += len(" ".join(words[:ending])) + 1  # "Người phát ngôn Điện [Kremlin] Dmitry Peskov"
            words = words[ending:]
        name = " ".join(words)
        end = start + len(name)
        address, alone, foreign_country = None, False, not sino and (
            workplace and _strongly_foreign(words) or _strongly_cued(text, start, end, words, covered))
        if not foreign_country and len(words) >= 2 and places \
                and (place := _PLACE_BEFORE.search(text, max(0, start - _CUE_REACH), start)) is not None \
                and fold_for_matching(place.group("place")) in places:
            # "Thủ hiến New Delhi, Arvind Kejriwal": an office and its place before the name
            office = cue_before.search(text, max(0, place.start() - _CUE_REACH), place.start())
            foreign_country = office is not None and office.group("state") is not None
        if not foreign_country:  # the cues any foreign name needs
            if _word_before(text, start).lower() not in _foreign_cue_last_words():
                if len(words) >= 2 and _ACRONYM_BEFORE.search(text, max(0, start - 10), start) \
                        and fold_for_matching(words[-1]) not in _foreign_org_words() \
                        and (acronym := _office_acronym_before().search(text, max(0, start - _CUE_REACH), start)) \
                        and names_a_body(acronym.group("acronym")):
                    found.append(PersonMention(start, end, name, _display(name)))  # "Giám đốc FBI James Comey"
                    covered.add(start, end, None)
                    named_until = end
                continue  # the word before is no cue's last word: no cue ends there (most runs)
            cue = cue_before.search(text, max(0, start - _CUE_REACH), start)
            if cue is None or sino and cue.group("country") is None:
                continue
            address = cue.start("address") if cue.group("address") else None
            if address is not None and (text[address].isupper() and not _sentence_start(text, address)
                                        or _common_noun_before(text, address)):
                continue
            foreign_country = cue.group("country") is not None and fold_for_matching(cue.group("country")) not in _home()
            # "Tổng thống Putin", "cựu thủ tướng Yingluck": a head's office reads a family name alone too
            alone = cue.group("state") is not None and fold_for_matching(cue.group("state")) in _offices_before_one_word() \
                and name[-1] not in _QUOTES  # "'hoàng tử Disney'": a quoted phrase
        if not sino and words and (family := _FAMILY_NAME_LAST.match(text, end)) is not None \
                and is_family_name(family.group("family")) and all(word.isascii() for word in words):
            # "ông Michael Trần", "ông Louis Nguyễn": a Western given name before a Vietnamese family name, as
            # overseas Vietnamese write theirs; the family name closes it
            words.append(family.group("family"))
            name = " ".join(words)
            end = start + len(name)
        # One word is a name only after a form of address or a foreign country ("ông Putin", "Thủ tướng
        # Lào Thongloun"); Vietnamese syllables only after a foreign country, and not a family name's.
        if not words or sum(word[:1].isupper() for word in words) > _MAX_FOREIGN_WORDS \
                or len(words) < 2 and address is None and not foreign_country and not alone \
                or not sino and all(_vietnamese_shaped(word) for word in words if not _INITIAL_WORD.fullmatch(word)) \
                and not _plain_latin(words) \
                or sino and (not foreign_country or fold_for_matching(words[0]) in _surnames()) \
                or fold_for_matching(name) in countries_folded or taken.overlaps(start, end) \
                or covered.overlaps(start, end) or fold_for_matching(words[-1]) in _foreign_org_words() \
                or len(words) < 2 and _CAPITALIZED_NEXT.match(text, end):
            continue  # "đàn anh Galaxy S Series": one word before more capitalized ones names a thing
        found.append(PersonMention(start, end, name, _display(name)))
        covered.add(start, end, None)
        named_until = end
    found = _hyphenated_in_full(_one_spelling(_two_names(_without_leading_word(found))))
    found += _full_names_of_family_names(text, found, taken, covered)
    # "ông Putin" after "Vladimir Putin": a family name alone is the full name the article gave it (the
    # first written, when two share it: "ông Biden" is Joe Biden before Hunter Biden); so is the first
    # word of one full name when no other begins or ends with it: a family name written first ("ông
    # Moon" after "Moon Jae-in") or a given name ("ông Teuku" after "Teuku Faizasyah").
    full = _first_words(found)
    full.update({_bare_family_name(_last_name_word(m.name)): m.name for m in sorted(found, key=lambda m: -m.start)
                 if " " in m.name and not _patronymic(m.name)})  # "ông Assad" of "Bashar al-Assad"
    full.update({_last_name_word(m.name): m.name for m in sorted(found, key=lambda m: -m.start)
                 if " " in m.name and not _patronymic(m.name)})
    full.update(_family_names_spelt_again(found, full))
    full.update({key.translate(_ONE_APOSTROPHE): name for key, name in full.items()})  # "O’Brien" is "O'Brien"
    return [replace(m, name=full[key]) if (key := m.name.translate(_ONE_APOSTROPHE)) in full else m for m in found]


def _full_names_of_family_names(text: str, found: list[PersonMention], taken: SpanIndex,
                                covered: SpanIndex) -> list[PersonMention]:
    """A full name written with no cue ("cùng Joe Biden", a headline) whose last word the article names
    a person by alone ("ông Biden"): that person's full name, two or three words no Vietnamese name is
    made of, not after a place's preposition or a thing's noun ("tòa nhà Trump Tower" ends otherwise).
    Three words right after a lower-case word may begin with a place or a body ("Cảnh sát trưởng [Manila]
    Oscar Albayalde", "chủ tịch của [Juventus] Andrea Agnelli"): those are left to the cues."""
    alone = {m.name for m in found if " " not in m.name}
    more: list[PersonMention] = []
    if not alone:
        return more
    for run in _name_run().finditer(text):
        words = run.group().split(" ")
        start, end = run.start(), run.end()
        if words[-1] not in alone or not 2 <= len(words) <= 3 or not _strongly_foreign(words) \
                or len(words) == 3 and _lower_case_word_before(text, start) \
                or taken.overlaps(start, end) or covered.overlaps(start, end) \
                or _word_before(text, start) in _locative_words() or _thing_named(text, max(0, start - _CUE_REACH), start):
            continue
        more.append(PersonMention(start, end, run.group(), _display(run.group())))
        covered.add(start, end, None)
    return more


def _lower_case_word_before(text: str, start: int) -> bool:
    """Whether a lower-case word stands right before ``start``, with no punctuation between ("Cảnh sát
    trưởng Manila …", not "trở lại đây, Sayyed …")."""
    before = _word_before(text, start)
    return before[:1].islower() and before[-1:].isalpha()


def _family_name_mentions(names: list[_Name], named_as: dict[int, str], foreign: list[PersonMention]) -> dict[str, str]:
    """The one word a short mention that repeats no given name may name a full name by, when one full name
    alone has it: the first syllable of a name of two or three (a Chinese family name written first, "ông
    Tập" of Tập Cận Bình, "ông Vương" of Vương Nghị) and the last word of a foreign name in Latin letters
    that is also a Vietnamese syllable ("bà May" of Theresa May)."""
    found: dict[str, set[str]] = {}
    for name in names:
        if 2 <= len(name.syllables) <= 3:
            found.setdefault(name.syllables[0], set()).add(named_as.get(id(name), name.display))
    for mention in foreign:
        words = mention.name.split(" ")
        if len(words) >= 2:
            sino = all(_vietnamese_shaped(word) for word in words)
            found.setdefault(fold_for_matching(words[0] if sino else words[-1]), set()).add(mention.name)
    return {word: next(iter(full)) for word, full in found.items() if len(full) == 1}


def _two_names(found: list[PersonMention]) -> list[PersonMention]:
    """A run of four words whose second is a family name the article writes alone holds two full names ("cố vấn
    của Tổng thống Mỹ Donald Trump Robert O'Brien": "Tổng thống Trump" elsewhere)."""
    alone = {m.name for m in found if " " not in m.name}
    if not alone:
        return found
    kept = []
    for mention in found:
        words = mention.name.split(" ")
        if len(words) == 4 and words[1] in alone and len(mention.text) == len(mention.name):
            first, second = " ".join(words[:2]), " ".join(words[2:])
            cut = mention.start + len(first)
            kept.append(PersonMention(mention.start, cut, mention.text[:len(first)], first, mention.honorific))
            kept.append(PersonMention(cut + 1, mention.end, mention.text[len(first) + 1:], second))
            continue
        kept.append(mention)
    return kept


def _without_leading_word(found: list[PersonMention]) -> list[PersonMention]:
    """A foreign name read with one word more before a full name the article writes alone is that
    name: the word is a country or a body ("Tổng thống [Chad] Idriss Deby" beside "Tổng thống Idriss
    Deby"), not a given name."""
    full_names = {m.name for m in found if m.name.count(" ") >= 1}
    kept = []
    for mention in found:
        first, _, rest = mention.name.partition(" ")
        if rest in full_names and " " in rest:
            offset = len(first) + 1
            mention = PersonMention(mention.start + offset, mention.end, mention.text[offset:], rest, mention.honorific)
        kept.append(mention)
    return kept


def _family_names_spelt_again(found: list[PersonMention], full: dict[str, str]) -> dict[str, str]:
    """A family name written alone in another transliteration of one full name's ("ông Scaramucci" after
    "Anthony Scaramicci") → that full name, when it is the only one it is so close to."""
    lasts = {m.name.rsplit(" ", 1)[-1]: m.name for m in found if " " in m.name and not _patronymic(m.name)}
    spelt = {}
    for name in {m.name for m in found if " " not in m.name and m.name not in full and len(m.name) >= _MIN_KEY}:
        close = [last for last in lasts if last[:1] == name[:1]
                 and SequenceMatcher(None, last.lower(), name.lower()).ratio() >= _SAME_TRANSLITERATION]
        if len(close) == 1:
            spelt[name] = lasts[close[0]]
    return spelt


@lru_cache(maxsize=1)
def _patronymic_particles() -> frozenset[str]:
    return frozenset(row["particle"] for row in read_table("persons/name_particles.tsv") if row["patronymic"] == "1")


_TRAILING_SUFFIX = re.compile(r",?[ ](?:Jr|Sr|I{2,3}|IV)\.?$")  # _NAME_SUFFIX, its full stop perhaps read as the sentence's


def _last_name_word(name: str) -> str:
    """The last word of a foreign name before a generational suffix or a regnal number ("Horan" of "Lansing Horan
    IV"): the family name the article writes alone ("ông Horan")."""
    return _TRAILING_SUFFIX.sub("", name).rsplit(" ", 1)[-1]


def _bare_family_name(word: str) -> str:
    """A family name without the particle glued before it ("al-Assad" → "Assad")."""
    glued = next((particle for particle in _glued_particles() if word.startswith(particle)), "")
    return word[len(glued):]


@lru_cache(maxsize=1)
def _glued_particles() -> tuple[str, ...]:
    return tuple(particle for particle in read_words("persons/name_particles.tsv", "particle") if particle.endswith("-"))


def _patronymic(name: str) -> bool:
    """Whether a foreign name ends with a father's name ("Mohammed bin Salman"), not a family name."""
    return any(word in _patronymic_particles() for word in name.split(" "))


def _first_words(found: list[PersonMention]) -> dict[str, str]:
    """The first word of each foreign full name that begins no other one and ends none."""
    full_names = {m.name for m in found if " " in m.name}
    firsts = Counter(name.split(" ", 1)[0] for name in full_names)
    lasts = {name.rsplit(" ", 1)[-1] for name in full_names}
    return {name.split(" ", 1)[0]: name for name in full_names
            if firsts[name.split(" ", 1)[0]] == 1 and name.split(" ", 1)[0] not in lasts}


def is_foreign_name(name: str) -> bool:
    """Whether ``name`` is written in Latin words, one at least no Vietnamese syllable ("Sean Spicer")."""
    return bool(_name_run().fullmatch(name)) and not all(_vietnamese_shaped(word) for word in name.split(" "))


def is_vietnamese_shaped(word: str) -> bool:
    """Whether ``word`` has the shape of a Vietnamese syllable (marks aside)."""
    return _vietnamese_shaped(word)


def strongly_foreign(words: list[str]) -> bool:
    """Whether a few words are a foreign person's name no Vietnamese name is made of (``_strongly_foreign``)."""
    return _strongly_foreign(words)


def _strongly_foreign(words: list[str]) -> bool:
    """Two or three words no Vietnamese name is made of ("Nancy Pelosi", "Prayut Chan-o-cha"), or one
    after initials ("H. R. McMaster"), none a company's or a body's word. A Korean family name, which
    may look like a Vietnamese syllable, opens one before a given name of other words or hyphenated
    ("Moon Jae-in", "Kim Min Jae")."""
    named = [word for word in words if not _INITIAL_WORD.fullmatch(word)]
    if not named or named[-1] != words[-1] or any(fold_for_matching(word) in _foreign_org_words() for word in named):
        return False
    if len(named) == 1:
        return len(words) > 1 and not _vietnamese_shaped(named[0])
    if len(named) > 3:
        return False
    if named[0] in _korean_surnames():
        return any("-" in word or not _vietnamese_shaped(word) for word in named[1:])
    if _given_then_family(named):
        return True
    return not any(_vietnamese_shaped(word) for word in named)


def _partly_foreign(words: list[str]) -> bool:
    """Two or three capitalized words, the first no Vietnamese syllable ("Haleem Khan"; not "Theo", "Bà" opening a
    sentence before a name) and none a body's word."""
    return 2 <= len(words) <= 3 and not _vietnamese_shaped(words[0]) \
        and not any(_INITIAL_WORD.fullmatch(word) or fold_for_matching(word) in _foreign_org_words() for word in words)


@lru_cache(maxsize=1)
def _article_apposition_after() -> re.Pattern[str]:
    """ "một" and a person's noun or an office set off by a comma or a dash right after a name ("A, một người dân …",
    "B - một kỹ sư …"): appositions.tsv, titles.tsv and the ranks of honorifics.tsv."""
    offices, ranks = _office_words()
    nouns = [noun.removeprefix("một ") for noun in _apposition_nouns()] + offices + ranks
    return re.compile(rf"(?i)(?:,|[ ]+[-–])[ ]+một[ ]+(?:{alternation(nouns)})(?![^\W_])")


def _apposition_nouns() -> list[str]:
    """The persons' nouns of persons/appositions.tsv (kinds noun and occupation)."""
    return [row["word"] for row in read_table("persons/appositions.tsv") if row["kind"] in ("noun", "occupation")]


def _given_then_family(words: list[str]) -> bool:
    """Two words of a foreign name one of which looks like a Vietnamese syllable: a Western given name before a
    Chinese family name ("Eric Xu", "Ken Hu"), a Chinese family name before a given name ("Li Mingjiang"), or a
    Western given name of latin_given_names.tsv before a family name ("Tim Cook")."""
    if len(words) != 2 or _INITIAL_WORD.fullmatch(words[0]):
        return False
    if not _vietnamese_shaped(words[0]):
        return words[1] in _latin_family_names() or is_family_name(words[1])
    return (words[0] in _latin_family_names() or words[0] in _latin_given_names()) \
        and not _vietnamese_shaped(words[1]) and "-" not in words[1]


_INITIAL_WORD = re.compile(r"[A-Z]\.")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Kun-hee", "Jae-in": a Korean given name, hyphenated
_GIVEN_LED_WORDS = (2, 3)


def given_name_led(words: list[str]) -> bool:
    """Whether two or three strongly foreign words open with a common given name (given_names.tsv: "Brian Epps",
    "Nancy Pelosi") or are a Korean family name before a hyphenated given name ("Lee Kun-hee"): a person's
    name, where the same run after an office could be a company's ("Chủ tịch Toyota Motor")."""
    named = [word for word in words if not _INITIAL_WORD.fullmatch(word)]
    if not _GIVEN_LED_WORDS[0] <= len(named) <= _GIVEN_LED_WORDS[1] or not _strongly_foreign(words):
        return False
    if named[0] in _korean_surnames():
        return len(named) == 2 and _KOREAN_GIVEN.fullmatch(named[1]) is not None
    return fold_for_matching(named[0]) in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(fold_for_matching(name) for name in
                     read_words("persons/given_names.tsv", "name") | read_words("persons/latin_given_names.tsv", "name"))


@lru_cache(maxsize=1)
def _latin_family_names() -> frozenset[str]:
    return frozenset(read_words("persons/latin_family_names.tsv", "surname"))


@lru_cache(maxsize=1)
def _latin_given_names() -> frozenset[str]:
    return frozenset(read_words("persons/latin_given_names.tsv", "name"))


@lru_cache(maxsize=1)
def _korean_surnames() -> frozenset[str]:
    return frozenset(read_words("persons/korean_surnames.tsv", "surname"))


def _strongly_cued(text: str, start: int, end: int, words: list[str], covered: SpanIndex) -> bool:
    """Cues a name of strongly foreign words needs: a person's noun or an office and a foreign country
    before it ("người đồng cấp Nga Vladimir Putin"), an office and its body in Vietnamese words ("Chủ tịch Hạ viện
    Nancy Pelosi", "Giám đốc Cục Điều tra Liên bang (FBI) Christopher Wray"), a rank right before it
    ("Trung tướng Thomas A. Bussiere"), perhaps with its field ("Giáo sư sử học Michel Pigenet"), or an
    office or a profession after a comma
    ("Ken Martin, chủ tịch …"). Not after a preposition of place, a head word or a thing's noun: "lãnh sự
    quán Nga ở New York", "tỉnh Preah Sihanouk" are places, "tạp chí Mỹ Foreign Policy" a paper."""
    window = max(0, start - _CUE_REACH)
    strongly = _strongly_foreign(words)
    if not strongly and not (_partly_foreign(words) and _article_apposition_after().match(text, end)) \
            or _word_before(text, start) in _locative_words() \
            or _heads()[0].search(text, max(0, start - 24), start) or _thing_named(text, window, start):
        return False
    if not strongly:
        return True  # "Haleem Khan, một người dân ở …": a person's noun after "một" says it of a name half Vietnamese-shaped
    if _person_country_before().search(text, window, start) or _person_noun_before().search(text, window, start):
        return True
    if _office_after().match(text, end) or _apposition_after().match(text, end):
        return True
    if _person_verb_after().match(text, end) and _word_before(text, start).lower() != "của":
        return True  # not after "của": "một khách hàng của [Kyoko Proportion] chia sẻ" is the customer speaking
    if APPOSITION_CLOSES.match(text, end) and _workplace_apposition_before().search(text, window, start):
        return True  # "Chủ tịch Valencia, Anil Murthy, cho biết": the name set off after its office and workplace
    given = given_name_led(words)
    if given and _office_after_copula().match(text, end):
        return True  # "[Alexis Kohler] sẽ là Tổng Thư ký mới …"
    if given and _next_in_list(text, start, covered):
        return True  # "Thượng nghị sĩ A Boozman và [Jerry Moran]", "chuyên gia Nguyễn Văn A, [Pablo Sawicki]"
    if given and (noun := _any_person_noun_before().search(text, window, start)) is not None \
            and _closed_body(noun.group("body").split(), _heads()[1]):
        return True  # "lãnh đạo phe Dân chủ tại Hạ viện [Nancy Pelosi]": a person's noun and where the person serves
    office, written_body = _office_body_before(text, window, start, _LONG_BODY_WORDS if given else _BODY_WORDS)
    if office is None or covered.overlaps(office.start(), start):
        return False  # "Thủ tướng Nguyễn Xuân Phúc đến New York": another person's office
    body = [word.strip("()") for word in written_body.split()]
    if office.group("rank") is not None:  # "Trung tướng A", "Giáo sư sử học B": a rank and perhaps its field
        return len(body) <= _MAX_RANK_FIELD_WORDS and all(word.islower() for word in body)
    heads = _heads()[1]
    if given and _closed_body(body, heads):
        return True  # "thẩm phán [Brian Epps]", "Thượng nghị sĩ bang Arkansas [John Boozman]"
    if given and len(body) == 1 and body[0][:1].isupper() and not body[0].isupper() \
            and fold_for_matching(office.group()) in _place_offices():
        return True  # "Cảnh sát trưởng Manila [Oscar Albayalde]": the place the office serves
    if len(body) > _BODY_WORDS:
        return False
    if any(fold_for_matching(" ".join(body[:size])) in heads for size in (1, 2)):
        return False  # "Giám đốc Trung tâm nghiên cứu tự do Margaret Thatcher": a body named after someone
    return all(_vietnamese_shaped(word) or word.isupper() or fold_for_matching(word) in _country_words() for word in body) \
        and any(word[:1].isupper() and _vietnamese_shaped(word) for word in body)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    return frozenset(word for country in _countries_folded() for word in country.split())


def _thing_named(text: str, window: int, start: int) -> bool:
    """Whether a thing's noun (thing_nouns.tsv) with no office before it makes the run at ``start`` a
    thing's name: "tập đoàn quốc phòng Mỹ [Lockheed Martin]", "Theo tờ [Daily Mail], Chủ tịch …"; after an
    office the noun is of its body ("cựu chủ tịch Hiệp hội các câu lạc bộ châu Âu [Andrea Agnelli]")."""
    thing = _thing_before().search(text, window, start)
    if thing is None:
        return False
    offices = list(_office_at().finditer(text, window, thing.start()))
    # An office with a preposition of place between it and the noun is held there, the run after the noun is the
    # thing's own name: "người đứng đầu mảng cổ phần tại hãng luật [Hogan Lovells] nói".
    return not offices or _HELD_AT.search(text, offices[-1].end(), thing.start()) is not None


_HELD_AT = re.compile(r"(?<![^\W_])(?:tại|ở|thuộc)(?![^\W_])")  # where an office is held, before its workplace


@lru_cache(maxsize=1)
def _thing_before() -> re.Pattern[str]:
    """A thing's noun up to its reach in words before a name, anchored at the name."""
    rows = read_table("persons/thing_nouns.tsv")
    by_reach = "|".join(rf"(?:{_trie(row['noun'] for row in rows if row['reach'] == reach)})(?:[ ][^\W\d_]+){{0,{reach}}}?"
                        for reach in sorted({row["reach"] for row in rows}))
    return re.compile(rf"(?i){first_letters(row['noun'] for row in rows)}(?<![^\W_])(?:{by_reach})[ ]+$")


@lru_cache(maxsize=1)
def _person_noun_before() -> re.Pattern[str]:
    """A person's noun that names one alone (person_nouns.tsv, `alone`) and up to three more words, anchored
    at a name: "Đệ nhất phu nhân Jill Biden", "ứng viên đảng Dân chủ Hillary Clinton"."""
    nouns = [row["noun"] for row in read_table("persons/person_nouns.tsv") if row["alone"] == "1"]
    # Not over a word that opens a noun phrase of its own (phrase_openers.tsv): "phát ngôn viên của [Goodwood
    # Ship Management]" names the body the person speaks for, "tặng chồng một chiếc xe [Bentley …]" a car.
    openers = _trie(read_words("persons/phrase_openers.tsv", "word"))
    return re.compile(rf"(?i){first_letters(nouns)}(?<![^\W_])(?:{_trie(nouns)})(?:[ ](?!(?:{openers})[ ])[^\W\d_]+){{0,3}}?[ ]+$")


@lru_cache(maxsize=1)
def _any_person_noun_before() -> re.Pattern[str]:
    """A person's noun (person_nouns.tsv, any but "người") and up to six more words, anchored at a name: before a
    name a given name opens, "lãnh đạo phe Dân chủ tại Hạ viện A" (the words checked by ``_closed_body``)."""
    nouns = [noun for noun in read_words("persons/person_nouns.tsv", "noun") if noun != "người"]
    openers = _trie(read_words("persons/phrase_openers.tsv", "word"))
    return re.compile(rf"(?i){first_letters(nouns)}(?<![^\W_])(?:{_trie(nouns)})"
                      rf"(?P<body>(?:[ ](?!(?:{openers})[ ])[^\W\d_]+){{0,6}}?)[ ]+$")


@lru_cache(maxsize=1)
def _person_country_before() -> re.Pattern[str]:
    """A person's noun (person_nouns.tsv) or an office, up to three more words, and a foreign country,
    anchored at a name: "thủ lĩnh phe đối lập Venezuela A", "Phó Đô đốc hải quân Pháp B"."""
    offices, ranks = _office_words()
    nouns = read_words("persons/person_nouns.tsv", "noun") | set(offices) | set(ranks)
    country = _trie(read_words("persons/countries.tsv", "country"))  # what countries() alternates
    return re.compile(rf"(?i){first_letters(nouns)}(?<![^\W_])(?:{_trie(nouns)})(?:[ ][^\W\d_]+){{0,3}}?[ ](?P<country>{country})[ ]+$")


@lru_cache(maxsize=1)
def _locative_words() -> frozenset[str]:
    return frozenset(read_words("persons/locatives.tsv", "word"))


@lru_cache(maxsize=1)
def _folded_offices() -> frozenset[str]:
    return frozenset(fold_for_matching(title) for title in _office_words()[0])


@lru_cache(maxsize=1)
def _office_words() -> tuple[list[str], list[str]]:
    """Offices (titles.tsv) and ranks, degrees and professions (honorifics.tsv, kind ``title``)."""
    ranks = [row["word"] for row in read_table("persons/honorifics.tsv") if row["kind"] == "title"]
    return [row["title"] for row in read_table("persons/titles.tsv")], ranks


def _office_body_before(text: str, window: int, start: int, reach: int = 8) -> tuple[re.Match[str] | None, str]:
    """The office nearest before ``start`` and the words of its body up to it (up to ``reach``, a bracketed
    acronym among them): the nearest, not the first, so that "Đặc phái viên A cùng Trung tướng B"
    reads the rank before B."""
    for office in reversed(list(_office_at().finditer(text, window, start))):
        body = _BODY_UP_TO_NAME.fullmatch(text, office.end(), start)
        if body is not None and len(body.group("body").split()) <= reach:
            return office, body.group("body")
    return None, ""


_BODY_WORDS = 8  # words of a body between an office and a foreign name
_LONG_BODY_WORDS = 12  # … before a name a given name opens: "Phó Chủ tịch Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế"
_BODY_UP_TO_NAME = re.compile(r"(?P<body>(?:[ ]+(?:[^\W\d_]+|\([^\W\d_&]{2,}\))){0,12}?)[ ]+")
_PREPOSITIONS = frozenset({"của", "tại", "ở", "cho", "với", "và", "thuộc"})
_LIST_JOINER = re.compile(r"(?:,|[ ]và)[ ]+$")


@lru_cache(maxsize=1)
def _portfolio_words() -> tuple[tuple[str, ...], ...]:
    """The words that open an office's portfolio (role_verbs.tsv, kind portfolio: "phụ trách"), folded word by word."""
    return tuple(tuple(fold_for_matching(row["word"]).split()) for row in read_table("persons/role_verbs.tsv")
                 if row["kind"] == "portfolio")


@lru_cache(maxsize=1)
def _place_office_titles() -> tuple[str, ...]:
    """The states' offices often written with the place they serve before the holder's name (foreign_offices.tsv,
    `place`: "Thị trưởng London", "Cảnh sát trưởng Manila")."""
    return tuple(row["title"] for row in read_table("persons/foreign_offices.tsv") if row["place"] == "1")


@lru_cache(maxsize=1)
def _place_offices() -> frozenset[str]:
    return frozenset(fold_for_matching(title) for title in _place_office_titles())


def _closed_body(body: list[str], heads: dict[str, str]) -> bool:
    """Whether the words between an office and a name a given name opens end a body's name, or are none: no
    words ("thẩm phán A"), up to three field words in lower case that are no head word ("giám đốc truyền thông
    A"; "chủ tịch tập đoàn A" names a group), or a body of two words or more whose last is capitalized
    ("Ủy ban Đối ngoại Hội đồng Liên bang Nga", "bang Arkansas"), perhaps with its portfolio after it
    ("Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế"). Not a head word with lower-case words after it:
    "Giám đốc Trung tâm nghiên cứu tự do Margaret Thatcher" is a body named after someone."""
    folded = [fold_for_matching(word) for word in body]
    for k in range(len(folded)):
        if any(tuple(folded[k:k + len(words)]) == words for words in _portfolio_words()):
            return k >= 2 and _closed_body(body[:k], heads)  # "Phó Chủ tịch X phụ trách …": the portfolio, no body
    if all(word.islower() for word in body):  # not over a preposition: "đại sứ thương hiệu của [Michael Kors]"
        return len(body) <= _MAX_RANK_FIELD_WORDS and not any(
            word in heads or word in _PREPOSITIONS or " ".join(folded[k:k + 2]) in heads for k, word in enumerate(folded))
    return len(body) >= 2 and (body[-1][:1].isupper() or " ".join(folded[-2:]) in _state_body_heads()) \
        and " ".join(folded) not in heads


def _next_in_list(text: str, start: int, covered: SpanIndex) -> bool:
    """Whether a person's name stands right before ``start``, a comma or "và" between: the next item of a list
    of persons ("Thượng nghị sĩ A Boozman và Jerry Moran")."""
    joiner = _LIST_JOINER.search(text, max(0, start - 6), start)
    return joiner is not None and any(end == joiner.start() for _, end, _ in covered.overlapping(joiner.start() - 1, joiner.start()))


@lru_cache(maxsize=1)
def _office_at() -> re.Pattern[str]:
    offices, ranks = _office_words()
    return re.compile(rf"(?i){first_letters(ranks + offices)}(?<![^\W_])(?:(?P<rank>{_trie(ranks)})|{_trie(offices)})(?![^\W_])")


@lru_cache(maxsize=1)
def _office_after() -> re.Pattern[str]:
    """An office or a profession right after a name: set off by a comma or a spaced dash, perhaps held in the
    past ("A, cựu giám đốc …", "B - Giám đốc pháp lý tại X", former_markers.tsv) or after the article "một" ("D,
    một giáo sư về dịch tễ …"), or after a verb that gives it ("C làm bộ trưởng …", role_verbs.tsv, kind verb)."""
    offices, ranks = _office_words()
    former = alternation(read_words("persons/former_markers.tsv"))
    verbs = alternation(row["word"] for row in read_table("persons/role_verbs.tsv") if row["kind"] == "verb")
    return re.compile(rf"(?i)(?:(?:,|[ ][-–])[ ]+(?:một[ ]+)?(?:(?:{former})[ ]+)?|[ ]+(?:{verbs})[ ]+)"
                      rf"(?:{alternation(offices + ranks)})(?![^\W_])")


@lru_cache(maxsize=1)
def _office_after_copula() -> re.Pattern[str]:
    """ "là" and an office or a person's noun (person_nouns.tsv, alone) right after a name, perhaps after a word of
    time ("A sẽ là Tổng Thư ký …", "B sẽ là cố vấn …"): what only persons are, for a name a given name opens."""
    offices, _ = _office_words()
    nouns = [row["noun"] for row in read_table("persons/person_nouns.tsv") if row["alone"] == "1"]  # "là cố vấn …"
    return re.compile(rf"(?i)[ ]+(?:(?:sẽ|đã|vẫn|hiện|từng|cũng)[ ]+)?là[ ]+(?:{alternation(offices + nouns)})(?![^\W_])")


@lru_cache(maxsize=1)
def _apposition_after() -> re.Pattern[str]:
    """A person's noun or an age set off by a comma or a dash right after a name ("A, một công nhân …", "B, 34 tuổi,",
    "C - một nhà phân tích …"): persons/appositions.tsv."""
    rows = read_table("persons/appositions.tsv")
    words = {kind: alternation(row["word"] for row in rows if row["kind"] == kind) for kind in ("article", "age")}
    words["noun"] = alternation(_apposition_nouns())
    return re.compile(rf"(?i)(?:,|[ ]+[-–])[ ]+(?:(?:(?:{words['article']})[ ]+)?(?:{words['noun']})|\d{{1,3}}[ ]+(?:{words['age']}))"
                      rf"(?![^\W_])")


@lru_cache(maxsize=1)
def _person_verb_after() -> re.Pattern[str]:
    """A verb of saying or feeling only persons are the subject of, right after a name ("Kim Kardashian chia sẻ"),
    perhaps after "đã"/"vừa"/"cũng": persons/person_verbs.tsv."""
    verbs = alternation(read_words("persons/person_verbs.tsv", "verb"))
    return re.compile(rf"[ ]+(?:(?:đã|vừa|cũng|từng)[ ]+)?(?:{verbs})(?![^\W_])")


# Lower-case modifiers of an office ("điều hành"), no preposition: "chủ tịch của [Messaging …]" names a body.
_LOWER_WORDS = re.compile(r"(?:[ ]+(?!(?:của|tại|ở|và|là|với|cho)[ ])[a-zđà-ỹ]+){0,2}[ ]+")
_NAME_COMMA_BEFORE = re.compile(r"[^\W\d_],[ ]*$")


def _workplace_word(text: str, start: int, words: list[str]) -> int:
    """1 when a run of three words follows a company's office (company_offices.tsv), perhaps with
    lower-case modifiers: its first word is the workplace, the two after it the holder ("Giám đốc điều
    hành Google Sundar Pichai", "Chủ tịch Juventus Andrea Agnelli"). Not when the office is set off by a
    comma after another name, whose office it is ("Marc Chandler, Giám đốc điều hành Bannockburn Global
    Forex" names a company of three words), unless another office follows as in a list of holders."""
    if len(words) != 3 or any(_INITIAL_WORD.fullmatch(word) for word in words):
        return 0
    window = max(0, start - _CUE_REACH)
    office = next(reversed(list(_company_office_at().finditer(text, window, start))), None)
    run_end = start + len(" ".join(words))
    if office is None or _NAME_COMMA_BEFORE.search(text, max(0, office.start() - 4), office.start()) \
            and not _office_after().match(text, run_end) and not _last_office_of_list().match(text, run_end):
        return 0  # an apposition of the name before, unless the next item of a list of holders follows
    return 1 if _LOWER_WORDS.fullmatch(text, office.end(), start) else 0


@lru_cache(maxsize=1)
def _last_office_of_list() -> re.Pattern[str]:
    """ "và" and an office right after a name: the last holder of a list follows ("…, Giám đốc điều hành Apple Tim
    Cook và Giám đốc điều hành Facebook Mark Zuckerberg")."""
    offices, _ = _office_words()
    return re.compile(rf"(?i)[ ]+và[ ]+(?:{alternation(offices)})(?![^\W_])")


@lru_cache(maxsize=1)
def _workplace_apposition_before() -> re.Pattern[str]:
    """A company's office (company_offices.tsv) opening a clause, then its workplace in one or two Latin words and a
    comma, right before a name: "Chủ tịch Villarreal, Fernando Roig, …", "Chủ tịch Real Madrid, Florentino Perez, …"."""
    titles = read_words("persons/company_offices.tsv", "title")
    return re.compile(rf"(?:^|[.,;:!?\n])[ ]*(?i:{alternation(titles)})[ ]+{_FOREIGN_WORD}(?:[ ]{_FOREIGN_WORD})?,[ ]+$")


# An apposition closes and the clause goes on: a comma and a word in lower case, no next item of a list.
APPOSITION_CLOSES = re.compile(r",[ ]+[a-zđà-ỹ]")


@lru_cache(maxsize=1)
def _company_office_at() -> re.Pattern[str]:
    titles = read_words("persons/company_offices.tsv", "title")
    return re.compile(rf"(?i)(?<![^\W_])(?:{alternation(titles)})(?![^\W_])")


def _body_name_ending(text: str, start: int, words: list[str]) -> int:
    """How many first words of a run end the name of a state's body begun before it ("Điện Kremlin")."""
    before = fold_for_matching(text[max(0, start - 20):start]).split()
    for size in range(1, min(3, len(words))):
        ending = [fold_for_matching(word) for word in words[:size]]
        if any(" ".join(before[-k:] + ending) in _state_body_heads() for k in (1, 2) if len(before) >= k):
            return size
    return 0


@lru_cache(maxsize=1)
def _state_body_heads() -> frozenset[str]:
    return frozenset(fold_for_matching(head) for head in read_words("persons/state_body_heads.tsv", "head"))


def _begins_with_country(written: str, countries_folded: frozenset[str]) -> bool:
    words = written.split(" ")
    return any(fold_for_matching(" ".join(words[:size])) in countries_folded for size in (1, 2, 3))


def _ends_a_country_before(text: str, start: int, written: str) -> bool:
    """Whether the run's first words end a country written over Vietnamese and Latin words ("Quốc vương Ả Rập
    [Saudi] Salman"): the name begins after the country, as after a whole one."""
    words = written.split(" ")
    for size in (1, 2):
        tail = fold_for_matching(" ".join(words[:size]))
        if size < len(words) and tail in _country_tails():
            end = start + len(" ".join(words[:size]))
            if any(fold_for_matching(text[max(0, end - len(country)):end]) == country and len(country) > len(tail)
                   for country in _countries_folded()):
                return True
    return False


_RUN_OFFSETS = 4  # the words a run of Latin words may begin with before the name: "Bà", "Lào", "Tây Ban Nha"


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_PLAIN_WORDS = (3, 4)  # "Chan Chun Sing", "Aung San Suu Kyi"
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)+")
_PLAIN_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-Z][a-z]+)[ ]$")


def _inside_plain_latin_name(text: str, start: int, end: int) -> bool:
    """Whether a Vietnamese-read name of unmarked syllables ends a romanized name of three or four words after
    a form of address: "ông Gan [Kim Yong]" ("Kim" is a Vietnamese family name, "Gan" none) is "Gan Kim Yong"."""
    if not _PLAIN_NAME.fullmatch(text, start, end):
        return False
    before = _PLAIN_WORD_BEFORE.search(text, max(0, start - 16), start)
    if before is None or not _plain_latin([before.group("word"), *text[start:end].split(" ")]):
        return False
    cue = _cue_before_name().search(text, max(0, before.start() - _CUE_REACH), before.start())
    return cue is not None and cue.group("address") is not None and text[cue.start("address")].islower()


def _plain_latin(words: list[str]) -> bool:
    """Whether three words are a name romanized with no tone marks that no Vietnamese family name opens ("Chan
    Chun Sing", "Gan Kim Yong"): each a Vietnamese-shaped syllable, so only a cue before them makes them a name."""
    return len(words) in _PLAIN_WORDS and all(_PLAIN_WORD.fullmatch(word) for word in words) \
        and fold_for_matching(words[0]) not in _surnames()


def _word_starts(run: re.Match[str], countries_folded: frozenset[str]) -> list[tuple[int, str]]:
    """A run of Latin words read from its first word, and after a form of address, a country or a
    sentence's first Vietnamese word it begins with in Latin letters ("Bà Chang-Hee Lee", "Lào Sonexay
    Siphandone", "[Việt] Nam Craig", "Theo Paul Whitmore")."""
    words = run.group().split(" ")
    if len(words) == _STATE_AND_NAME and _word_before(run.string, run.start()).lower() in _state_words():
        # "Thống đốc bang Mississippi Phil Bryant nói": the state's name, then its officer's
        return [(run.start() + len(words[0]) + 1, " ".join(words[1:]))]
    starts = [(run.start(), run.group())]
    position = run.start()
    for index in range(1, min(_RUN_OFFSETS, len(words))):
        position += len(words[index - 1]) + 1
        before = fold_for_matching(" ".join(words[:index]))
        if before in countries_folded or before in _cue_kinds() or before in _home_last_words() \
                or before in _country_tails() or index == 1 and _opening_word(run, words[0]) \
                or index == 1 and _place_before_given_name(run.string, run.start(), words):
            starts.append((position, " ".join(words[index:])))
    return starts


_STATE_AND_NAME = 3  # a state of one word and a name of two


def _place_before_given_name(text: str, start: int, words: list[str]) -> bool:
    """Whether a run of three Latin words or more at ``start`` is, after an office of a city or a state
    (foreign_offices.tsv, `place`), one word that is no given name, then a name a given name opens: the place the
    office serves, then its holder ("Cảnh sát trưởng [Manila] Oscar Albayalde", "Thống đốc [California] Gavin
    Newsom"); not a name of three words after any other word ("Giám đốc điều hành Apple Tim Cook" is read otherwise)."""
    return len(words) >= 3 and fold_for_matching(words[0]) not in _given_names() and given_name_led(words[1:]) \
        and _place_office_before().search(text, max(0, start - _PLACE_OFFICE_REACH), start) is not None


_PLACE_OFFICE_REACH = 24


@lru_cache(maxsize=1)
def _place_office_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![^\W_])(?:{alternation(_place_office_titles())})[ ]+$")


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Words for a federal state, written in lower case before its Latin name (state_words.tsv)."""
    return frozenset(read_words("persons/state_words.tsv", "word"))


def _opening_word(run: re.Match[str], word: str) -> bool:
    """Whether a run opens a sentence with a Vietnamese word ("Theo [Paul Whitmore], …"), capitalized as
    the sentence's first, not as a name's ("Man Utd", "Mia Luxury")."""
    return _sentence_start(run.string, run.start()) and fold_for_matching(word) in known_words()


@lru_cache(maxsize=1)
def _country_tails() -> frozenset[str]:
    """The last words of countries of several words, where a run of Latin letters may begin ("[Triều]
    Tiên Kim Jong-un", "[Thái] Lan Prayut")."""
    return frozenset(" ".join(words[k:]) for words in (fold_for_matching(c).split() for c in
                                                        read_words("persons/countries.tsv", "country"))
                     for k in range(1, len(words)))


@lru_cache(maxsize=1)
def _country_then_name() -> re.Pattern[str]:
    """A country as written, capitalized, then a capitalized word: where a Sino-Vietnamese name may be."""
    names = read_words("persons/countries.tsv", "country")  # what countries() alternates, as a trie
    initials = "".join(sorted({re.escape(c[0]) for c in names}))
    return re.compile(rf"(?=[{initials}])(?<![^\W_])(?:{trie_alternation(names, ignore_case=False)})[ ](?={UPPER})")  # case as written: capitals


def _sino_runs(text: str):
    for country in _country_then_name().finditer(text):
        run = _SINO_RUN.match(text, country.end())
        if run is not None:
            yield run


@lru_cache(maxsize=1)
def _countries_folded() -> frozenset[str]:
    return frozenset(fold_for_matching(c) for c in read_words("persons/countries.tsv", "country"))


@lru_cache(maxsize=1)
def _foreign_org_words() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("persons/foreign_org_words.tsv", "word"))


_SAME_TRANSLITERATION = 0.88  # similarity of two spellings of one foreign name ("Sergey"/"Sergei Lavrov")
_MIN_KEY = 8  # letters below which two foreign names are not compared: short ones differ by little


def _spelling_key(name: str) -> str:
    return re.sub(r"[\s'’-]", "", name.lower())


def _one_spelling(mentions: list[PersonMention]) -> list[PersonMention]:
    """Foreign names transliterated two ways in one article ("Thongloun" / "Thoonglun Sisoulith", "Moon
    Jae-in" / "Moon Jae In") are one person, named as the article writes it most often."""
    counts = Counter(m.name for m in mentions)
    chosen: list[str] = []
    spelled: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: -counts[n]):  # stable: the first written wins a tie
        key = _spelling_key(name)
        spelled[name] = next((c for c in chosen if len(key) >= _MIN_KEY and c[0].lower() == name[0].lower()
                              and SequenceMatcher(None, _spelling_key(c), key).ratio() >= _SAME_TRANSLITERATION), name)
        if spelled[name] == name:
            chosen.append(name)
    return [replace(m, name=spelled[m.name]) for m in mentions]


def _hyphenated_in_full(mentions: list[PersonMention]) -> list[PersonMention]:
    """A foreign name written without the second part of its hyphenated last word ("Miguel Diaz" in a caption,
    "Miguel Diaz-Canel" in the body) is the name the article writes in full, when only one such name is."""
    names = {m.name for m in mentions}
    full = {}
    for name in names:
        longer = [other for other in names if other.startswith(name + "-")]
        if len(longer) == 1:
            full[name] = longer[0]
    return [replace(m, name=full[m.name]) if m.name in full else m for m in mentions]


def _misspelt_repeats(doc: Doc, names: list[_Name], taken: SpanIndex) -> list[PersonMention]:
    """A full name written again with one extra syllable in lower case ("Nguyễn Thị Minh tâm" = "Nguyễn Thị Tâm")."""
    found = []
    text = text_of(doc)
    by_length: dict[tuple[str, int], list[_Name]] = {}  # (family name, syllables): the names a repeat may misspell
    for name in names:
        by_length.setdefault((name.syllables[0], len(name.syllables)), []).append(name)
    if not by_length:
        return found
    spans = token_spans(doc)
    for start, end in map(spans.__getitem__, capitalized_tokens(doc)):  # a repeat opens with a capital
        token_text = text[start:end]
        words = token_text.split(" ")
        if not (_MIN_SYLLABLES < len(words) <= _MAX_SYLLABLES + 1) or "\n" in token_text:
            continue
        if not (words[0][:1].isupper() and words[1][:1].isupper() and words[-1][:1].islower()):
            continue
        folded = tuple(fold_for_matching(w) for w in words)
        if folded[0] not in _surnames() or taken.overlaps(start, end):
            continue
        for name in by_length.get((folded[0], len(folded) - 1), ()):
            # The extra syllable is inside the name; a lower-case last one is its misspelt end,
            # not a verb glued to the name ("Đinh La Thăng đặt").
            if name.syllables[0] == folded[0] and any(folded[:k] + folded[k + 1:] == name.syllables
                                                      for k in range(1, len(folded) - 1)):
                found.append(PersonMention(start, end, token_text, name.display))
                break
    return found


class PersonExtractor(Extractor):
    provides = "persons"
    requires = ("organizations",)

    def find(self, doc: Doc) -> list[PersonMention]:
        return find_persons(doc)
