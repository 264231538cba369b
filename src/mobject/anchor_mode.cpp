// make_smooth / make_jagged (see anchor_mode.hpp).
#include "manim/mobject/anchor_mode.hpp"

#include "mobject/family.hpp"
#include "mobject/path_ops.hpp"

namespace manim {
namespace {

template <class Handles>
Mobject& change_anchor_mode(Mobject& mobject, Handles handles) {
  for (Mobject m : mobject.get_family()) {
    std::vector<Vec3>& pts = m.node().points;
    if (pts.empty()) continue;
    std::vector<Vec3> out;
    out.reserve(pts.size());
    for (const std::vector<Vec3>& sp : detail::subpaths(pts)) {
      std::vector<Vec3> anchors;
      for (std::size_t k = 0; k < sp.size(); k += 4) anchors.push_back(sp[k]);
      anchors.push_back(sp.back());
      std::vector<Vec3> h1, h2;
      handles(anchors, h1, h2);
      for (std::size_t i = 0; i + 1 < anchors.size(); ++i) {
        out.push_back(anchors[i]);
        out.push_back(h1[i]);
        out.push_back(h2[i]);
        out.push_back(anchors[i + 1]);
      }
    }
    pts = std::move(out);
  }
  return mobject;
}

}  // namespace

Mobject& make_smooth(Mobject& mobject) {
  return change_anchor_mode(
      mobject, [](const std::vector<Vec3>& a, std::vector<Vec3>& h1, std::vector<Vec3>& h2) {
        detail::smooth_handles(a, h1, h2);
      });
}

Mobject& make_jagged(Mobject& mobject) {
  return change_anchor_mode(
      mobject, [](const std::vector<Vec3>& a, std::vector<Vec3>& h1, std::vector<Vec3>& h2) {
        for (std::size_t i = 0; i + 1 < a.size(); ++i) {
          h1.push_back(a[i] + (a[i + 1] - a[i]) * (1.0 / 3));
          h2.push_back(a[i] + (a[i + 1] - a[i]) * (2.0 / 3));
        }
      });
}

}  // namespace manim
