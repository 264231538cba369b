"""List and array helpers (Manim's manim.utils.iterables)."""
import itertools as it

import numpy as np


def adjacent_n_tuples(objects, n):
    """Cyclic n-tuples: (o0, o1, ...), (o1, o2, ...), ..., wrapping around."""
    return zip(*([*objects[k:], *objects[:k]] for k in range(n)))


def adjacent_pairs(objects):
    return adjacent_n_tuples(objects, 2)


def all_elements_are_instances(iterable, Class):
    return all(isinstance(e, Class) for e in iterable)


def batch_by_property(items, property_func):
    """Runs of consecutive items with equal property_func(item): [(batch, property), ...]."""
    batch_prop_pairs = []
    curr_batch = []
    curr_prop = None
    for item in items:
        prop = property_func(item)
        if prop != curr_prop:
            if curr_batch:
                batch_prop_pairs.append((curr_batch, curr_prop))
            curr_prop = prop
            curr_batch = [item]
        else:
            curr_batch.append(item)
    if curr_batch:
        batch_prop_pairs.append((curr_batch, curr_prop))
    return batch_prop_pairs


def concatenate_lists(*list_of_lists):
    return [item for lst in list_of_lists for item in lst]


def list_difference_update(l1, l2):
    """Elements of l1 not in l2, in l1's order."""
    return [e for e in l1 if e not in l2]


def list_update(l1, l2):
    """l1 without the elements of l2, followed by l2."""
    return [e for e in l1 if e not in l2] + list(l2)


def listify(obj):
    """A list: strings become [s], other iterables list(obj), anything else [obj]."""
    if isinstance(obj, str):
        return [obj]
    try:
        return list(obj)
    except TypeError:
        return [obj]


def make_even(iterable_1, iterable_2):
    """Both lists stretched to the longer length by repeating elements in proportion."""
    list_1, list_2 = list(iterable_1), list(iterable_2)
    len1, len2 = len(list_1), len(list_2)
    length = max(len1, len2)
    return ([list_1[(n * len1) // length] for n in range(length)],
            [list_2[(n * len2) // length] for n in range(length)])


def make_even_by_cycling(iterable_1, iterable_2):
    """Both lists stretched to the longer length by cycling through them."""
    length = max(len(iterable_1), len(iterable_2))
    cycle1, cycle2 = it.cycle(iterable_1), it.cycle(iterable_2)
    return ([next(cycle1) for _ in range(length)], [next(cycle2) for _ in range(length)])


def remove_list_redundancies(lst):
    """Duplicates removed, keeping each element's last occurrence."""
    reversed_result = []
    used = set()
    for x in reversed(lst):
        if x not in used:
            reversed_result.append(x)
            used.add(x)
    reversed_result.reverse()
    return reversed_result


def remove_nones(sequence):
    return [x for x in sequence if x]


def resize_array(nparray, length):
    """`length` elements taken cyclically from nparray (empty for length 0)."""
    if len(nparray) == length:
        return nparray
    return np.resize(nparray, (length, *nparray.shape[1:]))


def resize_preserving_order(nparray, length):
    """`length` elements of nparray in order, each repeated in proportion (zeros when
    nparray is empty)."""
    if len(nparray) == 0:
        return np.zeros((length, *nparray.shape[1:]))
    if len(nparray) == length:
        return nparray
    indices = np.arange(length) * len(nparray) // length
    return nparray[indices]


def resize_with_interpolation(nparray, length):
    """`length` elements linearly interpolated along nparray (ends kept)."""
    if len(nparray) == length:
        return nparray
    cont_indices = np.linspace(0, len(nparray) - 1, length)
    return np.array([
        (1 - a) * nparray[lh] + a * nparray[rh]
        for ci in cont_indices
        for lh, rh, a in [(int(ci), int(np.ceil(ci)), ci % 1)]
    ])


def stretch_array_to_length(nparray, length):
    curr_len = len(nparray)
    if curr_len > length:
        raise Warning("Trying to stretch array to a length shorter than its own")
    indices = np.arange(length) / float(length)
    indices *= curr_len
    return nparray[indices.astype(int)]


def tuplify(obj):
    if isinstance(obj, str):
        return (obj,)
    try:
        return tuple(obj)
    except TypeError:
        return (obj,)


def uniq_chain(*args):
    """The elements of all iterables in order, each once."""
    unique_items = set()
    for x in it.chain(*args):
        if x in unique_items:
            continue
        unique_items.add(x)
        yield x


def hash_obj(obj):
    """A hash of dicts, lists, tuples and sets by content (order-independent for dicts and
    sets), other objects by hash()."""
    if isinstance(obj, dict):
        return hash(tuple(sorted((hash_obj(k), hash_obj(v)) for k, v in obj.items())))
    if isinstance(obj, set):
        return hash(tuple(sorted(hash_obj(e) for e in obj)))
    if isinstance(obj, (tuple, list)):
        return hash(tuple(hash_obj(e) for e in obj))
    return hash(obj)


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
