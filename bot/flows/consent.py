"""Whose consent a lead needs: from 16 a young person's own, below a parent's.

Under the GDPR (Art. 8) as applied in Germany, a child's own consent to an online
service counts from age 16. Pure rules over a dialogue's answers: the consent page
words its question by them, and navigation asks for the consent again when an edit
on the summary makes a parent's necessary (a self-given consent no longer enough).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: The age band below which a parent consents.
UNDER_16 = "u16"
#: ``consent_by`` of a consent a parent or guardian gave.
BY_PARENT = "parent"


#: ``given_by`` in a consent's record: a person 16 or older consenting for themselves.
BY_SELF = "self"


def for_a_child(answers: Mapping[str, Any]) -> bool:
    """Whether a parent asks for their child (the young people's dialogue, a callback)."""
    return answers.get("situation") == "parent" or answers.get("role") == "parent"


def parent_must_agree(answers: Mapping[str, Any]) -> bool:
    """A young person under 16, not a parent asking for their child (in the young people's
    dialogue or a callback request): a parent consents."""
    return answers.get("age") == UNDER_16 and not for_a_child(answers)


def consent_given(answers: Mapping[str, Any]) -> bool:
    """Whether the consent the answers hold is the one they need."""
    if "consent" not in answers:
        return False
    return not parent_must_agree(answers) or answers.get("consent_by") == BY_PARENT
