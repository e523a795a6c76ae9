"""Every screen declared once, like an aiogram-dialog ``Window``.

A :class:`Page` owns its text, its buttons (label message ids with named codes)
and what each press does. The renderer and the engine look pages up here
instead of branching on screen ids; the ids themselves live in
:mod:`bot.flows.navigation`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.dialogue import postal, questions, returning, trade_guess, typed
from bot.dialogue.keys import (
    AGREE_LABEL,
    BUSINESS_KEY,
    CALLBACK_LABEL,
    ERASE_LABEL,
    HOME_ONLY,
    INFO_KEY,
    KEEP_LABEL,
    LANGUAGE_LABEL,
    NAV,
    NO_LABEL,
    OTHER_PLZ_LABEL,
    PARENT_AGREE_LABEL,
    RESTART_LABEL,
    SEND_LABEL,
    UNDER_16_LABEL,
    YES_LABEL,
    YOUNG_KEY,
    Key,
    Keys,
    columns,
)
from bot.dialogue.lead import submit
from bot.dialogue.moves import (
    back,
    edit,
    go,
    home,
    is_dialogue_screen,
    missing,
    on_from_edit,
    start_flow,
)
from bot.dialogue.state import ABANDONED_DAYS, CONSENT_VERSION, Context, Handler, Result, State
from bot.dialogue.texts import (
    done_text,
    help_text,
    info_page_text,
    menu_text,
    offices_text,
    privacy_text,
)
from bot.flows import info as info_pages
from bot.flows.answers import TOWN_LABEL, labelled, messages_text, summary_line
from bot.flows.ask import ASK, held_label
from bot.flows.callback import CALLBACK
from bot.flows.consent import BY_PARENT, BY_SELF, UNDER_16, for_a_child, parent_must_agree
from bot.flows.contact import EMAIL, NAME, NAME_LATIN, PHONE, WHATSAPP, as_asked
from bot.flows.model import (
    POSTAL_KEY,
    TOWN,
    ForBusiness,
    MultiChoice,
    Question,
    applies,
    label_of,
)
from bot.flows.navigation import (
    ADDING,
    Code,
    ScreenId,
    flow_named,
    questions_of,
    screen_asked,
    sequence,
    split_screen,
)
from bot.i18n import LANGUAGES, N_, NATIVE_NAMES, Translator
from bot.places import NEIGHBOUR_COUNTRIES, STATE_NAMES

#: What a page shows: ``(state, ctx, t) -> text``.
TextOf = Callable[[State, Context, Translator], str]


@dataclass(frozen=True)
class Page:
    """One screen: its text, its buttons and the handler of each page-specific code."""

    id: ScreenId
    text: TextOf
    keys: Keys | Callable[[State], Keys]
    on_press: Mapping[Code, Handler] = field(default_factory=dict)
    #: Codes its buttons had in an earlier release, each with the code it has now: a
    #: message sent before a deploy still does what its button says (not "This button
    #: belongs to an earlier message" under the same question, tap after tap).
    former: Mapping[str, Code] = field(default_factory=dict)

    def keys_for(self, state: State) -> Keys:
        """The buttons for this state, as declared (labels untranslated)."""
        return self.keys(state) if callable(self.keys) else self.keys


# -- presses that work wherever their button is shown --------------------------


def _choose_language(state: State, ctx: Context, result: Result, lang: str) -> None:
    state.lang = lang
    if state.history and state.history[-1] != ScreenId.LANG:
        state.screen = state.history.pop()
        if state.screen == ScreenId.MENU:
            home(state)
    else:
        home(state)


def _topic(state: State, ctx: Context, result: Result, code: str) -> None:
    go(state, ScreenId.INFO_PAGE.of(code) if code else ScreenId.INFO)


def _begin(state: State, ctx: Context, result: Result, key: str) -> None:
    """A dialogue chosen from the menu; what the person typed before it (at the menu, on
    the page that answered it) goes with its request, and they are told so (QA,
    2026-12-04: the advisor's card lacked it, and the person believed the bot had it)."""
    returning.begin(state, ctx, result, key)
    held = ctx.held_question
    if held and key != ASK.key and typed.still_held(state):
        if typed.looks_like_question(held):
            result.notify(typed.KEPT_MESSAGE)
        else:
            result.drop_held = True  # "ok", "test": a stray word is no message for anyone


#: Navigation codes; a page's own ``on_press`` comes first.
COMMON: Mapping[Code, Handler] = MappingProxyType(
    {
        Code.HOME: lambda state, ctx, result, arg: returning.leave_or_ask(
            state, ctx, result, "menu"
        ),
        Code.BACK: lambda state, ctx, result, arg: back(state),
        Code.LANGUAGE: _choose_language,
        Code.FLOW: lambda state, ctx, result, arg: _begin(state, ctx, result, arg),
        Code.TOPIC: _topic,
        Code.LANGUAGE_MENU: lambda state, ctx, result, arg: go(state, ScreenId.LANG),
    }
)

# -- the pages that need no flow ---------------------------------------------


def _language_keys(state: State) -> Keys:
    names = [Key(NATIVE_NAMES[lang], Code.LANGUAGE.of(lang), translate=False) for lang in LANGUAGES]
    return (*columns(names, 2), NAV if state.history else HOME_ONLY)


def _erase_no(state: State, ctx: Context, result: Result, arg: str) -> None:
    result.notify(N_("Nothing was deleted."))
    back(state)


def _erase_yes(state: State, ctx: Context, result: Result, arg: str) -> None:
    result.erase = True


def _info_page(state: State, ctx: Context, t: Translator) -> str:
    return info_page_text(split_screen(state.screen)[1], t, ctx)


#: The main menu's callback request; also under the information pages, several of which
#: say an advisor can call back (the residence page, the offices).
CALLBACK_KEY = Key(CALLBACK_LABEL, Code.FLOW.of(CALLBACK.key), "📞 ")


def _info_page_keys(state: State) -> Keys:
    # Inside a dialogue the page is a side trip: starting a flow would drop its answers
    # (the pay page opened from a summary offered "For businesses", which started anew).
    if state.flow and state.history and is_dialogue_screen(state.history[-1]):
        return (NAV,)
    return ((BUSINESS_KEY,), (YOUNG_KEY,), (CALLBACK_KEY,), NAV)


def _text(message: str) -> TextOf:
    """A page text that is one message."""
    return lambda state, ctx, t: t.gettext(message)


_FIXED = (
    Page(ScreenId.LANG, _text(N_("Please choose your language.")), _language_keys),
    Page(
        ScreenId.MENU,
        menu_text,
        (
            (BUSINESS_KEY,),
            (YOUNG_KEY,),
            (INFO_KEY,),
            (CALLBACK_KEY,),
            (Key(LANGUAGE_LABEL, Code.LANGUAGE_MENU, "🌐 "),),
        ),
    ),
    Page(ScreenId.HELP, help_text, (NAV,)),
    Page(ScreenId.PRIVACY, privacy_text, (NAV,)),
    Page(
        ScreenId.ERASE,
        _text(
            N_(
                "Do you want us to delete all your data? Your open requests will be withdrawn, "
                "and an advisor can no longer contact you."
            )
        ),
        ((Key(ERASE_LABEL, Code.ERASE),), (Key(KEEP_LABEL, Code.NO),), NAV),
        {Code.ERASE: _erase_yes, Code.NO: _erase_no},
        # "Yes, delete everything" was a plain "yes" until it got a code of its own.
        former={Code.YES: Code.ERASE},
    ),
    Page(
        ScreenId.INFO,
        _text(N_("What would you like to know?")),
        (*((Key(label, Code.TOPIC.of(code)),) for code, label in info_pages.MENU), NAV),
    ),
    Page(ScreenId.INFO_PAGE, _info_page, _info_page_keys),
    Page(
        ScreenId.ANSWER,
        typed.answer_text,
        typed.answer_keys,
        {Code.FIT: typed.show_page, Code.ASK: typed.ask_advisor},
    ),
    Page(ScreenId.DONE, done_text, ((INFO_KEY,), HOME_ONLY)),
    Page(ScreenId.OPEN, returning.open_text, returning.open_keys, returning.ON_WRITE),
    Page(ScreenId.WRITE, returning.write_text, (NAV,)),
    Page(ScreenId.STATUS, returning.status_text, returning.status_keys, returning.ON_WRITE),
    Page(ScreenId.STATUS_CLOSED, returning.status_text, (NAV,)),
    Page(
        ScreenId.NEW,
        _text(N_("What is your new request about?")),
        returning.NEW_KEYS,
        returning.ON_CREATE,
    ),
    Page(ScreenId.ADDED, returning.added_text, returning.ADDED_KEYS),
    Page(ScreenId.CHOOSE, returning.choose_text, returning.choose_keys, returning.ON_CHOOSE),
)

# -- the pages of a lead dialogue --------------------------------------------


def _consent_text(state: State, ctx: Context, t: Translator) -> str:
    _ = t.gettext
    if parent_must_agree(state.answers):
        question = _("Parent or guardian: do you agree that we store the details for this purpose?")
        if ctx.again:
            return question  # asked again under a notice: the privacy text is just above
        return "\n\n".join(
            [
                # "Before we store your details" was untrue: the answers given so far
                # are already in the conversation state, deleted ABANDONED_DAYS after the
                # last message when no request is sent (and at once on "No").
                t.ngettext(
                    "You are under 16. A parent or guardian must agree before we ask for "
                    "your name and how to reach you, and before your request goes to an "
                    "advisor. Until then we keep the answers you have given so far; if no "
                    "one agrees, we delete them {days} day after your last message. Please "
                    "show this message to your parent: they can read it and continue here "
                    "in this chat.",
                    "You are under 16. A parent or guardian must agree before we ask for "
                    "your name and how to reach you, and before your request goes to an "
                    "advisor. Until then we keep the answers you have given so far; if no "
                    "one agrees, we delete them {days} days after your last message. Please "
                    "show this message to your parent: they can read it and continue here "
                    "in this chat.",
                    ABANDONED_DAYS,
                ).format(days=t.number(ABANDONED_DAYS)),
                privacy_text(state, ctx, t),
                question,
            ]
        )
    question = _("Do you agree that we store your details for this purpose?")
    return question if ctx.again else "\n\n".join([privacy_text(state, ctx, t), question])


def _age_unknown(state: State) -> bool:
    """A dialogue that asks for consent before anything else (a typed question): it
    knows neither who is asking nor their age, so the consent offers "under 16"."""
    flow = flow_named(state.flow)
    return flow is not None and flow.consent_first and "age" not in state.answers


def _consent_keys(state: State) -> Keys:
    agree = PARENT_AGREE_LABEL if parent_must_agree(state.answers) else AGREE_LABEL
    rows: list[tuple[Key, ...]] = [(Key(agree, Code.YES), Key(NO_LABEL, Code.NO))]
    if _age_unknown(state):
        rows.append((Key(UNDER_16_LABEL, Code.OPTION.of(UNDER_16)),))
    return (*rows, NAV)


def _under_16(state: State, ctx: Context, result: Result, arg: str) -> None:
    """ "I am under 16" on the consent: the same screen asks a parent to agree."""
    if arg == UNDER_16 and _age_unknown(state):
        state.answers["age"] = UNDER_16


#: Said when a parent agrees for a young person under 16, before the contact questions.
PARENT_GIVES_DETAILS = N_(
    "Thank you. When we ask for a name and phone number next, please enter your own as the "
    "parent, not your child's."
)


def _agree(state: State, ctx: Context, result: Result, arg: str) -> None:
    before = state.answers.get("consent")
    by_parent = parent_must_agree(state.answers)
    state.answers["consent"] = {
        "version": CONSENT_VERSION,
        "lang": state.lang,
        "at": ctx.now.isoformat(),
        # Whose the details given after it are: a young person's own, or a parent's.
        "given_by": BY_PARENT if by_parent or for_a_child(state.answers) else BY_SELF,
    }
    if by_parent:
        # Stored for the advisor: the details come from, or with the consent of, a parent.
        state.answers["consent_by"] = BY_PARENT
        if isinstance(before, dict) and before.get("given_by") == BY_SELF:
            # The age changed to under 16 on the summary: the name and number given were
            # the young person's own, and the card would name them "Elternteil" (QA,
            # 2026-12-04). The parent's are asked now (on_from_edit asks what is missing).
            for key in (NAME.key, NAME_LATIN.key, PHONE.key, WHATSAPP.key, EMAIL.key):
                state.answers.pop(key, None)
        if NAME.key not in state.answers:
            # The advisor's card then names the one asking "Elternteil": the name and the
            # number are to be the parent's, not the child's, who may get the phone back.
            result.notify(PARENT_GIVES_DETAILS)
    typed.take_question(state, ctx)
    flow = flow_named(state.flow)
    assert flow is not None  # screen_exists guarantees a flow for the consent
    if state.editing:
        # Asked again from the summary (an edited age needs a parent's consent now): on
        # to what the edit still asks ("for myself" after "for my child"), or the summary.
        on_from_edit(state, flow)
        return
    screens = sequence(flow)
    # A consent-first flow's own question may already hold what the person typed.
    go(
        state,
        next(
            screen
            for screen in screens[screens.index(ScreenId.CONSENT) + 1 :]
            if screen_asked(flow, screen, state.answers)
            and not (flow.question(split_screen(screen)[1]) and _answered(state, screen))
        ),
    )


def _answered(state: State, screen: str) -> bool:
    return split_screen(screen)[1] in state.answers


def _refuse(state: State, ctx: Context, result: Result, arg: str) -> None:
    state.answers = {}
    state.history = []
    state.editing = False
    state.screen = ScreenId.REFUSED


def _refused_text(state: State, ctx: Context, t: Translator) -> str:
    _ = t.gettext
    return "\n\n".join(
        [
            _("All right. We have not stored any personal data."),
            _("You can still read our information or contact an office directly:"),
            offices_text(t, ctx, [state.office] if state.office else None),
        ]
    )


def _restart(state: State, ctx: Context, result: Result, arg: str) -> None:
    flow = flow_named(state.flow)
    if flow is not None:
        start_flow(state, flow)


def _ask_postal_code(state: State, ctx: Context, result: Result, arg: str) -> None:
    go(state, ScreenId.QUESTION.of(POSTAL_KEY))


def _outside_text(state: State, ctx: Context, t: Translator) -> str:
    _ = t.gettext
    # A town chosen from the list is named: the person gave no postal code.
    town = state.answers.get(TOWN)
    named = t.isolate(town) if isinstance(town, str) else None
    code = state.answers.get(POSTAL_KEY)
    # The state beside Saxony, named as in Germany (what people read on signs and letters).
    land_code = str(state.answers.get(postal.LAND))
    land_name = STATE_NAMES.get(land_code)
    land = t.isolate(land_name) if land_name else None
    # A country as the person's language names it ("Polen", "بولندا", "Польща").
    abroad = land_code in NEIGHBOUR_COUNTRIES
    if named and abroad:
        referral = _(
            "{town} is in {country}, not in Germany. KAUSA Saxony can only advise "
            "businesses and people in Saxony."
        ).format(town=named, country=t.locale.territories.get(land_code, land_code))
    elif state.answers.get("region") == "st" and named:
        referral = _(
            "{town} is in Saxony-Anhalt. Please contact the KAUSA-Landesstelle "
            "Sachsen-Anhalt (ZuSA). It has offices in Magdeburg, Halle and Dessau."
        ).format(town=named)
    elif state.answers.get("region") == "st":
        referral = _(
            "This postal code is in Saxony-Anhalt. Please contact the KAUSA-Landesstelle "
            "Sachsen-Anhalt (ZuSA). It has offices in Magdeburg, Halle and Dessau."
        )
    elif named and land:
        referral = _(
            "{town} is in {state}, not in Saxony. KAUSA Saxony can only advise businesses "
            "and people in Saxony. Other federal states may have a KAUSA office too: "
            "see jobstarter.de."
        ).format(town=named, state=land)
    elif named:
        referral = _(
            "{town} is not in Saxony. KAUSA Saxony can only advise businesses "
            "and people in Saxony. Other federal states may have a KAUSA office too: "
            "see jobstarter.de."
        ).format(town=named)
    elif isinstance(code, str) and land:
        referral = _(
            "Postal code {code} is in {state}, not in Saxony. KAUSA Saxony can only advise "
            "businesses and people in Saxony. Other federal states may have a KAUSA office "
            "too: see jobstarter.de."
        ).format(code=t.isolate(code), state=land)
    else:
        referral = _(
            "This postal code is not in Saxony. KAUSA Saxony can only advise businesses "
            "and people in Saxony. Other federal states may have a KAUSA office too: "
            "see jobstarter.de."
        )
    if ForBusiness().holds(state.flow, state.answers):
        # Advice is for businesses with their seat or a branch in Saxony (domain.md).
        anyway = _(
            "If your business has its seat or a branch (Niederlassung) in Saxony, you can "
            "still leave a request: choose the KAUSA office nearest to that place."
        )
    else:
        anyway = _(
            "If you work in Saxony or want to train there, you can still leave a request: "
            "choose the KAUSA office nearest to your work or training place."
        )
    return "\n\n".join([referral, anyway])


def _outside_keys(state: State) -> Keys:
    # The offices right here: choosing one is the request "anyway" (one tap, not two).
    *offices, _nav = postal.office_keys(state)
    return (*offices, (Key(OTHER_PLZ_LABEL, Code.NEW_POSTAL_CODE),), (INFO_KEY,), HOME_ONLY)


def _summary_text(state: State, ctx: Context, t: Translator) -> str:
    _ = t.gettext
    flow = flow_named(state.flow)
    assert flow is not None  # screen_exists guarantees a flow for the summary
    lines = [_("Please check your details:"), ""]
    # With the employees typed with the business's name: no question asks them now.
    for question in flow.with_beside(questions_of(flow)):
        if question.key in state.answers and applies(question, flow.key, state.answers):
            asked = as_asked(question, state.channel, state.answers)
            lines.append(summary_line(asked, state.answers, t, state.flow))
    held = typed.held_for_request(flow.key, ctx)
    if held is not None:
        # Typed on the way and held in memory: it goes with the request.
        lines.append(labelled(_(held_label(held)), messages_text(held, t)))
    if NAME_LATIN.key not in state.answers and applies(NAME_LATIN, flow.key, state.answers):
        # Not a step of its own (the longest way stays within 16 taps), but asked for here.
        lines += [
            "",
            _(
                "Your name is written in another script. Please add it in Latin letters, "
                "as in your passport: tap ✏️ {button}."
            ).format(button=_(NAME_LATIN.label)),
        ]
    if ADDING in state.answers:
        lines += [
            "",
            _("These answers will be added to your request number {number}.").format(
                number=t.isolate(str(state.answers[ADDING]))
            ),
        ]
    if missing(state, flow) not in (None, ScreenId.CONSENT):
        # Answers dropped by a change (Back right after "for my child" on the summary):
        # the list above lacks them, and "Send request" asks for them first.
        lines += ["", _(STILL_OPEN)]
    else:
        lines += [
            "",
            _("Is everything correct? Then tap “Send request”. To change an answer, tap ✏️."),
        ]
    return "\n".join(lines)


#: The end of a summary whose dialogue still needs answers.
STILL_OPEN = N_(
    "Some questions are not answered yet: tap “Send request” to answer them. To change an "
    "answer, tap ✏️."
)


def _summary_keys(state: State) -> Keys:
    flow = flow_named(state.flow)
    assert flow is not None  # screen_exists guarantees a flow for the summary
    # Questions asked only from here (e-mail, language) are offered while unanswered too,
    # but not for answers added to an open request: its contact details are there already.
    offered = ADDING not in state.answers
    edits = [
        Key(_edit_label(question, state, flow.key), Code.EDIT.of(question.key), "✏️ ")
        for question in questions_of(flow)
        if (question.key in state.answers and applies(question, flow.key, state.answers))
        or (offered and not question.ask and applies(question, flow.key, state.answers))
    ]
    # A page that goes with an answer (the pay page for costs): a one-tap answer moved on
    # before the question could offer it.
    offers = [
        (Key(label, Code.TOPIC.of(page), "💶 "),)
        for question in questions_of(flow)
        if isinstance(question, MultiChoice) and applies(question, flow.key, state.answers)
        for code, (page, label) in question.pages.items()
        if code in state.answers.get(question.key, [])
    ]
    return ((Key(SEND_LABEL, Code.SEND, "📨 "),), *offers, *columns(edits, 2), NAV)


def _edit_label(question: Question, state: State, flow: str) -> str:
    # A town named instead of a postal code is shown as "Town: Chemnitz" (summary_line):
    # its button says so too, not "✏️ Postal code".
    if question.key == POSTAL_KEY and isinstance(state.answers.get(TOWN), str):
        return TOWN_LABEL
    return label_of(question, state.answers, flow)


def _edit(state: State, ctx: Context, result: Result, key: str) -> None:
    edit(state, key)


_IN_FLOW = (
    Page(
        ScreenId.CONSENT,
        _consent_text,
        _consent_keys,
        {Code.YES: _agree, Code.NO: _refuse, Code.OPTION: _under_16},
    ),
    Page(
        ScreenId.REFUSED,
        _refused_text,
        ((Key(RESTART_LABEL, Code.RESTART),), (INFO_KEY,), HOME_ONLY),
        {Code.RESTART: _restart},
    ),
    Page(
        ScreenId.BORDER,
        postal.border_text,
        (
            (Key(YES_LABEL, Code.YES), Key(NO_LABEL, Code.NO)),
            (Key(OTHER_PLZ_LABEL, Code.NEW_POSTAL_CODE),),
            NAV,
        ),
        {
            Code.YES: postal.confirm_border,
            Code.NO: postal.reject_border,
            Code.NEW_POSTAL_CODE: _ask_postal_code,
        },
    ),
    Page(
        ScreenId.OUTSIDE,
        _outside_text,
        _outside_keys,
        {Code.NEW_POSTAL_CODE: _ask_postal_code, Code.OPTION: postal.choose_office},
    ),
    Page(
        ScreenId.PLZ_GUESS,
        postal.guess_text,
        ((Key(YES_LABEL, Code.YES), Key(NO_LABEL, Code.NO)), NAV),
        {Code.YES: postal.confirm_guess, Code.NO: postal.reject_guess},
    ),
    Page(
        ScreenId.TRADE_GUESS,
        trade_guess.guess_text,
        ((Key(YES_LABEL, Code.YES), Key(NO_LABEL, Code.NO)), NAV),
        {
            Code.YES: trade_guess.confirm_trade,
            Code.NO: trade_guess.reject_trade,
            Code.BACK: trade_guess.back_from_guess,
        },
    ),
    Page(
        ScreenId.PLACE,
        postal.place_text,
        postal.place_keys,
        {Code.OPTION: postal.choose_place, Code.NEW_POSTAL_CODE: _ask_postal_code},
    ),
    Page(
        ScreenId.PICK_OFFICE,
        postal.office_text,
        postal.office_keys,
        {Code.OPTION: postal.choose_office},
    ),
    Page(
        ScreenId.SUMMARY,
        _summary_text,
        _summary_keys,
        {Code.EDIT: _edit, Code.SEND: submit},
    ),
    Page(
        ScreenId.QUESTION,
        questions.question_text,
        questions.question_keys,
        {
            Code.OPTION: questions.choose_option,
            Code.DONE: questions.finish_choice,
            Code.SEVERAL: questions.choose_several,
            Code.ALTERNATIVE: questions.choose_alternative,
        },
    ),
    Page(ScreenId.OTHER, questions.other_text, (NAV,)),
    Page(
        ScreenId.LEAVE,
        _text(
            N_(
                "If you leave now, the answers you have given so far will be deleted. "
                "Do you want to leave?"
            )
        ),
        returning.LEAVE_KEYS,
        returning.ON_LEAVE,
    ),
)

#: Every screen's page by id.
PAGES: Mapping[ScreenId, Page] = MappingProxyType({page.id: page for page in (*_FIXED, *_IN_FLOW)})
assert set(PAGES) == set(ScreenId), "every screen id needs exactly one page"


def page_of(state: State) -> Page:
    """The page of the state's screen (stored states only hold screens that exist)."""
    screen_id, _ = split_screen(state.screen)
    assert screen_id is not None  # State.from_dict and the engine keep screens valid
    return PAGES[screen_id]


def current_code(state: State, code: str) -> str:
    """``code`` as the state's screen names it now (an earlier release's code, renamed)."""
    return page_of(state).former.get(code, code)


def codes_of(state: State) -> frozenset[str]:
    """The codes of the buttons the state's screen shows, without translating anything."""
    return frozenset(key.code for row in page_of(state).keys_for(state) for key in row)
