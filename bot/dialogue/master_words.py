""" "I am a master craftsman" where a business's training experience is asked ("я майстер",
"ich bin Meister", "ustayım", "tôi là thợ cả", "أنا معلم"): half of the question's
answer (a trainer, since the master exam includes the trainer part), so the words are
noted for the advisor and the other half (trained before?) asked. So is the trainer
qualification itself ("Ich habe den Ausbilderschein", "AEVO belgem var"). "Please tap one of the
buttons below" dropped them. Pure: state, text and context in, the person told."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.business import EXPERIENCE
from bot.flows.navigation import ScreenId
from bot.i18n import N_

#: Told when a master craftsman was said: noted, and what is still open. (Whether the
#: words mean the certificate, "usta" or "معلم" a skilled hand too, the advisor asks.)
MASTER_NOTED = N_(
    "Thank you, we have noted this for the advisor. The master craftsman's certificate "
    "(Meister) includes the trainer qualification. Has your business trained apprentices "
    "before? Please tap the answer below."
)

#: "I am a master craftsman", "I have the Meister" in the bot's languages, as phrase()
#: writes it, whole.
_MASTER = frozenset(
    phrase(said)
    for said in (
        *("meister", "ich bin meister", "bin meister", "ich bin handwerksmeister"),
        *("ich habe den meister", "ich habe meister", "habe meister", "meisterbrief"),
        *("ich habe einen meisterbrief", "ich habe meisterbrief", "ich bin meisterin"),
        *("i am a master craftsman", "im a master craftsman", "master craftsman"),
        *("i am a master", "i have the meister", "i am a meister", "i have a meister"),
        *("ben ustayım", "ustayım", "ben meisterim", "meisterim", "meister var"),
        *("ustalık belgem var", "ustalık belgesi var", "usta belgem var", "meisterim var"),
        *("я майстер", "майстер", "я майстер свого ремесла", "маю meister", "є meister"),
        *("я мастер", "мастер", "я маю майстерський диплом", "маю диплом майстра"),
        *("tôi là thợ cả", "em là thợ cả", "thợ cả", "tôi có bằng meister", "tôi có meister"),
        *("tôi là meister", "tôi có bằng thợ cả", "có bằng meister"),
        *("أنا معلم", "انا معلم", "أنا معلم صنعة", "انا معلم صنعة", "عندي شهادة مايستر"),
        *("معي شهادة مايستر", "عندي مايستر", "أنا مايستر", "انا مايستر", "أنا أسطى", "انا اسطى"),
    )
)


#: Told when the trainer qualification (AEVO) was said: noted, and what is still open.
TRAINER_NOTED = N_(
    "Thank you, we have noted for the advisor that your business has a trainer "
    "qualification (AEVO). Has your business trained apprentices before? Please tap the "
    "answer below."
)

#: "I have the AEVO", "Ausbilderschein" in the bot's languages, as phrase() writes it,
#: whole: the same half of the answer ("Please tap one of the buttons below" before).
_TRAINER = frozenset(
    phrase(said)
    for said in (
        *("aevo", "ich habe aevo", "ich habe den aevo", "habe aevo", "aevo habe ich"),
        *("ausbilderschein", "ich habe den ausbilderschein", "ich habe einen ausbilderschein"),
        *("habe ausbilderschein", "ich habe ausbilderschein", "ausbildereignung"),
        *("ich habe die ausbildereignung", "ich bin ausbilder", "ada schein"),
        *("ich habe den ada schein", "wir haben einen ausbilder", "wir haben ausbilder"),
        *("i have the aevo", "i have aevo", "i have an aevo", "i have the aevo certificate"),
        *("i have a trainer qualification", "i am a qualified trainer", "we have a trainer"),
        *("aevo belgem var", "aevo var", "aevo belgesi var", "eğitmen belgem var"),
        *("eğitmen belgesi var", "ausbilderschein var", "ausbilderscheinim var"),
        *("eğitmenimiz var", "aevo sınavını geçtim", "aevo sinavini gectim"),
        *("tôi có aevo", "tôi có bằng aevo", "có bằng aevo", "có aevo", "em có bằng aevo"),
        *("tôi có chứng chỉ aevo", "có chứng chỉ aevo", "tôi có chứng chỉ đào tạo"),
        *("عندي aevo", "عندي شهادة aevo", "معي شهادة aevo", "لدي شهادة aevo", "لدي aevo"),
        *("عندي شهادة مدرب", "لدي شهادة مدرب", "عندنا مدرب", "لدينا مدرب"),
        *("у мене є aevo", "маю aevo", "є aevo", "у мене aevo", "маю сертифікат aevo"),
        *("у нас є наставник", "я маю кваліфікацію наставника", "я наставник"),
    )
)


def master_said(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A master craftsman's certificate (or the trainer qualification, AEVO) said where
    the training experience is asked: the words for the advisor, and whether the
    business trained before asked."""
    if state.screen != ScreenId.QUESTION.of(EXPERIENCE.key):
        return False
    said = phrase(text)
    if said in _MASTER:
        typed.keep_for_advisor(text, ctx, result, MASTER_NOTED)
        return True
    if said in _TRAINER:
        typed.keep_for_advisor(text, ctx, result, TRAINER_NOTED)
        return True
    return False
