"""Segment a normalized body into sentences and words (underthesea), held in a spaCy Doc.

The Doc's text equals the body exactly: every word is a slice of the body, and the
gaps between words are kept as spaces or whitespace tokens. underthesea joins the
syllables of a word with one space whatever stood between them, and may join
across line breaks, so words are re-aligned to the body syllable by syllable and
each line is segmented on its own.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc
from spacy.vocab import Vocab

_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _underthesea():
    # Imported once per process, on first use: loading the CRF model is not free.
    from underthesea import sent_tokenize, word_tokenize

    return sent_tokenize, word_tokenize


def _word_offsets(body: str, words: list[str], cursor: int, limit: int) -> list[tuple[int, int]]:
    """Char spans in ``body`` of underthesea ``words``, searched from ``cursor`` up to ``limit``."""
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

    Sentence by sentence, as underthesea is meant to be called: on a whole long line
    (a baomoi body is one line) its word segmenter is slower per character.
    """
    sent_tokenize, word_tokenize = _underthesea()
    spans: list[tuple[int, int]] = []
    sentence_starts: list[int] = []
    for line in _LINE.finditer(body):
        cursor = line.start()
        for sentence in sent_tokenize(line.group()):
            if not sentence.strip():
                continue
            found = _word_offsets(body, word_tokenize(sentence, use_token_normalize=False), cursor, line.end())
            if found:
                sentence_starts.append(len(spans))
                spans.extend(found)
                cursor = found[-1][1]
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
