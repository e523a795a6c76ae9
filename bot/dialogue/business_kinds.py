"""The kind of a business typed alone ("Imbiss", "Restaurant", "mağaza", "محل", "магазин",
"tiệm"): no name and no question, but what an owner says of their business. At the main
menu it got "I have no information page on this"; as the business's name it was stored
("Business name: Restaurant"). Pure: words in, yes or no out."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase, without_politeness
from bot.i18n import N_

#: Told when the kind of business is typed alone: kept for the advisor, and its name asked
#: (the name question follows). ``kind``: the words typed.
KIND_NOTED = N_(
    "Thank you, we have noted “{kind}” for the advisor. Please write the name of your "
    "business too, for example as it stands on your sign."
)

#: Kinds of business places in the bot's languages, as phrase() writes them: said alone,
#: they are an owner's (a young person names a trade: "Koch", "Friseur").
_PLACES = frozenset(
    phrase(said)
    for said in (
        *("restaurant", "imbiss", "imbiß", "kiosk", "späti", "spaeti", "bäckerei", "café"),
        *("cafe", "pizzeria", "laden", "geschäft", "werkstatt", "autowerkstatt", "salon"),
        *("kfz werkstatt", "friseursalon", "nagelstudio", "supermarkt", "dönerladen"),
        *("shop", "store", "bakery", "takeaway", "garage", "nail salon", "hair salon"),
        *("barbershop", "car repair shop", "repair shop", "snack bar"),
        *("restoran", "lokanta", "dükkan", "mağaza", "büfe", "fırın", "kafe", "bakkal"),
        *("tamirhane", "oto tamirhane", "kuaför salonu", "berber dükkanı"),
        *("مطعم", "محل", "مخبز", "بقالة", "دكان", "كشك", "صالون", "ورشة", "مقهى"),
        *("tiệm", "quán", "nhà hàng", "cửa hàng", "tiệm nail", "tiệm tóc", "tiệm bánh"),
        *("quán ăn", "xưởng", "tiệm sửa xe"),
        *("ресторан", "магазин", "кафе", "перукарня", "пекарня", "кіоск", "автосервіс"),
        *("шиномонтаж", "барбершоп", "салон", "майстерня", "кав'ярня", "market"),
    )
)
#: The most words of a kind of business place (``_PLACES``: "car repair shop").
_PLACE_WORDS = max(len(place.split()) for place in _PLACES)
#: How German names a place in one word with its kind last ("Handyladen", "Dönerimbiss"),
#: as phrase() writes it; "Laden" alone is also "to load", so a kind longer than its ending.
_PLACE_ENDS = tuple(
    phrase(said) for said in ("laden", "imbiss", "bäckerei", "werkstatt", "salon", "café")
)
#: Most words of a business named or described ("tiệm nail của chúng tôi").
_NAMED_WORDS = 5
#: The Arabic "the" written onto the kind ("المحل تبعي").
_ARABIC_THE = "ال"
#: Words beside a kind of business that are no owner's: a young person's wish, work or
#: trade ("Bäckerei Ausbildung", "Job im Restaurant", "Verkäuferin Bäckerei", "робота в
#: ресторані"), a question about a page ("Kiosk Öffnungszeiten"), or a sentence ("Laden
#: Sie mich ein"). As phrase() writes them.
_NOT_AN_OWNERS = frozenset(
    phrase(said)
    for said in (
        *("ausbildung", "ausbildungsplatz", "azubi", "lehrling", "lehre", "praktikum", "job"),
        *("jobs", "minijob", "arbeit", "arbeiten", "arbeite", "stelle", "suche", "suchen"),
        *("gesucht", "will", "möchte", "werden", "als", "im", "schule", "öffnungszeiten"),
        *("koch", "köchin", "kellner", "kellnerin", "verkäufer", "verkäuferin", "bäcker"),
        *("friseurin", "mechaniker", "ich", "du", "sie", "mich", "mir", "uns", "wir"),
        *("training", "apprenticeship", "apprentice", "internship", "work", "working"),
        *("want", "looking", "become", "as", "hiring", "cook", "chef", "waiter", "baker"),
        *("assistant", "i", "me", "you", "we", "opening", "hours", "staj", "çıraklık"),
        *("çırak", "eğitim", "iş", "işi", "istiyorum", "arıyorum", "olarak", "olmak", "aşçı"),
        *("garson", "çalışmak", "çalışıyorum", "ben", "تدريب", "عمل", "شغل", "وظيفة", "بدي"),
        *("اريد", "أريد", "متدرب", "اشتغل", "طباخ", "نادل", "دوام", "học", "nghề", "việc"),
        *("làm", "tìm", "muốn", "thực", "навчання", "робота", "роботу", "працювати"),
        *("працюю", "шукаю", "хочу", "практика", "стажування", "учень", "кухар", "я"),
        *("офіціант", "продавець"),
    )
)
#: A word before the kind that says whose it is or that there is one ("mein Imbiss", "a
#: shop", "мій магазин"), as phrase() writes it.
_BEFORE = frozenset(
    phrase(said)
    for said in (
        *("ein", "eine", "einen", "mein", "meine", "meinen", "unser", "unsere", "a", "an"),
        *("my", "our", "мій", "моя", "моє", "наш", "наша", "наше", "bir"),
    )
)
#: Turkish and Arabic say "my" at the end of the word ("restoranım", "dükkanım",
#: "mağazam", "مطعمي", "محلي"), as phrase() writes the words.
_MINE = frozenset(
    phrase(said)
    for said in (
        *("restoranım", "lokantam", "dükkanım", "mağazam", "büfem", "fırınım", "kafem"),
        *("bakkalım", "tamirhanem", "marketim", "مطعمي", "محلي", "مخبزي", "دكاني", "صالوني"),
        *("ورشتي", "مقهاي"),
    )
)
#: Trades that also name the business ("Friseur", "kuaför", "حلاق"): at the business's
#: name question the kind, though a young person at the main menu means the trade.
_TRADES_AS_PLACES = frozenset(
    phrase(said)
    for said in (
        *("friseur", "frisör", "barbier", "hairdresser", "barber", "kuaför", "berber"),
        *("حلاق", "كوافير", "перукар", "барбер", "thợ cắt tóc"),
    )
)


def _kind(text: str) -> str:
    """``text`` as phrase() writes it, without politeness and a word that says whose."""
    words = without_politeness(phrase(text)).split()
    if len(words) > 1 and words[0] in _BEFORE:
        words = words[1:]
    return " ".join(words)


def names_a_place(text: str) -> bool:
    """Whether ``text`` is the kind of a business place alone ("Imbiss", "mein Laden",
    "mağazam", "محل", "tiệm"): an owner's words at the main menu."""
    kind = _kind(text)
    return kind in _PLACES or kind in _MINE


def names_the_kind(text: str) -> bool:
    """Whether ``text`` is the kind of a business alone, a trade that names it included
    ("Restaurant", "Friseur", "مطعم"): no business's name."""
    return names_a_place(text) or _kind(text) in _TRADES_AS_PLACES


def describes_a_place(text: str) -> bool:
    """Whether ``text`` names or describes a business place in a few words, its kind among
    them ("Restaurant Istanbul", "kebab shop", "Handyladen", "محل حلويات", "cửa hàng của
    tôi"), and no word a young person's or a sentence's: an owner's words at the main menu.
    Only sets are looked up (the words of every message typed there pass)."""
    if "?" in text:
        return False
    words = [
        word[len(_ARABIC_THE) :] if word.startswith(_ARABIC_THE) else word
        for word in without_politeness(phrase(text)).split()
    ]
    if not 0 < len(words) <= _NAMED_WORDS or any(word in _NOT_AN_OWNERS for word in words):
        return False
    return any(
        " ".join(words[at : at + size]) in _PLACES
        for size in range(1, _PLACE_WORDS + 1)
        for at in range(len(words) - size + 1)
    ) or any(
        word.endswith(end) and len(word) > len(end) + 2 for word in words for end in _PLACE_ENDS
    )
