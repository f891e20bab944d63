// SPDX-License-Identifier: GPL-3.0-or-later
// A process saving episodes is killed with SIGKILL at random moments. Afterwards every episode whose
// save had returned is in the diary, and integrity_check says ok. 50 rounds in the normal suite;
// `cmake --build BUILD --target storage_soak` runs 2,000.
#include "diary.hpp"
#include "tempdir.hpp"

#include <catch2/catch.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <random>
#include <set>
#include <string>

extern char** environ;

namespace {

struct CrashFigures {
    int rounds = 0;
    std::size_t acknowledged = 0;
    std::size_t present = 0;
};

CrashFigures crash_rounds(int rounds, std::uint64_t seed) {
    cramp::test::TempDir dir;
    const auto path = (dir / "diary.sqlite").string();
    std::mt19937_64 rng(seed);
    std::set<std::int64_t> acked;
    for (int round = 0; round < rounds; ++round) {
        int out[2];
        REQUIRE(pipe(out) == 0);
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, out[1], 1);
        posix_spawn_file_actions_addclose(&fa, out[0]);
        posix_spawn_file_actions_addclose(&fa, out[1]);
        std::string round_s = std::to_string(round);
        char* argv[] = {const_cast<char*>(CRASH_CHILD), const_cast<char*>(path.c_str()), round_s.data(), nullptr};
        pid_t pid = 0;
        REQUIRE(posix_spawn(&pid, CRASH_CHILD, &fa, nullptr, argv, environ) == 0);
        posix_spawn_file_actions_destroy(&fa);
        close(out[1]);

        // Kill after a random number of acknowledged saves: the child is then usually inside its
        // next transaction (between BEGIN, the insert, the WAL write and the fsync).
        const long kill_after = std::uniform_int_distribution<long>(1, 40)(rng);
        long seen = 0;
        bool killed = false;
        std::string pending;
        char buf[4096];
        for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) {
            pending.append(buf, static_cast<std::size_t>(n));
            for (std::size_t nl; (nl = pending.find('\n')) != std::string::npos; pending.erase(0, nl + 1)) {
                acked.insert(std::stoll(pending.substr(0, nl)));
                if (++seen >= kill_after && !killed) {
                    kill(pid, SIGKILL);
                    killed = true;
                }
            }
        }
        close(out[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        INFO("round " << round << ": the child ended before it was killed");
        REQUIRE(killed);
        REQUIRE(WIFSIGNALED(status));
    }
    auto d = cramp::Diary::open(path);
    REQUIRE(d.ok());
    CHECK(d->integrity_check() == "ok");
    CrashFigures f{rounds, acked.size(), 0};
    for (auto id : acked)
        if (d->episode(id)) ++f.present;
    CHECK(f.present == f.acknowledged);
    return f;
}

}  // namespace

TEST_CASE("every save that returned survives SIGKILL, and the file stays sound", "[storage][crash]") {
    auto f = crash_rounds(50, 20261125);
    CHECK(f.acknowledged >= 50);
}

TEST_CASE("the long crash run", "[.soak]") {
    const char* env = std::getenv("CRASH_ROUNDS");
    int rounds = env ? std::atoi(env) : 2000;
    auto f = crash_rounds(rounds, 7);
    WARN("soak: " << f.rounds << " rounds, " << f.acknowledged << " acknowledged saves, " << f.present << " present");
}
