#include "manim/mobject/paragraph.hpp"

#include <stdexcept>

namespace manim {
namespace {

struct ParagraphNode : detail::MobjectNode {
  std::shared_ptr<detail::MobjectNode> lines_text;
  std::vector<std::string> alignments;
  std::vector<Vec3> initial_positions;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<ParagraphNode>(*this);
  }
};

ParagraphNode& paragraph_node(const Mobject& m) {
  auto* n = dynamic_cast<ParagraphNode*>(&m.node());
  if (!n) throw std::logic_error("Paragraph: the object (" + m.kind() + ") has no line data");
  return *n;
}

void check_alignment(const std::string& a) {
  if (a != "" && a != "left" && a != "right" && a != "center")
    throw std::invalid_argument("Paragraph: unknown alignment '" + a +
                                "'; use \"left\", \"right\" or \"center\" (or None)");
}

bool is_space_char(const std::string& c) {
  return c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\v" || c == "\f" ||
         c == "\u00a0" || c == "\u3000";
}

// Code points of a UTF-8 string.
std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

Paragraph::Paragraph(const std::vector<std::string>& lines, const ParagraphArgs& args)
    : VGroup(std::make_shared<ParagraphNode>(), Mobject::Unchecked{}) {
  check_alignment(args.alignment);
  auto& n = paragraph_node(*this);
  detail::set_kind(n, "VMobject");
  detail::set_kind(n, "VGroup");
  detail::set_kind(n, "Paragraph");
  n.vectorized = true;

  const bool spaces_are_chars = args.text.disable_ligatures.value_or(false);
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) joined += (i ? "\n" : "") + lines[i];
  Text text(joined, args.text);
  n.lines_text = text.node_ptr();

  // Manim splits the joined string at '\n' again, so a line holding '\n' makes more lines.
  std::vector<std::string> split;
  {
    std::size_t start = 0;
    for (std::size_t k; (k = joined.find('\n', start)) != std::string::npos; start = k + 1)
      split.push_back(joined.substr(start, k - start));
    split.push_back(joined.substr(start));
  }
  const std::vector<Mobject> chars = text.submobjects();
  std::size_t at = 0;
  std::vector<Mobject> line_groups;
  for (const std::string& line : split) {
    std::size_t count = 0;
    for (const std::string& c : code_points(line))
      if (spaces_are_chars || !is_space_char(c)) ++count;
    std::vector<Mobject> members;
    for (std::size_t k = at; k < std::min(at + count, chars.size()); ++k)
      members.push_back(chars[k]);
    line_groups.push_back(VGroup(members));
    at += count;
    if (spaces_are_chars) ++at;  // the newline's own (invisible) character
  }
  for (const Mobject& g : line_groups) n.initial_positions.push_back(g.get_center());
  n.alignments.assign(line_groups.size(), args.alignment);
  add(line_groups);
  move_to(ORIGIN);
  if (!args.alignment.empty()) set_all_lines_alignments(args.alignment);
}

Text Paragraph::lines_text() const { return Mobject(paragraph_node(*this).lines_text).as<Text>(); }

VGroup Paragraph::chars() const { return VGroup(submobjects()); }

std::vector<std::string> Paragraph::alignments() const { return paragraph_node(*this).alignments; }

Paragraph& Paragraph::set_all_lines_alignments(const std::string& alignment) {
  check_alignment(alignment);
  const long lines = static_cast<long>(submobjects().size());
  for (long i = 0; i < lines; ++i) set_line_alignment(alignment, i);
  return *this;
}

Paragraph& Paragraph::set_line_alignment(const std::string& alignment, long line_no) {
  check_alignment(alignment);
  auto& n = paragraph_node(*this);
  const long count = static_cast<long>(n.submobjects.size());
  if (line_no < -count || line_no >= count)
    throw std::out_of_range("Paragraph: line " + std::to_string(line_no) +
                            " is out of range (it has " + std::to_string(count) + " lines)");
  const std::size_t i = static_cast<std::size_t>(line_no < 0 ? line_no + count : line_no);
  n.alignments[i] = alignment;
  Mobject line = (*this)[static_cast<long>(i)];
  const double y = line.get_center().y;
  if (alignment == "center")
    line.move_to(Vec3(get_center().x, y, 0));
  else if (alignment == "right")
    line.move_to(Vec3(get_right().x - line.width() / 2, y, 0));
  else if (alignment == "left")
    line.move_to(Vec3(get_left().x + line.width() / 2, y, 0));
  return *this;
}

Paragraph& Paragraph::set_all_lines_to_initial_positions() {
  auto& n = paragraph_node(*this);
  std::fill(n.alignments.begin(), n.alignments.end(), std::string());
  for (std::size_t i = 0; i < n.submobjects.size(); ++i)
    (*this)[static_cast<long>(i)].move_to(get_center() + n.initial_positions[i]);
  return *this;
}

Paragraph& Paragraph::set_line_to_initial_position(long line_no) {
  auto& n = paragraph_node(*this);
  const long count = static_cast<long>(n.submobjects.size());
  if (line_no < -count || line_no >= count)
    throw std::out_of_range("Paragraph: line " + std::to_string(line_no) +
                            " is out of range (it has " + std::to_string(count) + " lines)");
  const std::size_t i = static_cast<std::size_t>(line_no < 0 ? line_no + count : line_no);
  n.alignments[i] = "";
  (*this)[static_cast<long>(i)].move_to(get_center() + n.initial_positions[i]);
  return *this;
}

}  // namespace manim
