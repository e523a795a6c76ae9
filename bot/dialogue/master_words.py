""" "I am a master craftsman" where a business's training experience is asked ("я майстер",
"ich bin Meister", "ustayım", "tôi là thợ cả", "أنا معلم"): half of the question's
answer (a trainer, since the master exam includes the trainer part), so the words are
noted for the advisor and the other half (trained before?) asked. So is the trainer
qualification itself ("Ich habe den Ausbilderschein", "AEVO belgem var"), with a yes
before or not ("ja, ich habe Meister"). And "no trainer" in a sentence ("لا، لم ندرب من
قبل وليس لدينا مدرب"): "Not yet, and no trainer yet". "Please tap one of the buttons
below" dropped them. Pure: state, text and context in, the person told."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.listed_words import listed_words
from bot.dialogue.parent_words import found_at
from bot.dialogue.press import tap
from bot.dialogue.said_business import ask_which, bare_no
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import change_answer
from bot.dialogue.typed_words import phrase, says_no
from bot.flows.answers import option_label
from bot.flows.business import EXPERIENCE
from bot.flows.model import Option
from bot.flows.navigation import Code, ScreenId
from bot.i18n import N_, translator
from bot.negation import fold, negations

#: Told when a master craftsman was said: noted, and what is still open. (Whether the
#: words mean the certificate, "usta" or "معلم" a skilled hand too, the advisor asks.)
MASTER_NOTED = N_(
    "Thank you, we have noted this for the advisor. The master craftsman's certificate "
    "(Meister) includes the trainer qualification. Has your business trained apprentices "
    "before? Please tap the answer below."
)

#: "I am a master craftsman", "I have the Meister" in the bot's languages, as phrase()
#: writes it, whole.
_MASTER = frozenset(
    phrase(said)
    for said in (
        *("meister", "ich bin meister", "bin meister", "ich bin handwerksmeister"),
        *("ich habe den meister", "ich habe meister", "habe meister", "meisterbrief"),
        "habe den meister",
        *("ich habe einen meisterbrief", "ich habe meisterbrief", "ich bin meisterin"),
        *("i am a master craftsman", "im a master craftsman", "master craftsman"),
        *("i am a master", "i have the meister", "i am a meister", "i have a meister"),
        *("ben ustayım", "ustayım", "ben meisterim", "meisterim", "meister var"),
        *("ustalık belgem var", "ustalık belgesi var", "usta belgem var", "meisterim var"),
        *("я майстер", "майстер", "я майстер свого ремесла", "маю meister", "є meister"),
        *("я мастер", "мастер", "я маю майстерський диплом", "маю диплом майстра"),
        *("tôi là thợ cả", "em là thợ cả", "thợ cả", "tôi có bằng meister", "tôi có meister"),
        *("tôi là meister", "tôi có bằng thợ cả", "có bằng meister"),
        *("أنا معلم", "انا معلم", "أنا معلم صنعة", "انا معلم صنعة", "عندي شهادة مايستر"),
        *("معي شهادة مايستر", "عندي مايستر", "أنا مايستر", "انا مايستر", "أنا أسطى", "انا اسطى"),
    )
)


#: Told when the trainer qualification (AEVO) was said: noted, and what is still open.
TRAINER_NOTED = N_(
    "Thank you, we have noted for the advisor that your business has a trainer "
    "qualification (AEVO). Has your business trained apprentices before? Please tap the "
    "answer below."
)

#: "I have the AEVO", "Ausbilderschein" in the bot's languages, as phrase() writes it,
#: whole: the same half of the answer ("Please tap one of the buttons below" before).
_TRAINER = frozenset(
    phrase(said)
    for said in (
        *("aevo", "ich habe aevo", "ich habe den aevo", "habe aevo", "aevo habe ich"),
        *("ausbilderschein", "ich habe den ausbilderschein", "ich habe einen ausbilderschein"),
        *("habe ausbilderschein", "ich habe ausbilderschein", "ausbildereignung"),
        *("ich habe die ausbildereignung", "ich bin ausbilder", "ada schein"),
        *("ich habe den ada schein", "wir haben einen ausbilder", "wir haben ausbilder"),
        *("ich habe die aevo", "habe die aevo", "aevo gemacht", "ich habe die aevo gemacht"),
        *("ich habe aevo gemacht", "ausbilderschein gemacht"),
        "ich habe den ausbilderschein gemacht",
        *("i have the aevo", "i have aevo", "i have an aevo", "i have the aevo certificate"),
        *("i have a trainer qualification", "i am a qualified trainer", "we have a trainer"),
        *("aevo belgem var", "aevo var", "aevo belgesi var", "eğitmen belgem var"),
        *("eğitmen belgesi var", "ausbilderschein var", "ausbilderscheinim var"),
        *("eğitmenimiz var", "aevo sınavını geçtim", "aevo sinavini gectim"),
        "aevom var",
        *("tôi có aevo", "tôi có bằng aevo", "có bằng aevo", "có aevo", "em có bằng aevo"),
        *("tôi có chứng chỉ aevo", "có chứng chỉ aevo"),
        # Not "tôi có chứng chỉ đào tạo": a certificate of a course completed.
        "tôi có chứng chỉ người đào tạo",
        *("em có aevo", "mình có aevo", "mình có bằng aevo", "tôi có ausbilderschein"),
        "em có ausbilderschein",
        *("عندي aevo", "عندي شهادة aevo", "معي شهادة aevo", "لدي شهادة aevo", "لدي aevo"),
        *("عندي شهادة مدرب", "لدي شهادة مدرب", "عندنا مدرب", "لدينا مدرب"),
        *("معي aevo", "عنا مدرب", "معي شهادة مدرب"),
        *("у мене є aevo", "маю aevo", "є aevo", "у мене aevo", "маю сертифікат aevo"),
        *("в мене є aevo", "в мене aevo"),
        *("у нас є наставник", "я маю кваліфікацію наставника", "я наставник"),
        # Said of the business, "we".
        *("aevo haben wir", "wir haben aevo", "wir haben die aevo", "die aevo haben wir"),
        *("we have the aevo", "we have aevo", "aevo belgemiz var", "aevomuz var"),
        *("chúng tôi có aevo", "bên em có aevo", "у нас є aevo", "в нас є aevo"),
        *("عندنا aevo", "لدينا aevo", "عنا aevo", "عندنا شهادة aevo"),
        *("haben wir einen ausbilder", "wir haben eine ausbilderin", "einen ausbilder haben wir"),
        *("chúng tôi có người đào tạo", "bên em có người đào tạo", "có người đào tạo"),
    )
)


#: A yes before the master or the trainer ("ja, ich bin Meister", "yes, I have the AEVO",
#: "evet ustayım", "так, я майстер", "có, tôi có bằng meister", "نعم عندي شهادة مايستر"),
#: as phrase() writes it.
_YES_FIRST = frozenset(
    phrase(said)
    for said in (
        *("ja", "jawohl", "jap", "yes", "yeah", "yep", "evet", "так", "да", "có", "vâng"),
        *("dạ", "نعم", "ايوه", "أيوه", "اي", "إي"),
    )
)


def master_said(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A master craftsman's certificate (or the trainer qualification, AEVO) said where
    the training experience is asked: the words for the advisor, and whether the
    business trained before asked."""
    if state.screen != ScreenId.QUESTION.of(EXPERIENCE.key):
        return False
    words = phrase(text).split()
    if len(words) > 1 and words[0] in _YES_FIRST:
        # "ja, ich habe Meister": the yes answers the trainer half of the question, not
        # whether the business trains ("which yes: now or in the past?" was asked).
        words = words[1:]
    said = " ".join(_master_folded(words))
    if said in _MASTER:
        typed.keep_for_advisor(text, ctx, result, MASTER_NOTED)
        return True
    if said in _TRAINER:
        typed.keep_for_advisor(text, ctx, result, TRAINER_NOTED)
        return True
    return False


#: A trade's master in one German word ("Friseurmeisterin", "Bäckermeister"), as phrase()
#: writes it: the master craftsman's certificate, as "Meister" alone ("Please tap one of
#: the buttons below" before). Not a caretaker nor a mayor.
_MASTER_TITLE = re.compile(r"^\w+(meister|meisterin)$")
_NO_MASTER_TITLES = frozenset(phrase(word) for word in ("hausmeister", "bürgermeister"))


def _master_folded(words: list[str]) -> list[str]:
    """``words`` with a trade's master in one word as "meister" ("meisterin"), and the
    "hab" typed on a phone as "habe" ("ich hab meister")."""
    return [
        "habe"
        if word == "hab"
        else word
        if word in _NO_MASTER_TITLES
        else _MASTER_TITLE.sub(r"\1", word)
        for word in words
    ]


#: Words that say "now", "already" or "actually" around a trainer said on the summary
#: ("wir haben schon einen Ausbilder", "we have a trainer now", "we do have a trainer
#: actually", "chúng tôi có người đào tạo rồi"), as phrase() writes them.
_BY_NOW = frozenset(
    phrase(said)
    for said in (
        *("jetzt", "schon", "inzwischen", "mittlerweile", "nun", "doch", "now", "already"),
        *("actually", "artık", "şimdi", "zaten", "вже", "тепер", "đã", "giờ", "الآن", "هلق"),
        *("eigentlich", "do", "aslında", "rồi", "насправді", "فعلا", "بالحقيقة"),
    )
)


def trainer_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A trainer (the AEVO, a master craftsman) said on the summary where "Not yet, and
    no trainer yet" was answered ("wir haben schon einen Ausbilder", "eğitmenimiz var"):
    "Not yet, but we have a trainer". (A note before, "no trainer" sent.)"""
    if state.screen != ScreenId.SUMMARY or state.answers.get(EXPERIENCE.key) != _NONE:
        return False
    said = " ".join(word for word in _master_folded(phrase(text).split()) if word not in _BY_NOW)
    if said not in _MASTER and said not in _TRAINER:
        return False
    change_answer(state, EXPERIENCE, _WITH_TRAINER, ctx, result)
    return True


#: The options "Not yet, and no trainer yet" and "Not yet, but we have a trainer".
_NONE, _WITH_TRAINER = "none", "trainer"
#: The options that say the business has trained: "Yes, we train right now", "Yes, in the
#: past".
_TRAINED = frozenset({"now", "before"})
#: A master craftsman or the trainer qualification said, as phrase() words: after a "no"
#: ("Nein, noch nie, aber ich bin Meister"), the answer "Not yet, but we have a trainer".
_QUALIFIED = tuple(said.split() for said in _MASTER | _TRAINER)
#: A phrase of one word shorter than this says too little among other words ("gerade").
_LONG_WORD = 5
#: How many words before a phrase a "not" denies it ("لم ندرب من قبل").
_NOT_BEFORE = 2


def said_phrases(option: Option, lang: str) -> list[list[str]]:
    """The option's other words in ``lang`` and in German, each as phrase() words."""
    if option.said is None:
        return []
    return [each.split() for each in sorted(listed_words(option.said, lang))]


def _among(
    said: list[str], words: list[str], denied: frozenset[int], within: int = _NOT_BEFORE
) -> bool:
    """Whether the phrase ``said`` stands in ``words``; one word only if a long one, and
    not ``within`` words after a "not" (at ``denied``): "لم ندرب من قبل" (not trained
    before) is no "before"."""
    if len(said) == 1 and len(said[0]) < _LONG_WORD:
        return False
    at = found_at(said, words)
    return at is not None and not denied & set(range(at - within, at))


def no_trainer_said(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "No trainer" said in a sentence where the training experience is asked ("لا، لم
    ندرب من قبل وليس لدينا مدرب", "Nein, noch nie ausgebildet und keinen Ausbilder"): "Not
    yet, and no trainer yet"; a "no" and a master or the AEVO ("Nein, noch nie, aber ich
    bin Meister"): "Not yet, but we have a trainer"; the words for the advisor where they
    say more than the answer. Only whole
    phrases count, each option's own; with another option's words too ("früher
    ausgebildet, aktuell kein Ausbilder") nothing is taken. "Please tap one of the
    buttons below" before."""
    reading = _at_the_experience(state, text)
    if reading is None:
        return False
    lang, words, denied, named = reading
    if _opens_with_no(words, denied):
        # An opening "no" answers "trained before?": "hayır, daha önce …" (no, before …)
        # says no "before". With a master or the AEVO after it ("…, usta belgem var"):
        # no, but a trainer.
        named -= _TRAINED
        # Its own "not" right before it only: "ليس لدينا مدرب", not "no, never, but I
        # have the AEVO".
        if any(_among(said, words, denied, within=1) for said in _QUALIFIED):
            named.add(_WITH_TRAINER)
    if len(named) != 1 or not named <= {_NONE, _WITH_TRAINER}:
        return False
    code = next(iter(named))
    option = next(each for each in EXPERIENCE.options if each.code == code)
    if code == _NONE and _only_the_answer(option, words, lang):
        # "Noch nicht, wir haben keinen Ausbilder": nothing beyond the answer to keep; the
        # owner was told the words went to the advisor. (A trainer's words name which
        # qualification: the master or the AEVO, for the advisor.)
        tap(state, Code.OPTION.of(code), ctx, result)
        return True
    label = option_label(option, translator(lang))
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, Code.OPTION.of(code), ctx, result)
    return True


def trained_said(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The words of "Yes, we train right now" or of "Yes, in the past" in a sentence where
    the training experience is asked ("yes we have one apprentice right now", "we had one
    2 years ago", "daha önce evet"): that answer, the words for the advisor. Only one
    answer's words, not after a "no" nor denied ("not right now"). "Please tap one of the
    buttons below" or "Which one do you mean" before, the words a note."""
    reading = _at_the_experience(state, text)
    if reading is None:
        return False
    lang, words, denied, named = reading
    if _opens_with_no(words, denied) or len(named) != 1 or not named <= _TRAINED:
        return False
    if _never(words):
        # "daha önce hiç (yetiştirmedik)", "früher noch nie": "before" said with a
        # "never", no "Yes, in the past" (taken before).
        return False
    trial = state.copy()
    if ask_which(trial, text, ctx, Result(trial)) and EXPERIENCE.key in trial.answers:
        # "Ja, wir bilden gerade aus": the words after the "ja" name it alone, with
        # nothing more for the advisor.
        return False
    option = next(each for each in EXPERIENCE.options if each.code in named)
    label = option_label(option, translator(lang))
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, Code.OPTION.of(option.code), ctx, result)
    return True


#: "Never" in the bot's languages, folded ("hiç", "nie", "never", "ніколи", "أبدا").
_NEVER = frozenset(
    fold(word) for word in ("hiç", "nie", "niemals", "never", "ніколи", "أبدا", "ابدا", "قط")
)
#: A Turkish verb in the negative past ("yetiştirmedik", "olmadı", "yapmamıştık"), folded.
_TURKISH_NOT_DONE = re.compile(r"^\w{3,}m[ae](?:d[iu]|mis)")


def _never(words: list[str]) -> bool:
    """Whether ``words`` say "never", or "did not" in a Turkish verb."""
    return any(fold(w) in _NEVER or _TURKISH_NOT_DONE.match(fold(w)) for w in words)


def _at_the_experience(
    state: State, text: str
) -> tuple[str, list[str], frozenset[int], set[str]] | None:
    """Where the training experience is asked: the language, ``text``'s words, which of
    them are denied, and the options they name; None at any other screen."""
    if state.screen != ScreenId.QUESTION.of(EXPERIENCE.key):
        return None
    lang = state.lang or "de"
    words = _experience_words(text)
    denied = negations(words)
    return lang, words, denied, _named(words, denied, lang)


def _experience_words(text: str) -> list[str]:
    """``text`` as phrase() words, a trade's master as "meister", the Arabic "and"
    written onto the next word ("وليس لدينا مدرب") apart from it, and without counts in
    digits: "vor 3 Jahren" says what "vor Jahren" says (the options' words have no
    count)."""
    return [
        word[1:] if word.startswith("و") and len(word) > len("ولا") - 1 else word
        for word in _master_folded(phrase(text).split())
        if not word.isdigit()
    ]


def _named(words: list[str], denied: frozenset[int], lang: str) -> set[str]:
    """The codes of the experience options whose phrases stand in ``words`` (not denied)."""
    return {
        option.code
        for option in EXPERIENCE.options
        # The "no trainer" phrases say their own "not".
        if any(
            _among(said, words, frozenset() if option.code == _NONE else denied)
            for said in said_phrases(option, lang)
        )
    }


def _opens_with_no(words: list[str], denied: frozenset[int]) -> bool:
    """Whether ``words`` open with a "no" ("Nein, …"; "Noch nie, …", never, as well)."""
    opening_no = 0 in denied or (words[:1] == ["noch"] and 1 in denied)
    return bool(words) and (opening_no or says_no(words[0]))


def _only_the_answer(option: Option, words: list[str], lang: str) -> bool:
    """Whether ``words`` (as phrase() writes them) are one of the option's own phrases and,
    beside it, only a bare "no" or "not yet" (said_business.bare_no)."""
    for said in said_phrases(option, lang):
        at = found_at(said, words)
        if at is not None and bare_no(words[:at] + words[at + len(said) :]):
            return True
    return False
