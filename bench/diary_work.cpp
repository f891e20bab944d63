// SPDX-License-Identifier: GPL-3.0-or-later
// Diary work on generated diaries of 1,000, 10,000 and 50,000 episodes (about one a night, so the
// nights the Today screen reads hold the same number of episodes at every size): open (checked, as
// the command line opens; and with quick_check deferred to a background thread, as the window
// opens), the Today figures, 52-week chart data, full-period stats, one durable insert, CSV export,
// CSV import into an empty diary, a one-year PDF report. Prints a table of medians and how each
// grows with size. Then the doctor report of issue 18's busy diary (`crampdiary demo --seed 7
// --zone Asia/Shanghai --nights 3650 --episodes 50000` at 2026-11-30T09:00Z): one year and ten years.
//   bench_diary [--reps N] [--sizes 1000,10000,50000]
#include "bench_hooks.hpp"
#include "demo.hpp"
#include "diary.hpp"
#include "diary_records.hpp"
#include "night.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace cramp;

namespace {

double median_ms(int reps, const std::function<void()>& setup, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < reps; ++i) {
        if (setup) setup();
        auto t0 = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
}

Diary must_open(const fs::path& p, Instant now, std::optional<Diary::DeferredCheck> deferred = std::nullopt) {
    auto d = Diary::open(p, [now] { return now; }, std::move(deferred));
    if (!d) {
        std::fprintf(stderr, "bench_diary: %s\n", d.error().c_str());
        std::exit(1);
    }
    return std::move(d).value();
}

// A new diary at `path` with the demo diary of `o`.
void fill(const fs::path& path, const DemoOptions& o) {
    auto demo = generate_demo(o);
    auto d = must_open(path, o.now);
    auto r = d.transaction([&]() -> Result<void> {
        for (const auto& e : demo.episodes)
            if (auto id = d.add_episode(e); !id) return id.failure();
        for (auto night : demo.cramp_free_nights)
            if (auto id = d.add_cramp_free_night(night); !id) return id.failure();
        return {};
    });
    if (!r) {
        std::fprintf(stderr, "bench_diary: cannot fill the diary: %s\n", r.error().c_str());
        std::exit(1);
    }
}

}  // namespace

int main(int argc, char** argv) {
    int reps = 9;
    std::vector<int> sizes{1000, 10000, 50000};
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) reps = std::atoi(argv[++i]);
        if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) {
            sizes.clear();
            for (char* tok = std::strtok(argv[++i], ","); tok; tok = std::strtok(nullptr, ",")) sizes.push_back(std::atoi(tok));
        }
    }
    bench::init(argc, argv);

    char tmpl[] = "/tmp/crampdiary-bench-XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    const fs::path dir = tmpl;
    // A fixed "now": 08:00 on 25 November 2026 in Shanghai; last night is 24 November.
    const Instant now = date::sys_days{date::year{2026} / 11 / 25} + std::chrono::hours{0};
    const Night last = last_night(now, "Asia/Shanghai");

    std::vector<std::string> rows{"open", "open + Today figures", "open, check deferred", "open, check deferred + Today figures",
                                  "open, check deferred, until the check is done", "Today figures", "52-week chart data",
                                  "full-period stats", "durable insert", "CSV export", "CSV import (empty diary)",
                                  "one-year PDF report"};
    std::map<std::string, std::map<int, double>> table;

    for (int n : sizes) {
        const fs::path path = dir / ("diary-" + std::to_string(n) + ".sqlite");
        {
            DemoOptions o;
            o.nights = n;
            o.episodes = n;
            o.seed = 42;
            o.last_night = last;
            o.now = now;
            fill(path, o);
        }
        auto diary = must_open(path, now);
        const Period today = today_period(last);
        const Period chart = weeks_period(last, 52, diary.rule_settings().week_start);
        const Period all{*diary.first_record_night(), last};
        volatile int sink = 0;

        table["open"][n] = median_ms(reps, {}, [&] { sink = must_open(path, now).schema_version(); });
        table["open + Today figures"][n] = median_ms(reps, {}, [&] {
            auto d = must_open(path, now);
            sink = diary_stats(d, today).rolling7.episodes;
        });
        // As the window opens: quick_check runs on its own thread after open. The diary stays open
        // (as the window's does) and is closed between repetitions, untimed.
        std::optional<Diary> kept;
        const auto close_kept = [&] { kept.reset(); };
        table["open, check deferred"][n] = median_ms(reps, close_kept, [&] {
            kept.emplace(must_open(path, now, Diary::DeferredCheck{}));
            sink = kept->schema_version();
        });
        table["open, check deferred + Today figures"][n] = median_ms(reps, close_kept, [&] {
            kept.emplace(must_open(path, now, Diary::DeferredCheck{}));
            sink = diary_stats(*kept, today).rolling7.episodes;
        });
        table["open, check deferred, until the check is done"][n] = median_ms(reps, close_kept, [&] {
            kept.emplace(must_open(path, now, Diary::DeferredCheck{}));
            sink = kept->integrity().ok() ? 1 : 0;
        });
        close_kept();
        table["Today figures"][n] = median_ms(reps, {}, [&] { sink = diary_stats(diary, today).rolling7.episodes; });
        table["52-week chart data"][n] = median_ms(reps, {}, [&] { sink = static_cast<int>(diary_stats(diary, chart).weeks.size()); });
        table["full-period stats"][n] = median_ms(std::max(3, reps / 3), {}, [&] { sink = diary_stats(diary, all).episodes; });
        Episode e;
        e.zone = "Asia/Shanghai";
        e.onset = now - std::chrono::hours{1};
        table["durable insert"][n] = median_ms(reps, {}, [&] { sink = static_cast<int>(*diary.add_episode(e)); });
        if (auto ms = bench::csv_export_ms(diary, reps)) table["CSV export"][n] = *ms;
        if (auto ms = bench::csv_import_ms(diary, dir, now, std::max(3, reps / 3))) table["CSV import (empty diary)"][n] = *ms;
        if (auto ms = bench::report_ms(path, Period{last - date::days{364}, last}, std::max(3, reps / 3)))
            table["one-year PDF report"][n] = *ms;
        (void)sink;
    }

    // Issue 18's busy diary: 50,000 cramps over ten years, as the command line's demo makes it.
    std::map<std::string, double> busy;
    {
        const Instant busy_now = date::sys_days{date::year{2026} / 11 / 30} + std::chrono::hours{9};
        DemoOptions o;
        o.nights = 3650;
        o.episodes = 50000;
        o.seed = 7;
        o.home_zone = "Asia/Shanghai";
        o.now = busy_now;
        o.last_night = last_night(busy_now, o.home_zone);
        const fs::path path = dir / "busy.sqlite";
        fill(path, o);
        const Night end = o.last_night;
        const int report_reps = std::max(3, reps / 3);
        if (auto ms = bench::report_ms(path, Period{end - date::days{364}, end}, report_reps)) busy["one-year PDF report"] = *ms;
        if (auto ms = bench::report_ms(path, Period{end - date::days{3649}, end}, report_reps)) busy["ten-year PDF report"] = *ms;
    }
    fs::remove_all(dir);

    std::printf("\nDiary work, median ms (%d repetitions; fewer for the slow rows)\n\n| work |", reps);
    for (int n : sizes) std::printf(" %d episodes |", n);
    std::printf(" growth %d→%d |\n|---|", sizes.front(), sizes.back());
    for (std::size_t i = 0; i <= sizes.size(); ++i) std::printf("---:|");
    std::printf("\n");
    for (const auto& row : rows) {
        if (!table.count(row)) continue;
        std::printf("| %s |", row.c_str());
        for (int n : sizes) std::printf(" %.2f |", table[row][n]);
        std::printf(" ×%.1f |\n", table[row][sizes.back()] / table[row][sizes.front()]);
    }
    std::printf("\nDoctor report, 50,000 episodes over ten years (demo seed 7), median ms\n\n| work | ms |\n|---|---:|\n");
    for (const auto& [row, ms] : busy) std::printf("| %s | %.1f |\n", row.c_str(), ms);
    return 0;
}
