"""The new business questions end to end over HTTP, in Turkish and Vietnamese: a full
dialogue each, a stored lead, and the advisors' card with what they need to call back."""

from __future__ import annotations

from pathlib import Path

from db.models import Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import CHEMNITZ_GROUP, LEIPZIG_GROUP, Desk, desk_settings, running_desk
from tests.dialogue_driver import start_label
from tests.telegram_harness import Chat


async def delivered(desk: Desk, fake: FakeBotAPI) -> tuple[Lead, str]:
    """The stored lead and the text of its card in the Leipzig advisors' group."""
    await desk.deliver()
    [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
    return await desk.lead(1), card.plain_text


async def test_a_turkish_restaurant_owner_reaches_the_advisors_with_what_they_need(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat = Chat(fake, 601, "tr")
            await chat.command("/start")
            await chat.press("Türkçe")
            company = await chat.press("For businesses")
            assert "İşletmenizin adı nedir?" in company.text
            trades = await chat.type("Anadolu Lokantası")
            # In Turkish, with the official German name in brackets.
            assert "Aşçı (Koch/Köchin)" in trades.button_texts
            await chat.press("Koch/Köchin")
            experience = await chat.type("04109 Leipzig")
            assert "Leipzig" in experience.text
            start = await chat.press("Yes, we train right now")
            await chat.press(start.button_texts[1])  # the second start offered
            await chat.press("Finding an apprentice")
            await chat.press("Yes, I agree")
            await chat.type("Mehmet Öztürk")
            whatsapp = await chat.type("0172 1234567")
            assert "WhatsApp" in whatsapp.text
            await chat.press("Yes")
            meeting = await chat.press("At my business")
            assert "Akşamüstü (17:00–19:00)" in meeting.button_texts
            summary = await chat.press("Early evening")
            assert "İşletmenin adı: Anadolu Lokantası" in summary.text
            assert "WhatsApp: Evet" in summary.text and "Görüşme şekli: İşletmemde" in summary.text
            await chat.press("Send request")
            lead, text = await delivered(desk, fake)
            # The year the bot's own clock gives: the same on any day the suite runs.
            next_year = start_label(desk.services.clock(), 1)
    assert lead.language == "tr" and lead.office == "leipzig" and lead.preferred_time == "evening"
    for line in (
        "Name des Betriebs: Anadolu Lokantası",
        "Ausbildungsberufe: Koch/Köchin",
        f"Ausbildungsbeginn: {next_year}",
        "Ausbildungserfahrung: Ja, wir bilden zurzeit aus",
        "WhatsApp: Ja",
        "Gespräch: In meinem Betrieb",
        "Erreichbar: Am frühen Abend (17:00–19:00)",
    ):
        assert line in text, line


async def test_a_vietnamese_nail_studio_reaches_the_advisors_with_what_they_need(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat = Chat(fake, 602, "vi")
            await chat.command("/start")
            await chat.press("Tiếng Việt")
            await chat.press("For businesses")
            await chat.type("Tiệm Nail Linh")
            sector = await chat.press("I don't know yet")
            assert chat._("Hair, beauty or cosmetics") in sector.button_texts
            await chat.press("Hair, beauty or cosmetics")
            guess = await chat.type("4109")
            assert "Có phải ý bạn là 04109?" in guess.text
            await chat.press("Yes")
            start = await chat.press("Not yet, and no trainer yet")
            await chat.press(start.button_texts[0])  # the first start offered
            await chat.press("Requirements and steps")
            await chat.press("Yes, I agree")
            # Vietnamese is written in Latin letters: no second spelling of the name is asked.
            phone = await chat.type("Nguyễn Thị Linh")
            assert "Chúng tôi có thể gọi cho bạn theo số điện thoại nào?" in phone.text
            await chat.type("0176 12345678")
            await chat.press("No")
            await chat.press("Video call")
            summary = await chat.press("Afternoon")
            assert "Tên doanh nghiệp: Tiệm Nail Linh" in summary.text
            assert "WhatsApp: Không" in summary.text
            await chat.press("Send request")
            lead, text = await delivered(desk, fake)
            this_year = start_label(desk.services.clock())
    assert lead.language == "vi" and lead.answers["sector"] == "beauty"
    for line in (
        "Name des Betriebs: Tiệm Nail Linh",
        "Ausbildungsberufe: Weiß ich noch nicht",
        "Branche: Friseur oder Kosmetik",
        f"Ausbildungsbeginn: {this_year}",
        "WhatsApp: Nein",
        "Gespräch: Videoanruf",
    ):
        assert line in text, line


async def test_a_girl_of_15_in_chemnitz_switches_to_german_and_her_mother_agrees(
    database_url: str, tmp_path: Path
) -> None:
    # Her whole way, typed more than tapped: Ukrainian first, then German ("auf Deutsch
    # bitte" was stored as the trade wanted), her mother taps the parent's consent, a
    # trade changed on the summary in words, a question after the request.
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat = Chat(fake, 603, "uk")
            await chat.command("/start")
            await chat.type("Привіт")
            await chat.type("Я шукаю навчання")
            await chat.type("мені 15")
            trade = await chat.type("auf Deutsch bitte")
            assert "Welchen Ausbildungsberuf möchten Sie lernen?" in trade.text
            await chat.type("Friseurin")
            await chat.type("noch keinen")
            await chat.type("A2")
            consent = await chat.type("09111")
            assert "Für Sie ist das KAUSA-Büro in Chemnitz zuständig." in consent.text
            await chat.press("Als Elternteil: Ich stimme zu")
            await chat.type("Olena Kovalenko")
            await chat.press("Hier in Telegram schreiben")
            await chat.press("Am Telefon")
            await chat.type("nachmittags")
            summary = await chat.type("lieber Kosmetikerin statt Friseurin")
            assert "Wunschberuf: Kosmetikerin" in summary.plain_text
            await chat.type("absenden")
            await desk.deliver()
            [card] = await fake.wait_sent(CHEMNITZ_GROUP, 1)
            receipt = await chat.type("Wann ruft ihr an?")
            lead = await desk.lead(1)
    assert receipt.text == "An Ihre Beraterin oder Ihren Berater weitergeleitet."
    assert (lead.language, lead.office, lead.name) == ("de", "chemnitz", "Olena Kovalenko")
    assert lead.answers["age"] == "u16" and lead.answers["consent_by"] == "parent"
    assert lead.answers["trade_other"] == "Kosmetikerin"
    assert "Wunschberuf: Kosmetikerin" in card.plain_text
