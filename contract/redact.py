"""Scrub credentials from schemathesis console output and reports.

Why: schemathesis prints a cURL line for every failure, in the console and in the JUnit report, built from the
request as sent -- with the ``Authorization`` header that carries the access key and a valid signature (replayable
for the signature's 15-minute window), ``X-Auth-Token``/``X-Subject-Token`` values and, for ``POST /v3/auth/tokens``,
a password in the body.  Its own sanitizer keys on header *names* and can be switched off by configuration; this
module is the last line before CI logs and artifacts, so it works on the text itself and also removes the literal
values of the secrets it was given (AK, SK, security token), wherever they appear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["REPLACEMENT", "Redactor"]

REPLACEMENT: Final = "[REDACTED]"

# `Access=<ak>` and `Signature=<hex>` inside an SDK-HMAC-SHA256 Authorization value.
_ACCESS: Final = re.compile(r"(Access=)[^,\s'\"&]+")
_SIGNATURE: Final = re.compile(r"(Signature=)[^,\s'\"&]+")
# Any `Authorization: <scheme> <value>` that is not SDK-HMAC (Basic, Bearer, ...).
_OTHER_AUTHORIZATION: Final = re.compile(
    r"(?i)(authorization['\"]?[ \t]*[:=][ \t]*['\"]?[ \t]*)(?!SDK-HMAC-SHA256|\[)([^\s'\"&][^'\"\n&]*)"
)
# Token-bearing headers, in `Name: value`, `'Name': 'value'` or `"Name": "value"` form (also XML-escaped quotes).
_TOKEN_HEADERS: Final = re.compile(
    r"(?i)((?:x-auth-token|x-subject-token|x-security-token)(?:['\"]|&quot;|&apos;)?\s*[:=]\s*(?:['\"]|&quot;|&apos;)?)"
    r"([^'\"\s&,}]+)"
)
# JSON-ish `"password": "..."` and `"secret...": "..."` members.
_PASSWORD_FIELDS: Final = re.compile(
    r"(?i)((?:['\"]|&quot;)(?:password|passwd|secret[a-z_]*|sk)(?:['\"]|&quot;)\s*:\s*(?:['\"]|&quot;))((?:[^'\"\\&]|\\.)*)"
)


class Redactor:
    """Replace credentials in text; construct it with the literal secret values of the run."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        # Longest first, so a secret that contains another is replaced whole.
        literals = sorted({value for value in secrets if value and len(value) >= 4}, key=len, reverse=True)
        self._literals: Final = tuple(literals)

    def __call__(self, text: str) -> str:
        for literal in self._literals:
            text = text.replace(literal, REPLACEMENT)
        text = _ACCESS.sub(rf"\g<1>{REPLACEMENT}", text)
        text = _SIGNATURE.sub(rf"\g<1>{REPLACEMENT}", text)
        text = _OTHER_AUTHORIZATION.sub(rf"\g<1>{REPLACEMENT}", text)
        text = _TOKEN_HEADERS.sub(rf"\g<1>{REPLACEMENT}", text)
        text = _PASSWORD_FIELDS.sub(rf"\g<1>{REPLACEMENT}", text)
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<{len(self._literals)} secrets>)"
