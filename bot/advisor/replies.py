"""The advisors' short German answers: the command menu, refusals, button and relay answers.

Callback answers are shown by Telegram as a toast or alert of at most 200 characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from bot.advisor.wording import SearchedBy, inert, spelled

#: The advisor commands in the group's menu, with their German descriptions.
COMMANDS = (
    ("leads", "Offene Anfragen dieser Gruppe"),
    ("lead", "Eine Anfrage mit Verlauf: /lead NUMMER oder /lead NAME"),
    ("stats", "Statistik der letzten 7 und 30 Tage"),
    ("export", "Anfragen dieser Gruppe als CSV-Datei"),
    ("weitergeben", "Anfrage an ein anderes Büro: /weitergeben NUMMER BÜRO"),
    ("loeschen", "Daten einer Person auf ihren Wunsch löschen: /loeschen NUMMER"),
    ("nummer", "Neue Telefonnummer einer Anfrage: /nummer NUMMER TELEFON"),
)
#: The commands and how an internal note is written, for a mistyped command or /hilfe.
COMMAND_LIST = (
    "/leads – offene Anfragen (/leads neu, /leads meine)\n"
    "/lead NUMMER – eine Anfrage mit Verlauf (/lead NAME: nach dem Namen suchen)\n"
    "/stats – Statistik\n"
    "/export – Anfragen als CSV-Datei (/export NUMMER: eine Anfrage; /export Excel: als "
    "Excel-Datei)\n"
    "/weitergeben NUMMER BÜRO [Grund] – an ein anderes Büro\n"
    "/loeschen NUMMER – Daten einer Person auf ihren Wunsch löschen (wie ihr /delete)\n"
    "/notiz NUMMER Text – interne Notiz zu einer Anfrage (im Thema der Anfrage ohne NUMMER)\n"
    "/nummer NUMMER TELEFON – neue Telefonnummer einer Anfrage (nach einem Anruf)\n"
    "Antwort an die Person: als Antwort auf die Nachricht der Anfrage (oder in ihrem Thema). "
    "Interne Notiz: // oder #notiz (oder Notiz:) am Anfang. Übernehmen, Erreicht, Erledigt: "
    "die Knöpfe unter der Nachricht der Anfrage."
)
#: Words an advisor may try for the list of commands.
HELP_COMMANDS = frozenset({"hilfe", "help", "start", "befehle"})


#: A card's buttons typed as commands ("/erledigt 12"), by the label they stand for;
#: looked up as spelled ("/uebernehmen", "/schließen"), a "_" for the label's space
#: ("/nicht_erreicht", as Telegram allows no space in a command).
_BUTTONS_TYPED = {
    spelled(typed): button
    for typed, button in {
        "übernehmen": "Übernehmen",
        "erreicht": "Erreicht",
        "nichterreicht": "Nicht erreicht",
        "erledigt": "Erledigt",
        # Closing a request is its Erledigt.
        "schließen": "Erledigt",
        "abschließen": "Erledigt",
        "zurück": "Zurück an Team",
        "zurückgeben": "Zurück an Team",
        "wiederöffnen": "Wieder öffnen",
        "öffnen": "Wieder öffnen",
    }.items()
}


def _button_word(command: str) -> str:
    """``command`` as _BUTTONS_TYPED holds it ("Nicht_Erreicht": "nichterreicht")."""
    return spelled(command).replace("_", "")


def is_button_typed(command: str) -> bool:
    """Whether ``command`` ("/erledigt") names a card's button rather than a command."""
    return _button_word(command) in _BUTTONS_TYPED


def unknown_command(command: str, number: str | None = None) -> str:
    """The answer to an advisor's command the bot does not know (a typo, "/notiz"), with
    the one it was likely meant as ("/weitergebn": "/weitergeben"); ``number``: the lead
    number typed after it."""
    if command.lower() in HELP_COMMANDS:
        return "Befehle in dieser Gruppe:\n" + COMMAND_LIST
    if is_button_typed(command):
        return _button_typed(_BUTTONS_TYPED[_button_word(command)], number)
    # "/lead12": the space before the number left out; "/lead/12", "/leads/meine": a "/"
    # typed for it (Telegram marks no command there, and no guess came).
    joined = re.fullmatch(r"([^\W\d_]+)(?:/(\w+)|(\d+))", command.lower())
    meant = _meant(joined[1] if joined else command.lower())
    number = f" {joined[2] or joined[3]}" if joined and meant else ""
    guess = f" Meinten Sie /{meant}{html.escape(number)}?" if meant else ""
    return (
        f"Den Befehl /{html.escape(command)} gibt es nicht.{guess} Befehle in dieser Gruppe:\n"
        + COMMAND_LIST
    )


def _button_typed(button: str, number: str | None) -> str:
    """ "/erledigt 12": a button of the card, not a command (the whole list of commands
    came, and the advisor had to find the button's line in it)."""
    lead = f" #{number}" if number else ""
    shown = f"/lead {number} zeigt sie" if number else "/lead NUMMER zeigt eine Anfrage"
    return (
        f"„{button}“ ist ein Knopf, kein Befehl: bitte unter der Nachricht der Anfrage{lead} "
        f"tippen (in der Gruppe oder im Thema der Anfrage). {shown} mit Verlauf."
    )


#: The German words for what a command does, tried in its place ("/statistik", "/weiterleiten
#: 12 Dresden", "/delete 12" as the person's command is named): a letter or two off, the
#: guess missed them.
_SAID_AS = {
    "statistik": "stats",
    "anfragen": "leads",
    "liste": "leads",
    "offen": "leads",
    # The filters of /leads typed as commands of their own.
    "neu": "leads neu",
    "neue": "leads neu",
    "meine": "leads meine",
    "übernommen": "leads übernommen",
    "anfrage": "lead",
    "weiterleiten": "weitergeben",
    "übergeben": "weitergeben",
    "abgeben": "weitergeben",
    "exportieren": "export",
    "csv": "export",
    # The person's own /delete, which docs/advisors.md names beside /loeschen.
    "delete": "loeschen",
    "lösche": "loeschen",
    "entfernen": "loeschen",
    # A phone number changed, named as advisors say it.
    "telefon": "nummer",
    "tel": "nummer",
    "telefonnummer": "nummer",
    "rufnummer": "nummer",
    "handy": "nummer",
    "handynummer": "nummer",
    "neuenummer": "nummer",
}


#: _SAID_AS by its words as spelled (wording.spelled): "/uebergeben", "/loesche".
_SAID_AS_SPELLED = {spelled(word): meant for word, meant in _SAID_AS.items()}


def _meant(command: str) -> str | None:
    """The one command ``command`` is a typo of (a letter off, two in a long word), or
    names in other German words, its umlauts written out too ("/uebergeben")."""
    if command in (name for name, _ in COMMANDS):
        return command
    if spelled(command) in _SAID_AS_SPELLED:
        return _SAID_AS_SPELLED[spelled(command)]
    near = [
        name for name, _ in COMMANDS if OSA.distance(command, name) <= (2 if len(name) > 5 else 1)
    ]
    # "/lead" and "/leads" are a letter apart: a guess between the two is no help.
    return near[0] if len(near) == 1 else None


#: "/notiz Rückruf morgen" in a group without topics, replying to nothing: no lead.
NOTE_WITHOUT_LEAD = (
    "⚠️ Nicht gespeichert: Zu welcher Anfrage? Eine Notiz bitte als Antwort auf die "
    "Nachricht der Anfrage schreiben, mit // am Anfang, oder mit ihrer Nummer: "
    "/notiz 12 Rückruf morgen"
)
#: The same in a forum topic that is no lead's (the team's own "Allgemein").
NOTE_IN_NO_LEAD_TOPIC = (
    "⚠️ Nicht gespeichert: Dieses Thema gehört zu keiner Anfrage. Eine Notiz bitte im Thema "
    "der Anfrage schreiben, mit // am Anfang, oder hier mit ihrer Nummer: "
    "/notiz 12 Rückruf morgen"
)
#: A reply to a message the bot held back ("Note: …") in a group without topics whose
#: question names no lead (asked before migration 0019 stored it): the held message belongs
#: to no lead until its question is answered, and the reply went nowhere.
REPLY_TO_HELD = (
    "⚠️ Nicht weitergegeben, nicht gespeichert: Die Nachricht, auf die Sie antworten, "
    "gehört noch zu keiner Anfrage – der Bot hält sie zurück. Bitte unter seiner Frage "
    "dazu tippen: 📝 Als interne Notiz speichern oder ➡️ An die Person senden. Alles "
    "Weitere bitte als Antwort auf die Nachricht der Anfrage schreiben."
)
#: A sticker, a photo or a voice message without words replying to a held message: the
#: bot cannot tell whom it is for (it went nowhere, or to the person, without a word).
WORDLESS_REPLY_TO_HELD = (
    "⚠️ Nicht weitergegeben: Das ist eine Antwort ohne Text (Sticker, Bild, Sprachnachricht "
    "…) auf eine zurückgehaltene Nachricht. Ist sie für die Person oder fürs Team? Bitte "
    "unten tippen."
)
#: "/notiz 12" with nothing after the number.
NOTE_EMPTY = "⚠️ Nicht gespeichert: Die Notiz ist leer. Bitte so: /notiz 12 Rückruf morgen"
#: A note command edited after its note was kept: the note keeps its first words.
NOTE_EDIT_NOT_KEPT = (
    "⚠️ Die Notiz ist schon gespeichert, wie zuerst geschrieben; die Änderung nicht. "
    "Bitte als neue Notiz schreiben."
)
#: The longest note repeated in the commands to copy: a longer one is written NOTIZ there.
_NOTE_TO_COPY = 80


def note_one_at_a_time(numbers: Sequence[str], note: str) -> str:
    """ "/notiz 1,2 Geschwister": nothing kept; a note belongs to one request, each
    command to copy with the note (NOTIZ when none or a long one)."""
    said = note if note and len(note) <= _NOTE_TO_COPY else "NOTIZ"
    commands = _each("notiz", numbers, f" {html.escape(said)}")
    return (
        "⚠️ Nicht gespeichert: Eine Notiz gehört zu einer Anfrage. Bitte je Anfrage "
        f"einzeln: {commands}"
    )


def note_by_number(numbers: Sequence[str], note: str) -> str:
    """Under the requests "/notiz Omar ruft zurück" found by the name: nothing kept; a
    note goes by the request's number, each command to copy with the note (NOTIZ when a
    long one)."""
    said = note if len(note) <= _NOTE_TO_COPY else "NOTIZ"
    commands = _each("notiz", numbers, f" {html.escape(said)}")
    return f"⚠️ Nicht gespeichert: Eine Notiz bitte mit der Nummer der Anfrage: {commands}"


def spaced_note(written: str) -> str:
    """ "/ notiz 2 Rückruf" (a space after the slash), "\\notiz 2 …": no command to
    Telegram; the note is kept nowhere and reaches no one, the command to copy."""
    return (
        "⚠️ Nicht gespeichert, nicht weitergegeben: Ein Befehl beginnt mit /, ohne "
        f"Leerzeichen danach: <code>{html.escape(written[:200])}</code>"
    )


#: "/notiz" alone in a lead's topic (where "/notiz Rückruf morgen" is kept).
#: An untagged message of signs only ("." under a colleague's note or the card): neither
#: sent to the person nor kept as a note.
SIGNS_ONLY = (
    "⚠️ Nichts gesendet, nichts gespeichert: Die Nachricht hat nur Satzzeichen. An die "
    "Person: bitte mit Worten antworten. Als Notiz: /notiz Rückruf morgen"
)
NOTE_EMPTY_HERE = (
    "⚠️ Nicht gespeichert: Die Notiz ist leer. Bitte so: /notiz Rückruf morgen (oder // Rückruf "
    "morgen)"
)


def _listed(cities: Sequence[str], *, markup: bool = True) -> str:
    """ "Leipzig", "Chemnitz und Leipzig", "Chemnitz, Dresden und Leipzig" (``markup``:
    escaped for Telegram's HTML; a button's answer shows plain text)."""
    named = [html.escape(city) if markup else city for city in cities]
    return " und ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named)


def _of_offices(cities: Sequence[str], *, markup: bool = True) -> str:
    """ "des Büros Leipzig", "der Büros Chemnitz und Leipzig": whose advisors may act. In a
    group of two offices "dieses Büros" left open which."""
    if not cities:
        return "dieser Gruppe"
    return ("des Büros " if len(cities) == 1 else "der Büros ") + _listed(cities, markup=markup)


def in_private_chat(own: Sequence[str], *, note: bool = False) -> str:
    """An advisor's command ("/leads", "/notiz 12 Rückruf") in her own chat with the bot,
    where it was "Diesen Befehl kenne ich nicht" and a person's language question: it
    works in the group of her offices (``own``; none named: every office's advisor).
    ``note``: a note command, whose note was kept nowhere."""
    offices = f" ({', '.join(own)})" if own else ""
    said = (
        f"Die Befehle für Beraterinnen und Berater gehen in der Gruppe Ihres Büros{offices}, "
        "nicht hier im Chat mit dem Bot."
    )
    return f"⚠️ Nicht gespeichert: {said}" if note else said


def _registered_for(own: Sequence[str]) -> str:
    """ " Sie sind für das Büro Dresden eingetragen." for an advisor of other offices
    (``own``), who is registered and was told only who may act here; "" for anyone else."""
    if not own:
        return ""
    where = ("das Büro " if len(own) == 1 else "die Büros ") + _listed(own)
    return f" Sie sind für {where} eingetragen."


def not_advisor(cities: Sequence[str], own: Sequence[str] = ()) -> str:
    """Said to someone who may not act here (the office or offices of ``cities``): a
    member who is no advisor, or an advisor of the offices ``own``."""
    return (
        f"Nur eingetragene Beraterinnen und Berater {_of_offices(cities)} können das."
        + _registered_for(own)
    )


def help_elsewhere(cities: Sequence[str], own: Sequence[str]) -> str:
    """ "/hilfe" (or a mistyped command) from an advisor of other offices (``own``): it
    went unanswered, as if the bot had not heard. The group's offices, and where the
    commands are hers."""
    here = ("zum Büro " if len(cities) == 1 else "zu den Büros ") + _listed(cities)
    whose = "dessen" if len(cities) == 1 else "deren"
    theirs = "dessen Gruppe" if len(own) == 1 else "deren Gruppen"
    return (
        f"Diese Gruppe gehört {here}; die Befehle hier können nur {whose} eingetragene "
        f"Beraterinnen und Berater nutzen.{_registered_for(own).removesuffix('.')}; /hilfe "
        f"zeigt die Befehle in {theirs}."
    )


LEAD_USAGE = (
    "Bitte so: /lead NUMMER, z. B. /lead 12, oder mit dem Namen, z. B. /lead Öztürk (im "
    "Thema einer Anfrage oder als Antwort auf ihre Nachricht auch nur /lead)"
)


def _each(command: str, numbers: Sequence[str], after: str = "") -> str:
    """One command per request to copy ("<code>/lead 2</code>, <code>/lead 3</code>"),
    five at most; a tap on a command would send it without its number."""
    return ", ".join(f"<code>/{command} {html.escape(n)}{after}</code>" for n in numbers[:5])


def erase_by_number(numbers: Sequence[str]) -> str:
    """Under the requests "/loeschen Omar" found by the name: nothing asked or erased; an
    erasure goes by the request's number, each command to copy."""
    return (
        "Nicht gelöscht: Gelöscht wird nur mit der Nummer der Anfrage, eine je Befehl (vor "
        f"dem Löschen fragt der Bot noch einmal nach): {_each('loeschen', numbers)}"
    )


def hand_over_by_number(
    numbers: Sequence[str],
    city: str | None,
    reason: str,
    cities: Sequence[str] = (),
    *,
    there: Sequence[str] = (),
) -> str:
    """Under the requests "/weitergeben Omar Dresden" found by the name: nothing handed
    over; one request per command, each to copy with the office and the reason (BÜRO and
    the ``cities`` there are, none named: "/weitergeben Omar"). ``there``: the requests
    already with the office ``city`` ("/weitergeben Omar Leipzig" in Leipzig's group
    offered a command that is then refused), said so and offered no command."""
    said = f" {html.escape(reason)}" if reason else ""
    commands = _each("weitergeben", numbers, f" {html.escape(city or 'BÜRO')}{said}")
    offices = "" if city else ". Büros: " + ", ".join(html.escape(c) for c in cities)
    how = f"Weitergegeben wird mit der Nummer der Anfrage: {commands}{offices}"
    if not there:
        return f"Nicht weitergegeben: {how}"
    which = " und ".join(f"#{html.escape(n)}" for n in there)
    lies = f"Anfrage {which} liegt" if len(there) == 1 else f"Anfragen {which} liegen"
    already = f"{lies} schon beim Büro {html.escape(city or '')}."
    return f"Nicht weitergegeben: {already}" + (f" {how}" if numbers else "")


def not_with_the_name(number: str, name: str, numbers: Sequence[str]) -> str:
    """Under the requests "/lead Omar 2" found by the name, request 2 not among them: it
    is not shown (another person's, or a number misheard); theirs to copy."""
    return (
        f"Anfrage #{html.escape(number)} hat nicht „{inert(name, 60)}“ im Namen. "
        f"Details: {_each('lead', numbers)}"
    )


def office_meant_first(typed: str, city: str | None) -> str:
    """Before the requests "/weitergeben Omar Dresdn" lists: the office typed is none, the
    one likely meant is in the commands to copy (never taken for it by itself)."""
    meant = f" Meinten Sie {html.escape(city)}?" if city else ""
    return f"Ein Büro „{html.escape(typed[:40])}“ gibt es nicht.{meant}\n"


def one_lead_at_a_time(others: Sequence[str]) -> str:
    """ "/lead 1 2": request 1 is shown; each further number is a command of its own, to
    copy."""
    commands = _each("lead", others)
    which = f"Anfrage #{others[0]}" if len(others) == 1 else "die weiteren Anfragen"
    return f"Je Befehl wird eine Nummer gelesen, die erste. Für {which} bitte: {commands}"


def lead_name_none(name: str, *, by: SearchedBy = "name", example: str = "/lead 12") -> str:
    """ "/lead Müller" found no request of this group with the name (``by``: "/lead 0341
    123456" with the phone number, "/lead ayse@gmx.de" with the e-mail address): maybe
    written otherwise, or the number is at hand (``example``: the command with it)."""
    typed = html.escape(name[:60])
    what = {
        "phone": f"der Telefonnummer „{typed}“",
        "email": f"der E-Mail-Adresse „{inert(name, 60)}“",
    }.get(by, f"„{typed}“ im Namen")
    return (
        f"In dieser Gruppe gibt es keine Anfrage mit {what} (auch keine erledigte). "
        f"Vielleicht anders geschrieben? Mit der Nummer geht es so: {example}; alle offenen "
        "Anfragen zeigt /leads."
    )


def phone_not_lead_number(command: str, typed: str, words: str = "") -> str:
    """ "/loeschen 0341 123456", "/export 01": a phone number where the request's number
    belongs (request 341, or 1, was acted on); /lead finds the request by that number.
    ``words``: what the command is to keep after the number ("/notiz 0341 123456 Rückruf
    erbeten": the note, the phone number in it), shown in the command to copy."""
    shown = html.escape(typed[:40])
    after = f" {html.escape(words[:200])}" if words else ""
    return (
        f"„{shown}“: Mit 0 oder + vorne ist das eine Telefonnummer, keine Nummer einer "
        f"Anfrage. Die Anfrage dazu finden Sie mit /lead {shown}, dann mit ihrer Nummer: "
        f"/{command} 12{after}"
    )


def lead_name_in_inbox(web_url: str | None) -> str:
    """ "/lead Müller" in a group whose office keeps personal data out of Telegram: a
    name is looked up in the web inbox."""
    where = f": {web_url}/inbox/leads" if web_url else "."
    return (
        "🔒 In diese Gruppe kommen keine persönlichen Daten, daher auch keine Suche nach "
        f"Namen. Nach Namen suchen Sie im Web-Posteingang{where} Hier geht: /lead NUMMER"
    )


#: Words after /leads that ask for closed requests ("/leads erledigt"), as spelled() writes them.
_CLOSED_WORDS = frozenset(
    {
        *("erledigt", "erledigte", "geschlossen", "geschlossene", "abgeschlossen"),
        *("abgeschlossene", "zurueckgezogen", "zurueckgezogene", "done", "closed"),
    }
)


def leads_usage(word: str, cities: Sequence[str], elsewhere: str | None = None) -> str:
    """Words after /leads it does not know (``word``), or an office ``elsewhere`` that
    another group serves: they were ignored, and the whole list came as if unasked."""
    if elsewhere is not None:
        said = (
            f"Die Anfragen des Büros {html.escape(elsewhere)} stehen nicht in dieser Gruppe; "
            f"/leads zeigt hier die {_of_offices(cities)}."
        )
    elif spelled(word) in _CLOSED_WORDS:
        # "/leads erledigt" was told the word was unknown, as if closed ones were gone.
        return (
            "/leads zeigt nur offene Anfragen (dazu: /leads neu, /leads übernommen, /leads "
            "meine). Eine erledigte oder zurückgezogene zeigt /lead NUMMER oder /lead NAME."
        )
    else:
        said = f"„{html.escape(word[:40])}“ kennt /leads nicht."
    office = f", /leads {html.escape(cities[0])} (nur ein Büro)" if len(cities) > 1 else ""
    return (
        f"{said} /leads zeigt die offenen Anfragen dieser Gruppe, dazu: /leads neu (noch "
        "nicht übernommen), /leads übernommen, /leads meine (von Ihnen übernommen)"
        f"{office}; eine Anfrage: /lead NUMMER"
    )


STALE_BUTTON = "Dieser Knopf ist veraltet."
TRY_AGAIN = "Das hat gerade nicht geklappt. Bitte in einem Moment noch einmal tippen."
WITHDRAWN_DO_NOT_CONTACT = (
    "Die Person hat ihre Anfrage zurückgezogen; bitte nicht mehr kontaktieren."
)
#: An advisor's message cancelled because the person withdrew before it went out.
NOT_DELIVERED_WITHDRAWN = (
    "⚠️ Anfrage #{lead}: Eine Nachricht an die Person wurde nicht zugestellt. "
    + WITHDRAWN_DO_NOT_CONTACT
)
#: A message to (or a note on) a withdrawn lead: said as not passed on, like the two below
#: (the bare request left open whether her words had gone).
WITHDRAWN_NOT_PASSED = "Nicht weitergegeben: " + WITHDRAWN_DO_NOT_CONTACT
#: A message to (or a note on) a done lead whose personal data have been deleted since.
ERASED_NOT_PASSED = (
    "Nicht weitergegeben: Diese Anfrage ist erledigt, und die persönlichen Daten der Person "
    "sind inzwischen gelöscht."
)
#: The same for an open lead erased after RETENTION_DAYS without work (bot.privacy.idle):
#: "ist erledigt" was untrue of a request nobody had worked on.
EXPIRED_NOT_PASSED = (
    "Nicht weitergegeben: Diese Anfrage blieb lange ohne Bearbeitung; nach Ablauf der "
    "Aufbewahrungsfrist sind die persönlichen Daten der Person gelöscht."
)
#: A message to (or a note on) a lead whose person's data an advisor erased at their
#: request (/loeschen, the inbox): "hat ihre Anfrage zurückgezogen" was not what she did.
ERASED_ON_REQUEST_NOT_PASSED = (
    "Nicht weitergegeben: Die personenbezogenen Daten der Person sind auf ihren Wunsch "
    "gelöscht; bitte nicht mehr kontaktieren."
)
#: What an advisor is told when a lead takes no more messages (RelayResult statuses).
GONE = {
    "closed": WITHDRAWN_NOT_PASSED,
    "erased_on_request": ERASED_ON_REQUEST_NOT_PASSED,
    "erased": ERASED_NOT_PASSED,
    "expired": EXPIRED_NOT_PASSED,
}

#: A reply to a bot message that belongs to no one request (/leads, /stats, /export):
#: it was dropped without a word, and the advisor believed the person had it.
NOT_A_LEAD_MESSAGE = (
    "⚠️ Nicht weitergegeben: Diese Nachricht gehört zu keiner einzelnen Anfrage. Bitte auf "
    "die Nachricht der Anfrage antworten (/lead NUMMER zeigt sie)."
)


def notice_not_passed(lead_id: int) -> str:
    """A reply to the bot's notice about a request (a new number, an answer not
    delivered): the notice is no message of the person's, and it was said to belong to
    no request."""
    return (
        f"⚠️ Nicht weitergegeben: Das ist ein Hinweis des Bots zu Anfrage #{lead_id}, keine "
        "Nachricht der Person. Für die Person bitte auf die Nachricht der Anfrage antworten "
        f"(/lead {lead_id} zeigt sie)."
    )


#: An advisor edited a message to someone in the web chat, which shows no corrections.
EDIT_NOT_TO_WEB = (
    "✏️ Die Änderung erreicht die Person nicht: Sie schreibt im Web-Chat, der nur neue "
    "Nachrichten zeigt. Bitte die Korrektur als neue Antwort senden."
)

RELAY_FAILED = (
    "⚠️ Die Antwort konnte gerade nicht weitergegeben werden. Bitte in einem Moment noch "
    "einmal als Antwort senden."
)


def colleague_has(lead_id: int | None, name: str, *, markup: bool = True) -> str:
    """Told to an advisor whose message went to a person whose request a colleague has
    (``markup``: as Telegram's HTML; the inbox's template escapes it itself)."""
    shown = html.escape(name) if markup else name
    return (
        f"ℹ️ Zugestellt. Anfrage #{lead_id} hat {shown} übernommen – bitte "
        "absprechen, damit die Person nicht doppelt kontaktiert wird."
    )


def text_only_to_web(lead_id: int | None, *, captioned: bool = False) -> str:
    """The answer to a photo, voice message or file for a person in the web chat
    (``captioned``: with words, which did not go either)."""
    what = "Nicht zugestellt, auch nicht der Text dazu." if captioned else "Nicht zugestellt."
    return (
        f"⚠️ Anfrage #{lead_id}: {what} Die Person schreibt im Web-Chat, der nur Text zeigt, "
        "keine Bilder, Sprachnachrichten oder Dateien. Bitte als Text schreiben."
    )


def not_reachable_on_telegram(lead_id: int | None) -> str:
    """The answer to an advisor's reply the bot cannot pass on through Telegram."""
    return (
        f"Anfrage #{lead_id}: Die Person ist über Telegram nicht erreichbar "
        "(Bot blockiert oder Anfrage nicht über Telegram). Bitte telefonisch oder per E-Mail."
    )


def export_in_inbox(web_url: str | None) -> str:
    """/export in a group whose office keeps personal data out of Telegram (minimal
    cards): the file would carry every lead's name, number and messages into the chat."""
    where = f": {web_url}/inbox/export" if web_url else " (Export)."
    return (
        "🔒 In diese Gruppe kommen keine persönlichen Daten, auch keine Export-Datei. "
        f"Die Anfragen als CSV-Datei gibt es im Web-Posteingang{where}"
    )


def export_one_at_a_time(numbers: Sequence[str], fmt: str) -> str:
    """ "/export 1 2", "/export 1,2": no file sent; one request per command, each command
    to copy with the kind of file asked for ("/export Excel 1,2")."""
    kind = " Excel" if fmt == "xlsx" else ""
    return (
        "Nicht gesendet: Je Befehl wird eine Anfrage als Datei geschickt (/export allein "
        f"schickt alle Anfragen dieser Gruppe). Bitte einzeln: {_each('export', numbers, kind)}"
    )


def export_by_number(numbers: Sequence[str], fmt: str) -> str:
    """Under the requests "/export Omar" found by the name: no file sent; one request's
    file per command, each to copy with the kind of file asked for."""
    kind = " Excel" if fmt == "xlsx" else ""
    return (
        "Nicht gesendet: Eine Anfrage als Datei schickt /export mit ihrer Nummer: "
        f"{_each('export', numbers, kind)}"
    )


def export_usage(word: str, cities: Sequence[str] = (), elsewhere: str | None = None) -> str:
    """Words after /export it does not know: the whole file came as if unasked. In a
    group of several offices (``cities``), one office's file is asked by its name; an
    office ``elsewhere`` that another group serves was told it was no word of /export's."""
    office = f", /export {html.escape(cities[0])} die eines Büros" if len(cities) > 1 else ""
    if elsewhere is not None:
        return (
            f"Die Anfragen des Büros {html.escape(elsewhere)} stehen nicht in dieser Gruppe; "
            f"/export schickt hier die {_of_offices(cities)} (offene und abgeschlossene) als "
            f"CSV-Datei, /export 12 nur die Anfrage 12{office}."
        )
    return (
        f"„{html.escape(word[:40])}“ kennt /export nicht. /export schickt alle Anfragen "
        "dieser Gruppe (offene und abgeschlossene) als CSV-Datei, /export 12 nur die "
        f"Anfrage 12{office}; /export neu, /export offen oder /export meine die, die /leads "
        "so zeigt."
    )


def stats_usage(word: str, cities: Sequence[str] = (), elsewhere: str | None = None) -> str:
    """Words after /stats it does not know: the group's statistics came as if unasked; an
    office ``elsewhere`` that another group serves was told it was no word of /stats'."""
    office = f", /stats {html.escape(cities[0])} die eines Büros" if len(cities) > 1 else ""
    if elsewhere is not None:
        return (
            f"Die Statistik des Büros {html.escape(elsewhere)} gibt es nicht in dieser Gruppe; "
            f"/stats zeigt hier die {_of_offices(cities)} für die letzten 7 und 30 Tage{office}."
        )
    return (
        f"„{html.escape(word[:40])}“ kennt /stats nicht. /stats zeigt die Statistik dieser "
        f"Gruppe für die letzten 7 und 30 Tage{office}."
    )


def export_caption(count: int, lead_id: int | None = None, chosen: str | None = None) -> str:
    """The export file's caption: how many requests, or which one; ``chosen``: which
    requests "/export neu" asked for ("Neue Anfragen")."""
    if lead_id is not None:
        return f"Export: Anfrage #{lead_id}"
    which = f" – {chosen}" if chosen else ""
    return f"Export: {count} Anfrage(n){which}"


def left_out_of_export(cities: list[str]) -> str:
    """The caption's note on offices of the group whose leads stay out of Telegram."""
    if not cities:
        return ""
    offices = "des Büros" if len(cities) == 1 else "der Büros"
    return f" – ohne die Anfragen {offices} {', '.join(cities)} (nur im Web-Posteingang)"


# Answers to an advisor's button press (shown as the callback answer, at most 200 characters).


def refusal(cities: Sequence[str]) -> str:
    """A tap on a card of the office of ``cities`` (or of the group's offices) by someone
    who is none of its advisors (in a group of two offices an advisor of the other:
    "dieses Büros" left open which); plain text, as a button's answer."""
    return (
        f"Nur eingetragene Beraterinnen und Berater {_of_offices(cities, markup=False)} "
        "können Anfragen bearbeiten."
    )


NOT_IN_THIS_GROUP = "Diese Anfrage gibt es in dieser Gruppe nicht."
ALREADY_CLOSED = "Diese Anfrage ist bereits abgeschlossen."
CLAIM_FIRST = "Bitte die Anfrage zuerst übernehmen."
ALREADY_REACHED = "Ist bereits als erreicht markiert."
#: The holder tapped "Übernehmen" again (a double tap, or the card not redrawn yet).
ALREADY_YOURS = "Sie haben diese Anfrage bereits übernommen."
#: "Wieder öffnen" on a lead that is open again (a double tap, a stale card).
ALREADY_OPEN = "Die Anfrage ist schon wieder offen."
#: "Zurück an Team" on a lead the team has already (a double tap, a stale card).
ALREADY_RELEASED = "Die Anfrage ist schon zurück beim Team."
CLAIMED_ANSWER = "Übernommen. Die Person wird benachrichtigt."
#: Nobody to tell (the person cannot be written to, or was told of this advisor before).
CLAIMED_QUIETLY = "Übernommen."
REACHED_ANSWER = "Als erreicht markiert."
DONE_ANSWER = "Erledigt. Danke!"
RELEASED_ANSWER = "Zurück an das Team."
REOPENED_ANSWER = "Wieder geöffnet – die Anfrage ist jetzt bei Ihnen."
NOT_REOPENABLE = "Diese Anfrage ist offen oder ihre Daten sind gelöscht."


def already_claimed(by: str | None) -> str:
    """The answer when someone else was quicker to claim a lead."""
    return f"Bereits übernommen von {by or 'jemand anderem'}."


def reached_by(by: str | None) -> str:
    """The answer to a colleague's "not reached" on a lead its holder marked reached."""
    return f"Bereits als erreicht markiert von {by or 'jemand anderem'}."


def not_reached_answer(attempts: int) -> str:
    """The answer to "not reached", with the attempts counted so far."""
    return f"Nicht erreicht – Versuch {attempts} notiert."


def attempt_noted_already(attempts: int) -> str:
    """The answer to "not reached" tapped again within a minute: the same attempt."""
    return f"Versuch {attempts} ist schon notiert."


#: Told to the group when the outbox may no longer write to the person.
UNREACHABLE = (
    "⚠️ Anfrage #{lead}: Die Person hat den Bot blockiert oder ihre Daten gelöscht und ist "
    "über Telegram nicht erreichbar."
)


# -- handing a lead over to another office (bot.advisor.handover) --------------------

HANDOVER_CLOSED = (
    "Erledigte und zurückgezogene Anfragen werden nicht weitergegeben. Eine erledigte "
    "Anfrage bitte erst wieder öffnen."
)


def handover_usage(
    cities: Sequence[str], example: str, lead_id: int | None = None, *, typed: str = ""
) -> str:
    """How /weitergeben is written, with the offices it knows (``example``: an office the
    group's leads can go to, not its own); for ``lead_id``, in its topic without NUMMER
    (the topic says which request), or with the number the advisor ``typed``."""
    city = html.escape(example)
    offices = "Büros: " + ", ".join(html.escape(city) for city in cities)
    if lead_id is not None:
        command = f"/weitergeben {html.escape(typed)} " if typed else "/weitergeben "
        return (
            f"An welches Büro soll Anfrage #{lead_id}? Bitte so: {command}BÜRO, dahinter "
            f"auf Wunsch der Grund, z. B. {command}{city} – wohnt in {city}. {offices}"
        )
    return (
        "Bitte so: /weitergeben NUMMER BÜRO, dahinter auf Wunsch der Grund, z. B. "
        f"/weitergeben 12 {city} – wohnt in {city} (im Thema einer Anfrage oder als Antwort "
        f"auf ihre Nachricht ohne NUMMER). {offices}"
    )


def handover_asked(digits: str, city: str | None, words: Sequence[str]) -> str:
    """/weitergeben with a "?" after the number ("/weitergeben 12? Dresden"): the command
    to send (``words``: those typed after the number), since a hand-over is done at once
    and not guessed from a question."""
    if city is None:
        return (
            f"Anfrage #{digits} weitergeben? Dann bitte mit dem Büro und ohne Fragezeichen: "
            f"/weitergeben {digits} BÜRO"
        )
    typed = html.escape(" ".join(words)[:200])
    return (
        f"Anfrage #{digits} an das Büro {html.escape(city)} weitergeben? Dann bitte ohne "
        f"Fragezeichen senden: /weitergeben {digits} {typed}"
    )


def no_such_office(
    typed: str, cities: Sequence[str], meant: str | None = None, command: str = ""
) -> str:
    """/weitergeben with an office there is not ("Görlitz"), and those there are; with
    the one a typo or a plate's letters likely ``meant`` ("Dresdn", "DD": Dresden), and
    the ``command`` written with it, to copy."""
    offices = "Büros: " + ", ".join(html.escape(city) for city in cities)
    said = f"Ein Büro „{html.escape(typed[:40])}“ gibt es nicht."
    if not meant:
        return f"{said} {offices}"
    # In <code>, a tap copies the command (a tap on a command sends it without its words).
    copy = f" Dann so: <code>{html.escape(command)}</code>" if command else ""
    return f"{said} {offices}. Meinten Sie {html.escape(meant)}?{copy}"


def handover_one_at_a_time(numbers: Sequence[str], city: str | None, reason: str) -> str:
    """ "/weitergeben 1 2 Dresden": nothing handed over; one request per command, each
    to copy with the office (or BÜRO, none named) and the reason."""
    office = html.escape(city) if city else "BÜRO"
    said = f" {html.escape(reason)}" if reason else ""
    commands = _each("weitergeben", numbers, f" {office}{said}")
    return (
        f"Nicht weitergegeben: Je Befehl wird eine Anfrage weitergegeben. Bitte einzeln: {commands}"
    )


def handover_same_office(lead_id: int, city: str) -> str:
    return f"Anfrage #{lead_id} liegt schon beim Büro {html.escape(city)}."


def handed_over(lead_id: int, city: str, *, person_told: bool) -> str:
    """The answer to a hand-over that happened (``person_told``: the bot can reach the
    person and tells them; else the office should, when it calls)."""
    told = "die Person auch" if person_told else "die Person erreicht der Bot nicht"
    office = html.escape(city)
    return f"↪️ Anfrage #{lead_id} ist jetzt beim Büro {office}; es wird benachrichtigt, {told}."


def now_with(lead_id: int, city: str) -> str:
    """Said to whoever acts on a lead their office handed over (a second tap, a page left
    open): where it is now."""
    return f"Anfrage #{lead_id} ist jetzt beim Büro {html.escape(city)}."


def not_erased_now_with(lead_id: int, city: str) -> str:
    """ "Ja, endgültig löschen" under /loeschen's question after a colleague handed the
    lead over (it was "Diese Anfrage gibt es in dieser Gruppe nicht")."""
    return f"Nicht gelöscht: {now_with(lead_id, city)}"


#: /loeschen without a number, outside a lead's topic.
PHONE_USAGE = (
    "Bitte so: /nummer NUMMER TELEFON, z. B. /nummer 12 0176 12345678 (im Thema einer "
    "Anfrage oder als Antwort auf ihre Nachricht auch ohne NUMMER)"
)


def phone_invalid(typed: str) -> str:
    """ "/nummer 12 0176 123": no number a phone reaches, nothing changed."""
    return (
        f"⚠️ Nicht geändert: „{html.escape(typed[:40])}“ ist keine gültige Telefonnummer. "
        "Bitte mit Vorwahl, z. B. /nummer 12 0176 12345678"
    )


def phone_set(lead_id: int) -> str:
    """ "/nummer 12 0176 …" done (the number not written again: a copy /delete would have
    to find; nor "on the card": an office that keeps personal data out of Telegram shows
    none there)."""
    return f"📞 Anfrage #{lead_id}: Neue Telefonnummer gespeichert."


def phone_same(lead_id: int) -> str:
    """ "/nummer 12 …" with the number the request has already."""
    return f"Anfrage #{lead_id} hat diese Telefonnummer schon."


def phone_gone(lead_id: int) -> str:
    """ "/nummer 12 …" on a request whose data were erased, or withdrawn."""
    return f"Nicht geändert: Die Daten der Anfrage #{lead_id} sind gelöscht."


def phone_in_note(command: str) -> str:
    """Under a note that holds a phone number: it stays a note; the command that makes it
    the request's, to copy."""
    return f"Ist das die neue Telefonnummer der Person? Dann: <code>{html.escape(command)}</code>"


ERASE_USAGE = (
    "Bitte so: /loeschen NUMMER, z. B. /loeschen 12 (im Thema einer Anfrage oder als Antwort "
    "auf ihre Nachricht auch nur /loeschen). Nur auf Wunsch der Person selbst."
)


def erase_not_all(retention_days: int) -> str:
    """ "/loeschen alle": nothing asked or erased (it looked for „alle“ in a name); an
    erasure is a person's wish, one request per command, asked about first; the rest the
    bot erases by itself after the retention time."""
    return (
        "⚠️ Nichts gelöscht. /loeschen löscht die Daten einer Person nur auf Wunsch der Person "
        "selbst, eine Anfrage je Befehl: <code>/loeschen 12</code> (vor dem Löschen fragt der "
        "Bot noch einmal nach). Ohne diesen Wunsch löscht der Bot die Daten von selbst: "
        f"{retention_days} Tage nach dem Abschluss der Anfrage, eine offene Anfrage "
        f"{retention_days} Tage nach der letzten Aktivität. Die Nummern zeigt /leads."
    )


def erase_one_at_a_time(numbers: Sequence[str]) -> str:
    """ "/loeschen 1,2", "/loeschen 1 2": nothing asked or erased; one request per command,
    each asked about first (an erasure cannot be undone), each command to copy."""
    commands = _each("loeschen", numbers)
    return (
        "Nicht gelöscht: Nach /loeschen bitte nur die Nummer, eine Anfrage je Befehl (vor "
        f"jedem Löschen fragt der Bot noch einmal nach). Bitte einzeln: {commands}"
    )


def erase_number_only(digits: str) -> str:
    """ "/loeschen 1 2": more after the number than a polite word; nothing asked (one
    request at a time, each asked about first)."""
    return (
        f"Nach /loeschen bitte nur die Nummer, eine Anfrage je Befehl: "
        f"<code>/loeschen {html.escape(digits)}</code>"
    )


def erase_question(lead_id: int, others: list[int]) -> str:
    """/loeschen N asks first (as /delete asks the person): what goes, what stays. Without
    the person's data: this message is not one the erasure removes."""
    also = (
        f" Ebenso bei ihren weiteren Anfragen: {', '.join(f'#{n}' for n in others)}."
        if others
        else ""
    )
    return (
        f"🗑 Anfrage #{lead_id}: personenbezogene Daten der Person löschen?\n"
        "Gelöscht wird, was die Person selbst mit /delete löscht: Name, Kontaktdaten, getippte "
        f"Angaben und alle Nachrichten, auch die mit ihren Daten hier in der Gruppe.{also} "
        "Offene Anfragen werden zurückgezogen; eine anonyme Zeile für die Statistik bleibt. "
        "Nur auf Wunsch der Person selbst (bei Minderjährigen auch ihrer Eltern). Die Person "
        "bekommt darüber keine Nachricht. Das lässt sich nicht rückgängig machen."
    )


def erased_by(lead_id: int, erased: tuple[int, ...], name: str) -> str:
    """The question, once answered "Ja": what was erased, and by whom."""
    others = [f"#{number}" for number in erased if number != lead_id]
    also = f" (ebenso bei Anfrage {', '.join(others)})" if others else ""
    return (
        f"🗑 Anfrage #{lead_id}: Die personenbezogenen Daten der Person sind gelöscht{also}, "
        f"auf ihren Wunsch, von {name}."
    )


def erase_cancelled(lead_id: int) -> str:
    """The question, once answered "Abbrechen"."""
    return f"Nicht gelöscht: Anfrage #{lead_id} bleibt, wie sie ist."


def erased_already(lead_id: int) -> str:
    """/loeschen (or its "Ja" again) for a lead whose data are gone already."""
    return f"Die personenbezogenen Daten von Anfrage #{lead_id} sind bereits gelöscht."


#: The "Ja" tap's own answer; the question above says what was erased.
ERASED_ANSWER = "Die Daten sind gelöscht."


def lead_erased(lead_id: int) -> str:
    """Said to whoever taps a card of a lead whose personal data were erased meanwhile
    (its topic and card deleted with them)."""
    return f"Anfrage #{lead_id} wurde gelöscht: Die persönlichen Daten der Person sind entfernt."


def moved_not_passed(lead_id: int, city: str) -> str:
    """Told to an advisor who writes about a lead their office has handed over."""
    return "⚠️ Nicht weitergegeben: " + now_with(lead_id, city)


def held_moved(lead_id: int, city: str) -> str:
    """The bot's question about a held message once its lead went to another office's
    chat: it can no longer be answered, and its buttons are gone (a tap only said where
    the lead was)."""
    return (
        moved_not_passed(lead_id, city)
        + " Die zurückgehaltene Nachricht ging nicht an die Person und ist nicht gespeichert."
    )


#: An advisor's message to the person, edited to start with a note tag.
#: Said when a message never passed on is edited into a note: kept now.
EDIT_NOTED = "📝 Jetzt als interne Notiz gespeichert."

EDIT_KEPT_AS_NOTE = (
    "⚠️ Die Person hat die erste Fassung schon erhalten. Die Änderung ist als interne Notiz "
    "gespeichert und nicht an die Person gegangen."
)


def unsure_note(tag: str, *, buttons: bool = False) -> str:
    """Said when an advisor's message starts with what may be a mistyped note tag: held
    back, since the team's words must never reach the person by a typo (``buttons``: the
    question carries the two answers, bot.advisor.held)."""
    asked = f"⚠️ Nicht weitergegeben: Ist „{html.escape(tag)}“ als interne Notiz gemeint? "
    if buttons:
        return asked + (
            "Bitte unten tippen, wie die Nachricht gemeint ist. (Künftig: „#notiz“ oder „//“ "
            "am Anfang macht eine Notiz.)"
        )
    return asked + (
        "Dann bitte mit „#notiz“ oder „//“ am Anfang noch einmal senden. Ist es für die "
        "Person, bitte ohne dieses Wort am Anfang noch einmal senden."
    )


#: A reply to an internal note (a colleague's, or one's own): the team's talk, most
#: likely, which went to the person.
REPLY_TO_NOTE = (
    "⚠️ Nicht weitergegeben: Das ist eine Antwort auf eine interne Notiz. Ist sie für die "
    "Person oder fürs Team? Bitte unten tippen."
)
#: A bare "ok", "ja" or "Danke dir!" as a reply to a colleague's message: her words are
#: acknowledged, which is the team's talk; the person would get a lone "ok".
REPLY_TO_COLLEAGUE = (
    "⚠️ Nicht weitergegeben: Das ist eine kurze Antwort auf die Nachricht einer Kollegin "
    "oder eines Kollegen. Ist sie für die Person oder fürs Team? Bitte unten tippen."
)
#: The same under the request's own message ("übernehme ich", "ok"): said to the team,
#: in a group without topics, as likely as to the person.
REPLY_TO_CARD = (
    "⚠️ Nicht weitergegeben: Das ist eine kurze Antwort auf die Nachricht der Anfrage. Ist "
    "sie für die Person oder fürs Team? Bitte unten tippen."
)
#: A message that starts with an @name: someone in the group, never the person, who is
#: no member of it.
ADDRESSED = (
    "⚠️ Nicht weitergegeben: Die Nachricht beginnt mit einem @Namen aus der Gruppe. Ist "
    "sie für die Person oder fürs Team? Bitte unten tippen."
)
#: A reply to the bot's question with words of its own ("Nein, das ist für die Person"),
#: or in a lead's topic to another hint of the bot's ("ok, mach ich"): meant for the bot
#: or the team as likely as for the person.
REPLY_TO_QUESTION = (
    "⚠️ Nicht weitergegeben: Das ist eine Antwort auf den Hinweis des Bots. Ist sie für "
    "die Person oder fürs Team? Bitte unten tippen."
)
#: A bare "ja" or "Notiz" as a reply to the question: it answers nothing the bot can act
#: on, and "ja" went to the person before.
HELD_TAP_PLEASE = (
    "⚠️ Nicht weitergegeben. Bitte unter dem Hinweis tippen: „📝 Als interne Notiz "
    "speichern“ oder „➡️ An die Person senden“."
)


def held_author_first_reply(minutes: int) -> str:
    """A colleague's bare answer as a reply to the question while the held message is
    still its author's to decide: tapping would be refused (her name is not stored)."""
    left = _minutes_left(minutes)
    return (
        "⚠️ Nicht weitergegeben. Über die Nachricht entscheidet zuerst, wer sie geschrieben"
        f" hat ({left}), danach kann es jede und jeder hier."
    )


def held_open_in_topic(typed: str) -> str:
    """A bare "ja", "ok" or "Notiz" typed (not replied) in a lead's topic while the bot's
    question about a held message waits there: meant for the bot, it went to the person."""
    return (
        f"⚠️ Nicht weitergegeben: „{html.escape(typed[:40])}“ ist nicht an die Person "
        "gegangen, weil hier noch die Frage des Bots zu einer zurückgehaltenen Nachricht "
        "offen ist. Bitte unter der Frage tippen: „📝 Als interne Notiz speichern“ oder "
        "„➡️ An die Person senden“. War es für die Person gemeint, danach bitte noch "
        "einmal senden."
    )


def passed_while_author_decides(typed: str, minutes: int) -> str:
    """A colleague's bare "ja" typed in a lead's topic while the bot's question about
    another advisor's held message waits there, which its author decides alone for
    ``minutes`` more: it went to the person, and she learns it (she may have meant the
    question's buttons)."""
    return (
        f"➡️ „{html.escape(typed[:40])}“ ist an die Person gegangen. Die offene Frage des "
        "Bots hier betrifft die Nachricht von jemand anderem aus dem Team: darüber "
        f"entscheidet zuerst, wer sie geschrieben hat ({_minutes_left(minutes)}), danach "
        "kann es jede und jeder hier."
    )


#: The question's button pressed by someone other than the message's author.
HELD_NOT_YOURS = "Nur wer die Nachricht geschrieben hat, kann das entscheiden."


def _minutes_left(minutes: int) -> str:
    return "noch 1 Minute" if minutes == 1 else f"noch {minutes} Minuten"


def held_author_first(name: str, minutes: int) -> str:
    """A colleague's tap while the held message is still its author's to decide."""
    left = _minutes_left(minutes)
    return (
        f"Die Nachricht ist von {name}: {name} entscheidet zuerst ({left}),"
        " danach kann es jede und jeder hier."
    )


#: The held message was deleted since (the press no longer carries it).
HELD_GONE = "Die zurückgehaltene Nachricht gibt es nicht mehr. Bitte neu schreiben."
#: The question answered before (a double tap, or an edit passed the message on).
HELD_DONE_ALREADY = "Schon erledigt."
HELD_NOTED = "📝 Als interne Notiz gespeichert."
HELD_SENT = "➡️ Wird an die Person gesendet."


def held_settled(tag: str, outcome: str, name: str, author: str | None = None) -> str:
    """The question as it reads once answered (its buttons gone): who decided what
    (``tag``: the unsure tag it began with, "" for a reply to a note; ``author``: the
    colleague it was decided for, when not by her)."""
    by = html.escape(name) + (f" für {html.escape(author)}" if author else "")
    return f"{_held_message(tag)}: {outcome} (entschieden von {by})"


def held_empty(tag: str) -> str:
    """The question once its held message, said to be a note, was none ("Note: ."):
    nothing after the tag. Its buttons go: "An die Person senden" would send the empty
    words, and the advisor writes the note anew."""
    return (
        f"{_held_message(tag)}: nicht gespeichert, die Notiz ist leer; nicht an die Person "
        "gesendet. Bitte neu schreiben."
    )


def _held_message(tag: str) -> str:
    """The held message as its question names it (``tag``: its unsure tag, or "")."""
    return f"Die Nachricht mit „{html.escape(tag)}“ am Anfang" if tag else "Die Nachricht"


#: How the note of a hand-over's reason starts (the other office's card shows the reason).
HANDOVER_NOTE_START = "Weitergegeben vom Büro "


def handover_note(city_from: str, reason: str) -> str:
    """The internal note that keeps the advisor's reason with the lead (plain text)."""
    return f"{HANDOVER_NOTE_START}{city_from}: {reason.strip()}"
