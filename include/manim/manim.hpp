// manim.cpp: everything a scene file needs. `#include <manim/manim.hpp>` and
// `using namespace manim;` then write scenes as in Manim CE.
#pragma once
#include "manim/animation/animate.hpp"
#include "manim/animation/animation.hpp"
#include "manim/animation/composition.hpp"
#include "manim/animation/creation.hpp"
#include "manim/animation/fading.hpp"
#include "manim/animation/growing.hpp"
#include "manim/animation/transform.hpp"
#include "manim/core/color.hpp"
#include "manim/core/constants.hpp"
#include "manim/core/rate_functions.hpp"
#include "manim/core/vec3.hpp"
#include "manim/mobject/geometry.hpp"
#include "manim/mobject/mobject.hpp"
#include "manim/mobject/vmobject.hpp"
#include "manim/scene/config.hpp"
#include "manim/scene/scene.hpp"
