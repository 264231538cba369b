"""Manim's type aliases (manim.typing) for annotations: numpy arrays, tuples and callables."""
import os
from typing import Callable, Tuple, Union

import numpy as np
import numpy.typing as npt

ManimFloat = np.float64
ManimInt = np.int64
ManimColorDType = np.float64
PointDType = ManimFloat

RGB_Array_Float = RGBA_Array_Float = HSV_Array_Float = npt.NDArray[ManimFloat]
RGB_Array_Int = RGBA_Array_Int = npt.NDArray[ManimInt]
RGB_Tuple_Float = HSV_Tuple_Float = Tuple[float, float, float]
RGBA_Tuple_Float = Tuple[float, float, float, float]
RGB_Tuple_Int = Tuple[int, int, int]
RGBA_Tuple_Int = Tuple[int, int, int, int]
ManimColorInternal = npt.NDArray[ManimColorDType]

InternalPoint2D = InternalPoint3D = InternalPoint3D_Array = npt.NDArray[PointDType]
Point2D = Point3D = Union[npt.NDArray[PointDType], Tuple[float, ...]]
Point2D_Array = Point3D_Array = Union[npt.NDArray[PointDType], Tuple[Point3D, ...]]
Vector = Vector3 = RowVector = ColVector = MatrixMN = Zeros = npt.NDArray[ManimFloat]
BezierPoints = BezierPoints_Array = CubicBezierPoints = QuadraticBezierPoints = \
    QuadraticBezierPoints_Array = FlatBezierPoints = npt.NDArray[PointDType]

FunctionOverride = Callable
PathFuncType = Callable[[Point3D, Point3D, float], Point3D]
MappingFunction = Callable[[Point3D], Point3D]
Image = npt.NDArray[ManimInt]
StrPath = Union[str, "os.PathLike[str]"]
StrOrBytesPath = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

del os
