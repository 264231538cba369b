"""Manim's manim.mobject.types.vectorized_mobject: the engine's VMobject, VGroup... and VDict,
a VMobject whose submobjects are reached by key (written here in Python over the engine's
VMobject; everything else in the module comes from the engine, see manim/_api.py)."""
from manimcpp import LEFT, VMobject

__all__ = ["VDict"]


class VDict(VMobject):
    """VMobjects by key: ``VDict({"a": Square()})["a"]``. ``show_keys`` puts each key as a Tex
    label to the left of its value."""

    def __init__(self, mapping_or_iterable=None, show_keys=False, **kwargs):
        super().__init__(**kwargs)
        self.show_keys = show_keys
        self.submob_dict = {}
        self.add(mapping_or_iterable if mapping_or_iterable is not None else {})

    def __repr__(self):
        return f"{type(self).__name__}({self.submob_dict!r})"

    def add(self, mapping_or_iterable):
        """Adds (key, VMobject) pairs from a dict or an iterable of pairs; returns self."""
        for key, value in dict(mapping_or_iterable).items():
            self.add_key_value_pair(key, value)
        return self

    def remove(self, key):
        """Removes the submobject stored under `key`; KeyError when there is none."""
        if key not in self.submob_dict:
            raise KeyError(f"The given key '{key}' is not present in the VDict")
        VMobject.remove(self, self.submob_dict.pop(key))
        return self

    def __getitem__(self, key):
        return self.submob_dict[key]

    def __setitem__(self, key, value):
        if key in self.submob_dict:
            self.remove(key)
        self.add([(key, value)])

    def __delitem__(self, key):
        self.remove(key)

    def __contains__(self, key):
        return key in self.submob_dict

    def get_all_submobjects(self):
        return list(self.submob_dict.values())

    def add_key_value_pair(self, key, value):
        """Stores `value` under `key` and adds it as a submobject (TypeError unless a VMobject)."""
        if not isinstance(value, VMobject):
            raise TypeError("All submobjects must be of type VMobject")
        if self.show_keys:
            from manimcpp import Tex

            value.add(Tex(str(key)).next_to(value, LEFT))
        self.submob_dict[key] = value
        VMobject.add(self, value)


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
