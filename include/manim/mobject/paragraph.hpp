// Paragraph: lines of text as one Text, grouped per line so each line can be aligned, as
// Manim CE's Paragraph.
//
// The lines are typeset together (one Text of the lines joined by '\n', with line_spacing) and
// the Paragraph's submobjects are one VGroup per line holding that line's characters. With
// alignment "left", "right" or "center" each line is moved against the paragraph's current
// bounds, in order, exactly as Manim does.
//
//   Paragraph({"first line", "second"}, {.text = {.font_size = 24}, .alignment = "center"})
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "manim/mobject/text.hpp"

namespace manim {

struct ParagraphArgs {
  TextArgs text{};             // passed to the Text of all lines
  std::string alignment = "";  // "", "left", "right" or "center"
};

class Paragraph : public VGroup {
 public:
  explicit Paragraph(const std::vector<std::string>& lines, const ParagraphArgs& args = {});
  MANIM_HANDLE(Paragraph, VGroup)

  // The Text of all lines (Manim's lines_text); its characters are the ones in the lines.
  Text lines_text() const;
  // One VGroup per line (Manim's chars: the same VGroups as the submobjects).
  VGroup chars() const;
  // The current alignment of each line ("" for none; Manim's lines[1]).
  std::vector<std::string> alignments() const;

  // Manim's _set_all_lines_alignments / _set_line_alignment / _set_all_lines_to_initial_positions
  // / _set_line_to_initial_position. Throw std::invalid_argument for an unknown alignment or an
  // out-of-range line.
  Paragraph& set_all_lines_alignments(const std::string& alignment);
  Paragraph& set_line_alignment(const std::string& alignment, long line_no);
  Paragraph& set_all_lines_to_initial_positions();
  Paragraph& set_line_to_initial_position(long line_no);
};

}  // namespace manim
