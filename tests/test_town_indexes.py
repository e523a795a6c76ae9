"""The towns are read and indexed while the bot starts, not when the first town is written."""

from __future__ import annotations

from importlib import resources

import pytest

from bot import places, town_scripts
from tests.live_bot import RecordingFake
from tests.telegram_harness import running_bot, settings_for


def _forget_the_indexes() -> None:
    places.towns_by_name.cache_clear()
    places.all_towns.cache_clear()
    places._saxon_names.cache_clear()
    town_scripts._towns_by_sound.cache_clear()
    town_scripts._towns_by_consonants.cache_clear()


async def test_the_towns_are_indexed_before_the_first_update(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_the_indexes()
    async with RecordingFake() as fake, running_bot(settings_for(fake, database_url), jobs=True):
        # Built on the event loop at the first town, the file would be read now.
        def unread(package: str) -> object:
            raise AssertionError(f"{package}'s data read after start-up")

        monkeypatch.setattr(resources, "files", unread)
        assert [t.name for t in places.towns_called("Zwickau")] == ["Zwickau"]
        assert town_scripts.towns_written_in_cyrillic("Цвікау")[0].name == "Zwickau"
        assert town_scripts.towns_written_in_arabic("زفيكاو")[0].name == "Zwickau"
        assert [t.name for t in places.towns_close_to("Zwikau")] == ["Zwickau"]
        monkeypatch.undo()
