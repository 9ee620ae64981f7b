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
from itertools import accumulate, chain, compress, count, repeat
from operator import add
from typing import NamedTuple

from spacy.tokens import Doc
from spacy.vocab import Vocab

from unionfacts.extract.patterns import UPPER, alternation
from unionfacts.normalize import normalize_tone_marks
from unionfacts.resources import read_words

_LINE = re.compile(r"[^\n]+")
# No token of underthesea's regex crosses whitespace, but its patterns (URLs, dotted
# numbers, dates) rescan a run of non-space characters from each token inside it, so a
# run of thousands ("1.2.3.…", a pasted base64 image) costs its length squared. Runs
# longer than this are tokenized a window at a time: no text a person writes has one.
LONG_RUN = 256
_WINDOW = 4 * LONG_RUN  # characters of a long run the regex sees at once
_WINDOW_MARGIN = LONG_RUN  # tokens ending this close to a window's cut are redone in the next
_LONG_RUNS = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_CHUNKS = re.compile(r"\S+")


def token_matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of ``pattern``'s matches in ``text`` (underthesea's token regex), in linear time.

    Text around long runs is matched in one pass each, with the run's neighbours in
    view, so its tokens are exactly ``pattern.finditer(text)``'s. A long run is matched
    in windows; a token that ends near a window's cut is matched again from the next
    window, so only a token longer than the margin can differ from a whole-text match.
    """
    if len(text) <= LONG_RUN:
        return [match.span() for match in pattern.finditer(text)]
    spans: list[tuple[int, int]] = []
    done = 0
    for run in _LONG_RUNS.finditer(text):
        spans.extend(match.span() for match in pattern.finditer(text, done, run.start()))
        spans.extend(_run_matches(pattern, text, run.start(), run.end()))
        done = run.end()
    spans.extend(match.span() for match in pattern.finditer(text, done))
    return spans


def _run_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        cut = position + _WINDOW
        if cut >= end:  # the last window sees the character after the run, as a whole-text match would
            spans.extend(match.span() for match in pattern.finditer(text, position, min(end + 1, len(text)))
                         if match.start() < end)
            break
        found = [match.span() for match in pattern.finditer(text, position, cut)]
        kept = [span for span in found if span[1] <= cut - _WINDOW_MARGIN] or found[:1]
        if not kept:  # cannot happen (every non-space character is some token); never loop
            kept = [(position, cut)]
        spans.extend(kept)
        position = kept[-1][1]
    return spans


class _ChunkMatches(dict):
    """chunk -> its tokens, their starts and their ends, matched on first lookup (so a
    hit is a C-level dict lookup), read with ``suffix`` after the chunk."""

    LIMIT = 100_000  # chunks remembered; cleared when full, so memory stays flat
    LONGEST = 64  # longer chunks (URLs, long numbers) are rare: matched each time, not kept

    def __init__(self, pattern: re.Pattern[str], suffix: str) -> None:
        super().__init__()
        self.pattern = pattern
        self.suffix = suffix

    def __missing__(self, chunk: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
        spans = token_matches(self.pattern, chunk + self.suffix)
        found = (tuple(chunk[start:end] for start, end in spans), *zip(*spans)) if spans else ((), (), ())
        if len(chunk) <= self.LONGEST:
            if len(self) >= self.LIMIT:
                self.clear()
            self[chunk] = found
        return found


class ChunkTokenizer:
    """underthesea's token regex, run once per distinct whitespace-delimited chunk.

    No match of the regex holds whitespace, and what a match is depends on nothing
    outside its chunk but whether the text ends right after it (``[A-ZĐ]+\\.(?!$)``
    takes "TP." inside a sentence, not at its end): its lookbehinds and ``\\b`` see
    whitespace or the text's edge there either way. So ``pattern.finditer(text)`` is
    the matches of each chunk, read with a space after it (or, for a chunk that ends
    the text, alone). News text repeats a few thousand chunks ("công", "đoàn", "Nội,"):
    each is matched once and its tokens remembered, instead of the whole alternation
    of the regex being tried at every token of every sentence.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.inner = _ChunkMatches(pattern, " ")  # chunks followed by whitespace
        self.last = _ChunkMatches(pattern, "")  # a chunk that ends the text

    def tokens(self, text: str) -> tuple[list[str], list[int], list[int]]:
        """The tokens of ``text`` with their start and end offsets: those of ``pattern.finditer(text)``."""
        chunks = text.split()
        if not chunks:
            return [], [], []
        if len(text) == sum(map(len, chunks)) + len(chunks) - 1:
            # one whitespace character between chunks, none around them (the usual sentence)
            chunk_starts = map(add, accumulate(map(len, chunks[:-1]), initial=0), count())
        else:
            chunk_starts = (match.start() for match in _CHUNKS.finditer(text))
        found = list(map(self.inner.__getitem__, chunks))
        if not text[-1].isspace() or (text[-1] == "\n" and len(text) > 1 and not text[-2].isspace()):
            found[-1] = self.last[chunks[-1]]  # ``$`` matches at the end and before a final newline
        # Flattened in C-level passes: each chunk's offsets shifted by the chunk's start.
        tokens, starts, ends = zip(*found)
        shifts = list(chain.from_iterable(map(repeat, chunk_starts, map(len, tokens))))
        return (list(chain.from_iterable(tokens)), list(map(add, chain.from_iterable(starts), shifts)),
                list(map(add, chain.from_iterable(ends), shifts)))


def bounded_sentence_splitter(splitter):
    """underthesea's Punkt sentence splitter with its abbreviation look-back bounded.

    Before each period it walks back over letters, digits and periods to find the word
    it ends, so "a.b.c.…" costs its length squared. A word longer than every known
    abbreviation cannot be one, so the walk stops there: the sentences are the same.
    """
    abbreviations = getattr(splitter, "abbrev_types", None)
    if abbreviations is None or not hasattr(splitter, "_get_preceding_word"):
        return None
    longest = max((len(abbreviation) for abbreviation in abbreviations), default=0) + 2

    class _Bounded(type(splitter)):
        def _get_preceding_word(self, text, pos):
            start = pos - 1
            stop = max(-1, pos - 1 - longest)
            while start > stop and (text[start].isalnum() or text[start] == "."):
                start -= 1
            if start == stop and stop >= 0 and (text[stop].isalnum() or text[stop] == "."):
                return None  # longer than any abbreviation
            word = text[start + 1:pos]
            return word if word else None

    return _Bounded(abbreviations).sentences_from_text


def numeral_resplitter(splitter):
    """``splitter`` with a sentence also ended after a one-letter Roman numeral a numbering word heads ("… sơ kết
    quý I. Cùng dự có …"), which underthesea's Punkt splitter reads as a person's initial (models/segment/
    numeral_heads.tsv). The sentences stay stripped slices of the text, as ``segment_spans`` finds them."""
    heads = alternation(read_words("segment/numeral_heads.tsv"))
    numerals = read_words("dates/roman_numerals.tsv", "numeral")
    letters = "".join(sorted(numeral for numeral in numerals if len(numeral) == 1))  # I, V, X
    ending = re.compile(rf"(?<![^\W_])(?i:{heads})[ ]+[{letters}]\.(?=[ ]+{UPPER})")
    stop = re.compile(rf" [{letters}]\. ")  # what any sentence end after a one-letter numeral holds

    def sentences(text: str) -> list[str]:
        if stop.search(text) is None or ending.search(text) is None:
            return splitter(text)  # the common case: one cheap search of the line, no sentence looked at again
        found = []
        for sentence in splitter(text):
            last = 0
            for match in ending.finditer(sentence):
                found.append(sentence[last:match.end()].strip())
                last = match.end()
            found.append(sentence[last:].strip() if last else sentence)
        return [sentence for sentence in found if sentence]

    return sentences


_CLOSING_QUOTES = "\"”’"
# A closing quote and the clause it belongs to going on in lower case: '" diễn ra tại …', '”, ông A nói'.
_QUOTE_GOES_ON = re.compile(rf"[{_CLOSING_QUOTES}][ ]*[,;:]?[ ]*[^\W\d_]")


def quote_joiner(splitter):
    """``splitter`` with a sentence that opens with a closing quote and goes on in lower case joined to the one
    before: underthesea's splitter ends a sentence at a question or an exclamation inside quotes ('tọa đàm với chủ
    đề "Đọc sách - Vì sao không?" diễn ra tại …'). The sentences stay stripped slices of the text."""

    def sentences(text: str) -> list[str]:
        found = splitter(text)
        if len(found) < 2 or not any(sentence[:1] in _CLOSING_QUOTES for sentence in found[1:]):
            return found  # the common case: nothing looked at again
        joined: list[str] = []
        opened, cursor = 0, 0
        for sentence in found:
            at = text.find(sentence, cursor)
            match = _QUOTE_GOES_ON.match(sentence)
            if joined and at >= 0 and match is not None and match.group()[-1].islower():
                joined[-1] = text[opened:at + len(sentence)]
            else:
                joined.append(sentence)
                opened = at if at >= 0 else opened
            cursor = at + len(sentence) if at >= 0 else cursor
        return joined

    return sentences


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
        try:
            from underthesea.pipeline import sent_tokenize as sentence_module

            sentence_module._load_model()
            self.sentences = bounded_sentence_splitter(sentence_module.sentence_tokenizer) or sent_tokenize
        except (ImportError, AttributeError):  # another underthesea layout: its own splitter
            pass
        # underthesea's sentences with only the linear-time guard (tests/test_linear_time.py compares them), then
        # where it misreads Vietnamese news: a Roman numeral read as an initial, a question inside quotes
        self.guarded_sentences = self.sentences
        self.sentences = quote_joiner(numeral_resplitter(self.guarded_sentences))
        self.word_tokenize = word_tokenize
        try:
            from underthesea.pipeline.word_tokenize import regex_tokenize

            self.tokens = regex_tokenize.patterns
            self.normalize = regex_tokenize.normalize_characters_in_text
            self.chunks = ChunkTokenizer(self.tokens)
        except (ImportError, AttributeError):  # another underthesea layout: word_tokenize and re-alignment
            self.tokens = None
        self.tagger = load_segmenter()
        if self.tagger is None:  # a model this decoder does not know: underthesea's own tagger
            word_tokenize("khởi động")  # underthesea loads its CRF model on first use
            from underthesea.pipeline import word_tokenize as module

            model = module.word_tokenize_model
            self.starts = lambda tokens: [tag != "I-W" for tag in model.predict([[token] for token in tokens])]
            self.starts_many = lambda sentences: [self.starts(tokens) for tokens in sentences]
        else:
            self.starts = self.tagger.tags
            self.starts_many = self.tagger.tags_many

    def sentence_tokens(self, sentence: str) -> tuple[list[str], list[int], list[int]] | None:
        """The tokens of ``sentence`` with their char starts and ends, or None when
        underthesea would change the sentence's length before tokenizing it."""
        if self.tokens is None:
            return None
        normalized = self.normalize(sentence)
        if len(normalized) != len(sentence):
            return None
        return self.chunks.tokens(normalized)

    @staticmethod
    def word_spans(starts: list[int], ends: list[int], begins: list[bool], offset: int) -> list[tuple[int, int]]:
        """Char spans of the words a sentence's tokens make (shifted by ``offset``): a word
        starts at each token tagged B-W (and at the first, whatever its tag) and ends where
        the next one starts."""
        if not begins:
            return []
        word_starts = compress(starts, [True] + begins[1:])
        word_ends = compress(ends, begins[1:] + [True])
        return [(offset + start, offset + end) for start, end in zip(word_starts, word_ends)]

    def words(self, sentence: str) -> list[str]:
        """``word_tokenize(sentence, use_token_normalize=False)``, in linear time on long runs."""
        if self.tokens is None or not _LONG_RUNS.search(sentence):
            return self.word_tokenize(sentence, use_token_normalize=False)
        normalized = self.normalize(sentence)
        tokens = [normalized[start:end] for start, end in token_matches(self.tokens, normalized)]
        words: list[str] = []
        for starts, token in zip(self.starts(tokens), tokens):
            if starts or not words:
                words.append(token)
            else:
                words[-1] += " " + token
        return words


@lru_cache(maxsize=1)
def _segmenter() -> _Segmenter:
    # Built once per process, on first use: loading the CRF model is not free.
    return _Segmenter()


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """The lower-case words of underthesea's segmentation dictionary ("chấp hành", "văn hóa") in
    the pipeline's tone-mark style, empty when its model is not one ``unionfacts.wordseg`` decodes."""
    tagger = _segmenter().tagger
    if tagger is None:
        return frozenset()
    return frozenset(normalize_tone_marks(word) for word in tagger.dictionary)


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
                # near the cursor, or nowhere: a search to the end of a long line would be quadratic
                found = body.find(syllable, cursor, min(limit, cursor + len(syllable) + LONG_RUN))
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


class _Untagged(NamedTuple):
    """A sentence's tokens (char starts and ends in it) waiting for their tags."""

    starts: list[int]
    ends: list[int]
    offset: int  # where the sentence starts in the body


def segment_spans(body: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Return word spans and the indices of the words that start a sentence.

    Line by line and sentence by sentence, as underthesea is meant to be called: on a
    whole long line (a baomoi body is one line) its word segmenter is slower per
    character, and a word never spans a line break.
    """
    segmenter = _segmenter()
    # First every sentence's tokens, then one tagging pass over all of them (scoring a
    # document's sentences together is much faster than one by one), then the words.
    sentences: list[_Untagged | list[tuple[int, int]]] = []  # untagged tokens, or words already aligned
    batch: list[list[str]] = []
    for line in _LINE.finditer(body):
        text, cursor = line.group(), 0
        for sentence in segmenter.sentences(text):
            if not sentence.strip():
                continue
            at = text.find(sentence, cursor)  # sentences are stripped slices of the line
            found = segmenter.sentence_tokens(sentence) if at >= 0 else None
            if found is not None:
                tokens, starts, ends = found
                if tokens:
                    batch.append(tokens)
                    sentences.append(_Untagged(starts, ends, line.start() + at))
                    cursor = at + ends[-1]
                continue
            aligned = _word_offsets(body, segmenter.words(sentence), line.start() + cursor, line.end())
            if aligned:
                sentences.append(aligned)
                cursor = aligned[-1][1] - line.start()
    tags = iter(segmenter.starts_many(batch))
    spans: list[tuple[int, int]] = []
    sentence_starts: list[int] = []
    for sentence in sentences:
        sentence_starts.append(len(spans))
        if isinstance(sentence, _Untagged):
            spans.extend(segmenter.word_spans(sentence.starts, sentence.ends, next(tags), sentence.offset))
        else:
            spans.extend(sentence)
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
