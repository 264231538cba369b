"""Vector, rotation, quaternion and planar geometry helpers (Manim's manim.utils.space_ops):
plain numpy in, numpy out."""
import math

import numpy as np

from manim.constants import DOWN, OUT, PI, RIGHT, TAU, UP
from manim.utils.iterables import adjacent_pairs


def norm_squared(v):
    return float(np.dot(v, v))


# ---- quaternions, as [w, x, y, z] ----

def quaternion_mult(*quats):
    """Hamilton product of the quaternions, left to right; [1, 0, 0, 0] for none."""
    if not quats:
        return [1, 0, 0, 0]
    result = quats[0]
    for q in quats[1:]:
        w1, x1, y1, z1 = result
        w2, x2, y2, z2 = q
        result = [
            w1 * w2 - x1 * x2 - y1 * y2 - z1 * z2,
            w1 * x2 + x1 * w2 + y1 * z2 - z1 * y2,
            w1 * y2 + y1 * w2 + z1 * x2 - x1 * z2,
            w1 * z2 + z1 * w2 + x1 * y2 - y1 * x2,
        ]
    return result


def quaternion_from_angle_axis(angle, axis, axis_normalized=False):
    """The unit quaternion of a rotation by `angle` about `axis`."""
    axis = np.asarray(axis, dtype=float)
    if not axis_normalized:
        axis = normalize(axis)
    half = angle / 2
    return [math.cos(half), *(math.sin(half) * axis)]


def angle_axis_from_quaternion(quaternion):
    """(angle, unit axis) of a unit quaternion; the axis is RIGHT when the angle is 0."""
    axis = normalize(quaternion[1:], fall_back=np.array([1, 0, 0]))
    angle = 2 * np.arccos(np.clip(quaternion[0], -1, 1))
    if angle > TAU / 2:
        angle = TAU - angle
    return angle, axis


def quaternion_conjugate(quaternion):
    result = list(quaternion)
    for i in range(1, len(result)):
        result[i] *= -1
    return result


# ---- rotations ----

def rotate_vector(vector, angle, axis=OUT):
    """`vector` (2D or 3D) rotated by `angle` about `axis` (right-hand rule)."""
    vector = np.asarray(vector, dtype=float)
    if len(vector) > 3:
        raise ValueError("rotate_vector: vector must have 2 or 3 components, got "
                         f"{len(vector)}")
    if len(vector) == 2:
        return rotation_matrix(angle, axis)[:2, :2] @ vector
    return rotation_matrix(angle, axis) @ vector


def thick_diagonal(dim, thickness=2):
    """dim x dim matrix of ones within `thickness` of the diagonal (|i - j| < thickness)."""
    row = np.arange(dim).repeat(dim).reshape((dim, dim))
    return (np.abs(row - row.T) < thickness).astype("uint8")


def rotation_matrix_from_quaternion(quat):
    w, x, y, z = (float(c) for c in quat)
    return np.array([
        [1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)],
        [2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)],
        [2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)],
    ])


def rotation_matrix_transpose_from_quaternion(quat):
    return rotation_matrix_from_quaternion(quat).T


def rotation_matrix_transpose(angle, axis):
    return rotation_matrix(angle, axis).T


def rotation_matrix(angle, axis, homogeneous=False):
    """3x3 (4x4 when `homogeneous`) matrix of a rotation by `angle` about `axis`
    (Rodrigues' formula)."""
    axis = normalize(np.asarray(axis, dtype=float))
    c, s = math.cos(angle), math.sin(angle)
    x, y, z = axis
    k = np.array([[0, -z, y], [z, 0, -x], [-y, x, 0]])
    m = c * np.eye(3) + s * k + (1 - c) * np.outer(axis, axis)
    if not homogeneous:
        return m
    h = np.eye(4)
    h[:3, :3] = m
    return h


def rotation_about_z(angle):
    c, s = math.cos(angle), math.sin(angle)
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def z_to_vector(vector):
    """A rotation matrix whose third column is the unit `vector` (so it maps OUT onto it);
    its first column lies in the plane of `vector` and the z axis."""
    axis_z = normalize(vector)
    axis_y = normalize(np.cross(axis_z, RIGHT))
    axis_x = np.cross(axis_y, axis_z)
    if np.linalg.norm(axis_y) == 0:
        # `vector` is along x: build from UP instead.
        axis_x = normalize(np.cross(UP, axis_z))
        axis_y = -np.cross(axis_x, axis_z)
    return np.array([axis_x, axis_y, axis_z]).T


def angle_of_vector(vector):
    """The polar angle of the xy projection; vectorised over the columns of a 2D array."""
    vector = np.asarray(vector)
    if vector.ndim > 1:
        if vector.shape[0] < 2:
            raise ValueError("angle_of_vector: vector must have at least 2 rows")
        return np.arctan2(vector[1], vector[0])
    return float(np.arctan2(vector[1], vector[0]))


def angle_between_vectors(v1, v2):
    """The angle in [0, pi] between two vectors."""
    v1, v2 = np.asarray(v1, dtype=float), np.asarray(v2, dtype=float)
    return 2 * np.arctan2(np.linalg.norm(normalize(v1) - normalize(v2)),
                          np.linalg.norm(normalize(v1) + normalize(v2)))


def normalize(vect, fall_back=None):
    """`vect` scaled to length 1; `fall_back` (or zeros) when it has length 0."""
    vect = np.asarray(vect, dtype=float)
    norm = np.linalg.norm(vect)
    if norm > 0:
        return vect / norm
    return fall_back if fall_back is not None else np.zeros(len(vect))


def normalize_along_axis(array, axis):
    """Each vector along `axis` of `array` scaled to length 1 (zero vectors stay zero)."""
    array = np.asarray(array, dtype=float)
    norms = np.sqrt((array * array).sum(axis))
    norms[norms == 0] = 1
    return array / np.expand_dims(norms, axis)


def get_unit_normal(v1, v2, tol=1e-6):
    """The unit normal of v1 and v2; for (nearly) parallel vectors, the normal to v1 in the
    plane it shares with the z axis, and DOWN when that is null too."""
    v1, v2 = normalize(v1), normalize(v2)
    cp = np.cross(v1, v2)
    if np.linalg.norm(cp) < tol:
        cp = np.cross(np.cross(v1, OUT), v1)
        if np.linalg.norm(cp) < tol:
            return DOWN
    return normalize(cp)


def compass_directions(n=4, start_vect=RIGHT):
    """`n` unit-angle-spaced rotations of `start_vect`."""
    angle = TAU / n
    return np.array([rotate_vector(start_vect, k * angle) for k in range(n)])


def regular_vertices(n, *, radius=1, start_angle=None):
    """(vertices, start_angle) of a regular n-gon on a circle of `radius` about the origin;
    the first vertex at `start_angle`, by default 0 for even n and 90 degrees for odd n."""
    if start_angle is None:
        start_angle = 0 if n % 2 == 0 else TAU / 4
    start_vector = rotate_vector(RIGHT * radius, start_angle)
    return compass_directions(n, start_vector), start_angle


def complex_to_R3(complex_num):
    return np.array((complex_num.real, complex_num.imag, 0))


def R3_to_complex(point):
    return complex(*point[:2])


def complex_func_to_R3_func(complex_func):
    return lambda p: complex_to_R3(complex_func(R3_to_complex(p)))


def center_of_mass(points):
    """The mean of the points."""
    return np.average(np.asarray(points, dtype=float), 0, np.ones(len(points)))


def midpoint(point1, point2):
    return center_of_mass([point1, point2])


def line_intersection(line1, line2):
    """The intersection of two infinite lines of the xy plane, each given by two points;
    ValueError for parallel or equal lines or points off the plane z = 0."""
    if any(np.array([line1, line2])[:, :, 2].reshape(-1)):
        raise ValueError("line_intersection: coordinates must be in the xy plane (z = 0)")
    # Homogeneous coordinates: the line through two points is their cross product, and two
    # lines meet at the cross product of the lines.
    padded = (np.pad(np.array(i)[:, :2], ((0, 0), (0, 1)), constant_values=1)
              for i in (line1, line2))
    line1, line2 = (np.cross(*i) for i in padded)
    x, y, z = np.cross(line1, line2)
    if z == 0:
        raise ValueError("line_intersection: the lines are parallel or equal, there is no "
                         "unique intersection")
    return np.array([x / z, y / z, 0])


def find_intersection(p0s, v0s, p1s, v1s, threshold=1e-5):
    """For each i, the point of the ray p0s[i] + t v0s[i] closest to the ray p1s[i] + s v1s[i]
    (p0s[i] itself when the rays are parallel within `threshold`)."""
    result = []
    for p0, v0, p1, v1 in zip(*(np.asarray(a, dtype=float) for a in (p0s, v0s, p1s, v1s))):
        normal = np.cross(v1, np.cross(v0, v1))
        denom = max(np.dot(v0, normal), threshold)
        result.append(p0 + np.dot(p1 - p0, normal) / denom * v0)
    return result


def get_winding_number(points):
    """How many times the closed polyline through `points` winds around the origin."""
    total_angle = 0
    for p1, p2 in adjacent_pairs(points):
        d_angle = angle_of_vector(p2) - angle_of_vector(p1)
        d_angle = ((d_angle + PI) % TAU) - PI
        total_angle += d_angle
    return total_angle / TAU


def shoelace(x_y):
    """Twice the signed area (negative when counterclockwise) of the closed polygon through
    the 2D points `x_y`, by the trapezoid sum."""
    x = np.asarray(x_y)[:, 0]
    y = np.asarray(x_y)[:, 1]
    return np.trapz(y, x)


def shoelace_direction(x_y):
    """'CW' or 'CCW' for the polygon through the 2D points."""
    area = shoelace(x_y)
    return "CW" if area > 0 else "CCW"


def cross2d(a, b):
    """z of the cross product of 2D vectors, or of each row of two arrays of them."""
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim == 2:
        return a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
    return a[0] * b[1] - b[0] * a[1]


def earclip_triangulation(verts, ring_ends):
    """Indices into `verts` (3 per triangle) covering the polygon whose rings end at the
    indices `ring_ends`; inner rings are joined to the outer one by bridges first."""
    verts = np.asarray(verts)
    rings = [list(range(e0, e1)) for e0, e1 in zip([0, *ring_ends], ring_ends)]

    def ring_area(ring_id):
        ring = rings[ring_id]
        s = 0
        for i, j in zip(ring, ring[1:] + ring[:1]):
            s += cross2d(verts[i], verts[j])
        return abs(s) / 2

    if len(rings) > 1:
        # Join every other ring to the ring containing it (or the first), at their nearest
        # vertex pair, so the result is one simple loop.
        order = sorted(range(len(rings)), key=ring_area, reverse=True)
        merged = list(rings[order[0]])
        for rid in order[1:]:
            ring = rings[rid]
            best = None
            for a in merged:
                for b in ring:
                    d = norm_squared(verts[a] - verts[b])
                    if best is None or d < best[0]:
                        best = (d, a, b)
            _, a, b = best
            ia, ib = merged.index(a), ring.index(b)
            loop = ring[ib:] + ring[:ib] + [b]
            merged = merged[: ia + 1] + loop + merged[ia:]
        indices = merged
    else:
        indices = rings[0]
    return _earclip(verts, indices)


def _earclip(verts, indices):
    pts = [np.asarray(verts[i][:2], dtype=float) for i in indices]
    idx = list(range(len(indices)))
    area = sum(cross2d(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))
    ccw = area > 0
    out = []
    guard = 0
    while len(idx) > 3 and guard < 10 * len(indices) ** 2:
        guard += 1
        n = len(idx)
        clipped = False
        for k in range(n):
            i0, i1, i2 = idx[k - 1], idx[k], idx[(k + 1) % n]
            a, b, c = pts[i0], pts[i1], pts[i2]
            turn = cross2d(b - a, c - b)
            if (turn > 0) != ccw or turn == 0:
                continue
            inside = False
            for j in idx:
                if j in (i0, i1, i2):
                    continue
                p = pts[j]
                d1, d2, d3 = cross2d(b - a, p - a), cross2d(c - b, p - b), cross2d(a - c, p - c)
                if (d1 >= 0 and d2 >= 0 and d3 >= 0) if ccw else (d1 <= 0 and d2 <= 0 and d3 <= 0):
                    inside = True
                    break
            if inside:
                continue
            out += [indices[i0], indices[i1], indices[i2]]
            idx.pop(k)
            clipped = True
            break
        if not clipped:  # degenerate: clip the first corner anyway
            out += [indices[idx[-1]], indices[idx[0]], indices[idx[1]]]
            idx.pop(0)
    if len(idx) == 3:
        out += [indices[i] for i in idx]
    return out


def cartesian_to_spherical(vec):
    """(r, theta, phi): theta the azimuth from x in the xy plane, phi the angle from +z."""
    norm = np.linalg.norm(vec)
    if norm == 0:
        return 0, 0, 0
    r = norm
    phi = np.arccos(vec[2] / r)
    theta = np.arctan2(vec[1], vec[0])
    return np.array([r, theta, phi])


def spherical_to_cartesian(spherical):
    """Inverse of cartesian_to_spherical: (r, theta, phi) to (x, y, z)."""
    r, theta, phi = spherical
    return np.array([
        r * np.cos(theta) * np.sin(phi),
        r * np.sin(theta) * np.sin(phi),
        r * np.cos(phi),
    ])


def perpendicular_bisector(line, norm_vector=OUT):
    """Two points on the perpendicular bisector of the segment `line` in the plane normal to
    `norm_vector`: the midpoint plus and minus the unit direction."""
    p1, p2 = (np.asarray(p, dtype=float) for p in line)
    direction = np.cross(p1 - p2, norm_vector)
    m = midpoint(p1, p2)
    return [m + direction, m - direction]


from manim._api import populate as _populate  # noqa: E402

_populate(globals())
