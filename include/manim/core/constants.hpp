// Manim CE's direction, buffer and angle constants (manim/constants.py, v0.18.0).
#pragma once
#include "manim/core/vec3.hpp"

namespace manim {

inline constexpr Vec3 ORIGIN{0, 0, 0};
inline constexpr Vec3 UP{0, 1, 0};
inline constexpr Vec3 DOWN{0, -1, 0};
inline constexpr Vec3 RIGHT{1, 0, 0};
inline constexpr Vec3 LEFT{-1, 0, 0};
inline constexpr Vec3 IN{0, 0, -1};
inline constexpr Vec3 OUT{0, 0, 1};
inline constexpr Vec3 X_AXIS{1, 0, 0};
inline constexpr Vec3 Y_AXIS{0, 1, 0};
inline constexpr Vec3 Z_AXIS{0, 0, 1};
inline constexpr Vec3 UL = UP + LEFT;
inline constexpr Vec3 UR = UP + RIGHT;
inline constexpr Vec3 DL = DOWN + LEFT;
inline constexpr Vec3 DR = DOWN + RIGHT;

inline constexpr double PI = 3.141592653589793;
inline constexpr double TAU = 2 * PI;
inline constexpr double DEGREES = TAU / 360;

inline constexpr double SMALL_BUFF = 0.1;
inline constexpr double MED_SMALL_BUFF = 0.25;
inline constexpr double MED_LARGE_BUFF = 0.5;
inline constexpr double LARGE_BUFF = 1.0;
inline constexpr double DEFAULT_MOBJECT_TO_EDGE_BUFFER = MED_LARGE_BUFF;
inline constexpr double DEFAULT_MOBJECT_TO_MOBJECT_BUFFER = MED_SMALL_BUFF;

inline constexpr double DEFAULT_STROKE_WIDTH = 4;
inline constexpr double DEFAULT_DOT_RADIUS = 0.08;
inline constexpr double DEFAULT_SMALL_DOT_RADIUS = 0.04;
inline constexpr double DEFAULT_DASH_LENGTH = 0.05;
inline constexpr double DEFAULT_ARROW_TIP_LENGTH = 0.35;
inline constexpr double DEFAULT_WAIT_TIME = 1.0;
inline constexpr double DEFAULT_FONT_SIZE = 48;

// Frame geometry: the frame is 14.222 x 8 units at every quality (1080p = 135 px/unit).
inline constexpr double FRAME_HEIGHT = 8.0;
inline constexpr double FRAME_WIDTH = FRAME_HEIGHT * 16.0 / 9.0;
inline constexpr double FRAME_X_RADIUS = FRAME_WIDTH / 2;
inline constexpr double FRAME_Y_RADIUS = FRAME_HEIGHT / 2;

}  // namespace manim
