"""underthesea's word segmentation model, decoded without the round trip through Python strings.

underthesea's ``word_tokenize`` tags each token B-W (starts a word) or I-W (continues
one) with a linear-chain CRF. Its featurizer builds 43 feature strings per token in
Rust, hands them to Python as lists, and the tagger takes them back to look up their
weights: most of the time of a segmentation pass is spent making and moving those
strings, not scoring. This module reads the same model file (CRFsuite format) and the
same dictionary, and scores a token window once per distinct window: the feature
weights a window of one, two or three tokens contributes are cached, so a common
token or word pair costs one dictionary lookup. Viterbi over the two labels finishes
the job. The tags are underthesea's: tests/test_wordseg.py compares them with
underthesea's own tagger, and the loader refuses a model whose feature templates it
does not know (``load_segmenter`` then returns None and callers use underthesea's
``word_tokenize``).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from pathlib import Path

# The feature templates this decoder implements, as underthesea's model lists them.
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?$")
_I32_MAX = 2**31 - 1
_CACHE_LIMIT = 200_000  # windows remembered per length; cleared when full, so memory stays flat


def _is_i32(text: str) -> bool:
    """underthesea_core's ``isdigit``: the token parses as a 32-bit signed integer (Rust ``i32``)."""
    digits = text[1:] if text[:1] in "+-" else text
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    if len(digits.lstrip("0")) > len(str(_I32_MAX)):  # no int() of a huge digit run (Python caps it)
        return False
    return int(digits) <= _I32_MAX + (text[0] == "-")


def _is_title(text: str) -> bool:
    """underthesea_core's ``istitle``: no word of the text starts with a lower-case letter."""
    return all(not word[0].islower() for word in text.split(" ") if word)


class CRFModel:
    """A CRFsuite model file: labels, transition weights and state weights per attribute."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        magic, _, kind, _, _, num_labels, _, off_features, off_labels, off_attrs, *_ = struct.unpack_from(
            "<4sI4sIIIIIIIII", data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path} is not a CRFsuite model")
        self.labels = self._strings(data, off_labels)
        attributes = self._strings(data, off_attrs)
        chunk, _, count = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT" or len(self.labels) != num_labels:
            raise ValueError(f"{path}: unexpected CRFsuite layout")
        self.transitions = [[0.0] * num_labels for _ in range(num_labels)]
        weights: dict[int, list[float]] = {}
        for kind_id, source, target, weight in struct.iter_unpack(
                "<IIId", data[off_features + 12: off_features + 12 + 20 * count]):
            if kind_id == 0:  # state feature: attribute -> label
                weights.setdefault(source, [0.0] * num_labels)[target] = weight
            else:  # transition: label -> label
                self.transitions[source][target] = weight
        self.attributes = {attributes[index]: tuple(values) for index, values in weights.items()}

    @staticmethod
    def _strings(data: bytes, offset: int) -> list[str]:
        """The strings of a CQDB chunk, by id (read through its backward array)."""
        chunk, _, _, _, size, backward = struct.unpack_from("<4sIIIII", data, offset)
        if chunk != b"CQDB":
            raise ValueError("unexpected CRFsuite string table")
        strings = [""] * size
        for (record,) in struct.iter_unpack("<I", data[offset + backward: offset + backward + 4 * size]):
            identity, length = struct.unpack_from("<II", data, offset + record)
            strings[identity] = data[offset + record + 8: offset + record + 7 + length].decode("utf-8")
        return strings


class WordSegmenter:
    """Tags tokens B-W / I-W with underthesea's word segmentation model.

    A feature is a template applied to a window of one to three tokens around a token
    ("T[-1,0].lower" is the two tokens ending at it, lower-cased), and the model keeps
    a weight per label for each (template, value) it saw in training. Inverted, that is
    a table per window length and kind of value: value -> what the window adds to the
    tokens it is a feature of, at each offset. Scoring a sentence is then one lookup
    per window and kind, wherever the windows sit.
    """

    def __init__(self, model: CRFModel, templates: Sequence[str], dictionary: frozenset[str]) -> None:
        self.transitions = model.transitions
        begin, inside = model.labels.index("B-W"), model.labels.index("I-W")
        self.begin, self.inside = begin, inside
        self.dictionary = dictionary
        parsed: dict[str, tuple[int, int, str | None]] = {}
        for template in templates:
            match = _TEMPLATE.match(template)
            if not match:
                raise ValueError(f"unknown feature template {template!r}")
            first = int(match.group(1))
            last = int(match.group(2)) if match.group(2) is not None else first
            parsed[template] = (last - first + 1, first, match.group(3))
        # (window length, kind) -> value -> weights the window adds, per label and offset
        self.lengths = sorted({length for length, _, _ in parsed.values()})
        self.pad = max(-offset for _, offset, _ in parsed.values())
        self.slots = {length: sorted({offset for size, offset, _ in parsed.values() if size == length})
                      for length in self.lengths}
        self.kinds = {length: sorted({kind or "" for size, _, kind in parsed.values() if size == length})
                      for length in self.lengths}
        self.tables: dict[tuple[int, str], dict[str, tuple[list[float], list[float]]]] = {
            (length, kind or ""): {} for length, _, kind in parsed.values()}
        for attribute, weights in model.attributes.items():
            template, _, value = attribute.partition("=")
            if template in parsed:
                length, offset, kind = parsed[template]
                slot = self.slots[length].index(offset)
                vectors = self.tables[(length, kind or "")].setdefault(
                    value, ([0.0] * len(self.slots[length]), [0.0] * len(self.slots[length])))
                vectors[0][slot] += weights[begin]
                vectors[1][slot] += weights[inside]
        # A window reaching past the sentence has the value BOS (before it) or EOS (after it).
        self.edges = {(length, edge): self._vectors(length, {kind: edge for kind in self.kinds[length]})
                      for length in self.lengths for edge in ("BOS", "EOS")}
        self.combinations: dict[tuple, tuple[tuple[float, ...], tuple[float, ...]]] = {}
        self.caches: dict[int, dict[tuple[str, ...], tuple[tuple[float, ...], tuple[float, ...]]]] = {
            length: {} for length in self.lengths}

    def _vectors(self, length: int, values: dict[str, str]) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The weights a window with these values (per kind) adds, per label and offset."""
        begin = [0.0] * len(self.slots[length])
        inside = [0.0] * len(self.slots[length])
        for kind, value in values.items():
            found = self.tables[(length, kind)].get(value)
            if found is not None:
                for slot, (add_begin, add_inside) in enumerate(zip(*found)):
                    begin[slot] += add_begin
                    inside[slot] += add_inside
        return tuple(begin), tuple(inside)

    def _window(self, window: tuple[str, ...]) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """What a window of tokens adds to the scores of the tokens it is a feature of.

        The kinds of value with few values (isdigit, istitle, is_in_dict: True or False)
        are looked up together, once per combination; a window's own text and its
        lower-case form are usually unknown to the model and then add nothing.
        """
        length = len(window)
        cache = self.caches[length]
        found = cache.get(window)
        if found is not None:
            return found
        text = " ".join(window)
        lower = text.lower()
        kinds = self.kinds[length]
        flags = {"is_in_dict": str(lower in self.dictionary), "istitle": str(_is_title(text))}
        if "isdigit" in kinds:
            flags["isdigit"] = str(_is_i32(text))
        combination = (length, *(flags[kind] for kind in kinds if kind in flags))
        found = self.combinations.get(combination)
        if found is None:
            found = self.combinations[combination] = self._vectors(
                length, {kind: flags[kind] for kind in kinds if kind in flags})
        own = {kind: value for kind, value in (("", text), ("lower", lower))
               if kind in kinds and value in self.tables[(length, kind)]}
        if own:
            extra = self._vectors(length, own)
            found = (tuple(map(float.__add__, found[0], extra[0])), tuple(map(float.__add__, found[1], extra[1])))
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[window] = found
        return found

    def tags(self, tokens: Sequence[str]) -> list[bool]:
        """For each token, whether it starts a word (B-W) rather than continues one."""
        count = len(tokens)
        if not count:
            return []
        pad = self.pad
        begin = [0.0] * count
        inside = [0.0] * count
        for length in self.lengths:
            # the windows of this length, by padded start: BOS ones, real ones, EOS ones
            windows = [self.edges[(length, "BOS")]] * pad
            windows += [self._window(tuple(tokens[start:start + length])) for start in range(count - length + 1)]
            windows += [self.edges[(length, "EOS")]] * (pad + length - 1)
            for slot, offset in enumerate(self.slots[length]):
                shifted = windows[pad + offset: pad + offset + count]
                begin = [score + vectors[0][slot] for score, vectors in zip(begin, shifted)]
                inside = [score + vectors[1][slot] for score, vectors in zip(inside, shifted)]
        return self._viterbi(begin, inside)

    def _viterbi(self, begin: list[float], inside: list[float]) -> list[bool]:
        """The best label sequence (True for B-W); an exact tie, never seen on the corpus, goes to B-W."""
        weights, b, i = self.transitions, self.begin, self.inside
        b_to_b, b_to_i, i_to_b, i_to_i = weights[b][b], weights[b][i], weights[i][b], weights[i][i]
        score_b, score_i = begin[0], inside[0]
        came_from_b: list[tuple[bool, bool]] = []  # per position: (best path to B-W, to I-W) came from B-W
        for position in range(1, len(begin)):
            b_via_b, b_via_i = score_b + b_to_b, score_i + i_to_b
            i_via_b, i_via_i = score_b + b_to_i, score_i + i_to_i
            came_from_b.append((b_via_b >= b_via_i, i_via_b >= i_via_i))
            score_b = max(b_via_b, b_via_i) + begin[position]
            score_i = max(i_via_b, i_via_i) + inside[position]
        starts = [False] * len(begin)
        label_b = score_b >= score_i
        for position in range(len(begin) - 1, -1, -1):
            starts[position] = label_b
            if position:
                label_b = came_from_b[position - 1][0 if label_b else 1]
        return starts


def load_segmenter() -> WordSegmenter | None:
    """underthesea's installed word segmentation model, or None if it is not one this decoder knows."""
    import joblib
    from underthesea.pipeline import word_tokenize

    folder = Path(word_tokenize.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
    try:
        templates = joblib.load(folder / "features.bin")
        dictionary = frozenset(joblib.load(folder / "dictionary.bin"))
        return WordSegmenter(CRFModel(folder / "models.bin"), templates, dictionary)
    except (OSError, ValueError, KeyError, struct.error):  # moved, changed or damaged: underthesea's tagger instead
        return None
