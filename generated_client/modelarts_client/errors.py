"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class MalformedResponse(Exception):
    """Raised when a response body cannot be parsed as the spec describes it.

    Examples: a non-JSON body (a gateway's HTML error page) where JSON is documented, a field the
    spec marks required missing, or a null where an object is required. The raw body is kept in
    ``content`` so nothing is lost; ``reason`` says what did not fit; ``request_id`` is the
    answer's ``X-request-id`` (the one header worth keeping: the others may carry a token).
    """

    def __init__(self, status_code: int, content: bytes, reason: str, *, request_id: str | None = None):
        self.status_code = status_code
        self.content = content
        self.reason = reason
        self.request_id = request_id
        preview = content[:200].decode(errors="replace")
        super().__init__(f"Malformed response (status {status_code}): {reason}; body starts: {preview!r}")


__all__ = ["MalformedResponse", "UnexpectedStatus"]
