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


class _Cache(dict):
    """Values computed on first lookup and kept: a hit is a C-level dict lookup, so a
    whole sentence's windows are looked up with one ``map``. Cleared when full, so
    memory stays flat over an archive."""

    __slots__ = ("compute",)

    def __init__(self, compute) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        value = self[key] = self.compute(key)
        return value


class WordSegmenter:
    """Tags tokens B-W / I-W with underthesea's word segmentation model.

    A feature is a template applied to a window of one to three tokens around a token
    ("T[-1,0].lower" is the two tokens ending at it, lower-cased), and the model keeps
    a weight per label for each (template, value) it saw in training. Inverted, that is
    a table per window length and kind of value: value -> what the window adds to the
    tokens it is a feature of, at each offset. Scoring a sentence is then one lookup
    per window, wherever the windows sit.

    A window's vector is one flat tuple: what it adds to B-W at each of its offsets,
    then to I-W. A token's vector is computed once per distinct token and cached; the
    vectors of windows of several tokens come from tables made when the model loads
    (see ``__init__``), so a sentence is scored in a few C-level passes (``map``,
    ``zip``) over its tokens, not a Python loop per window. Each token's score adds
    its terms in one order (length by length, offset by offset), whichever way its
    windows were found.
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
        self.combinations: dict[tuple, tuple[float, ...]] = {}
        # Windows of several tokens are looked up as tuples of tokens, never joined into a
        # string. A window's vector depends on its text only through a few things: whether
        # its lower-cased form is a dictionary entry, whether it is a title (every token
        # is), and whether the model knows its text or its lower-cased form. The model
        # knows few windows (some 30,000): their vectors are made here, once, by text
        # (text known) or by lower-cased form and title (only that form known); any other
        # window takes the vector of its two flags.
        several = [length for length in self.lengths if length > 1]
        self.entries: dict[int, set[tuple[str, ...]]] = {length: set() for length in several}
        for entry in dictionary:
            window = tuple(entry.split(" "))
            if len(window) in self.entries:
                self.entries[len(window)].add(window)
        self.flag_vectors = {length: {(in_dict, title): self._combination(length, in_dict, title)
                                      for in_dict in (False, True) for title in (False, True)}
                             for length in several}
        self.by_text = {length: {} for length in several}
        self.by_lower = {length: {} for length in several}
        for length in several:
            for text in self.tables.get((length, ""), ()):
                window = tuple(text.split(" "))
                if len(window) == length:
                    self.by_text[length][window] = self._window(window)
            for lower in self.tables.get((length, "lower"), ()):
                window = tuple(lower.split(" "))
                if len(window) == length:
                    own = self._vectors(length, {"lower": lower})
                    for title in (False, True):  # the title flag stands for the text, which the model does not know
                        found = self.flag_vectors[length][(window in self.entries[length], title)]
                        self.by_lower[length][(window, title)] = tuple(map(float.__add__, found, own))
        self.caches: dict[int, _Cache] = {1: _Cache(self._token)}

    def _vectors(self, length: int, values: dict[str, str]) -> tuple[float, ...]:
        """The weights a window with these values (per kind) adds: per offset to B-W, then to I-W."""
        begin = [0.0] * len(self.slots[length])
        inside = [0.0] * len(self.slots[length])
        for kind, value in values.items():
            found = self.tables[(length, kind)].get(value)
            if found is not None:
                for slot, (add_begin, add_inside) in enumerate(zip(*found)):
                    begin[slot] += add_begin
                    inside[slot] += add_inside
        return (*begin, *inside)

    def _combination(self, length: int, in_dict: bool, title: bool, digit: bool = False) -> tuple[float, ...]:
        """What the flag features of a window add. The kinds with few values (isdigit,
        istitle, is_in_dict: True or False) are looked up together, once per combination."""
        flags = {"is_in_dict": str(in_dict), "istitle": str(title), "isdigit": str(digit)}
        combination = (length, *(flags[kind] for kind in self.kinds[length] if kind in flags))
        found = self.combinations.get(combination)
        if found is None:
            found = self.combinations[combination] = self._vectors(
                length, {kind: flags[kind] for kind in self.kinds[length] if kind in flags})
        return found

    def _own(self, length: int, found: tuple[float, ...], text: str, lower: str) -> tuple[float, ...]:
        """``found`` plus what the window's own text and lower-case form add; they are
        usually unknown to the model and then add nothing."""
        own = {kind: value for kind, value in (("", text), ("lower", lower))
               if kind in self.kinds[length] and value in self.tables[(length, kind)]}
        if not own:
            return found
        return tuple(map(float.__add__, found, self._vectors(length, own)))

    def _token(self, token: str) -> tuple[str, bool, tuple[float, ...]]:
        """A token's lower-case form, whether it is a title, and what it adds as a window of one."""
        lower = token.lower()
        title = _is_title(token)
        found = self._combination(1, lower in self.dictionary, title, _is_i32(token))
        return lower, title, self._own(1, found, token, lower)

    def _window(self, window: tuple[str, ...]) -> tuple[float, ...]:
        """What a window of several tokens adds (its text joins the tokens with spaces, so
        it is no 32-bit integer, and it is a title when every token is)."""
        text = " ".join(window)
        lower = text.lower()
        found = self._combination(len(window), lower in self.dictionary, _is_title(text))
        return self._own(len(window), found, text, lower)

    def _windows(self, length: int, tokens: list[str], lowers: tuple[str, ...], titles: tuple[bool, ...]
                 ) -> list[tuple[float, ...]]:
        """What each window of ``length`` (> 1) tokens adds, in order, in C-level passes:
        the vector of its text if the model knows it, else of its lower-cased form and
        title flag if the model knows that form, else of its two flags."""
        keys = zip(*(tokens[k:] for k in range(length)))
        lower_keys = list(zip(*(lowers[k:] for k in range(length))))
        title = list(map(all, zip(*(titles[k:] for k in range(length)))))
        flagged = map(self.flag_vectors[length].__getitem__,
                      zip(map(self.entries[length].__contains__, lower_keys), title))
        by_lower = map(self.by_lower[length].get, zip(lower_keys, title), flagged)
        return list(map(self.by_text[length].get, keys, by_lower))

    def tags(self, tokens: Sequence[str]) -> list[bool]:
        """For each token, whether it starts a word (B-W) rather than continues one."""
        size = len(tokens)
        if not size:
            return []
        tokens = list(tokens)
        pad = self.pad
        lowers, titles, singles = zip(*map(self.caches[1].__getitem__, tokens))
        begin_terms: list[tuple[float, ...]] = []  # per (length, offset): what it adds to each token's B-W
        inside_terms: list[tuple[float, ...]] = []
        for length in self.lengths:
            windows = list(singles) if length == 1 else self._windows(length, tokens, lowers, titles)
            # the windows of this length by padded start (BOS ones, real ones, EOS ones),
            # turned into one column per (label, offset)
            columns = list(zip(*([self.edges[(length, "BOS")]] * pad + windows
                                 + [self.edges[(length, "EOS")]] * (pad + length - 1))))
            slots = len(self.slots[length])
            for slot, offset in enumerate(self.slots[length]):
                first = pad + offset
                begin_terms.append(columns[slot][first:first + size])
                inside_terms.append(columns[slots + slot][first:first + size])
        # A token's score adds its terms left to right (sum() of floats does, up to Python
        # 3.11; later versions compensate rounding, which can only make it more exact).
        begin = list(map(sum, zip(*begin_terms)))
        inside = list(map(sum, zip(*inside_terms)))
        return self._viterbi(begin, inside)

    def _viterbi(self, begin: list[float], inside: list[float]) -> list[bool]:
        """The best label sequence (True for B-W); an exact tie, never seen on the corpus, goes to B-W."""
        weights, b, i = self.transitions, self.begin, self.inside
        b_to_b, b_to_i, i_to_b, i_to_i = weights[b][b], weights[b][i], weights[i][b], weights[i][i]
        score_b, score_i = begin[0], inside[0]
        # per position after the first: whether the best path to B-W (to I-W) came from B-W
        b_from_b: list[bool] = []
        i_from_b: list[bool] = []
        for emit_b, emit_i in zip(begin[1:], inside[1:]):
            b_via_b, b_via_i = score_b + b_to_b, score_i + i_to_b
            i_via_b, i_via_i = score_b + b_to_i, score_i + i_to_i
            b_from_b.append(b_via_b >= b_via_i)
            i_from_b.append(i_via_b >= i_via_i)
            score_b = (b_via_b if b_via_b >= b_via_i else b_via_i) + emit_b
            score_i = (i_via_b if i_via_b >= i_via_i else i_via_i) + emit_i
        starts = [False] * len(begin)
        label_b = score_b >= score_i
        for position in range(len(begin) - 1, 0, -1):
            starts[position] = label_b
            label_b = b_from_b[position - 1] if label_b else i_from_b[position - 1]
        starts[0] = label_b
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
