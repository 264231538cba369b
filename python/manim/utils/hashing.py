"""JSON serialisation and hashing of scene state (Manim's manim.utils.hashing): get_json turns
objects, functions (their source and closure values) and numpy arrays into JSON, with
circular references replaced by a placeholder. manim.cpp does not cache partial movies, so
get_hash_from_play_call is provided for scripts and tests that hash scene state."""
import inspect
import json
import zlib

import numpy as np

import manimcpp as _engine

__all__ = ["KEYS_TO_FILTER_OUT", "get_json", "get_hash_from_play_call"]

# Attributes that do not change what a mobject looks like.
KEYS_TO_FILTER_OUT = {
    "original_id", "background", "pixel_array", "pixel_array_to_cairo_context",
}


class _Memoizer:
    """Objects already serialised in this get_json call (by id), so a circular or repeated
    reference becomes ALREADY_PROCESSED_PLACEHOLDER."""

    ALREADY_PROCESSED_PLACEHOLDER = "AP"
    THRESHOLD_WARNING = 170_000
    _already_processed = set()

    @classmethod
    def reset_already_processed(cls):
        cls._already_processed.clear()

    @classmethod
    def check_already_processed(cls, obj):
        """True the second time `obj` is seen (and from then on)."""
        key = id(obj)
        if key in cls._already_processed:
            return True
        cls._already_processed.add(key)
        return False


def _function_json(f, convert):
    f = getattr(f, "__func__", f)
    try:
        code = inspect.getsource(f)
    except (OSError, TypeError):
        code = getattr(f, "__qualname__", repr(type(f)))
    try:
        nonlocals = inspect.getclosurevars(f).nonlocals
    except (TypeError, ValueError):
        nonlocals = {}
    return {"code": code, "nonlocals": {k: convert(v) for k, v in nonlocals.items()}}


def _mobject_json(m, convert):
    out = {"class": type(m).__name__, "points": convert(np.asarray(m.points))}
    for key in ("get_fill_color", "get_stroke_color"):
        out[key[4:]] = str(getattr(m, key)())
    out["fill_opacity"] = m.get_fill_opacity()
    out["stroke_opacity"] = m.get_stroke_opacity()
    out["stroke_width"] = m.get_stroke_width()
    out["z_index"] = m.z_index
    out["submobjects"] = [convert(s) for s in m.submobjects]
    return out


def _key(k, convert):
    if isinstance(k, (str, int, float, bool)) or k is None:
        return k
    # A key JSON cannot hold: the CRC of its serialisation.
    return zlib.crc32(json.dumps(convert(k), sort_keys=False).encode())


def _to_jsonable(obj):
    def convert(o):
        if isinstance(o, (str, int, float, bool)) or o is None:
            return o
        if isinstance(o, np.generic):
            return o.item()
        if isinstance(o, np.ndarray):
            if o.size > 1000:
                return "TRUNCATED ARRAY: " + repr(o)
            return o.tolist()
        if inspect.isfunction(o) or inspect.ismethod(o):
            if _Memoizer.check_already_processed(o):
                return _Memoizer.ALREADY_PROCESSED_PLACEHOLDER
            return _function_json(o, convert)
        if isinstance(o, (list, tuple, set, frozenset, dict)):
            if isinstance(o, (list, dict)) and _Memoizer.check_already_processed(o):
                return _Memoizer.ALREADY_PROCESSED_PLACEHOLDER
            if isinstance(o, dict):
                return {_key(k, convert): convert(v) for k, v in o.items()}
            return [convert(v) for v in o]
        if _Memoizer.check_already_processed(o):
            return _Memoizer.ALREADY_PROCESSED_PLACEHOLDER
        if isinstance(o, _engine.Mobject):
            return _mobject_json(o, convert)
        if hasattr(o, "__dict__"):
            return {k: convert(v) for k, v in vars(o).items() if k not in KEYS_TO_FILTER_OUT}
        return repr(type(o))

    return convert(obj)


def get_json(obj):
    """The JSON text of obj (see the module docstring for how objects are serialised); each
    call starts with no object seen."""
    _Memoizer.reset_already_processed()
    return json.dumps(_to_jsonable(obj))


def get_hash_from_play_call(scene_object, camera_object, animations_list,
                            current_mobjects_list):
    """"<camera crc>_<animations crc>_<mobjects crc>" of the state a play() call starts
    from."""
    _Memoizer.reset_already_processed()
    parts = []
    for thing in (camera_object, animations_list, current_mobjects_list):
        text = get_json(thing)
        parts.append(str(zlib.crc32(repr(text).encode())))
        _Memoizer.reset_already_processed()
    return "_".join(parts)


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
