"""Dates: placeholder until the full extractor lands."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.base import Extractor
from pipeline.types import DateFact


class DateExtractor(Extractor):
    provides = "dates"

    def find(self, doc: Doc) -> list[DateFact]:
        return []
