"""Small numeric helpers (Manim's manim.utils.simple_functions)."""
from functools import lru_cache

import numpy as np


def binary_search(function, target, lower_bound, upper_bound, tolerance=1e-4):
    """An x in [lower_bound, upper_bound] with |function(x) - target| <= tolerance for a
    monotonic function, or None when the target is outside the range."""
    lh, rh = lower_bound, upper_bound
    mh = np.mean(np.array([lh, rh]))
    while abs(rh - lh) > tolerance:
        mh = np.mean(np.array([lh, rh]))
        lx, mx, rx = (function(h) for h in (lh, mh, rh))
        if lx == target:
            return lh
        if rx == target:
            return rh
        if lx <= target <= rx:
            if mx > target:
                rh = mh
            else:
                lh = mh
        elif lx > target > rx:
            lh, rh = rh, lh
        else:
            return None
    return mh


@lru_cache(maxsize=10)
def choose(n, k):
    """The binomial coefficient n over k (0 outside 0 <= k <= n)."""
    if k < 0 or k > n:
        return 0
    from math import comb

    return comb(n, k)


def clip(a, min_a, max_a):
    """a limited to [min_a, max_a]."""
    if a < min_a:
        return min_a
    if a > max_a:
        return max_a
    return a


def sigmoid(x):
    """1 / (1 + e^-x)."""
    return 1.0 / (1 + np.exp(-x))


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
