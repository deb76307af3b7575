"""Known-answer tests of the three OBS signature kinds, as ``ObsTransfer`` configures the OBS SDK.

Why known answers: the local OBS (moto) accepts any signature, so the transfer tests cannot tell a
right signature from a wrong one. These pin the bytes instead, with the documented example key pair:

* ``v4``: AWS's published example (``GET /test.txt``, ``Range: bytes=0-9``, 2013-05-24) signs to
  ``f0e8bdb8...`` with the hash of an empty payload. The OBS SDK always sends
  ``x-amz-content-sha256: UNSIGNED-PAYLOAD``; ``_reference_v4`` below (the published algorithm,
  written out) reproduces the documented answer and gives the one to expect for that payload hash.
* ``v2``: AWS's published example (``GET /photos/puppy.jpg`` of bucket ``johnsmith``) signs to
  ``bWq2s1WEIj+Ydj0vQ697zp+IXMU=``.
* ``obs``: OBS's documented string to sign for ``GET /object.txt`` of ``bucket`` (with and without
  ``x-obs-date``), and its HMAC-SHA1 under the example secret key, computed once and recorded here.
"""

from __future__ import annotations

import hashlib
import hmac

import pytest

pytest.importorskip("obs")

from obs import auth as obs_auth  # after the skip: the [obs] extra may be absent

from modelarts_overlays import Secret
from modelarts_overlays.obs_transfer import ObsTransfer, choose_signature

ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_V4_SIGNATURE = "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
UNSIGNED_V4_SIGNATURE = "edacce68e5445863e1f916719fac26d3be9c1581fccd7878ade0879597fc0dc1"
UNSIGNED_V4_PATH_STYLE_SIGNATURE = "39a3db0a0fe4faee84741b1640c1131eedea8d87079896d46acd893087941933"


def _transfer(endpoint: str, **options: object) -> ObsTransfer:
    return ObsTransfer(access_key=ACCESS_KEY, secret_key=Secret(SECRET_KEY), endpoint=endpoint, **options)  # type: ignore[arg-type]


def _reference_v4(payload_hash: str, host: str, path: str) -> str:
    headers = {
        "host": host,
        "range": "bytes=0-9",
        "x-amz-content-sha256": payload_hash,
        "x-amz-date": "20130524T000000Z",
    }
    names = sorted(headers)
    canonical = "\n".join(
        ["GET", path, "", "".join(f"{n}:{headers[n]}\n" for n in names), ";".join(names), payload_hash]
    )
    scope = "20130524/us-east-1/s3/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", "20130524T000000Z", scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + SECRET_KEY).encode()
    for part in scope.split("/"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


def test_the_reference_v4_reproduces_the_published_example() -> None:
    empty = hashlib.sha256(b"").hexdigest()
    assert _reference_v4(empty, "examplebucket.s3.amazonaws.com", "/test.txt") == DOC_V4_SIGNATURE
    assert _reference_v4("UNSIGNED-PAYLOAD", "examplebucket.s3.amazonaws.com", "/test.txt") == UNSIGNED_V4_SIGNATURE


@pytest.mark.parametrize(
    ("endpoint", "host", "path", "expected"),
    [
        ("https://s3.amazonaws.com", "examplebucket.s3.amazonaws.com", "/test.txt", UNSIGNED_V4_SIGNATURE),
        ("http://127.0.0.1:9000", "127.0.0.1:9000", "/examplebucket/test.txt", UNSIGNED_V4_PATH_STYLE_SIGNATURE),
    ],
)
def test_v4_signature_known_answer(endpoint: str, host: str, path: str, expected: str) -> None:
    with _transfer(endpoint, signature="v4", region="us-east-1") as transfer:
        headers = {"Host": host, "Range": "bytes=0-9", "x-amz-date": "20130524T000000Z"}
        signed = transfer._client._add_auth_headers(headers, "GET", "examplebucket", "test.txt", {})
    assert _reference_v4("UNSIGNED-PAYLOAD", host, path) == expected
    assert signed["Authorization"] == (
        f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/20130524/us-east-1/s3/aws4_request,"
        f"SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature={expected}"
    )


def test_v2_signature_known_answer() -> None:
    with _transfer("https://s3.amazonaws.com", signature="v2") as transfer:
        client = transfer._client
        signer = obs_auth.Authentication(ACCESS_KEY, SECRET_KEY, False, client.ha, client.server, False)
        result = signer.doAuth("GET", "johnsmith", "photos/puppy.jpg", {}, {"Date": "Tue, 27 Mar 2007 19:36:42 +0000"})
        assert result["Authorization"] == f"AWS {ACCESS_KEY}:bWq2s1WEIj+Ydj0vQ697zp+IXMU="
        # And through the client itself, dated by x-amz-date (the client replaces a plain Date).
        signed = client._add_auth_headers(
            {"x-amz-date": "Tue, 27 Mar 2007 21:20:26 +0000"}, "DELETE", "johnsmith", "photos/puppy.jpg", {}
        )
    assert signed["Authorization"] == f"AWS {ACCESS_KEY}:R4dJ53KECjStyBO5iTBJZ4XVOaI="


@pytest.mark.parametrize(
    ("headers", "string_to_sign", "signature"),
    [
        (
            {"Date": "Sat, 12 Oct 2015 08:12:38 GMT"},
            "GET\n\n\nSat, 12 Oct 2015 08:12:38 GMT\n/bucket/object.txt",
            "TZ2IN4Jx2J8OzQ/TmCUMivQi26Q=",
        ),
        (
            {"x-obs-date": "Sat, 12 Oct 2015 08:12:38 GMT"},
            "GET\n\n\n\nx-obs-date:Sat, 12 Oct 2015 08:12:38 GMT\n/bucket/object.txt",
            "/o1XOadaiUaPK7EEngCv+PTLyCQ=",
        ),
    ],
)
def test_obs_signature_known_answer(headers: dict[str, str], string_to_sign: str, signature: str) -> None:
    with _transfer("https://obs.cn-north-4.myhuaweicloud.com") as transfer:
        assert transfer.signature == "obs"
        client = transfer._client
        signer = obs_auth.Authentication(ACCESS_KEY, SECRET_KEY, False, client.ha, client.server, False)
        result = signer.getSignature("GET", "bucket", "object.txt", {}, dict(headers))
        assert result["CanonicalString"] == string_to_sign
        assert result["Signature"] == signature
        if "x-obs-date" in headers:
            signed = client._add_auth_headers(dict(headers), "GET", "bucket", "object.txt", {})
            assert signed["Authorization"] == f"OBS {ACCESS_KEY}:{signature}"


def test_a_security_token_is_signed_and_sent_in_the_header_of_the_kind() -> None:
    with ObsTransfer(
        access_key=ACCESS_KEY,
        secret_key=Secret(SECRET_KEY),
        security_token=Secret("temporary-token-value"),
        endpoint="https://obs.cn-north-4.myhuaweicloud.com",
    ) as transfer:
        signed = transfer._client._add_auth_headers(
            {"x-obs-date": "Sat, 12 Oct 2015 08:12:38 GMT"}, "GET", "bucket", "object.txt", {}
        )
    assert signed["x-obs-security-token"] == "temporary-token-value"
    assert signed["Authorization"] != f"OBS {ACCESS_KEY}:/o1XOadaiUaPK7EEngCv+PTLyCQ="  # the token is signed too
    assert "temporary-token-value" not in repr(transfer)


@pytest.mark.parametrize(
    ("endpoint", "asked", "path_style", "expected"),
    [
        ("https://obs.cn-north-4.myhuaweicloud.com", None, False, "obs"),
        ("https://obs.cn-north-4.myhuaweicloud.com", None, True, "v4"),
        ("http://127.0.0.1:9000", None, False, "v4"),
        ("http://[::1]:9000", None, False, "v4"),
        ("http://127.0.0.1:9000", "v2", False, "v2"),
        ("https://obs.cn-north-4.myhuaweicloud.com", "v4", False, "v4"),
        ("https://obs.cn-north-4.myhuaweicloud.com", "v2", True, "v2"),
    ],
)
def test_the_signature_asked_for_is_the_one_used(
    endpoint: str, asked: str | None, path_style: bool, expected: str
) -> None:
    """The SDK turns ``obs`` into ``v2`` for IP endpoints and path-style, and negotiates otherwise:
    the chosen kind is what the client holds, with negotiation off."""
    assert choose_signature(endpoint, asked, path_style=path_style) == expected  # type: ignore[arg-type]
    with _transfer(endpoint, signature=asked, path_style=path_style) as transfer:
        assert transfer.signature == expected
        assert transfer._client.signature == expected
        assert transfer._client.is_signature_negotiation is False
        headers = {"x-obs-date" if expected == "obs" else "x-amz-date": "20130524T000000Z", "Host": "h"}
        scheme = transfer._client._add_auth_headers(headers, "GET", "bucket", "key", {})["Authorization"].split()[0]
    assert scheme == {"obs": "OBS", "v2": "AWS", "v4": "AWS4-HMAC-SHA256"}[expected]


@pytest.mark.parametrize(
    ("endpoint", "path_style"),
    [("http://127.0.0.1:9000", False), ("https://obs.cn-north-4.myhuaweicloud.com", True), ("http://10.0.0.1", False)],
)
def test_the_obs_signature_where_the_sdk_would_quietly_change_it_is_refused(endpoint: str, path_style: bool) -> None:
    with pytest.raises(ValueError, match="'obs' signature needs virtual-hosted addressing"):
        _transfer(endpoint, signature="obs", path_style=path_style)


def test_an_unknown_signature_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="signature must be"):
        _transfer("https://obs.cn-north-4.myhuaweicloud.com", signature="v3")
