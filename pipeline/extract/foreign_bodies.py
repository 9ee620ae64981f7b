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
from functools import lru_cache

from unionfacts.extract.national_forms import VIETNAMESE_SYLLABLE, countries
from unionfacts.extract.own_names import own_name
from unionfacts.extract.patterns import alternation
from unionfacts.extract.titles import titles
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table
from unionfacts.types import OrgMention

_WORD = r"[A-Z][A-Za-z'&.-]*[A-Za-z]"
_JOINER = r"(?:of|and|for|&)"
_MAX_WORDS_BEFORE = 5
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")  # a capitalized Latin word after the head: a longer name's


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    rows = read_table("orgs/foreign_heads.tsv")
    heads = alternation(row["word"] for row in rows)
    opening = alternation(row["word"] for row in rows if row["of"] == "1")
    before = rf"(?:{_WORD}[ ](?:{_JOINER}[ ])?){{1,{_MAX_WORDS_BEFORE}}}"
    after = rf"[ ]of[ ](?:the[ ])?{_WORD}(?:[ ]{_WORD}){{0,3}}"
    return re.compile(rf"(?<![\w&'.-])(?:(?P<named>{before}(?:{heads}))(?:{after})?|(?P<opened>(?:{opening}){after}))(?![\w-])")


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
        while len(words) > 1 and (words[0] == "The" and match.group("named") or fold_for_matching(words[0]) in titles()):
            start += len(words.pop(0)) + 1  # "CEO [Galaxy Investment Partners]"; "The College" names none
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
_PAPER = re.compile(rf"(?<!\w)[Tt]ờ[ ](?:báo[ ]|tạp[ ]chí[ ])?(?P<name>{_PAPER_WORD}(?:[ ](?:{_PAPER_PARTICLES}[ ])?{_PAPER_WORD}){{0,5}})"
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
