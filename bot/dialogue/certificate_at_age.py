"""A school-leaving certificate typed at the age question, alone ("Hauptschulabschluss",
"9 класів") or beside the age ("17 Jahre, Realschule", "17, grade 10"): taken as the
certificate question's answer (which is then not asked; Back asks it), and the age too
where it is said. Alone it was "Thank you, we have noted your words for the advisor.
Please tap one of the buttons below"; beside the age it was lost without a word, or the
age not taken either. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.age_first import age_alone
from bot.dialogue.certificate_at_trade import certificate_label, certificate_named, take_early
from bot.dialogue.press import tap
from bot.dialogue.said_young import NOTED_ANSWER, NOTED_ANSWERS, age_option
from bot.dialogue.school_words import in_a_school_year, without_the_school_year
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import names_a_country_abroad, phrase
from bot.faq.matcher import says_at_school
from bot.flows.answers import option_label
from bot.flows.model import applies
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import AGE, CERTIFICATE, NO_CERTIFICATE, YOUNG
from bot.i18n import translator

#: Where one part of the words ends and the next begins ("17 Jahre, Realschule", "ich
#: bin 17 und habe Hauptschulabschluss", "17 років, 9 класів").
PARTS = re.compile(r"\s*[,;/+،]\s*|\s+(?:und|and|ve|і|та|và|mit|with)\s+", re.IGNORECASE)
#: An age's words before a certificate with nothing between ("17 Jahre Realschule").
_YEARS = re.compile(
    r"(\d{1,2}\s+(?:jahre?|years?|yaşındayım|років|роки|tuổi)(?:\s+(?:alt|old))?)"
    r"\s+(?!(?:alt|old)\b)",
    re.I,
)
#: A number alone with its word for years, as phrase() writes it ("17", "17 Jahre alt").
_BARE_AGE = re.compile(
    r"\d{2}(?: (?:jahre|jahr|years|year|yas|yasinda|yasindayim|років|роки|سنه|سنة|tuoi))?"
    r"(?: (?:alt|old))?"
)
#: The most words of the part that names the certificate ("ich habe einen
#: Realschulabschluss"); more say something else ("gehe noch auf die Realschule").
_CERTIFICATE_WORDS = 4


def certificate_at_the_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A certificate named at the age question: taken (not asked later), with the age
    said beside it; alone, the age is asked again under a receipt naming it. Words that
    say anything else are left to the rest of the engine."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(AGE.key):
        return False
    if CERTIFICATE.key in state.answers or not applies(CERTIFICATE, state.flow, state.answers):
        return False
    lang = state.lang or "de"
    parts = [each for each in PARTS.split(_YEARS.sub(r"\1, ", text)) if each.strip()]
    ages = [each for each in parts if an_age_alone(each, lang)]
    named = [_certificate(state, each, ctx) for each in parts if each not in ages]
    if len(ages) > 1 or len(named) != 1 or named[0] is None:
        return False
    take_early(state, named[0])
    certificate = certificate_label(state, named[0])
    if not ages:
        result.notify(NOTED_ANSWER, choice=certificate)
        return True
    code = age_option(AGE, ages[0])
    option = next(each for each in AGE.options if Code.OPTION.of(each.code) == code)
    tap(state, Code.OPTION.of(option.code), ctx, result)
    said = option_label(option, translator(lang))
    result.notify(NOTED_ANSWERS, first=said, second=certificate)
    return True


def school_year_at_the_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age with the school year the person is in now ("ich bin 17 und in der 10.
    Klasse", "мені 16, я в 10 класі", "عمري 16 وبالصف العاشر"): the age, and "None yet"
    for the certificate, as a school year is read at its question; the words go to the
    advisor, who reads the year. The school year was kept while the certificate was asked
    as if unsaid, or (in Arabic) lost."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(AGE.key):
        return False
    if CERTIFICATE.key in state.answers or not applies(CERTIFICATE, state.flow, state.answers):
        return False
    rest = without_the_school_year(text)
    if not rest or not an_age_alone(rest, state.lang or "de"):
        return False
    code = age_option(AGE, rest)
    option = next(each for each in AGE.options if Code.OPTION.of(each.code) == code)
    t = translator(state.lang or "de")
    both = {"first": option_label(option, t), "second": certificate_label(state, NO_CERTIFICATE)}
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWERS, **both):
        tap(state, Code.OPTION.of(option.code), ctx, result)
        take_early(state, NO_CERTIFICATE)
    return True


def an_age_alone(part: str, lang: str) -> bool:
    """Whether ``part`` says an age and nothing else ("17", "17 Jahre", "ich bin 17")."""
    if age_option(AGE, part) is None:
        return False
    return bool(_BARE_AGE.fullmatch(phrase(part))) or age_alone(part, lang) is not None


def _certificate(state: State, part: str, ctx: Context) -> str | None:
    """The certificate ``part`` names and nothing else: not a school still attended
    ("gehe noch auf die Realschule"), a school year, a country ("Realschule in Syrien"),
    or a time ("Realschule seit 2 Jahren")."""
    lang = state.lang or "de"
    if len(phrase(part).split()) > _CERTIFICATE_WORDS or age_option(AGE, part) is not None:
        return None
    if says_at_school(part, lang) or in_a_school_year(part) or names_a_country_abroad(part):
        return None
    return certificate_named(state, part, ctx)
