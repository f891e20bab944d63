// SPDX-License-Identifier: GPL-3.0-or-later
// For the crash test: saves episodes into the diary at argv[1] in a loop, forever, and writes the id
// of each save that returned to stdout, one per line, the moment it returned. The test kills it.
#include "diary.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    auto diary = cramp::Diary::open(argv[1]);
    if (!diary) {
        std::fprintf(stderr, "crash_child: %s\n", diary.error().c_str());
        return 1;
    }
    const std::string round = argv[2];
    for (long i = 0;; ++i) {
        cramp::Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = diary->now() - std::chrono::minutes{i % 100000};
        e.intensity = static_cast<int>(i % 11);
        e.note = "round " + round + " save " + std::to_string(i) + " 抽筋";
        auto id = diary->add_episode(e);
        if (!id) {
            std::fprintf(stderr, "crash_child: %s\n", id.error().c_str());
            return 1;
        }
        std::string line = std::to_string(*id) + "\n";
        if (write(1, line.data(), line.size()) != static_cast<ssize_t>(line.size())) return 1;
    }
}
