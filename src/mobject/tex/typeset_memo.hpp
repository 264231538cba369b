// Internal: what this process already typeset, so the same TeX string is not typeset, read back
// and parsed again (a DecimalTable's 2500 numbers are a dozen distinct characters). Two tables,
// each bounded (cleared when full, so a long render cannot grow without end):
//   - typeset results: the SVG text of each expression, keyed by the engine, the TeX folder, the
//     cache folder's environment and the documents; an entry counts only while Manim's
//     <tex_dir>/<hash>.svg files it wrote still exist (else the full route runs and rewrites them);
//   - glyph outlines: the leaves parsed from one SVG text, handed out as deep copies.
// Errors are never remembered (the engines report them every time, as Manim does).
#pragma once
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mobject/svg/svg_mobject.hpp"

namespace manim::detail::tex {

struct MemoTypeset {
  std::vector<std::string> svg;    // one per expression; empty when that part failed
  std::vector<std::string> error;  // the part's error when it failed
  bool latex = false;
};

// The remembered result for `key` when every file in its list still exists.
std::optional<MemoTypeset> recall_typeset(const std::string& key);
void remember_typeset(const std::string& key, const MemoTypeset& result,
                      std::vector<std::filesystem::path> files);

// Deep copies of the leaves remembered for (svg, latex), or nullopt.
std::optional<std::vector<std::shared_ptr<SvgLeafNode>>> recall_leaves(const std::string& svg,
                                                                       bool latex);
void remember_leaves(const std::string& svg, bool latex,
                     const std::vector<std::shared_ptr<SvgLeafNode>>& leaves);

// Forgets everything (tests that damage the disk cache on purpose).
void clear_typeset_memo();

}  // namespace manim::detail::tex
