// Moved to the core layer: include "manim/core/config.hpp".
#pragma once
#include "manim/core/config.hpp"
