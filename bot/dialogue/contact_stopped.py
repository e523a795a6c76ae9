"""A wish not to be contacted any more ("stop contacting me", "Bitte kontaktieren Sie mich
nicht mehr", "لا تتواصلوا معي"), typed outside a dialogue: pure.

The words for contact found the offices page, which answers nothing of it. The bot has no
"do not contact" setting to switch on (blocking the bot is the one it knows): /delete is
what serves the wish, since nobody can contact the person once their data are deleted,
and it asks first. (After a request the words reach the advisor, as everything typed
there.)
"""

from __future__ import annotations

from bot.dialogue.moves import home_told
from bot.dialogue.state import Result, State
from bot.dialogue.typed import has_question_mark
from bot.dialogue.typed_words import phrase
from bot.i18n import N_

#: The wish in a few words, as phrase() writes them, found anywhere in the text.
_STOP_CONTACT = tuple(
    phrase(words)
    for words in (
        *("stop contacting me", "dont contact me", "do not contact me", "stop calling me"),
        *("dont call me", "do not call me", "stop writing to me", "stop messaging me"),
        *("stop sending me messages", "dont message me", "dont text me", "stop texting me"),
        *("kontaktieren sie mich nicht", "kontaktiert mich nicht", "nicht mehr kontaktieren"),
        *("rufen sie mich nicht", "ruft mich nicht", "nicht mehr anrufen"),
        *("schreiben sie mir nicht", "keinen kontakt mehr"),
        # No more calls, asked for: "Ich bekomme keine Anrufe mehr" complains instead
        # (bot.dialogue.contact_complaint), so the wish's own words go with them.
        *("bitte keine anrufe mehr", "keine anrufe mehr bitte", "möchte keine anrufe mehr"),
        *("will keine anrufe mehr", "no more calls please", "please no more calls"),
        *("dont want any more calls", "dont call anymore"),
        *("benimle iletişime geçmeyin", "beni aramayın", "bana yazmayın", "beni rahat bırakın"),
        *("bir daha aramayın", "artık aramayın", "artık arama istemiyorum"),
        # "arama" alone is a search too ("iş arama"): being called says it plainly.
        *("aranmak istemiyorum",),
        *("đừng liên lạc với tôi", "đừng gọi cho tôi", "đừng nhắn tin cho tôi"),
        *("đừng gọi nữa", "đừng gọi cho em", "đừng gọi điện nữa", "đừng gọi điện cho tôi"),
        *("не контактуйте зі мною", "не зв'язуйтеся зі мною", "не дзвоніть мені"),
        *("не пишіть мені", "більше не дзвоніть", "не дзвоніть більше", "не телефонуйте"),
        *("لا تتصلوا بي", "لا تتواصلوا معي", "توقفوا عن التواصل معي"),
        *("لا تراسلوني", "لا مزيد من المكالمات", "لا اريد مكالمات", "ما بدي مكالمات"),
    )
)
#: The wish said in full by these alone ("no more calls"): found in a longer text, they
#: may complain ("I got no more calls").
_STOP_CONTACT_ALONE = frozenset(phrase(words) for words in ("no more calls", "keine anrufe mehr"))

#: Told outside a dialogue: /delete serves the wish, and asks first.
STOP_CONTACT = N_(
    "Understood. With /delete you can have all your data deleted; you will be asked before "
    "anything is deleted. After that, we can no longer contact you."
)


def says_stop_contact(text: str) -> bool:
    """Whether ``text`` asks not to be contacted any more; not in a question ("Warum wollen
    Sie mich nicht mehr kontaktieren?" asks why, and is not told about /delete)."""
    if has_question_mark(text):
        return False
    typed = phrase(text)
    said = f" {typed} "
    return typed in _STOP_CONTACT_ALONE or any(f" {words} " in said for words in _STOP_CONTACT)


def without_a_dialogue(state: State, text: str, result: Result) -> bool:
    """Outside a dialogue (no request open): /delete named, at the main menu."""
    return home_told(state, result, says_stop_contact(text), STOP_CONTACT)
