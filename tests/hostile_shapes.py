"""Input shapes that made the pipeline's time grow faster than the text (issue 12), generated at any size.

Each shape is a function of a length n returning a text of about n characters. The
texts are written here, in the shape of what archives hold, not copied from any article.
"""

from __future__ import annotations

import base64
import random

_SENTENCE = ("Sáng ngày 29/9/2021, Công đoàn Công Thương Việt Nam (CĐCTVN) tổ chức Hội nghị Ban Chấp hành lần thứ 5, "
             "hỗ trợ 70 tỷ đồng cho 400 đoàn viên; đồng chí Nguyễn Văn An, Chủ tịch CĐCTVN chủ trì Hội nghị. ")


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _numbers(n: int, separator: str) -> str:
    rng = random.Random(n)
    return _repeat(separator.join(str(rng.randint(1, 99_999)) for _ in range(n // 3 + 1)), n)


SHAPES = {
    "ones-and-commas": lambda n: _repeat("1,", n),  # "1,1,1,…"
    "dotted-digits": lambda n: _repeat("1.", n),  # "1.2.3.…"
    "dotted-groups": lambda n: _repeat("12.345.", n),
    "dotted-letters": lambda n: _repeat("a.", n),
    "dashed-digits": lambda n: _repeat("1-", n),
    "number-list": lambda n: _numbers(n, ", "),
    "number-list-tight": lambda n: _numbers(n, ","),
    "base64-image": lambda n: "Ảnh: data:image/png;base64," + base64.b64encode(random.Random(n).randbytes(n))[:n].decode(),
    "one-long-digit-run": lambda n: _repeat("9", n) + " tỷ đồng",
    "one-long-word": lambda n: _repeat("a", n),
    "facts-on-one-line": lambda n: _repeat(_SENTENCE, n),
    "facts-one-per-line": lambda n: _repeat(_SENTENCE.strip() + "\n", n),
    "capitalized-names": lambda n: _repeat("Công Ty Cổ Phần Xây Dựng Thành Công Hà Nội ", n),
    "meeting-words": lambda n: _repeat("Hội nghị Hội nghị Đại hội Công đoàn tổ chức ", n),
    "acronyms": lambda n: _repeat("CĐCTVN, LĐLĐ, TLĐ, CĐVN, ", n),
    "parentheses": lambda n: _repeat("(Công đoàn (CĐ) ", n),
    "dates-everywhere": lambda n: _repeat("ngày 1/2/2021, ", n),
}
SHAPES["amounts-list"] = lambda n: _repeat("9 tỷ đồng, ", n)
SHAPES["dates-list"] = lambda n: _repeat("29/9, ", n)
