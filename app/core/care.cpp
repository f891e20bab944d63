// SPDX-License-Identifier: GPL-3.0-or-later
#include "care.hpp"

namespace cramp {

std::array<FactorComparison, enum_count<CareItem>()> compare_factors(const std::vector<Episode>& episodes,
                                                                     const std::vector<Night>& cramp_free_nights,
                                                                     const std::vector<NightFactors>& care, Period period) {
    const auto nights = static_cast<std::size_t>(night_count(period));
    auto index = [&](Night n) { return static_cast<std::size_t>((n - period.from).count()); };
    std::vector<int> cramps(nights, 0);
    std::vector<bool> recorded(nights, false);
    for (const auto& e : episodes)
        if (contains(period, e.night)) {
            ++cramps[index(e.night)];
            recorded[index(e.night)] = true;
        }
    for (Night n : cramp_free_nights)
        if (contains(period, n)) recorded[index(n)] = true;

    std::array<FactorComparison, enum_count<CareItem>()> out;
    for (std::size_t i = 0; i < out.size(); ++i) out[i].item = static_cast<CareItem>(i);
    for (const auto& rec : care) {
        if (!contains(period, rec.night) || !recorded[index(rec.night)]) continue;
        const int c = cramps[index(rec.night)];
        for (auto& cmp : out) {
            if (rec.items.contains(cmp.item)) {
                ++cmp.nights_with;
                cmp.cramps_with += c;
            } else {
                ++cmp.nights_without;
                cmp.cramps_without += c;
            }
        }
    }
    return out;
}

}  // namespace cramp
