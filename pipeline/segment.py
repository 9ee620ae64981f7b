"""Segment a normalized body into sentences and words (underthesea), held in a spaCy Doc.

The Doc's text equals the body exactly: every word is a slice of the body, and the
gaps between words are kept as spaces or whitespace tokens. Words come with their
offsets from underthesea's own tokenizer and tagger, and each line is segmented on
its own (underthesea would join a word across a line break).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc
from spacy.vocab import Vocab

_LINE = re.compile(r"[^\n]+")


class _Segmenter:
    """underthesea's sentence splitter and word segmenter, loaded once per process.

    underthesea's ``word_tokenize`` finds tokens with one regex, tags them with its CRF
    model (B-W starts a word, I-W continues it) and joins the strings of a word with
    spaces. Here the same regex and the same model (decoded by ``unionfacts.wordseg``,
    which scores without building feature strings) give the words' *offsets* instead,
    so nothing is re-aligned. The words are the ones ``word_tokenize(sentence,
    use_token_normalize=False)`` returns: tests/test_wordseg.py compares them.
    """

    def __init__(self) -> None:
        from underthesea import sent_tokenize, word_tokenize

        from unionfacts.wordseg import load_segmenter

        self.sentences = sent_tokenize
        self.word_tokenize = word_tokenize
        try:
            from underthesea.pipeline.word_tokenize import regex_tokenize

            self.tokens = regex_tokenize.patterns
            self.normalize = regex_tokenize.normalize_characters_in_text
        except (ImportError, AttributeError):  # another underthesea layout: word_tokenize and re-alignment
            self.tokens = None
        self.tagger = load_segmenter()
        if self.tagger is None:  # a model this decoder does not know: underthesea's own tagger
            word_tokenize("khởi động")  # underthesea loads its CRF model on first use
            from underthesea.pipeline import word_tokenize as module

            model = module.word_tokenize_model
            self.starts = lambda tokens: [tag != "I-W" for tag in model.predict([[token] for token in tokens])]
        else:
            self.starts = self.tagger.tags

    def word_spans(self, sentence: str, offset: int) -> list[tuple[int, int]] | None:
        """Char spans of the words of ``sentence`` (shifted by ``offset``), or None when
        underthesea would change the sentence's length before tokenizing it."""
        if self.tokens is None:
            return None
        normalized = self.normalize(sentence)
        if len(normalized) != len(sentence):
            return None
        matches = list(self.tokens.finditer(normalized))
        if not matches:
            return []
        spans: list[tuple[int, int]] = []
        for starts, match in zip(self.starts([match.group() for match in matches]), matches):
            if starts or not spans:
                spans.append((offset + match.start(), offset + match.end()))
            else:
                spans[-1] = (spans[-1][0], offset + match.end())
        return spans


@lru_cache(maxsize=1)
def _segmenter() -> _Segmenter:
    # Built once per process, on first use: loading the CRF model is not free.
    return _Segmenter()


def _word_offsets(body: str, words: list[str], cursor: int, limit: int) -> list[tuple[int, int]]:
    """Char spans in ``body`` of underthesea ``words``, searched from ``cursor`` up to ``limit``.

    The slow path, for the rare sentence whose characters underthesea rewrites."""
    spans = []
    for word in words:
        while cursor < limit and body[cursor] == " ":
            cursor += 1
        if body.startswith(word, cursor) and cursor + len(word) <= limit:
            # The common case: the word stands in the body as underthesea wrote it.
            spans.append((cursor, cursor + len(word)))
            cursor += len(word)
            continue
        start = end = None
        for syllable in word.split(" "):
            if not syllable:
                continue
            while cursor < limit and body[cursor].isspace():
                cursor += 1
            if body.startswith(syllable, cursor):
                found = cursor
            else:
                found = body.find(syllable, cursor, limit)
                if found < 0:  # underthesea rewrote a character: trust the length
                    found = cursor
            if start is not None and "\n" in body[end:found]:
                spans.append((start, end))
                start = None
            if start is None:
                start = found
            end = cursor = min(found + len(syllable), limit)
        if start is not None and end > start:
            spans.append((start, end))
    return spans


def segment_spans(body: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Return word spans and the indices of the words that start a sentence.

    Line by line and sentence by sentence, as underthesea is meant to be called: on a
    whole long line (a baomoi body is one line) its word segmenter is slower per
    character, and a word never spans a line break.
    """
    segmenter = _segmenter()
    spans: list[tuple[int, int]] = []
    sentence_starts: list[int] = []
    for line in _LINE.finditer(body):
        text, cursor = line.group(), 0
        for sentence in segmenter.sentences(text):
            if not sentence.strip():
                continue
            at = text.find(sentence, cursor)  # sentences are stripped slices of the line
            found = segmenter.word_spans(sentence, line.start() + at) if at >= 0 else None
            if found is None:
                words = segmenter.word_tokenize(sentence, use_token_normalize=False)
                found = _word_offsets(body, words, line.start() + cursor, line.end())
            if found:
                sentence_starts.append(len(spans))
                spans.extend(found)
                cursor = found[-1][1] - line.start()
    return spans, sentence_starts


def make_doc(vocab: Vocab, body: str) -> Doc:
    """Build a spaCy Doc over ``body`` with underthesea words and sentences.

    Gaps between words become a trailing space or a whitespace token, so ``doc.text``
    is ``body``; the token spans and sentence starts are kept in ``doc.user_data``.
    """
    spans, sentence_starts = segment_spans(body)
    words: list[str] = []
    spaces: list[bool] = []
    sent_flags: list[bool] = []
    token_spans: list[tuple[int, int]] = []
    starts = set(sentence_starts)
    position = 0
    for index, (start, end) in enumerate(spans + [(len(body), len(body))]):
        if start > position:  # the gap before this word
            gap_start = position
            if body[position] == " " and words and not spaces[-1]:
                spaces[-1] = True
                gap_start += 1
            if gap_start < start:
                words.append(body[gap_start:start])
                spaces.append(False)
                sent_flags.append(not token_spans)
                token_spans.append((gap_start, start))
        if index == len(spans):
            break
        words.append(body[start:end])
        spaces.append(False)
        sent_flags.append(index in starts or not token_spans)
        token_spans.append((start, end))
        position = end
    if not words:
        return Doc(vocab, words=[], spaces=[])
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_flags)
    doc.user_data["body"] = body
    doc.user_data["token_spans"] = token_spans
    doc.user_data["sentence_chars"] = [token_spans[i][0] for i, flag in enumerate(sent_flags) if flag]
    return doc


def sentence_index(doc: Doc, char: int) -> int:
    """Index of the sentence that holds character ``char``."""
    starts = doc.user_data.get("sentence_chars") or [0]
    return max(0, bisect.bisect_right(starts, char) - 1)
