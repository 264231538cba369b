#!/usr/bin/env bash
# `make install` works and the installed tree is relocatable: installs the build into a
# temporary PREFIX, moves that tree elsewhere, and renders a Python scene and a C++ scene (with
# MathTex, so the MathJax worker and its node_modules are used) from the moved copy. Each route
# must use the moved tree's files, never the checkout's: the compile command's -I, -L and the
# Python package and module are checked. Usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/manimcpp_install_test.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; fail "cmake --install failed"; }
mv "$work/prefix" "$work/moved"
bin="$work/moved/bin/manimcpp"
[ -x "$bin" ] || fail "no bin/manimcpp in the installed tree"
grep -rqs "$repo" "$work/moved/bin/manimcpp" && fail "bin/manimcpp embeds the checkout path $repo"

mkdir "$work/run" && cd "$work/run"
cat > scene.py <<'PY'
import manim, manimcpp
print("PKG", manim.__file__)
print("MOD", manimcpp.__file__)
from manim import *

class Hello(Scene):
    def construct(self):
        self.play(Create(Square()), run_time=0.3)
PY
cat > scene.cpp <<'CPP'
#include <manim/manim.hpp>
using namespace manim;
class Formula : public Scene {
 public:
  void construct() override {
    play(Write(MathTex("e^{i\\pi} + 1 = 0")), {.run_time = 0.3});
  }
};
MANIM_SCENE(Formula);
CPP
export MANIMCPP_CACHE_DIR="$work/cache"  # cold caches: compile and typeset from the tree
# PATH and PYTHONPATH without the checkout's build.
export PATH="$work/moved/bin:/usr/bin:/bin"
unset PYTHONPATH

out=$(manimcpp scene.py Hello -ql --progress_bar none 2>&1) || { echo "$out"; fail "scene.py"; }
echo "$out" | grep -q "PKG $work/moved/" || { echo "$out"; fail "the manim package is not the installed one"; }
echo "$out" | grep -q "MOD $work/moved/" || { echo "$out"; fail "the manimcpp module is not the installed one"; }
[ -s media/videos/scene/480p15/Hello.mp4 ] || fail "no media/videos/scene/480p15/Hello.mp4"

out=$(manimcpp scene.cpp Formula -ql -v DEBUG --progress_bar none 2>&1) || { echo "$out"; fail "scene.cpp"; }
echo "$out" | grep -q -- "-I$work/moved/include" || { echo "$out"; fail "headers not taken from the installed tree"; }
echo "$out" | grep -q -- "-L$work/moved/lib/manimcpp" || { echo "$out"; fail "libmanim not taken from the installed tree"; }
echo "$out" | grep -q -- "$repo" && { echo "$out"; fail "the compile used the checkout at $repo"; }
[ -s media/videos/scene/480p15/Formula.mp4 ] || fail "no media/videos/scene/480p15/Formula.mp4"

# Debian's python3 finds the installed package with the prefix's site folder on its path.
site=$(cd "$work/moved" && ls -d lib/python3*/dist-packages)
out=$(PYTHONPATH="$work/moved/$site" /usr/bin/python3 -c "
from manim import *
class P(Scene):
    def construct(self):
        self.wait(0.2)
config.pixel_width, config.pixel_height, config.frame_rate = 320, 180, 10
print(P().render())" 2>&1) || { echo "$out"; fail "Scene.render() from the installed package"; }
[ -s media/videos/180p10/P.mp4 ] || { echo "$out"; fail "no media/videos/180p10/P.mp4"; }
echo "install_test: installed tree at a moved prefix renders .py, .cpp and Scene.render()"
