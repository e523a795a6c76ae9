"""Typed words against listed phrases: one word for another, a typo allowed (pure).

The matcher (bot.faq.matcher) reads every typed message against lists of phrases in
three languages: a privacy wish, a benefit no page is on, a family member. Compared
pair by pair in Python, a short message cost a privacy check alone 0.25–1.4 ms
(about 250 word comparisons; bench/README.md, "Round 34"). :class:`Phrases` indexes a
list once: its one-word phrases in a set (a word typed as listed is one lookup), by
their starts and ends (a compound, a suffix) and by length (a typo changes the length
by one at most, so only listed words of about the typed length are compared, and those
in one call of rapidfuzz's C loop). The answers are exactly those of the pairwise
comparison, which :func:`same_word` still is. :class:`Heads` serves a list tried phrase
by phrase in its order (the dialogue wishes): only phrases whose first word was typed are
looked for. :class:`Vocabulary` is a first look over many lists at once: a message none
of whose words is in any of them matches none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process

from bot.negation import negation_apart

#: How alike a word and a keyword must be (0-100) to count.
WORD_CUTOFF = 86
#: The shortest listed word a typo is forgiven in: "an apprentice" (a business looking
#: for one) is not "an apprenticeship".
TYPO_LETTERS = 5

#: Arabic "and" and "so", written joined to the next word: "وأبحث عن تدريب" (and I am
#: looking for training) holds the wish "أبحث عن تدريب", normalized.
JOINED = ("و", "ف")

#: Arabic "my" and "our" as a word's ending ("متدربي", my apprentice; "مطعمنا"): a typo
#: allowance read "أنا متدرب" (I am an apprentice) as "my apprentice", the business's.
_MY_OUR = ("ي", "نا")


def same_word(typed: str, word: str) -> bool:
    """Whether ``typed`` is the listed ``word``, joined to an Arabic "and", or a typo of it."""
    if typed[:1] in JOINED and len(typed) > 2 and typed[1:] == word:
        return True
    # A typo in a longer word is forgiven, a short word must be exact. A typo changes a
    # letter or two, not the word's length by more than one: "apprentices" is not
    # "apprenticeship". Nor does it ever turn a word into its negation: "para veriyor
    # musunuz?" (do you pay?) is not an apprentice's "para vermiyor" (he does not pay).
    return typed == word or (
        len(word) >= TYPO_LETTERS
        and abs(len(typed) - len(word)) <= 1
        and fuzz.ratio(typed, word) >= WORD_CUTOFF
        and _typo_kept(typed, word)
    )


def _typo_kept(typed: str, word: str) -> bool:
    """Whether a typo allowance may read ``typed`` as ``word``: not a "not" apart, and not
    one of them the other with an Arabic "my" or "our" added."""
    longer, shorter = (typed, word) if len(typed) > len(word) else (word, typed)
    owned = any(longer == shorter + ending for ending in _MY_OUR)
    return not owned and not negation_apart(typed, word)


def begins(phrase: Sequence[str], words: Sequence[str]) -> bool:
    """Whether words one after another begin with ``phrase``'s ("bilgiler", "інформацію")."""
    size = len(phrase)
    return any(
        all(words[start + i].startswith(phrase[i]) for i in range(size))
        for start in range(len(words) - size + 1)
    )


def find(phrase: Sequence[str], words: Sequence[str]) -> int | None:
    """Where ``phrase`` starts in ``words`` (its words one after another, each
    :func:`same_word`), or None."""
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if all(same_word(words[start + i], phrase[i]) for i in range(size)):
            return start
    return None


class _Words:
    """Listed words, each matched as :func:`same_word` matches it: whole, joined to an
    Arabic "and", or (from five letters) a typo away, compared only with listed words of
    about the typed length, in one call of rapidfuzz's C loop."""

    __slots__ = ("_near", "_set")

    def __init__(self, words: Iterable[str]) -> None:
        self._set = frozenset(words)
        # By the typed word's length, the listed words a typo may have come from.
        near: dict[int, list[str]] = {}
        for word in sorted(self._set):
            if len(word) >= TYPO_LETTERS:
                for size in (len(word) - 1, len(word), len(word) + 1):
                    near.setdefault(size, []).append(word)
        self._near = {size: tuple(listed) for size, listed in near.items()}

    def matches(self, typed: str) -> list[str]:
        """The listed words ``typed`` is :func:`same_word` as."""
        found = [typed] if typed in self._set else []
        if typed[:1] in JOINED and len(typed) > 2 and typed[1:] in self._set:
            found.append(typed[1:])
        listed = self._near.get(len(typed))
        if listed is not None:
            found += (
                word
                for word, _score, _at in process.extract(
                    typed, listed, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=None
                )
                if word != typed and _typo_kept(typed, word)
            )
        return found


class Phrases:
    """A list of phrases, each as normalize() writes its words, indexed once.

    Every method answers as the phrase-by-phrase loop it replaces would: one-word phrases
    through an index of their words, longer ones through an index of their first words.
    """

    __slots__ = ("_by_head", "_heads", "_longest", "_longest_head", "_one", "_words", "all")

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.all = tuple(phrases)
        if not all(self.all):
            raise ValueError("a phrase without words")
        words = {phrase[0] for phrase in self.all if len(phrase) == 1}
        self._words = frozenset(words)
        self._one = _Words(words)
        self._longest = max(map(len, words), default=0)
        by_head: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.all:
            if len(phrase) > 1:
                by_head.setdefault(phrase[0], []).append(phrase)
        self._by_head = {head: tuple(listed) for head, listed in by_head.items()}
        self._heads = _Words(by_head)
        self._longest_head = max(map(len, by_head), default=0)

    def same(self, typed: str) -> bool:
        """Whether ``typed`` is :func:`same_word` as one of the one-word phrases."""
        return bool(self._one.matches(typed))

    def _longer(self, words: Sequence[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """Where each longer phrase stands in ``words``, in the order of the words."""
        for start, typed in enumerate(words):
            for head in self._heads.matches(typed):
                for phrase in self._by_head[head]:
                    size = len(phrase)
                    if start + size <= len(words) and all(
                        same_word(words[start + i], phrase[i]) for i in range(1, size)
                    ):
                        yield start, phrase

    def stands_in(self, words: Sequence[str]) -> bool:
        """Whether a phrase stands in ``words`` (its words one after another, each
        :func:`same_word`)."""
        return any(self.same(word) for word in words) or next(self._longer(words), None) is not None

    def first(self, words: Sequence[str]) -> int | None:
        """Where in ``words`` the first phrase that stands in them starts, or None."""
        one = next((at for at, word in enumerate(words) if self.same(word)), None)
        longer = next(self._longer(words), None)
        starts = [at for at in (one, longer and longer[0]) if at is not None]
        return min(starts, default=None)

    def begins(self, words: Sequence[str]) -> bool:
        """Whether a phrase's words begin words of ``words`` one after another."""
        return any(
            word[:end] in self._words
            for word in words
            for end in range(1, min(len(word), self._longest) + 1)
        ) or any(
            all(words[start + i].startswith(phrase[i]) for i in range(1, len(phrase)))
            for start, word in enumerate(words)
            for end in range(1, min(len(word), self._longest_head) + 1)
            for phrase in self._by_head.get(word[:end], ())
            if start + len(phrase) <= len(words)
        )

    def exactly_in(self, words: Sequence[str]) -> bool:
        """Whether a phrase's words stand one after another in ``words``, each exactly."""
        return not self._words.isdisjoint(words) or any(
            tuple(words[at : at + len(phrase)]) == phrase
            for phrase in self._by_phrase()
            for at in range(len(words) - len(phrase) + 1)
        )

    def named(self, words: Sequence[str], affix: int) -> set[str]:
        """The words of ``words`` a phrase names: a longer phrase's words one after another
        (where it first stands), a word :func:`same_word` as a one-word phrase, or beginning
        or ending with one of ``affix`` letters or more (a compound, a suffix, an attached
        Arabic prefix)."""
        named = {word for word in words if self.same(word) or self._affixed(word, affix)}
        seen: set[tuple[str, ...]] = set()
        for start, phrase in self._longer(words):
            if phrase not in seen:
                seen.add(phrase)
                named.update(words[start : start + len(phrase)])
        return named

    def _by_phrase(self) -> Iterator[tuple[str, ...]]:
        return (phrase for listed in self._by_head.values() for phrase in listed)

    def _affixed(self, word: str, affix: int) -> bool:
        """Whether ``word`` begins or ends with a one-word phrase of ``affix`` letters or more."""
        ends = range(affix, min(len(word), self._longest) + 1)
        return any(word[:end] in self._words or word[-end:] in self._words for end in ends)


class Heads:
    """The first words of many phrases kept in their order, looked up once per message:
    :func:`find` of a phrase no typed word is the first word of (:func:`same_word`) is
    None, and most phrases of a long list are skipped so (a dialogue wish's list held
    about 900, each compared word by word with every typed message)."""

    __slots__ = ("_words",)

    def __init__(self, phrases: Iterable[Sequence[str]]) -> None:
        heads = [phrase[0] if phrase else "" for phrase in phrases]
        if not all(heads):
            raise ValueError("a phrase without words")
        self._words = _Words(heads)

    def among(self, words: Sequence[str]) -> frozenset[str]:
        """The first words that words of ``words`` are :func:`same_word` as."""
        return frozenset(head for typed in words for head in self._words.matches(typed))


class Vocabulary:
    """Every word of some phrase lists, for a first look at a message. A message none of
    whose words is one of them (whole, a typo away, joined to an Arabic "and"), begins
    with a word of the lists read by their starts (``begun``: stems, "bilgi" for
    "bilgiler"), or begins or ends with a word of ``affix`` letters or more of the lists
    read so (``affixed``) matches none of their phrases however a check reads them
    (:class:`Phrases`, a stem's ``startswith``). One look at each word instead of one per
    list: most typed messages (a name, a town) touch none."""

    __slots__ = ("_affix", "_affixed", "_begun", "_longest", "_words")

    def __init__(
        self,
        phrases: Iterable[Sequence[str]],
        begun: Iterable[Sequence[str]],
        affixed: Iterable[Sequence[str]],
        affix: int,
    ) -> None:
        self._begun = frozenset(word for phrase in begun for word in phrase)
        self._affixed = frozenset(
            word for phrase in affixed for word in phrase if len(word) >= affix
        )
        words = {word for phrase in phrases for word in phrase} | self._begun | self._affixed
        self._words = _Words(words)
        self._longest = max(map(len, words), default=0)
        self._affix = affix

    def touched_by(self, words: Sequence[str]) -> bool:
        """Whether a word of ``words`` may be read as a word of the lists."""
        for typed in words:
            ends = range(1, min(len(typed), self._longest) + 1)
            if any(typed[:end] in self._begun for end in ends):
                return True
            if any(
                typed[:end] in self._affixed or typed[-end:] in self._affixed
                for end in ends
                if end >= self._affix
            ):
                return True
            if self._words.matches(typed):
                return True
        return False
