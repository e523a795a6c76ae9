"""Which information pages a typed question is about: pure, over the keyword lists.

rapidfuzz compares each word of the question with the keywords of one language, so
typos ("Ausbilung"), inflections ("kostet" / "kosten") and Arabic prefixes ("المتدرب")
still find their page; keywords of several words are looked for in the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from bot.faq.keywords import (
    ABOUT_ME,
    ADVICE_WORDS,
    ALL_WORDS,
    APPRENTICE_LEAVES,
    APPRENTICE_QUITS,
    APPRENTICESHIP,
    ASKING_WORDS,
    AT_SCHOOL,
    CARE_ASKED,
    CHILD_DATA,
    CONSENT_WORDS,
    CORRECTION_ASKED,
    COST_WORDS,
    DATA_CARE,
    DATA_FINE,
    DATA_WHO,
    DATA_WORDS,
    DURATION_WORDS,
    ERASE_STEMS,
    ERASE_VERBS,
    ERASURE_NOUNS,
    FAMILY,
    FROM_ME,
    HOLD_STEMS,
    ITS_COST,
    KEYWORDS,
    NOT_FOUND,
    NOT_SLIPS,
    NOTICE_NAMES,
    OTHER_BENEFITS,
    OTHER_HOLDERS,
    OWN_ACCOUNT,
    OWN_APPRENTICE,
    OWN_BUSINESS,
    OWN_DATA,
    PASSES_ON,
    PRIVACY_WISHES,
    REQUEST_ENDS,
    REQUESTING_WORDS,
    SHOW_STEMS,
    TIME_OFF,
    TROUBLE,
    WISHES,
    WITHDRAW_STEMS,
)
from bot.faq.word_match import WORD_CUTOFF, Heads, Phrases, Vocabulary, find
from bot.negation import negation_apart, negations, spelled_not, without_answer_no

#: How alike the start or end of a longer word and a keyword must be.
AFFIX_CUTOFF = 95
#: How alike a phrase keyword and a stretch of the text must be.
PHRASE_CUTOFF = 90
#: A page fits when its keywords add up to this much (one clear keyword is 1.0).
FIT = 1.0
#: A second page is offered beside the first when it scores at least this share of it.
CLOSE = 0.75

_WORD = re.compile(r"\w+")
# Arabic diacritics and tatweel change no word: "المتدرّب" is "المتدرب".
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Letters people write either way: Vietnamese đ, Turkish ı (typed "i" on a German
# keyboard: "danismanlik", "cirak ariyoruz"), Arabic final ى / ة.
_LETTERS = str.maketrans({"đ": "d", "ı": "i", "ى": "ي", "ة": "ه"})


@dataclass(frozen=True)
class Match:
    """The pages that fit a question, best first (at most two), and their scores."""

    pages: tuple[str, ...]
    scores: tuple[float, ...]


def normalize(text: str) -> str:
    """Lower case without accents or Arabic vowel marks, so typing without them still matches.

    Applied to keywords and questions alike: "vergutung" finds "Vergütung", "luong"
    finds "lương", "اجازة" finds "إجازة".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _ARABIC_MARKS.sub("", bare).translate(_LETTERS)


def _affix_score(word: str, keyword: str, **_: Any) -> float:
    """A keyword at the start or end of a longer word: a compound ("ausbildungsvergütung"),
    a suffix ("sınavı", "зарплату") or an attached Arabic prefix ("بالمتدرب")."""
    size = len(keyword)
    if size < 4 or len(word) <= size:
        return 0.0
    return max(fuzz.ratio(word[:size], keyword), fuzz.ratio(word[-size:], keyword))


@dataclass(frozen=True)
class _Index:
    words: tuple[str, ...]
    word_pages: tuple[str, ...]
    phrases: tuple[str, ...]
    phrase_pages: tuple[str, ...]


@lru_cache(maxsize=8)
def _index(lang: str) -> _Index:
    words: list[tuple[str, str]] = []
    phrases: list[tuple[str, str]] = []
    for page, keywords in KEYWORDS.get(lang, {}).items():
        for keyword in keywords.split(","):
            key = normalize(keyword.strip())
            if key:
                (phrases if " " in key else words).append((key, page))
    return _Index(
        tuple(w for w, _ in words),
        tuple(p for _, p in words),
        tuple(w for w, _ in phrases),
        tuple(p for _, p in phrases),
    )


@lru_cache(maxsize=8)
def _not_slips(lang: str) -> frozenset[str]:
    """The words of ``lang`` that are no slip of a keyword (NOT_SLIPS), normalized."""
    return frozenset(
        normalize(word.strip()) for word in NOT_SLIPS.get(lang, "").split(",") if word.strip()
    )


def _without_slips(text: str, words: frozenset[str]) -> str:
    """``text`` with ``words`` blanked out, so that no phrase finds them as a slip of its
    own word ("شهاده مايستر" in "شهاده ماستر")."""
    if not words:
        return text
    return re.sub(
        r"\w+", lambda found: " " * len(found[0]) if found[0] in words else found[0], text
    )


def _word_matches(word: str, index: _Index) -> list[tuple[str, str, float]]:
    """(page, keyword, score) for one word: whole-word matches, or else affix matches."""
    found = process.extract(
        word, index.words, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=None
    )
    if not found:
        # Only when no keyword is the word itself: "kostenlos" is not "kosten" + more.
        found = process.extract(
            word, index.words, scorer=_affix_score, score_cutoff=AFFIX_CUTOFF, limit=None
        )
    # A typo allowance never reads a word for its negation ("ödemiyor" / "ödüyor").
    return [
        (index.word_pages[i], keyword, score)
        for keyword, score, i in found
        if keyword == word or not negation_apart(word, keyword)
    ]


#: A link, an e-mail address or a bare domain ("kausa-sachsen.de", "t.me/kausa_bot"):
#: an address's words, not the person's.
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu|info|me|io|app|gov|edu|tr|vn|ua)\b\S*",
    re.IGNORECASE,
)


def scores(text: str, lang: str) -> dict[str, float]:
    """Every page's score for ``text`` in ``lang``: each word and phrase counts once per page."""
    index = _index(lang)
    # A pasted link's words are an address's, not the person's: "…/bildung/ausbildung"
    # opened the page on help during an apprenticeship, "info@example.org" another.
    clean = normalize(_LINK.sub(" ", text)).strip()
    if not clean:
        return {}  # (a space alone is part of every phrase: it matched them all)
    hits: dict[tuple[str, str], tuple[float, str]] = {}
    own = _not_slips(lang)
    for word in set(_WORD.findall(clean)):
        if len(word) < 2:
            continue
        for page, keyword, score in _word_matches(word, index):
            if word not in own or keyword == word:
                _best(hits, (word, page), score, keyword)
    # The words of their own blanked out for the phrases (their length kept).
    apart = _without_slips(clean, own)
    for phrase, page in zip(index.phrases, index.phrase_pages, strict=True):
        if len(clean) < len(phrase) - 1:
            # A text shorter than the phrase is not what partial_ratio looks for in it:
            # it finds the text in the phrase ("за" in "платити за консультацію").
            continue
        found = fuzz.partial_ratio_alignment(phrase, apart, score_cutoff=PHRASE_CUTOFF)
        if found is not None and not _inside_a_word(clean, found.dest_end):
            _best(hits, (phrase, page), found.score, phrase)
    totals: dict[str, float] = {}
    priced: dict[str, float] = {}
    advice = 0.0
    said, timed, advised = _cost_words(lang), _duration_words(lang), _advice_words(lang)
    for (_what, page), (score, keyword) in hits.items():
        totals[page] = totals.get(page, 0.0) + score / 100
        if page in (PAY, ABOUT) and keyword in said:
            priced[page] = priced.get(page, 0.0) + score / 100
        if page == ABOUT and keyword in advised:
            advice += score / 100
        if page == DUAL and keyword in timed:
            # "Wie lange dauert die AEVO-Prüfung?": counted as the cost words are.
            priced[page] = priced.get(page, 0.0) + score / 100
    named = _apprenticeship_named(_WORD.findall(clean), lang)
    if DUAL in priced and not named:
        # The apprenticeship's length ("Wie lange dauert die Ausbildung und brauche ich
        # AEVO?") keeps its page when the apprenticeship is named.
        totals = _priced_below_the_named(totals, {DUAL: priced.pop(DUAL)})
    if named:
        # The apprentice's cost: "Was kostet ein Azubi?", "How much does it cost to hire an
        # apprentice?" ask for the pay page, whatever else they name; and "free" said of
        # it is its pay ("Ist eine Ausbildung in Deutschland kostenlos?", "Do apprentices
        # work for free?"), not "our advice is free", unless the advice is named too.
        free = priced.get(ABOUT, 0.0)
        if free and totals[ABOUT] - free < NAMED:
            totals[PAY] = totals.get(PAY, 0.0) + free
            del totals[ABOUT]
        elif advice:
            # "Wo bekomme ich kostenlose Beratung zum Aufenthalt?": the advice on a thing
            # named is that thing's ("bekomme" names the apprentice's pay too).
            totals = _priced_below_the_named(totals, {ABOUT: free + advice})
        return totals
    if advice:
        # "Kostenlose Beratung zum Aufenthalt": the advice on a thing named is that thing's.
        priced[ABOUT] = priced.get(ABOUT, 0.0) + advice
    return _priced_below_the_named(totals, priced)


#: What the words that ask for a cost or say "free" (COST_WORDS) count together on the pay
#: and the advice pages when another page's thing is named: less than that thing's one
#: keyword, so that its page comes first, but enough to stand beside it (CLOSE).
COST_WEIGHT = 0.8
#: A page whose thing is named, a typo allowed ("kurs" for "kursu").
NAMED = WORD_CUTOFF / 100


def _inside_a_word(text: str, end: int) -> bool:
    """Whether a phrase found in ``text`` up to ``end`` ends inside a word: "was ist eine
    ausbildung" in "was ist eine ausbildungsvergütung" asks about the pay, not dual
    training."""
    return text[end - 1 : end].isalnum() and text[end : end + 1].isalnum()


def _priced_below_the_named(totals: dict[str, float], priced: dict[str, float]) -> dict[str, float]:
    """``totals`` with the pay and the advice pages' cost words counted as COST_WEIGHT at
    most when another page is named: "Wie viel kostet ein Deutschkurs?" asks about the
    course, whose page two cost words ("wie viel", "kostet") outscored; "Is the language
    course free?" is not answered by "our advice is free"."""
    if not priced or not any(
        score >= NAMED for page, score in totals.items() if page not in (PAY, ABOUT, *priced)
    ):
        return totals
    return {
        page: score - priced[page] + min(priced[page], COST_WEIGHT) if page in priced else score
        for page, score in totals.items()
    }


@lru_cache(maxsize=8)
def _cost_words(lang: str) -> frozenset[str]:
    return frozenset(normalize(word.strip()) for word in COST_WORDS.get(lang, "").split(","))


@lru_cache(maxsize=8)
def _advice_words(lang: str) -> frozenset[str]:
    return frozenset(normalize(word.strip()) for word in ADVICE_WORDS.get(lang, "").split(","))


@lru_cache(maxsize=8)
def _duration_words(lang: str) -> frozenset[str]:
    return frozenset(normalize(word.strip()) for word in DURATION_WORDS.get(lang, "").split(","))


def _best(
    hits: dict[tuple[str, str], tuple[float, str]], key: tuple[str, str], score: float, keyword: str
) -> None:
    # Several forms of one keyword ("sınav", "sınavı") must not count a word twice.
    if score > hits.get(key, (0.0, ""))[0]:
        hits[key] = (score, keyword)


#: Where nothing fits in the chat's language, the text is matched in these: German, which
#: a young person with A2 German often types in ("wie viel verdiene ich?" in a Turkish
#: chat), and English.
ALSO = ("de", "en")


def _also(lang: str) -> tuple[str, ...]:
    return (lang, *(other for other in ALSO if other != lang))


def match(text: str, lang: str, fit: float = FIT) -> Match:
    """The page that fits ``text``, or the two best when they are close; none below ``fit``.
    Matched in ``lang``, else in German, else in English."""
    if _named_in(_WORD.findall(normalize(text)), "other_benefits", lang):
        # A benefit no page is on (Kindergeld, Bürgergeld): the advisor answers it, not
        # the pay page its words found.
        return Match((), ())
    text = _without_trouble(text, lang)
    for each in _also(lang):
        if _cost_asked(text, each) == UNKNOWN_COST:
            # The cost of a thing no page is on: the advisor answers it.
            return Match((), ())
        found = _match_in(text, each, fit)
        if found.pages:
            return found
    return Match((), ())


def _without_trouble(text: str, lang: str) -> str:
    """``text`` without the words of an apprentice's trouble (TROUBLE, in ``lang`` and in
    German and English): "My boss does not pay on time", "Patronum maaşımı ödemiyor" ask an
    advisor for help (bot.faq.matcher.wish starts the dialogue), not for the minimum pay's
    table their "pay" found. What else is named stays: "Mein Chef zahlt mir nicht die
    Mindestvergütung" asks for it."""
    words = _WORD.findall(normalize(_LINK.sub(" ", text)))
    said: set[int] = set()
    for each in _also(lang):
        found = _heads("trouble", each).among(words)
        for phrase in _phrases("trouble", each):
            start = find(phrase, words) if phrase[0] in found else None
            if start is not None:
                said.update(range(start, start + len(phrase)))
    if not said:
        return text
    return " ".join(word for at, word in enumerate(words) if at not in said)


#: The page that says KAUSA's advice is free: the answer to what "it" costs (ITS_COST).
ABOUT = "about"
#: The page on dual training: the answer to how long the apprenticeship takes.
DUAL = "dual"
#: The page on the apprentices' pay: the answer to what the apprenticeship costs or pays.
PAY = "pay"
#: The most words beside an ITS_COST phrase ("Hallo, was kostet das bei Ihnen?").
COST_BESIDE = 3


def _match_in(text: str, lang: str, fit: float) -> Match:
    cost = _cost_asked(text, lang)
    if cost is not None:
        return Match((cost,), (1.0,))
    ranked = sorted(scores(text, lang).items(), key=lambda item: (-item[1], item[0]))
    ranked = [(page, score) for page, score in ranked if score >= fit]
    if not ranked:
        return Match((), ())
    best = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= best[1] * CLOSE:
        return Match((best[0], ranked[1][0]), (best[1], ranked[1][1]))
    return Match((best[0],), (best[1],))


def _cost_asked(text: str, lang: str) -> str | None:
    """ABOUT when ``text`` asks what "it" costs and names nothing else ("Was kostet das?",
    "ücretli mi?"), PAY when it names the apprenticeship beside ("Ausbildung ücretli
    mi?", "học nghề có mất tiền không?"), else None: an ITS_COST phrase with at most
    COST_BESIDE other words, in which no page's keywords find anything, not even a near
    form ("Was kostet das Azubi-Gehalt?" is about pay, "Was kostet es, einen Azubi
    einzustellen?" about pay and the steps), and with no page but the pay and the cost
    pages in the whole text ("bu ne kadar sürer?" asks how long)."""
    words = _WORD.findall(normalize(_LINK.sub(" ", text)))
    found = _heads("its_cost", lang).among(words)
    for phrase in _phrases("its_cost", lang):
        start = find(phrase, words) if phrase[0] in found else None
        if start is None:
            continue
        beside = words[:start] + words[start + len(phrase) :]
        if len(beside) > COST_BESIDE:
            return None
        # The apprenticeship's own words are the subject, not another page's question:
        # "çıraklık ücretli mi?" is about pay, though "çıraklık" finds the page on it.
        named = _apprenticeship_named(beside, lang)
        elsewhere = scores(" ".join(_without(beside, named)), lang)
        pages = set(scores(" ".join(_without(words, named)), lang))
        # The advice named ("Ist die Beratung kostenlos?") finds the page on the advice
        # itself, whose cost is the answer: no other thing named ("the advisor will answer
        # it personally" before).
        if set(elsewhere) - {ABOUT} or not pages <= {ABOUT, PAY}:
            return None
        if named:
            return PAY
        # "Ist die Übersetzung kostenlos?", "Thi có mất phí không?": a thing named that no
        # page is on, whose cost "our advice is free" does not answer.
        things = [w for w in beside if w not in _NAMES_NOTHING and w not in _cost_words(lang)]
        return UNKNOWN_COST if things else ABOUT
    return None


def asks_the_advice_cost(text: str, lang: str) -> bool:
    """Whether ``text`` asks what "it", the advice, costs and names nothing else ("Was
    kostet das?", "ücretli mi?"): the question the page "about" answers (it is free)."""
    return _cost_asked(text, lang) == ABOUT


#: What _cost_asked says of the cost of a thing no page is on: no page at all.
UNKNOWN_COST = ""
#: Words beside a cost question that name no thing but the advice: greetings, pronouns,
#: articles, the service, the advice ("Hallo, was kostet das bei Ihnen?", "Cái này có mất
#: phí không ạ?", "Tư vấn có mất phí không?"), normalized.
_NAMES_NOTHING = frozenset(
    normalize(word)
    for word in (
        *("hallo", "hi", "hey", "guten", "tag", "bitte", "danke", "die", "der", "das"),
        *("den", "dem", "des", "ein", "eine", "einen", "es", "ist", "sind", "bei", "ihnen"),
        *(
            "euch",
            "eure",
            "euer",
            "sie",
            "ihr",
            "ich",
            "mich",
            "mir",
            "wir",
            "uns",
            "man",
            "denn",
            "dann",
        ),
        *("eigentlich", "wirklich", "auch", "überhaupt", "hier", "dafür", "etwas", "was"),
        *("wie", "noch", "mal", "ja", "ok", "okay", "und", "frage", "kurze", "muss"),
        *("hello", "the", "a", "an", "it", "this", "that", "is", "are", "really", "actually"),
        *("also", "for", "me", "you", "your", "i", "we", "us", "do", "does", "please"),
        *("here", "service", "so", "and", "merhaba", "selam", "bu", "şu", "o", "mi", "mı"),
        *("mu", "mü", "gerçekten", "acaba", "hizmet", "hizmetiniz", "sizin", "sizde", "size"),
        *("ben", "benim", "için", "de", "da", "ve", "peki", "hocam", "lütfen", "chào", "xin"),
        *("bạn", "anh", "chị", "em", "ạ", "ơi", "cái", "này", "đó", "dịch", "vụ", "tôi"),
        *("mình", "có", "không", "thật", "sự", "vậy", "thế", "ở", "đây", "bên", "cho"),
        *("привіт", "добрий", "день", "це", "то", "а", "і", "чи", "у", "в", "вас", "ви"),
        *("мені", "я", "мене", "справді", "послуга", "послуги", "مرحبا", "السلام", "عليكم"),
        *("هل", "هذا", "هذه", "ذلك", "هو", "هي", "حقا", "فعلا", "عندكم", "لديكم", "الخدمة"),
        *("انا", "أنا", "لي", "من", "فضلك", "شكرا", "يا", "و"),
        # The advice itself: its cost is what the page "about" answers.
        *("beratung", "kausa", "advice", "consultation", "counselling", "danışmanlık"),
        *("danışmanlığı", "danismanlik", "tư", "vấn", "консультація", "консультації"),
        *("консультацію", "консультацій", "الاستشارة", "استشارة", "الاستشارات"),
        # The advice in plain words ("Is your help free?" was "the cost of a thing no page
        # is on": no page).
        *("help", "hilfe", "yardım", "yardımınız", "допомога", "المساعدة", "مساعدتكم"),
    )
)


def _without(words: list[str], left_out: set[str]) -> list[str]:
    return [word for word in words if word not in left_out]


def _apprenticeship_named(words: list[str], lang: str) -> set[str]:
    """The words of ``words`` that name the apprenticeship or its pay (APPRENTICESHIP), in
    ``lang`` or in German or English: whole, a typo away, or from five letters as a word's
    start or end (a compound, a suffix, an attached Arabic prefix)."""
    return _named_in(words, "apprenticeship", lang)


def _named_in(words: list[str], kind: str, lang: str) -> set[str]:
    """The words of ``words`` that the list ``kind`` of _LISTS names, in ``lang`` or in
    German or English: a phrase's words one after another, a word whole, a typo away, or
    from five letters as a word's start or end."""
    named: set[str] = set()
    for each in _also(lang):
        named |= _indexed(kind, each).named(words, _AFFIX_LETTERS)
    return named


@lru_cache(maxsize=64)
def _indexed(kind: str, lang: str) -> Phrases:
    """The phrases of ``lang`` in the list ``kind`` of _LISTS, indexed once."""
    return Phrases(_phrases(kind, lang))


@lru_cache(maxsize=16)
def _heads(kind: str, lang: str) -> Heads:
    """The first words of the phrases of ``lang`` in the list ``kind`` of _LISTS."""
    return Heads(_phrases(kind, lang))


#: The shortest APPRENTICESHIP word also found at the start or end of a longer one: a
#: shorter one begins or ends too many other words.
_AFFIX_LETTERS = 5


#: Phrase lists per language, each one comma-separated string.
_LISTS = {
    "its_cost": ITS_COST,
    "trouble": TROUBLE,
    "apprenticeship": APPRENTICESHIP,
    "leaves": APPRENTICE_LEAVES,
    "quits": APPRENTICE_QUITS,
    "time_off": TIME_OFF,
    "other_benefits": OTHER_BENEFITS,
    "at_school": AT_SCHOOL,
    "other_holders": OTHER_HOLDERS,
    "family": FAMILY,
    "passes_on": PASSES_ON,
    "data_fine": DATA_FINE,
}


@lru_cache(maxsize=32)
def _phrases(kind: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``lang`` in the list ``kind`` of _LISTS as words, longest first (so
    that the longest phrase that stands in a text is found)."""
    listed = _LISTS[kind].get(lang, "").split(",")
    phrases = (tuple(_WORD.findall(normalize(phrase))) for phrase in listed)
    return tuple(sorted(filter(None, phrases), key=len, reverse=True))


@lru_cache(maxsize=8)
def _wishes(lang: str) -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    """Each phrase of ``lang`` with its flow, and whether a negation turns it round: a
    wish does ("Ich will keine Ausbildung machen"), an apprentice's trouble and a wish
    said with a "not" of its own ("Ich finde keine Ausbildung") do not."""
    wishes = tuple(
        (tuple(_WORD.findall(normalize(phrase))), flow, True)
        for flow, phrases in WISHES.get(lang, {}).items()
        for phrase in phrases.split(",")
        if phrase.strip()
    )
    trouble = tuple((phrase, YOUNG, False) for phrase in _phrases("trouble", lang))
    # "Ich gehe noch zur Schule": the young people's dialogue, as a wish (says_at_school).
    school = tuple((phrase, YOUNG, True) for phrase in _phrases("at_school", lang))
    # "Ich finde keine Ausbildung": a wish said with a "not" of its own (NOT_FOUND).
    not_found = tuple(
        (tuple(_WORD.findall(normalize(f"{first} {second}"))), flow, False)
        for flow, pairs in NOT_FOUND.get(lang, {}).items()
        for firsts, seconds in pairs
        for first in _listed(firsts)
        for second in _listed(seconds)
    )
    return wishes + trouble + school + not_found


@lru_cache(maxsize=8)
def _wishes_also(lang: str) -> tuple[tuple[tuple[tuple[str, ...], str, bool], ...], Heads]:
    """The wishes of ``lang``, then of German and English (_wishes), in the order they are
    tried, with their first words indexed (:class:`Heads`)."""
    wished = tuple(each_wish for each in _also(lang) for each_wish in _wishes(each))
    return wished, Heads(phrase for phrase, _flow, _turns in wished)


#: The dialogue for young people, and the one for businesses (flow keys of bot.flows).
YOUNG = "young"
BUSINESS = "business"


#: A job advert's gender mark ("Azubi (m/w/d) gesucht", "Auszubildende m/w/d"): its
#: letters stood between the advert's words, which then named no wish.
_GENDER_MARK = re.compile(r"\(?(?<!\w)[mwdfx](?:\s*/\s*[mwdfx]){1,2}(?!\w)\)?", re.IGNORECASE)


def _wish_words(text: str) -> tuple[list[str], list[int]]:
    """The words of ``text`` as a wish is looked for in them (_clauses), without an
    answer's "no", with a spelled "not" as one word and without a gender mark."""
    return _clauses(normalize(without_answer_no(spelled_not(_GENDER_MARK.sub(" ", text)))))


#: German's apprenticeship and its trade inside the words of a wish ("Leipzig'de
#: Ausbildung als Koch yapmak istiyorum", "Ich möchte in Dresden eine Ausbildung zum Koch
#: machen"): the trade left out, the wish's words stand together again (the offices page,
#: by the town, before).
_TRADE_INSIDE = re.compile(r"\b(ausbildung|lehre)\s+(?:als|zum|zur)\s+\w+", re.IGNORECASE)


#: German's "anbieten" around the place offered ("Wir bieten einen Ausbildungsplatz als
#: Koch in Leipzig an", "… ab August eine Lehrstelle an"): the offices page, by the town,
#: before. Read as "bieten Ausbildung an".
_OFFER_AROUND = re.compile(
    r"\b(biete[nt]?)\b(?P<between>.*?)\b(?:ausbildung(?:splatz|splätze|sstellen?)?|lehrstellen?)"
    r"\b.*\ban\b",
    re.IGNORECASE,
)
#: Among those words: none offered ("keine"), or the offer asked of someone else ("Bieten
#: Sie Ausbildungsplätze in Leipzig an?", a young person's question).
_NOT_OWN_OFFER = re.compile(r"\b(?:kein\w*|sie|ihr|du)\b", re.IGNORECASE)


def wish(text: str, lang: str) -> str | None:
    """The dialogue ``text`` asks for (:func:`_wish`), also with German's "Ausbildung als
    <trade>" read as "Ausbildung" alone (_TRADE_INSIDE), and an offer said around the
    place offered (_OFFER_AROUND)."""
    found = _wish(text, lang)
    if found is not None:
        return found
    bare = _TRADE_INSIDE.sub(r"\1", text)
    if bare != text and (found := _wish(bare, lang)) is not None:
        return found
    offer = _OFFER_AROUND.search(text)
    if offer is None or _NOT_OWN_OFFER.search(offer["between"]) or "?" in text:
        return None
    return _wish(f"{offer[1]} Ausbildung an", lang)


def _wish(text: str, lang: str) -> str | None:
    """The dialogue ``text`` asks for in ``lang`` ("Ich suche einen Ausbildungsplatz": the
    one for young people; also in German and English), or None. A phrase's words must
    stand in the text one after another, each whole: a wrong dialogue is worse than the
    answer "no page on this". A young person's wish or an apprentice's trouble said of
    one's own business or apprentice ("Mein Restaurant will Ausbildung machen", "Unser
    Azubi will den Betrieb wechseln") is the business's."""
    # "No, I'm looking for an apprenticeship": the "no" answers what came before.
    words, clause_of = _wish_words(text)
    nots = negations(words)
    wished, heads = _wishes_also(lang)
    found = heads.among(words)
    for phrase, flow, turns in wished:
        start = find(phrase, words) if phrase[0] in found else None
        # "Wir brauchen keinen Azubi mehr", "Ich will keine Ausbildung machen": a wish
        # said the other way round (a typo away from "einen", "keinen" matched it), by a
        # "not" in it or just before it; one elsewhere ("Ich habe keine Ausbildung und
        # suche eine Ausbildung") turned every wish round. Not trouble, said with a
        # negation as often as not ("er zahlt nicht", "maaş ödemiyor"). A "not" further
        # before it in its clause too: "Ich will auf keinen Fall eine Ausbildung machen",
        # "I don't really want an apprenticeship" (two words back only, they started it).
        if start is None or (turns and _denied(nots, words, clause_of, start, len(phrase))):
            continue
        # "Was passiert, wenn ich die Prüfung nicht bestanden habe?": trouble supposed,
        # not told; a question for a page or an advisor, not the apprentice's dialogue.
        if not turns and _supposed(words, clause_of, start):
            continue
        if flow == YOUNG and _owned_beside(phrase, text, lang):
            return BUSINESS
        return flow
    if _at_school_with_still(text, lang):
        return YOUNG
    # Said with another page's thing, a word of leaving or trouble is that thing's: "Mein
    # Azubi wechselt die Berufsschule", "Mein Azubi hat ein Problem mit dem Visum", "My
    # apprentice needs leave for the exam" ask for its page (the dialogue started).
    # (The words of leaving find no page of their own: "nghỉ việc" is no probation.)
    # Said with a strong word of leaving (APPRENTICE_QUITS), the business's whatever else
    # is named: "Mein Azubi hat die Prüfung nicht bestanden und will aufhören".
    if _own_apprentice_leaves(text, lang):
        words = _WORD.findall(normalize(_HYPHEN.sub("", text)))
        if _named_in(words, "quits", lang) - _named_in(words, "time_off", lang):
            return BUSINESS
        if not match(" ".join(_without(words, _named_in(words, "leaves", lang))), lang).pages:
            return BUSINESS
    return None


#: Words that say nothing beside a wish, as normalize() writes them: the person's "I"
#: and "am", "want", "currently", a greeting, an article, "please" ("I am looking for an
#: apprenticeship", "Em muốn tìm chỗ học nghề", "Hallo, ich möchte eine Ausbildung machen").
_BESIDE_A_WISH = frozenset(
    normalize(word)
    for word in (
        *("ich", "hallo", "hi", "möchte", "will", "würde", "gerne", "gern", "bitte", "eine"),
        *("einen", "ein", "i", "am", "m", "hello", "want", "would", "like", "please", "a", "an"),
        *("ben", "merhaba", "selam", "lütfen", "я", "привіт", "вітаю", "хочу", "أنا", "انا"),
        *("مرحبا", "em", "tôi", "mình", "con", "cháu", "đang", "muốn", "chào", "dạ", "ạ", "xin"),
        # A business speaks as "we" ("we want to train apprentices", "wir möchten ausbilden").
        *("wir", "we", "biz", "ми", "نحن", "chúng", "möchten", "wollen", "würden"),
        # Greetings of two words ("Guten Tag", "iyi günler", "добрий день", "السلام عليكم").
        *("guten", "tag", "good", "iyi", "günler", "добрий", "доброго", "день", "дня"),
        *("السلام", "عليكم"),
    )
)


def says_at_school(text: str, lang: str) -> bool:
    """Whether ``text`` says its writer (or their child) is still at school (AT_SCHOOL, in
    ``lang`` or in German or English), whole words one after another."""
    words, _ = _clauses(normalize(without_answer_no(spelled_not(text))))
    return bool(_named_in(words, "at_school", lang)) or _at_school_with_still(text, lang)


def _at_school_with_still(text: str, lang: str) -> bool:
    """Whether ``text`` says a phrase of AT_SCHOOL that holds a particle ("hâlâ okuldayım",
    "لسا بالمدرسة"), with it and not denied: left out of the words read (_clauses), the
    particle kept the phrase from being found ("Please tap one of the buttons below")."""
    words, clause_of = _clauses(normalize(without_answer_no(spelled_not(text))), particles=True)
    nots = negations(words)
    for phrase in _school_with_particles(lang):
        start = find(phrase, words)
        if start is not None and not _denied(nots, words, clause_of, start, len(phrase)):
            return True
    return False


@lru_cache(maxsize=8)
def _school_with_particles(lang: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of AT_SCHOOL, in ``lang`` and in German and English, that hold a
    particle (_PARTICLES)."""
    return tuple(
        phrase
        for each in _also(lang)
        for phrase in _phrases("at_school", each)
        if set(phrase) & _PARTICLES
    )


def wish_alone(text: str, lang: str) -> bool:
    """Whether ``text`` says a wish (:func:`wish`) and nothing beside it but words that
    add nothing (_BESIDE_A_WISH): no trade, no place, no question for an advisor."""
    words, _ = _wish_words(text)
    wished, heads = _wishes_also(lang)
    found = heads.among(words)
    for phrase, _flow, _turns in wished:
        start = find(phrase, words) if phrase[0] in found else None
        if start is not None:
            beside = words[:start] + words[start + len(phrase) :]
            return all(word in _BESIDE_A_WISH for word in beside)
    return False


#: The most words between a "not" and the wish it turns round in one clause.
NOT_BEFORE = 6
#: What ends a clause, and the words that join two ("und suche", "but I want"): a "not"
#: in another clause denies something else ("Ich habe keine Ausbildung und suche eine").
_CLAUSE_END = re.compile(r"[,;.!?:،؛؟]+")
_JOINS = frozenset(
    normalize(word)
    for word in (
        *("und", "aber", "sondern", "oder", "deshalb", "jetzt", "and", "but", "or"),
        *("now", "ve", "ama", "fakat", "ancak", "şimdi", "và", "nhưng", "mà", "giờ"),
        *("і", "й", "та", "але", "а", "тепер", "لكن", "ولكن", "لكني", "الآن"),
    )
)

#: "If" in the bot's languages, as normalize() writes them: trouble after it in its
#: clause is supposed ("wenn ich die Prüfung nicht bestanden habe", "إذا رسبت").
_IF = frozenset(
    normalize(word)
    for word in (*("wenn", "falls", "if", "eğer", "якщо", "якби", "nếu", "إذا", "اذا", "لو"),)
)


def _supposed(words: list[str], clause_of: list[int], start: int) -> bool:
    """Whether an "if" (_IF) stands before ``start`` in its clause of ``words``."""
    return any(
        word in _IF and clause_of[at] == clause_of[start] for at, word in enumerate(words[:start])
    )


#: Words that stress "myself" ("ich suche selbst eine Ausbildung", "я сама шукаю"): left
#: out, they broke a wish's words apart (its dialogue was not started).
_STRESSED_SELF = frozenset(
    normalize(word) for word in ("selbst", "selber", "myself", "kendim", "сам", "сама")
)


#: Particles said inside a statement without changing it ("mein Chef zahlt aber nicht",
#: "my boss still doesn't pay", "patronum hala maaş ödemiyor", "шеф досі не платить",
#: "sếp em vẫn không trả lương"): left in, they broke the phrase apart and the words found
#: no dialogue ("I have no information page on this").
_PARTICLES = frozenset(
    normalize(word)
    for word in (
        *("aber", "leider", "halt", "doch", "echt", "still", "just", "even"),
        *("hala", "hâlâ", "bile", "досі", "все", "ж", "же", "cũng"),
        *("مازال", "لسا", "لسه", "بعده"),
    )
)


def _clauses(text: str, particles: bool = False) -> tuple[list[str], list[int]]:
    """The words of ``text`` and the clause each stands in (cut at punctuation and at a
    word that joins two: "und", "but", "ama"), without the words that stress "myself" and
    (unless ``particles``) the particles that change nothing (_PARTICLES)."""
    words: list[str] = []
    clause_of: list[int] = []
    clause = 0
    for part in _CLAUSE_END.split(text):
        clause += 1
        for word in _WORD.findall(part):
            if word in _JOINS:
                clause += 1
            if word in _STRESSED_SELF or (word in _PARTICLES and not particles):
                continue
            words.append(word)
            clause_of.append(clause)
    return words, clause_of


def _denied(
    nots: frozenset[int], words: list[str], clause_of: list[int], start: int, size: int
) -> bool:
    """Whether a "not" turns round the wish at ``start`` (``size`` words): one in it, or
    one before it in its clause that negates the wish's own verb: up to two words before
    it, or up to NOT_BEFORE words with only words of degree between ("auf keinen Fall
    eine", "don't really want", "nicht so gern eine"). A subject between starts another
    statement ("Ich habe keine Papiere ich suche", "Em không có bằng cấp em muốn"), a
    word of another kind another verb's object ("Я не маю диплома шукаю", "لم أجد عملا
    أريد"): the "not" is that one's."""
    for at in nots:
        if start <= at < start + size:
            return True
        if not start - NOT_BEFORE <= at < start or clause_of[at] != clause_of[start]:
            continue
        between = words[at + 1 : start]
        if any(word in _SUBJECTS for word in between):
            continue
        if at >= start - 2 or all(word in _DEGREE for word in between):
            return True
    return False


#: Subjects, normalized: one between a "not" and a wish starts another statement.
_SUBJECTS = frozenset(
    normalize(word)
    for word in (
        *("ich", "du", "er", "sie", "wir", "ihr", "i", "we", "he", "she", "they", "you"),
        *("ben", "biz", "sen", "em", "tôi", "anh", "chị", "mình", "chúng", "bọn", "con"),
        *("я", "ми", "він", "вона", "вони", "ти", "أنا", "انا", "نحن", "هو", "هي"),
    )
)
#: Words of degree or time and articles, normalized: between a "not" and a wish they keep
#: the "not" the wish's ("Ich will auf keinen Fall eine Ausbildung machen").
_DEGREE = frozenset(
    normalize(word)
    for word in (
        *("t", "so", "gern", "gerne", "eigentlich", "wirklich", "fall", "auf", "mehr", "gar"),
        *("überhaupt", "unbedingt", "noch", "je", "jetzt", "sehr", "ein", "eine", "einen"),
        *("really", "actually", "at", "all", "any", "longer", "more", "yet", "ever", "even"),
        *("so", "much", "a", "an", "the", "hiç", "artık", "daha", "thực", "sự", "lắm", "còn"),
        *("nữa", "зовсім", "більше", "вже", "ще", "дуже", "حقا", "أبدا", "ابدا", "بعد"),
    )
)


#: A hyphen inside a compound ("Azubi-Vertrag").
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


#: One's own boss or trainer, as normalize() writes them ("patronum", "mein Chef"): said
#: by an apprentice, never by the business owner. Turkish "çırağım" is "my apprentice"
#: and "I am an apprentice"; beside "patronum" it is the apprentice's.
_MY_BOSS = tuple(
    tuple(_WORD.findall(normalize(said)))
    for said in (
        *("mein chef", "meine chefin", "mein ausbilder", "meine ausbilderin", "mein meister"),
        *("my boss", "my trainer", "my employer", "patronum", "şefim", "ustam", "işverenim"),
        *("мій шеф", "мій начальник", "мій роботодавець", "мій керівник", "مديري"),
        *("صاحب العمل عندي", "sếp của em", "sếp em", "chủ của em", "chủ em", "sếp của tôi"),
    )
)


def _owned_beside(phrase: tuple[str, ...], text: str, lang: str) -> bool:
    """Whether ``text`` names one's own business or apprentice beside ``phrase``: not in
    it ("Ich will meinen Betrieb wechseln" is an apprentice's), nor as the first part of
    a compound ("mein Azubi-Vertrag" is an apprentice's contract), nor beside one's own
    boss (_MY_BOSS: "çırağım, patronum maaş ödemiyor")."""
    words = _WORD.findall(normalize(_HYPHEN.sub("", text)))
    if _my_boss().stands_in(words):
        return False
    start = find(phrase, words)
    beside = words if start is None else [*words[:start], "", *words[start + len(phrase) :]]
    return _indexed_own(lang, apprentice=False).stands_in(beside)


@lru_cache(maxsize=1)
def _my_boss() -> Phrases:
    return Phrases(_MY_BOSS)


@lru_cache(maxsize=16)
def _indexed_own(lang: str, *, apprentice: bool) -> Phrases:
    """One's own apprentice (_own_apprentice) or also one's own business (_owned), indexed."""
    return Phrases(_own_apprentice(lang) if apprentice else _owned(lang))


def tells_trouble(text: str, lang: str) -> bool:
    """Whether ``text`` tells of an apprentice's trouble or wish to leave (TROUBLE, or
    APPRENTICE_LEAVES said of one's own apprentice), in ``lang`` and in German and English:
    what the advisor needs to read, however short ("Unser Azubi will wechseln")."""
    words, _ = _clauses(normalize(text))
    told = any(_indexed("trouble", each).stands_in(words) for each in _also(lang))
    return told or _own_apprentice_leaves(text, lang)


def _own_apprentice_leaves(text: str, lang: str) -> bool:
    """Whether ``text`` says of one's own apprentice that they want to change the training
    company, leave, or have trouble ("Unser Azubi will wechseln", "Our apprentice wants to
    switch"): OWN_APPRENTICE and APPRENTICE_LEAVES, in ``lang`` and in German and English.
    Not a compound's first part: "mein Azubi-Vertrag" is an apprentice's contract."""
    words = _WORD.findall(normalize(_HYPHEN.sub("", text)))
    if not _indexed_own(lang, apprentice=True).stands_in(words):
        return False
    return bool(_named_in(words, "leaves", lang) - _named_in(words, "time_off", lang))


def _stands_in(phrase: tuple[str, ...], words: list[str]) -> bool:
    return find(phrase, words) is not None


def names_own_business(text: str, lang: str) -> bool:
    """Whether ``text`` names one's own business ("meinen Betrieb", "my shop", "لشركتي",
    "мого бізнесу"), in ``lang`` and in German and English; not one's own apprentice."""
    words = _WORD.findall(normalize(_HYPHEN.sub("", text)))
    return _indexed_own_business(lang).stands_in(words)


@lru_cache(maxsize=16)
def _indexed_own_business(lang: str) -> Phrases:
    own_apprentice = set(_own_apprentice(lang))
    return Phrases(tuple(each for each in _owned(lang) if each not in own_apprentice))


@lru_cache(maxsize=8)
def _owned(lang: str) -> tuple[tuple[str, ...], ...]:
    """The phrases that name one's own business or apprentice, in ``lang`` and in German
    and English."""
    found: list[tuple[str, ...]] = []
    for each in _also(lang):
        owners, things, phrases = OWN_BUSINESS.get(each, ("", "", ""))
        pairs = [f"{o} {t}" for o in _listed(owners) for t in _listed(things)]
        found += [tuple(_WORD.findall(normalize(p))) for p in (*pairs, *_listed(phrases))]
    return tuple(found) + _own_apprentice(lang)


@lru_cache(maxsize=8)
def _own_apprentice(lang: str) -> tuple[tuple[str, ...], ...]:
    """The phrases that name one's own apprentice ("unser Azubi", "çırağımız"), in ``lang``
    and in German and English."""
    found: list[tuple[str, ...]] = []
    for each in _also(lang):
        owners = OWN_BUSINESS.get(each, ("", "", ""))[0]
        apprentices, phrases = OWN_APPRENTICE.get(each, ("", ""))
        pairs = [f"{o} {a}" for o in _listed(owners) for a in _listed(apprentices)]
        found += [tuple(_WORD.findall(normalize(p))) for p in (*pairs, *_listed(phrases))]
    return tuple(found)


def _listed(words: str) -> list[str]:
    return [word.strip() for word in words.split(",") if word.strip()]


#: The longest message read as a privacy wish.
RIGHTS_WORDS = 12


#: Every list privacy_wish and the checks it runs read, for its first look at a message
#: (_privacy_vocabulary): a check added there with a list of its own adds it here too.
#: Read word by word:
_PRIVACY_WORDS = (
    NOTICE_NAMES,
    OWN_DATA,
    CHILD_DATA,
    OWN_ACCOUNT,
    ERASE_VERBS,
    ALL_WORDS,
    ERASURE_NOUNS,
    ASKING_WORDS,
    ABOUT_ME,
    FROM_ME,
    REQUESTING_WORDS,
    REQUEST_ENDS,
)
#: Read by the starts of the typed words (stems; Phrases.begins).
_PRIVACY_STARTS = (
    DATA_WHO,
    DATA_CARE,
    CARE_ASKED,
    CORRECTION_ASKED,
    ERASE_STEMS,
    WITHDRAW_STEMS,
    CONSENT_WORDS,
    SHOW_STEMS,
    DATA_WORDS,
    HOLD_STEMS,
)
#: The lists of _LISTS privacy_wish reads (_named_in: also a word's start or end).
_PRIVACY_KINDS = ("other_holders", "family", "passes_on", "data_fine")


@lru_cache(maxsize=8)
def _privacy_vocabulary(lang: str) -> Vocabulary:
    """Every word of every list privacy_wish reads, in ``lang`` and German and English."""
    langs = _also(lang)
    return Vocabulary(
        phrases=[
            *(p for each in langs for listed in _PRIVACY_WORDS for p in _starts(each, listed)),
            *(p for each in langs for _command, listed in _rights(each) for p in listed.all),
        ],
        begun=[p for each in langs for listed in _PRIVACY_STARTS for p in _starts(each, listed)],
        affixed=[p for each in langs for kind in _PRIVACY_KINDS for p in _phrases(kind, each)],
        affix=_AFFIX_LETTERS,
    )


@lru_cache(maxsize=8)
def _rights(lang: str) -> tuple[tuple[str, Phrases], ...]:
    """Each privacy command with the phrases of ``lang`` that ask for it, in their order."""
    wishes = PRIVACY_WISHES.get(lang, {})
    return tuple((command, _phrase_list(phrases)) for command, phrases in wishes.items())


def privacy_wish(text: str, lang: str) -> str | None:
    """The privacy command ``text`` asks for ("Bitte löschen Sie meine Daten": delete;
    "What data do you store about me?": mydata; "Datenschutz": privacy), in ``lang`` and
    in German and English, or None."""
    words = _WORD.findall(normalize(text))
    if len(words) > RIGHTS_WORDS:
        # A longer message says more than the wish ("… und haben Sie meine Daten schon
        # bekommen?"): it goes to the advisor, who reads it whole.
        return None
    if not _privacy_vocabulary(lang).touched_by(words):
        # A name, a town, a question about pay: no word of any list below, so no wish.
        return None
    # "Bitte löschen Sie meine Daten nicht" asked whether to delete them; "… beim Jobcenter
    # löschen lassen?" asks about someone else's; "my data is ok" says all is fine.
    if any(_listing(each, NOTICE_NAMES).stands_in(words) for each in _also(lang)):
        return "privacy"
    holder = _another_holder(words, lang)
    kept = bool(negations(words)) or holder
    fine = _said_fine(text, words, lang)
    # "Who sees my data?" asks who, answered by the notice; "see my data" wishes the copy.
    who = _beside_own_data(words, lang, (DATA_WHO,))
    for each in _also(lang):
        for command, phrases in _rights(each):
            if (kept and command != "privacy") or ((fine or who) and command == "mydata"):
                # "Ich möchte nicht, dass Sie meine Daten sehen" is no wish for a copy.
                continue
            if command != "privacy":
                if phrases.stands_in(words):
                    return command
            # The notice by its name alone ("Datenschutz?"): in a question about something
            # else ("Do I need data protection training?") it is that question's.
            elif any(
                len(words) <= len(phrase) + 1 and _stands_in(phrase, words)
                for phrase in phrases.all
            ):
                return command
    if not kept and (
        _wishes_erasure(words, lang)
        or _withdraws_consent(words, lang)
        or _erases_all(text, words, lang)
    ):
        return "delete"
    if not holder and _requests_all_erased(words, lang):
        # Its "not" read apart: "… không?" ends a Vietnamese request, and denies nothing.
        return "delete"
    if not kept and not fine and not who and _wishes_copy(words, lang):
        return "mydata"
    asked = "?" in text or "؟" in text
    if not holder and _asks_about_care(words, lang, asked=asked):
        # Also with a "not" ("bạn có lưu … không?" asks; "Speichern Sie meine Daten
        # nicht" is answered by what is stored and the right to object).
        return "privacy"
    return None


def _asks_about_care(words: list[str], lang: str, *, asked: bool) -> bool:
    """Whether ``words`` ask whether, how long or how safely one's data are kept, who sees
    them, or (``asked``: a question) whether they are passed on or can be corrected
    (DATA_CARE, DATA_WHO; CARE_ASKED, CORRECTION_ASKED; beside OWN_DATA, in ``lang`` or in
    German or English)."""
    kinds = (DATA_CARE, DATA_WHO, *((CARE_ASKED, CORRECTION_ASKED) if asked else ()))
    return _beside_own_data(words, lang, kinds)


def _beside_own_data(words: list[str], lang: str, kinds: tuple[dict[str, str], ...]) -> bool:
    """Whether a phrase of ``kinds`` (as words' starts) stands in ``words`` with OWN_DATA,
    in ``lang`` or in German or English."""
    return any(
        any(_listing(each, kind).begins(words) for kind in kinds)
        and _erasing(each)[1].stands_in(words)
        for each in _also(lang)
    )


def _another_holder(words: list[str], lang: str) -> bool:
    """Whether ``words`` name someone else who holds the person's data (OTHER_HOLDERS), or
    the family (FAMILY) but not passing on the person's wish ("Was wissen meine Eltern über
    mich?" asks about them; "Meine Mutter sagt, löschen Sie meine Daten" wishes it here)."""
    if _named_in(words, "other_holders", lang):
        return True
    return bool(_named_in(words, "family", lang)) and not _named_in(words, "passes_on", lang)


def _said_fine(text: str, words: list[str], lang: str) -> bool:
    """Whether ``words`` say all is fine with one's data (DATA_FINE after OWN_DATA or
    DATA_WORDS: "I see, my data is ok"), not asking it ("Is my data ok?"); "ok, show me my
    data" says the wish after its "ok"."""
    if "?" in text or "؟" in text:
        return False
    if any(_shown_wished(clause, lang) for clause in _CLAUSES.split(text)):
        return False
    start = _data_start(words, lang)
    return start is not None and bool(_named_in(words[start:], "data_fine", lang))


#: What ends a clause: "I see, my data is ok" sees in one, says all is fine in the next.
_CLAUSES = re.compile(r"[,;.!:،؛]+")


def _data_start(words: list[str], lang: str) -> int | None:
    """Where the first words for one's data (OWN_DATA, DATA_WORDS) start in ``words``."""
    starts = (
        phrases.first(words)
        for each in _also(lang)
        for phrases in (_erasing(each)[1], _showing(each)[1])
    )
    return min((start for start in starts if start is not None), default=None)


def _shown_wished(clause: str, lang: str) -> bool:
    """Whether a verb of showing stands before the data in ``clause`` ("show me my data
    ok", "zeig mir meine Daten"): a wish, which an "ok" after it agrees to (it was read as
    "all is fine", and no copy came)."""
    words = _WORD.findall(normalize(clause))
    start = _data_start(words, lang)
    before = words[:start] if start is not None else []
    return any(word.startswith(_showing(each)[0]) for each in _also(lang) for word in before)


def _wishes_erasure(words: list[str], lang: str) -> bool:
    """Whether ``words`` ask, in everyday words, to delete one's own data (ERASE_STEMS
    beside OWN_DATA or OWN_ACCOUNT, in ``lang`` or in German or English)."""
    for each in _also(lang):
        stems, owned = _erasing(each)
        if any(word.startswith(stems) for word in words) and (
            owned.stands_in(words) or _listing(each, OWN_ACCOUNT).stands_in(words)
        ):
            return True
    return False


#: The longest "delete everything": a longer message names what "all" is ("Please remove
#: all the old apprentices from the list"), which need not be the person's data.
ERASE_ALL_WORDS = 5


def _erases_all(text: str, words: list[str], lang: str) -> bool:
    """Whether ``words`` say "delete everything" or name the deletion alone, as a wish and
    not a question (ERASE_VERBS beside ALL_WORDS, or ERASURE_NOUNS; in ``lang`` or in German
    or English): "lösch alles", "Datenlöschung bitte", but not "Muss ich alles löschen?"."""
    if "?" in text or "؟" in text or len(words) > ERASE_ALL_WORDS:
        return False
    for each in _also(lang):
        verbs, every, nouns, asking = (
            _listing(each, kind) for kind in (ERASE_VERBS, ALL_WORDS, ERASURE_NOUNS, ASKING_WORDS)
        )
        if asking.exactly_in(words):
            return False
        if verbs.exactly_in(words) and every.exactly_in(words):
            return True
        if any(_exactly_in(noun, words) and len(words) <= len(noun) + 1 for noun in nouns.all):
            return True
    return False


def _requests_all_erased(words: list[str], lang: str) -> bool:
    """Whether ``words`` ask politely that everything be deleted, a question mark or not
    (REQUESTING_WORDS beside a word beginning with ERASE_STEMS and ALL_WORDS, without
    ASKING_WORDS but the request's own: "هل" or "чи" begins the request itself; without a
    "not" but REQUEST_ENDS' at the end; in ``lang`` or in German or English): "Können Sie
    alles löschen?", not "Können Sie mir sagen, wie ich alles lösche?" nor "Können Sie
    nicht alles löschen?"."""
    for each in _also(lang):
        stems = _erasing(each)[0]
        for request in _starts(each, REQUESTING_WORDS):
            # Its first word looked for first: run at every typed question, it is rare.
            at = _found_at(request, words) if request[0] in words else None
            if at is None:
                continue
            rest = words[:at] + words[at + len(request) :]
            if rest and (rest[-1],) in _starts(each, REQUEST_ENDS):
                rest = rest[:-1]
            if (
                len(rest) <= ERASE_ALL_WORDS
                and any(word.startswith(stems) for word in rest)
                and any(_exactly_in(every, rest) for every in _starts(each, ALL_WORDS))
                and not any(_exactly_in(asked, rest) for asked in _starts(each, ASKING_WORDS))
                and not negations(rest)
            ):
                return True
    return False


def _found_at(phrase: tuple[str, ...], words: list[str]) -> int | None:
    """Where ``phrase``'s words first stand one after another in ``words``, or None."""
    size = len(phrase)
    return next(
        (at for at in range(len(words) - size + 1) if tuple(words[at : at + size]) == phrase),
        None,
    )


def _exactly_in(phrase: tuple[str, ...], words: list[str]) -> bool:
    """Whether ``phrase``'s words stand one after another in ``words``, each exactly."""
    return _found_at(phrase, words) is not None


def withdraws_consent(text: str, lang: str) -> bool:
    """Whether ``text`` withdraws the consent ("Ich widerrufe meine Einwilligung"), in
    ``lang`` or in German or English, without a "not"; on the consent screen itself it
    refuses, as its "No" does (bot.dialogue.said)."""
    words = _WORD.findall(normalize(text))
    return not negations(words) and _withdraws_consent(words, lang)


def _withdraws_consent(words: list[str], lang: str) -> bool:
    """Whether ``words`` withdraw the consent to storing: WITHDRAW_STEMS beside
    CONSENT_WORDS, each as a word's start (in ``lang`` or in German or English)."""
    for each in _also(lang):
        withdrawing, consent = (_listing(each, kind) for kind in (WITHDRAW_STEMS, CONSENT_WORDS))
        if withdrawing.begins(words) and consent.begins(words):
            return True
    return False


def _starts(lang: str, listed: dict[str, str]) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``lang`` in ``listed`` as normalize() writes their words."""
    return _phrase_words(listed.get(lang, ""))


def _listing(lang: str, listed: dict[str, str]) -> Phrases:
    """The phrases of ``lang`` in ``listed``, indexed once (bot.faq.word_match)."""
    return _phrase_list(listed.get(lang, ""))


@lru_cache(maxsize=512)
def _phrase_list(phrases: str) -> Phrases:
    """The comma-separated ``phrases`` as normalize() writes their words, indexed once."""
    return Phrases(_phrase_words(phrases))


@lru_cache(maxsize=512)
def _phrase_words(phrases: str) -> tuple[tuple[str, ...], ...]:
    """The comma-separated ``phrases`` as normalize() writes their words, read once: the
    privacy wishes ask for the same lists at every typed message (normalized anew each
    time, 170,000 calls in a 10,000-step benchmark run)."""
    return tuple(tuple(_WORD.findall(normalize(p))) for p in _listed(phrases))


def _wishes_copy(words: list[str], lang: str) -> bool:
    """Whether ``words`` ask, in everyday words, to see one's data: SHOW_STEMS beside
    OWN_DATA, or DATA_WORDS with ABOUT_ME (in ``lang`` or in German or English)."""
    for each in _also(lang):
        shows, data, about = _showing(each)
        owned = _erasing(each)[1]
        if any(word.startswith(shows) for word in words) and owned.stands_in(words):
            return True
        if about.stands_in(words) and data.begins(words):
            return True
        if _asks_what_is_held(words, each, about, data):
            return True
    return False


def _asks_what_is_held(
    words: list[str],
    lang: str,
    about: Phrases,
    data: Phrases,
) -> bool:
    """Whether ``words`` ask what is held or known about the person: a verb of holding
    (HOLD_STEMS) beside "about me", or beside data "from me" ("Welche Daten haben Sie von
    mir?"); without the verb ("… brauchen Sie von mir?") it asks what the request needs."""
    holds, from_me = _holding(lang)
    if not any(word.startswith(holds) for word in words):
        return False
    return about.stands_in(words) or (from_me.stands_in(words) and data.begins(words))


@lru_cache(maxsize=8)
def _holding(lang: str) -> tuple[tuple[str, ...], Phrases]:
    """The verbs of holding and the phrases of "from me", as normalize() writes them."""
    holds = tuple(normalize(stem) for stem in _listed(HOLD_STEMS.get(lang, "")))
    return holds, _listing(lang, FROM_ME)


@lru_cache(maxsize=8)
def _showing(lang: str) -> tuple[tuple[str, ...], Phrases, Phrases]:
    """The verbs of showing, the words for data and "about me", as normalize() writes them."""
    shows = tuple(normalize(stem) for stem in _listed(SHOW_STEMS.get(lang, "")))
    return (shows, _listing(lang, DATA_WORDS), _listing(lang, ABOUT_ME))


@lru_cache(maxsize=8)
def _erasing(lang: str) -> tuple[tuple[str, ...], Phrases]:
    """The verbs' stems and the phrases of one's own data (or one's child's, which a
    parent speaking for them in this chat means: CHILD_DATA), as normalize() writes them."""
    stems = tuple(normalize(stem) for stem in _listed(ERASE_STEMS.get(lang, "")))
    listed = (*_listed(OWN_DATA.get(lang, "")), *_listed(CHILD_DATA.get(lang, "")))
    owned = Phrases(tuple(_WORD.findall(normalize(p))) for p in listed)
    return stems, owned
