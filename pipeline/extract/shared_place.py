"""Bodies listed before one place share it: "Thành ủy, HĐND, UBND thành phố Hà Nội" names three
bodies of Hà Nội, "HĐND và UBND tỉnh Nam Định" two of Nam Định, "Tỉnh ủy - HĐND - UBND tỉnh X" three.

A template's short form (the words before its place in templates.tsv: "HĐND", "Thành ủy", "Ủy ban
MTTQ") standing alone, joined by a comma or "và" to the next item of a list whose last item names
its place, is that template's body of the place (a dash joins them as well). Only template forms are read, so a list of other
words ("Đại biểu HĐND, cử tri huyện") stops at the first word that is no such form; a province's
department (a template whose parent is the province's UBND: "Sở Y tế") is left to the article's
place, as it is often listed beside a city's bodies of another level.

The other way round, one body of a template names its kind for several places listed after it:
"LĐLĐ Bình Dương, Tây Ninh và Cần Thơ" names three provincial federations, "UBND tỉnh Kon Tum và Gia
Lai" two people's committees. Only provinces the base knows are read as such places, of the province's
own kind when a kind is written, so a person's name, a district or a provincial city of the same name
("UBND tỉnh Hà Tĩnh và thành phố Hà Tĩnh") ends the list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import PROPER_NAME
from unionfacts.orgbase import (OrgBase, Province, Template, local_name, place_kind_alternation, place_kinds,
                                short_form, template_org_id)
from unionfacts.resources import read_table
from unionfacts.types import OrgMention

_LOOK_BACK = 60  # characters before a list item: one short form and its separator


@lru_cache(maxsize=1)
def _short_form_before() -> tuple[re.Pattern[str], dict[str, tuple[Template, ...]]]:
    """A short form ending just before a list separator at the end of a text, and the templates of each form."""
    from unionfacts.orgbase import load_orgbase

    departments = {row["id"] for row in read_table("orgs/templates.tsv") if "{id}" in row["parent"]}
    by_form: dict[str, list[Template]] = {}
    for template in load_orgbase().templates:
        if template.template_id in departments:
            continue  # "chỉ đạo Sở Y tế, UBND TP Yên Bái": a province's department is no peer of a city's bodies
        for form in template.forms:
            if "{name}" in form:
                short = short_form(form)
                if short and template not in by_form.setdefault(short, []):
                    by_form[short].append(template)
    alternatives = "|".join(re.escape(form) for form in sorted(by_form, key=len, reverse=True))
    pattern = re.compile(rf"(?:^|(?<=[\s(“\"\-–]))(?P<form>{alternatives})(?:(?:,\s?và|,|\svà)\s|\s?[-–]\s?)$")
    return pattern, {form: tuple(templates) for form, templates in by_form.items()}


def bodies_sharing_place(text: str, start: int, kind: str, name: str, base: OrgBase) -> list[OrgMention]:
    """The bodies listed right before the template match at ``start`` whose place is ``kind`` ``name``."""
    pattern, templates_of = _short_form_before()
    found = []
    while start > 0:
        window = max(0, start - _LOOK_BACK)
        match = pattern.search(text, window, start)
        if not match:
            break
        form = match.group("form")
        template = next((t for t in templates_of[form] if t.applies_to(kind)), None)
        if template is None:
            break
        org_id = base.lookup(f"{form} {kind} {name}")
        canonical = base.orgs[org_id].name if org_id else local_name(template, kind, name)
        found.append(OrgMention(match.start("form"), match.end("form"), form, canonical, org_id, "pattern"))
        start = match.start("form")
    return found


@lru_cache(maxsize=1)
def _next_place() -> re.Pattern[str]:
    """A list separator and the next place's name, perhaps with its kind ("[, TP Cần Thơ]", "[ và Gia Lai]")."""
    return re.compile(rf"(?:,[ ](?:và[ ])?|[ ]và[ ])(?P<place>(?:(?P<kind>{place_kind_alternation()})[ ]?)?(?P<name>{PROPER_NAME}))")


def _leading_province(name: str, base: OrgBase) -> tuple[str, Province | None]:
    """The longest run of a capitalized name's first words that names a province, and the province."""
    words = name.split(" ")
    for size in range(len(words), 0, -1):
        place = " ".join(words[:size])
        if (province := base.province(place)) is not None:
            return place, province
    return "", None


def places_after(chosen: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """The same template's bodies of the provinces listed right after a province's body."""
    found = []
    for mention in chosen:
        template = base.template_of(mention.org_id) if mention.org_id else None
        position = mention.end
        while template is not None and (match := _next_place().match(text, position)):
            place, province = _leading_province(match.group("name"), base)  # "Gia Lai [Nguyễn Văn A]": the place only
            written_kind = place_kinds().get(match.group("kind") or "")
            if province is None or written_kind is not None and written_kind != province.kind:
                break  # "UBND tỉnh Hà Tĩnh và [thành phố Hà Tĩnh]", "[huyện] X": a place of another level
            org_id = template_org_id(template, province)
            if org_id not in base.orgs:
                break
            end = match.start("name") + len(place)
            start = match.start("place")
            found.append(OrgMention(start, end, text[start:end], base.orgs[org_id].name, org_id, "pattern"))
            position = end
    return found
