"""Words that say "not" in the bot's languages: pure.

One list for every reader of typed words that asks whether they deny what they say: a
wish turned round ("Ich will keine Ausbildung machen", "Tôi không muốn học nghề": no
dialogue, bot.faq.matcher.wish) and a parent's words for their child denied ("nicht für
meinen Sohn", "oğlum için değil": no tap, bot.dialogue.engine). Where the "not" must stand
is the reader's to say; what says "not" is the same for both. For both a "not" missed
costs more than one seen where there is none: a dialogue or an answer the person said
they do not want, against a question asked again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def fold(word: str) -> str:
    """``word`` as bot.faq.matcher.normalize and bot.dialogue.typed_words.phrase both write
    it: lower case, without accents ("değil": "degil", "không": "khong"), Turkish ı as i."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Words that say "not", folded. English as a text is cut into words either way: "don't"
#: is "don" and "t" in \w+ words, "dont" without its apostrophe. Not "ні": it is the
#: Ukrainian "no" ("Ні, шукаю місце навчання"), whose "not" is "не"; not "can't": "I can't
#: find an apprenticeship" asks for one.
NOT = frozenset(
    fold(word)
    for word in (
        *("nicht", "kein", "keine", "keinen", "keinem", "keiner"),
        *("not", "never", "no", "don", "doesn", "didn", "dont", "doesnt", "didnt"),
        *("değil", "не", "ليس", "لا", "không"),
        # Vietnamese chat ("Tôi ko muốn học nghề"); Arabic "did not", "will not", "am not",
        # "are not" ("لم أعد أبحث عن تدريب", "لسنا نبحث عن متدرب").
        *("ko", "k", "لم", "لن", "لست", "لسنا", "ليست"),
        # German "never" and chat "nich", English short forms, Vietnamese "not yet" and
        # chat "khum", dialect Arabic "مش", "مو" ("Ich will nie eine Ausbildung machen",
        # "We aren't looking for an apprentice", "Em chưa muốn học nghề"). Not chat
        # "hông": folded it is "Hồng", a name ("Em Hồng muốn học nghề"); typed with its
        # accents it is read as "không" before folding (spelled_not).
        *("nie", "niemals", "nich", "aren", "isn", "won", "wouldn", "arent", "isnt"),
        *("wont", "wouldnt", "chưa", "khum", "مش", "مو"),
        # Arabic "and not", "and did not", "and will not", written as one word ("عندي
        # مطعم ولا أريد متدربين").
        *("ولا", "ولم", "ولن"),
    )
)

#: Arabic (dialect) "ما" says "not" before a verb of wanting or looking ("ما أريد تدريب
#: مهني", "ما بدي"); before anything else it is "what" ("ما هو التدريب المهني؟"), folded.
_MA = fold("ما")
_MA_NOT_BEFORE = frozenset(
    fold(word)
    for word in (
        *("أريد", "اريد", "نريد", "بدي", "بدنا", "ابغى", "أبغى", "نبغى", "ابي", "أبي"),
        *("أبحث", "ابحث", "نبحث", "يبحث", "أحتاج", "احتاج", "نحتاج", "يريد", "تريد"),
    )
)

#: A Turkish verb said in the negative ("istemiyorum", "aramıyoruz", chat "vermiyo"),
#: folded: "m" and "-ıyor" after a stem of two letters or more, but for stems that end in
#: "m" themselves ("umuyorum", I hope: one letter before; "gömüyor", he buries; "yumuyor").
_TURKISH_NOT = re.compile(r"^(?!gomuyo|yumuyo)\w{2,}m[iu]yo")

#: "I don't know", "no idea", "not sure", and Arabic "still" ("لا زلت", "لم أزل": "I have
#: not ceased"), folded and cut into words as both readers cut them: their "not" denies
#: nothing that follows ("Ich weiß nicht, ich suche eine Ausbildung", "Em ko biết tìm chỗ
#: học nghề ở đâu", "لا أعرف، أبحث عن تدريب", "لم أزل أبحث عن تدريب": wishes all the same).
_DONT_KNOW = tuple(
    tuple(fold(word) for word in said.split())
    for said in (
        *("weiß nicht", "weiss nicht", "don t know", "dont know", "do not know", "not sure"),
        *("keine ahnung", "no idea", "bilmiyorum", "bilmiyom", "không biết", "ko biết"),
        *("chưa biết",),
        *("k biết", "không rõ", "не знаю", "لا أعرف", "لا اعرف", "لا أدري", "لست متأكدا"),
        *("لست متأكد", "لست متاكده", "لم أزل", "لم يزل", "لم نزل", "لا زلت"),
        *("لا زال", "لا يزال", "لا تزال", "لا نزال", "لا زلنا", "ما زلت", "ما زال", "ما زلنا"),
        # German "zur Not" (if need be) is no English "not": "lieber telefonisch, zur Not
        # auch Video" took no answer.
        *("zur not",),
    )
)

#: Vietnamese chat "ko"/"k" says "not" only directly before a verb ("Tôi ko muốn học
#: nghề", "ko cần"); alone it is "ok" ("K, ich suche eine Ausbildung", "Ko, em muốn học
#: nghề", "Ko cho con tôi"), folded.
_CHAT_NOT = frozenset(("ko", "k"))
_CHAT_NOT_BEFORE = frozenset(
    fold(word)
    for word in (
        *("muốn", "cần", "có", "phải", "thích", "tìm", "học", "làm", "đi", "định", "tuyển"),
        *("được", "nhận", "kiếm", "xin", "đăng", "dang", "muon", "can", "co", "thich", "tim"),
    )
)


#: Vietnamese "nó" (he, she: a parent speaking of the child) folds into the "no" of "No,
#: ich suche …": before a Vietnamese word that follows a person ("nó đang tìm chỗ học
#: nghề", "no muon hoc nghe") it is the person, no "not", folded. English "no" stands
#: before none of them.
_HE_OR_SHE_NO = fold("nó")
_AFTER_A_PERSON = frozenset(
    fold(word)
    for word in (
        *("đang", "muốn", "cần", "tìm", "học", "làm", "định", "sẽ", "đã", "vừa", "mới"),
        *("còn", "vẫn", "cũng", "thích", "kiếm", "xin", "năm", "nay", "là", "hỏi", "bảo"),
        *("nói", "chưa", "không", "ko", "hông", "dang", "muon", "tim", "hoc", "lam", "dinh"),
    )
)


#: "Years old" after the "nó" and an age ("nó 16 tuổi"), folded.
_YEARS_OLD = fold("tuổi")
#: Vietnamese words after which "nó" is him or her, folded: "of" ("tiếng Đức của nó tốt":
#: his German is good, read as "not good"), "for", "with", "help".
_BEFORE_A_PERSON = frozenset(fold(word) for word in ("của", "cho", "với", "giúp", "để"))


def he_or_she_at(words: Sequence[str], at: int) -> bool:
    """Whether the "no" at ``at`` in ``words`` (folded as :func:`fold` does) is the
    Vietnamese "nó" (he, she) before what the person does (:data:`_AFTER_A_PERSON`) or
    their age ("nó 16 tuổi"), or after "of", "for" (:data:`_BEFORE_A_PERSON`)."""
    if words[at] != _HE_OR_SHE_NO:
        return False
    if at > 0 and words[at - 1] in _BEFORE_A_PERSON:
        return True
    after = list(words[at + 1 : at + 3])
    if not after:
        return False
    return after[0] in _AFTER_A_PERSON or (after[0].isdigit() and after[1:] == [_YEARS_OLD])


#: Southern Vietnamese chat "hông" for "không" ("Em hông muốn học nghề"), as typed with
#: its accents: only they tell it from the name "Hồng", both "hong" folded.
_SOUTHERN_NOT = re.compile(r"(?<!\w)hông(?!\w)", re.IGNORECASE)


#: The same typed without accents, as most people type Vietnamese on a German keyboard
#: ("em hong muon hoc nghe": it was read as the name Hồng, and the dialogue the person
#: does not want began): "hong" right before a verb, in lower case or capitalised where a
#: sentence begins (as a phone writes it). "Em Hong muon", capitalised inside the
#: sentence, is written as a name; "Nguyen Thi Hong" has no verb after it.
_BARE_HONG = re.compile(r"(?<!\w)([Hh])ong(?=\s+(\w+))")


def _bare_not(found: re.Match[str]) -> str:
    """The "not" for a bare "hong" that stands as one (:data:`_BARE_HONG`), else itself."""
    if fold(found.group(2)) not in _CHAT_NOT_BEFORE:
        return found.group(0)
    before = found.string[: found.start()].rstrip()
    if found.group(1) == "H" and before and before[-1] not in ".!?":
        return found.group(0)
    return "không"


def spelled_not(text: str) -> str:
    """``text`` with a "not" that only its accents tell from a name written as the "not"
    the lists hold, for both readers to fold: "Em hông muốn học nghề" and "em hong muon
    hoc nghe" as "Em không muốn học nghề". "Em Hồng muốn học nghề" names Hồng."""
    composed = _SOUTHERN_NOT.sub("không", unicodedata.normalize("NFC", text))
    return _BARE_HONG.sub(_bare_not, composed)


def negations(words: Sequence[str]) -> frozenset[int]:
    """Where in ``words`` (folded as :func:`fold` does) a "not" stands, by index, but for
    the "not" of "I don't know"."""
    known: set[int] = set()
    for said in _DONT_KNOW:
        size = len(said)
        for start in range(len(words) - size + 1):
            if tuple(words[start : start + size]) == said:
                known.update(range(start, start + size))
    return frozenset(
        at
        for at, word in enumerate(words)
        if at not in known
        and not he_or_she_at(words, at)
        and (
            (negates(word) and word not in _CHAT_NOT)
            or (word in _CHAT_NOT and at + 1 < len(words) and words[at + 1] in _CHAT_NOT_BEFORE)
            or (word == _MA and at + 1 < len(words) and words[at + 1] in _MA_NOT_BEFORE)
        )
    )


def negates(word: str) -> bool:
    """Whether the one ``word`` (folded as :func:`fold` does) says "not"."""
    return word in NOT or bool(_TURKISH_NOT.search(word))


#: What turns a word into its negation when put into it, and where: German "k" before
#: "ein" ("keinen" / "einen"), Turkish "m" before "-iyor" ("vermiyor" / "veriyor") and
#: "me"/"ma" after a stem ("vermemek" / "vermek", "ödemedi" / "ödedi").
_INSERTED_NOT = (
    re.compile(r"^k(?=ein)"),
    re.compile(r"(?<=\w)m(?=[iu]yo)"),
    re.compile(r"(?<=\w)m[ae](?=\w)"),
)


def negation_apart(one: str, other: str) -> bool:
    """Whether two words (folded as :func:`fold` does) differ by a "not": one says it and
    the other does not, or one is the other with a negation put in ("vermiyor" and
    "veriyor", "keinen" and "einen"). A typo allowance must never read one for the other:
    "para veriyor musunuz?" (do you pay?) is not "para vermiyor" (he does not pay)."""
    if negates(one) != negates(other):
        return True
    longer, shorter = (one, other) if len(one) >= len(other) else (other, one)
    for inserted in _INSERTED_NOT:
        for found in inserted.finditer(longer):
            if longer[: found.start()] + longer[found.end() :] == shorter:
                return True
    return False


def says_not(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded as :func:`fold` does) say "not" anywhere."""
    return bool(negations(words))


#: "No" as an answer at the start of a text, before a comma or a full stop ("No, for my
#: son", "لا، أبحث عن تدريب", "Không, tôi muốn học nghề"): it denies what came before, not
#: what follows.
_ANSWER_NO = re.compile(r"^\W*(?:no|لا|không|khong)\s*[,،.!;:]+", re.IGNORECASE)


def without_answer_no(text: str) -> str:
    """``text`` without a "no" that answers what came before ("No, for my son": "for my
    son")."""
    return _ANSWER_NO.sub(" ", text, count=1)
