"""Bodies named in sentence case up to the acronym they define ("Viện nghiên cứu chiến lược quốc tế (IISS)").

World, health and science news translate a foreign body's name word by word, mostly in lower case, and keep its
own acronym in brackets, which spells no Vietnamese initials: the head-and-capitalized-words patterns of
organizations.py stop at the head. A head of orgs/acronym_name_heads.tsv, capitalized, then up to
``_MAX_WORDS`` words of a name (no verb, no function word but those that join a name's parts) right before a
bracketed acronym the knowledge base does not know is one body, its name the words as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import stop_words
from unionfacts.orgbase import OrgBase, place_kinds
from unionfacts.resources import read_mapping, read_words
from unionfacts.types import OrgMention

_ACRONYM = re.compile(r"[ ]\((?P<acronym>[A-ZĐ][A-ZĐ&]{1,7}(?:-[A-Z]{2,3})?)\)")
_MAX_WORDS = 10  # the head's words included
_DASHES = frozenset({"-", "–"})
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“”(])\s*$")


@lru_cache(maxsize=2)
def _words_of(kind: str) -> frozenset[str]:
    """The words of orgs/acronym_name_words.tsv of one kind: "joining" ("và", "về", "của" …) or "office_ending"
    ("trưởng", "phó")."""
    return frozenset(word for word, of in read_mapping("orgs/acronym_name_words.tsv", "word", "kind").items() if of == kind)


@lru_cache(maxsize=1)
def _heads() -> dict[tuple[str, ...], bool]:
    """The heads as word tuples → whether the head is a common word too (a head only mid-sentence)."""
    return {tuple(head.split(" ")): common == "1" for head, common in read_mapping("orgs/acronym_name_heads.tsv", "head", "common").items()}


def _name_word(word: str, following: str) -> bool:
    """Whether ``word`` may stand inside a translated name: a word of letters, digits or a hyphen, not a function
    word but one joining a name's parts before a capitalized or lower-case word of the name."""
    if not word or not (word[0].isalnum()) or not all(ch.isalnum() or ch in "-&." for ch in word) or word.endswith("."):
        return False
    if word.lower() in stop_words() or word.lower() in _verbs():
        return word in _words_of("joining") and bool(following)
    return True


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(word for word in read_words("orgs/name_verbs.tsv") if " " not in word)


def _place_after(text: str, position: int, base: OrgBase) -> bool:
    """Whether a place goes on after the bracket: a kind of place ("tỉnh", "TP") or a province's name."""
    words = text[position:position + 40].split()
    if not words or not text.startswith(" ", position):
        return False
    if re.match(r"[A-ZĐ]{1,2}\.", words[0]):
        return True  # "(TTYT) H. Phú Xuyên": a kind of place written short
    first = words[0].rstrip(".,;:")
    # a short form glued to the place's name ("TP.HCM", "TPHCM"; the upper-case forms of place_kinds.tsv)
    glued = any(first.startswith(form) for form in place_kinds() if form[:2].isupper())
    return first.lower() in place_kinds() or first in place_kinds() or glued or any(
        base.province(" ".join(words[:size]).rstrip(".,;:")) is not None for size in (1, 2, 3))


def find_named_before_acronym(text: str, base: OrgBase) -> list[OrgMention]:
    """Each body named from a head up to the acronym it defines in brackets (see the module's docstring)."""
    if " (" not in text:
        return []
    heads = _heads()
    found = []
    for match in _ACRONYM.finditer(text):
        acronym = match.group("acronym")
        if base.lookup(acronym) is not None or base.province(acronym) is not None:
            continue  # a known body's acronym names it; the known name is found by itself
        if _place_after(text, match.end(), base):
            continue  # "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam": an acronym defined inside a placed name
        line_start = text.rfind("\n", 0, match.start()) + 1
        window = max(line_start, match.start() - 160)
        words = text[window:match.start()].split(" ")
        if window > line_start:
            words = words[1:]  # the window's first word may be cut
        best = None
        # walk back from the bracket over the words of a name, keeping the farthest capitalized head
        for index in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_WORDS), -1):
            following = words[index + 1] if index + 1 < len(words) else ""
            if words[index] in _DASHES and index > 0 and words[index - 1][:1].isupper() and following[:1].isupper():
                continue  # "Mạng lưới Đổi mới Sáng tạo Việt [-] Úc (NIC-AU)": a dash between two capitalized words
            if not _name_word(words[index], following) or (
                    words[index] in _words_of("office_ending") and index > 0 and words[index - 1][:1].isupper()):
                break  # "Văn phòng Viện [trưởng] Viện Công tố Nga (RPGO)": an office, the body is after it (not "ứng phó")
            for head, common in heads.items():
                size = len(head)
                if tuple(words[index:index + size]) != head or index + size >= len(words):
                    continue
                start = match.start() - len(" ".join(words[index:]))
                if common and _SENTENCE_END.search(text, max(0, start - 3), start):
                    continue  # "Tổ chức hội thảo …" opening a sentence: the verb
                best = start
        if best is None:
            continue
        surface = text[best:match.start()]
        if surface.rsplit(" ", 1)[-1] in place_kinds():
            continue  # "Trung tâm kiểm soát bệnh tật tỉnh (CDC)": the article's own place, read by the relative forms
        if base.lookup(surface) is not None:
            continue  # a known body, found by itself
        found.append(OrgMention(best, match.start(), surface, surface, None, "pattern"))
    return found
