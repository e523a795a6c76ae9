"""A German call asked for with its verb split ("rufen Sie mich nach 18 Uhr an", "ruf
mich bitte abends an", "rufen Sie mich morgen zurück"): the "an" or "zurück" at the end
belongs to "rufen". Read word by word, only "rufen Sie mich an" whole was the phone, so
the hour said between was taken and the wish to be called lost. Pure: words in, words
out."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase

#: "rufen" as people write it to someone ("ruf", "rufen Sie", "ruft"), as phrase() does.
_CALLING = frozenset(phrase(word) for word in ("ruf", "rufe", "rufen", "ruft", "rufst"))
#: Whom to call: the person ("mich"); "Sie" may stand between ("rufen Sie mich").
_ME = phrase("mich")
_BETWEEN = 2
#: The verb's particles, which German puts at the end ("anrufen", "zurückrufen").
_PARTICLES = frozenset(phrase(word) for word in ("an", "zurück"))
#: Words after the particle that leave it the end ("ruf mich an bitte").
_AFTER_THE_END = frozenset(phrase(word) for word in ("bitte", "danke", "gern", "gerne"))


def joined(words: list[str]) -> list[str]:
    """``words`` (as phrase() writes them) with a split "anrufen" joined, the particle
    right after "mich" ("rufen sie mich an nach 18 uhr"), so that the phone's phrases are
    found among them; as they are otherwise."""
    end = len(words)
    while end and words[end - 1] in _AFTER_THE_END:
        end -= 1
    if end < 3 or words[end - 1] not in _PARTICLES:
        return words
    particle = words[end - 1]
    for at, word in enumerate(words[: end - 1]):
        if word not in _CALLING:
            continue
        for me in range(at + 1, min(at + 1 + _BETWEEN, end - 1)):
            if words[me] == _ME:
                return [*words[: me + 1], particle, *words[me + 1 : end - 1], *words[end:]]
    return words
