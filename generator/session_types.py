"""Static types for ``Session``'s calls, worked out from the parsed spec the client is generated from.

``session.call("get_training_job_version", job_id=1, version_id=1)`` is one function at run time;
what each operation name takes and returns is told to mypy and to editors by overloads over the
name (``Literal["get_training_job_version"]``), one per operation, in protocols the overlays'
``Session`` declares its calls with. The same goes for ``acall``, ``pages``, ``paginate`` and
``apaginate`` (list operations only: their page and item types), ``wait``/``await_status``
(operations with an ``x-waiter``) and ``follow`` (cursor operations).

A request body may be given as the generated model or as a plain dict; for the dict, a
``TypedDict`` per body schema (nested objects included) lets mypy catch a misspelt or missing key.

Written here from openapi-python-client's own parse of the document (the same ``Endpoint`` and
``Property`` objects its templates see), so parameter names, types and models are exactly the
generated client's, and ``make check-generated`` keeps the result in step with the spec.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import NONE_SOURCE

TEMPLATE = "session_types.py.jinja"
# Keywords of Session's own (paging, waiting, following): an operation parameter so named would be ambiguous.
SESSION_KEYWORDS = frozenset({"operation", "page_size", "max_items", "until", "timeout", "sleep", "poll_interval"})


@dataclass
class Parameter:
    """One keyword a Session call accepts: its Python name, annotation and whether it may be left out."""

    name: str
    annotation: str
    optional: bool


@dataclass
class OperationTypes:
    """What the overloads of one operation say."""

    name: str
    summary: str
    parameters: list[Parameter]
    result: str
    item: str | None = None  # list operations: the type paginate yields
    waits: bool = False
    follows: bool = False


@dataclass
class BodyDict:
    """A TypedDict for one request body schema: key -> (annotation, required)."""

    name: str
    model: str
    fields: dict[str, tuple[str, bool]]

    @property
    def class_syntax(self) -> bool:
        return all(key.isidentifier() and not keyword.iskeyword(key) for key in self.fields)


@dataclass
class _Collector:
    """The model classes the annotations name, and the body TypedDicts they need."""

    schemas: dict[str, ModelProperty]  # class name -> the model with its properties resolved
    models: set[str] = field(default_factory=set)
    bodies: dict[str, BodyDict] = field(default_factory=dict)

    def declared(self, prop: ModelProperty) -> list[Property]:
        """A model's properties (a nested reference is a copy whose properties are not filled in)."""
        model = self.schemas.get(str(prop.class_info.name), prop)
        return [*(model.required_properties or []), *(model.optional_properties or [])]

    def python_type(self, prop: Property, *, bare: bool = False) -> str:
        """The generated client's annotation of *prop*, noting the model classes it names."""
        self._note(prop)
        return str(prop.get_type_string(no_optional=bare).as_unembedded_code())

    def _note(self, prop: Property) -> None:
        if isinstance(prop, (ModelProperty, EnumProperty)):
            self.models.add(str(prop.class_info.name))
        if isinstance(prop, ListProperty):
            self._note(prop.inner_property)
        if isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                self._note(inner)

    def parameter(self, prop: Property) -> str:
        """A query, path or header parameter: enums also take their raw values (Session converts)."""
        annotation = self.python_type(prop, bare=True)
        if isinstance(prop, EnumProperty):
            annotation += " | " + _literal(prop)
        return annotation + ("" if prop.required else " | Unset")

    def body(self, prop: Property) -> str:
        """A request body: the generated model, or a dict that the body's TypedDict describes."""
        annotation = self.python_type(prop, bare=True)
        if isinstance(prop, ModelProperty):
            annotation += " | " + self.json_type(prop)
        return annotation + ("" if prop.required else " | Unset")

    def json_type(self, prop: Property) -> str:
        """The annotation of *prop* as JSON a caller writes (what ``from_dict`` reads)."""
        if isinstance(prop, EnumProperty):
            return _literal(prop)
        if isinstance(prop, ModelProperty):
            return self._body_dict(prop)
        if isinstance(prop, ListProperty):
            return f"list[{self.json_type(prop.inner_property)}]"
        if isinstance(prop, UnionProperty):
            return " | ".join(dict.fromkeys(self.json_type(inner) for inner in prop.inner_properties))
        if isinstance(prop, (StringProperty, DateProperty, DateTimeProperty)):
            return "str"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, AnyProperty):
            return "Any"
        raise TypeError(f"no JSON annotation for {type(prop).__name__} {prop.name}")

    def _body_dict(self, prop: ModelProperty) -> str:
        model = str(prop.class_info.name)
        name = f"{model}Dict"
        declared = self.declared(prop)
        if not declared:  # a free-form object (a map): any keys
            return "dict[str, Any]"
        if name not in self.bodies:
            body = BodyDict(name, model, {})
            self.bodies[name] = body  # registered first: a schema may contain itself
            for inner in declared:
                body.fields[inner.name.get_untrusted_value()] = (self.json_type(inner), bool(inner.required))
        return name


def _literal(prop: EnumProperty) -> str:
    # repr(): values are the spec's text; as Python literals they cannot break out of the annotation
    return "Literal[" + ", ".join(repr(value) for value in prop.values.values()) + "]"


def _success_props(endpoint: Any) -> list[Property]:
    """The parsed bodies of the endpoint's 2xx answers (Session raises for every other status)."""
    ranges = [(response.status_code.range, response.prop) for response in endpoint.responses]
    return [prop for span, prop in ranges if span is not None and span[0] >= 200 and span[1] <= 299]


def _result(endpoint: Any, collector: _Collector) -> str:
    """What Session.call returns: the union of the 2xx answers' types, ``None`` for an answer without a
    body (the generated client parses it as ``None``; its own annotation says ``Any``, which would
    swallow the union)."""
    ranges = [(response.status_code.range, response) for response in endpoint.responses]
    types = [
        "None" if response.source == NONE_SOURCE else collector.python_type(response.prop)
        for span, response in ranges
        if span is not None and span[0] >= 200 and span[1] <= 299
    ]
    return " | ".join(dict.fromkeys(types)) or "None"


def _item(endpoint: Any, paging: dict[str, Any], collector: _Collector) -> str:
    """The type of one item paginate yields: the text of a cursor page, or an element of the items list."""
    if "content" in paging:
        return "str"
    prop: Property | None = next(iter(_success_props(endpoint)), None)
    for part in str(paging["items"]).split("."):
        if not isinstance(prop, ModelProperty):
            break
        prop = next((p for p in collector.declared(prop) if p.name.get_untrusted_value() == part), None)
    if not isinstance(prop, ListProperty):
        raise ValueError(f"{endpoint.name}: x-pagination items {paging['items']!r} is not an array in the answer")
    return collector.python_type(prop.inner_property)


def operation_types(
    data: GeneratorData, extensions: dict[str, dict[str, Any]]
) -> tuple[list[OperationTypes], _Collector]:
    """One :class:`OperationTypes` per operation, sorted by name, and what their annotations need."""
    collector = _Collector({str(model.class_info.name): model for model in data.models})
    found: list[OperationTypes] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            name = str(endpoint.name)
            parameters: list[Parameter] = []
            for prop in endpoint.path_parameters:
                if prop.python_name == "project_id":  # Session fills it in
                    parameters.append(Parameter("project_id", "str", True))
                else:
                    parameters.append(Parameter(str(prop.python_name), collector.parameter(prop), False))
            if len(endpoint.bodies) > 1:
                raise ValueError(f"{name}: more than one request body type is not supported here")
            for body in endpoint.bodies:
                parameters.append(Parameter("body", collector.body(body.prop), not body.prop.required))
            for prop in endpoint.query_parameters + endpoint.header_parameters + endpoint.cookie_parameters:
                parameters.append(Parameter(str(prop.python_name), collector.parameter(prop), not prop.required))
            clashes = SESSION_KEYWORDS.intersection(p.name for p in parameters)
            if clashes:
                raise ValueError(f"{name}: parameters {sorted(clashes)} clash with Session's own keywords")
            declared = extensions.get(name, {})
            paging: dict[str, Any] | None = declared.get("x-pagination")
            summary = endpoint.summary.get_untrusted_value() if endpoint.summary else ""
            found.append(
                OperationTypes(
                    name=name,
                    summary=" ".join(str(summary).split()).replace("\\", "/").replace('"', "'"),
                    parameters=parameters,
                    result=_result(endpoint, collector),
                    item=_item(endpoint, paging, collector) if paging else None,
                    waits="x-waiter" in declared,
                    follows=paging is not None and paging.get("mode") == "cursor",
                )
            )
    return sorted(found, key=lambda op: op.name), collector


def render(data: GeneratorData, extensions: dict[str, dict[str, Any]], templates: Path) -> str:
    """The text of ``modelarts_client/session_types.py`` (before the formatter)."""
    operations, collector = operation_types(data, extensions)
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,  # Python source, not HTML
    )
    return env.get_template(TEMPLATE).render(
        operations=operations,
        bodies=sorted(collector.bodies.values(), key=lambda body: body.name),
        models=sorted(collector.models),
    )
