// The frame (display list) type lives in the camera layer, which produces it.
#pragma once
#include "manim/camera/frame.hpp"
