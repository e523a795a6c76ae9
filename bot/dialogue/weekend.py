"""The weekend asked for at the best-time question ("am Wochenende", "hafta sonu", "у
вихідні", "cuối tuần", "نهاية الأسبوع"): the question's days are Monday to Friday, which
the owner is told, the words kept for the advisor and a time of day asked. Before, "noted,
please tap" left them wondering why their answer was no answer. On the summary the same,
with the time chosen standing and its ✏️ named. Pure: state, text and context in, the
person told."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.contact import TIME
from bot.flows.model import label_of
from bot.flows.navigation import ScreenId
from bot.i18n import N_, translator

#: Told when the weekend was asked for: noted, the days we call on, and a time asked.
WEEKEND_NOTED = N_(
    "Thank you, we have noted this for the advisor. We get in touch from Monday to "
    "Friday. Which time of day suits you best on those days? Please tap it below."
)
#: Told when the weekend was asked for on the summary, a time of day chosen already: noted,
#: the days we call on, and how to change the time (a bare "noted" before). ``button``:
#: the time's label on its ✏️ button.
WEEKEND_ON_THE_SUMMARY = N_(
    "Thank you, we have noted this for the advisor. We get in touch from Monday to "
    "Friday, at the best time you chose. To change that time, tap ✏️ {button} below."
)

#: The weekend or a day of it in the bot's languages (and Russian), as phrase() writes it,
#: whole: with more words (a time of day, "nicht am Wochenende") other readings answer.
_WEEKEND = frozenset(
    phrase(said)
    for said in (
        *("wochenende", "am wochenende", "nur am wochenende", "samstag", "am samstag"),
        *("samstags", "sonntag", "am sonntag", "sonntags", "am wochenende am besten"),
        *("weekend", "at the weekend", "on the weekend", "on weekends", "weekends"),
        *("saturday", "on saturday", "saturdays", "sunday", "on sunday", "sundays"),
        *("hafta sonu", "hafta sonları", "haftasonu", "cumartesi", "cumartesi günü"),
        *("pazar günü", "hafta sonu olur", "hafta sonu daha iyi"),
        *("вихідні", "у вихідні", "в вихідні", "на вихідних", "субота", "в суботу"),
        *("у суботу", "неділя", "в неділю", "у неділю", "выходные", "в выходные"),
        *("cuối tuần", "vào cuối tuần", "thứ bảy", "thứ 7", "chủ nhật", "t7", "cn"),
        *("نهاية الأسبوع", "في نهاية الأسبوع", "عطلة نهاية الأسبوع", "الويكند", "بالويكند"),
        *("السبت", "يوم السبت", "الأحد", "يوم الأحد", "في عطلة نهاية الأسبوع"),
    )
)


#: Words around the weekend that change nothing ("nur samstags", "lieber am Wochenende",
#: "saturday is better"), as phrase() writes them.
_AROUND = frozenset(
    phrase(word)
    for word in (
        *("nur", "lieber", "eher", "besser", "ist", "only", "rather", "better", "is"),
        *("sadece", "daha", "iyi", "тільки", "лише", "краще", "chỉ", "tốt", "hơn", "فقط"),
        *("أفضل", "الأفضل"),
    )
)


def weekend_at_the_time(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The weekend asked for where the best time is asked, or on the summary: the words
    for the advisor, the owner told that we get in touch Monday to Friday and asked for
    a time of day (on the summary, shown how to change the one chosen)."""
    at_the_question = state.screen == ScreenId.QUESTION.of(TIME.key)
    on_the_summary = state.screen == ScreenId.SUMMARY and TIME.key in state.answers
    if not (at_the_question or on_the_summary):
        return False
    said = without_politeness(phrase(text)).split()
    if " ".join(word for word in said if word not in _AROUND) not in _WEEKEND:
        return False
    if at_the_question:
        typed.keep_for_advisor(text, ctx, result, WEEKEND_NOTED)
        return True
    label = label_of(TIME, state.answers, state.flow)
    button = translator(state.lang or "de").gettext(label)
    typed.keep_for_advisor(text, ctx, result, WEEKEND_ON_THE_SUMMARY, button=button)
    return True
