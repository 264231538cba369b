"""Bezier curves and interpolation (Manim's manim.utils.bezier): numpy in, numpy out."""
from functools import reduce

import numpy as np

from manim.utils.simple_functions import choose
from manim.utils.space_ops import cross2d, find_intersection


def bezier(points):
    """The curve t -> point of the Bezier curve with control points `points` (any degree)."""
    points = np.asarray(points, dtype=float)
    n = len(points) - 1
    if n == 3:
        p0, p1, p2, p3 = points
        return lambda t: np.asarray((1 - t) ** 3 * p0 + 3 * t * (1 - t) ** 2 * p1
                                    + 3 * (1 - t) * t**2 * p2 + t**3 * p3)
    if n == 2:
        p0, p1, p2 = points
        return lambda t: np.asarray((1 - t) ** 2 * p0 + 2 * t * (1 - t) * p1 + t**2 * p2)
    coefficients = [choose(n, k) for k in range(n + 1)]
    return lambda t: np.asarray(sum(c * (1 - t) ** (n - k) * t**k * p
                                    for k, (c, p) in enumerate(zip(coefficients, points))))


def partial_bezier_points(points, a, b):
    """Control points of the part of the curve between parameters a and b (de Casteljau:
    first the tail from a, then its head up to the rescaled b)."""
    points = np.asarray(points, dtype=float)
    n = len(points)
    if a == 1:
        return np.asarray([points[-1]] * n)
    tail = np.asarray([bezier(points[i:])(a) for i in range(n)])
    end = (b - a) / (1.0 - a)
    return np.asarray([bezier(tail[: i + 1])(end) for i in range(n)])


def partial_quadratic_bezier_points(points, a, b):
    """partial_bezier_points for a quadratic curve (3 control points)."""
    points = np.asarray(points, dtype=float)
    if a == 1:
        return np.asarray(3 * [points[-1]])
    curve = bezier(points)
    h0 = curve(a) if a > 0 else points[0]
    h2 = curve(b) if b < 1 else points[2]
    h1_tail = (1 - a) * points[1] + a * points[2]
    end = (b - a) / (1.0 - a)
    return np.asarray((h0, (1 - end) * h0 + end * h1_tail, h2))


def split_quadratic_bezier(points, t):
    """The two quadratic curves (6 points) of `points` split at parameter t."""
    a1, h1, a2 = np.asarray(points, dtype=float)
    s1 = interpolate(a1, h1, t)
    s2 = interpolate(h1, a2, t)
    p = interpolate(s1, s2, t)
    return np.array((a1, s1, p, p, s2, a2))


def subdivide_quadratic_bezier(points, n):
    """The quadratic curve split into n equal-parameter pieces: 3n points."""
    pieces = np.empty((n, 3, 3))
    rest = np.asarray(points, dtype=float)
    for j in range(n):
        halves = split_quadratic_bezier(rest, 1 / (n - j))
        pieces[j] = halves[:3]
        rest = halves[3:]
    return pieces.reshape(-1, 3)


def quadratic_bezier_remap(triplets, new_number_of_curves):
    """The quadratic curves `triplets` (k x 3 x 3) subdivided into new_number_of_curves
    curves: the first curves are split most, as evenly as the counts allow."""
    triplets = np.asarray(triplets, dtype=float)
    extra = new_number_of_curves - len(triplets)
    if extra <= 0:
        return triplets
    out = np.zeros((new_number_of_curves, 3, 3))
    idx = 0
    for triplet in triplets:
        if extra > 0:
            pieces = int(np.ceil(extra / len(triplets))) + 1
            out[idx: idx + pieces] = subdivide_quadratic_bezier(triplet, pieces).reshape(-1, 3, 3)
            extra -= pieces - 1
            idx += pieces
        else:
            out[idx] = triplet
            idx += 1
    return out


def interpolate(start, end, alpha):
    """(1 - alpha) * start + alpha * end, for numbers or arrays."""
    return (1 - alpha) * start + alpha * end


def integer_interpolate(start, end, alpha):
    """(the integer part, the fractional residue) of interpolate(start, end, alpha); alpha 1
    gives (end - 1, 1.0), alpha 0 (start, 0)."""
    if alpha >= 1:
        return (int(end - 1), 1.0)
    if alpha <= 0:
        return (int(start), 0)
    value = int(interpolate(start, end, alpha))
    residue = ((end - start) * alpha) % 1
    return (value, residue)


def mid(start, end):
    return (start + end) / 2.0


def inverse_interpolate(start, end, value):
    """The alpha with interpolate(start, end, alpha) == value."""
    return np.true_divide(value - start, end - start)


def match_interpolate(new_start, new_end, old_start, old_end, old_value):
    """old_value mapped linearly from [old_start, old_end] onto [new_start, new_end]."""
    return interpolate(new_start, new_end, inverse_interpolate(old_start, old_end, old_value))


def is_closed(points):
    return np.allclose(points[0], points[-1])


def get_smooth_cubic_bezier_handle_points(points):
    """(first handles, second handles) of the C2-smooth cubic spline through the anchors
    `points`: natural ends (zero second derivative) for an open path, periodic when the first
    and last anchors coincide."""
    anchors = np.asarray(points, dtype=float)
    n = len(anchors) - 1
    dim = anchors.shape[1]
    if n < 1:
        return np.zeros((0, dim)), np.zeros((0, dim))
    closed = is_closed(anchors) and n > 1
    # Unknowns: h1_0, h2_0, h1_1, h2_1, ... (columns 2i and 2i + 1).
    m = np.zeros((2 * n, 2 * n))
    rhs = np.zeros((2 * n, dim))
    row = 0
    for i in range(n - 1):
        # Tangent continuity at anchor i + 1: h2_i + h1_{i+1} = 2 a_{i+1}.
        m[row, 2 * i + 1] = 1
        m[row, 2 * i + 2] = 1
        rhs[row] = 2 * anchors[i + 1]
        row += 1
        # Curvature continuity: h1_i - 2 h2_i + 2 h1_{i+1} - h2_{i+1} = 0.
        m[row, [2 * i, 2 * i + 1, 2 * i + 2, 2 * i + 3]] = [1, -2, 2, -1]
        row += 1
    if closed:
        m[row, [0, 2 * n - 1]] = 1
        rhs[row] = 2 * anchors[0]
        row += 1
        m[row, [2 * n - 2, 2 * n - 1, 0, 1]] = [1, -2, 2, -1]
    else:
        # a_0 - 2 h1_0 + h2_0 = 0 and h1_{n-1} - 2 h2_{n-1} + a_n = 0.
        m[row, [0, 1]] = [2, -1]
        rhs[row] = anchors[0]
        row += 1
        m[row, [2 * n - 2, 2 * n - 1]] = [-1, 2]
        rhs[row] = anchors[-1]
    try:
        handles = np.linalg.solve(m, rhs)
    except np.linalg.LinAlgError:
        handles = np.linalg.lstsq(m, rhs, rcond=None)[0]
    return handles[0::2], handles[1::2]


def get_smooth_handle_points(points):
    return get_smooth_cubic_bezier_handle_points(points)


def diag_to_matrix(l_and_u, diag):
    """The square matrix of a banded matrix in LAPACK's (l, u) diagonal-ordered form
    (row u of `diag` is the main diagonal)."""
    lower, upper = l_and_u
    size = diag.shape[1]
    matrix = np.zeros((size, size))
    for i in range(lower + upper + 1):
        offset = upper - i  # which diagonal this row holds (> 0 above the main one)
        for j in range(size):
            r = j - offset
            if 0 <= r < size:
                matrix[r, j] = diag[i, j]
    return matrix


def get_quadratic_approximation_of_cubic(a0, h0, h1, a1):
    """Two quadratic curves (6 points each, rows) approximating each cubic (a0, h0, h1, a1):
    split at the inflection point when there is one in (0, 1), else at t = 0.5; each half's
    handle is where the end tangent meets the split point's tangent."""
    a0, h0, h1, a1 = (np.array(p, ndmin=2, dtype=float) for p in (a0, h0, h1, a1))
    t0, t1 = h0 - a0, a1 - h1
    # Inflections: roots of cross(B', B'') = a t^2 + b t + c.
    p = h0 - a0
    q = h1 - 2 * h0 + a0
    r = a1 - 3 * h1 + 3 * h0 - a0
    a, b, c = cross2d(q, r), cross2d(p, r), cross2d(p, q)
    disc = b * b - 4 * a * c
    has_inflection = disc > 0
    sqrt_disc = np.sqrt(np.abs(disc))
    t_mid = np.full(len(a0), 0.5)
    with np.errstate(all="ignore"):
        for sign in (-1, 1):
            ti = (-b + sign * sqrt_disc) / (2 * a)
            linear = a == 0
            ti[linear] = (-c / b)[linear]
            ti[linear & (b == 0)] = 0
            use = has_inflection & (0 < ti) & (ti < 1)
            t_mid[use] = ti[use]
    rows, dim = a0.shape
    t = t_mid.repeat(dim).reshape((rows, dim))
    middle = bezier([a0, h0, h1, a1])(t)
    tangent = bezier([h0 - a0, h1 - h0, a1 - h1])(t)
    i0 = find_intersection(a0, t0, middle, tangent)
    i1 = find_intersection(a1, t1, middle, tangent)
    result = np.zeros((6 * rows, dim))
    result[0::6] = a0
    result[1::6] = i0
    result[2::6] = middle
    result[3::6] = middle
    result[4::6] = i1
    result[5::6] = a1
    return result


def proportions_along_bezier_curve_for_point(point, control_points, round_to=1e-6):
    """The parameters t in [0, 1] at which the Bezier curve passes through `point`
    (roots of each coordinate's polynomial, rounded to `round_to`, common to all)."""
    if not all(np.shape(point) == np.shape(c) for c in control_points):
        raise ValueError(f"Point {point} and Control Points {control_points} have different "
                         "shapes.")
    control = np.array(control_points, dtype=float)
    n = len(control) - 1
    decimals = int(np.log10(1 / round_to))
    root_sets = []
    for dim, coord in enumerate(point):
        # Power-basis coefficients of the Bernstein polynomial, minus the target.
        coeffs = np.zeros(n + 1)
        for j in range(n + 1):
            coeffs[j] = choose(n, j) * sum(choose(j, i) * (-1) ** (j - i) * control[i, dim]
                                           for i in range(j + 1))
        coeffs[0] -= coord
        if not coeffs.any():
            continue  # this coordinate matches for every t
        roots = np.polynomial.Polynomial(coeffs).roots()
        if len(roots):
            roots = np.around(roots, decimals)
        root_sets.append([x for x in roots if np.imag(x) == 0])
    if not root_sets:
        return np.asarray([])
    common = reduce(np.intersect1d, root_sets)
    return np.asarray([np.real(x) for x in common if 0 <= np.real(x) <= 1])


def point_lies_on_bezier(point, control_points, round_to=1e-6):
    return len(proportions_along_bezier_curve_for_point(point, control_points, round_to)) > 0


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
