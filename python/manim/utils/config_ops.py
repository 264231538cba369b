"""Dictionary helpers (Manim's manim.utils.config_ops)."""


def merge_dicts_recursively(*dicts):
    """One dict with the keys of all; a later dict's value wins, and two dict values are
    merged recursively."""
    result = {}
    for d in dicts:
        for key, value in d.items():
            if isinstance(result.get(key), dict) and isinstance(value, dict):
                result[key] = merge_dicts_recursively(result[key], value)
            else:
                result[key] = value
    return result


def update_dict_recursively(current_dict, *others):
    """current_dict updated in place with merge_dicts_recursively(current_dict, *others)."""
    current_dict.update(merge_dicts_recursively(current_dict, *others))


class DictAsObject:
    """d.x for d["x"]: the object's attributes are the dict."""

    def __init__(self, dictin):
        self.__dict__ = dictin


class _Data:
    """Descriptor: self.<name> reads and writes self.data[<name>]."""

    def __set_name__(self, obj, name):
        self.name = name

    def __get__(self, obj, owner):
        return obj.data[self.name]

    def __set__(self, obj, array):
        obj.data[self.name] = array


class _Uniforms:
    """Descriptor: self.<name> reads and writes self.uniforms[<name>]."""

    def __set_name__(self, obj, name):
        self.name = name

    def __get__(self, obj, owner):
        return obj.__dict__["uniforms"][self.name]

    def __set__(self, obj, num):
        obj.__dict__["uniforms"][self.name] = num


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
