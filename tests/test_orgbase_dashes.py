"""A known name matches however the dash between two of its words is written."""

import pytest

from unionfacts import extract_facts
from unionfacts.orgbase import dash_variants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the known body, named with the dashes as the article writes its full name (gold: "Hội đồng Thi
        # đua-Khen thưởng Trung ương" where the text writes it so)
        ("Công đoàn kiến nghị Bộ Lao động-Thương binh và Xã hội sửa quy định.",
         ("Bộ Lao động-Thương binh và Xã hội", "bo-ldtbxh")),
        ("Công đoàn kiến nghị Bộ Lao động – Thương binh và Xã hội sửa quy định.",
         ("Bộ Lao động – Thương binh và Xã hội", "bo-ldtbxh")),
        ("Công đoàn kiến nghị Bộ Lao động–Thương binh và Xã hội sửa quy định.",
         ("Bộ Lao động–Thương binh và Xã hội", "bo-ldtbxh")),
        ("Đoàn kiểm tra của Sở Lao động-Thương binh và Xã hội tỉnh Nghệ An đến làm việc.",
         ("Sở Lao động-Thương binh và Xã hội tỉnh Nghệ An", "so-ldtbxh-nghe-an")),
        # written short only: the knowledge base's name
        ("Công đoàn kiến nghị Bộ LĐ-TB&XH sửa quy định.", ("Bộ Lao động - Thương binh và Xã hội", "bo-ldtbxh")),
    ],
)
def test_known_name_with_any_dash(text, expected):
    assert expected in [(org["name"], org["id"]) for org in extract_facts(text)["organizations"]]


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Công ty Cao su Dầu Tiếng", ("Công ty Cao su Dầu Tiếng",)),  # no dash: itself only
        ("Bộ Lao động - Thương binh và Xã hội", ("Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động-Thương binh và Xã hội",
                                                "Bộ Lao động – Thương binh và Xã hội", "Bộ Lao động–Thương binh và Xã hội")),
        ("Khu phố 3-4", ("Khu phố 3-4", "Khu phố 3 - 4", "Khu phố 3 – 4", "Khu phố 3–4")),
    ],
)
def test_dash_variants(surface, expected):
    assert dash_variants(surface) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two fields of a known name joined by a dash for its "và" (study17 audit)
        ("Bộ Khoa học - Công nghệ vừa phê duyệt đề án.", "Bộ Khoa học và Công nghệ"),
        ("Đoàn của Sở Tài nguyên - Môi trường tỉnh Nghệ An đến làm việc.", "Sở Tài nguyên và Môi trường tỉnh Nghệ An"),
        # and a field of persons in lower case closes a body's name ("người tiêu dùng")
        ("Cục Cạnh tranh và Bảo vệ người tiêu dùng đã yêu cầu thu hồi xe.", "Cục Cạnh tranh và Bảo vệ người tiêu dùng"),
    ],
)
def test_known_name_with_a_dash_for_and(text, expected):
    assert expected in [org["name"] for org in extract_facts(text)["organizations"]]
