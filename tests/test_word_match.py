"""The indexed phrase lists answer exactly as comparing every phrase with every word does.

bot.faq.word_match.Phrases replaced loops over each list's phrases (a privacy check cost
0.25–1.4 ms per typed message); the loops are written out here once more, plainly, and
both are asked the same about the bot's own lists and words typed with typos, joined
Arabic "and", compounds and suffixes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.faq import keywords, matcher
from bot.faq.matcher import _LISTS, _phrase_list, _phrases, normalize, privacy_wish
from bot.faq.word_match import JOINED, Heads, Phrases, begins, find, same_word

LANGS = ("de", "ar", "tr", "vi", "uk", "en")
#: Every list the matcher reads with Phrases: by name of bot.faq.keywords, and _LISTS.
LISTED = (
    "NOTICE_NAMES",
    "OWN_ACCOUNT",
    "ERASE_VERBS",
    "ALL_WORDS",
    "ERASURE_NOUNS",
    "ASKING_WORDS",
    "WITHDRAW_STEMS",
    "CONSENT_WORDS",
    "DATA_WORDS",
    "ABOUT_ME",
    "FROM_ME",
    "OWN_DATA",
    "DATA_CARE",
    "DATA_WHO",
)


def _indexed(name: str) -> Phrases:
    """The list ``name`` ("OWN_DATA/de", "family/ar") as the matcher indexes it."""
    listed, lang = name.split("/")
    if listed in _LISTS:
        return Phrases(_phrases(listed, lang))
    return _phrase_list(getattr(keywords, listed).get(lang, ""))


def _typed(phrases: Phrases) -> Iterator[list[str]]:
    """Messages made of the list's own words, changed as people change them."""
    others = ["ich", "bitte", "meine", "daten", "leipzig", "yılmaz", "döner", "nguyễn"]
    for phrase in phrases.all:
        words = list(phrase)
        yield words
        yield ["bitte", *words, "danke"]
        last = words[-1]
        for changed in (
            last[:-1],  # a letter short
            last + "n",  # a letter more
            last[:1] + "x" + last[2:],  # a letter wrong
            last[1:] + last[:1],  # turned round
            JOINED[0] + last,  # joined to an Arabic "and"
            last + "lerimi",  # a suffix
            "daten" + last,  # a compound
            last[: len(last) // 2],  # a start only
        ):
            yield [*words[:-1], changed]
            yield [*others[:2], *words[:-1], changed, *others[2:4]]
    yield others


def _plain_named(phrases: Phrases, words: list[str], affix: int) -> set[str]:
    named: set[str] = set()
    for phrase in phrases.all:
        if len(phrase) > 1:
            start = find(phrase, words)
            named.update(() if start is None else words[start : start + len(phrase)])
        else:
            listed = phrase[0]
            named.update(
                w
                for w in words
                if same_word(w, listed)
                or (len(listed) >= affix and (w.startswith(listed) or w.endswith(listed)))
            )
    return named


def _plain_exactly(phrase: tuple[str, ...], words: list[str]) -> bool:
    size = len(phrase)
    return any(tuple(words[at : at + size]) == phrase for at in range(len(words) - size + 1))


@pytest.mark.parametrize("name", [f"{n}/{lang}" for lang in LANGS for n in (*LISTED, *_LISTS)])
def test_the_index_answers_as_every_phrase_compared(name: str) -> None:
    phrases = _indexed(name)
    for words in _typed(phrases):
        words = [normalize(word) for word in words]
        starts = [s for p in phrases.all if (s := find(p, words)) is not None]
        assert phrases.stands_in(words) == bool(starts), (name, words)
        assert phrases.first(words) == (min(starts) if starts else None), (name, words)
        assert phrases.begins(words) == any(begins(p, words) for p in phrases.all), (name, words)
        exactly = any(_plain_exactly(p, words) for p in phrases.all)
        assert phrases.exactly_in(words) == exactly, (name, words)
        assert phrases.named(words, 5) == _plain_named(phrases, words, 5), (name, words)


@pytest.mark.parametrize("kind", ["wishes", "trouble", "its_cost"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_first_words_index_skips_only_phrases_that_stand_nowhere(kind: str, lang: str) -> None:
    # bot.faq.matcher.wish tries about 900 phrases in order; it looks for a phrase only
    # where a typed word is its first word (Heads), as do the trouble and the "what does it
    # cost" checks. A phrase is skipped only where comparing its first word with each
    # typed word finds nothing: typed as listed, with a typo, joined to an Arabic "and".
    if kind == "wishes":
        wishes, heads = matcher._wishes_also(lang)
        wished = [phrase for phrase, _flow, _turns in wishes]
    else:
        wished, heads = list(_phrases(kind, lang)), matcher._heads(kind, lang)
    firsts = sorted({phrase[0] for phrase in wished})
    for first in firsts:
        for typed in (first, first + "e", first[:-1], first[1:], first[::-1], JOINED[0] + first):
            among = heads.among([typed])
            assert among == {each for each in firsts if same_word(typed, each)}, (lang, typed)
            # What is skipped is not found where it was tried before.
            for phrase in wished:
                if phrase[0] not in among:
                    assert find(phrase, [typed, *phrase[1:]]) is None, (lang, typed, phrase)


def test_a_phrase_without_words_has_no_first_word() -> None:
    with pytest.raises(ValueError, match="without words"):
        Heads([("daten",), ()])


def test_a_typo_is_found_and_a_negation_is_not() -> None:
    listed = Phrases([("löschen",), ("meine", "daten"), ("vermiyor",)])
    assert listed.stands_in(["bitte", "löchen"])  # a letter short
    assert listed.stands_in(["meine", "dateen"])  # a letter more
    assert not listed.stands_in(["meine", "datne"])  # a short word's letters turned round
    assert not listed.stands_in(["veriyor"])  # "does pay" is not "does not pay"
    assert not listed.stands_in(["meine"])  # half a phrase


def test_a_phrase_without_words_is_refused() -> None:
    with pytest.raises(ValueError, match="without words"):
        Phrases([("daten",), ()])


def _keyword_phrases() -> list[tuple[str, str]]:
    """Every phrase of every keyword list of bot.faq.keywords, with its language."""
    found: set[tuple[str, str]] = set()
    for listed in vars(keywords).values():
        if not isinstance(listed, dict):
            continue
        for lang, phrases in listed.items():
            if lang in LANGS and isinstance(phrases, str):
                found.update(
                    (phrase.strip(), lang) for phrase in phrases.split(",") if phrase.strip()
                )
            elif lang in LANGS and isinstance(phrases, dict):
                found.update(
                    (phrase.strip(), lang)
                    for each in phrases.values()
                    if isinstance(each, str)
                    for phrase in each.split(",")
                    if phrase.strip()
                )
    return sorted(found)


def test_the_first_look_at_a_message_hides_no_privacy_wish(monkeypatch: pytest.MonkeyPatch) -> None:
    """privacy_wish looks first whether any word of a message is one of its lists' words
    (_privacy_vocabulary). Each listed phrase, alone and in a sentence, gets the same answer
    with and without that look: a list a check reads but the look leaves out fails here."""
    phrases = _keyword_phrases()
    said = [(f"{phrase}", lang) for phrase, lang in phrases]
    said += [(f"bitte {phrase} danke", lang) for phrase, lang in phrases]
    looked = {(text, lang): privacy_wish(text, lang) for text, lang in said}
    assert any(looked.values())

    class Everything:
        def touched_by(self, words: object) -> bool:
            return True

    monkeypatch.setattr(matcher, "_privacy_vocabulary", lambda lang: Everything())
    unlooked = {(text, lang): privacy_wish(text, lang) for text, lang in said}
    assert looked == unlooked


def test_a_name_is_no_privacy_wish_at_the_first_look() -> None:
    from bot.faq.matcher import _privacy_vocabulary

    assert not _privacy_vocabulary("tr").touched_by(["yilmaz", "doner"])
    assert not _privacy_vocabulary("uk").touched_by(["oleksandr"])
    assert _privacy_vocabulary("de").touched_by(["loschen", "sie", "meine", "daten"])
