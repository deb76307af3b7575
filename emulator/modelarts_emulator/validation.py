"""Request validation against the shipped OpenAPI document, with openapi-core.

Why a library and not hand checks: the spec is the contract the client is generated from; using
openapi-core to unmarshal every request means the emulator rejects exactly what the spec forbids
(types, enums, patterns, ranges, required fields) and nothing else, and stays right when the spec
changes.  The document is read from the installed ``modelarts_client`` package (not from the
repository), so the emulator works from a wheel.

Also here, because they need the same parsed document: the route table (path template ->
operationId per method), each operation's error shape, and the reference examples that handlers
may use as templates for responses.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import importlib.resources
import itertools
import re
import threading
import warnings
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import yaml
from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.schema.parameters import get_style_and_explode
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.validation.request.exceptions import (
    MissingRequestBody,
    MissingRequiredParameter,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .request_body import BodyRejected, clip, parse_json_body

__all__ = [
    "OperationInfo",
    "SpecIndex",
    "ValidationFailure",
    "load_spec",
    "spec_index",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
REMEMBERED_REQUESTS = 512
"""Accepted bodiless parameter sets remembered (least recently used forgotten first)."""
REMEMBERED_QUERY_CHARS = 2048
"""A parameter set longer than this is judged every time, never remembered."""
MAX_REPORTED_ERRORS = 10
"""Schema errors named in one 400 message; the rest are counted."""


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """The OpenAPI document shipped in the ``modelarts_client`` package (parsed once)."""
    text = (importlib.resources.files("modelarts_client") / "openapi.yaml").read_text(encoding="utf-8")
    return cast(dict[str, Any], yaml.safe_load(text))


@dataclass
class OperationInfo:
    """What the app needs to know about one operation."""

    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    path_params: tuple[str, ...]
    error_shape: str  # "ErrorIsSuccess" or "ErrorMsg"
    success_status: int
    spec: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class _ParameterPlan:
    """One parameter of an operation, read from the spec once, with its openapi-core objects built once.

    Why: openapi-core reads every parameter's definition through its ``$ref``-resolving spec paths and
    builds a caster, a deserialiser, a schema validator and an unmarshaller for it on *every* request
    -- nine tenths of the cost of a list.  A plan keeps those objects (they hold no request state) and
    runs the same steps in the same order: deserialise (or take the default), refuse an empty query
    value unless allowed, validate, unmarshal.
    """

    name: str
    location: str
    required: bool
    allow_empty: bool | None
    default: tuple[Any] | None
    """``(value,)`` when the schema has a default."""
    deserializer: Any
    validator: Any
    unmarshaller: Any
    """``None`` when openapi-core's unmarshalling returns a valid value as it is (see :func:`_kept_as_is`)."""
    judged_default: tuple[Any] | None = None
    """``(value,)``: the default, validated and unmarshalled once (the same steps give the same result
    for every request that leaves the parameter out); ``None`` when there is none or it is refused."""
    caster: Any = None
    """For the ``form`` and ``simple`` styles: the type caster openapi-core's ``SchemaCaster.cast``
    would pick for the schema (found once; it reads the schema's type on every call), else ``None``."""


def _kept_as_is(schema: SchemaPath, unmarshaller: Any) -> bool:
    """Whether unmarshalling a value already validated against ``schema`` gives the value itself.

    True for a primitive type without ``allOf``/``anyOf``/``oneOf`` whose format (if any) has no format
    unmarshaller: openapi-core's ``SchemaUnmarshaller.unmarshal`` then validates (done already), keeps
    the value (``PrimitiveUnmarshaller``) and finds no format to apply.  Skipping it skips a second
    validation and a walk of the spec per parameter.
    """
    if any(keyword in schema for keyword in ("allOf", "anyOf", "oneOf", "not")) or "type" not in schema:
        return False
    if (schema / "type").read_str_or_list(None) not in ("string", "integer", "number", "boolean"):
        return False
    return "format" not in schema or unmarshaller.get_format_unmarshaller((schema / "format").read_str()) is None


def _judged(plan: _ParameterPlan) -> tuple[Any] | None:
    """The plan's default through its validator and unmarshaller, or ``None`` (none, or refused)."""
    if plan.default is None:
        return None
    value = copy.deepcopy(plan.default[0])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            plan.validator.validate(value)
            if plan.unmarshaller is not None:
                value = plan.unmarshaller.unmarshal(value)
    except Exception:  # a default its own schema refuses: judged with each request, as before
        return None
    return (value,)


def _caster(plan: _ParameterPlan, style: str, schema: SchemaPath) -> Any:
    """The type caster of a ``form`` or ``simple`` parameter (``None``: use the whole deserialiser).

    Why these two styles: their deserialisers (``form_loads``/``simple_loads``) raise ``KeyError``
    exactly when the name is absent from its location, so "absent" is a membership test; the value
    then goes through the style's loader and ``SchemaCaster.cast``'s steps with its caster found here.
    """
    deserializer = plan.deserializer
    if style not in ("form", "simple") or deserializer.deserializer_callable is None:
        return None
    try:
        return deserializer.caster.get_type_caster((schema / "type").read_str(None))
    except Exception:  # a schema openapi-core casts some other way: keep its own path
        return None


class _UseOpenApiCore(Exception):
    """The planned path cannot say yes: let openapi-core itself judge (and word any error)."""


class ValidationFailure(Exception):
    """The request does not conform to the spec; ``message`` says which field and why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class _Request:
    """The openapi-core ``Request`` protocol over plain values."""

    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str


_PLACEHOLDER = re.compile(r"\{[^}]+\}")
_PARAM_GROUP = r"([^/]*)"


def _template_regex(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    names: list[str] = []
    pattern = ""
    for part in re.split(f"({_PLACEHOLDER.pattern})", template):
        if part.startswith("{") and part.endswith("}"):
            names.append(part[1:-1])
            # An empty segment is still this operation's (".../nodes//status" is update_service_node_status
            # with an empty node_id): routed here, it gets the spec's 400 in the operation's error shape,
            # not the gateway's "no such API" 404 in the other one.
            pattern += _PARAM_GROUP
        else:
            pattern += re.escape(part)
    # \Z, not $: "$" also matches before a trailing newline, which would route ".../workspaces/\n"
    # to the list operation instead of the get with an ID of "\n".
    return re.compile(f"^{pattern}/?\\Z"), tuple(names)


def _text(exc: BaseException) -> str:
    """``str(exc)`` that cannot fail.

    Why: some openapi-core exceptions format the offending request bytes in ``__str__`` by decoding
    them as UTF-8, so a body that is not UTF-8 would turn a 400 into a ``UnicodeDecodeError``.
    """
    try:
        return str(exc)
    except Exception:  # any failure to format falls back to the type name
        return type(exc).__name__


def _describe_schema_errors(prefix: str, exc: BaseException) -> str:
    errors = list(getattr(exc, "schema_errors", None) or ())
    if not errors:
        return f"{prefix}: {_text(exc)}"
    parts = []
    for err in errors[:MAX_REPORTED_ERRORS]:
        loc = "/".join(clip(str(p), 40) for p in err.absolute_path)
        where = f"{prefix}.{loc}" if loc else prefix
        parts.append(f"{where}: {clip(err.message)}")
    if len(errors) > MAX_REPORTED_ERRORS:
        parts.append(f"and {len(errors) - MAX_REPORTED_ERRORS} more")
    return "; ".join(parts)


def _describe(errors: list[Exception]) -> str:
    msgs: list[str] = []
    for err in errors:
        cause = err.__cause__
        if isinstance(err, MissingRequiredParameter):
            msgs.append(f"missing required {err.name} parameter")
        elif isinstance(err, ParameterValidationError):
            name = f"{err.location} parameter {err.name}"
            if isinstance(cause, InvalidSchemaValue):
                msgs.append(_describe_schema_errors(name, cause))
            else:
                msgs.append(f"{name}: {clip(_text(cause or err))}")
        elif isinstance(err, MissingRequestBody):
            msgs.append("missing required request body")
        elif isinstance(err, RequestBodyValidationError):
            if isinstance(cause, InvalidSchemaValue):
                msgs.append(_describe_schema_errors("body", cause))
            else:
                msgs.append(f"body: {clip(_text(cause or err))}")
        else:
            msgs.append(clip(_text(cause or err)))
    return "; ".join(msgs) or "invalid request"


class SpecIndex:
    """Routes, error shapes, examples and the openapi-core validator for the shipped spec."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else load_spec()
        patched = copy.deepcopy(self.spec)
        # The document names the real regional hosts; the emulator answers on any host.
        # Authentication is checked by auth.py (signatures, tokens), not by openapi-core.
        patched["servers"] = [{"url": "/"}]
        patched.pop("security", None)
        for item in patched["paths"].values():
            item.pop("servers", None)
            for method in HTTP_METHODS:
                if method in item:
                    item[method].pop("servers", None)
                    item[method].pop("security", None)
                    for param in item[method].get("parameters", []):
                        # Clients send documented string defaults such as search_content=''; the
                        # service accepts an empty value, openapi-core would refuse it otherwise.
                        if param.get("in") == "query" and param.get("schema", {}).get("type") == "string":
                            param["allowEmptyValue"] = True
        self._openapi = OpenAPI.from_dict(patched)
        self._plans: dict[str, tuple[_ParameterPlan, ...] | None] = {}
        self._remembered: OrderedDict[tuple[Any, ...], tuple[dict[str, Any], dict[str, Any]]] = OrderedDict()
        self._remembered_lock = threading.Lock()
        self.operations: dict[str, OperationInfo] = {}
        self._routes: list[tuple[re.Pattern[str], dict[str, OperationInfo]]] = []
        for template, item in self.spec["paths"].items():
            regex, names = _template_regex(template)
            methods: dict[str, OperationInfo] = {}
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                default_ref = op["responses"].get("default", {}).get("$ref", "")
                shape = "ErrorIsSuccess" if default_ref.endswith("ErrorIsSuccess") else "ErrorMsg"
                success = min(int(code) for code in op["responses"] if code != "default")
                info = OperationInfo(op["operationId"], method.upper(), template, regex, names, shape, success, op)
                methods[method.upper()] = info
                self.operations[info.operation_id] = info
            # Literal paths first so /services/specifications beats /services/{service_id}.
            self._routes.append((regex, methods))
        self._routes.sort(key=lambda r: r[0].pattern.count(_PARAM_GROUP))

    def match(self, path: str) -> tuple[dict[str, OperationInfo], dict[str, str]] | None:
        """The operations (by method) for a concrete path and its path parameters, or ``None``.

        A path ending in ``/`` is first read as ending in an empty parameter (``.../labels/`` is the
        single-label operation with an empty ``label_name``, which the spec refuses with a 400) and only
        failing that as its template with a trailing slash: otherwise the batch operation of
        ``.../labels`` would answer, and change the dataset, for a request meant for one label.
        """
        for strict in (True, False):
            for regex, methods in self._routes:
                m = regex.match(path)
                if m and (not strict or not path.endswith("/") or (m.lastindex and m.end(m.lastindex) == len(path))):
                    first = next(iter(methods.values()))
                    return methods, dict(zip(first.path_params, m.groups(), strict=True))
        return None

    def validate(
        self,
        info: OperationInfo,
        *,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> tuple[dict[str, Any], dict[str, Any], Any]:
        """Validate a request; returns ``(path_params, query_params, body)`` or raises ValidationFailure.

        Query and path parameters come back unmarshalled by openapi-core (typed, defaults applied);
        the body comes back as plain parsed JSON (no date/time conversion), which is what handlers
        store and echo.

        ``path_params`` are the raw values found by :meth:`match`.  openapi-core is handed them
        directly, and a path built from the template with neutral placeholders: left to itself it
        re-parses the URL with ``urllib.parse``, which silently drops tab, CR and LF characters, so
        an ID of ``"\\n"`` would be validated as ``""`` and a valid request refused.

        A request without a body, to an operation that takes none, goes through the operation's
        parameter plans (:class:`_ParameterPlan`); anything the plans cannot accept as they stand is
        handed to openapi-core's full request unmarshalling, which gives the answer and its wording.
        """
        if not body and "requestBody" not in info.spec:
            planned = self._remembered_or_planned(info, path_params, query, headers)
            if planned is not None:
                return planned[0], planned[1], None
        parsed_body: Any = None
        if body and "requestBody" in info.spec:
            try:
                parsed_body = parse_json_body(body)
            except BodyRejected as exc:
                raise ValidationFailure(exc.message) from exc
        params = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(query),
            header=Headers(list(headers.items())),
            cookie=ImmutableMultiDict(),
        )
        req = _Request(
            host_url="http://emulator",
            path=_PLACEHOLDER.sub("0", info.template),
            method=info.method.lower(),
            parameters=params,
            body=body or None,
            content_type=(content_type or "application/json").lower(),
        )
        try:
            with warnings.catch_warnings():  # allowEmptyValue (set above) is deprecated, and wanted
                warnings.simplefilter("ignore", DeprecationWarning)
                result = self._openapi.unmarshal_request(req)
        except PathError as exc:  # pragma: no cover - routing was done before
            raise ValidationFailure(str(exc)) from exc
        except (TypeError, ValueError, RecursionError) as exc:
            # The validators assume well-typed input in places (e.g. a list where a discriminator
            # expects a string raises TypeError): malformed input is the client's error, a 400.
            raise ValidationFailure(f"request cannot be validated: {clip(_text(exc))}") from exc
        if result.errors:
            raise ValidationFailure(_describe(list(result.errors)))
        path_params = dict(result.parameters.path or {})
        query_params = dict(result.parameters.query or {})
        return path_params, query_params, parsed_body

    def _plan(self, info: OperationInfo) -> tuple[_ParameterPlan, ...] | None:
        """The operation's parameter plans, built on first use (``None``: some parameter is not a
        simple one, and openapi-core handles the operation every time)."""
        if info.operation_id in self._plans:
            return self._plans[info.operation_id]
        unmarshaller: Any = self._openapi.request_unmarshaller
        spec: SchemaPath = unmarshaller.spec
        path_item = spec / "paths" / info.template
        operation = path_item / info.method.lower()
        no_parameters = SchemaPath.from_dict({})
        plans: list[_ParameterPlan] = []
        seen: set[tuple[str, str]] = set()
        complex_found = False
        # The order and the de-duplication of openapi-core's _get_parameters: the operation's own
        # parameters, then the path item's, the first of a (name, location) pair winning.
        for param in [*operation.get("parameters", no_parameters), *path_item.get("parameters", no_parameters)]:
            name = (param / "name").read_str()
            location = (param / "in").read_str()
            if (name, location) in seen:
                continue
            seen.add((name, location))
            if "content" in param:
                complex_found = True
                break
            schema = param / "schema"
            style, explode = get_style_and_explode(param)
            options = {
                "format_validators": unmarshaller.format_validators,
                "extra_format_validators": unmarshaller.extra_format_validators,
                "forbid_unspecified_additional_properties": unmarshaller.forbid_unspecified_additional_properties,
                "enforce_properties_required": unmarshaller.enforce_properties_required,
            }
            schema_unmarshaller = unmarshaller.schema_unmarshallers_factory.create(
                spec,
                schema,
                **options,
                format_unmarshallers=unmarshaller.format_unmarshallers,
                extra_format_unmarshallers=unmarshaller.extra_format_unmarshallers,
            )
            plan = _ParameterPlan(
                name=name,
                location=location,
                required=(param / "required").read_bool(default=False),
                allow_empty=(param / "allowEmptyValue").read_bool(default=None),
                default=((schema / "default").read_value(),) if "default" in schema else None,
                deserializer=unmarshaller.style_deserializers_factory.create(spec, schema, style, explode, name=name),
                validator=unmarshaller.schema_validators_factory.create(spec, schema, **options),
                unmarshaller=None if _kept_as_is(schema, schema_unmarshaller) else schema_unmarshaller,
            )
            plans.append(dataclasses.replace(plan, judged_default=_judged(plan), caster=_caster(plan, style, schema)))
        result = None if complex_found else tuple(plans)
        self._plans[info.operation_id] = result
        return result

    def _remembered_or_planned(
        self,
        info: OperationInfo,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """:meth:`_planned`, remembering what it accepted.

        Why: judging a parameter set is a pure function of the operation and the parameters (and of
        the headers the operation declares), and clients send the same set again and again -- a
        waiter polls one version, a page is listed again.  An accepted set is remembered (at most
        :data:`REMEMBERED_REQUESTS`, short ones only); a refused one is judged every time.  Each
        caller gets its own copy of the answer.
        """
        plans = self._plan(info)
        if plans is None:
            return None
        if sum(map(len, itertools.chain.from_iterable(query))) > REMEMBERED_QUERY_CHARS:
            return self._planned(info, path_params, query, headers)
        declared: tuple[str | None, ...] = ()
        if any(plan.location == "header" for plan in plans):
            lowered = {name.lower(): value for name, value in headers.items()}
            declared = tuple(lowered.get(plan.name.lower()) for plan in plans if plan.location == "header")
        key = (info.operation_id, tuple(path_params.items()), tuple(query), declared)
        with self._remembered_lock:
            found = self._remembered.get(key)
            if found is not None:
                self._remembered.move_to_end(key)
        if found is None:
            found = self._planned(info, path_params, query, headers)
            if found is None:
                return None
            with self._remembered_lock:
                self._remembered[key] = found
                while len(self._remembered) > REMEMBERED_REQUESTS:
                    self._remembered.popitem(last=False)
        return _fresh(found[0]), _fresh(found[1])

    def _planned(
        self,
        info: OperationInfo,
        path_params: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """Path and query parameters through the plans, or ``None`` when openapi-core must judge."""
        plans = self._plan(info)
        if plans is None:
            return None
        wants_headers = any(plan.location == "header" for plan in plans)
        locations = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(query),
            header=Headers(list(headers.items())) if wants_headers else Headers(),
            cookie=ImmutableMultiDict(),
        )
        found: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                for plan in plans:
                    location = locations[plan.location]
                    try:
                        if plan.caster is None:
                            value = plan.deserializer.deserialize(location)
                        elif plan.name not in location:
                            raise KeyError(plan.name)
                        else:  # StyleDeserializer.deserialize, then SchemaCaster.cast, with the caster found once
                            found_value = plan.deserializer.deserializer_callable(
                                plan.deserializer.explode, plan.name, plan.deserializer.schema_type, location
                            )
                            value = None if found_value is None else plan.caster(found_value)
                    except KeyError:
                        if plan.judged_default is not None:
                            value = plan.judged_default[0]
                            if not isinstance(value, (str, int, float, bool)):
                                value = copy.deepcopy(value)  # a handler may change what it is given
                            found[plan.location][plan.name] = value
                            continue
                        if plan.default is None:
                            if plan.required:
                                raise _UseOpenApiCore from None  # a missing required parameter
                            continue
                        value = plan.default[0]
                        if not isinstance(value, (str, int, float, bool)):
                            value = copy.deepcopy(value)  # a handler may change what it is given
                    else:
                        if not plan.allow_empty and plan.location == "query" and value == "":
                            raise _UseOpenApiCore
                    plan.validator.validate(value)
                    if plan.unmarshaller is not None:
                        value = plan.unmarshaller.unmarshal(value)
                    found[plan.location][plan.name] = value
        except Exception:  # any refusal (or surprise) is openapi-core's to word
            return None
        return found["path"], found["query"]

    def example(self, operation_id: str, status: int | str | None = None) -> Any:
        """A deep copy of an operation's reference response example (``None`` when absent).

        Why: the reference samples validate against the response schemas, so they make safe
        templates for static data (catalogues, spec lists) and for filling optional fields.
        """
        info = self.operations[operation_id]
        code = str(status if status is not None else info.success_status)
        media = info.spec["responses"].get(code, {}).get("content", {}).get("application/json", {})
        if "example" in media:
            return copy.deepcopy(media["example"])
        for ex in media.get("examples", {}).values():
            if "value" in ex:
                return copy.deepcopy(ex["value"])
        return None

    def request_example(self, operation_id: str) -> Any:
        """A deep copy of an operation's reference request example (``None`` when absent)."""
        info = self.operations[operation_id]
        media = info.spec.get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in media:
            return copy.deepcopy(media["example"])
        for ex in media.get("examples", {}).values():
            if "value" in ex:
                return copy.deepcopy(ex["value"])
        return None


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _fresh(values: dict[str, Any]) -> dict[str, Any]:
    """A copy a handler may change without touching what is remembered."""
    if _PLAIN.issuperset(map(type, values.values())):
        return dict(values)
    return copy.deepcopy(values)


@functools.lru_cache(maxsize=1)
def spec_index() -> SpecIndex:
    """The process-wide :class:`SpecIndex` of the shipped spec (built once; it is immutable)."""
    return SpecIndex()
