"""Whether a parent's words for their child ("für meinen Sohn", "oğlum için", "لابني")
stand in a text, with or without a "not" that denies them. Pure: text in, answer out."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from bot.dialogue.typed_words import greets, phrase
from bot.faq.matcher import wish
from bot.flows.young import YOUNG
from bot.negation import NOT, he_or_she_at, negations, spelled_not, without_answer_no

#: The most words in the clause in which a parent's "for my son" is looked for ("ابني
#: عمره 15 سنة"), and in the whole text ("Không phải cho tôi, cho con tôi"). Where the
#: child's words open the clause (past one word: "Also mein Sohn", "Dạ con tôi") it is
#: about the child however long, up to the whole text's limit: "Мій син не може знайти
#: навчання", "Con trai tôi không tìm được chỗ học nghề" were refused.
_PARENT_WORDS = 5
PARENT_TEXT_WORDS = 12
_PARENT_OPENS = 1
#: What ends a clause: a "not" in another one denies something else ("Nicht für mich,
#: für meinen Sohn", "ليس لي، لابني").
_CLAUSE_END = re.compile(r"[,;.!?:،؛؟]+")
#: How many words before a parent's words a "not" denies them ("don't ask for my son":
#: "don", "t", "ask").
_NOT_BEFORE = 3
#: How many words after them ("oğlum için değil", "oğlum için istemiyorum").
_NOT_AFTER = 2
#: A "no" that starts the text and stands right before the parent's words answers what
#: came before, with or without a comma: "No for my son", "Không cho con tôi", "لا لابني".
_ANSWER_NO = frozenset(("no", "khong", "لا"))


def for_another_said(phrases: AbstractSet[str], text: str) -> bool | None:
    """Whether a parent's words (``phrases``) stand in a short clause of ``text``: True,
    False when a "not" stands with them (just before, in or just after them: "nicht für
    meinen Sohn", "oğlum için değil"), None when they stand in none. A "not" elsewhere
    denies something else: "Not for me, for my son" is a parent's (it was refused)."""
    if _for_self_said(text):
        return None
    for clause in _CLAUSE_END.split(without_answer_no(spelled_not(text))):
        words = phrase(clause).split()
        # The longest first: "cho con tôi" stands right after the "no" of "Không cho con
        # tôi", its "con tôi" one word further.
        for listed in sorted(phrases, key=len, reverse=True):
            size = len(listed.split())
            at = found_at(listed.split(), words)
            if at is None or (len(words) > _PARENT_WORDS and at > _PARENT_OPENS):
                continue
            nots = {
                where
                for where in negations(words)
                if not (where == 0 and at == 1 and words[0] in _ANSWER_NO)
            }
            return not any(_denies(words, where, at, size) for where in nots)
    return None


def parent_said(phrases: AbstractSet[str], text: str, lang: str) -> bool | None:
    """:func:`for_another_said` for a text of up to PARENT_TEXT_WORDS words; a longer one
    is a parent's only where its first clause past a greeting is about the child ("Guten
    Tag, mein Sohn ist 16 und sucht nach der Schule eine Ausbildung als Mechatroniker in
    Leipzig": refused as too long, though it said who asks). Where the person speaks of
    themselves first ("Ich bin 19 und suche eine Ausbildung, mein Sohn ist 2"), the child
    named later is not who the message is about; nor where a clause of its own says the
    person's own wish (:func:`own_wish_said`: "Mein Sohn ist 2, ich suche selbst eine
    Ausbildung")."""
    if own_wish_said(phrases, text, lang):
        return None
    if len(phrase(text).split()) <= PARENT_TEXT_WORDS:
        return for_another_said(phrases, text)
    for clause in _CLAUSE_END.split(text):
        said = for_another_said(phrases, clause)
        if said is not None:
            return said
        # Past a greeting or an address ("Guten Tag", "Chào anh chị"), the first clause
        # says whom the message is about.
        if len(phrase(clause).split()) > _OPENING_WORDS and greets(clause) is None:
            return None
    return None


#: Words by which the one typing speaks of themselves, as phrase() writes them ("ich",
#: "I'm", "ben", "я", "tôi", "em", "أنا"), and Ukrainian and Arabic verbs that say "I"
#: by their form ("шукаю", "أبحث"); a Turkish verb says it by its ending (_TURKISH_I).
_I_WORDS = frozenset(
    phrase(word)
    for word in (
        *("ich", "i", "im", "myself", "ben", "kendim", "я", "сам", "сама", "шукаю", "хочу"),
        *("tôi", "em", "mình", "أنا", "انا", "أبحث", "ابحث", "أريد", "اريد", "أود"),
    )
)
#: A Turkish verb in the first person ("arıyorum", "istiyorum"), as phrase() writes it.
_TURKISH_I = re.compile(r"yorum$")
#: Words that stress the wish as the person's own, as phrase() writes them ("selbst",
#: "myself", "kendim", "ben de", "сама", "я теж", "بنفسي", "bản thân", "tôi cũng").
_STRESSED_SELF = tuple(
    phrase(said).split()
    for said in (
        *("selbst", "selber", "auch", "myself", "too", "also", "kendim", "ben de", "сам"),
        *("сама", "теж", "також", "بنفسي", "نفسي", "أيضا", "ايضا", "bản thân"),
        *("chính tôi", "chính em", "tôi cũng", "em cũng"),
    )
)
#: "For him", "for her", said of a child named before ("Meine Tochter ist 16. Ich suche
#: einen Ausbildungsplatz für sie"): a wish with them is the child's.
_FOR_THE_CHILD = tuple(
    phrase(said).split()
    for said in (
        *("für sie", "für ihn", "for her", "for him", "onun için", "ona", "для нього"),
        *("для неї", "для сина", "для доньки", "cho nó", "cho con", "cho cháu", "لها", "له"),
    )
)


def own_wish_said(phrases: AbstractSet[str], text: str, lang: str) -> bool:
    """Whether a clause of ``text`` that names no child (``phrases``) says the person's
    own wish in the first person, stressed as their own ("ich suche selbst eine
    Ausbildung", "ben kendim ausbildung arıyorum", "я сама шукаю навчання") or said before
    the child is named ("Ich suche eine Ausbildung, mein Sohn ist 2"): the child named in
    another clause ("Mein Sohn ist 2") is not who is looking. Unstressed after the child
    ("Mein Sohn ist 16, ich suche eine Ausbildung", "Ich bin die Mutter, ich suche ..."),
    the wish may be for the child, and stays a parent's."""
    clauses = _CLAUSE_END.split(text)
    about_the_child = [for_another_said(phrases, clause) is not None for clause in clauses]
    for at, clause in enumerate(clauses):
        if about_the_child[at]:
            continue
        words = phrase(clause).split()
        if any(found_at(child, words) is not None for child in _FOR_THE_CHILD):
            continue
        if not (set(words) & _I_WORDS or any(_TURKISH_I.search(word) for word in words)):
            continue
        stressed = any(found_at(own, words) is not None for own in _STRESSED_SELF)
        if any(about_the_child[:at]) and not stressed:
            continue
        if wish(clause, lang) == YOUNG.key:
            return True
    return False


def without_the_child(phrases: AbstractSet[str], text: str) -> str:
    """``text`` without its clauses that name a child (``phrases``): "Mein Sohn ist 2, ich
    suche eine Ausbildung" says nothing of the person's own age."""
    return ", ".join(
        clause for clause in _CLAUSE_END.split(text) if for_another_said(phrases, clause) is None
    )


#: "He", "she" opening a text, as phrase() writes them ("he's looking for an
#: apprenticeship", "er sucht eine Ausbildung", "o ausbildung arıyor"): someone else's
#: wish, as a parent says it. Not German "sie" ("Sie suchen": you, or they), nor
#: Vietnamese "con", "cháu" (a young person's "I" to an elder); "nó", which phrase()
#: writes as the "no" of "No, ich suche …", only before what a person does
#: (bot.negation.he_or_she_at).
_HE_OR_SHE_OPENS = frozenset(
    phrase(word)
    for word in (
        *("er", "he", "he's", "she", "she's", "o", "він", "вона", "هو", "هي"),
        # Russian "he", "she", as many Ukrainians type them ("она шукає навчання").
        *("он", "она"),
    )
)


#: German "sie" is "she" only before a verb for one person ("sie sucht", "sie will"):
#: "Sie suchen" is "you" or "they". The verbs of one person mostly end in "t" ("sucht",
#: "macht", "hat"); the modal ones do not. Words ending in "t" that are no verb are not
#: read as one ("Sie nicht", "sie jetzt").
_SIE = phrase("sie")
_ONE_PERSONS_MODALS = frozenset(
    phrase(word) for word in ("will", "möchte", "kann", "muss", "darf", "soll", "mag", "weiß")
)
_NO_VERBS = frozenset(
    phrase(word) for word in ("nicht", "jetzt", "erst", "selbst", "gut", "mit", "seit")
)


def _she_in_german(words: list[str]) -> bool:
    """Whether ``words`` open with German "sie" before a verb for one person ("sie sucht
    eine Ausbildung": she, which was taken for the writer's own search)."""
    verb = words[1]
    if words[0] != _SIE or verb in _NO_VERBS:
        return False
    return verb in _ONE_PERSONS_MODALS or (len(verb) > 2 and verb.endswith("t"))


def said_of_him_or_her(text: str) -> bool:
    """Whether ``text`` opens with "he" or "she" (:data:`_HE_OR_SHE_OPENS`, German "sie
    sucht", or the Vietnamese "nó đang …")."""
    words = phrase(text).split()
    return len(words) > 1 and (
        words[0] in _HE_OR_SHE_OPENS or _she_in_german(words) or he_or_she_at(words, 0)
    )


def names_a_child(phrases: AbstractSet[str], text: str) -> bool:
    """Whether a parent's words for their child (``phrases``) stand in any clause of
    ``text``, said or denied."""
    return any(for_another_said(phrases, clause) is not None for clause in _CLAUSE_END.split(text))


#: The most words of a clause that opens a message without saying whom it is about.
_OPENING_WORDS = 3


def _denies(words: list[str], where: int, at: int, size: int) -> bool:
    """Whether the "not" at ``where`` in ``words`` denies the words at ``at`` (``size``
    words): in them or up to _NOT_BEFORE words before them; after them only a Turkish one
    ("oğlum için değil", "oğlum için istemiyorum"). "Mein Sohn will nicht", "Мій син не
    може знайти навчання", "ابني لم يجد تدريب" say something of the child."""
    if at - _NOT_BEFORE <= where < at + size:
        return True
    # A Turkish verb after "for my son" is the parent's ("oğlum için istemiyorum"), after
    # "my son" alone the child's: "Oğlum Ausbildung bulamıyor" (he finds none) was refused.
    return at + size <= where < at + size + _NOT_AFTER and (
        words[where] == _DEGIL or (not {words[where]} & NOT and words[at + size - 1] in _FOR)
    )


_DEGIL = phrase("değil")
#: Turkish "for", "on behalf of" ("oğlum için", "oğlum adına"), as phrase() folds them.
_FOR = frozenset(phrase(word) for word in ("için", "adına"))
#: "For me", "for myself", folded as phrase() folds: said without a "not" before it (or
#: Turkish "değil" after it), the person asks for themselves, whatever child they name
#: beside it ("Für mich selbst, mein Sohn ist schon fertig", "Для себе. Мій син вже
#: працює", "Für meinen Sohn? Nein, für mich."). "Cho tôi hỏi" is "may I ask".
_FOR_SELF = tuple(
    phrase(said).split()
    for said in (
        *("für mich", "fuer mich", "for me", "for myself", "myself", "для себе", "для мене"),
        *("kendim için", "benim için", "kendim icin", "benim icin", "cho tôi", "cho mình"),
        *("لي", "لنفسي"),
    )
)
_MAY_I_ASK = phrase("hỏi")


def _for_self_said(text: str) -> bool:
    """Whether ``text`` says "for me" (_FOR_SELF) without a "not" that denies it."""
    for clause in _CLAUSE_END.split(without_answer_no(spelled_not(text))):
        words = phrase(clause).split()
        for listed in _FOR_SELF:
            size = len(listed)
            at = found_at(listed, words)
            if at is None or words[at + size : at + size + 1] == [_MAY_I_ASK]:
                continue
            if not any(_denies(words, where, at, size) for where in negations(words)):
                return True
    return False


def found_at(phrase_words: list[str], words: list[str]) -> int | None:
    """Where ``phrase_words`` start in ``words`` (one after another, each whole), or None."""
    size = len(phrase_words)
    return next(
        (at for at in range(len(words) - size + 1) if words[at : at + size] == phrase_words),
        None,
    )
