"""Corrections to how schemathesis labels a case positive or negative, for the contract run's hooks.

Why a module of its own: ``contract/hooks.py`` registers global hooks and auth when imported, so the
logic lives here, free of side effects, where a test can drive it with hand-made cases.
"""

from __future__ import annotations

from typing import Any

from schemathesis.core.parameters import ParameterLocation

__all__ = ["rejudge_path"]


def rejudge_path(case: Any) -> None:
    """Have schemathesis judge a "negative" path by the parameters actually sent.

    Why: in the stateful phase schemathesis 4.32 generates a negative value for a path parameter, then
    overwrites it with the value a link carries (``job_id`` from the create) or, in every phase, with the
    pinned ``project_id``, and still judges the now valid request as negative ("Invalid component:
    positive test case"), so a correct 2xx failed ``negative_data_rejection``.  Reassigning the container is the edit
    schemathesis tracks: before sending, it re-validates the path parameters and relabels the case from
    the values on the wire.  A path that is still invalid stays negative and must still be refused.
    Called from a ``before_call`` hook, the one place where schemathesis re-validates edits.
    """
    meta = case.meta
    if meta is not None and meta.is_negative_at(ParameterLocation.PATH) and case.path_parameters:
        case.path_parameters = {name: _as_sent(value) for name, value in case.path_parameters.items()}


def _as_sent(value: Any) -> Any:
    """A path parameter as it travels: text.

    Why: a link copies a value from a response as is, so the integer ``job_id`` of a visualization job
    lands in a path parameter the spec types as a string; on the wire it is ``"3"``, which is valid,
    but schemathesis would judge the integer against ``type: string`` and keep the case negative.
    Integer parameters are still judged right: schemathesis reads ``"3"`` back as a number for them.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return value
