// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: time to the first frame and peak RSS of the app, against two floors (a bare Qt
// Quick Window and a Quick Controls ApplicationWindow with a header, a list and a button), each
// process printing when its first frame was shown (CLOCK_MONOTONIC) and then quitting. The app puts
// part of its Today page in the frame after the first: it also prints when that "complete" frame was
// shown, and quits after it (a floor is complete with its first frame). The whole process's wall time
// (to its exit) is reported too. Runs are interleaved (floor, floor, app, app, ...) so that machine
// noise hits all alike; medians are reported with ratios to the Controls floor.
//   bench_startup [--runs N] [--label NAME]    (the platform comes from QT_QPA_PLATFORM / DISPLAY)
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Sample {
    double frame_ms;     // spawn → first frame shown
    double complete_ms;  // spawn → the frame with everything the first screen shows
    double ms;           // spawn → process exit
    double rss_mb;
};

struct Variant {
    std::string name;
    std::vector<std::string> argv;
    std::vector<Sample> samples;
};

bool run_once(const std::vector<std::string>& args, Sample& out) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipe_fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, pipe_fds[0]);
    posix_spawn_file_actions_addclose(&fa, pipe_fds[1]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    auto start = std::chrono::steady_clock::now();  // CLOCK_MONOTONIC, as the child's stamp
    pid_t pid = 0;
    int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pipe_fds[1]);
    if (rc != 0) {
        close(pipe_fds[0]);
        return false;
    }
    std::string text;
    char buf[256];
    for (ssize_t n; (n = read(pipe_fds[0], buf, sizeof buf)) > 0;) text.append(buf, std::size_t(n));
    close(pipe_fds[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) return false;
    auto end = std::chrono::steady_clock::now();
    out.ms = std::chrono::duration<double, std::milli>(end - start).count();
    out.rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    const auto stamp_ms = [&](const std::string& key, double fallback) {
        const auto at = text.find(key + " ");
        if (at == std::string::npos) return fallback;
        const long long ns = std::atoll(text.c_str() + at + key.size() + 1);
        return (double(ns) - double(std::chrono::duration_cast<std::chrono::nanoseconds>(start.time_since_epoch()).count())) / 1e6;
    };
    out.frame_ms = stamp_ms("first-frame", out.ms);
    out.complete_ms = stamp_ms("complete-frame", out.frame_ms);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty()) return 0;
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

int run_cli(const std::vector<std::string>& args) {
    Sample s{};
    return run_once(args, s) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 7;
    std::string label = std::getenv("QT_QPA_PLATFORM") ? std::getenv("QT_QPA_PLATFORM") : "xcb";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--label") && i + 1 < argc) label = argv[++i];
    }

    // Diaries: an empty one and a 10-year demo diary made by the app's own generator.
    char tmpl[] = "/tmp/crampdiary-bench-XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    const std::filesystem::path dir = tmpl;
    const std::string empty = (dir / "empty.sqlite").string(), tenyears = (dir / "ten-years.sqlite").string();
    if (run_cli({APP_EXE, "--db", empty, "list"}) != 0 ||
        run_cli({APP_EXE, "--db", tenyears, "demo", "--nights", "3650", "--seed", "7"}) != 0) {
        std::fprintf(stderr, "bench_startup: cannot make the diaries with %s\n", APP_EXE);
        return 1;
    }

    std::vector<Variant> variants{
        {"floor: bare Window", {FLOOR_BARE}, {}},
        {"floor: Controls ApplicationWindow", {FLOOR_CONTROLS}, {}},
        {"app: empty diary", {APP_EXE, "--db", empty, "--exit-after-complete-frame"}, {}},
        {"app: 10-year demo diary", {APP_EXE, "--db", tenyears, "--exit-after-complete-frame"}, {}},
    };
    // One unmeasured round warms the page cache and the QML disk cache.
    for (auto& v : variants) {
        Sample s{};
        if (!run_once(v.argv, s)) {
            std::fprintf(stderr, "bench_startup: %s failed to start\n", v.name.c_str());
            return 1;
        }
    }
    for (int r = 0; r < runs; ++r)
        for (auto& v : variants) {
            Sample s{};
            if (!run_once(v.argv, s)) {
                std::fprintf(stderr, "bench_startup: %s failed\n", v.name.c_str());
                return 1;
            }
            v.samples.push_back(s);
        }
    std::filesystem::remove_all(dir);

    auto med = [](const Variant& v, double Sample::*field) {
        std::vector<double> xs;
        for (const auto& s : v.samples) xs.push_back(s.*field);
        return median(xs);
    };
    const double floor_frame = med(variants[1], &Sample::frame_ms), floor_ms = med(variants[1], &Sample::ms),
                 floor_rss = med(variants[1], &Sample::rss_mb);
    std::printf("\nStart-up to first frame, platform %s, median of %d interleaved runs\n\n", label.c_str(), runs);
    std::printf("| what | first frame ms | × Controls floor | complete frame ms | × Controls floor | process wall ms | × Controls floor | peak RSS MB | × Controls floor |\n"
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& v : variants) {
        double frame = med(v, &Sample::frame_ms), complete = med(v, &Sample::complete_ms), ms = med(v, &Sample::ms),
               rss = med(v, &Sample::rss_mb);
        std::printf("| %s | %.1f | %.2f | %.1f | %.2f | %.1f | %.2f | %.1f | %.2f |\n", v.name.c_str(), frame, frame / floor_frame, complete,
                    complete / floor_frame, ms, ms / floor_ms, rss, rss / floor_rss);
    }
    return 0;
}
