// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_hooks.hpp"

#include "reportwriter.hpp"
#include "transfer.hpp"

#include <QGuiApplication>

#include <algorithm>
#include <chrono>
#include <vector>

namespace bench {

namespace {
template <typename F>
double median_of(int reps, F&& once) {
    std::vector<double> ms;
    for (int i = 0; i < reps; ++i) ms.push_back(once());
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
double since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace


std::optional<double> csv_export_ms(const cramp::Diary& diary, int reps) {
    return median_of(reps, [&] {
        auto t0 = std::chrono::steady_clock::now();
        volatile auto size = cramp::export_csv(diary).size();
        (void)size;
        return since(t0);
    });
}

std::optional<double> csv_import_ms(const cramp::Diary& source, const std::filesystem::path& dir, cramp::Instant now, int reps) {
    const std::string text = cramp::export_csv(source);
    int n = 0;
    return median_of(reps, [&] {
        auto path = dir / ("import-" + std::to_string(n++) + ".sqlite");
        auto d = cramp::Diary::open(path, [now] { return now; });
        auto t0 = std::chrono::steady_clock::now();
        auto plan = cramp::plan_import(*d, text);
        auto done = cramp::commit_import(*d, *plan);
        double ms = since(t0);
        std::error_code ec;
        std::filesystem::remove(path, ec);
        return done.ok() ? ms : -1.0;
    });
}

void init(int argc, char** argv) {
    // The PDF painter needs a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int args = argc;
    // Never destroyed: a static QGuiApplication torn down at exit crashes in the font cache.
    static auto* app = new QGuiApplication(args, argv);
    (void)app;
}

std::optional<double> report_ms(const std::filesystem::path& diary_path, cramp::Period period, int reps) {
    auto diary = cramp::Diary::open(diary_path);
    if (!diary) return std::nullopt;
    const QString pdf = QString::fromStdString((diary_path.parent_path() / "report.pdf").string());
    return median_of(reps, [&] {
        auto t0 = std::chrono::steady_clock::now();
        auto pages = writeReport(*diary, ReportRequest{period, QStringLiteral("zh_CN"), period.to + date::days{1}}, pdf);
        return pages ? since(t0) : -1.0;
    });
}

}  // namespace bench
