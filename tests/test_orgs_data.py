"""The organization knowledge base in models/orgs/ is consistent, and covers the gold's national,
party, state and provincial organizations.

The expansion rules tested here are the data contract of ``models/orgs/README.md``: a template's
placeholders are {name}, {kind} and {KIND}; `kinds` limits the places a template applies to; in
`canonical` {name} is the province name, in `forms` the name and every variant; `parent` may use {id}.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from unionfacts.resources import MODELS_DIR, read_table

LEVELS = {"national", "sector_union", "provincial", "party", "state", "ministry", "international",
          "mass_org", "fund", "media", "other"}
PROVINCE_KINDS = {"tỉnh", "thành phố"}
DISTRICT_KINDS = {"quận", "huyện", "thị xã", "thành phố", "xã", "phường", "thị trấn"}
PLACEHOLDERS = {"name", "kind", "KIND"}
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BARE_HEADS = {"Bộ", "Khối", "LĐLĐ", "CĐ", "Liên đoàn", "BHXH", "đảng", "Hội đồng", "Sở", "Ban", "Quỹ"}

# Gold organizations the knowledge base deliberately leaves to the pattern finder, with the reason.
GOLD_NOT_IN_KB = {
    "Trường Đại học Y Dược Thái Bình": "a school: head word Trường + name",
    "Công ty TNHH May Xuất khẩu Đại Nghĩa": "a company: found by pattern",
    "Công đoàn Công ty TNHH May Xuất khẩu Đại Nghĩa": "a grassroots union: found by pattern",
    "Công đoàn ngành Dệt May Hà Nội": "a provincial sector union: Công đoàn ngành + name",
    "Công đoàn ngành Xây dựng Hà Nội": "a provincial sector union: Công đoàn ngành + name",
    "Công đoàn ngành Thông tin và Truyền thông": "a sector union named as written (TT&TT expanded); its level is unclear",
    "Công đoàn ngành Giáo dục và Đào tạo huyện Can Lộc": "a district sector union: found by pattern",
    "Công ty Keo Hwa Vina": "a company: found by pattern",
    "Quỹ Hỗ trợ công nhân thành phố Hồ Chí Minh": "a local fund named once (Quỹ Hỗ trợ CN TP): pattern + abbreviations",
    "Công đoàn cơ quan Dân, Đảng quận Long Biên": "a grassroots union: found by pattern",
    "Công đoàn cơ sở Công ty cổ phần Hợp tác JA Việt": "a grassroots union: found by pattern",
    "Công ty cổ phần Hợp tác JA Việt": "a company: found by pattern",
    "Công ty Thoát nước Hà Nội": "a company: found by pattern",
    "Công ty Hoya": "a company: found by pattern",
    "Công ty TNHH Panasonic Việt Nam": "a company: found by pattern",
    "Công đoàn cơ sở Công ty Giày Uy Việt": "a grassroots union: found by pattern",
    "Công ty Giày Uy Việt": "a company: found by pattern",
    "Đảng ủy khối Dân – Chính Đảng thành phố Hồ Chí Minh": "a provincial party bloc committee: names vary by province",
    "Công đoàn cơ sở Công ty TNHH Xây dựng công trình Hùng Vương": "a grassroots union: found by pattern",
    "Công ty TNHH Xây dựng công trình Hùng Vương": "a company: found by pattern",
    "Công đoàn Khu Công nghiệp Biên Hòa": "a local union of one industrial park: found by pattern",
    "Xí nghiệp Khai thác các công trình khí": "a company unit: found by pattern",
    "Liên doanh Việt-Nga Vietsovpetro": "a joint venture: found by pattern",
    "Chi nhánh Công ty cổ phần Gang thép Thái Nguyên - Mỏ than Phấn Mễ": "a company branch: found by pattern",
    "Công ty cổ phần Gang thép Thái Nguyên": "a company: found by pattern",
    "Phòng Giáo dục và Đào tạo huyện Can Lộc": "a district office: Phòng + name (no province-level form)",
    "Ban quản lý các khu công nghiệp – khu chế xuất Hà Nội": "a provincial agency named differently in each province",
    "Công ty TNHH Yamaha Moto Việt Nam": "a company: found by pattern",
    "Công ty TNHH Canon Việt Nam": "a company: found by pattern",
    "Công đoàn Công ty TNHH Canon Việt Nam": "a grassroots union: found by pattern",
    "Công ty TNHH Nipon Việt Nam": "a company: found by pattern",
    "Hội đồng bình chọn cấp Trung ương": "an award jury set up for one programme",
}

# Gold aliases of knowledge-base organizations that no context-free form gives, with the reason.
GOLD_ALIASES_BY_CONTEXT = {
    "Công đoàn Bộ": "points back to Công đoàn Bộ Công Thương (NOTES 3)",
    "Ban Cán sự Đảng": "points back to Ban cán sự đảng Bộ Công Thương",
    "Khối thi đua": "points back; many Khối thi đua exist",
    "Khối Công đoàn ngành Trung ương": "points back to the Khối thi đua of seed-002",
    "Khối công đoàn ngành": "points back to the Khối thi đua of seed-002",
    "LĐLĐ Tỉnh": "the province comes from the article (NOTES 11)",
    "LĐLĐ tỉnh": "the province comes from the article (NOTES 11)",
    "UBND Tỉnh": "the province comes from the article (NOTES 11)",
    "Tỉnh ủy": "the province comes from the article (NOTES 11)",
    "tỉnh ủy": "the province comes from the article (NOTES 11)",
    "Thành ủy": "the city comes from the article (NOTES 11)",
    "Thành ủy TP": "the city comes from the article (NOTES 11)",
    "LĐLĐ TP": "the city comes from the article (NOTES 11)",
    "LĐLĐ Thành phố": "the city comes from the article (NOTES 11)",
    "LĐLĐ thành phố": "the city comes from the article (NOTES 11)",
    "Công đoàn thành phố": "the city comes from the article (NOTES 11)",
    "Công đoàn TP": "the city comes from the article (NOTES 29)",
    "LĐLD": "a misspelling of LĐLĐ, resolved with the place from the article",
    "CĐ các KCX-KCN TP": "the city comes from the article",
    "Hội Chữ thập đỏ TP": "the city comes from the article",
    "Sở Xây dựng TP": "the city comes from the article",
    "Sở Xây dựng": "points back; the city comes from the article",
    "Thành đoàn": "the city comes from the article",
    "Đảng bộ TP": "the city comes from the article (NOTES 29)",
    "Đoàn": "capitalized Đoàn is the youth union only in youth-union context (NOTES 29)",
}


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def key(form: str) -> str:
    """How the matcher compares a form: single words exactly, longer forms ignoring case."""
    form = " ".join(form.split())
    return form if " " not in form else fold(form)


def fill(template: str, kind: str, name: str, province_id: str = "") -> str:
    return " ".join(template.replace("{kind}", kind).replace("{KIND}", kind[:1].upper() + kind[1:])
                    .replace("{name}", name).replace("{id}", province_id).split())


def split(value: str) -> list[str]:
    return [item for item in value.split("|") if item]


ORGS = read_table("orgs/organizations.tsv")
ALIASES = read_table("orgs/aliases.tsv")
PROVINCES = read_table("orgs/provinces.tsv")
TEMPLATES = read_table("orgs/templates.tsv")
GENERIC = read_table("orgs/generic.tsv")
ORG_IDS = {row["id"] for row in ORGS}
NAME_TO_ID = {row["name"]: row["id"] for row in ORGS}


def template_kinds(template: dict[str, str]) -> set[str]:
    return set(split(template["kinds"])) or PROVINCE_KINDS | DISTRICT_KINDS


def template_provinces(template: dict[str, str]) -> list[dict[str, str]]:
    return [p for p in PROVINCES if p["kind"] in template_kinds(template)]


def province_forms(province: dict[str, str]) -> list[str]:
    return [province["name"], *split(province["variants"])]


def expansions() -> dict[str, tuple[str, set[str]]]:
    """Every template × province of its kinds: org id → (canonical name, every form)."""
    out = {}
    for template in TEMPLATES:
        for province in template_provinces(template):
            canonical = fill(template["canonical"], province["kind"], province["name"])
            forms = {fill(form, province["kind"], name)
                     for form in split(template["forms"]) for name in province_forms(province)}
            out[f"{template['id']}-{province['id']}"] = (canonical, forms | {canonical})
    return out


def surface_map() -> dict[str, set[str]]:
    """Every form the knowledge base knows (names, aliases, template expansions) → the org ids it names."""
    surfaces: dict[str, set[str]] = {}
    for row in ORGS:
        surfaces.setdefault(key(row["name"]), set()).add(row["id"])
    for row in ALIASES:
        surfaces.setdefault(key(row["alias"]), set()).add(row["org_id"])
    for org_id, (_canonical, forms) in expansions().items():
        for form in forms:
            surfaces.setdefault(key(form), set()).add(org_id)
    return surfaces


def test_orgs_files_exist():
    for name in ("organizations.tsv", "aliases.tsv", "provinces.tsv", "templates.tsv", "generic.tsv", "README.md"):
        assert (MODELS_DIR / "orgs" / name).exists(), name


def test_orgs_organizations_are_well_formed():
    bad_ids = [row["id"] for row in ORGS if not SLUG.match(row["id"])]
    assert not bad_ids, f"ids must be ascii slugs: {bad_ids}"
    bad_levels = [(row["id"], row["level"]) for row in ORGS if row["level"] not in LEVELS]
    assert not bad_levels
    names = [row["name"] for row in ORGS]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert all(name == name.strip() and "  " not in name for name in names)


def test_orgs_every_parent_exists_and_there_are_no_cycles():
    parents = {row["id"]: row["parent"] for row in ORGS}
    missing = sorted((org_id, parent) for org_id, parent in parents.items() if parent and parent not in ORG_IDS)
    assert not missing, f"unknown parents: {missing}"
    for org_id in parents:
        seen, current = set(), org_id
        while parents.get(current):
            assert current not in seen, f"parent cycle through {org_id}"
            seen.add(current)
            current = parents[current]


def test_orgs_national_bodies_are_kept_apart():
    # NOTES 13: Công đoàn Việt Nam and the Tổng Liên đoàn are two organizations.
    assert NAME_TO_ID["Công đoàn Việt Nam"] != NAME_TO_ID["Tổng Liên đoàn Lao động Việt Nam"]
    assert "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam" in NAME_TO_ID  # NOTES 15, its one exception


def test_orgs_every_alias_names_a_known_org():
    unknown = sorted((row["alias"], row["org_id"]) for row in ALIASES if row["org_id"] not in ORG_IDS)
    assert not unknown, f"aliases of unknown org ids: {unknown}"


def test_orgs_aliases_are_no_bare_heads_names_or_generic_words():
    aliases = {row["alias"]: row["org_id"] for row in ALIASES}
    assert not BARE_HEADS & set(aliases), sorted(BARE_HEADS & set(aliases))
    assert aliases.get("Đảng") == NAME_TO_ID["Đảng Cộng sản Việt Nam"]  # NOTES 13
    clash = sorted(alias for alias, org_id in aliases.items() if alias in NAME_TO_ID)
    assert not clash, f"aliases that are also a canonical name: {clash}"
    generic = {fold(row["word"]) for row in GENERIC}
    assert not generic & {fold(alias) for alias in aliases}, sorted(generic & {fold(a) for a in aliases})


def test_orgs_no_form_names_two_organizations():
    ambiguous = sorted((form, sorted(ids)) for form, ids in surface_map().items() if len(ids) > 1)
    assert not ambiguous, f"forms that name two organizations: {ambiguous[:20]}"


def test_orgs_generic_words_are_no_known_form():
    surfaces = surface_map()
    known = sorted(row["word"] for row in GENERIC if key(row["word"]) in surfaces)
    assert not known, f"generic words that the knowledge base also knows: {known}"


def test_orgs_63_provinces():
    assert len(PROVINCES) == 63
    ids = [row["id"] for row in PROVINCES]
    assert len(set(ids)) == 63 and all(SLUG.match(i) for i in ids)
    assert len({row["name"] for row in PROVINCES}) == 63
    assert {row["kind"] for row in PROVINCES} == PROVINCE_KINDS
    assert {row["name"] for row in PROVINCES if row["kind"] == "thành phố"} == CENTRAL_CITIES


def test_orgs_province_variants_are_unique():
    forms = [fold(form) for row in PROVINCES for form in province_forms(row)]
    assert len(forms) == len(set(forms)), sorted({f for f in forms if forms.count(f) > 1})
    assert all(form == form.strip() for row in PROVINCES for form in split(row["variants"]))


def test_orgs_templates_use_known_placeholders_kinds_and_levels():
    for template in TEMPLATES:
        for text in (template["canonical"], *split(template["forms"])):
            assert set(re.findall(r"\{(\w+)\}", text)) <= PLACEHOLDERS, (template["id"], text)
            assert "{name}" in text, (template["id"], text)
        assert set(re.findall(r"\{(\w+)\}", template["parent"])) <= {"id"}, template["id"]
        assert template_kinds(template) <= PROVINCE_KINDS | DISTRICT_KINDS, template["id"]
        assert template["level"] in LEVELS, template["id"]
        assert template["listed"] in {"yes", "no"}, template["id"]
        assert SLUG.match(template["id"]), template["id"]


@pytest.mark.parametrize("template", TEMPLATES, ids=[t["id"] for t in TEMPLATES])
def test_orgs_template_expands_for_every_province_of_its_kinds(template):
    provinces = template_provinces(template)
    if template_kinds(template) & PROVINCE_KINDS:
        assert provinces, template["id"]
    listed_or_expanded = ORG_IDS | set(expansions())
    for province in provinces:
        for text in (template["canonical"], *split(template["forms"])):
            for name in province_forms(province):
                expanded = fill(text, province["kind"], name)
                assert "{" not in expanded and "}" not in expanded and expanded == expanded.strip()
        parent = fill(template["parent"], province["kind"], province["name"], province["id"])
        assert not parent or parent in listed_or_expanded, (template["id"], province["id"], parent)


def test_orgs_listed_templates_are_rebuilt_in_organizations():
    """The generated block of organizations.tsv is exactly the listed templates × provinces."""
    expected = {}
    for template in TEMPLATES:
        if template["listed"] != "yes":
            continue
        for province in template_provinces(template):
            org_id = f"{template['id']}-{province['id']}"
            expected[org_id] = (fill(template["canonical"], province["kind"], province["name"]), template["level"],
                                fill(template["parent"], province["kind"], province["name"], province["id"]))
    actual = {row["id"]: (row["name"], row["level"], row["parent"]) for row in ORGS if row["id"] in expected}
    missing = sorted(set(expected) - set(actual))
    assert not missing, "organizations.tsv lacks: " + "; ".join("\t".join((i, *expected[i])) for i in missing[:10])
    wrong = sorted(i for i in expected if actual[i] != expected[i])
    assert not wrong, "organizations.tsv differs from the templates for: " + "; ".join(
        "\t".join((i, *expected[i])) for i in wrong[:10])
    assert len(expected) >= 3 * 63  # LĐLĐ, Tỉnh ủy / Thành ủy, UBND


def _district_match(name: str) -> bool:
    """Is ``name`` a template's canonical or form with a district kind and a name read from the text?"""
    place = r"[A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,3}"
    for template in TEMPLATES:
        kinds = template_kinds(template) & DISTRICT_KINDS
        for text in (template["canonical"], *split(template["forms"])):
            for kind in kinds:
                pattern = re.escape(fill(text, kind, "\x00")).replace("\x00", place)
                if re.fullmatch(pattern, name):
                    return True
    return False


def _coverage(records: list[dict]) -> tuple[list[str], dict[str, str]]:
    """Gold names the base does not cover, and the id of every gold name it lists (to check aliases)."""
    provincial = {canonical: org_id for org_id, (canonical, _forms) in expansions().items()}
    uncovered, ids = [], {}
    for record in records:
        for org in record["organizations"]:
            name = org["name"]
            if name in NAME_TO_ID:
                ids[name] = NAME_TO_ID[name]
            elif name in provincial:
                ids[name] = provincial[name]
            elif not _district_match(name) and name not in GOLD_NOT_IN_KB:
                uncovered.append(name)
    return sorted(set(uncovered)), ids


def _alias_misses(records: list[dict], ids: dict[str, str]) -> list[tuple[str, str]]:
    surfaces = surface_map()
    misses = []
    for record in records:
        for org in record["organizations"]:
            org_id = ids.get(org["name"])
            if org_id is None:
                continue
            for alias in org.get("aliases", []):
                if org_id not in surfaces.get(key(alias), set()) and alias not in GOLD_ALIASES_BY_CONTEXT:
                    misses.append((alias, org["name"]))
    return sorted(set(misses))


def test_orgs_cover_seed_gold(seed_records):
    uncovered, ids = _coverage(seed_records)
    assert not uncovered, f"seed gold organizations neither in the base nor excepted: {uncovered}"
    assert not _alias_misses(seed_records, ids)


def test_orgs_cover_dev_gold(dev_records):
    uncovered, ids = _coverage(dev_records)
    assert not uncovered, f"dev gold organizations neither in the base nor excepted: {uncovered}"
    assert not _alias_misses(dev_records, ids)


def test_orgs_exceptions_are_still_needed(seed_records, dev_records):
    gold_names = {org["name"] for r in seed_records + dev_records for org in r["organizations"]}
    gold_aliases = {a for r in seed_records + dev_records for org in r["organizations"] for a in org.get("aliases", [])}
    stale = sorted(name for name in GOLD_NOT_IN_KB if name not in gold_names or name in NAME_TO_ID)
    assert not stale, f"exceptions no gold name needs: {stale}"
    surfaces = surface_map()
    stale_aliases = sorted(a for a in GOLD_ALIASES_BY_CONTEXT if a not in gold_aliases or key(a) in surfaces)
    assert not stale_aliases, f"context aliases no longer needed: {stale_aliases}"
