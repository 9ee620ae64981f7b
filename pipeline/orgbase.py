"""The organization knowledge base (models/orgs/), loaded once: names, aliases, provinces, templates.

Provincial bodies are not listed 63 times by hand: ``templates.tsv`` says how a body's
names are built from a province ("LĐLĐ {name}" → "Liên đoàn Lao động {kind} {name}"),
and every template is expanded here against ``provinces.tsv`` and its written variants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_mapping, read_table, read_words


# A dash between two words of a name, however it is written: "Lao động - Thương binh",
# "Lao động-Thương binh", "Lao động – Thương binh" are one name.
_DASH_BETWEEN_WORDS = re.compile(r"(?<=\w)[ ]?[-–—][ ]?(?=\w)")
_DASH_FORMS = (" - ", "-", " – ", "–")
_DASH_IN_ACRONYM = re.compile(r"(?<=[A-ZĐ])-(?=[A-ZĐ])")  # between the letter groups of an acronym
_AMPERSAND_IN_ACRONYM = re.compile(r"(?<=[A-ZĐ])&(?=[A-ZĐ])")


def dash_variants(surface: str) -> tuple[str, ...]:
    """``surface`` with every dash between words written each common way (itself first)."""
    if not _DASH_BETWEEN_WORDS.search(surface):
        return (surface,)
    return tuple(dict.fromkeys((surface, *(_DASH_BETWEEN_WORDS.sub(dash, surface) for dash in _DASH_FORMS))))


@dataclass(frozen=True)
class KnownOrg:
    org_id: str
    name: str
    level: str
    parent: str | None = None


@dataclass(frozen=True)
class Province:
    province_id: str
    name: str
    kind: str  # "tỉnh" | "thành phố"
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    template_id: str
    canonical: str
    forms: tuple[str, ...]
    kinds: tuple[str, ...] = ()  # the kinds of place it applies to; empty = every kind
    parent: str = ""  # the body it is part of; {id} stands for the province's id ("ubnd-{id}")

    def applies_to(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds


@dataclass
class OrgBase:
    orgs: dict[str, KnownOrg] = field(default_factory=dict)
    # Exact written form → org id. Single words (acronyms) match case-sensitively,
    # longer forms after folding case ("Liên đoàn lao động tỉnh Thái Bình").
    exact: dict[str, str] = field(default_factory=dict)
    folded: dict[str, str] = field(default_factory=dict)
    provinces: tuple[Province, ...] = ()
    templates: tuple[Template, ...] = ()
    abbreviations: dict[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    _provinces_by_name: dict[str, Province] | None = field(default=None, repr=False)
    _acronyms_by_length: dict[int, tuple[tuple[str, str], ...]] | None = field(default=None, repr=False)
    _provinces_by_template_id: dict[str, Province] | None = field(default=None, repr=False)

    def add_surface(self, surface: str, org_id: str) -> None:
        surface = " ".join(surface.split())
        if not surface:
            return
        if " " in surface:
            for variant in dash_variants(surface):
                self.folded.setdefault(fold_for_matching(variant), org_id)
                if " và " in variant:  # "Bộ Nông nghiệp & Phát triển nông thôn": "&" written for "và"
                    self.folded.setdefault(fold_for_matching(variant.replace(" và ", " & ")), org_id)
                    if variant.count(" và ") == 1 and " - " not in variant:
                        # "Bộ Khoa học - Công nghệ", "Sở Tài nguyên - Môi trường": the two fields joined by a dash
                        self.folded.setdefault(fold_for_matching(variant.replace(" và ", " - ")), org_id)
                if _DASH_IN_ACRONYM.search(variant):  # "Bộ VH,TT&DL" as "Bộ VH-TT&DL"
                    self.folded.setdefault(fold_for_matching(_DASH_IN_ACRONYM.sub(",", variant)), org_id)
                if _AMPERSAND_IN_ACRONYM.search(variant):  # "Bộ LĐ - TB & XH", as a tokenized text writes it
                    self.folded.setdefault(fold_for_matching(_AMPERSAND_IN_ACRONYM.sub(" & ", variant)), org_id)
        else:
            self.exact.setdefault(surface, org_id)

    def lookup(self, surface: str) -> str | None:
        """The org id a written form names, if the base knows it."""
        surface = " ".join(surface.split())
        return self.exact.get(surface) or self.folded.get(fold_for_matching(surface))

    def province(self, name: str) -> Province | None:
        if self._provinces_by_name is None:  # built on first use: provinces are set after construction
            by_name: dict[str, Province] = {}
            for province in self.provinces:
                by_name.setdefault(fold_for_matching(province.name), province)
            for province in self.provinces:
                for variant in province.variants:
                    by_name.setdefault(fold_for_matching(variant), province)
            self._provinces_by_name = by_name
        return self._provinces_by_name.get(fold_for_matching(name))

    def province_of_template_id(self, org_id: str) -> Province | None:
        """The province a template's id names ("ldld-quang-ninh" → Quảng Ninh), else None."""
        if self._provinces_by_template_id is None:  # built on first use, as province()
            self._provinces_by_template_id = {f"{template.template_id}-{province.province_id}": province
                                              for template in self.templates for province in self.provinces}
        return self._provinces_by_template_id.get(org_id)

    def template_of(self, org_id: str) -> Template | None:
        """The template a province's body was built from ("ldld-quang-ninh" → ldld), else None."""
        province = self.province_of_template_id(org_id)
        if province is None:
            return None
        template_id = org_id[:-len(province.province_id) - 1]
        return next((t for t in self.templates if t.template_id == template_id), None)

    def acronyms_of_length(self, length: int) -> tuple[tuple[str, str], ...]:
        """The known all-capital forms of one length, (form, org id): what a typo is compared with."""
        if self._acronyms_by_length is None:
            grouped: dict[int, list[tuple[str, str]]] = {}
            for form, org_id in self.exact.items():
                if form.isupper():
                    grouped.setdefault(len(form), []).append((form, org_id))
            self._acronyms_by_length = {size: tuple(forms) for size, forms in grouped.items()}
        return self._acronyms_by_length.get(length, ())


@lru_cache(maxsize=1)
def place_kinds() -> dict[str, str]:
    """Written form of a kind of place ("TP", "Tỉnh") → the kind it stands for ("thành phố", "tỉnh")."""
    return dict(read_mapping("orgs/place_kinds.tsv", "form", "kind"))


def place_kind_alternation() -> str:
    """A regex alternation of every written kind of place, longest first."""
    return "|".join(re.escape(form) for form in sorted(place_kinds(), key=len, reverse=True))


@lru_cache(maxsize=1)
def relative_templates() -> dict[str, tuple[str, str]]:
    """Relative forms (relative.tsv, folded) → (template id, kind of place): "tỉnh ủy" → (tinh-uy, tỉnh)."""
    return {fold_for_matching(row["form"]): (row["template"], row["kind"]) for row in read_table("orgs/relative.tsv")}


def provincial_province(org_id: str | None) -> Province | None:
    """The province of a body built from a template ("ldld-bac-ninh" → Bắc Ninh), else None."""
    if not org_id:
        return None
    base = load_orgbase()
    for template in base.templates:
        if org_id.startswith(template.template_id + "-"):
            province_id = org_id[len(template.template_id) + 1:]
            return next((p for p in base.provinces if p.province_id == province_id), None)
    return None


@lru_cache(maxsize=1)
def _local_canonicals() -> dict[str, str]:
    try:
        return dict(read_mapping("orgs/local_canonicals.tsv", "template", "canonical"))
    except FileNotFoundError:
        return {}


def local_name(template: Template, kind: str, name: str) -> str:
    """The full name of a template's body for a place that is not a province ("Thành ủy Hạ Long")."""
    return fill(_local_canonicals().get(template.template_id, template.canonical), kind, name)


def short_form(form: str) -> str:
    """The words of a template's form before its first placeholder ("LĐLĐ {kind} {name}" → "LĐLĐ"): what
    every body written in that form opens with, and its name written alone in a list ("HĐND, UBND tỉnh X")."""
    return form.split("{")[0].strip()


def fill(template: str, kind: str, name: str) -> str:
    """Expand a template's placeholders: {kind} (tỉnh), {KIND} (Tỉnh), {name}."""
    return " ".join(template.replace("{kind}", kind).replace("{KIND}", kind[:1].upper() + kind[1:])
                    .replace("{name}", name).split())


def template_org_id(template: Template, province: Province) -> str:
    return f"{template.template_id}-{province.province_id}"


def _optional_table(path: str) -> tuple[dict[str, str], ...]:
    try:
        return read_table(path)
    except FileNotFoundError:
        return ()


@lru_cache(maxsize=1)
def load_orgbase() -> OrgBase:
    base = OrgBase()
    for row in _optional_table("orgs/organizations.tsv"):
        base.orgs[row["id"]] = KnownOrg(row["id"], row["name"], row["level"], row["parent"] or None)
        base.add_surface(row["name"], row["id"])
    for row in _optional_table("orgs/aliases.tsv"):
        if row["org_id"] in base.orgs:
            base.add_surface(row["alias"], row["org_id"])
    base.provinces = tuple(
        Province(row["id"], row["name"], row["kind"], tuple(v for v in row["variants"].split("|") if v))
        for row in _optional_table("orgs/provinces.tsv")
    )
    base.templates = tuple(
        Template(row["id"], row["canonical"], tuple(f for f in row["forms"].split("|") if f),
                 tuple(k for k in row.get("kinds", "").split("|") if k), row.get("parent", ""))
        for row in _optional_table("orgs/templates.tsv")
    )
    for template in base.templates:
        for province in base.provinces:
            if not template.applies_to(province.kind):
                continue
            org_id = template_org_id(template, province)
            canonical = fill(template.canonical, province.kind, province.name)
            if org_id not in base.orgs:
                parent = template.parent.replace("{id}", province.province_id) or None
                base.orgs[org_id] = KnownOrg(org_id, canonical, "provincial", parent)
            base.add_surface(canonical, org_id)
            for name in (province.name, *province.variants):
                for form in template.forms:
                    base.add_surface(fill(form, province.kind, name), org_id)
    base.abbreviations = dict(read_mapping("orgs/abbreviations.tsv", "abbreviation", "expansion"))
    try:
        base.generic = frozenset(fold_for_matching(w) for w in read_words("orgs/generic.tsv"))
    except FileNotFoundError:
        base.generic = frozenset()
    return base


_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def credit_words() -> frozenset[str]:
    """Words that open a credit or source line ("Ảnh: …", "Nguồn: …"): no name runs into them."""
    return frozenset(read_words("orgs/name_stoppers.tsv"))


@lru_cache(maxsize=1)
def _name_stoppers() -> tuple[frozenset[str], frozenset[str], int]:
    """What ends a place name read off the text: surnames, whole titles (folded) or credits,
    and the longest title in words."""
    surnames = read_words("persons/surnames.tsv", "surname")
    titles = {fold_for_matching(row["title"]) for row in read_table("persons/titles.tsv")}
    titles |= {fold_for_matching(word) for word in credit_words()}
    return surnames, frozenset(titles), max(len(title.split()) for title in titles)


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Capitalized words that open a sentence and never stand inside a name (orgs/sentence_openers.tsv)."""
    return read_words("orgs/sentence_openers.tsv")


@lru_cache(maxsize=1)
def _middle_names() -> frozenset[str]:
    """Middle names after which the word before is a family name (persons/middle_names.tsv), folded."""
    return frozenset(fold_for_matching(name) for name in read_words("persons/middle_names.tsv", "middle"))


@lru_cache(maxsize=1)
def _eponyms() -> frozenset[str]:
    """Historical figures whose names places carry (persons/eponyms.tsv), folded."""
    return frozenset(fold_for_matching(name) for name in read_words("persons/eponyms.tsv", "name"))


def _eponym_at(words: list[str], index: int) -> int:
    """How many words from ``index`` spell a historical figure's name (0 if none): the place is named
    after the figure, no officer's name follows it."""
    return next((size for size in (4, 3, 2)
                 if index + size <= len(words) and fold_for_matching(" ".join(words[index:index + size])) in _eponyms()), 0)


def trim_name(name: str, base: OrgBase, following: str = "") -> str:
    """A place name read off the text, without the person or title that follows it.

    "HCM Trần Kim Yến" → "HCM", "Can Lộc" and "Hà Nội" stay, "Trần Kim Yến" → "" (a
    person, no place). A known province wins whole. A surname starts a person's name
    only with two more words after it, or one after a place of two words: two-word places
    often begin with one ("Hà Đông");
    a title only when all its words follow, in the name or in ``following``, the text after
    it ("LĐLĐ TP [Phó Chủ] tịch"; "Củ Chi" is no "Chi ủy viên").
    """
    words = name.split(" ")
    for size in range(len(words), 0, -1):
        if base.province(" ".join(words[:size])):
            return " ".join(words[:size])
    surnames, titles, longest = _name_stoppers()
    eponym_end = 0
    for index, word in enumerate(words):
        if index < eponym_end:
            continue  # inside a ward or commune named after a historical figure ("phường Phạm Ngũ Lão")
        if eponym_size := _eponym_at(words, index):
            eponym_end = index + eponym_size
            continue
        rest = [w.strip(".,:;") for w in (" ".join(words[index:]) + following).split()]
        if index and word in _sentence_openers() and len(rest) > 1 and rest[1][:1].isdigit():
            return " ".join(words[:index])  # "huyện Phù Mỹ [Ngày] 26.6": a date opens the next sentence, run on
        starts_title = any(fold_for_matching(" ".join(rest[:size])) in titles for size in range(1, min(longest, len(rest)) + 1))
        # A family name after a two-word place begins a name of two syllables too ("TP Thủ Đức Hoàng Tùng").
        # A family name no list holds opens a full name before "Văn" or "Thị" ("Sở Y tế Cam Văn Lâm").
        anchored = index >= 1 and len(words) - index >= 3 and fold_for_matching(words[index + 1]) in _middle_names() \
            and words[index + 2][:1].isupper()
        if starts_title or anchored or word in surnames and (len(words) - index >= 3 or index >= 2 and len(words) - index >= 2):
            if index <= 1 and not starts_title and words[2] in surnames and len(words) >= 4 + index:
                return " ".join(words[:2])  # "Gia Lâm Nguyễn Ngọc Thuần", "Thạch Hà Phạm Hữu Nghĩa" (a place that
                # begins with a family name too), "Thạch Hà Ngô Tuấn": a place of two words before a full name
            return " ".join(words[:index])
    return name


def expand_abbreviations(name: str, abbreviations: dict[str, str]) -> str:
    """Write a name in full: "Quỹ Hỗ trợ CN TP" → "Quỹ Hỗ trợ công nhân thành phố". A key of two words
    reads the second after the first ("Trường CĐ": "CĐ" after "Trường" is "Cao đẳng", not "Công đoàn")."""
    previous = ""

    def full(match: re.Match[str]) -> str:
        nonlocal previous
        word, before = match.group(), previous
        previous = word
        return abbreviations.get(f"{before[:1].upper()}{before[1:]} {word}") or abbreviations.get(word, word)

    return _WORD.sub(full, name)
