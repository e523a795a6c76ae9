"""A question typed outside a question step: the pages that answer it, and "Ask an advisor".

The matching is bot.faq.matcher's; this module turns its result into a screen and,
when the person asks for an advisor, into the ``ask`` flow. The typed text is never
part of the stored state before consent: the engine hands it out in
``Result.held_question`` and gets it back in ``Context.held_question``.
"""

from __future__ import annotations

import re

from bot.dialogue import returning
from bot.dialogue.dropped_out import looks_again
from bot.dialogue.keys import ASK_LABEL, INFO_KEY, NAV, Key, Keys
from bot.dialogue.moves import aside_from_dialogue, go, in_dialogue
from bot.dialogue.state import Context, Notice, Result, State
from bot.dialogue.texts import TOO_LONG, info_page_text
from bot.faq.matcher import match, tells_trouble, wish, wish_alone
from bot.flows import info as info_pages
from bot.flows.ask import ASK, MAX_QUESTION, QUESTION
from bot.flows.navigation import Code, ScreenId, answer_pages, split_screen
from bot.flows.young import YOUNG
from bot.i18n import N_, Translator

ASK_KEY = Key(ASK_LABEL, Code.ASK, "💬 ")
_MENU_LABELS = dict(info_pages.MENU)


_LETTERS = re.compile(r"[^\W\d_]")


def is_question(state: State, text: str) -> bool:
    """Whether typed text is taken as a question: words, outside a dialogue's step.

    Not on the language choice: the language a question is matched in comes first.
    """
    if in_dialogue(state) or state.screen == ScreenId.LANG:
        return False
    return len(_LETTERS.findall(text)) >= 2


#: A question mark in the scripts of the bot's languages (Latin, Arabic, full width).
_QUESTION_MARKS = "[?\u061f\uff1f]"
_QUESTION_MARK = re.compile(_QUESTION_MARKS)

#: Told when a question typed during a dialogue is kept for the advisor.
KEPT = N_(
    "Thank you, we have noted your question. It goes to the advisor with your request, "
    "who will answer it personally. Please tap one of the buttons below to continue."
)
#: Told when what was typed where a tap was expected asks nothing ("Ich bin erst ab 18 Uhr
#: erreichbar"): kept all the same, but no answer is promised.
#: Told when words are kept and what to do next follows in a notice of its own.
KEPT_FOR_ADVISOR = N_("Thank you, we have noted your words for the advisor.")
KEPT_MESSAGE = N_(
    "Thank you, we have noted your message. It goes to the advisor with your request. "
    "Please tap one of the buttons below to continue."
)
#: The same, told on a step that asks for a typed answer (a name, a trade in own words).
KEPT_TYPING = N_(
    "Thank you, we have noted your question. It goes to the advisor with your request, "
    "who will answer it personally. Please answer the question below to continue."
)
#: The same, for a long message typed where a short answer was asked (a business's name):
#: refused as too long, all of it was lost to the advisor.
KEPT_MESSAGE_TYPING = N_(
    "Thank you, we have noted your message. It goes to the advisor with your request. "
    "Please answer the question below in a few words to continue."
)
#: Told after media sent during a dialogue (not kept yet) when its caption is.
KEPT_CAPTION = N_(
    "We have noted the words you wrote with it: they go to the advisor with your request."
)
#: Told when a message does not fit beside the ones already noted for the request.
HELD_FULL = N_(
    "You have already written a lot for the advisor, so this message was not added. "
    "Please send it again after your request: then it goes straight to the advisor."
)
#: Told when a sentence says "I don't know" among other words ("I don't know exactly"):
#: that button's answer is taken, and the whole sentence kept. ``choice``: its label.
KEPT_WITH_ANSWER = N_(
    "Thank you. We have noted “{choice}” as your answer. Your message goes to the "
    "advisor with your request."
)

#: The same when the words answered two questions ("Mein Sohn sucht eine Ausbildung": who
#: asks, and the child's situation). ``first``, ``second``: their labels.
KEPT_WITH_ANSWERS = N_(
    "Thank you. We have noted “{first}” and “{second}” as your answers. Your message "
    "goes to the advisor with your request."
)


#: A question mark that ends a sentence (not the one in a link: "…/page?id=1").
_ENDS_A_QUESTION = re.compile(_QUESTION_MARKS + r"(?:\s|$)")


def asks_on_the_way(text: str) -> bool:
    """Whether text typed as an answer is a question instead ("Was kostet das?" where
    the business's name was asked): a sentence of two words or more that ends with a
    question mark, which no name, trade or contact detail has."""
    return bool(_ENDS_A_QUESTION.search(text)) and len(text.split()) >= 2


#: "What is …" asked without its question mark ("was ist ein Ausbildungsberuf", "meslek
#: ne demek", "Ausbildungsberuf là gì", "ما معنى …"), in the bot's languages (and
#: Russian): the start, or the end where the language says it last.
_WHAT_IS = re.compile(
    r"^(?:was (?:ist|sind|heißt|heisst|bedeutet)|what (?:is|are|does)|what['’]s|що таке"
    r"|що означає|что такое|ما هو|ما هي|ما معنى|شو يعني|شو هو|شو هي)\s"
    r"|\s(?:ne demek|nedir|ne anlama geliyor|là gì|nghĩa là gì)$"
    # "What is there?" without its question mark ("was gibts denn", "welche gibt es",
    # "hangi meslekler var", "які є", "شو في"): at "Which trade?" stored as the trade.
    r"|^(?:was gibt(?:s| es)|welche gibt(?:s| es)|welche (?:berufe|ausbildungen) gibt(?:s| es)"
    r"|what is there|what options|which ones|hangi meslekler var|ne meslekler var|neler var"
    r"|які є|які професії є|có (?:những )?nghề (?:gì|nào)|شو في|ايش في|شو الخيارات)(?:\s|$)",
    re.IGNORECASE,
)
#: "How much" asked without its question mark ("wie viel verdient ein Azubi im ersten
#: Jahr", "how much do I pay an apprentice", "lương học nghề bao nhiêu"), with a verb or
#: two words after it, which no name has. (Where buttons are asked, "скільки платити
#: учню" is the need "costs and pay" in own words.)
_HOW_MUCH = re.compile(
    r"^(?:wie ?viel|скільки|сколько|كم) \S+ \S+"
    r"|^how (?:much|many) (?:do|does|did|is|are|should|must|will|would|can|has|have)\s"
    r"|\sbao nhiêu$",
    re.IGNORECASE,
)


def asks_how_much(text: str) -> bool:
    """Whether ``text`` asks how much, without its question mark (see _HOW_MUCH)."""
    return bool(_HOW_MUCH.search(text.strip()))


def asks_what(text: str) -> bool:
    """Whether ``text`` asks what something is, with or without its question mark."""
    return asks_on_the_way(text) or bool(_WHAT_IS.search(text.strip()))


def looks_like_question(text: str) -> bool:
    """Whether text typed where a tap was expected reads as a question or a message (a
    question mark, or four words and more), not as a stray word ("ok", "hallo")."""
    return bool(_QUESTION_MARK.search(text)) or len(text.split()) >= 4


def has_question_mark(text: str) -> bool:
    """Whether ``text`` holds a question mark, in any of the bot's scripts."""
    return bool(_QUESTION_MARK.search(text))


def kept_notice(text: str) -> str:
    """What the person is told when ``text`` is kept: a question is answered personally,
    also one without its question mark ("was ist AEVO", "IHK là gì")."""
    return KEPT if has_question_mark(text) or asks_what(text) else KEPT_MESSAGE


def keep_for_advisor(
    text: str, ctx: Context, result: Result, told: str = KEPT, **params: str
) -> bool:
    """A question typed during a lead dialogue: held (in memory only, as every typed
    question before consent) and sent with the request (bot.dialogue.lead); the person
    is ``told`` so (``params`` fill its placeholders), and how to go on. False when it
    does not fit beside what is held already (the person is told that instead)."""
    held = ctx.held_question
    joined = text if not held else held if text in held else f"{held}\n{text}"
    if len(joined) > MAX_QUESTION:
        # One field of MAX_QUESTION characters; what is held stays (the engine keeps it).
        # Several messages together: "too long" said of a short one puzzled.
        if len(text) > MAX_QUESTION:
            result.refuse(TOO_LONG, length=str(len(text)), max=str(MAX_QUESTION))
        else:
            result.notify(HELD_FULL)
        return False
    result.held_question = joined
    result.notify(told, **params)
    return True


#: A question asked without its question mark ("kann ich Ausbildung machen", "can I do"):
#: a verb of may or can before its subject, as German and English ask.
_ASKS = re.compile(
    r"\b(?:kann|darf|könnte|dürfte|können|dürfen|can|may|could) (?:ich|man|er|sie|i|we)\b",
    re.IGNORECASE,
)

#: The pages that answer a question naming a wish ("Kann ich mit Duldung eine Ausbildung
#: machen?", "kann ich ausbildung machen ohne abschluss"), which the dialogue cannot.
_ASKED_OF_A_PAGE = frozenset((info_pages.RESIDENCE.code, info_pages.CERTIFICATES.code))

#: The words of a bare wish ("Ich suche einen Ausbildungsplatz"); a longer one says more.
WISH_WORDS = 4


def answer(state: State, text: str, ctx: Context, result: Result) -> None:
    """Show the pages that fit ``text`` (or none), and hold the text for an advisor; or
    start the dialogue the words ask for ("Ich suche einen Ausbildungsplatz")."""
    lang = state.lang or "de"
    found = match(text, lang)
    # A question about residence that names a wish ("Kann ich mit Duldung eine Ausbildung
    # machen?") is answered by its page: the dialogue cannot answer it, and only the
    # immigration office may (it started the young people's questions). A wish that
    # mentions a status ("Ich habe eine Duldung und suche einen Ausbildungsplatz") is one.
    asks = _QUESTION_MARK.search(text) or _ASKS.search(text)
    # So too a question whether it can be done without a certificate ("kann ich ausbildung
    # machen ohne abschluss", with or without its "?", started the questions).
    residence = bool(set(found.pages) & _ASKED_OF_A_PAGE) and asks
    flow = None if residence else wish(text, lang)
    if flow is None and not residence and looks_again(text):
        # "Ausbildungu bıraktım, yeni bir yer arıyorum": left, and looking again.
        flow = YOUNG.key
    if flow is not None:
        returning.begin(state, ctx, result, flow)
        says_more = says_more_than_a_wish(text, lang)
        held = ctx.held_question
        # Before "add to it or new?" a bare wish is held too: it answers the dialogue's
        # first question once chosen (said_young.held_wish_answers), and goes no further.
        choosing = split_screen(state.screen)[0] is ScreenId.CHOOSE
        if (says_more or held or choosing) and len(text) <= MAX_QUESTION:
            # "Ich suche Ausbildung als Pflege", "… für die Küche": what the wish says more
            # goes to the advisor with the request (the trade was dropped, asked again);
            # so does trouble, however short ("Unser Azubi will wechseln"). After words
            # held already ("Was kostet die Beratung?", "Em hông muốn học nghề") it goes
            # with them: it replaced a question, and a short one left the first words
            # alone, which the answers then contradicted.
            joined = text if not held else held if text in held else f"{held}\n{text}"
            result.held_question = joined if len(joined) <= MAX_QUESTION else held
        return
    result.held_question = text
    go(state, ScreenId.ANSWER.of(",".join(found.pages)))


def says_more_than_a_wish(text: str, lang: str) -> bool:
    """Whether ``text`` says more than a bare wish ("Ich suche einen Ausbildungsplatz"),
    something for an advisor: trouble, or more than a few words beside the wish's own and
    those that add nothing ("I am looking for an apprenticeship", six words, is bare; it
    went to the advisor as a question)."""
    if tells_trouble(text, lang):
        return True
    return len(text.split()) > WISH_WORDS and not wish_alone(text, lang)


def says_only_a_wish(text: str, lang: str) -> bool:
    """Whether ``text`` is a bare wish, nothing in it for an advisor."""
    return not says_more_than_a_wish(text, lang)


def hold_for_the_choice(state: State, text: str, ctx: Context, result: Result) -> None:
    """Words that began a dialogue held over "add to it or new?" (in memory only, as any
    typed question), so that they answer its first question once chosen."""
    if split_screen(state.screen)[0] is not ScreenId.CHOOSE:
        return
    held = ctx.held_question
    joined = text if not held else held if text in held else f"{held}\n{text}"
    if len(joined) <= MAX_QUESTION:
        result.held_question = joined


def answer_text(state: State, ctx: Context, t: Translator) -> str:
    """One page with an offer of an advisor, the two pages to choose from, or no page."""
    _ = t.gettext
    pages = _pages(state)
    if len(pages) == 1:
        return "\n\n".join(
            [
                info_page_text(pages[0], t, ctx),
                _("Not the answer you need? An advisor can answer your question personally."),
            ]
        )
    if pages:
        return _("These pages may answer your question. Or ask an advisor personally.")
    return _("I have no information page on this. An advisor can answer your question personally.")


def answer_keys(state: State) -> Keys:
    """The two pages as buttons when there are two; always "Ask an advisor"."""
    pages = _pages(state)
    if len(pages) == 2:
        return (
            *((Key(_MENU_LABELS[code], Code.FIT.of(code)),) for code in pages),
            (ASK_KEY,),
            NAV,
        )
    return ((ASK_KEY,), (INFO_KEY,), NAV)


def _pages(state: State) -> tuple[str, ...]:
    return answer_pages(split_screen(state.screen)[1]) or ()


def show_page(state: State, ctx: Context, result: Result, code: str) -> None:
    """One of the two offered pages, still with "Ask an advisor" under it."""
    go(state, ScreenId.ANSWER.of(code))


def ask_advisor(state: State, ctx: Context, result: Result, arg: str) -> None:
    """The typed question becomes a request: consent first, then the short contact path."""
    returning.begin(state, ctx, result, ASK.key)


def take_question(state: State, ctx: Context) -> None:
    """On consent: the held question becomes the answer to the flow's question step."""
    if state.flow == ASK.key and ctx.held_question and QUESTION.key not in state.answers:
        parsed = QUESTION.parse(ctx.held_question)
        if parsed is not None:
            state.answers[QUESTION.key] = parsed


#: Told at the next step when a message held for the request was forgotten by a restart.
LOST = N_(
    "Sorry, the message you wrote earlier for the advisor was lost on our side. "
    "If you still want to send it, please write it again."
)


def mark_held(before: State, result: Result, ctx: Context) -> None:
    """Flag in the stored state whether a message is held for the dialogue's request, and
    tell the person once if a restart forgot the one flagged before: it was promised to
    the advisor ("we have noted your message") and would be missing from the request
    without a word. (The ``ask`` flow asks for its question after consent anyway.)"""
    state = result.state
    needed = state.flow not in (None, ASK.key) and still_held(state)
    if before.held and not ctx.held_question and needed:
        # Told before any notice of this step (a new message typed now is noted after it).
        result.notices.insert(0, Notice(LOST))
    # A message dropped at this step (the words answered a question, "ich suche eine
    # Ausbildung" after "add to it or new?") is held no more: flagged, the next step told
    # the person it was lost.
    kept = result.held_question or (None if result.drop_held else ctx.held_question)
    state.held = needed and bool(kept)


def still_held(state: State) -> bool:
    """Whether the typed question is still needed: on its answer, on the consent after it,
    or in a lead dialogue (whose request takes it along).

    On the menu and the information pages too: from there the person may start the
    dialogue whose request takes it along (it was lost on the way). Anywhere else
    (refused, a request sent, the privacy pages) the person went another way: it is dropped.
    """
    if state.screen.startswith(ScreenId.ANSWER) or state.screen == ScreenId.CHOOSE.of(ASK.key):
        return True
    aside = state.screen in (ScreenId.MENU, ScreenId.INFO)
    if state.flow is None and (aside or state.screen.startswith(ScreenId.INFO_PAGE)):
        return True
    if state.flow == ASK.key:
        # Until consent makes it the flow's answer (also after a step aside from consent).
        return QUESTION.key not in state.answers and ScreenId.CONSENT in (
            state.screen,
            *state.history,
        )
    # "Leave the dialogue?" may be answered "No, continue"; /help, /privacy, /status or
    # /language are a step aside, and Back leads into the dialogue again.
    return (
        in_dialogue(state)
        or split_screen(state.screen)[0] is ScreenId.LEAVE
        or aside_from_dialogue(state)
    )


def held_for_request(flow: str, ctx: Context) -> str | None:
    """The question held during a lead dialogue, as its request will carry it (the ``ask``
    flow takes its held question as the answer to its own step instead)."""
    if flow == ASK.key or not ctx.held_question:
        return None
    return QUESTION.parse(ctx.held_question)


def carried(flow: str, answers: dict[str, object], ctx: Context) -> dict[str, object]:
    """A lead's answers with the question held during its dialogue, as the ``ask`` flow
    stores one: the advisor reads it on the card, and erasure removes it with the rest."""
    held = None if QUESTION.key in answers else held_for_request(flow, ctx)
    return answers if held is None else {**answers, QUESTION.key: held}
