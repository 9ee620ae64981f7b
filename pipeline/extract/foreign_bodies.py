"""Foreign organizations written in Latin letters with no Vietnamese head: "Preston University", "Hudson
Institute", "Toyota Kirloskar Motor", "Bank of America".

World and business news copies such names as they are. A run of capitalized words in Latin letters that ends
with a word of an institution or a company (orgs/foreign_heads.tsv), or that opens with one before "of" and a
capitalized name ("University of Oxford"), names a body; the run may hold "of", "and", "&" and "for" between its
words. A head alone ("University", "The College") or a head after one word that is a country's ("America Bank")
is no name, nor is a run a capitalized Latin word goes on after ("Tokyo Motor Show"); an office before the name is
no word of it ("CEO Galaxy Investment Partners").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from unionfacts.extract.national_forms import VIETNAMESE_SYLLABLE, countries
from unionfacts.extract.own_names import own_name
from unionfacts.extract.patterns import alternation
from unionfacts.extract.titles import titles
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table, read_words
from unionfacts.types import OrgMention

_WORD = r"[A-Z][A-Za-z'&.-]*[A-Za-z]"
_JOINER = r"(?:of|and|for|&)"
_MAX_WORDS_BEFORE = 5
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")  # a capitalized Latin word after the head: a longer name's


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Vietnamese words that open a sentence ("Theo", "Trong"), ASCII-spelt but no word of a foreign name."""
    return frozenset(read_words("orgs/sentence_openers.tsv"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    rows = read_table("orgs/foreign_heads.tsv")
    heads = alternation(row["word"] for row in rows)
    opening = alternation(row["word"] for row in rows if row["of"] == "1")
    before = rf"(?:{_WORD}[ ](?:{_JOINER}[ ])?){{1,{_MAX_WORDS_BEFORE}}}"
    after = rf"[ ]of[ ](?:the[ ])?{_WORD}(?:[ ]{_WORD}){{0,3}}"
    # Scanned over every article: a name opens with a capital or an opening head, and a lookahead for those lets
    # the engine skip every other position before trying the look behind.
    firsts = "".join(sorted({re.escape(row["word"][0]) for row in rows if row["of"] == "1" and row["word"]}))
    return re.compile(rf"(?=[A-Z{firsts}])(?<![\w&'.-])(?:(?P<named>{before}(?:{heads}))(?:{after})?"
                      rf"|(?P<opened>(?:{opening}){after}))(?![\w-])")


def find_foreign_bodies(text: str, companies: list[OrgMention]) -> list[OrgMention]:
    """Foreign bodies named in Latin letters by a head word of their own; not the own name of a company the
    text names by a Vietnamese head too ("Cty TNHH Yamaha Motor Việt Nam" … "xe máy Yamaha Motor Việt Nam"),
    which is that company's (own_names.py)."""
    found = []
    names, _ = countries()
    owned = [own for mention in companies if (own := own_name(mention.name))]
    for match in _pattern().finditer(text):
        start, written = match.start(), match.group()
        words = written.split(" ")
        while len(words) > 1 and (words[0] == "The" and match.group("named") or fold_for_matching(words[0]) in titles()
                                  or words[0] in _sentence_openers()):
            start += len(words.pop(0)) + 1  # "CEO [Galaxy Investment Partners]"; "The College" names none; "Theo [GM]"
        written = text[start:match.end()]
        if not all(word.isascii() for word in words) or _NAME_GOES_ON.match(text, match.end()):
            continue  # a Vietnamese word before the head ("Đại học Y Hà Nội College"); "Tokyo Motor [Show]"
        if match.group("named") and (len(words) < 2 or len(words) == 2 and fold_for_matching(words[0]) in names):
            continue  # "America Bank": a country and a head
        if any(own.startswith(written) for own in owned):
            continue
        found.append(OrgMention(start, match.end(), written, written, None, "pattern"))
    return found


# The classifier of a newspaper or a magazine ("tờ", "tờ báo", "tờ tạp chí"), then a title in Latin letters: the
# particles of English and other European titles may stand between its capitalized words ("Gazzetta dello Sport",
# "Journal of Agricultural and Food Chemistry"); a title may hold a typographic apostrophe ("People’s Daily").
_PAPER_WORD = r"[A-Z][A-Za-z'’&.-]*[A-Za-z]"
_PAPER_PARTICLES = r"(?:of|the|and|&|de|del|della|dello|di|du|des|la|le)"
# _PAPER and _HOLDERS are scanned over every article: a lookahead for their first letter lets the engine
# skip every other position before trying the look behind.
_PAPER = re.compile(rf"(?=[Tt])(?<!\w)[Tt]ờ[ ](?:báo[ ]|tạp[ ]chí[ ])?(?P<name>{_PAPER_WORD}(?:[ ](?:{_PAPER_PARTICLES}[ ])?{_PAPER_WORD}){{0,5}})"
                    rf"(?![\w&-])")


def find_papers_by_classifier(text: str) -> list[OrgMention]:
    """A paper named in Latin letters after its classifier ("tờ The Hill", "tờ báo Marca"): a newspaper cited in
    the body is a body (NOTES.md 29), whether or not the knowledge base lists it. A title of Vietnamese syllables
    only is left to the base and the heads ("tờ Tuổi Trẻ"), as it may be a document's ("tờ Quyết định"); a
    country written in Vietnamese after the title says where the paper is, and is no word of it ("tờ Jane's Defence
    Weekly [Anh]")."""
    found = []
    names, _ = countries()
    for match in _PAPER.finditer(text):
        words = match.group("name").rstrip(".").split(" ")
        while len(words) > 1 and fold_for_matching(words[-1]) in names and VIETNAMESE_SYLLABLE.fullmatch(words[-1].lower()):
            words.pop()  # a country in Vietnamese ("Anh", "Mỹ"); not the foreign word of the title ("Sky Italia")
        if not all(word.isascii() or "’" in word for word in words) \
                or all(VIETNAMESE_SYLLABLE.fullmatch(word.lower()) for word in words if word[:1].isupper()):
            continue
        name = " ".join(words)
        found.append(OrgMention(match.start("name"), match.start("name") + len(name), name, name, None, "pattern"))
    return found


# A name in Latin letters joined to a company's name or listed as the body that holds an event: "… phối hợp cùng
# [Saint-Gobain Việt Nam] tổ chức", "do [CMC TS] cùng [HPE], [Siemens] và [Aruba] tổ chức".
_LATIN_WORD = r"[A-Z][A-Za-z0-9&'’-]*[A-Za-z0-9]"
_LATIN_RUN = rf"{_LATIN_WORD}(?:[ ]{_LATIN_WORD}){{0,3}}(?:[ ]Việt[ ]Nam)?"
_JOINED = r"(?:,[ ]|[ ]và[ ]|[ ]cùng(?:[ ]với)?[ ]|[ ]phối[ ]hợp(?:[ ]với|[ ]cùng)?[ ])"
_COORDINATED = re.compile(rf"{_JOINED}(?P<name>{_LATIN_RUN})(?![\w&'’-])")
_HOLDERS = re.compile(rf"(?=d)(?<!\w)do[ ](?P<name>{_LATIN_RUN})(?=(?:{_JOINED}{_LATIN_RUN})*[ ](?:phối[ ]hợp[ ]|cùng[ ]|đồng[ ])?"
                      rf"(?:tổ[ ]chức|tài[ ]trợ)(?!\w))")
_HOME = " Việt Nam"
_LIST_GOES_ON = re.compile(r"[,.;:)]|[ ](?:và|cùng)[ ]|$")  # after an item a comma joined: the list's next item or its end
_MIN_ACRONYM = 3  # letters of an acronym alone that may name a body beside another


@lru_cache(maxsize=1)
def _person_after() -> re.Pattern[str]:
    """A foreign name's lower-case particle and a capitalized word after it (persons/name_particles.tsv), or a verb
    of saying or feeling only persons are the subject of (persons/person_verbs.tsv)."""
    particles = alternation(p for p in read_words("persons/name_particles.tsv", "particle") if not p.endswith("-"))
    verbs = alternation(read_words("persons/person_verbs.tsv", "verb"))
    return re.compile(rf"[ ](?:(?:{particles})[ ][A-Z]|(?:{verbs})(?!\w))")


def _named_as_person(text: str, word: str, cues: frozenset[str]) -> bool:
    """Whether the article writes ``word`` after a form of address or an office ("ông Trump", "Tổng thống Trump";
    ``cues``, folded), as the last word of a capitalized name in Latin letters ("Bill Gates"): a family name,
    before a name's particle ("Kevin [de] Bruyne"): a given name, or before a verb only persons say ("Fernandinho
    [nói]")."""
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = text[max(0, match.start() - 40):match.start()].split()
        if before and re.fullmatch(_LATIN_WORD, before[-1]) and not before[-1].isupper():
            return True
        if _person_after().match(text, match.end()):
            return True
        if any(fold_for_matching(" ".join(before[-size:])) in cues or fold_for_matching(" ".join(before[-size:]))
               in titles() for size in (1, 2, 3) if len(before) >= size):
            return True
    return False


def _latin_body_name(name: str, text: str, others: frozenset[str]) -> bool:
    """Whether a run of Latin words listed beside a body names a body too: an acronym or a word no Vietnamese
    syllable makes; its first word none of ``others`` (folded: generic words, forms of address and degrees,
    abbreviations, kinds of place and provinces: "GS", "TP", "KCN", "TPHCM") nor an office ("CEO Tim Cook"), not a
    country; two
    or more plain capitalized words only with the home country after them ("Honeywell Việt Nam"), as they are as
    often a person's name; a word the article writes as a person's is none ("và Trump", "Bill Gates")."""
    words = name.removesuffix(_HOME).split(" ")
    folded = fold_for_matching(name)
    if not all(word.isascii() for word in words) or folded in countries()[0] \
            or fold_for_matching(words[0]) in others or fold_for_matching(words[0]) in titles():
        return False
    if all(VIETNAMESE_SYLLABLE.fullmatch(word.lower()) and not word.isupper() for word in words) \
            or len(words) == 1 and words[0].isupper() and len(words[0]) < _MIN_ACRONYM:
        return False  # "SV", "GV": the short forms of common nouns as often as a body's
    plain = all(word.isalpha() and not word.isupper() for word in words)
    if plain and len(words) > 1 and not name.endswith(_HOME):
        return False
    return not (plain and len(words) == 1 and _named_as_person(text, name, others))


def find_coordinated_bodies(text: str, bodies: list[OrgMention], joins_to: Callable[[OrgMention], bool],
                            others: frozenset[str]) -> list[OrgMention]:
    """Bodies named in Latin letters beside others: listed after a body ``joins_to`` accepts (a company's) with
    ",", "và", "cùng" or "phối hợp với" ("Tập đoàn X và [Honeywell Việt Nam]", "Báo Y phối hợp cùng [Saint-Gobain
    Việt Nam] tổ chức"), or as the holders of an event after "do" ("do [CMC TS] cùng [HPE], [Siemens] và [Aruba]
    tổ chức"). A name already found is passed over and the list goes on after it; one that names no body ends it;
    a name written inside a body's name is that body's own (own_names.py), no other."""
    taken = {(mention.start, mention.end) for mention in bodies}
    starts = {mention.start: mention for mention in bodies}
    named = " ".join(fold_for_matching(mention.name) for mention in bodies)  # "Prudential" of "Tập đoàn Prudential"
    found: list[OrgMention] = []

    def listed_after(end: int) -> None:
        while (match := _COORDINATED.match(text, end)) is not None:
            known = starts.get(match.start("name"))
            if known is not None:
                end = known.end
                continue
            if not _latin_body_name(match.group("name"), text, others) \
                    or match.group().startswith(",") and not _LIST_GOES_ON.match(text, match.end("name")):
                return  # "Phòng Thương mại X, [CPTPP] mang lại …": after a comma, the subject of a new clause
            found.append(OrgMention(match.start("name"), match.end("name"), match.group("name"), match.group("name"),
                                    None, "pattern"))
            end = match.end("name")

    for mention in bodies:
        if joins_to(mention):
            listed_after(mention.end)
    for match in _HOLDERS.finditer(text):
        if match.start("name") in starts or not _latin_body_name(match.group("name"), text, others):
            continue
        found.append(OrgMention(match.start("name"), match.end("name"), match.group("name"), match.group("name"), None,
                                "pattern"))
        listed_after(match.end("name"))
    unique = {}
    for mention in found:
        if (mention.start, mention.end) not in taken \
                and not re.search(rf"(?<!\w){re.escape(fold_for_matching(mention.name))}(?!\w)", named):
            unique.setdefault((mention.start, mention.end), mention)
    return list(unique.values())


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w&'.-])([A-Z][a-z]+)[ ]$")  # "[Michael ]Bloomberg", "[Henry ]Ford"


def without_family_names(mentions: list[OrgMention], text: str, known: Callable[[str], bool]) -> list[OrgMention]:
    """``mentions`` without a one-word name the knowledge base knows written right after a capitalized word in Latin
    letters that is no Vietnamese word, office, or body's form: the family name of a person ("Michael Bloomberg",
    "ông Henry Ford"), no mention of the agency or the maker."""
    kept = []
    for mention in mentions:
        if mention.how == "kb" and " " not in mention.text and mention.text[:1].isupper():
            before = _GIVEN_NAME_BEFORE.search(text, max(0, mention.start - 24), mention.start)
            if before and not VIETNAMESE_SYLLABLE.fullmatch(before.group(1).lower()) \
                    and fold_for_matching(before.group(1)) not in titles() and not known(before.group(1)):
                continue
        kept.append(mention)
    return kept
