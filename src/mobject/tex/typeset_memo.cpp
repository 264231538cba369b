// In-process memo of typeset TeX (see typeset_memo.hpp).
#include "mobject/tex/typeset_memo.hpp"

#include <mutex>
#include <unordered_map>

namespace manim::detail::tex {

namespace {

// Each table is cleared past this many bytes (SVG text, or 3 doubles per outline point).
constexpr std::size_t kMaxBytes = 24u << 20;

struct TypesetEntry {
  MemoTypeset result;
  std::vector<std::filesystem::path> files;
};

struct Memo {
  std::mutex mutex;
  std::unordered_map<std::string, TypesetEntry> typeset;
  std::size_t typeset_bytes = 0;
  std::unordered_map<std::string, std::vector<std::shared_ptr<SvgLeafNode>>> leaves;
  std::size_t leaves_bytes = 0;
};

Memo& memo() {
  static Memo m;
  return m;
}

std::string leaves_key(const std::string& svg, bool latex) { return (latex ? "L" : "M") + svg; }

std::shared_ptr<SvgLeafNode> copy_leaf(const std::shared_ptr<SvgLeafNode>& leaf) {
  return std::static_pointer_cast<SvgLeafNode>(detail::deep_copy(leaf));
}

}  // namespace

std::optional<MemoTypeset> recall_typeset(const std::string& key) {
  std::vector<std::filesystem::path> files;
  MemoTypeset result;
  {
    std::lock_guard lock(memo().mutex);
    auto it = memo().typeset.find(key);
    if (it == memo().typeset.end()) return std::nullopt;
    result = it->second.result;
    files = it->second.files;
  }
  std::error_code ec;
  for (const auto& f : files)
    if (!std::filesystem::exists(f, ec)) return std::nullopt;
  return result;
}

void remember_typeset(const std::string& key, const MemoTypeset& result,
                      std::vector<std::filesystem::path> files) {
  std::size_t bytes = key.size();
  for (const auto& s : result.svg) bytes += s.size();
  for (const auto& s : result.error) bytes += s.size();
  std::lock_guard lock(memo().mutex);
  Memo& m = memo();
  if (m.typeset_bytes + bytes > kMaxBytes) {
    m.typeset.clear();
    m.typeset_bytes = 0;
  }
  if (m.typeset.emplace(key, TypesetEntry{result, std::move(files)}).second)
    m.typeset_bytes += bytes;
}

std::optional<std::vector<std::shared_ptr<SvgLeafNode>>> recall_leaves(const std::string& svg,
                                                                       bool latex) {
  std::vector<std::shared_ptr<SvgLeafNode>> found;
  {
    std::lock_guard lock(memo().mutex);
    auto it = memo().leaves.find(leaves_key(svg, latex));
    if (it == memo().leaves.end()) return std::nullopt;
    found = it->second;
  }
  for (auto& leaf : found) leaf = copy_leaf(leaf);
  return found;
}

void remember_leaves(const std::string& svg, bool latex,
                     const std::vector<std::shared_ptr<SvgLeafNode>>& leaves) {
  std::size_t bytes = svg.size();
  std::vector<std::shared_ptr<SvgLeafNode>> copies;
  for (const auto& leaf : leaves) {
    bytes += leaf->points.size() * sizeof(Vec3) + sizeof(SvgLeafNode);
    copies.push_back(copy_leaf(leaf));
  }
  std::lock_guard lock(memo().mutex);
  Memo& m = memo();
  if (m.leaves_bytes + bytes > kMaxBytes) {
    m.leaves.clear();
    m.leaves_bytes = 0;
  }
  if (m.leaves.emplace(leaves_key(svg, latex), std::move(copies)).second) m.leaves_bytes += bytes;
}

void clear_typeset_memo() {
  std::lock_guard lock(memo().mutex);
  memo().typeset.clear();
  memo().leaves.clear();
  memo().typeset_bytes = memo().leaves_bytes = 0;
}

}  // namespace manim::detail::tex
