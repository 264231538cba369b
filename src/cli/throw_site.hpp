// Where the last exception was thrown, so an error raised while a compiled scene runs names the
// scene file's line (as Python's traceback does for a .py scene).
#pragma once
#include <filesystem>
#include <string>

namespace manim::cli {

// While on, every throw on this thread records its call stack (a few microseconds per throw;
// switched on only around a C++ scene's construct()).
void record_throw_sites(bool on);

// "file.cpp:142 (in Class::construct())" for the innermost caller of the last throw that lies in
// `library` and, preferably, in a source file named like `source`; empty when unknown (no debug
// line table, or addr2line is missing).
std::string last_throw_location(const std::filesystem::path& library,
                                const std::filesystem::path& source);

// The same for any call stack (return addresses, innermost first), e.g. a crash's backtrace.
// `first_is_pc`: frames[0] is the faulting instruction itself, not a return address.
std::string stack_location(void* const* frames, int depth, bool first_is_pc,
                           const std::filesystem::path& library,
                           const std::filesystem::path& source);

}  // namespace manim::cli
