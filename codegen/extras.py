"""Modules openapi-python-client does not render itself, rendered with its template environment.

``_resources.py``: the resource-style client (``Scenario`` / ``AsyncScenario`` with ``models``,
``inferences``, ``images``, ``tags``, ``usages``). Everything in it comes from the spec: which
resource and method an operation becomes (``x-scenario-resource`` / ``x-scenario-method`` from
``overrides/``, else its tag and operationId), its parameters and body fields (flattened into
keyword arguments), its docstring, and whether it pages (a ``paginationToken`` query parameter and
an array in the response). This module turns openapi-python-client's parsed endpoints into plain
strings; ``templates/resources.py.jinja`` only lays them out.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .retry import retry_policy

# (name, module) pairs the package's __init__ exports lazily, besides the client and the exception classes (those
# are every one the runtime defines: error_classes()).
EXTRA_EXPORTS: tuple[tuple[str, str], ...] = (
    ("Scenario", "._resources"),
    ("AsyncScenario", "._resources"),
    ("SyncPage", "._pagination"),
    ("AsyncPage", "._pagination"),
    ("AsyncPaginator", "._pagination"),
    ("APIResponse", "._response"),
    ("BatchResult", "._batch"),
    ("BatchItem", "._batch"),
    ("BatchProgress", "._batch"),
    ("BatchEstimate", "._batch"),
)

# Body fields that carry an image: a data URL, or (where the body has an assetId field) an asset ID.
IMAGE_FIELDS = ("image", "data")
# Resources that get hand-written helpers (wait, downloads) from the runtime, by mixin.
# Per-call options every resource method takes and passes on (openai-python names; see runtime/_options.py).
OPTION_PARAMS = (
    "extra_query: Mapping[str, object] | None = None",
    "extra_headers: Mapping[str, str] | None = None",
    "extra_body: Mapping[str, object] | None = None",
    "timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN",
)
OPTION_NAMES = tuple(param.split(":")[0] for param in OPTION_PARAMS)
OPTION_DOCS = (
    "extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers and JSON body"
    " keys for this call (on every page when listing).",
    "timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given: the client's.",
)
MIXINS = {
    "models": ("ModelsHelpers", "AsyncModelsHelpers"),
    "inferences": ("InferencesHelpers", "AsyncInferencesHelpers"),
}


def _s(value: Any) -> str:
    """Plain text of openapi-python-client's PythonCode / UntrustedString values."""
    getter = getattr(value, "get_untrusted_value", None)
    if getter is not None:
        return str(getter())
    code = getattr(value, "as_unembedded_code", None)
    if code is not None:
        return str(code())
    return str(value)


DRY_RUN_MODEL = "DryRunResponse"


@dataclass
class Method:
    name: str
    module: str  # "api.models.get_model"
    package: str  # "api.models"
    module_alias: str  # "get_model"
    summary: str
    description: str
    response: str  # "GetModelsByModelIdResponse"
    returns: str = ""  # the return annotation: the response, or "Response | bytes" for binary-capable operations
    params: list[str] = field(default_factory=list)  # signature, after self
    call_args: list[str] = field(default_factory=list)  # arguments to the generated function, after client=...
    body_class: str | None = None
    body_lines: list[str] = field(default_factory=list)
    arg_docs: list[str] = field(default_factory=list)
    page_item: str | None = None  # "Model"
    page_items_attr: str | None = None  # "models"
    uses_images: bool = False
    body_models: list[str] = field(default_factory=list)  # nested body models built at run time
    body_models_typing: list[str] = field(default_factory=list)  # classes the signature names (TYPE_CHECKING)
    body_dicts: list[str] = field(default_factory=list)  # TypedDicts (request_types) the conversion checks keys with
    body_enums: list[str] = field(default_factory=list)  # enums plain strings are converted to at run time
    http_method: str = ""  # "GET"
    route: str = ""  # "/v1/models/{modelId}" (the spec's path, new URL format)
    retry: str = ""  # "safe" or "unsent-only" (x-scenario-retry, else by HTTP method)
    dry_run: bool = False  # takes dryRun: overloads give DryRunResponse for dry_run=True (see _dry_run.py)

    def params_with_dry_run(self, annotation: str) -> list[str]:
        """:attr:`params` with the ``dry_run`` parameter replaced by ``annotation`` (for the overloads)."""
        return [annotation if p.startswith("dry_run:") else p for p in self.params]


@dataclass
class Resource:
    name: str  # "models"
    class_name: str  # "Models"
    methods: list[Method] = field(default_factory=list)
    mixin: tuple[str, str] | None = None


_RUNTIME_NAMES = frozenset({"str", "int", "float", "bool", "list", "dict", "Any", "None"})


@dataclass
class DictField:
    key: str  # the wire name
    annotation: str
    required: bool
    doc: str

    @property
    def source(self) -> str:
        """The annotation as written in request_types.py: quoted when it names a class imported for type checkers."""
        names = set(re.findall(r"(?<!['\"])\b[A-Za-z_]\w*\b(?!['\"])", re.sub(r"'[^']*'", "", self.annotation)))
        return self.annotation if names <= _RUNTIME_NAMES else repr(self.annotation)


@dataclass
class RequestDict:
    """A TypedDict for a request object accepted as a dict (``GenerationParametersDict``)."""

    name: str
    model: str  # the model class it converts into
    doc: str
    fields: list[DictField] = field(default_factory=list)
    class_syntax: bool = True  # False when a key is no Python identifier: the functional form then


def dict_name(model_class: str) -> str:
    return f"{model_class}Dict"


def _literal(values: Any) -> str:
    return "Literal[" + ", ".join(repr(str(v)) for v in values) + "]"


@dataclass
class DictRegistry:
    """The TypedDicts and enums the request methods use, built from openapi-python-client's parsed models."""

    models: dict[str, Any] = field(default_factory=dict)  # class name -> the fully parsed ModelProperty
    dicts: dict[str, RequestDict] = field(default_factory=dict)
    enums: set[str] = field(default_factory=set)
    literals: dict[str, str] = field(default_factory=dict)  # "GenerationParametersTypeLiteral" -> "Literal[...]"

    def literal(self, prop: Any) -> str:
        """The name of the Literal alias of the enum property ``prop``'s values (``GenerationParametersTypeLiteral``)."""
        cls = str(prop.class_info.name)
        self.enums.add(cls)
        name = f"{cls}Literal"
        self.literals[name] = _literal(prop.values.values())
        return name

    def annotation(self, prop: Any) -> str:
        """How a value of ``prop`` is written in the dict ``from_dict`` reads (nested objects as TypedDicts)."""
        kind = type(prop).__name__
        if kind == "ModelProperty":
            return self.register(prop)
        if kind == "EnumProperty":
            return f"{self.literal(prop)} | {prop.class_info.name}"
        if kind == "ListProperty":
            return f"list[{self.annotation(prop.inner_property)}]"
        if kind == "UnionProperty":
            return " | ".join(dict.fromkeys(self.annotation(p) for p in prop.inner_properties))
        if kind in ("DateTimeProperty", "DateProperty", "UuidProperty"):
            return "str"  # from_dict parses the ISO / UUID text
        return _s(prop.get_type_string(no_optional=True))

    def register(self, model: Any) -> str:
        """Add the TypedDict of the model property ``model`` (and those it nests); its name."""
        import keyword

        cls = str(model.class_info.name)
        model = self.models.get(cls, model)  # a reference (list items) may not carry its properties
        name = dict_name(cls)
        if name in self.dicts:
            return name
        entry = self.dicts[name] = RequestDict(name=name, model=cls, doc=_s(model.description or "").strip())
        for prop in list(model.required_properties or []) + list(model.optional_properties or []):
            key = _s(prop.name)
            entry.fields.append(DictField(key, self.annotation(prop), bool(prop.required), _s(prop.description or "")))
            if not key.isidentifier() or keyword.iskeyword(key):
                entry.class_syntax = False
        return name


def _param_doc(param: Any, described: dict[str, str]) -> str:
    """A parameter's docstring line, with the description the spec gives on the parameter (not its schema)."""
    text = _s(param.to_docstring())
    extra = described.get(_s(param.name), "")
    return f"{text} {extra}".strip() if extra and extra not in text else text


def _operation_index(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    from .normalize import iter_operations

    return {str(op.get("operationId")): op for _, _, op in iter_operations(spec)}


def _page_info(op: dict[str, Any], spec: dict[str, Any]) -> tuple[str, str] | None:
    """(item class, items attribute) when the operation pages, else None."""
    from openapi_python_client import strings

    if not any(p.get("name") == "paginationToken" for p in op.get("parameters") or []):
        return None
    schema = ((op.get("responses") or {}).get("200") or {}).get("content", {}).get("application/json", {}).get("schema")
    if not isinstance(schema, dict) or "$ref" not in schema:
        return None
    body = spec.get("components", {}).get("schemas", {}).get(schema["$ref"].rsplit("/", 1)[-1], {})
    props = body.get("properties") or {}
    if "nextPaginationToken" not in props:
        return None
    for name, prop in props.items():
        items = prop.get("items") if isinstance(prop, dict) and prop.get("type") == "array" else None
        if isinstance(items, dict) and "$ref" in items:
            return _class_name(items["$ref"].rsplit("/", 1)[-1]), strings.snake_case(name)
    return None


def _class_name(component: str) -> str:
    from openapi_python_client import strings

    return strings.pascal_case(component)


def build_resources(project: Any, spec: dict[str, Any], registry: DictRegistry | None = None) -> list[Resource]:
    """The resources; ``registry`` (when given) collects the TypedDicts and enums the requests use."""
    from openapi_python_client import strings

    from .normalize import iter_operations

    if registry is None:
        registry = DictRegistry()
    registry.models.update({str(m.class_info.name): m for m in project.openapi.models})

    ops = _operation_index(spec)
    routes = {str(op.get("operationId")): (method.upper(), path) for path, method, op in iter_operations(spec)}
    resources: dict[str, Resource] = {}
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            op_id = str(endpoint.name)
            op = ops.get(op_id, {})
            resource_name = str(op.get("x-scenario-resource") or strings.snake_case(str(tag)))
            method_name = str(op.get("x-scenario-method") or strings.snake_case(op_id))
            module_alias = str(strings.PythonIdentifier(op_id, project.config.field_prefix))
            resource = resources.setdefault(
                resource_name,
                Resource(resource_name, strings.pascal_case(resource_name), mixin=MIXINS.get(resource_name)),
            )
            responses = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
            response = (
                responses[0].prop.class_info.name if responses and hasattr(responses[0].prop, "class_info") else "Any"
            )
            method = Method(
                name=method_name,
                module=f"api.{tag}.{module_alias}",
                package=f"api.{tag}",
                module_alias=module_alias,
                summary=_s(endpoint.summary or "").strip(),
                description=_s(endpoint.description or "").strip(),
                response=str(response),
            )
            method.http_method, method.route = routes.get(op_id, (str(endpoint.method).upper(), ""))
            method.retry = retry_policy(method.http_method, op)
            described = {str(p.get("name")): str(p.get("description") or "") for p in op.get("parameters") or []}
            for p in endpoint.path_parameters:
                method.params.append(_s(p.to_string()))
                method.call_args.append(str(p.python_name))
                method.arg_docs.append(_param_doc(p, described))
            keyword: list[str] = []
            if endpoint.bodies:
                body = endpoint.bodies[0].prop
                method.body_class = str(body.class_info.name)
                fields = list(body.required_properties) + list(body.optional_properties)
                names = {_s(f.name) for f in fields}
                assignments: list[str] = []
                for f in fields:
                    py, wire = str(f.python_name), _s(f.name)
                    lazy = f.get_lazy_imports(prefix=".") if hasattr(f, "get_lazy_imports") else set()
                    for line in sorted(map(str, set(f.get_imports(prefix=".")) | set(lazy))):  # annotation classes
                        if str(line).startswith("from .models."):
                            method.body_models_typing.extend(
                                n.strip() for n in str(line).split(" import ")[1].split(",")
                            )
                    if wire in IMAGE_FIELDS and _s(f.get_type_string()).startswith("str"):
                        method.uses_images = True
                        default = "" if f.required else " = UNSET"
                        keyword.append(f"{py}: ImageInput | Unset{default}")
                        method.arg_docs.append(
                            f"{py} (ImageInput): {_s(f.description or '') or wire}. A data URL or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming a file is refused)."
                        )
                        if wire == "image" and "assetId" in names:
                            asset = next(str(g.python_name) for g in fields if _s(g.name) == "assetId")
                            method.body_lines.append(f"_{py}, {asset} = image_body_fields({py}, {asset})")
                        else:
                            # Image data with no asset-ID alternative is what the operation works on: needed.
                            needed = (
                                ", needed=True" if not f.required and not {"assetId", "assetIds"} & set(names) else ""
                            )
                            method.body_lines.append(f"_{py} = image_data_field({py}{needed})")
                        assignments.append(f"{py}=_{py}")
                        continue
                    kind = type(f).__name__
                    default = "" if f.required else " | Unset = UNSET"
                    if kind == "ModelProperty":
                        # A nested object: the model, or a dict its TypedDict describes (checked, then converted).
                        cls = str(f.class_info.name)
                        td = registry.register(f)
                        keyword.append(f"{py}: {cls} | {td}{default}")
                        method.arg_docs.append(f"{_s(f.to_docstring())} A dict ({td}) is accepted too.")
                        method.body_lines.append(f'_{py} = as_model({cls}, {py}, "{py}", {td})')
                        method.body_models.append(cls)
                        method.body_dicts.append(td)
                        assignments.append(f"{py}=_{py}")
                        continue
                    inner = getattr(f, "inner_property", None)
                    if kind == "ListProperty" and type(inner).__name__ == "ModelProperty":
                        cls = str(inner.class_info.name)
                        td = registry.register(inner)
                        keyword.append(f"{py}: Sequence[{cls} | {td}]{default}")
                        method.arg_docs.append(f"{_s(f.to_docstring())} Dicts ({td}) are accepted too.")
                        method.body_lines.append(f'_{py} = as_models({cls}, {py}, "{py}", {td})')
                        method.body_models.append(cls)
                        method.body_dicts.append(td)
                        assignments.append(f"{py}=_{py}")
                        continue
                    if kind == "EnumProperty":
                        # An enum: the member, or its plain string (a Literal, so a typo is a type error).
                        cls = str(f.class_info.name)
                        keyword.append(f"{py}: {cls} | {registry.literal(f)}{default}")
                        method.arg_docs.append(f"{_s(f.to_docstring())} The plain string is accepted too.")
                        method.body_lines.append(f'_{py} = as_enum({cls}, {py}, "{py}")')
                        method.body_enums.append(cls)
                        assignments.append(f"{py}=_{py}")
                        continue
                    keyword.append(_s(f.to_string()))
                    method.arg_docs.append(_s(f.to_docstring()))
                    assignments.append(f"{py}={py}")
                method.body_lines.append(f"body = {method.body_class}({', '.join(assignments)})")
                method.call_args.append("body=body")
            for p in endpoint.query_parameters:
                method.dry_run = method.dry_run or _s(p.name) == "dryRun"
                keyword.append(_s(p.to_string()))
                method.arg_docs.append(_param_doc(p, described))
                method.call_args.append(f"{p.python_name}={p.python_name}")
            keyword.extend(OPTION_PARAMS)
            method.arg_docs.extend(OPTION_DOCS)
            method.call_args.extend(f"{name}={name}" for name in OPTION_NAMES)
            method.params.append("*")
            # Resources have a method named `list`, which would shadow the builtin in annotations.
            method.params.extend(re.sub(r"\blist\[", "builtins.list[", k) for k in keyword)
            method.returns = f"{method.response} | bytes" if op.get("x-scenario-binary-response") else method.response
            page = _page_info(op, spec)
            if page:
                method.page_item, method.page_items_attr = page
            resource.methods.append(method)
    return [resources[name] for name in sorted(resources)]


@dataclass
class Helper:
    """A hand-written resource method (from the runtime mixins), read from its source for api.md."""

    name: str
    signature: str  # "(model_id: str, inference_id: str, *, timeout: float | None = 600.0, ...) -> Inference"
    doc: str  # first line of its docstring
    is_async: bool


@dataclass
class ErrorClass:
    name: str
    bases: str  # "APIStatusError"
    doc: str
    module: str  # "_exceptions"


def _first_line(node: ast.AST) -> str:
    doc = ast.get_docstring(node) if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) else None
    return " ".join((doc or "").split("\n\n")[0].split()).replace(":class:", "").replace(":func:", "")


def mixin_helpers(runtime: Path) -> dict[str, list[Helper]]:
    """Public methods of the sync mixin class of each resource in ``MIXINS``, parsed from the runtime source."""
    tree = ast.parse((runtime / "_resource_helpers.py").read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    found: dict[str, list[Helper]] = {}
    for resource, (sync_name, _async_name) in MIXINS.items():
        helpers = []
        for node in classes[sync_name].body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                args = ast.unparse(node.args).removeprefix("self, ").removeprefix("self")
                returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
                helpers.append(Helper(node.name, f"({args}){returns}", _first_line(node), False))
        found[resource] = helpers
    return found


def error_classes(runtime: Path) -> list[ErrorClass]:
    """Every exception class the runtime defines (a base named ``...Error`` or ``Exception``), in file order."""
    errors: list[ErrorClass] = []
    for path in sorted(runtime.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(b) for b in node.bases]
            if any(b == "Exception" or b.endswith("Error") for b in bases):
                errors.append(ErrorClass(node.name, ", ".join(bases), _first_line(node), path.stem))
    return errors


API_MD = "api.md"


def render_api_md(project: Any, resources: list[Resource], runtime: Path) -> str:
    """The API reference (``generated/api.md``) from the same ``Resource`` data as ``_resources.py``."""
    template = project.env.get_template("api.md.jinja")
    helpers = mixin_helpers(runtime)
    count = sum(len(r.methods) for r in resources)
    return template.render(resources=resources, helpers=helpers, errors=error_classes(runtime), count=count)


def render_extras(project: Any, spec: dict[str, Any], package_dir: Path) -> None:
    """Render ``_resources.py`` and ``request_types.py`` into the package, and ``api.md`` beside the package
    (``package_dir.parent``)."""
    registry = DictRegistry()
    resources = build_resources(project, spec, registry)
    dicts, enums = registry.dicts, registry.enums
    template = project.env.get_template("resources.py.jinja")
    models = sorted(
        {m.response for r in resources for m in r.methods if m.response != "Any"}
        | {m.body_class for r in resources for m in r.methods if m.body_class}
        | {cls for r in resources for m in r.methods for cls in m.body_models}
        | {cls for r in resources for m in r.methods for cls in m.body_models_typing}
        | {cls for r in resources for m in r.methods for cls in m.body_enums}
        | {m.page_item for r in resources for m in r.methods if m.page_item}
        | ({DRY_RUN_MODEL} if any(m.dry_run for r in resources for m in r.methods) else set())
    )
    text = template.render(
        resources=resources, model_names=models, dict_names=sorted(set(dicts) | set(registry.literals))
    )
    (package_dir / "_resources.py").write_text(text, encoding="utf-8")
    ordered = [dicts[name] for name in sorted(dicts)]
    text = project.env.get_template("request_types.py.jinja").render(
        dicts=ordered, enums=sorted(enums), literals=sorted(registry.literals.items())
    )
    (package_dir / "request_types.py").write_text(text, encoding="utf-8")
    from .paths import RUNTIME

    (package_dir.parent / API_MD).write_text(render_api_md(project, resources, RUNTIME), encoding="utf-8")
