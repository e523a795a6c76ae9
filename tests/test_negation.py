"""One list of the words that say "not" (bot.negation), read by the wish matcher and by a
parent's words for their child."""

from __future__ import annotations

import pytest

from bot.dialogue.typed_words import phrase
from bot.faq.matcher import normalize, wish
from bot.negation import _DONT_KNOW, NOT, fold, negations, says_not, spelled_not
from tests.dialogue_driver import Driver

LABELS = {
    "de": "Deutsch",
    "ar": "العربية",
    "tr": "Türkçe",
    "vi": "Tiếng Việt",
    "uk": "Українська",
    "en": "English",
}


def test_both_readers_fold_the_listed_words_as_the_list_does() -> None:
    # The wish matcher compares normalize()d words, the engine phrase()d ones: a word one
    # of them wrote otherwise would never be found by it.
    listed = {*NOT, *(word for said in _DONT_KNOW for word in said)}
    for word in listed:
        assert normalize(word) == word == phrase(word) == fold(word), word
    assert fold("DEĞİL") == fold("degil") and fold("Không") == "khong"


def test_the_not_of_i_dont_know_denies_nothing() -> None:
    assert negations("ich weiss nicht ich suche keine".split()) == {5}
    assert not says_not("em khong biet tim cho hoc nghe".split())
    assert says_not("istemiyorum".split()) and not says_not("bilmiyorum".split())


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        # Said the other way round in Vietnamese and Arabic, which the matcher's own list
        # lacked: the dialogue the person says they do not want started.
        ("vi", "Tôi không muốn học nghề", None),
        ("vi", "Chúng tôi không cần tuyển azubi", None),
        ("ar", "لا أريد تدريب مهني", None),
        ("ar", "لا نبحث عن متدرب", None),
        # "I don't know" before a wish turned it round.
        ("de", "Ich weiß nicht, ich suche eine Ausbildung", "young"),
        ("tr", "Bilmiyorum, ausbildung arıyorum", "young"),
        ("uk", "Не знаю, шукаю місце навчання", "young"),
        # A "no" that answers what came before, then the wish.
        ("en", "No, looking for an apprenticeship", "young"),
        ("de", "No, suche einen Azubi", "business"),
        # Unchanged: a "no" answer before the wish, and "I don't know" in Vietnamese.
        ("ar", "لا، أبحث عن تدريب مهني", "young"),
        ("uk", "Ні, я шукаю місце навчання", "young"),
        ("vi", "Không, tôi muốn học nghề", "young"),
        ("vi", "Em không biết tìm chỗ học nghề ở đâu", "young"),
    ],
)
def test_a_wish_is_turned_round_by_a_not_in_any_language(
    lang: str, text: str, flow: str | None
) -> None:
    assert wish(text, lang) == flow


@pytest.mark.parametrize(
    ("lang", "typed", "tapped"),
    [
        # A "no" answering what came before is no "not": the tap (it was refused).
        ("en", "No, for my son", True),
        ("uk", "Ні, для сина", True),
        ("uk", "ні для сина", True),  # "ні" is the Ukrainian "no"; its "not" is "не"
        ("vi", "Không, cho con tôi", True),
        ("ar", "لا، لابني", True),
        # Denied in words the engine's own list lacked: no tap (it was the tap).
        ("en", "never for my son", False),
        ("en", "don't ask for my son", False),
        ("tr", "oğlum için istemiyorum", False),
        # Unchanged.
        ("uk", "не для сина", False),
        ("en", "not for my son", False),
        ("tr", "oğlum için soruyorum", True),
    ],
)
def test_a_parents_words_are_denied_by_the_same_words(lang: str, typed: str, tapped: bool) -> None:
    d = Driver(lang)
    d.press(LABELS[lang])
    d.press(d.labels()[1])  # the young people's dialogue
    assert d.state.screen == "q:situation"
    d.type(typed)
    assert (d.state.answers.get("situation") == "parent") is tapped


@pytest.mark.parametrize(
    ("lang", "typed", "tapped"),
    [
        # A "not" before "for me", not before the child: a parent's words (refused).
        ("de", "Nicht für mich, für meinen Sohn", True),
        ("en", "Not for me, for my son", True),
        ("tr", "Benim için değil, oğlum için", True),
        ("uk", "Не для мене, для сина", True),
        ("vi", "Không phải cho tôi, cho con tôi", True),
        ("ar", "ليس لي، لابني", True),
        # A "no" answering what came before, without its comma.
        ("en", "No for my son", True),
        ("vi", "Không cho con tôi", True),
        ("ar", "لا لابني", True),
        # Unchanged: the child's words denied.
        ("de", "nicht für meinen Sohn", False),
        ("tr", "oğlum için değil", False),
        ("en", "don't ask for my son", False),
        ("uk", "не для сина", False),
        ("de", "für meinen Sohn, nicht für mich", True),
    ],
)
def test_a_not_counts_only_with_the_parents_words(lang: str, typed: str, tapped: bool) -> None:
    d = Driver(lang)
    d.press(LABELS[lang])
    d.press(d.labels()[1])  # the young people's dialogue
    d.type(typed)
    assert (d.state.answers.get("situation") == "parent") is tapped
    # Taken or not, what was said reaches the advisor.
    assert d.result is not None and d.result.held_question == typed


@pytest.mark.parametrize("typed", ["ليس لابني", "لا، ليس لابني"])
def test_a_denied_parents_words_in_arabic_are_kept_for_the_advisor(typed: str) -> None:
    # Dropped in Arabic only: too short to read as a message ("ليس لابني", two words).
    d = Driver("ar")
    d.press(LABELS["ar"])
    d.press(d.labels()[1])
    d.type(typed)
    assert d.state.screen == "q:situation" and "situation" not in d.state.answers
    assert d.result is not None and d.result.held_question == typed


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        # Ways to say "not" the list lacked: the dialogue the person said they do not want.
        ("vi", "Tôi ko muốn học nghề", None),
        ("vi", "Tôi k muốn học nghề", None),
        ("ar", "ما أريد تدريب مهني", None),
        ("ar", "لم أعد أبحث عن تدريب", None),
        ("ar", "لسنا نبحث عن متدرب", None),
        # "Not sure" is "I don't know": it denies nothing (no dialogue before).
        ("en", "Not sure, looking for an apprenticeship", "young"),
        # Unchanged: "ما" as "what", "ما أعرف" (I don't know), the wishes themselves.
        ("ar", "ما أعرف، أبحث عن تدريب", "young"),
        ("ar", "ما هو التدريب المهني؟", None),
        ("ar", "أريد تدريب مهني", "young"),
        ("vi", "Tôi muốn học nghề", "young"),
    ],
)
def test_more_ways_to_say_not(lang: str, text: str, flow: str | None) -> None:
    assert wish(text, lang) == flow


def test_what_in_arabic_is_no_not_and_finds_its_page() -> None:
    from bot.faq.matcher import match

    assert negations(normalize("ما هو التدريب المهني").split()) == frozenset()
    assert negations(normalize("ما أريد تدريب").split()) == {0}
    assert match("ما هو التدريب المهني؟", "ar").pages[0] == "dual"


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        # Chat "k"/"ko" as "ok", "no idea", "not sure" and Arabic "still" read as "not".
        ("de", "K, ich suche eine Ausbildung", "young"),
        ("de", "k ich suche ausbildung", "young"),
        ("en", "k looking for an apprenticeship", "young"),
        ("vi", "Ko, em muốn học nghề", "young"),
        ("vi", "K, em muốn học nghề", "young"),
        ("vi", "Em ko biết tìm chỗ học nghề ở đâu", "young"),
        ("vi", "em ko biet tim cho hoc nghe o dau", "young"),
        ("ar", "لست متأكدا أبحث عن تدريب", "young"),
        ("ar", "لم أزل أبحث عن تدريب", "young"),
        ("ar", "لا زلت أبحث عن تدريب", "young"),
        ("ar", "لا نزال نبحث عن متدرب", "business"),
        # Unchanged: "ko"/"k" directly before the verb is "not".
        ("vi", "Tôi ko muốn học nghề", None),
        ("vi", "Tôi k muốn học nghề", None),
        ("ar", "ما أريد تدريب مهني", None),
    ],
)
def test_ok_no_idea_and_still_say_no_not(lang: str, text: str, flow: str | None) -> None:
    assert wish(text, lang) == flow


@pytest.mark.parametrize(
    ("lang", "typed", "tapped"),
    [
        # "For myself" said, the child named beside it: recorded as a parent.
        ("de", "Für mich selbst, mein Sohn ist schon fertig", False),
        ("de", "Für mich. Mein Sohn hat schon eine", False),
        ("en", "For myself, my son already has one", False),
        ("uk", "Для себе. Мій син вже працює", False),
        ("de", "Für meinen Sohn? Nein, für mich.", False),
        # A "not" after the child's words says something of the child (refused); "ok".
        ("de", "K für meinen Sohn", True),
        ("vi", "Ko cho con tôi", True),
        ("ar", "ابني لم يجد تدريب", True),
        ("de", "Mein Sohn will nicht", True),
        # Unchanged: "for me" denied, the child denied.
        ("de", "Nicht für mich, für meinen Sohn", True),
        ("tr", "Benim için değil, oğlum için", True),
        ("tr", "oğlum için değil", False),
        ("de", "nicht für meinen Sohn", False),
    ],
)
def test_for_myself_is_no_parent_and_a_not_after_the_child_no_denial(
    lang: str, typed: str, tapped: bool
) -> None:
    d = Driver(lang)
    d.press(LABELS[lang])
    d.press(d.labels()[1])  # the young people's dialogue
    d.type(typed)
    assert (d.state.answers.get("situation") == "parent") is tapped


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        # Ways to say "not" the list lacked: the dialogue the person said they do not want.
        ("de", "Ich will nie eine Ausbildung machen", None),
        ("de", "Ich will nich ne Ausbildung machen", None),
        ("en", "We aren't looking for an apprentice", None),
        ("en", "I wouldn't want an apprenticeship", None),
        ("vi", "Em khum muốn học nghề", None),
        ("vi", "Em chưa muốn học nghề", None),
        ("ar", "مش عايز أبحث عن تدريب", None),
        # Unchanged: a name that folds like chat "hông" is no "not".
        ("vi", "Em Hồng muốn học nghề", "young"),
    ],
)
def test_never_short_forms_and_not_yet_say_not(lang: str, text: str, flow: str | None) -> None:
    assert wish(text, lang) == flow


@pytest.mark.parametrize(
    ("word", "says"),
    [
        # A Turkish stem ending in "m" read as a negated verb.
        ("umuyorum", False),
        ("gömüyor", False),
        # Unchanged: negated verbs.
        ("istemiyorum", True),
        ("aramıyoruz", True),
        ("vermiyor", True),
        ("bilmiyorum", True),
    ],
)
def test_a_turkish_stem_in_m_is_no_negation(word: str, says: bool) -> None:
    from bot.negation import negates

    assert negates(fold(word)) is says


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        # Southern chat "hông" ("không") typed with its accents: the wish said the other way.
        ("vi", "Em hông muốn học nghề", None),
        ("vi", "Hông, em muốn học nghề", "young"),
        ("vi", "em HÔNG cần tìm chỗ học nghề", None),
        # Unchanged: the name Hồng.
        ("vi", "Em Hồng muốn học nghề", "young"),
        # "hong" without accents was taken for the name here too; before a verb, in lower
        # case, it is the "not" most people type (test_unaccented_vietnamese_hong_...).
        ("vi", "em hong muon hoc nghe", None),
    ],
)
def test_southern_hong_typed_with_its_accents_says_not(
    lang: str, text: str, flow: str | None
) -> None:
    assert wish(text, lang) == flow


@pytest.mark.parametrize(
    ("typed", "tapped"),
    [
        ("Hông phải cho con tôi", False),
        ("Hồng, cho con tôi", True),
    ],
)
def test_southern_hong_denies_a_parents_words(typed: str, tapped: bool) -> None:
    d = Driver("vi")
    d.press(LABELS["vi"])
    d.press(d.labels()[1])  # the young people's dialogue
    d.type(typed)
    assert (d.state.answers.get("situation") == "parent") is tapped


@pytest.mark.parametrize(
    ("lang", "typed", "tapped"),
    [
        # "My son can't find an apprenticeship": a clause of six words and more, or a
        # Turkish verb after the child (the child's, not a "not" of the parent's words).
        ("uk", "Мій син не може знайти навчання", True),
        ("de", "Mein Sohn kann keine Ausbildung finden", True),
        ("en", "My son can't find an apprenticeship", True),
        ("en", "My daughter cannot find an apprenticeship place", True),
        ("tr", "Oğlum Ausbildung bulamıyor", True),
        ("tr", "Oğlum bir türlü staj yeri bulamıyor", True),
        ("ar", "ابني لا يستطيع أن يجد تدريب مهني", True),
        ("vi", "Con trai tôi không tìm được chỗ học nghề", True),
        ("vi", "Dạ con gái tôi chưa tìm được chỗ học nghề ạ", True),
        # Unchanged: a Turkish "not" after "for my son" denies it; the child named late in
        # a long clause is no parent's answer.
        ("tr", "Oğlum için istemiyorum", False),
        ("tr", "oğlum için değil", False),
        ("de", "Ich suche selbst eine Ausbildung wie mein Sohn", False),
    ],
)
def test_a_parent_says_what_the_child_cannot_find(lang: str, typed: str, tapped: bool) -> None:
    d = Driver(lang)
    d.press(LABELS[lang])
    d.press(d.labels()[1])  # the young people's dialogue
    d.type(typed)
    assert (d.state.answers.get("situation") == "parent") is tapped


@pytest.mark.parametrize(
    ("lang", "text", "flow"),
    [
        # "I can't find an apprenticeship": a wish whose "not" does not turn it round.
        ("de", "Ich finde keine Ausbildung", "young"),
        ("de", "Ich finde keine Ausbildungsstelle", "young"),
        ("de", "ich kann keinen ausbildungsplatz finden", "young"),
        ("de", "Mein Sohn hat noch keine Lehrstelle gefunden", "young"),
        ("en", "I can't find an apprenticeship", "young"),
        ("en", "I can not find an apprenticeship", "young"),
        ("en", "I haven't found an apprenticeship yet", "young"),
        ("tr", "Ausbildung bulamıyorum", "young"),
        ("tr", "staj yeri bulamıyorum", "young"),
        ("tr", "Ausbildung yeri bulamadım", "young"),
        ("ar", "لا أجد تدريب مهني", "young"),
        ("ar", "ما لقيت أوسبيلدونغ", "young"),
        ("ar", "لم أجد مكان تدريب", "young"),
        # "I (he, she) cannot find": "لا أستطيع أن أجد" was "I have no information page
        # on this", and a parent's "ابني لا يستطيع أن يجد تدريب مهني" was asked the
        # child's situation after it.
        ("ar", "لا أستطيع أن أجد تدريب مهني", "young"),
        ("ar", "ابني لا يستطيع أن يجد تدريب مهني", "young"),
        ("ar", "ابنتي لا تستطيع أن تجد تدريب", "young"),
        ("ar", "ابنتي لا تجد تدريب مهني", "young"),
        ("ar", "لا أستطيع العثور على تدريب مهني", "young"),
        ("vi", "em không tìm được chỗ học nghề", "young"),
        ("vi", "Em chưa tìm được chỗ học nghề", "young"),
        ("uk", "не можу знайти навчання", "young"),
        ("uk", "Не можу знайти Ausbildung", "young"),
        ("uk", "Я не знайшла місце для навчання", "young"),
        # Unchanged: the wish turned round, and a business that finds no apprentice.
        ("de", "Ich suche keine Ausbildung", None),
        ("uk", "Я не шукаю навчання", None),
        ("en", "We can't find an apprentice", "business"),
    ],
)
def test_finding_no_apprenticeship_asks_for_one(lang: str, text: str, flow: str | None) -> None:
    assert wish(text, lang) == flow


def test_an_arabic_parent_who_says_the_child_finds_nothing_is_asked_the_age() -> None:
    # The menu's "ابني لا يستطيع أن يجد تدريب مهني" took "Asking for my child" and then
    # asked "What describes your child's situation best?", which the parent had just said.
    d = Driver("ar")
    d.press(LABELS["ar"])
    d.type("ابني لا يستطيع أن يجد تدريب مهني")
    assert d.state.answers.get("child") == "looking" and d.state.screen == "q:age"


@pytest.mark.parametrize(
    ("typed", "young"),
    [
        # Southern chat "hông" typed without its accents, as most people type Vietnamese:
        # "hong" before a verb is the "not" ("I don't want to learn a trade"); the young
        # people's dialogue began, and took "Looking for an apprenticeship".
        ("em hong muon hoc nghe", False),
        ("hong muon hoc nghe dau", False),
        ("Hong muon hoc nghe", False),  # capitalised by the phone
        ("toi hong can hoc nghe", False),
        # As "khong", "ko", "k" already were.
        ("em khong muon hoc nghe", False),
        ("em ko muon hoc nghe", False),
        ("em k muon hoc nghe", False),
        # Unchanged: the name Hồng, with its accents or written as a name (capital letter
        # inside the sentence), and "I don't know" before a wish.
        ("Em Hồng muốn học nghề", True),
        ("Em Hong muon hoc nghe", True),
        ("em hong biet tim cho hoc nghe o dau", True),
    ],
)
def test_unaccented_vietnamese_hong_before_a_verb_says_not(typed: str, young: bool) -> None:
    d = Driver("vi")
    d.press(LABELS["vi"])
    d.type(typed)
    assert (d.state.flow == "young") is young
    assert d.state.answers.get("situation") == ("looking" if young else None)
    # Either way what was written goes to the advisor if the person asks for one.
    assert d.result is not None and d.result.held_question == typed


@pytest.mark.parametrize(
    "text", ["Nguyen Thi Hong", "Hong", "Pham Hong Son", "Em Hong muon", "Em Hồng muốn học nghề"]
)
def test_a_name_hong_is_left_as_it_is(text: str) -> None:
    # Only "hong" without accents right before a verb is read as the "not", in lower case
    # or capitalised where a sentence begins (a phone does that).
    assert spelled_not(text) == text
    assert spelled_not("em hong muon hoc nghe") == "em không muon hoc nghe"


def test_the_vietnamese_he_or_she_before_what_the_person_does_says_no_not() -> None:
    # "nó đang tìm chỗ học nghề" (a parent: he is looking) folded into the "no" of "No,
    # ich suche": read as a "not", the wish was lost. English "no" stays a "not".
    assert not says_not(phrase("nó đang tìm chỗ học nghề").split())
    assert negations(phrase("nó không muốn học nghề").split()) == {1}
    assert says_not(phrase("no thanks").split()) and says_not(["no", "ich"])


def test_the_vietnamese_him_or_her_after_of_or_for_says_no_not() -> None:
    # "tiếng Đức của nó tốt" (his German is good) was read as "not good".
    assert not says_not(phrase("tiếng Đức của nó tốt").split())
    assert not says_not(phrase("em tìm chỗ học nghề cho nó").split())
    assert negations(phrase("tiếng Đức của nó không tốt").split()) == {4}
    assert says_not(phrase("no, for my son").split())
