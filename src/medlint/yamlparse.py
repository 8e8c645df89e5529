"""The YAML parser behind :func:`medlint.yamlpos.load` (PyYAML, imported only when a
document is parsed): a safe loader without the timestamp resolver, the alias-bomb and
depth check, and the walk that records where every key sits."""

from __future__ import annotations

from typing import Any

import yaml

from medlint.yamlpos import MAX_DEPTH, MAX_NODES, Loaded, Path, YamlError, _line_offsets

# libyaml's parser when PyYAML was built with it (about 10x faster), else pure Python.
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StringDateLoader(_BASE):  # type: ignore[valid-type,misc]
    """A safe loader without the timestamp resolver."""


StringDateLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def check_size(root: yaml.Node, limit: int = MAX_NODES, depth: int = MAX_DEPTH) -> None:
    """Refuse a node graph whose alias expansion is larger than ``limit`` nodes, that
    refers to itself, or that nests deeper than ``depth``. Aliases share nodes, so the
    expanded size is computed once per node (memoised), in time linear in the document.
    Raises :class:`AliasBomb` carrying the mark of the offending node."""
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > limit:
                raise AliasBomb(
                    f"aliases expand this document to more than {limit:,} values (an 'alias "
                    "bomb'); write the values out instead of repeating anchors",
                    node.start_mark,
                )
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in active:
            raise AliasBomb("an alias refers to the value that contains it", node.start_mark)
        if len(active) >= depth:
            raise AliasBomb(f"values nested more than {depth} levels deep", node.start_mark)
        active.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _small_tree(root: yaml.Node) -> bool:
    """Whether a node graph without aliases (a text with no "*" has none: the composer
    shares a node only through an alias) holds at most MAX_NODES nodes and nests less than
    MAX_DEPTH deep: then ``check_size`` finds nothing (each node is its own, and its
    expanded size its subtree's), and it is not run (most front matter: 0.03 CPU s per
    600 pages, mostly its bookkeeping of shared nodes)."""
    count = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES or depth > MAX_DEPTH:
            return False
        stack.extend((child, depth + 1) for child in _children(node))
    return True


class AliasBomb(yaml.YAMLError):
    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def load(text: str) -> Loaded:
    """Parse YAML safely, with key positions. Raises :class:`YamlError`, also for documents
    whose aliases expand beyond :data:`MAX_NODES` values or that nest too deeply."""
    lines = _line_offsets(text)

    def offset(mark: yaml.Mark) -> int:
        return lines[min(mark.line, len(lines) - 1)] + mark.column

    if "*" not in text and (quick := _quick_load(text, offset)) is not None:
        return quick
    loader = StringDateLoader(text)
    try:
        # Compose once (aliases stay shared nodes), check the expanded size, then
        # construct the data from the same node tree.
        node = loader.get_single_node()
        if node is not None and ("*" in text or not _small_tree(node)):
            check_size(node)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise YamlError("not valid YAML: values nested too deeply", 0) from None
    except yaml.YAMLError as exc:
        # Point at the construct that is broken (an unclosed "[" on line 3) when PyYAML
        # names one, rather than at the end of the text where it gave up.
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        if context and getattr(exc, "context_mark", None) is not None:
            problem = f"{context} that starts here: {problem}"
        raise YamlError(f"not valid YAML: {problem}", offset(mark) if mark else 0) from None
    finally:
        loader.dispose()
    loaded = Loaded(data)
    if node is not None:
        _walk(node, (), loaded, offset)
    return loaded


def _walk(node: yaml.Node, path: Path, loaded: Loaded, offset: Any) -> None:
    loaded.positions[path] = offset(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                loaded.duplicates.append((key, offset(key_node.start_mark)))
            seen.add(key)
            _walk(value_node, (*path, key), loaded, offset)
            loaded.positions[(*path, key)] = offset(key_node.start_mark)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), loaded, offset)


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _Plain(Exception):
    """The document is not one ``_quick_load`` reads: the plain path reads it."""


def _quick_load(text: str, offset: Any) -> Loaded | None:
    """What ``load`` gives for a text without aliases, read in one walk of the node tree
    that builds the data and records the positions and duplicate keys together (the plain
    path walks it three times: the size check, PyYAML's constructor, the positions), or
    None, and the plain path reads the text, for anything else: no document, more than
    MAX_NODES nodes or nesting past MAX_DEPTH (where ``_small_tree`` is false and the
    plain path runs ``check_size``), a collection that is not a plain mapping or sequence,
    a mapping key that is not a plain string (a merge key "<<", "=", a number), and any
    error, composing or constructing (the plain path raises its own). A string scalar's
    value is its text (PyYAML's ``construct_yaml_str``); every other scalar is built by
    PyYAML's constructor. tests/test_quick_round30b.py compares the two paths."""
    loader = StringDateLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        loaded = Loaded(None)
        loaded.data = _build(node, (), 1, [0], loaded, offset, loader)
    except Exception:  # _Plain, or an error the plain path raises in its own way
        return None
    finally:
        loader.dispose()
    return loaded


def _build(
    node: yaml.Node,
    path: Path,
    depth: int,
    count: list[int],
    loaded: Loaded,
    offset: Any,
    loader: Any,
) -> Any:
    """The data of ``node`` (at ``path``, ``depth`` levels deep, counted as ``_small_tree``
    counts); its positions and duplicate keys recorded as ``_walk`` records them."""
    count[0] += 1
    if count[0] > MAX_NODES or depth > MAX_DEPTH:
        raise _Plain
    loaded.positions[path] = offset(node.start_mark)
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if kind is yaml.MappingNode and node.tag == _MAP:
        data: dict[str, Any] = {}
        seen: set[str] = set()
        for key_node, value_node in node.value:
            count[0] += 1
            if count[0] > MAX_NODES or depth >= MAX_DEPTH:  # the key's own count and depth
                raise _Plain
            if type(key_node) is not yaml.ScalarNode or key_node.tag != _STR:
                raise _Plain
            key = key_node.value
            if key in seen:
                loaded.duplicates.append((key, offset(key_node.start_mark)))
            seen.add(key)
            data[key] = _build(value_node, (*path, key), depth + 1, count, loaded, offset, loader)
            loaded.positions[(*path, key)] = offset(key_node.start_mark)
        return data
    if kind is yaml.SequenceNode and node.tag == _SEQ:
        return [
            _build(item, (*path, i), depth + 1, count, loaded, offset, loader)
            for i, item in enumerate(node.value)
        ]
    raise _Plain
