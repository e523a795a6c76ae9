"""The web plumbing both web channels share, over real HTTP: headers, Origin, CSRF, cookies,
rate limits, body size, language."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_services
from bot.config import Settings
from bot.services import Services
from bot.web.app import build_web_app
from bot.web.language import from_accept_language
from bot.web.limits import Limits, RateLimiter
from bot.web.security import (
    SECURITY,
    SessionCookie,
    WebSecurity,
    csrf_token,
    csrf_valid,
    embeddable,
)

EMBEDDER = "https://kausa-sachsen.de"


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _routes(app: web.Application) -> None:
    """A page, an embeddable page and a form target, as a channel would add them."""
    cookie = SessionCookie("probe", app[SECURITY])

    async def page(request: web.Request) -> web.Response:
        response = web.Response(text="page")
        cookie.issue(request, response, cookie.new_id())
        return response

    @embeddable
    async def framed(request: web.Request) -> web.Response:
        return web.Response(text="framed")

    async def form(request: web.Request) -> web.Response:
        data = await request.post()
        session_id = cookie.read(request)
        if session_id is None or not csrf_valid(
            request.config_dict[SECURITY], session_id, str(data.get("csrf", ""))
        ):
            raise web.HTTPForbidden(text="csrf")
        return web.Response(text="stored")

    app.router.add_get("/page", page)
    app.router.add_get("/framed", framed)
    app.router.add_post("/form", form)


@pytest_asyncio.fixture
async def services(database_url: str) -> AsyncIterator[Services]:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=database_url, web_embed_origins=EMBEDDER
    )
    services = build_services(settings)
    try:
        yield services
    finally:
        await services.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest_asyncio.fixture
async def client(
    services: Services, clock: Clock
) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    app = build_web_app(services, extra=[_routes], limits=Limits.default(clock))
    async with TestClient(TestServer(app)) as client:
        yield client


def own_origin(client: TestClient[web.Request, web.Application]) -> str:
    return str(client.make_url("/")).rstrip("/")


async def test_every_answer_carries_a_policy_that_allows_only_the_bot_itself(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.get("/page")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # Plain http on the loopback address (trying it locally) is the one case without Secure.
    assert "Secure" not in cookie
    # A missing page too: the headers are not only on the happy path.
    missing = await client.get("/nothing-here")
    assert missing.status == 404
    assert "frame-ancestors 'none'" in missing.headers["Content-Security-Policy"]


async def test_an_embeddable_page_may_be_framed_only_by_the_configured_sites(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.get("/framed")
    csp = response.headers["Content-Security-Policy"]
    assert f"frame-ancestors 'self' {EMBEDDER}" in csp
    assert "X-Frame-Options" not in response.headers


@pytest.mark.parametrize(
    "headers",
    [{}, {"Origin": "https://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}],
    ids=["no origin", "foreign origin", "opaque origin", "cross-site fetch"],
)
async def test_a_state_changing_request_from_elsewhere_is_refused(
    client: TestClient[web.Request, web.Application], headers: dict[str, str]
) -> None:
    await client.get("/page")
    response = await client.post("/form", data={"csrf": "x"}, headers=headers)
    assert response.status == 403
    assert "cross-origin" in await response.text()


async def test_a_form_with_the_sessions_token_is_taken_and_one_without_is_refused(
    client: TestClient[web.Request, web.Application],
) -> None:
    await client.get("/page")
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))["probe"].value
    session_id = cookie.split(".")[0]
    security = client.server.app[SECURITY]
    origin = {"Origin": own_origin(client)}
    good = await client.post(
        "/form", data={"csrf": csrf_token(security, session_id)}, headers=origin
    )
    assert (good.status, await good.text()) == (200, "stored")
    forged = await client.post(
        "/form", data={"csrf": csrf_token(security, "other")}, headers=origin
    )
    assert forged.status == 403
    missing = await client.post("/form", data={}, headers=origin)
    assert missing.status == 403


def test_a_cookie_for_a_public_https_site_is_secure_and_a_forged_one_is_refused() -> None:
    security = WebSecurity.create("key", "https://chat.example.org")
    cookie = SessionCookie("chat", security, samesite="None", partitioned=True)
    response = web.Response()
    request = _request(security)
    cookie.issue(request, response, "abc")
    header = response.headers["Set-Cookie"]
    value = header.split(";")[0].split("=", 1)[1]
    for flag in ("Secure", "HttpOnly", "SameSite=None", "Partitioned"):
        assert f"; {flag}" in header
    assert cookie.read(_request(security, f"chat={value}")) == "abc"
    assert cookie.read(_request(security, "chat=abd." + value.split(".")[1])) is None
    assert cookie.read(_request(security, "chat=abc")) is None
    other_key = WebSecurity.create("another key", "https://chat.example.org")
    assert SessionCookie("chat", other_key).read(_request(security, f"chat={value}")) is None


def _request(security: WebSecurity, cookie: str | None = None) -> web.Request:
    from aiohttp.test_utils import make_mocked_request

    headers = {"Cookie": cookie} if cookie else {}
    return make_mocked_request("GET", "/", headers=headers)


async def test_too_many_posts_from_one_address_get_a_kind_sentence_in_the_browsers_language(
    client: TestClient[web.Request, web.Application], clock: Clock
) -> None:
    await client.get("/page")
    headers = {"Origin": own_origin(client), "Accept-Language": "de-DE,de;q=0.9"}
    statuses = [(await client.post("/form", data={}, headers=headers)).status for _ in range(60)]
    assert 429 not in statuses
    limited = await client.post("/form", data={}, headers=headers)
    assert limited.status == 429
    page = await limited.text()
    assert "Bitte warten Sie einen Moment" in page
    assert '<html lang="de" dir="ltr">' in page
    as_json = await client.post(
        "/form", data={}, headers={**headers, "Accept": "application/json", "Accept-Language": "ar"}
    )
    assert as_json.status == 429
    assert "\u200f" in (await as_json.json())["error"]  # Arabic, marked right-to-left
    clock.now += 1.0
    # Ten tokens a second come back: the person can go on after a moment.
    assert (await client.post("/form", data={}, headers=headers)).status == 403


async def test_a_body_larger_than_any_message_is_refused(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.post(
        "/form", data={"csrf": "x" * 70_000}, headers={"Origin": own_origin(client)}
    )
    assert response.status == 413


def test_a_rate_limiter_refills_with_time_and_forgets_the_oldest_keys() -> None:
    clock = Clock()
    limiter = RateLimiter(rate=1.0, burst=2.0, clock=clock, max_keys=2)
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    clock.now += 1.0
    assert limiter.allow("a") and not limiter.allow("a")
    limiter.allow("b")
    limiter.allow("c")  # "a" is forgotten: it starts again with a full bucket
    assert limiter.allow("a") and limiter.allow("a")


def test_a_rate_limiter_forgets_an_address_once_its_bucket_is_full_again() -> None:
    # Read as a data protection officer reads it: every IP address stayed in memory until
    # 100,000 newer ones pushed it out (on a quiet site: until a restart), and the data
    # inventory did not name it. A full bucket again is the same as none.
    clock = Clock()
    limiter = RateLimiter(rate=10.0, burst=60.0, clock=clock)
    assert limiter.allow("203.0.113.7")
    clock.now += 5.0
    limiter.allow("198.51.100.2")
    assert "203.0.113.7" in limiter
    clock.now += 1.0  # 6 s after its last request: 60 tokens again
    limiter.allow("198.51.100.2")
    assert "203.0.113.7" not in limiter and "198.51.100.2" in limiter


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "de"),
        ("", "de"),
        ("fr-FR,fr;q=0.9", "de"),
        ("ar-SY,ar;q=0.9,en;q=0.8", "ar"),
        ("fr;q=1.0,uk;q=0.5,tr;q=0.7", "tr"),
        ("en-GB", "en"),
        ("vi;q=0", "de"),
        ("*", "de"),
        ("de;q=abc,vi", "vi"),
    ],
)
def test_the_language_comes_from_accept_language_with_german_as_fallback(
    header: str | None, expected: str
) -> None:
    assert from_accept_language(header) == expected


def test_embed_origins_are_read_as_a_list_and_a_path_is_refused() -> None:
    from bot.config import ConfigError, load_settings

    settings = load_settings(
        _env_file=None, web_embed_origins="https://kausa-sachsen.de/, http://localhost:8000"
    )
    assert settings.web_embed_origins == ("https://kausa-sachsen.de", "http://localhost:8000")
    with pytest.raises(ConfigError, match="WEB_EMBED_ORIGINS"):
        load_settings(_env_file=None, web_embed_origins="https://kausa-sachsen.de/chat")
    with pytest.raises(ConfigError, match="WEB_PUBLIC_URL"):
        load_settings(_env_file=None, web_public_url="chat.kausa-sachsen.de")


@pytest.mark.parametrize(("secret", "warned"), [(None, True), ("a" * 64, False)])
async def test_a_missing_web_secret_is_named_at_start(
    database_url: str, caplog: pytest.LogCaptureFixture, secret: str | None, warned: bool
) -> None:
    # Without WEB_SECRET each start signs with a new random key: every web chat and inbox
    # login ended at a restart, and nothing told the operator why.
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=database_url, web_secret=secret
    )
    services = build_services(settings)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.web.app"):
            build_web_app(services)
    finally:
        await services.close()
    named = [r for r in caplog.records if "WEB_SECRET" in r.getMessage()]
    assert bool(named) is warned
