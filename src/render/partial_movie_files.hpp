// Internal: the partial-movie cache's files (partial_movies.hpp is the cache itself): a cached
// segment checked before use, segments joined without re-encoding, the folder's entries
// listed, flushed and pruned.
#pragma once
#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "render/pipeline.hpp"

namespace manim::detail {

// Checks a cached segment before use: a regular file owned by this user (not a symlink), a
// readable container with one video stream of the expected codec and size, and exactly
// `frames` packets. Empty when usable, else the reason.
std::string check_segment(const std::filesystem::path& path, const OutputSpec& spec,
                          std::size_t frames);

// Joins movies of identical stream parameters into `out` without re-encoding (temporary next
// to it, renamed on success). Throws std::runtime_error naming the file.
void concat_segments(const std::vector<std::filesystem::path>& parts,
                     const std::vector<std::size_t>& frames, const std::filesystem::path& out,
                     const OutputSpec& spec);

// The cache entries (<hex key>.<ext>) of a partial-movie folder.
std::vector<std::filesystem::path> cache_entries(const std::filesystem::path& dir);
// Removes every entry and the file list (--flush_cache); returns how many files went.
std::size_t flush_partial_movies(const std::filesystem::path& dir);
// Deletes the least recently used entries beyond `max_files` (< 0: no bound), never one in
// `keep` (the entries of the movie just rendered).
// Returns how many went.
std::size_t prune_partial_movies(const std::filesystem::path& dir, int max_files,
                                 const std::set<std::filesystem::path>& keep = {});

}  // namespace manim::detail
