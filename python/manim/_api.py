"""Manim's module tree, built from the table of Manim v0.18.0's public names
(_api_names.json, written by scripts/gen_api_names.py).

Every module of Manim exists: a real file under python/manim/ when manim.cpp has Python code
for it (it calls populate(globals()) at its end), else a module generated here. A name resolves
to what the module defines, else the engine's object (`manimcpp`) of that name, else a
placeholder that raises NotImplementedError("manim.cpp does not implement X yet") when
called, subclassed or read. Missing attributes of the engine's classes and their instances
raise the same error when Manim's class has that attribute (AttributeError otherwise, so
`hasattr` keeps working)."""
import importlib
import importlib.abc
import importlib.machinery
import json
import os
import sys

import manimcpp as _engine

_HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(_HERE, "_api_names.json"), encoding="utf-8") as _f:
    TABLE = json.load(_f)
MODULES = TABLE["modules"]
CLASSES = TABLE["classes"]


def not_implemented(name):
    return NotImplementedError(f"manim.cpp does not implement {name} yet")


class _Missing:
    """A stand-in for a Manim class, function or constant that manim.cpp lacks: calling it,
    subclassing it (or using it as a metaclass) and reading an attribute raise
    NotImplementedError; nothing is an instance or subclass of it."""

    def __init__(self, name, module):
        self.__name__ = self.__qualname__ = name
        self.__module__ = module
        self.__doc__ = f"manim.cpp does not implement {name} yet"

    def __call__(self, *args, **kwargs):
        raise not_implemented(self.__name__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        raise not_implemented(f"{self.__name__}.{attr}")

    def __mro_entries__(self, bases):
        raise not_implemented(self.__name__)

    def __instancecheck__(self, obj):
        return False

    def __subclasscheck__(self, cls):
        return False

    def __repr__(self):
        return f"<{self.__name__}: not implemented by manim.cpp>"


_placeholders = {}


def missing(name, module="manim"):
    """The placeholder for Manim's `name` (one object per name)."""
    if name not in _placeholders:
        _placeholders[name] = _Missing(name, module)
    return _placeholders[name]


def is_missing(obj):
    return isinstance(obj, _Missing)


def _import_origin(origin):
    if origin.endswith("#module"):
        return importlib.import_module(origin[: -len("#module")]), None
    return importlib.import_module(origin), True


def resolve(module, name):
    """Manim's `module.name` in manim.cpp: the re-exported object, the engine's, or a
    placeholder."""
    origin = MODULES.get(module, {}).get("names", {}).get(name)
    if origin:
        mod, attr = _import_origin(origin)
        if attr is None:
            return mod
        if hasattr(mod, name):
            return getattr(mod, name)
        return missing(name, module)
    if hasattr(_engine, name):
        return getattr(_engine, name)
    return missing(name, module)


def populate(namespace):
    """Adds every name Manim's module has and `namespace` does not define; sets __all__ to
    what `from module import *` gives in Manim plus the module's own public names."""
    module = namespace["__name__"]
    entry = MODULES.get(module)
    if entry is None:
        return
    for name in entry["names"]:
        if name not in namespace:
            namespace[name] = resolve(module, name)
    star = list(entry["star"])
    if "__all__" in namespace:
        star += [n for n in namespace["__all__"] if n not in star]
    namespace["__all__"] = star
    if "__getattr__" not in namespace:
        namespace["__getattr__"] = _module_getattr(module)


def _module_getattr(module):
    def __getattr__(name):
        raise AttributeError(f"module '{module}' has no attribute '{name}'")

    return __getattr__


class _GeneratedLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__doc__ = (f"Manim's {module.__name__}, over the manim.cpp engine "
                          "(generated from manim/_api_names.json)")
        populate(module.__dict__)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds Manim modules that have no file under python/manim/. It sits after Python's
    path finder, so a real file (another part of manim.cpp) always wins."""

    def find_spec(self, fullname, path=None, target=None):
        entry = MODULES.get(fullname)
        if entry is None or not fullname.startswith("manim."):
            return None
        is_pkg = bool(entry.get("package"))
        spec = importlib.machinery.ModuleSpec(fullname, _GeneratedLoader(), is_package=is_pkg)
        if is_pkg:
            spec.submodule_search_locations = [os.path.join(_HERE, *fullname.split(".")[1:])]
        return spec


def install_finder():
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())


# ---- NotImplementedError for Manim attributes on the engine's classes ----

_attr_cache = {}
_pending_attribute = None  # set by _subclass: attributes set before construction
_compat_accessor = None  # set by _subclass: Mobject's get_<attr>/set_<attr>


def manim_class_attrs(cls_name, seen=None):
    """Public attributes of Manim's class `cls_name`, inherited ones included."""
    if cls_name in _attr_cache:
        return _attr_cache[cls_name]
    seen = seen or set()
    seen.add(cls_name)
    c = CLASSES.get(cls_name)
    out = set()
    if c is not None:
        out.update(c["attrs"])
        for b in c["bases"]:
            if b not in seen:
                out |= manim_class_attrs(b, seen)
    _attr_cache[cls_name] = frozenset(out)
    return _attr_cache[cls_name]


def _manim_has(cls, attr):
    for k in cls.__mro__:
        if k.__name__ in CLASSES and attr in manim_class_attrs(k.__name__):
            return k.__name__
    return None


def _make_instance_getattr(previous):
    def __getattr__(self, name):
        if _pending_attribute is not None:
            try:
                return _pending_attribute(self, name)
            except KeyError:
                pass
        if previous is not None:
            try:
                return previous(self, name)
            except AttributeError:
                pass
        owner = None if name.startswith("_") else _manim_has(type(self), name)
        # A bound property that raised AttributeError means "not set yet" (hasattr is False).
        if owner is not None and not any(name in vars(k) for k in type(self).__mro__):
            raise not_implemented(f"{type(self).__name__}.{name}")
        if _compat_accessor is not None and isinstance(self, _engine.Mobject):
            accessor = _compat_accessor(self, name)
            if accessor is not None:
                return accessor
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    __getattr__._manim_fallback = True
    return __getattr__


def _class_getattr(cls, name):
    owner = None if name.startswith("_") else _manim_has(cls, name)
    if owner is not None:
        raise not_implemented(f"{cls.__name__}.{name}")
    raise AttributeError(f"type object '{cls.__name__}' has no attribute '{name}'")


def install_attribute_fallbacks():
    bound = [v for v in vars(_engine).values()
             if isinstance(v, type) and v.__module__ == "manimcpp"]
    for cls in bound:
        previous = cls.__dict__.get("__getattr__")
        if getattr(previous, "_manim_fallback", False):
            continue
        if previous is None and any("__getattr__" in vars(b) for b in cls.__mro__[1:]
                                    if b is not object):
            continue  # inherits the fallback of a bound base
        if cls.__name__ not in CLASSES and previous is None:
            continue
        cls.__getattr__ = _make_instance_getattr(previous)
    if bound:
        meta = type(bound[0])
        if meta is not type and "__getattr__" not in vars(meta):
            meta.__getattr__ = _class_getattr
