"""underthesea's word segmentation model, decoded without the round trip through Python strings.

underthesea's ``word_tokenize`` tags each token B-W (starts a word) or I-W (continues
one) with a linear-chain CRF. Its featurizer builds 43 feature strings per token in
Rust, hands them to Python as lists, and the tagger takes them back to look up their
weights: most of the time of a segmentation pass is spent making and moving those
strings, not scoring. This module reads the same model file (CRFsuite format) and the
same dictionary, and scores a whole document's windows of one, two or three tokens
as arrays: a token's weights are cached, and every window the model knows has a
number, so the windows of all sentences are looked up by arithmetic and binary
search and summed with numpy. Viterbi over the two labels, per sentence, finishes
the job. The tags are underthesea's: tests/test_wordseg.py compares them with
underthesea's own tagger, and the loader refuses a model whose feature templates it
does not know or whose known windows are too many to number in 64 bits
(``load_segmenter`` then returns None and callers use underthesea's ``word_tokenize``).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import numpy

# The feature templates this decoder implements, as underthesea's model lists them.
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?$")
_I32_MAX = 2**31 - 1
_KEY_LIMIT = 2 ** 63  # window numbers are numpy int64
_CACHE_LIMIT = 200_000  # tokens remembered; cleared when full, so memory stays flat


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
    whole document's tokens are looked up with one ``map``. Cleared when full, so
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


class _Rows:
    """Distinct window vectors as the rows of one matrix, so a sentence's windows are
    gathered with one numpy indexing instead of being moved around as tuples. A vector
    is stored once (rows are looked up by value); the matrix doubles when full."""

    def __init__(self, width: int) -> None:
        self.index: dict[tuple[float, ...], int] = {}
        self.matrix = numpy.zeros((64, width))

    def row(self, vector: tuple[float, ...]) -> int:
        found = self.index.get(vector)
        if found is None:
            found = len(self.index)
            if found == len(self.matrix):
                self.matrix = numpy.concatenate([self.matrix, numpy.zeros_like(self.matrix)])
            self.matrix[found] = vector
            self.index[vector] = found  # numbered once written: a lookup never finds an empty row
        return found


class _KnownWindows(NamedTuple):
    """The windows of one length the model knows, as sorted number -> row tables."""

    flags: numpy.ndarray  # row of the flag vector, by in_dict * 2 + title
    text: tuple[numpy.ndarray, numpy.ndarray]  # by the window's text
    lower: tuple[numpy.ndarray, numpy.ndarray]  # by its lower-cased form * 2 + title
    entries: tuple[numpy.ndarray, numpy.ndarray]  # lower-cased forms that are dictionary entries


def _sorted_table(table: dict[int, int]) -> tuple[numpy.ndarray, numpy.ndarray]:
    keys = numpy.array(sorted(table), dtype=numpy.int64)
    return keys, numpy.array([table[key] for key in keys.tolist()], dtype=numpy.int64)


def _lookup(table: tuple[numpy.ndarray, numpy.ndarray], keys: numpy.ndarray) -> numpy.ndarray:
    """The value of each key in a sorted table, -1 for keys it does not hold."""
    known, values = table
    if not len(known):
        return numpy.full(len(keys), -1, dtype=numpy.int64)
    at = numpy.minimum(numpy.searchsorted(known, keys), len(known) - 1)
    return numpy.where(known[at] == keys, values[at], -1)


class WordSegmenter:
    """Tags tokens B-W / I-W with underthesea's word segmentation model.

    A feature is a template applied to a window of one to three tokens around a token
    ("T[-1,0].lower" is the two tokens ending at it, lower-cased), and the model keeps
    a weight per label for each (template, value) it saw in training. Inverted, that is
    a table per window length and kind of value: value -> what the window adds to the
    tokens it is a feature of, at each offset. Scoring a sentence is then one lookup
    per window, wherever the windows sit.

    A window's vector is one matrix row: what it adds to B-W at each of its offsets,
    then to I-W. A token's row is found once per distinct token and cached; the rows
    of windows of several tokens come from tables made when the model loads (see
    ``__init__``), so the sentences of a document are scored together in a few dozen
    numpy operations (``tags_many``), not a Python loop per window. Each token's score
    adds its terms in one order (length by length, offset by offset), whichever way
    its windows were found, so the tags are exactly the ones scored one by one.
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
        # Every vector above becomes a row number in its length's matrix, and every window
        # the model knows a number: its syllables' ids (from 1; 0 for a syllable in no known
        # window) as the digits of a number in base (ids + 1). Looking a sentence's windows
        # up is then arithmetic and a binary search over whole arrays.
        self.rows = {length: _Rows(2 * len(self.slots[length])) for length in self.lengths}
        self.edges = {key: self.rows[key[0]].row(vector) for key, vector in self.edges.items()}
        self.text_ids: dict[str, int] = {}
        self.lower_ids: dict[str, int] = {}
        for length in several:
            for window in self.by_text[length]:
                for syllable in window:
                    self.text_ids.setdefault(syllable, len(self.text_ids) + 1)
            for window in (*(window for window, _ in self.by_lower[length]), *self.entries[length]):
                for syllable in window:
                    self.lower_ids.setdefault(syllable, len(self.lower_ids) + 1)
        if several and 2 * (max(len(self.text_ids), len(self.lower_ids)) + 1) ** max(several) >= _KEY_LIMIT:
            raise ValueError("too many syllables in known windows to number them in 64 bits")
        self.windows = {}
        for length in several:
            row = self.rows[length].row
            self.windows[length] = _KnownWindows(
                flags=numpy.array([row(self.flag_vectors[length][(bool(in_dict), bool(title))])
                                   for in_dict in (0, 1) for title in (0, 1)]),
                text=_sorted_table({self._key(window, self.text_ids): row(vector)
                                    for window, vector in self.by_text[length].items()}),
                lower=_sorted_table({self._key(window, self.lower_ids) * 2 + title: row(vector)
                                     for (window, title), vector in self.by_lower[length].items()}),
                entries=_sorted_table({self._key(window, self.lower_ids): 1 for window in self.entries[length]}),
            )
        del self.by_text, self.by_lower, self.entries, self.flag_vectors
        self.token_cache = _Cache(self._token)

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

    def _token(self, token: str) -> tuple[int, int, bool, int]:
        """A token's syllable ids (of its text, of its lower-case form), whether it is a
        title, and the row of what it adds as a window of one."""
        lower = token.lower()
        title = _is_title(token)
        found = self._combination(1, lower in self.dictionary, title, _is_i32(token))
        row = self.rows[1].row(self._own(1, found, token, lower))
        return self.text_ids.get(token, 0), self.lower_ids.get(lower, 0), title, row

    @staticmethod
    def _key(window: tuple[str, ...], ids: dict[str, int]) -> int:
        key = 0
        for syllable in window:
            key = key * (len(ids) + 1) + ids[syllable]
        return key

    def _window(self, window: tuple[str, ...]) -> tuple[float, ...]:
        """What a window of several tokens adds (its text joins the tokens with spaces, so
        it is no 32-bit integer, and it is a title when every token is)."""
        text = " ".join(window)
        lower = text.lower()
        found = self._combination(len(window), lower in self.dictionary, _is_title(text))
        return self._own(len(window), found, text, lower)

    def _window_rows(self, length: int, text_ids: numpy.ndarray, lower_ids: numpy.ndarray,
                     titles: numpy.ndarray) -> numpy.ndarray:
        """The row of what each window of ``length`` (> 1) tokens adds, by its first token:
        the vector of its text if the model knows it, else of its lower-cased form and
        title flag if the model knows that form, else of its two flags."""
        count = len(titles) - length + 1
        known = self.windows[length]
        text = text_ids[:count].copy()
        lower = lower_ids[:count].copy()
        title = titles[:count].copy()
        for k in range(1, length):
            text = text * (len(self.text_ids) + 1) + text_ids[k:k + count]
            lower = lower * (len(self.lower_ids) + 1) + lower_ids[k:k + count]
            title &= titles[k:k + count]
        in_dict = _lookup(known.entries, lower) > 0
        rows = known.flags[in_dict * 2 + title]
        by_lower = _lookup(known.lower, lower * 2 + title)
        rows = numpy.where(by_lower >= 0, by_lower, rows)
        by_text = _lookup(known.text, text)
        return numpy.where(by_text >= 0, by_text, rows)

    def tags(self, tokens: Sequence[str]) -> list[bool]:
        """For each token, whether it starts a word (B-W) rather than continues one."""
        return self.tags_many([tokens])[0]

    def tags_many(self, sentences: Sequence[Sequence[str]]) -> list[list[bool]]:
        """``tags`` of each sentence, scored together: the windows of all the sentences are
        looked up and gathered with a few numpy operations per window length and offset,
        so a document costs a few dozen array operations, not a few dozen per sentence.
        Windows that cross from one sentence into the next are looked up with the rest
        but never used: a window reaching before (after) its token's sentence takes the
        BOS (EOS) vector, as when the sentence is scored alone."""
        sizes = [len(sentence) for sentence in sentences]
        tokens = [token for sentence in sentences for token in sentence]
        if not tokens:
            return [[] for _ in sentences]
        firsts = list(accumulate(sizes, initial=0))[:-1]
        text_ids, lower_ids, titles, singles = zip(*map(self.token_cache.__getitem__, tokens))
        text_ids = numpy.array(text_ids, dtype=numpy.int64)
        lower_ids = numpy.array(lower_ids, dtype=numpy.int64)
        titles = numpy.array(titles, dtype=bool)
        everywhere = numpy.arange(len(tokens))
        within = everywhere - numpy.repeat(firsts, sizes)  # each token's index in its sentence
        size = numpy.repeat(sizes, sizes)  # the length of each token's sentence
        begin = numpy.zeros(len(tokens))
        inside = numpy.zeros(len(tokens))
        # A token's score adds its terms in one order: length by length, offset by offset.
        for length in self.lengths:
            if length == 1:
                windows = numpy.array(singles, dtype=numpy.int64)
            elif len(tokens) >= length:
                windows = self._window_rows(length, text_ids, lower_ids, titles)
            else:
                windows = numpy.zeros(1, dtype=numpy.int64)  # every window reaches past the text
            bos, eos = self.edges[(length, "BOS")], self.edges[(length, "EOS")]
            matrix = self.rows[length].matrix
            slots = len(self.slots[length])
            for slot, offset in enumerate(self.slots[length]):
                start = within + offset
                rows = windows[numpy.clip(everywhere + offset, 0, len(windows) - 1)]
                rows = numpy.where(start < 0, bos, numpy.where(start + length > size, eos, rows))
                begin += matrix[rows, slot]
                inside += matrix[rows, slots + slot]
        begin_scores, inside_scores = begin.tolist(), inside.tolist()
        return [self._viterbi(begin_scores[first:first + count], inside_scores[first:first + count]) if count else []
                for first, count in zip(firsts, sizes)]

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
