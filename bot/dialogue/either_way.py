""" "It doesn't matter" where the way of the talk is asked ("egal", "fark etmez", "все
одно", "không sao", "مش مهم"): no button says so, and "Please tap one of the buttons
below" was told. The first way offered is taken (by phone; a video call on the web after
"e-mail instead of phone"), and the words go to the advisor, who reads that any way
suits. Where the trade or the training start is asked, it is "I don't know yet" (at the
start the words were kept and the years asked again). Pure: state, text and context
in, the state changed."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.business import START
from bot.flows.contact import MEETING, TIME
from bot.flows.model import Option
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import TRADE
from bot.i18n import N_, translator

#: The training start's "I don't know yet".
UNKNOWN_START = "unknown"

#: "It doesn't matter" in the bot's languages (and Russian, and spoken Arabic), as
#: phrase() writes it, whole.
_ANY_WAY = frozenset(
    phrase(said)
    for said in (
        *("egal", "ist egal", "mir egal", "ist mir egal", "ganz egal", "egal wie", "beides"),
        *("alles gut", "wie sie wollen", "wie ihr wollt", "wie es passt", "macht nichts"),
        *("doesn't matter", "it doesn't matter", "does not matter", "whatever", "either"),
        *("any", "anything", "any way", "no preference", "i don't mind", "don't mind"),
        *("fark etmez", "farketmez", "hiç fark etmez", "bana fark etmez", "nasıl isterseniz"),
        *("farketmiyor", "fark etmiyor", "hepsi olur", "herhangi biri", "önemli değil"),
        *("все одно", "мені все одно", "байдуже", "не важливо", "неважливо", "як зручно"),
        *("будь-як", "всё равно", "мне всё равно", "неважно", "без різниці"),
        *("không sao", "sao cũng được", "gì cũng được", "thế nào cũng được", "cách nào cũng được"),
        *("không quan trọng", "tùy", "tùy anh chị", "tuỳ", "sao cũng đc", "gì cũng đc"),
        *("مش مهم", "مو مهم", "ما بتفرق", "ما بتفرق معي", "لا يهم", "ليس مهما", "ليس مهمًا"),
        *("مش فارقة", "كما تريدون", "كما تريد", "عادي", "أي شيء", "اي شي", "أي طريقة"),
        # Left to the advisor, as an owner says it ("wie Sie möchten", "як вам зручно").
        *("wie sie möchten", "wie sie mögen", "wie es ihnen passt", "wie es euch passt"),
        *("wie sie es möchten", "was ihnen lieber ist", "as you like", "whatever suits you"),
        *("whatever works for you", "as you wish", "siz nasıl isterseniz", "size nasıl uygunsa"),
        *("nasıl uygunsa", "як вам зручно", "як вам краще", "як хочете", "tùy bạn", "tùy chị"),
        *("tùy anh", "tùy các bạn", "زي ما بدكم", "متل ما بدكم", "حسب ما يناسبكم", "كما يناسبكم"),
        *("як вам зручніше", "як вам буде зручно", "на ваш розсуд", "على راحتكم", "براحتكم"),
        *("siz bilirsiniz", "size kalmış", "tùy bạn ạ", "wie es ihnen lieber ist"),
        *("sie entscheiden", "whatever works", "whatever works best", "whatever is easiest"),
        *("wie es am besten passt", "wie es ihnen am besten passt"),
        # "Anything", said of the trade (stored as the trade wanted, "alles"); at the way of
        # the talk it is any way too. ("alle", "hepsi", "все" tick every need instead.)
        *("alles", "alles mögliche", "egal was", "irgendwas", "anything is fine", "any job"),
        *("her şey olur", "her şey", "herhangi bir meslek", "будь-що", "будь-яка професія"),
        *("herhangi bir şey", "herhangi bir şey olur", "ne olursa"),
        *("nghề gì cũng được", "nghề nào cũng được", "أي مهنة", "اي مهنة", "أي شغلة"),
    )
)

#: "Whenever" said of a time ("egal wann", "jederzeit", "ne zaman olursa"), as phrase()
#: writes it: where the training start is asked, no year suits better than another.
_ANY_TIME = frozenset(
    phrase(said)
    for said in (
        *("egal wann", "jederzeit", "wann sie wollen", "whenever", "any time", "anytime"),
        *("whenever you like", "ne zaman olursa", "ne zaman isterseniz", "her zaman olur"),
        *("коли завгодно", "будь-коли", "в будь-який час", "lúc nào cũng được"),
        *("khi nào cũng được", "أي وقت", "اي وقت", "بأي وقت", "وقت ما بدكم"),
    )
)


#: Told where the way of the talk is asked and any way suits: the way taken is only the
#: first offered, so the person learns it is no choice of theirs and can be changed (a
#: bare "we have noted 'By phone' as your answer" read as if "egal" meant the phone).
#: ``choice``: the way's label.
ANY_WAY_NOTED = N_(
    "Thank you. We have noted “{choice}” for now, and for the advisor that any way suits "
    "you. You can still change it before you send your request."
)

#: The best time's answer for "whenever".
ANY_TIME = "any"


def says_any_way(text: str) -> bool:
    """Whether ``text`` is "it doesn't matter" and nothing more ("egal", "farketmez")."""
    return phrase(text) in _ANY_WAY


def any_way(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "It doesn't matter" where the way of the talk is asked: the first way offered, the
    words for the advisor; where the trade is asked, "I don't know yet" (it was stored
    as the trade "egal"), and where the training start is; where the best time is, any
    time."""
    said = phrase(text)
    if not says_any_way(text) and said not in _ANY_TIME:
        return False
    offered = codes_of(state)
    option: Option | None
    if state.screen == ScreenId.QUESTION.of(START.key):
        option = next(each for each in START.options if each.code == UNKNOWN_START)
    elif state.screen == ScreenId.QUESTION.of(TIME.key):
        # "مش فارقة", "байдуже", "بأي وقت" where the best time is asked: any time, as
        # "egal" is (its own typed words); nothing more for the advisor.
        if Code.OPTION.of(ANY_TIME) not in offered:
            return False
        tap(state, Code.OPTION.of(ANY_TIME), ctx, result)
        return True
    elif said in _ANY_TIME:
        return False
    elif state.screen == ScreenId.QUESTION.of(MEETING.key):
        way = (each for each in MEETING.options if Code.OPTION.of(each.code) in offered)
        option = next(way, None)
    elif state.screen == ScreenId.QUESTION.of(TRADE.key):
        option = next(each for each in TRADE.options if each.code == trades.UNKNOWN)
    else:
        return False
    if option is None:
        return False
    label = option_label(option, translator(state.lang or "de"))
    meeting = state.screen == ScreenId.QUESTION.of(MEETING.key)
    told = ANY_WAY_NOTED if meeting else typed.KEPT_WITH_ANSWER
    if typed.keep_for_advisor(text, ctx, result, told, choice=label):
        tap(state, Code.OPTION.of(option.code), ctx, result)
    return True
