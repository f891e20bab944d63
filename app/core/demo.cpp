// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.hpp"

#include "night.hpp"

#include <algorithm>
#include <cmath>
#include <random>

namespace cramp {

namespace {

// Draws defined by us over mt19937_64, so a seed means the same diary everywhere.
class Draw {
public:
    explicit Draw(std::uint64_t seed) : g_(seed) {}
    double unit() { return static_cast<double>(g_() >> 11) * 0x1.0p-53; }  // [0, 1)
    int between(int lo, int hi) { return lo + static_cast<int>(unit() * (hi - lo + 1)); }  // [lo, hi]
    bool chance(double p) { return unit() < p; }
    template <std::size_t N>
    std::size_t pick(const std::array<double, N>& weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = unit() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 g_;
};

const std::array<const char*, 6> kNotes{"左小腿抽筋，拉伸后缓解", "feet cold before bed", "泡脚后好一些",
                                        "after a long walk", "喝水少", "woke twice 🦵"};

}  // namespace

DemoDiary generate_demo(const DemoOptions& o) {
    Draw d(o.seed);
    DemoDiary out;
    const int n = std::max(o.nights, 1);
    const Night first = o.last_night - date::days{n - 1};

    // Per-night weights: calm weeks and bad spells (a Markov chain over weeks), so bad weeks cluster.
    std::vector<double> weight(static_cast<std::size_t>(n));
    std::vector<std::string> zone(static_cast<std::size_t>(n), o.home_zone);
    bool bad = false;
    const std::array<const char*, 3> kTravel{"Europe/Berlin", "America/New_York", "Asia/Tokyo"};
    int travel_left = 0;
    const char* travel_zone = kTravel[0];
    for (int i = 0; i < n; ++i) {
        if (i % 7 == 0) bad = bad ? d.chance(0.55) : d.chance(0.12);
        weight[static_cast<std::size_t>(i)] = bad ? 1.2 : 0.2;  // about 8 vs 1.4 cramps a week
        if (travel_left == 0 && d.chance(0.012)) {
            travel_left = d.between(5, 15);
            travel_zone = kTravel[static_cast<std::size_t>(d.between(0, 2))];
        }
        if (travel_left > 0) {
            zone[static_cast<std::size_t>(i)] = travel_zone;
            --travel_left;
        }
    }
    double total_weight = 0;
    for (double w : weight) total_weight += w;
    const double per_weight = o.episodes ? *o.episodes / total_weight : 1.0;  // default: the weights, ~0.4 a night

    // Episode counts per night: the expected value split into a whole part and a chance of one more.
    std::vector<int> count(static_cast<std::size_t>(n));
    long long total = 0;
    for (std::size_t i = 0; i < count.size(); ++i) {
        double expect = weight[i] * per_weight;
        double whole = std::floor(expect);
        double r = d.unit();
        // Mostly one cramp a night; now and then two or three, the "several in one night" pattern.
        count[i] = static_cast<int>(whole) + (r < expect - whole ? 1 : 0);
        if (!o.episodes && count[i] == 1 && d.chance(bad ? 0.25 : 0.05)) count[i] += d.between(1, 2);
        total += count[i];
    }
    // An exact total when asked: add or remove one at a time on randomly chosen nights.
    if (o.episodes) {
        while (total < *o.episodes) {
            ++count[static_cast<std::size_t>(d.between(0, n - 1))];
            ++total;
        }
        while (total > *o.episodes) {
            auto& c = count[static_cast<std::size_t>(d.between(0, n - 1))];
            if (c > 0) {
                --c;
                --total;
            }
        }
    }

    const std::array<double, 6> site_w{70, 15, 8, 3, 2, 2};
    const std::array<double, 3> side_w{45, 40, 15};
    const std::array<double, 9> posture_w{78, 5, 3, 1.5, 4, 3, 3, 1.5, 1};
    const std::array<double, 3> numb_w{90, 8, 2};
    for (int i = 0; i < n; ++i) {
        const Night night = first + date::days{i};
        const auto& z = zone[static_cast<std::size_t>(i)];
        const int c = count[static_cast<std::size_t>(i)];
        if (c == 0) {
            if (d.chance(0.6)) out.cramp_free_nights.push_back(night);
            continue;
        }
        // Onsets 10–19 h after the boundary: 22:00–07:00 with the default noon boundary.
        std::vector<int> minutes;
        for (int k = 0; k < c; ++k) minutes.push_back(d.between(10 * 60, 19 * 60 - 1));
        std::sort(minutes.begin(), minutes.end());
        for (int m : minutes) {
            Episode e;
            e.zone = z;
            auto local = date::local_seconds{night.time_since_epoch()} + std::chrono::hours{o.day_boundary} +
                         std::chrono::minutes{m} + std::chrono::seconds{d.between(0, 59)};
            e.onset = resolve_local(local, z);
            if (e.onset > o.now) e.onset = std::max(o.now - std::chrono::minutes{1}, boundary_instant(night, o.day_boundary, z));
            e.night = night_of(e.onset, z, o.day_boundary);
            e.site = static_cast<Site>(d.pick(site_w));
            e.side = static_cast<Side>(d.pick(side_w));
            e.intensity = std::clamp(d.between(2, 6) + d.between(0, 3), 0, kMaxIntensity);
            // Mostly 20 s – 3 min, a long tail, rarely beyond 10 minutes.
            e.duration_s = std::clamp(static_cast<int>(20.0 * std::exp(d.unit() * 2.4 + (d.chance(0.03) ? 1.6 : 0.0))),
                                      kMinDuration, kMaxDuration);
            e.posture = static_cast<Posture>(d.pick(posture_w));
            e.numbness = static_cast<Numbness>(d.pick(numb_w));
            if (d.chance(0.01)) e.weakness.insert(d.chance(0.5) ? Weakness::foot_drop : Weakness::stairs);
            e.radiating = d.chance(0.02);
            e.tingling_symmetric = d.chance(0.03);
            e.woke = d.chance(0.9);
            if (d.chance(0.6)) e.relief.insert(Relief::stretch);
            if (d.chance(0.3)) e.relief.insert(Relief::massage);
            if (d.chance(0.1)) e.relief.insert(Relief::heat);
            if (d.chance(0.2)) e.relief.insert(Relief::walk);
            if (d.chance(0.08)) e.note = kNotes[static_cast<std::size_t>(d.between(0, static_cast<int>(kNotes.size()) - 1))];
            out.episodes.push_back(std::move(e));
        }
    }
    return out;
}

}  // namespace cramp
