"""Answers said in words where a question of any dialogue offers buttons: a yes or a no
(the consent too), "I don't know", Saxony named at the border question. The young
people's and parents' answers are in said_young.py, the business owners' in
said_business.py."""

from __future__ import annotations

import re

from bot.dialogue import postal, typed
from bot.dialogue.keys import PARENT_AGREE_LABEL
from bot.dialogue.pages import codes_of
from bot.dialogue.parent_here import parent_there
from bot.dialogue.press import UNKNOWN, tap
from bot.dialogue.questions import current_question
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import (
    agrees,
    mentions_dont_know,
    phrase,
    says_dont_know,
    says_no,
    says_whatsapp_only,
    says_yes,
    whatsapp_answer,
)
from bot.faq.matcher import withdraws_consent
from bot.flows.answers import option_label
from bot.flows.consent import parent_must_agree
from bot.flows.contact import WHATSAPP
from bot.flows.model import Buttons, Choice, Option
from bot.flows.navigation import (
    Code,
    ScreenId,
    split_screen,
)
from bot.i18n import N_, translator
from bot.negation import negations, says_not

#: A question mark in the scripts of the bot's languages (Latin, Arabic, full width).
QUESTION_MARK = re.compile("[?\u061f\uff1f]")


def tap_keeping_words(
    state: State, option: Option, text: str, ctx: Context, result: Result
) -> bool:
    """``option``'s tap for words that say it and more, the words kept for the advisor
    and the person told the answer taken. False where the option is not offered."""
    code = Code.OPTION.of(option.code)
    if code not in codes_of(state):
        return False
    label = option_label(option, translator(state.lang or "de"))
    # Not kept (too long beside what is held): asked again under that notice.
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, code, ctx, result)
    return True


def tap_dont_know(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Bilmiyorum", "chua biet" typed where "I don't know (yet)" is a button: its tap,
    not a trade or a problem by that name. Said among other words ("Ich weiß nicht,
    vielleicht Koch"), the tap too, and the whole sentence goes to the advisor."""
    if UNKNOWN not in codes_of(state):
        return False
    if says_dont_know(text):
        tap(state, UNKNOWN, ctx, result)
        return True
    if not mentions_dont_know(text):
        return False
    question = current_question(state)
    assert isinstance(question, Buttons)  # the caller's check; the code is one of its options
    label = next(o.label for o in question.options if Code.OPTION.of(o.code) == UNKNOWN)
    # Not kept (too long beside what is held): asked again under that notice, so that
    # nothing the person wrote is dropped unseen.
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, UNKNOWN, ctx, result)
    return True


def tap_yes_or_no(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A yes or a no in a few words ("evet olur", "ja gerne", "не треба") where yes or no is
    asked (WhatsApp, the border town, a code's leading zero): that tap. ("Please tap one of
    the buttons below" took only a bare "evet".) On the consent, "I agree" in words too
    ("نعم موافق"), but not where a parent must agree: the button says who agrees. Not on
    deletion: there only the button, or its label, counts."""
    screen_id = split_screen(state.screen)[0]
    if (
        screen_id is ScreenId.CONSENT
        and (_refusal_said(text) or withdraws_consent(text, state.lang or "de"))
        and str(Code.NO) in codes_of(state)
    ):
        # "Ich bin nicht einverstanden", "я не згодна": its "No", whoever says it (nothing
        # is stored). It was noted as a message "for the advisor with your request", a
        # request never made, and the consent asked again. "Ich widerrufe meine
        # Einwilligung" before agreeing refuses too ("rút lại sự đồng ý" is no "đồng ý").
        tap(state, str(Code.NO), ctx, result)
        return True
    if (
        screen_id is ScreenId.CONSENT
        and parent_must_agree(state.answers)
        and (
            agrees(text)
            or _agreement_said(text)
            # "meine Mutter ist hier": the parent at hand is told which button is theirs.
            or parent_there(text, state.lang or "de")
        )
    ):
        # A "ja" or "Ich bin die Mutter und bin einverstanden" under the parents' consent:
        # the words cannot tell a parent from the young person (GDPR Art. 8: under 16 a
        # parent consents), the button's label says who agrees. Which one to tap is
        # said, to a parent as to the young person ("Please tap one of the buttons below"
        # did not say it; the parent's sentence was noted as a message for the advisor).
        label = translator(state.lang or "de").gettext(PARENT_AGREE_LABEL)
        result.notify(PARENT_MUST_TAP, label=label)
        return True
    consent = screen_id is ScreenId.CONSENT and not parent_must_agree(state.answers)
    agreed = agrees(text) if consent else says_yes(text) or phrase(text) in _YES_WHERE_ASKED
    refused = says_no(text) or phrase(text) in _NO_WHERE_ASKED
    answer = "yes" if agreed else "no" if refused else None
    if answer is None and state.screen == ScreenId.QUESTION.of(WHATSAPP.key):
        answer = whatsapp_answer(text)  # "evet, yazabilirsiniz", "kein WhatsApp"
    if answer is None:
        return False
    if screen_id in (ScreenId.BORDER, ScreenId.PLZ_GUESS, ScreenId.TRADE_GUESS) or consent:
        code = str(Code.YES if answer == "yes" else Code.NO)
    elif screen_id is ScreenId.QUESTION and isinstance(current_question(state), Choice):
        code = Code.OPTION.of(answer)
    elif screen_id is ScreenId.PLACE and postal.offers_one_place(state):
        # "Do you mean Leipzig (Sachsen)?": yes is the place, no another postal code.
        code = Code.OPTION.of("0") if answer == "yes" else str(Code.NEW_POSTAL_CODE)
    else:
        return False
    if code not in codes_of(state):
        return False
    whatsapp_only = state.screen == ScreenId.QUESTION.of(WHATSAPP.key) and says_whatsapp_only(text)
    tap(state, code, ctx, result)
    if whatsapp_only:
        # "nur WhatsApp bitte": the yes, and no calls wished, for the advisor.
        yes = translator(state.lang or "de").gettext(WHATSAPP.options[0].label)
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=yes)
    return True


#: The Levantine yes ("إي", "اي", typed alone), as phrase() writes it: where yes or no is
#: asked, no "which" (its other reading, bot.dialogue.typed_words._YES_SAID). It was a
#: message for the advisor, and WhatsApp asked again.
_YES_WHERE_ASKED = frozenset({phrase("إي")})
#: The same for a no: the chatted Vietnamese "ko" ("không"), elsewhere a name ("Ko").
_NO_WHERE_ASKED = frozenset({phrase("ko")})


#: Told when "yes" or an "I agree" is typed where a parent must agree by tapping, read by
#: a parent or by the young person. ``label``: the button's.
PARENT_MUST_TAP = N_(
    "Thank you. For someone under 16, a parent or guardian agrees by tapping the button, "
    "so that we know who agrees. If you are the parent or guardian, please tap “{label}” "
    "below. If you are the young person, please show this to your mother or father."
)
#: The words of agreeing in the bot's languages, as phrase() writes them, found among
#: others ("Ich bin die Mutter und bin einverstanden", "Tôi là mẹ cháu, tôi đồng ý").
_AGREEING = tuple(
    phrase(said).split()
    for said in (
        *("einverstanden", "stimme zu", "zustimmen", "agree", "consent", "kabul", "onaylıyorum"),
        *("onay veriyorum", "onaylamıyorum", "izin veriyorum", "згоден", "згодна", "погоджуюсь"),
        *("погоджуюся",),
        *("согласен", "согласна", "موافق", "موافقة", "أوافق", "اوافق", "đồng ý"),
        # Said of a parent ("my mom agrees", "мама погоджується", "أهلي موافقين",
        # "annem razı"): noted for an advisor before, which button is theirs not said.
        *("agrees", "agreed", "consents", "погоджується", "погоджуються", "згодні"),
        *("موافقين", "موافقون", "موافقه", "razı", "razi"),
        # A parent's permission, as a young person says it ("mama sagt ja", "мама
        # дозволила", "annem izin verdi", "my mom says yes"): a note before.
        # Not "erlaubt", "allowed" alone: "ist das erlaubt?", "she is not allowed to".
        *("erlaubt es", "erlaubt das", "erlaubt mir", "es erlaubt", "sagt ja", "hat ja gesagt"),
        *("says yes", "said yes", "allowed it", "allows it", "allowed me", "allows me"),
        *("izin verdi", "izin veriyor", "evet dedi", "дозволила", "дозволив", "дозволяє"),
        *("дозволили", "سمحت", "سمح", "سمحولي", "cho phép"),
    )
)
#: The most words such a sentence has; a longer text is a message for the advisor.
_AGREEING_WORDS = 12
#: The words of agreeing that are one word ("موافقة"), which Arabic joins to its "and"
#: ("أنا الأم وموافقة").
_AGREEING_ALONE = frozenset(agreeing[0] for agreeing in _AGREEING if len(agreeing) == 1)
_AND = "و"


def _agreeing_words(text: str) -> list[str]:
    """The words of ``text`` as phrase() writes them, an Arabic "and" joined to a word of
    agreeing parted from it ("وموافقة": "و", "موافقة"); it was no word of agreeing."""
    words: list[str] = []
    for word in phrase(text).split():
        if word.startswith(_AND) and word[1:] in _AGREEING_ALONE:
            words += [_AND, word[1:]]
        else:
            words.append(word)
    return words


def _agreement_said(text: str) -> bool:
    """Whether a short ``text`` says someone agrees, without a "not"."""
    words = _agreeing_words(text)
    return len(words) <= _AGREEING_WORDS and not says_not(words) and _agreeing_in(words)


def _refusal_said(text: str) -> bool:
    """Whether a short ``text`` says someone does not agree ("nicht einverstanden",
    "kabul etmiyorum", "я не згодна", "لا أوافق", "không đồng ý")."""
    words = _agreeing_words(text)
    if len(words) > _AGREEING_WORDS:
        return False
    nots = negations(words)
    # The "not" in the words of agreeing, just before or right after them ("kabul
    # etmiyorum"): "einverstanden, aber nicht mit WhatsApp" agrees.
    return any(
        words[at : at + len(agreeing)] == agreeing
        and any(at - _NOT_BEFORE <= where <= at + len(agreeing) for where in nots)
        for agreeing in _AGREEING
        for at in range(len(words))
    )


#: How many words before the words of agreeing a "not" refuses ("I do not agree").
_NOT_BEFORE = 2


def _agreeing_in(words: list[str]) -> bool:
    return any(
        words[at : at + len(agreeing)] == agreeing
        for agreeing in _AGREEING
        for at in range(len(words))
    )


#: Saxony as people name it in the bot's languages, as phrase() writes it ("Saksonya'da").
_SAXONY = frozenset(
    phrase(name)
    for name in (
        *("sachsen", "saxony", "saksonya", "saksonyada", "saksonyadayız", "saksonyadayim"),
        *("ساكسونيا", "سكسونيا", "بساكسونيا", "саксонія", "саксонії", "саксонии"),
    )
)
#: The most words an answer naming Saxony has; a longer one is a message.
_SAXONY_WORDS = 6


def saxony_named(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Saxony named under "Is your town in Saxony all the same?" ("Ja, liegt in Sachsen",
    "evet Saksonya'da", "نعم في ساكسونيا"; "nicht in Sachsen"): its yes, or with a "not"
    its no (kept as a message, the question asked again). A yes with a "not" or a no
    without one says both; "Sachsen-Anhalt" is another state."""
    words = phrase(text).split()
    if not set(words) & _SAXONY or len(words) > _SAXONY_WORDS or phrase("anhalt") in words:
        return False
    denied = says_not(words)
    if denied and not says_yes(words[0]):
        code = Code.NO
    elif not denied and not says_no(words[0]):
        code = Code.YES
    else:
        return False
    tap(state, str(code), ctx, result)
    return True
