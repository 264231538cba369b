// Scene's constructor keywords, Scene.render()'s folders, log file and dry run, Mobject(name=)
// and Python identity after copy() (tests/python/test_scene_keywords.py and
// test_mobject_identity.py, unittest) with Debian's python3 against this build.
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mt = manim::testing;

TEST(PythonScene, ConstructorKeywordsAndRenderFolders) {
  mt::expect_python_unittest_passes("test_scene_keywords.py");
}

TEST(PythonMobject, NamesAndIdentityAfterCopy) {
  mt::expect_python_unittest_passes("test_mobject_identity.py");
}
