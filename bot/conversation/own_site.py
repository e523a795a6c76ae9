"""The bot's own website in its words ("kausa-sachsen.de", "https://www.kausa-sachsen.de/…").

Pure. Which run of text is an address of it, and the address a tap opens: in the web chat
"see kausa-sachsen.de" was words to copy by hand into a browser on a phone. Only this
site: the bot's texts name no other, and a person's words are never made links.
"""

from __future__ import annotations

import re

#: The site and its subdomains ("www."), with or without a scheme, up to the end of the
#: host: "kausa-sachsen.de.example.org" and "kausa-sachsen.de@example.org" are not it.
_OWN_SITE = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)*kausa-sachsen\.de(?=[/:?#]|$)", re.I)


def is_own_site(address: str) -> bool:
    """Whether ``address`` (a link or a bare domain, nothing around it) is the bot's site."""
    return _OWN_SITE.match(address) is not None


def own_site_href(address: str) -> str:
    """What a tap on ``address`` opens: a bare domain over https."""
    if address.lower().startswith(("http://", "https://")):
        return address
    return "https://" + address
