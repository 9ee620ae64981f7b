"""Steering committees named by their purpose and level: standing bodies, not an event's committee.

"Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh X", "Ban Chỉ đạo Trung ương về Phòng,
chống thiên tai", "Ban Chỉ đạo 389 tỉnh Y", "Ban chỉ đạo phòng chống dịch của tỉnh" (the article's
province, which the resolver names; not "… của huyện" without its name). A name is the head, an
optional number, the purpose and the level that closes it (models/orgs/steering_words.tsv); without a
level, a place or a number "Ban Chỉ đạo" stays a committee of an event or a campaign (committees.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unionfacts.extract.patterns import alternation, first_characters
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase, place_kinds
from unionfacts.resources import read_mapping, read_words
from unionfacts.types import OrgMention

_MAX_TOKENS = 24  # tokens read after a head
_MAX_SYLLABLES = 3  # syllables of one purpose, level or kind of place
_TOKEN = re.compile(r"[ ]*([,\-–]|[^\s,;:()“”\"?!]+)")
_NUMBER = re.compile(r"\d{2,4}")
_PROVINCE_KINDS = frozenset({"tỉnh", "thành phố"})
_DISTRICT_SYLLABLES = 2  # a district's or a commune's name read after its kind


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, frozenset[str]]:
    """Role → words (heads as written, the others folded); field words count as purposes."""
    roles: dict[str, set[str]] = {}
    for word, role in read_mapping("orgs/steering_words.tsv", "word", "role").items():
        roles.setdefault(role, set()).add(word if role == "head" else fold_for_matching(word))
    roles["purpose"] |= {fold_for_matching(word) for word in read_words("orgs/field_words.tsv")}
    roles["kind"] = {fold_for_matching(form) for form in place_kinds()}
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    heads = _vocabulary()["head"]
    return re.compile(rf"{first_characters(heads)}(?<![\w&])(?:{alternation(heads)})(?![\w&])")


@lru_cache(maxsize=1)
def _stoppers() -> frozenset[str]:
    """Capitalized words that open something else: a sentence, a programme or a document."""
    return read_words("orgs/sentence_openers.tsv") | read_words("orgs/named_things.tsv")


def _tokens(text: str, position: int) -> list[_Token]:
    """The words (and commas, dashes) after ``position`` up to the end of the clause or line."""
    tokens: list[_Token] = []
    while len(tokens) < _MAX_TOKENS:
        match = _TOKEN.match(text, position)
        if match is None or "\n" in text[position:match.start(1)]:
            break
        word, start = match.group(1), match.start(1)
        closes = word.endswith(".") and (match.end() == len(text) or text[match.end()].isspace())
        if closes and len(word) > 1:
            word = word[:-1]  # "… tỉnh Nghệ An." the full stop ends the sentence
        tokens.append(_Token(start, start + len(word), word))
        if closes:
            break
        position = match.end()
    return tokens


def _span(tokens: list[_Token], at: int, role: str) -> int:
    """How many tokens from ``at`` make one word of ``role`` (0: none), the longest first."""
    words = _vocabulary()[role]
    for size in range(min(_MAX_SYLLABLES, len(tokens) - at), 0, -1):
        if fold_for_matching(" ".join(token.text for token in tokens[at:at + size])) in words:
            return size
    return 0


def _abbreviated_purpose(tokens: list[_Token], at: int, base: OrgBase) -> int:
    """1 when the token at ``at`` is an abbreviation of purpose words ("BHXH": bảo hiểm xã hội), else 0."""
    if at >= len(tokens) or not tokens[at].text.isupper():
        return 0
    expansion = base.abbreviations.get(tokens[at].text)
    words = expansion.lower().split() if expansion else []
    spans = [_Token(0, 0, word) for word in words]
    at_word = 0
    while at_word < len(spans) and (size := _span(spans, at_word, "purpose")):
        at_word += size
    return 1 if words and at_word == len(spans) else 0


def _written_out_purposes(words: str, base: OrgBase) -> str:
    """The words of a name with each abbreviated purpose written out in lower case ("BHXH" → "bảo hiểm xã hội")."""
    tokens = [_Token(0, 0, word.strip(",")) for word in words.split(" ")]
    for at, token in enumerate(tokens):
        if _abbreviated_purpose(tokens, at, base):
            words = re.sub(rf"(?<![\w&]){re.escape(token.text)}(?![\w&])", base.abbreviations[token.text].lower(), words)
    return words


def _capitalized(token: _Token) -> bool:
    return token.text[:1].isupper() and token.text not in _stoppers()


def _place_end(tokens: list[_Token], at: int, kind: str, base: OrgBase) -> int:
    """The index after a place's name written from ``at`` (``at`` itself: no name there)."""
    if at < len(tokens) and tokens[at].text.isdigit():
        return at + 1  # "quận 1"
    if kind in _PROVINCE_KINDS:
        for size in range(min(4, len(tokens) - at), 0, -1):
            if all(t.text[:1].isupper() for t in tokens[at:at + size]) \
                    and base.province(" ".join(t.text for t in tokens[at:at + size])) is not None:
                return at + size
        return at
    end = at
    while end < len(tokens) and end - at < _DISTRICT_SYLLABLES and tokens[end].text[:1].isupper():
        end += 1
    return end


def _committee(text: str, tokens: list[_Token], base: OrgBase) -> tuple[int, str] | None:
    """Where the committee's name after its head ends, and the words that end it (the name without "của");
    None when no level, place or number closes it."""
    confirmed: int | None = None  # the index after the last token a number, a level or a place confirms
    leveled = False  # after a level, the name goes on only with "về" and a purpose ("Ban Chỉ đạo Trung ương
    about = False  # [về Phòng, chống thiên tai]", "… Nhà nước về [Du lịch]"), not "Ban Chỉ đạo Quốc gia [điện] …"
    of_place: int | None = None  # the index of a "của" before a kind of place, left out of the name
    index = 0
    if tokens and _NUMBER.fullmatch(tokens[0].text):
        confirmed = index = 1  # "Ban Chỉ đạo 389"
    while index < len(tokens):
        token = tokens[index]
        folded = fold_for_matching(token.text)
        level, kind = _span(tokens, index, "level"), _span(tokens, index, "kind")
        purpose = _span(tokens, index, "purpose") or _abbreviated_purpose(tokens, index, base)
        if kind and kind >= purpose:
            kind_text = place_kinds().get(" ".join(t.text for t in tokens[index:index + kind]), folded)
            end = _place_end(tokens, index + kind, kind_text, base)
            if end > index + kind or kind_text in _PROVINCE_KINDS:
                confirmed = end  # a province's kind alone is the article's province's ("của tỉnh"), which
            break  # the resolver names; a district's alone may be any district's ("… của huyện")
        if level and level >= purpose:
            index += level
            confirmed, leveled = index, True
            continue
        if folded == "của" and _span(tokens, index + 1, "kind"):
            of_place = index
            index += 1
            continue
        if purpose and (not leveled or about):
            index += purpose
            confirmed = index if leveled else confirmed
            continue
        if folded in _vocabulary()["joiner"]:
            if token.text == "," and not (_span(tokens, index + 1, "purpose") or _abbreviated_purpose(tokens, index + 1, base)):
                break  # "Ban Chỉ đạo Quốc gia[,] Bộ Y tế": a list of bodies, not "phòng, chống"
            about = about or leveled and folded == "về"
            index += 1
            continue
        if _capitalized(token) and (not leveled or about):
            index += 1
            confirmed = index if leveled else confirmed
            continue
        break
    if not confirmed:
        return None
    while confirmed > 0 and fold_for_matching(tokens[confirmed - 1].text) in _vocabulary()["joiner"]:
        confirmed -= 1
    if of_place is not None and of_place < confirmed:
        before = text[tokens[0].start:tokens[of_place].start] if of_place else ""
        after = text[tokens[of_place + 1].start:tokens[confirmed - 1].end]
        return tokens[confirmed - 1].end, f"{before}{after}"
    return tokens[confirmed - 1].end, text[tokens[0].start:tokens[confirmed - 1].end]


@lru_cache(maxsize=1)
def _after_office_pattern() -> re.Pattern[str]:
    """A head written in lower case right after its head's office, which ends with the head's first word
    ("Trưởng [ban chỉ đạo] phòng chống dịch tỉnh X", "Phó trưởng [ban chỉ huy] …")."""
    heads = {head[0].lower() + head[1:] for head in _vocabulary()["head"] if " " in head and head[0].isupper()}
    return re.compile(rf"(?<=[Tt]rưởng[ ])(?:{alternation(heads)})(?![\w&])")


def find_steering_committees(text: str, base: OrgBase) -> list[OrgMention]:
    found = []
    heads = list(_head_pattern().finditer(text))
    if "rưởng ban" in text:
        heads += _after_office_pattern().finditer(text)
    for head in heads:
        tokens = _tokens(text, head.end())
        named = _committee(text, tokens, base) if tokens else None
        if named is None:
            continue
        end, words = named
        words = _written_out_purposes(words, base)
        written = head.group()
        name = " ".join(f"{written[0].upper()}{written[1:]} {words}".split())
        found.append(OrgMention(head.start(), end, text[head.start():end], name, base.lookup(name), "pattern"))
    return found


@lru_cache(maxsize=1)
def _pointer_pattern() -> re.Pattern[str]:
    """A committee's head written bare right after its head's office ("Trưởng Ban chỉ đạo", "Phó Trưởng BCĐ")."""
    # scanned over every article: a lookahead for the first letters skips every other position
    return re.compile(rf"(?=[PpTt])(?<!\w)(?:[Pp]hó[ ])?[Tt]rưởng[ ](?P<head>{alternation(_vocabulary()['head'])})(?![\w&])")


def steering_pointers(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """"Trưởng Ban chỉ đạo" with no name of its own: the steering committee the article named last before it."""
    heads = tuple(fold_for_matching(head) + " " for head in _vocabulary()["head"])
    committees = sorted((m for m in mentions if fold_for_matching(m.name).startswith(heads)), key=lambda m: m.end)
    found = []
    for match in _pointer_pattern().finditer(text) if committees else ():
        start, end = match.span("head")
        if any(m.start < end and start < m.end for m in mentions):
            continue  # the committee's own name is written here
        target = next((m for m in reversed(committees) if m.end <= start), None)
        if target is not None:
            found.append(OrgMention(start, end, match.group("head"), target.name, target.org_id, "pointer"))
    return found


__all__ = ["find_steering_committees", "steering_pointers"]
