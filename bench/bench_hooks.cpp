#include "bench_hooks.hpp"

#include "transfer.hpp"

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

void init(int, char**) {}

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

// The PDF report is not built yet (issue 6).
std::optional<double> report_ms(const std::filesystem::path&, cramp::Period, int) { return std::nullopt; }

}  // namespace bench
