// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <cstdio>

namespace cramp {

namespace {

constexpr std::array<Posture, 4> kTriggers{Posture::bending, Posture::cough_sneeze, Posture::long_sitting,
                                           Posture::long_standing};

template <typename T>
std::optional<double> median(std::vector<T> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    auto n = v.size();
    if (n % 2 == 1) return static_cast<double>(v[n / 2]);
    return (static_cast<double>(v[n / 2 - 1]) + static_cast<double>(v[n / 2])) / 2.0;
}

// Episode counts per night over a range, by offset from its first night.
class NightCounts {
public:
    explicit NightCounts(Period range) : range_(range), counts_(static_cast<std::size_t>(night_count(range)), 0) {}
    void add(Night n) {
        if (contains(range_, n)) ++counts_[index(n)];
    }
    int at(Night n) const { return contains(range_, n) ? counts_[index(n)] : 0; }
    // Episodes of nights [a, b] within the range (prefix sums built by finish()).
    int sum(Night a, Night b) const {
        a = std::max(a, range_.from);
        b = std::min(b, range_.to);
        if (b < a) return 0;
        return prefix_[index(b) + 1] - prefix_[index(a)];
    }
    void finish() {
        prefix_.assign(counts_.size() + 1, 0);
        for (std::size_t i = 0; i < counts_.size(); ++i) prefix_[i + 1] = prefix_[i] + counts_[i];
    }

private:
    std::size_t index(Night n) const { return static_cast<std::size_t>((n - range_.from).count()); }
    Period range_;
    std::vector<int> counts_, prefix_;
};

}  // namespace

Period today_period(Night last) { return {last - date::days{kTodayNights - 1}, last}; }

Night today_end_night(Night last_night, Night current, bool current_has_episode) {
    return current > last_night && current_has_episode ? current : last_night;
}

Period needed_nights(Period p) { return {std::min(p.from - date::days{7}, p.to - date::days{83}), p.to}; }

Night week_start_of(Night n, WeekStart ws) {
    // date::weekday: Sunday = 0 … Saturday = 6.
    unsigned wd = date::weekday{n}.c_encoding();
    unsigned first = ws == WeekStart::monday ? 1u : 0u;
    return n - date::days{(wd + 7u - first) % 7u};
}

std::string week_name(Night week_start, WeekStart ws) {
    Night monday = ws == WeekStart::monday ? week_start : week_start + date::days{1};
    iso_week::year_weeknum_weekday iw{monday};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02u", static_cast<int>(iw.year()), static_cast<unsigned>(iw.weeknum()));
    return buf;
}

Period weeks_period(Night last, int n_weeks, WeekStart ws) {
    return {week_start_of(last, ws) - date::days{7 * (std::max(n_weeks, 1) - 1)}, last};
}

PeriodStats compute_stats(const DiaryRecords& records, Period period, const RuleSettings& settings) {
    PeriodStats s;
    s.period = period;
    s.threshold = settings.threshold;
    s.week_start = settings.week_start;
    const int T = settings.threshold;
    if (period.to < period.from) return s;

    const Period need = needed_nights(period);
    NightCounts counts(need);
    std::vector<bool> recorded(static_cast<std::size_t>(night_count(period)), false);
    auto pidx = [&](Night n) { return static_cast<std::size_t>((n - period.from).count()); };

    std::vector<int> durations, intensities;
    std::array<PostureFinding, kTriggers.size()> postures{};
    for (std::size_t i = 0; i < kTriggers.size(); ++i) postures[i].posture = kTriggers[i];

    for (const Episode& e : records.episodes) {
        counts.add(e.night);
        if (!contains(period, e.night)) continue;
        recorded[pidx(e.night)] = true;
        ++s.episodes;
        ++s.sites[static_cast<std::size_t>(e.site)];
        ++s.sides[static_cast<std::size_t>(e.side)];
        durations.push_back(e.duration_s);
        intensities.push_back(e.intensity);
        if (e.tingling_symmetric) ++s.tingling_symmetric;
        if (e.numbness == Numbness::persisted || !e.weakness.empty() || e.radiating)
            s.warning_signals.neuro_findings.push_back(
                {e.night, e.onset, e.zone, e.numbness == Numbness::persisted, e.weakness, e.radiating});
        for (auto& pf : postures)
            if (pf.posture == e.posture) {
                ++pf.episodes;
                pf.nights.push_back(e.night);
            }
    }
    counts.finish();
    for (Night c : records.cramp_free_nights)
        if (contains(period, c)) recorded[pidx(c)] = true;

    s.nights_in_period = night_count(period);
    s.nights_recorded = static_cast<int>(std::count(recorded.begin(), recorded.end(), true));
    s.recorded_by_night = std::move(recorded);

    auto rolling7 = [&](Night n) { return counts.sum(n - date::days{6}, n); };
    s.rolling7 = {period.to, rolling7(period.to)};
    s.rolling7_over_threshold = s.rolling7.episodes >= T;

    // Per night: counts, rolling values, crossings, multi-cramp nights, the worst night.
    int previous = rolling7(period.from - date::days{1});
    for (Night n = period.from; n <= period.to; n += date::days{1}) {
        int c = counts.at(n);
        int r = rolling7(n);
        s.per_night.push_back({n, c});
        s.rolling7_by_night.push_back({n, r});
        if (r >= T) s.warning_signals.nights_over_threshold.push_back(n);
        if (r >= T && previous < T) s.crossings.push_back(n);
        if (c >= 2) s.multi_cramp_nights.push_back({n, c});
        if (c > 0 && (!s.worst_night || c >= s.worst_night->episodes)) s.worst_night = NightCount{n, c};
        if (!s.warning_signals.peak_rolling7 || r >= s.warning_signals.peak_rolling7->episodes) s.warning_signals.peak_rolling7 = NightCount{n, r};
        previous = r;
    }

    // Calendar weeks overlapping the period; a week counts only its nights inside the period.
    for (Night w = week_start_of(period.from, settings.week_start); w <= period.to; w += date::days{7}) {
        int c = counts.sum(std::max(w, period.from), std::min(w + date::days{6}, period.to));
        s.weeks.push_back({w, week_name(w, settings.week_start), c, c >= T});
    }

    Signals& sig = s.warning_signals;
    sig.weekly_threshold = !sig.nights_over_threshold.empty();
    sig.multi_night = !s.multi_cramp_nights.empty();

    sig.recent_28 = counts.sum(period.to - date::days{27}, period.to);
    sig.previous_56 = counts.sum(period.to - date::days{83}, period.to - date::days{28});
    sig.history_covers_84 = records.first_record_night && *records.first_record_night <= period.to - date::days{83};
    sig.escalation = sig.recent_28 >= 4 && sig.recent_28 >= sig.previous_56 && sig.history_covers_84;

    std::sort(sig.neuro_findings.begin(), sig.neuro_findings.end(),
              [](const NeuroFinding& a, const NeuroFinding& b) { return a.onset < b.onset; });
    sig.numbness_weakness = !sig.neuro_findings.empty();

    for (auto& pf : postures) {
        if (pf.episodes == 0) continue;
        std::sort(pf.nights.begin(), pf.nights.end());
        pf.nights.erase(std::unique(pf.nights.begin(), pf.nights.end()), pf.nights.end());
        if (pf.episodes >= 2) sig.posture_linked.push_back(pf.posture);
        sig.posture_findings.push_back(std::move(pf));
    }

    s.median_duration_s = median(durations);
    s.median_intensity = median(intensities);
    if (!durations.empty()) s.longest_duration_s = *std::max_element(durations.begin(), durations.end());
    if (!intensities.empty()) s.highest_intensity = *std::max_element(intensities.begin(), intensities.end());
    return s;
}

}  // namespace cramp
