"""Words at "How would you like to talk with the advisor?" that name the person's home
("zu mir nach Hause", "evdeyim", "في البيت", "додому", "nhà riêng", "at home") or ask
for something to be sent ("Schicken Sie mir Infos", "gönderin", "надішліть"). Beside
"come to me" ("zu mir", "bana gelin", "تعالوا عندي") they say no place at the business:
"Schicken Sie mir Infos zu mir nach Hause" was taken as "At my business". Advisors visit
businesses, not homes, and sending is no way to talk: the words go to the advisor and
the way is asked. Pure: words in, a yes or no out."""

from __future__ import annotations

from bot.dialogue.parent_words import found_at
from bot.dialogue.typed_words import phrase

#: The home, and asking for something sent, as phrase() writes them. Vietnamese "nhà"
#: only with what makes it a home: "nhà hàng" is a restaurant.
_NOT_THE_BUSINESS = tuple(
    phrase(said).split()
    for said in (
        *("nach hause", "zu hause", "zuhause", "daheim", "meine wohnung", "privat"),
        *("schicken sie", "senden sie", "zuschicken", "zusenden", "schicken", "per post"),
        *("home", "my house", "my flat", "my apartment", "send me", "send", "by post"),
        *("ev", "eve", "evde", "evime", "evimde", "evimize", "evdeyim", "ev adresime"),
        *("gönderin", "gönderir", "gönderebilir", "yollayın", "postayla"),
        *("البيت", "بيتي", "للبيت", "عالبيت", "بالبيت", "المنزل", "منزلي", "للمنزل"),
        *("أرسلوا", "ارسلوا", "ابعتوا", "ابعثوا", "ابعتولي", "أرسلوا لي", "بالبريد"),
        *("ابعتلي", "ابعتلنا", "ارسلولي", "أرسلولي", "ابعثولي"),
        *("додому", "вдома", "удома", "дома", "квартиру", "квартирі"),
        *("надішліть", "пришліть", "відправте", "надіслати", "поштою"),
        *("скиньте", "скинь"),
        *("nhà riêng", "nhà tôi", "nhà mình", "nhà em", "về nhà", "tại nhà tôi"),
        # Not a bare "gửi": "Tôi sẽ gửi địa chỉ tiệm" sends the shop's address.
        *("ở nhà", "tại nhà", "gửi cho tôi", "gửi cho em", "gửi cho mình", "gửi thông tin"),
        "gửi qua bưu điện",
    )
)
#: What follows "nhà" in a restaurant's name: "ở nhà hàng" is no home.
_RESTAURANT = phrase("hàng")
#: What comes before "nhà mình/em/tôi" when it is "our shop" ("tiệm nhà mình"), no home.
_SHOP = frozenset(phrase(word) for word in ("tiệm", "quán", "shop", "hàng"))
_HOUSE = phrase("nhà")
#: A person sent, within three words after "schicken", "send" ("Schicken Sie einen
#: Berater vorbei", "send someone to my shop"): a visit, not mail.
_PERSON_SENT = frozenset(
    phrase(word)
    for word in (
        *("jemand", "jemanden", "berater", "beraterin", "mitarbeiter", "mitarbeiterin"),
        *("someone", "somebody", "advisor", "adviser"),
    )
)


def not_at_the_business(words: list[str]) -> bool:
    """Whether ``words`` (as phrase() writes them) name the home, or ask for something to
    be sent: "come to me" among them is no meeting at the business."""
    for said in _NOT_THE_BUSINESS:
        at = found_at(said, words)
        if at is None or words[at + len(said) : at + len(said) + 1] == [_RESTAURANT]:
            continue
        if said[0] == _HOUSE and at > 0 and words[at - 1] in _SHOP:
            continue
        if _PERSON_SENT.intersection(words[at + len(said) : at + len(said) + 3]):
            continue
        return True
    return False
