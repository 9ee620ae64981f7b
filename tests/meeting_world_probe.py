"""Inventory probe of meetings and ceremonies in world, business, education, health, science, culture and sport news
(issue 10): every item of ``meeting_world_inventory.tsv`` put in the shapes of ``meeting_probe.py`` and in the
registers these pages report a meeting by (it opened, closed or ended on a day; "Sáng 12/7, lễ … đã diễn ra" with
the name in lower case after the day; a person chaired or attended it; it is due to take place), and festivals,
fairs, tournaments, contests and trials in the shapes that report an occasion held (none is a meeting, NOTES.md
item 31), with the events a careful annotator keys (GOLD.md: the date, or the name's first two words when undated).

``python tests/meeting_world_probe.py`` prints precision/recall per shape and per domain and the failing rows
(``--show N``); ``tests/test_meeting_world_probe.py`` keeps a sample as a case table. The sentences are generated
here from templates written for this probe; no article text.
"""

from __future__ import annotations

import sys

from meeting_probe import DAY, PUBLISHED, _cap, run_probe
from meeting_probe import cases as union_cases

INVENTORY = "meeting_world_inventory.tsv"


def cases(row: dict[str, str]) -> list[tuple[str, str, str | None, list[str]]]:
    """(shape, text, published, expected keys) for one inventory row: the shapes of meeting_probe.py and the
    registers of world, business, culture and sport news."""
    item, form = row["item"], row["form"]
    if form == "noun":
        return union_cases(row) + [
            ("opened", f"{_cap(item)} đã khai mạc sáng 12/7 với sự tham dự của nhiều đại biểu.", PUBLISHED, [DAY]),
            ("closed", f"Chiều 12/7, {item} đã bế mạc sau một ngày làm việc.", PUBLISHED, [DAY]),
            ("ended", f"{_cap(item)} kết thúc vào tối 12/7.", PUBLISHED, [DAY]),
            ("lower", f"Sáng 12/7, {item} đã diễn ra tại thủ đô.", PUBLISHED, [DAY]),
            ("chaired", f"Sáng 12/7, ông Nguyễn Văn An đã chủ trì {item}.", PUBLISHED, [DAY]),
            ("attended", f"Ngày 12/7, Phó Thủ tướng Trần Lưu Quang đã tham dự {item}.", PUBLISHED, [DAY]),
            ("joined", f"Thủ tướng Phạm Minh Chính dự {item} ngày 12/7 tại thủ đô.", PUBLISHED, [DAY]),
            ("reported", f"Theo hãng tin Reuters, {item} đã diễn ra ngày 12/7.", PUBLISHED, [DAY]),
            ("margin", f"Bên lề {item} ngày 12/7, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Pháp Emmanuel Macron.",
             PUBLISHED, [DAY, DAY]),
            ("due", f"{_cap(item)} dự kiến diễn ra vào ngày 12/7 tới.", PUBLISHED, []),
        ]
    if form == "verb":
        return union_cases(row)
    return union_cases(row) + [
        ("not_opened", f"{_cap(item)} khai mạc tối 12/7 tại thành phố.", PUBLISHED, []),
        ("not_held", f"Ngày 12/7, {item} đã diễn ra sôi nổi.", PUBLISHED, []),
    ]


def main(argv: list[str] | None = None) -> int:
    return run_probe(argv, __doc__.splitlines()[0], INVENTORY, cases)


if __name__ == "__main__":
    sys.exit(main())
