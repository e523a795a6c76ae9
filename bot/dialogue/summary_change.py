"""An answer of the summary changed in words ("lieber abends", "kein WhatsApp bitte",
"doch per Video"): the question's new answer, as if its ✏️ had been tapped and the
option chosen. Before, the words were noted for the advisor while the old answer was
sent. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.certificate_at_trade import certificate_named
from bot.dialogue.clock_time import tap_by_clock
from bot.dialogue.correcting_words import CORRECTING, NOT_THE_OLD, OLD_WORDS, not_pair
from bot.dialogue.meeting_words import names_a_video_app
from bot.dialogue.moves import edit
from bot.dialogue.press import tap
from bot.dialogue.questions import question_label
from bot.dialogue.ruled_out import beside_the_ruled_out, ruled_out_words
from bot.dialogue.said_young import CHANGED_ANSWER, NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.dialogue.time_bound import beside_the_bound
from bot.dialogue.time_words import says_more_than_the_time_of_day
from bot.dialogue.typed_words import WANTING, WHATSAPP_NAMED, phrase, whatsapp_answer, year_in
from bot.flows.answers import option_label
from bot.flows.contact import MEETING, TIME, WHATSAPP
from bot.flows.model import Choice, MultiChoice, stored_answer
from bot.flows.navigation import ADDING, Code, ScreenId, asked, flow_named, questions_of
from bot.flows.young import CERTIFICATE, GERMAN
from bot.i18n import N_, translator
from bot.negation import fold

#: Told when typed words changed an answer of the summary and say more that the advisor
#: needs (the video app named: "lieber per Zoom"). ``question``, ``answer`` as above.
CHANGED_ANSWER_KEPT = N_(
    "Thank you, we have changed “{question}” to “{answer}”. Your message goes to the "
    "advisor with your request."
)

#: The most words a change is typed in ("doch lieber nachmittags bitte"); more are a
#: message for the advisor, which may name an answer in passing.
CHANGE_WORDS = 6

#: Words that say "rather" around the answer ("lieber abends", "الأفضل مساءً", "краще
#: ввечері"), as phrase() writes them: the answer is read without them too.
_RATHER = frozenset(
    phrase(word)
    for word in (
        *("lieber", "doch", "besser", "eher", "rather", "better", "prefer", "preferably"),
        *("instead", "tercihen", "daha", "iyi", "краще", "бажано", "الأفضل", "أفضل", "افضل"),
        *("يفضل", "بفضل", "tốt", "hơn", "thì", "thích"),
        # Turkish "let it be" ("kuaför olsun").
        "olsun",
    )
)


#: "Instead of" after the new answer ("Friseur statt Koch", "hairdresser instead of cook",
#: "перукар замість кухаря", "حلاق بدل طباخ", "thợ làm tóc thay vì đầu bếp"); Turkish says
#: it after the old one ("aşçı yerine kuaför"). As phrase() writes them.
_INSTEAD_OF = frozenset(
    phrase(word)
    for word in (
        *("statt", "anstatt", "anstelle", "instead", "замість", "вместо", "بدل", "بدلا"),
        *("بدال", "عوض", "عوضا"),
    )
)
#: Vietnamese "thay" says "instead of" only as "thay vì", "thay cho": "thay đổi" is
#: "change" ("em muốn thay đổi sang thợ làm tóc"). As phrase() writes them.
_INSTEAD_OF_PAIRS = frozenset(phrase(pair) for pair in ("thay vì", "thay cho"))
_INSTEAD_OF_BEFORE = frozenset({phrase("yerine")})
#: "Not A but B" ("nicht Koch, sondern Verkäufer", "not cook but salesperson", "не кухар,
#: а продавець", "مش طباخ بل بائع", "không phải đầu bếp mà là bán hàng"), and Turkish "A
#: değil, B": the new answer after the word, as phrase() writes them.
_BUT_RATHER = frozenset(phrase(word) for word in ("sondern", "but", "а", "بل", "mà", "değil"))
#: Said after "but" before the answer ("mà là bán hàng": "but is").
_BUT_IS = frozenset({phrase("là")})


def _instead(words: list[str]) -> list[str]:
    """Of "A instead of B" and "not B but A" the words of A, the new answer; else all
    the words."""
    pair = instead_pair(words)
    return words if pair is None else pair[1]


def instead_pair(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Of "A instead of B" and "not B but A" the words of B, the old answer, and of A,
    the new one; None where no "instead" or "but" is said."""
    for at, word in enumerate(words):
        if word in _INSTEAD_OF and not (word == "instead" and words[at + 1 : at + 2] != ["of"]):
            # "instead of cook", "anstelle von Koch". English "instead" without "of" says
            # "rather": what follows is no old answer ("come to my shop instead, after
            # 3pm" read "after 3pm" as the one ruled out, the time not changed).
            old = words[at + 1 :]
            return old[1:] if old[:1] in (["of"], ["von"]) else old, words[:at]
        if " ".join(words[at : at + 2]) in _INSTEAD_OF_PAIRS:
            return words[at + 2 :], words[:at]
        if word in _INSTEAD_OF_BEFORE:
            return words[:at], words[at + 1 :]
        if word in _BUT_RATHER and at > 0 and at + 1 < len(words):
            if phrase(words[at + 1]) in NOT_THE_OLD:
                # "перукар, а не кухар": "and not", the old answer after it (not_pair).
                return None
            after = words[at + 1 :]
            return words[:at], after[1:] if after[0] in _BUT_IS and len(after) > 1 else after
    return None


#: "What about …", "how about …" before a new answer ("was ist mit Video statt Telefon",
#: "wie wäre es mit Video", "а як щодо відео", "ماذا عن الفيديو"): a change asked for,
#: which was kept as a question while the old answer stayed.
_WHAT_ABOUT_BEFORE = re.compile(
    r"^(?:und |and |а |و ?)?(?:was ist mit|was is mit|wie wäre es mit|wie wär'?s mit"
    r"|wie waere es mit|what about|how about|як щодо|що як|а что насчет|что насчет"
    r"|ماذا عن|شو رأيك ب|شو رايك ب)\s*",
    re.IGNORECASE,
)
#: The same said after the answer: Turkish "görüntülü arama olsa?", "video ne dersiniz",
#: Vietnamese "còn video thì sao", "video được không".
_WHAT_ABOUT_AFTER = re.compile(
    r"\s+(?:olsa|olsa nasıl olur|nasıl olur|ne dersiniz|olabilir mi|olur mu|thì sao"
    r"|được không)$",
    re.IGNORECASE,
)
#: Short words before an answer asked about with a question mark ("und per Video?", "peki
#: video?", "could we do video instead?", "а можна по відео?", "طيب فيديو؟"): a change
#: asked for, as "what about …" is. Kept as a question before, the phone call sent.
_SHORT_ASK = re.compile(
    r"^(?:und|and|also|so|ok|okay|peki(?: ya)?|ya|а можна|а може|можна|може|а|і|طيب|طب"
    r"|ممكن|يمكن|و|(?:could|can) we(?: do| have)?|geht(?: auch)?|ginge(?: auch)?"
    r"|können wir(?: auch)?|kann man(?: auch)?)\s+",
    re.IGNORECASE,
)
#: Vietnamese "còn" (and), "hay là" (or rather) before an answer asked about at the end.
_AND_THEN = re.compile(r"^(?:còn|hay là|hay)\s+", re.IGNORECASE)
_ASKING = re.compile(r"[\s?\u061f\uff1f.!]+$")


def what_about(text: str) -> str | None:
    """Of "what about video instead?" the words asked about ("video instead"); None if
    ``text`` asks no "what about"."""
    said = _ASKING.sub("", text.strip())
    before = _WHAT_ABOUT_BEFORE.match(said)
    if before is not None and before.end() < len(said):
        return said[before.end() :]
    after = _WHAT_ABOUT_AFTER.search(said)
    if after is not None and after.start() > 0:
        return _AND_THEN.sub("", said[: after.start()])
    short = _SHORT_ASK.match(said)
    if short is not None and short.end() < len(said) and typed.has_question_mark(text):
        return said[short.end() :]
    return None


def change_asked_about(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "What about video instead?" on the summary that names an answered question's
    option: that answer changed, as if said without the question, and the words kept
    for the advisor. Asked about anything else, nothing is done here."""
    if state.screen != ScreenId.SUMMARY:
        return False
    asked_about = what_about(text)
    return asked_about is not None and answer_changed(state, asked_about, ctx, result, kept=text)


#: Words for a trade, which the person may type before the new one ("Beruf: Verkäufer",
#: "job: salesperson") though the summary's line says another ("Wunschberuf"), as
#: phrase() writes them: no part of the answer.
_TRADE_WORDS = frozenset(
    phrase(word)
    for word in (
        *("beruf", "ausbildungsberuf", "wunschberuf", "ausbildung", "job", "trade"),
        *("profession", "occupation", "meslek", "професія", "фах", "nghề", "مهنة", "المهنة"),
    )
)


#: Words for the German language, which the person may type before the level ("Deutsch
#: B1", "mein Deutsch ist B1", "Almancam B1", "німецька B2", "الألمانية B1"), as phrase()
#: writes them: no part of the answer (the level was not changed).
_LANGUAGE_WORDS = frozenset(
    phrase(word)
    for word in (
        *("deutsch", "deutschkenntnisse", "sprachniveau", "niveau", "mein", "german", "level"),
        *("almanca", "almancam", "almancamın", "seviye", "seviyem", "німецька", "німецької"),
        *("рівень", "الألمانية", "الالمانية", "الألماني", "الالماني", "مستوى", "tiếng", "đức"),
        *("trình", "độ"),
        # Levantine "my German" ("المانيتي B1"), "my language".
        *("المانيتي", "ألمانيتي", "لغتي"),
    )
)


#: Vietnamese politeness at the end ("… thợ làm tóc ạ"), as phrase() writes it.
_POLITE = frozenset(phrase(word) for word in ("ạ", "nhé", "nha"))
#: Words around a correction that are no part of the answer ("Moment, der Beruf ist
#: eigentlich Verkäufer", "wait, the job is actually …", "bir dakika, meslek …",
#: "стривайте, професія …", "nghề là bán hàng"), as phrase() writes them.
_AROUND = (
    frozenset(
        phrase(word)
        for word in (
            *("moment", "warte", "mal", "der", "die", "das", "ist", "wait", "the", "is", "my"),
            *("bir", "dakika", "стривайте", "зачекайте", "хвилинку", "моя", "мій", "là", "لحظة"),
        )
    )
    | _POLITE
)
#: German articles and the formal "Sie", as phrase() writes them: "kommen Sie zu mir in
#: den Laden" is five words of the change, not seven (a note before).
_GRAMMAR = frozenset(phrase(word) for word in ("der", "die", "das", "den", "dem", "sie"))
#: The words a change's length is counted without: "I want", "rather", "please".
_SAY_NOTHING = _RATHER | WANTING | _POLITE | _GRAMMAR


def answer_changed(
    state: State, text: str, ctx: Context, result: Result, kept: str | None = None
) -> bool:
    """Typed words on the summary that name answered questions' options: their new
    answers, and the person told what was changed. Words that name no option are left to
    the other readings (a note for the advisor). ``kept``: words for the advisor whatever
    the answers named (the question "what about video?" they were read from)."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return False
    typed_text, text = text, without_a_leading_no(text)
    # Of "A instead of B" the words of A count ("thợ làm tóc thay vì đầu bếp"), but for
    # those that only say "I want", "rather": "em muốn thay đổi sang thợ làm tóc" (eight
    # words, five of them "I want to change to") was a message for the advisor.
    # The part ruled out counts no more than "rather" does ("not in the morning, in the
    # afternoon": a note before, seven words).
    beside = beside_the_ruled_out(text) or text
    counted = [word for word in _instead(phrase(beside).split()) if word not in _SAY_NOTHING]
    if typed.asks_on_the_way(text) or len(counted) > CHANGE_WORDS:
        return False
    flow = flow_named(state.flow)
    if flow is None:
        return False
    found: dict[str, tuple[Choice, str]] = {}
    for question in questions_of(flow):
        if not isinstance(question, Choice) or question.key not in state.answers:
            continue
        if not asked(question, flow, state.answers):
            continue
        # "morgens geht nicht, lieber nachmittags": the meeting and the time read what is
        # left beside the part ruled out, before "A, not B" (not_pair) in _named takes
        # "morgens geht" for the new answer.
        named_in = beside if question.key in (MEETING.key, TIME.key) else text
        if beside != text and _ruled_out_alone(state, question, text, ctx):
            # "doch nicht Koch, lieber Friseur": the answer given ruled out, another named
            # beside it (a note before, the cook sent).
            named_in = beside
        value = _named(state, question, named_in, ctx)
        if value is not None:
            found[question.key] = (question, value)
    if not found:
        return False
    # "call me after 6pm", "call me in the afternoon" name the phone already chosen beside
    # the new time: only what changed is told ("We have noted 'By phone'" read as if
    # something else were taken).
    changes = {key: each for key, each in found.items() if not _unchanged(state, *each, ctx)}
    found = changes or found
    # "per Video, lieber nachmittags": each question named gets its new answer, in the
    # summary's order; one that opens another question (a parent now asking for a child)
    # leaves the rest to be told again there.
    for question, value in found.values():
        if state.screen != ScreenId.SUMMARY:
            break
        # The video app named ("lieber per Zoom") is for the advisor, who calls on it;
        # so is an hour or what the time hangs on ("lieber abends nach Feierabend"), as
        # at the best-time question itself.
        app = question.key == MEETING.key and value == "video" and names_a_video_app(text)
        hour = question.key == TIME.key and says_more_than_the_time_of_day(text)
        # What does not suit ("morning is bad") goes to the advisor, as at the question.
        # Not where "not A but B" says only that ("nicht vormittags, sondern abends").
        ruled_out = question.key in (MEETING.key, TIME.key) and beside != text
        ruled_out = ruled_out and instead_pair(phrase(text).split()) is None
        # Nor where the part ruled out is the old answer alone ("no, not morning, evening").
        ruled_out = ruled_out and not _ruled_out_alone(state, question, text, ctx)
        if kept is None and (app or hour or ruled_out):
            kept = typed_text
        change_answer(state, question, value, ctx, result, kept=kept)
    return True


#: A "no" that begins a correction ("nein, ich will Friseur werden", "ні, перукар",
#: "لا، حلاق"): with a mark after it, or "I"/"I want" ("nein ich will"). Read with it, the
#: new answer was kept as a message and the old one sent.
_LEADING_NO = re.compile(
    r"^\s*(?:nein|nee|no|nope|ні|нет|hayır|hayir|لا|không)\s*(?:[,.!;:،؛]|$)", re.I
)
_NO_WORDS = frozenset(phrase(word) for word in ("nein", "nee", "no", "nope", "ні", "нет", "hayır"))


def without_a_leading_no(text: str) -> str:
    """``text`` without the "no" it begins a correction with, or as it is."""
    found = _LEADING_NO.match(text)
    if found is not None and text[found.end() :].strip():
        return text[found.end() :]
    words = text.split(maxsplit=2)
    if len(words) > 2 and phrase(words[0]) in _NO_WORDS and phrase(words[1]) in WANTING:
        return text.split(maxsplit=1)[1]
    return text


def _unchanged(state: State, question: Choice, value: str, ctx: Context) -> bool:
    """Whether ``value`` is the answer ``question`` already has."""
    option = next(each for each in question.options if each.code == value)
    return state.answers.get(question.key) == stored_answer(option, ctx.local_now.date())


def change_answer(
    state: State,
    question: Choice,
    value: str,
    ctx: Context,
    result: Result,
    kept: str | None = None,
) -> None:
    """``question``'s answer set to ``value`` from the summary, and the person told so;
    the words ``kept`` for the advisor, if any."""
    t = translator(state.lang or "de")
    option = next(each for each in question.options if each.code == value)
    stored = stored_answer(option, ctx.local_now.date())
    # A year option's label is the year it stands for (its button shows that year).
    answer = stored if option.year is not None else option_label(option, t)
    if _unchanged(state, question, value, ctx):
        if kept is None or not typed.keep_for_advisor(
            kept, ctx, result, typed.KEPT_WITH_ANSWER, choice=answer
        ):
            result.notify(NOTED_ANSWER, choice=answer)
        return
    label = question_label(state, question)
    edit(state, question.key)
    tap(state, Code.OPTION.of(option.code), ctx, result)
    # Not kept (too long beside what is held): told so, and of the change all the same.
    if kept is None or not typed.keep_for_advisor(
        kept, ctx, result, CHANGED_ANSWER_KEPT, question=label, answer=answer
    ):
        result.notify(CHANGED_ANSWER, question=label, answer=answer)


def label_words(state: State, question: Choice | MultiChoice) -> frozenset[str]:
    """The words of ``question``'s summary line ("Ausbildungsbeginn", "Hilfe gewünscht
    bei"), and for the trades the words for a trade, as phrase() writes them: typed before
    the new answer, they are no part of it."""
    labelled = frozenset(phrase(question_label(state, question)).split())
    if question.other is not None and any(o.official for o in question.options):
        return labelled | _TRADE_WORDS
    if question.key == GERMAN.key:
        # "Deutsch B1": the language's name is no part of the level.
        return labelled | _LANGUAGE_WORDS
    return labelled


def _named(state: State, question: Choice, text: str, ctx: Context) -> str | None:
    """The code of ``question``'s option that ``text`` names, as the question itself
    reads typed words (on a trial state); WhatsApp's as its question reads them."""
    if question.key == TIME.key:
        # "nicht vor 10, lieber nachmittags": the time of day beside the hour (the hour
        # goes to the advisor, answer_changed keeps the words).
        text = beside_the_bound(text) or text
    words = phrase(text).split()
    if question.key == WHATSAPP.key:
        # Its buttons say only "Yes" and "No", which alone answer nothing on the summary.
        return whatsapp_answer(text) if WHATSAPP_NAMED.search(phrase(text)) else None
    if question.key == MEETING.key and names_a_video_app(text):
        # "lieber per Zoom", "zoom ile", "عبر زوم": as the meeting question reads it.
        return "video"
    today = ctx.local_now.date()
    year = year_in(text, today)
    if year is not None and any(option.year is not None for option in question.options):
        # "sorry, doch lieber 2027": the year's button, whatever words stand around it
        # (an apology is no "rather", and kept the words from reading as the year).
        return next(
            (each.code for each in question.options if stored_answer(each, today) == str(year)),
            None,
        )
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(question.key)
    trial.editing = True
    # Only an option's tap stores an answer: "zurück", "back" tapped the question's Back
    # on the trial, and each answer kept was told "noted" again.
    trial.answers.pop(question.key, None)
    # Without "rather", "I want", and without the words that say the answer before was
    # wrong ("sorry, Friseur", "pardon, kuaför olsun", "عفوا، حلاق", "ich will doch
    # Friseur"); of "A instead of B", A alone (the old answer named beside it hid it).
    # The summary line's own label typed before the answer ("Ausbildungsbeginn 2027",
    # "Beste Zeit: nachmittags") is no part of it either.
    labelled = label_words(state, question)
    new = _instead(words)
    old: list[str] | None = None
    if new == words and (pair := not_pair(words)) is not None:
        old, new = pair
    rest = " ".join(
        word
        for word in new
        if word not in _RATHER
        and word not in WANTING
        and word not in labelled
        and word not in _AROUND
        and fold(word) not in CORRECTING
    )
    # With the old answer named, the whole text may read as the old one: the new alone,
    # as typed too ("at my restaurant instead": "my" is no part of it left out).
    saids = (text, rest) if new == words else (" ".join(new), rest)
    # A clock time or lunchtime ("lieber mittags", "doch ab 14 Uhr") as its question reads it.
    if not any(
        tap_by_label(trial, said, ctx, Result(trial))
        or (question.key == TIME.key and tap_by_clock(trial, said, ctx, Result(trial)))
        for said in saids
        if said
    ):
        if question.key == CERTIFICATE.key:
            # "Ich habe Realschulabschluss", "lise mezunuyum": as its question reads them
            # (noted for the advisor before, the old certificate sent).
            named = (certificate_named(trial, each, ctx) for each in saids if each)
            return next(filter(None, named), None)
        return None
    value = trial.answers.get(question.key)
    if old is not None and not _names_the_answer(state, question, old, ctx):
        # "A, not B" where B is not this question's answer: no change of it.
        return None
    # The option whose tap stored it (a year option stores its year, not its code).
    code = next((o.code for o in question.options if stored_answer(o, today) == value), None)
    return code if code != question.other else None


#: Words beside the answer ruled out that are no part of it, as phrase() writes them:
#: "any more" ("kein Koch mehr", "not cook anymore", "artık aşçı değil", "вже не кухар",
#: "không phải đầu bếp nữa"), and the "is" of Vietnamese "không phải" (is not).
BESIDE_A_NOT = frozenset(
    phrase(word)
    for word in ("mehr", "anymore", "more", "artık", "вже", "уже", "nữa", "خلص", "phải")
)


def _ruled_out_alone(state: State, question: Choice, text: str, ctx: Context) -> bool:
    """Whether the part ``text`` rules out is ``question``'s answer given, alone."""
    # "doch nicht Koch", "kein Koch mehr": "doch", "mehr" are no part of the answer.
    old = [word for word in ruled_out_words(text) if word not in _RATHER | BESIDE_A_NOT]
    return len(old) <= OLD_WORDS and _names_the_answer(state, question, old, ctx)


def _names_the_answer(state: State, question: Choice, words: list[str], ctx: Context) -> bool:
    """Whether ``words`` name ``question``'s answer given (the B of "A, not B")."""
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(question.key)
    trial.editing = True
    given = trial.answers.pop(question.key, None)
    said = " ".join(words)
    return (
        bool(said)
        and tap_by_label(trial, said, ctx, Result(trial))
        and (trial.answers.get(question.key) == given)
    )
