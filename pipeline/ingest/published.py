"""Publication dates from any layout a page or a dump carries, as one ISO form.

"2021-09-30", "20210930", "30/09/2021 07:47", "Thứ Năm, 16/03/2017, 10:05 (GMT+7)",
"12 Tháng 3 2016 lúc 09:41", "2017-03-27T10:05:00Z", "Sep 30, 2021 7:47 AM" become
"YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS+HH:MM" where the source gives a time (Vietnamese
local time, +07:00, where it gives no zone). ISO input is read directly; dateparser
reads the rest, that short string only, and never against the clock: a relative
expression ("hôm qua", "3 giờ trước") is no publication date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

# Publication times on Vietnamese sites are local time.
TIMEZONE = "+07:00"
_LOCAL = timezone(timedelta(hours=7))
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")  # the dantri dump's "date": "20210930"
_ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# A time of day in the string: "07:47", "9h05", "10 giờ 15", "7:47 AM".
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*(?::|h|g|giờ)\s*\d{2}(?!\d)", re.IGNORECASE)
_MAX_LENGTH = 80  # a date, a time, a weekday and a label; anything longer is no date field


def iso(day: date, clock: time | None = None, offset: timedelta | None = None) -> str:
    """"2021-09-30", or "2021-09-30T07:47:00+07:00" with a time (the offset, local time by default)."""
    if clock is None:
        return day.isoformat()
    moment = datetime.combine(day, clock.replace(microsecond=0, tzinfo=None))
    zone = timezone(offset) if offset is not None else _LOCAL
    return moment.replace(tzinfo=zone).isoformat()


def normalize_published(value: str | None) -> str | None:
    """The ISO form of a publication date in any layout; None when it names no calendar day."""
    if not value or not value.strip():
        return None
    text = " ".join(value.split())
    if _ISO_DAY.fullmatch(text):
        return _checked_day(text)
    compact = _COMPACT_DAY.fullmatch(text)
    if compact:
        return _checked_day("-".join(compact.groups()))
    if _ISO_DATE_TIME.fullmatch(text):
        moment = _from_iso(text)
        if moment is not None:
            # "2021-09-30T00:00:00" with no zone is how some metadata writes a bare day.
            return _iso_moment(moment, has_clock=moment.tzinfo is not None or moment.time() != time(0))
    if len(text) > _MAX_LENGTH:
        return None
    moment = _parse(text)
    if moment is None:
        return None
    return _iso_moment(moment, has_clock=bool(_CLOCK.search(text)))


def _checked_day(text: str) -> str | None:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _from_iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _iso_moment(moment: datetime, has_clock: bool) -> str:
    if not has_clock:
        return moment.date().isoformat()
    offset = moment.utcoffset()
    return iso(moment.date(), moment.time(), offset)


def _parse(text: str) -> datetime | None:
    """dateparser on one short string: absolute dates only, day first, all of day, month and year."""
    import dateparser  # imported here: only dates in no ISO form need it

    try:
        return dateparser.parse(text, languages=["vi", "en"], settings=_settings())
    except (ValueError, OverflowError):  # dateparser raises on some malformed input
        return None


@lru_cache(maxsize=1)
def _settings() -> dict:
    return {
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        # Never "relative-time": it would date "hôm qua" against the clock.
        "PARSERS": ["custom-formats", "absolute-time"],
    }
