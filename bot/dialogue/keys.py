"""Buttons as declared: a label message id, a named code, and how rows are laid out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.dialogue.texts import city_name, place_name
from bot.flows.answers import option_label
from bot.flows.business import BUSINESS
from bot.flows.model import Option
from bot.flows.navigation import Code
from bot.flows.young import YOUNG
from bot.i18n import N_, Translator, translator

# Button labels: kept here so the catalog check can hold them to a phone's width.
BACK_LABEL = N_("Back")
MENU_LABEL = N_("Main menu")
BUSINESS_LABEL = N_("For businesses")
YOUNG_LABEL = N_("For young people and parents")
INFO_LABEL = N_("Information")
RESTART_LABEL = N_("Start again")
CALLBACK_LABEL = N_("Request a callback")
LANGUAGE_LABEL = N_("Language")
OTHER_PLZ_LABEL = N_("Enter a different postal code")
NO_POSTAL_CODE_LABEL = N_("I don't know the postal code")
AGREE_LABEL = N_("Yes, I agree")
PARENT_AGREE_LABEL = N_("I am the parent: I agree")
#: On the consent of a dialogue that has not asked the age (a typed question).
UNDER_16_LABEL = N_("I am under 16")
NO_LABEL = N_("No")
YES_LABEL = N_("Yes")
DONE_LABEL = N_("Done")
SEND_LABEL = N_("Send request")
ERASE_LABEL = N_("Yes, delete everything")
KEEP_LABEL = N_("No, keep my data")
ASK_LABEL = N_("Ask an advisor")
BUTTON_TEXTS: tuple[str, ...] = (
    ERASE_LABEL,
    KEEP_LABEL,
    BACK_LABEL,
    MENU_LABEL,
    BUSINESS_LABEL,
    YOUNG_LABEL,
    INFO_LABEL,
    RESTART_LABEL,
    CALLBACK_LABEL,
    LANGUAGE_LABEL,
    OTHER_PLZ_LABEL,
    NO_POSTAL_CODE_LABEL,
    AGREE_LABEL,
    PARENT_AGREE_LABEL,
    NO_LABEL,
    YES_LABEL,
    DONE_LABEL,
    SEND_LABEL,
    ASK_LABEL,
)


@dataclass(frozen=True)
class Key:
    """One declared button: ``icon`` + the label in the person's language, and its code."""

    label: str
    code: str
    icon: str = ""
    #: False for labels that are never translated, e.g. a language's own name.
    translate: bool = True
    #: An option's button shows the option's label with its time range.
    option: Option | None = None
    #: An office's city, as the language writes it with the German name ("لايبزيغ (Leipzig)").
    city: bool = False
    #: A place's button: ``label`` is the place, this its state in brackets, and an office's
    #: city is written as the language writes it ("📍 لايبزيغ (Leipzig, Sachsen)").
    place_detail: str = ""
    #: A tick of a multiple choice: whether it is ticked (a screen reader says "pressed");
    #: None for a button that is no tick.
    pressed: bool | None = None

    def text(self, t: Translator) -> str:
        """The label as the person sees it."""
        return _label(self, t.lang)


@lru_cache(maxsize=2048)  # a label depends only on the key and the language: rendered per step
def _label(key: Key, lang: str) -> str:
    t = translator(lang)
    if key.option is not None:
        label = option_label(key.option, t)
    elif key.city:
        label = city_name(key.label, t)
    elif key.place_detail:
        label = place_name(key.label, key.place_detail, t)
    else:
        label = t.gettext(key.label) if key.translate else key.label
    if not key.translate:
        return key.icon + label
    icon = RTL_ICONS.get(key.icon, key.icon) if t.rtl else key.icon
    # Marked after the icon is added: a label starting with ℹ️ would otherwise read LTR.
    return t.bidi(icon + label)


#: Icons whose direction is wrong in right-to-left text, and their mirror image.
RTL_ICONS: dict[str, str] = {"↩️ ": "↪️ "}

Row = tuple[Key, ...]
Keys = tuple[Row, ...]

BACK_KEY = Key(BACK_LABEL, Code.BACK, "↩️ ")
HOME_KEY = Key(MENU_LABEL, Code.HOME, "🏠 ")
#: The navigation row under most screens.
NAV: Row = (BACK_KEY, HOME_KEY)
#: The navigation row where Back would lead nowhere useful.
HOME_ONLY: Row = (HOME_KEY,)
INFO_KEY = Key(INFO_LABEL, Code.TOPIC.of(""), "ℹ️ ")
BUSINESS_KEY = Key(BUSINESS_LABEL, Code.FLOW.of(BUSINESS.key), "🏢 ")
YOUNG_KEY = Key(YOUNG_LABEL, Code.FLOW.of(YOUNG.key), "🎓 ")


def columns(keys: list[Key], width: int) -> list[Row]:
    """``keys`` laid out in rows of ``width``."""
    return [tuple(keys[i : i + width]) for i in range(0, len(keys), width)]
