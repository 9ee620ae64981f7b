"""The scorer follows GOLD.md: keys per field, one-to-one matching, XXXX wildcard years."""

from __future__ import annotations

import pytest

from unionfacts.evaluate import FIELDS, Mismatch, mismatches, score


def _one(field, predicted, gold):
    return {s.field: s for s in score([(predicted, gold)], (field,))}[field]


def test_evaluate_dates_wildcard_year_matches_any_year():
    result = _one("dates", {"dates": [{"value": "2017-02-10"}]}, {"dates": [{"value": "XXXX-02-10"}]})
    assert result.true_positives == 1


def test_evaluate_dates_predicted_wildcard_does_not_match_a_year():
    result = _one("dates", {"dates": [{"value": "XXXX-02-10"}]}, {"dates": [{"value": "2017-02-10"}]})
    assert result.true_positives == 0 and result.f1 == 0


@pytest.mark.parametrize(("predicted", "gold", "hit"), [
    ("2017-02-09/2017-02-10", "XXXX-02-09/XXXX-02-10", True),  # each XXXX of a span matches any year
    ("2017-02-09/2017-02-11", "XXXX-02-09/XXXX-02-10", False),
    ("2017-02-09", "XXXX-02-09/XXXX-02-10", False),  # a day is no span
    ("XXXX-02-09/XXXX-02-10", "2017-02-09/2017-02-10", False),
])
def test_evaluate_dates_wildcard_years_of_a_span(predicted, gold, hit):
    result = _one("dates", {"dates": [{"value": predicted}]}, {"dates": [{"value": gold}]})
    assert result.true_positives == int(hit)


def test_evaluate_chairs_date_wildcard_year_matches_any_year():
    predicted = {"events": [{"name": "Hội nghị", "date": "2017-05-30", "chairs": ["Trần Quang Huy"]}]}
    gold = {"events": [{"name": "Hội nghị", "date": "XXXX-05-30", "chairs": ["Trần Quang Huy"]}]}
    assert _one("chairs_date", predicted, gold).true_positives == 1
    assert _one("chairs_date", gold, predicted).true_positives == 0


def test_evaluate_counts_by_value_and_first_word_of_unit():
    predicted = {"counts": [{"value": 24, "unit": "công đoàn"}, {"value": 400, "unit": "suất"}]}
    gold = {"counts": [{"value": 24, "unit": "công đoàn cơ sở"}, {"value": 400, "unit": "phần quà"}]}
    result = _one("counts", predicted, gold)
    assert (result.true_positives, result.predicted, result.gold) == (1, 2, 2)
    assert result.precision == 0.5 and result.recall == 0.5


def test_evaluate_matching_is_one_to_one():
    result = _one("money", {"money": [{"amount": 5}, {"amount": 5}]}, {"money": [{"amount": 5}]})
    assert (result.true_positives, result.predicted) == (1, 2)


def test_evaluate_organizations_match_by_any_alias():
    predicted = {"organizations": [{"name": "CĐCTVN", "aliases": []}]}
    gold = {"organizations": [{"name": "Công đoàn Công Thương Việt Nam", "aliases": ["CĐCTVN"]}]}
    assert _one("organizations", predicted, gold).true_positives == 1


def test_evaluate_names_fold_tone_marks():
    predicted = {"persons": [{"name": "Nguyễn Văn Thuỷ", "roles": []}]}
    gold = {"persons": [{"name": "nguyễn văn thủy", "roles": []}]}
    assert _one("persons", predicted, gold).true_positives == 1


def test_evaluate_empty_is_perfect():
    result = _one("money", {"money": []}, {"money": []})
    assert (result.precision, result.recall) == (1.0, 1.0)


def test_evaluate_mismatches_list_what_the_score_counts_wrong():
    predicted = {"money": [{"amount": 5}, {"amount": 7}],
                 "organizations": [{"name": "CĐCTVN", "aliases": []}, {"name": "Công ty In", "aliases": []}]}
    gold = {"id": "a1", "money": [{"amount": 5}, {"amount": 9}],
            "organizations": [{"name": "Công đoàn Công Thương Việt Nam", "aliases": ["CĐCTVN"]}]}
    found = mismatches([(predicted, gold)], ("money", "organizations"))
    assert found == [
        Mismatch("a1", "money", "missed", "9.0"),
        Mismatch("a1", "money", "extra", "7.0"),
        Mismatch("a1", "organizations", "extra", "công ty in"),
    ]
    scores = {s.field: s for s in score([(predicted, gold)], ("money", "organizations"))}
    assert scores["money"].predicted - scores["money"].true_positives == 1  # the one extra listed


def test_evaluate_mismatches_none_when_perfect():
    facts = {"id": "a1", "dates": [{"value": "2021-09-29"}]}
    assert mismatches([(facts, facts)], ("dates",)) == []


def test_evaluate_scores_only_the_fields_a_document_was_annotated_for():
    gold = {"id": "g", "fields": ["events"], "events": [{"name": "Hội nghị A", "date": "2021-09-29", "chairs": ["Lê Văn A"]}]}
    predicted = {"persons": [{"name": "Lê Văn A", "roles": [{"title": "Chủ tịch"}]}], "money": [{"amount": 5}],
                 "events": [{"name": "Hội nghị A", "date": "2021-09-29", "chairs": ["Lê Văn A"]}]}
    scores = {s.field: s for s in score([(predicted, gold)])}
    assert (scores["persons"].predicted, scores["roles"].predicted, scores["money"].predicted) == (0, 0, 0)
    assert scores["events"].true_positives == scores["chairs"].true_positives == scores["chairs_date"].true_positives == 1
    assert mismatches([(predicted, gold)], ["money", "events"]) == []


def test_evaluate_persons_bring_roles_along():
    from unionfacts.evaluate import scored_fields

    assert scored_fields({"fields": ["persons"]}) == {"persons", "roles", "roles_org"}
    assert scored_fields({}) == set(FIELDS)


def test_evaluate_unknown_annotated_field_is_an_error():
    with pytest.raises(ValueError, match="salaries"):
        score([({}, {"id": "g", "fields": ["salaries"]})])


def test_evaluate_a_gold_line_that_is_no_json_is_a_gold_error(tmp_path):
    from unionfacts.evaluate import GoldError, read_gold

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(GoldError, match=":2:"):
        list(read_gold([path]))


@pytest.mark.parametrize(("predicted_org", "gold_org", "hits"), [
    ("Công đoàn Công Thương Việt Nam", "Công đoàn Công Thương Việt Nam", 1),
    ("CĐCTVN", "Công đoàn Công Thương Việt Nam", 1),  # an alias the document gives the body
    ("Tổng Liên đoàn Lao động Việt Nam", "Công đoàn Công Thương Việt Nam", 0),
    (None, "Công đoàn Công Thương Việt Nam", 0),
    (None, None, 1),
])
def test_evaluate_roles_org_match_person_title_and_body(predicted_org, gold_org, hits):
    orgs = [{"name": "Công đoàn Công Thương Việt Nam", "aliases": ["CĐCTVN"]}]
    predicted = {"persons": [{"name": "Trần Quang Huy", "roles": [{"title": "Chủ tịch", "organization": predicted_org}]}],
                 "organizations": orgs}
    gold = {"persons": [{"name": "Trần Quang Huy", "roles": [{"title": "Chủ tịch", "organization": gold_org}]}],
            "organizations": orgs}
    assert _one("roles_org", predicted, gold).true_positives == hits
    assert _one("roles", predicted, gold).true_positives == 1
