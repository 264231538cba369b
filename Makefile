# Entry points: `make demo` renders percepta's video (the 9 scenes of
# examples/user_scenes/percepta_computer_as_llm.cpp at 1080p60), `make test` builds and runs
# every test. `make showcase` renders the short tour in examples/showcase.cpp.
# Works as root on a fresh Debian 12: `setup` installs only the missing packages.
.PHONY: all setup setup-latex build test demo showcase sanitize format format-check clean install

BUILD_DIR ?= build
PREFIX ?= /usr/local
ASAN_DIR ?= build-asan
JOBS ?= 2
DEMO_DIR = media/videos/percepta_computer_as_llm/1080p60

all: build

setup:
	bash scripts/setup.sh

# Optional: LaTeX and dvisvgm for Tex/MathTex exactly as Manim (config.tex_compiler = "latex").
setup-latex:
	bash scripts/setup_latex.sh

build:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release
	ninja -C $(BUILD_DIR) -j$(JOBS)

test: setup setup-latex
	$(MAKE) --no-print-directory format-check
	$(MAKE) --no-print-directory build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

demo: setup
	$(MAKE) --no-print-directory build
	$(BUILD_DIR)/manimcpp examples/user_scenes/percepta_computer_as_llm.cpp -a -qh
	@echo "demo: percepta's video, one MP4 per scene, in $(CURDIR)/$(DEMO_DIR)/ (Scene1_Intro.mp4 .. Scene9_Recap.mp4)"

showcase: setup
	$(MAKE) --no-print-directory build
	$(BUILD_DIR)/manimcpp examples/showcase.cpp Showcase -qh

# bin/manimcpp on PATH, the `manim` package and `manimcpp` module where Debian's python3 finds
# them (PREFIX/lib/python3.X/dist-packages), headers, libmanim and the MathJax worker; the
# installed tree finds its files relative to itself, so it can be moved.
install: setup
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX)
	ninja -C $(BUILD_DIR) -j$(JOBS) manim manimcpp manimcpp_python
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)
	@echo "install: $(PREFIX)/bin/manimcpp; Python package in $$(ls -d $(PREFIX)/lib/python3*/dist-packages 2>/dev/null | head -1)"

# AddressSanitizer + UndefinedBehaviorSanitizer build of the library and tests (-O1, the level
# ASan recommends; it compiles faster than -O2 on a 2-core machine).
sanitize: setup
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMANIM_SANITIZE=ON \
	  -DMANIM_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
	  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
	ninja -C $(ASAN_DIR) -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer/lsan.supp \
	  ctest --test-dir $(ASAN_DIR) --output-on-failure -j$(JOBS) -E '^peer_'
# (The peer suites measure conformance to Manim through the same code paths; instrumented,
# they take hours, so the sanitizer run leaves them to `make test`.)

format:
	find include src tests examples bench \( -name '*.cpp' -o -name '*.hpp' \) -print0 \
	  | xargs -0 clang-format -i

# Fails when a C++ file is not clang-formatted (the style is checked, not just applied).
format-check:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
