""" "No name yet" typed at the business's name question ("noch kein Name", "GmbH in
Gründung", "henüz adı yok", "ще без назви", "chưa có tên", "لسا ما في اسم"), or "just
founded, just opened" ("wir gründen gerade", "Dükkanım yeni açıldı"): a business being
founded. Stored as the name before ("Business name: noch kein Name"). The name
question cannot stay unanswered (the advisor's card names the business), so the words are
kept for the advisor and the name asked in a form the owner has: the one planned, or
their own (a sole trader's business goes by the owner's name). Pure: words in, yes or no
out."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import loose, phrase, without_politeness
from bot.i18n import N_

#: Told when the business has no name yet: kept for the advisor, a name asked for.
NO_NAME_YET_NOTED = N_(
    "Thank you, we have noted for the advisor that your business has no name yet. Please "
    "write the name you plan to give it, or your own name for now."
)

#: "No name yet" and "being founded" in the bot's languages, as phrase() writes them,
#: whole ("in Gründung" after a legal form: "GmbH in Gründung", "UG i. G."); written
#: with their accents, loose() takes them off as phrase() does.
_NO_NAME_YET = re.compile(
    loose(
        "|".join(
            rf"^(?:{pattern})$"
            for pattern in (
                # With "I have" as on a phone too ("hab noch keinen Namen").
                r"(?:(?:wir haben|ich habe|ich hab|habe|hab|haben|es gibt|hat) )?(?:noch )?"
                r"(?:kein(?:en)? name(?:n)?|keinen namen)"
                r"(?: noch)?(?: nicht)?",
                r"noch (?:ohne|nicht) name(?:n)?|name (?:noch )?(?:nicht|offen)",
                r"(?:(?:gmbh|ug|gbr|ohg|kg|firma|betrieb|unternehmen) )?(?:in gründung|i g)"
                r"|wird (?:gerade )?gegründet|noch in gründung",
                # Just founded or opened: "Wir sind noch in Gründung", "wir gründen gerade",
                # "Dükkanım yeni açıldı" were stored as the name.
                r"(?:(?:wir sind|ich bin|sind|bin) )?(?:noch |gerade |erst )*in (?:der )?gründung|"
                r"(?:wir |ich )?(?:gründen|gründe) (?:gerade|erst|jetzt|noch)(?: erst)?|"
                r"(?:wir haben |ich habe )?(?:gerade |erst |frisch |neu )(?:eröffnet|gegründet)|"
                r"(?:eine |in )?(?:neugründung|existenzgründung|gründung)",
                r"(?:(?:we are|we re|were|i am|i m|im|we|i) )?(?:still |just |only )*"
                r"(?:being founded|starting up|starting out|(?:just )?(?:opened|started))|"
                r"(?:(?:my|our) (?:shop|business|company|store|restaurant|salon) )"
                r"(?:has )?(?:just |only just )?(?:opened|started)(?: recently)?",
                r"(?:(?:dükkanım|dükkanımız|işletmem|işletmemiz|şirketim|şirketimiz|işyerim|"
                r"iş yerim|mağazam|restoranım|salonum) )?(?:daha |henüz )?yeni "
                r"(?:açıldı|açıldık|açtım|açtık|açılıyor|kuruldu|kuruluyor|kuruyoruz|kuruyorum)",
                r"(?:(?:наш |мій |моя |моє )?(?:бізнес|магазин|салон|кафе|фірма|компанія) )?"
                r"(?:ми |я )?(?:щойно|тільки що|тільки|нещодавно) (?:відкрилися|відкрились|"
                r"відкрився|відкрилась|відкрилася|відкрили|відкрив|відкрила|заснували|заснував)",
                r"(?:(?:tiệm|quán|cửa hàng|công ty|chúng tôi|tôi|em|mình)"
                r"(?: của (?:tôi|em|mình))? )?"
                r"(?:mới|vừa|mới vừa) (?:mở|thành lập|khai trương)(?: thôi)?",
                r"(?:(?:المحل|محلي|المطعم|مطعمي|الشركة|شركتي) )?(?:لسا |لسه |توه |توني )?"
                r"(?:فاتح|فاتحين|فتح|فتحنا|فتحت|افتتح|افتتحنا|تأسس|تأسست|أسسنا)"
                r"(?: جديد| جديدا| حديثا| هلق| هلأ)?",
                r"(?:no name|not named|no name yet|not named yet|(?:it )?has no name yet|"
                r"(?:we |i )?(?:do not|dont) have (?:a )?name yet|(?:we |i )?have no name(?: yet)?|"
                r"still being founded|being founded)",
                r"(?:henüz |daha )?(?:bir )?(?:adı|ismi|adımız|ismimiz) yok|"
                r"henüz (?:adı|ismi) yok|"
                r"(?:henüz )?kuruluş aşamasında|yeni kuruluyor",
                r"(?:ще |поки )?(?:без назви|немає назви|нема назви|назви (?:ще )?(?:немає|нема))|"
                r"ще не має назви|(?:ще )?(?:у процесі|в процесі) (?:заснування|реєстрації)",
                r"(?:vẫn |hiện )?chưa có tên(?: \w+)?|đang thành lập",
                r"(?:لسا |لسه |بعد |حاليا )?(?:ما في|مافي|ما عندو|ما له|ليس له|لا يوجد)"
                r" اسم(?: بعد| لسا)?|"
                r"(?:لسا |لسه )?بلا اسم|قيد التأسيس|لسا عم نأسس",
            )
        )
    )
)


def says_no_name_yet(text: str) -> bool:
    """Whether ``text``, whole, says the business has no name yet or is being founded."""
    return _NO_NAME_YET.search(without_politeness(phrase(text))) is not None
