"""Probe organization names opened by a lower-case head (NOTES 29): a union's or a Party organ's head written in
lower case before the capitalized name of a workplace, an agency or a place ("công đoàn Công ty TNHH X", "chi bộ
Trường THCS Y", "đảng ủy xã Z", "công đoàn ngành Giáo dục tỉnh W"), in the sentence shapes news writes, on sentences
of our own; and the near-misses that name no such body ("công đoàn các cấp", "phòng họp Công ty X", "công ty mẹ").

Each sentence is extracted alone and scored as GOLD.md scores organizations (a gold body is found when its name
equals the name or an alias of a found one); prints recall and precision per head and per shape, and the failures
with ``--show``.

    .venv/bin/python scripts/lower_head_probe.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from pathlib import Path

from unionfacts.normalize import fold_for_matching

sys.path.insert(0, str(Path(__file__).resolve().parent))
import org_inventory_probe as inventory  # noqa: E402  (the scoring and the report of the inventory probe)

# Lower-case heads of a union, a Party organ or a youth-union branch (models/orgs/pattern_heads.tsv, kinds union,
# party and mass_org), as news writes them before the body whose union or organ they are.
HEADS = ("công đoàn", "công đoàn cơ sở", "chi bộ", "đảng ủy", "đảng bộ", "ban cán sự đảng", "chi đoàn")

# Bodies the head is written before: (name, bodies its name holds as gold besides it).
BODIES = (
    ("Công ty TNHH May mặc Tân Phú", ["Công ty TNHH May mặc Tân Phú"]),
    ("Công ty Cổ phần Cơ khí Hòa Bình", ["Công ty Cổ phần Cơ khí Hòa Bình"]),
    ("Tổng công ty Xây dựng Miền Trung", ["Tổng công ty Xây dựng Miền Trung"]),
    ("Trường THCS Nguyễn Du", ["Trường THCS Nguyễn Du"]),
    ("Trường Tiểu học Kim Đồng", ["Trường Tiểu học Kim Đồng"]),
    ("Bệnh viện Đa khoa tỉnh Phú Yên", ["Bệnh viện Đa khoa tỉnh Phú Yên"]),
    ("Sở Tài nguyên và Môi trường tỉnh Hà Giang", ["Sở Tài nguyên và Môi trường tỉnh Hà Giang"]),
    ("xã Tân Lập", []),
    ("phường Cẩm Thủy", []),
)
# Heads that name a sector's union before the sector's name and its place.
SECTORS = (("công đoàn ngành", "Giáo dục tỉnh Quảng Trị"), ("công đoàn ngành", "Y tế thành phố Cần Thơ"),
           ("công đoàn ngành", "Công Thương tỉnh Nam Định"), ("công đoàn", "Viên chức tỉnh Bắc Kạn"),
           ("hội", "Nông dân xã Tân Lập"), ("chi hội", "Phụ nữ thôn Đông Hòa"), ("hội", "Cựu chiến binh phường Cẩm Thủy"),
           ("đảng ủy", "Khối Doanh nghiệp tỉnh Bắc Ninh"))

SHAPES = {
    "title": "Chủ tịch {x} là ông Trần Quốc Bảo.",
    "title_person": "Bí thư {x} Trần Quốc Bảo cho biết kế hoạch đã hoàn thành.",
    "person_comma": "Ông Trần Quốc Bảo, Phó Chủ tịch {x}, phát biểu tại buổi lễ.",
    "subject": "{x} vừa tổ chức hội nghị tổng kết năm.",
    "of": "Theo báo cáo của {x}, kết quả năm nay đạt khá.",
    "list": "Dự buổi làm việc có đại diện Liên đoàn Lao động tỉnh Hà Giang, {x} và Hội Nông dân xã Tân Lập.",
    "object": "Đoàn công tác đã làm việc với {x} về công tác cán bộ.",
}

# Sentences in which no body opened by a lower-case head is named: the bodies expected in each.
NEAR_MISSES = (
    ("Hội nghị có sự tham gia của công đoàn các cấp trong tỉnh.", []),
    ("Cuộc họp diễn ra tại phòng họp Công ty Cổ phần Cơ khí Hòa Bình.", ["Công ty Cổ phần Cơ khí Hòa Bình"]),
    ("Theo ban tổ chức, giải chạy sẽ diễn ra trong ba ngày.", []),
    ("Quyết định do công ty mẹ Tổng công ty Xây dựng Miền Trung ban hành.", ["Tổng công ty Xây dựng Miền Trung"]),
    ("Hoạt động công đoàn Quý III có nhiều đổi mới.", []),
    ("Cán bộ công đoàn Nguyễn Thị Hằng được tặng giấy khen.", []),
    ("Nhiều công đoàn Nhật Bản đã sang thăm và làm việc.", []),
    ("Phong trào công đoàn Việt Nam có truyền thống lâu đời.", []),
    ("Tổ chức đảng Cộng sản ở nhiều nước đã gửi điện mừng.", []),
    ("Ông Lê Văn Tám là đảng viên chi bộ Nguyễn Trãi từ năm 1980.", []),
    ("Sinh hoạt chi bộ Tháng Ba được tổ chức định kỳ.", []),
    ("Du khách đổ về lễ hội Chùa Hương từ sáng sớm.", []),
    ("Trong đoàn Công ty Cổ phần Cơ khí Hòa Bình có hai mươi người.", ["Công ty Cổ phần Cơ khí Hòa Bình"]),
    ("Hội viên hội Nông dân Nguyễn Văn Tám được khen thưởng.", []),
    ("Nhiều hội Việt Nam ở nước ngoài đã quyên góp.", []),
)


# A Party or youth cell after its own officer's office is a unit kept in the title when it sits in a body ("Bí thư
# chi bộ Trường X" is "Bí thư Chi bộ" of the school: models/persons/cell_organs.tsv, NOTES.md 33): the body is
# expected, the cell is not, and, as the gold has settled no rule on listing it, not counted against either; in a
# place alone the cell is the body ("chi bộ xã Y").
CELL_OFFICE_SHAPES = {("chi bộ", "title_person"), ("chi đoàn", "title_person")}


def probes():
    for head in HEADS:
        for body, also in BODIES:
            for shape, template in SHAPES.items():
                written = f"{head} {body}"
                if shape == "subject":
                    written = written[0].upper() + written[1:]
                named = [] if (head, shape) in CELL_OFFICE_SHAPES and also else [written[0].upper() + written[1:]]
                yield head, shape, template.format(x=written), [*named, *also]
    for head, name in SECTORS:
        for shape, template in SHAPES.items():
            written = f"{head} {name}"
            if shape == "subject":
                written = written[0].upper() + written[1:]
            yield head, shape, template.format(x=written), [written[0].upper() + written[1:]]
    for text, gold in NEAR_MISSES:
        yield "near_miss", "near_miss", text, gold


LIST_BODIES = ("Liên đoàn Lao động tỉnh Hà Giang", "Hội Nông dân xã Tân Lập")


def score(text: str, gold: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Gold bodies found, gold bodies missed, found bodies that are none of the gold (the list's other members and a
    cell after its officer are not counted either way)."""
    hit, missed, extra = inventory.score(text, gold)
    listed = {fold_for_matching(body) for body in LIST_BODIES}
    listed |= {fold_for_matching(f"{head} {body}") for head, _ in CELL_OFFICE_SHAPES for body, _ in BODIES}
    return hit, missed, [name for name in extra if fold_for_matching(name) not in listed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many failing sentences")
    args = parser.parse_args(argv)
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, gold, found-ok, found
    failures = []
    for head, shape, text, gold in probes():
        hit, missed, extra = score(text, gold)
        inventory.count(tally, ((head, "*"), ("*", shape), ("*", "*")), hit, gold, extra)
        if missed or extra:
            failures.append((head, shape, text, missed, extra))
    inventory.report(tally, failures, args.show, ("head", "shape"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
