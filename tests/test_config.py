"""Settings from the environment, the token check and the offices file."""

from pathlib import Path

import pytest

from bot.config import DEFAULT_OFFICES_FILE, ConfigError, Settings, load_settings
from bot.offices import Office, configured_offices, load_offices

GOOD_TOKEN = "123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ_-"

VALID_OFFICES = """
[offices.dresden]
name = "Büro Dresden"
city = "Dresden"
phone = "+49 351 0000000"
email = "dresden@example.org"
advisor_chat_id = -100123
advisor_ids = [11, 12]

[offices.chemnitz]
name = "Büro Chemnitz"
city = "Chemnitz"
placeholder = true
phone = ""

[offices.leipzig]
name = "Büro Leipzig"
city = "Leipzig"
notify_email = "leads@example.org"
"""


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # The developer's shell or CI may export real values; tests start from defaults.
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def settings(**overrides: object) -> Settings:
    return load_settings(_env_file=None, **overrides)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "offices.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- Settings ---------------------------------------------------------------


def test_defaults() -> None:
    s = settings()
    assert s.telegram_bot_token is None
    assert s.telegram_base_url == "https://api.telegram.org/bot"
    assert s.database_url == "sqlite+aiosqlite:///data/kausa.db"
    assert s.offices_file == DEFAULT_OFFICES_FILE
    assert s.offices_file.is_absolute() and s.offices_file.is_file()
    assert s.advisor_chat_id is None
    assert s.advisor_ids == frozenset()
    assert s.privacy_controller == "ARBEIT UND LEBEN Sachsen e.V."
    assert s.privacy_policy_url == ""
    assert s.privacy_contact == ""
    assert s.retention_days == 180
    assert s.log_level == "INFO"
    assert (s.smtp_host, s.smtp_port, s.smtp_user, s.smtp_password) == (None, 25, None, None)
    assert (s.smtp_from, s.smtp_starttls) == (None, False)
    assert (s.webhook_url, s.webhook_secret) == (None, None)
    assert (s.webhook_listen, s.webhook_port) == ("127.0.0.1", 8443)
    assert s.reminder_unclaimed_hours == 4.0
    assert s.reminder_claimed_days == 3
    assert s.timezone == "Europe/Berlin"


def test_env_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", GOOD_TOKEN)
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://u@db/kausa")
    monkeypatch.setenv("OFFICES_FILE", str(tmp_path / "o.toml"))
    monkeypatch.setenv("ADVISOR_CHAT_ID", "-1001234")
    monkeypatch.setenv("RETENTION_DAYS", "30")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("SMTP_HOST", "mail.example.org")
    monkeypatch.setenv("SMTP_PORT", "587")
    monkeypatch.setenv("SMTP_STARTTLS", "true")
    monkeypatch.setenv("SMTP_PASSWORD", "hunter2")
    monkeypatch.setenv("WEBHOOK_PORT", "9000")
    monkeypatch.setenv("REMINDER_UNCLAIMED_HOURS", "1.5")
    monkeypatch.setenv("TIMEZONE", "UTC")
    s = settings()
    assert s.token() == GOOD_TOKEN
    assert s.database_url == "postgresql+asyncpg://u@db/kausa"
    assert s.offices_file == tmp_path / "o.toml"
    assert s.advisor_chat_id == -1001234
    assert s.retention_days == 30
    assert s.log_level == "DEBUG"
    assert (s.smtp_host, s.smtp_port, s.smtp_starttls) == ("mail.example.org", 587, True)
    assert s.smtp_password is not None and s.smtp_password.get_secret_value() == "hunter2"
    assert s.webhook_port == 9000
    assert s.reminder_unclaimed_hours == 1.5
    assert s.timezone == "UTC"
    # Secrets stay out of reprs (and so out of logs).
    assert GOOD_TOKEN not in repr(s) and "hunter2" not in repr(s)


def test_empty_env_values_mean_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # .env.example is copied with empty values; they must not break parsing.
    for name in ("ADVISOR_CHAT_ID", "ADVISOR_IDS", "SMTP_PORT", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.setenv(name, "")
    s = settings()
    assert (s.advisor_chat_id, s.advisor_ids, s.smtp_port) == (None, frozenset(), 25)


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("ADVISOR_IDS=5,6\nRETENTION_DAYS=90\nUNRELATED=x\n", encoding="utf-8")
    s = load_settings(_env_file=env)
    assert s.advisor_ids == frozenset({5, 6})
    assert s.retention_days == 90


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("123", {123}),
        ("123,456", {123, 456}),
        (" 123 , 456 ,", {123, 456}),
        ("123 456", {123, 456}),
        ("123,123", {123}),
    ],
)
def test_advisor_ids_parsing(monkeypatch: pytest.MonkeyPatch, raw: str, expected: set[int]) -> None:
    monkeypatch.setenv("ADVISOR_IDS", raw)
    assert settings().advisor_ids == frozenset(expected)


def test_advisor_ids_override_accepts_collections() -> None:
    assert settings(advisor_ids=[1, 2]).advisor_ids == frozenset({1, 2})


@pytest.mark.parametrize("raw", ["abc", "123,x", "[1, 2]", "1.5"])
def test_advisor_ids_invalid(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("ADVISOR_IDS", raw)
    with pytest.raises(ConfigError, match="ADVISOR_IDS"):
        settings()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RETENTION_DAYS", "0"),
        ("RETENTION_DAYS", "many"),
        ("BACKUP_DAYS", "1"),
        ("BACKUP_DAYS", "two weeks"),
        ("SMTP_PORT", "70000"),
        ("LOG_LEVEL", "LOUD"),
        ("TIMEZONE", "Mars/Olympus"),
        ("REMINDER_UNCLAIMED_HOURS", "-1"),
    ],
)
def test_invalid_values_give_one_line_config_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        settings()
    message = str(info.value)
    assert name in message
    assert "\n" not in message


def test_token_missing() -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN is not set"):
        settings().token()


@pytest.mark.parametrize(
    "bad",
    [
        "not-a-token",
        "123456789",
        "1234:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ",  # bot id too short
        "123456789:short",
        "123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp QQ",  # inner space
        "123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp/QQ",
    ],
)
def test_token_malformed_does_not_echo_token(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", bad)
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN looks malformed") as info:
        settings().token()
    message = str(info.value)
    assert bad not in message
    assert bad.split(":")[-1] not in message


def test_token_surrounding_whitespace_is_tolerated() -> None:
    assert settings(telegram_bot_token=f" {GOOD_TOKEN}\n").token() == GOOD_TOKEN


# --- Offices ----------------------------------------------------------------


def test_example_file_loads_with_all_offices_as_placeholders() -> None:
    offices = load_offices(DEFAULT_OFFICES_FILE)
    assert set(offices) == {"dresden", "chemnitz", "leipzig"}
    for key, office in offices.items():
        assert office.key == key
        assert office.placeholder
        assert not office.has_contacts
        # Never ship invented contact data.
        assert (office.phone, office.email, office.address, office.hours) == (None,) * 4
        assert office.notify_email is None
        assert office.advisor_chat_id is None and office.advisor_ids == frozenset()
        assert office.city.lower() == key
        assert office.name.startswith("KAUSA-Landesstelle Sachsen")


def test_default_settings_load_example_offices() -> None:
    offices = configured_offices(settings())
    assert all(office.placeholder for office in offices.values())


def test_load_valid_file(tmp_path: Path) -> None:
    offices = load_offices(write(tmp_path, VALID_OFFICES))
    dresden = offices["dresden"]
    assert dresden == Office(
        key="dresden",
        name="Büro Dresden",
        city="Dresden",
        phone="+49 351 0000000",
        email="dresden@example.org",
        advisor_chat_id=-100123,
        advisor_ids=frozenset({11, 12}),
    )
    assert dresden.has_contacts
    assert offices["chemnitz"].placeholder and offices["chemnitz"].phone is None
    assert not offices["chemnitz"].has_contacts
    # Not a placeholder, but nothing to show either.
    assert not offices["leipzig"].has_contacts
    assert offices["leipzig"].notify_email == "leads@example.org"


def test_placeholder_hides_even_filled_contacts(tmp_path: Path) -> None:
    text = VALID_OFFICES.replace(
        "advisor_ids = [11, 12]", "advisor_ids = [11, 12]\nplaceholder = true"
    )
    assert not load_offices(write(tmp_path, text))["dresden"].has_contacts


def test_env_advisors_are_fallback_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFICES_FILE", str(write(tmp_path, VALID_OFFICES)))
    monkeypatch.setenv("ADVISOR_CHAT_ID", "-999")
    monkeypatch.setenv("ADVISOR_IDS", "7,8")
    offices = configured_offices(settings())
    # File values win ...
    assert offices["dresden"].advisor_chat_id == -100123
    assert offices["dresden"].advisor_ids == frozenset({11, 12})
    # ... env fills the gaps.
    assert offices["leipzig"].advisor_chat_id == -999
    assert offices["leipzig"].advisor_ids == frozenset({7, 8})


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml") as info:
        load_offices(path)
    assert "not found" in str(info.value)


def test_settings_offices_with_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml"):
        configured_offices(settings(offices_file=tmp_path / "nope.toml"))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[offices.dresden\nname = 1", "not valid TOML"),
        ("title = 'x'", "unknown top-level"),
        ("", "missing \\[offices"),
        (VALID_OFFICES.split("[offices.leipzig]")[0], "missing office\\(s\\): leipzig"),
        (VALID_OFFICES + '\n[offices.zwickau]\nname = "x"\ncity = "x"\n', "unknown office"),
        # A misspelt office was told as "missing office(s): dresden" alone, while the
        # operator saw its table in the file.
        (
            VALID_OFFICES.replace("[offices.dresden]", "[offices.dresdn]"),
            r"unknown office\(s\): dresdn \(expected dresden, chemnitz, leipzig\); "
            r"missing office\(s\): dresden",
        ),
        (VALID_OFFICES.replace('name = "Büro Dresden"\n', ""), "dresden.*name is required"),
        (VALID_OFFICES.replace('"+49 351 0000000"', "3510000000"), "phone must be a string"),
        (VALID_OFFICES.replace("-100123", '"-100123"'), "advisor_chat_id must be an integer"),
        (VALID_OFFICES.replace("-100123", "true"), "advisor_chat_id must be an integer"),
        # A person's own chat: the leads (names, numbers) would go to one private chat.
        (
            VALID_OFFICES.replace("-100123", "123456789"),
            r"advisor_chat_id must be a group's id \(negative, such as -1001234567890\); "
            r"123456789 is a private chat",
        ),
        (VALID_OFFICES.replace("[11, 12]", '"11,12"'), "advisor_ids must be a list"),
        (VALID_OFFICES.replace("placeholder = true", 'placeholder = "yes"'), "placeholder"),
        (VALID_OFFICES.replace('phone = ""', 'telefon = ""'), "unknown key.*telefon"),
        (VALID_OFFICES.replace("dresden@example.org", "dresden-at-example"), "not a valid e-mail"),
        (VALID_OFFICES.replace("leads@example.org", "leads"), "notify_email"),
    ],
)
def test_broken_files(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=problem) as info:
        load_offices(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "sqlite+aiosqlite:////var/lib/kausa-bot/kausa.db   # or PostgreSQL"),
        ("WEBHOOK_SECRET", "0123abcd   # e.g. `openssl rand -hex 32`"),
    ],
)
def test_a_comment_after_a_value_is_refused_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    # docs/operations.md's lines, pasted into systemd's EnvironmentFile, kept their
    # comments: the bot created the SQLite file "kausa.db   # or PostgreSQL".
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        settings()
    message = str(error.value)
    assert name in message and "comment" in message and "line of its own" in message
    assert value.split()[0] not in message


def test_a_bot_api_address_without_its_scheme_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # "api.telegram.org/bot" was taken, and the start then said Telegram was unreachable.
    monkeypatch.setenv("TELEGRAM_BASE_URL", "api.telegram.org/bot")
    with pytest.raises(ConfigError, match=r"TELEGRAM_BASE_URL.*https://api\.telegram\.org/bot"):
        settings()
    monkeypatch.setenv("TELEGRAM_BASE_URL", "http://127.0.0.1:8081/bot")
    assert settings().telegram_base_url == "http://127.0.0.1:8081/bot"


@pytest.mark.parametrize("name", ["SMTP_PASSWORD", "TRANSLATION_API_KEY", "WEB_SECRET"])
def test_a_secret_with_a_hash_is_taken_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str
) -> None:
    # A password "ab #cd" was refused as a comment after a value. Written in quotes,
    # systemd's EnvironmentFile hands it to the bot whole, and so does a .env file.
    monkeypatch.setenv(name, "ab #cd")
    from_systemd = getattr(settings(), name.lower())
    monkeypatch.delenv(name)
    env = tmp_path / ".env"
    env.write_text(f'{name}="ab #cd"\n', encoding="utf-8")
    from_dotenv = getattr(load_settings(_env_file=env), name.lower())
    assert from_systemd.get_secret_value() == from_dotenv.get_secret_value() == "ab #cd"


def test_a_privacy_contact_with_a_hash_is_taken_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIVACY_CONTACT", "Datenschutz, Raum #3, Dresden")
    assert settings().privacy_contact == "Datenschutz, Raum #3, Dresden"


@pytest.mark.parametrize("given", ["www.kausa-sachsen.de/datenschutz", "kausa-sachsen.de"])
def test_a_privacy_policy_address_without_its_scheme_is_refused(given: str) -> None:
    # Taken as it was, the notice ended with "Full privacy policy: www.kausa-sachsen.de/…"
    # as plain text: the web chat links http(s) addresses only, so nobody could open it.
    with pytest.raises(ConfigError) as info:
        settings(privacy_policy_url=given)
    assert str(info.value) == (
        "invalid configuration: PRIVACY_POLICY_URL: Value error, must be an http(s) URL "
        "such as https://www.kausa-sachsen.de/datenschutz"
    )


def test_a_privacy_policy_address_is_kept_as_given() -> None:
    url = "https://www.kausa-sachsen.de/datenschutz/"
    assert settings(privacy_policy_url=f" {url} ").privacy_policy_url == url
    assert settings(privacy_policy_url="").privacy_policy_url == ""


def test_a_private_chat_as_advisor_chat_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ADVISOR_CHAT_ID", "123456789")
    with pytest.raises(ConfigError) as error:
        settings()
    assert str(error.value) == (
        "invalid configuration: ADVISOR_CHAT_ID: Value error, must be a group's id "
        "(negative, such as -1001234567890); 123456789 is a private chat"
    )


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        # Taken as given, every message logged "machine translation failed (InvalidURL)"
        # and went untranslated, while the privacy notice named the translation server.
        ("TRANSLATION_URL", "localhost:5000", "must be an http(s) URL"),
        # The bot adds /translate itself: posted to /translate/translate, every one a 404.
        ("TRANSLATION_URL", "http://127.0.0.1:5000/translate", "without /translate"),
        # The notice then read "Responsible for your data: " and named no one (GDPR Art. 13).
        ("PRIVACY_CONTROLLER", "   ", "must name who is responsible"),
        # Every lead e-mail was refused by the mail server, logged as a failed delivery only.
        ("SMTP_FROM", "KAUSA Leipzig", "must be an e-mail address"),
    ],
)
def test_a_setting_the_bot_would_use_wrongly_is_refused_naming_it(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        settings()
    assert str(info.value).startswith(f"invalid configuration: {name}: ")
    assert problem in str(info.value) and "\n" not in str(info.value)


def test_a_translation_server_and_a_sender_are_kept_as_given() -> None:
    assert settings(translation_url="http://127.0.0.1:5000/").translation_url == (
        "http://127.0.0.1:5000"
    )
    assert settings(smtp_from="KAUSA <kausa@example.org>").smtp_from == "KAUSA <kausa@example.org>"
    assert settings(privacy_controller=" KAUSA ").privacy_controller == "KAUSA"
