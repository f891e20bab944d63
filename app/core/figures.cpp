// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.hpp"

#include "night.hpp"

#include <algorithm>

namespace cramp {

Period previous_period(Period p) {
    const date::days length{night_count(p)};
    return Period{p.from - length, p.from - date::days{1}};
}

Period figures_nights(Period p) {
    const Period need = needed_nights(p);
    return Period{std::min(need.from, previous_period(p).from), p.to};
}

WindowCount count_window(const DiaryRecords& records, Period window) {
    WindowCount w;
    w.window = window;
    std::vector<bool> recorded(static_cast<std::size_t>(w.nights()), false);
    auto mark = [&](Night n) {
        if (contains(window, n)) recorded[static_cast<std::size_t>((n - window.from).count())] = true;
    };
    for (const auto& e : records.episodes) {
        if (!contains(window, e.night)) continue;
        ++w.cramps;
        mark(e.night);
    }
    for (Night n : records.cramp_free_nights) mark(n);
    w.nights_recorded = static_cast<int>(std::count(recorded.begin(), recorded.end(), true));
    return w;
}

namespace {

std::vector<Night> distinct_sorted(std::vector<Night> ns) {
    std::sort(ns.begin(), ns.end());
    ns.erase(std::unique(ns.begin(), ns.end()), ns.end());
    return ns;
}

SignRow sign_row(Sign sign, const PeriodStats& s, const DiaryRecords& records, const EscalationFigures& esc) {
    const Signals& sig = s.warning_signals;
    SignRow row;
    row.sign = sign;
    switch (sign) {
    case Sign::weekly_threshold:
        row.present = sig.weekly_threshold;
        row.nights = sig.nights_over_threshold;
        for (const auto& n : s.per_night)
            if (std::binary_search(row.nights.begin(), row.nights.end(), n.night)) row.cramps += n.episodes;
        break;
    case Sign::multi_night:
        row.present = sig.multi_night;
        for (const auto& n : s.multi_cramp_nights) {
            row.nights.push_back(n.night);
            row.cramps += n.episodes;
        }
        break;
    case Sign::escalation:
        row.present = sig.escalation;
        if (row.present) {
            for (const auto& e : records.episodes)
                if (contains(esc.recent.window, e.night)) row.nights.push_back(e.night);
            row.cramps = esc.recent.cramps;
        }
        break;
    case Sign::numbness_weakness:
        row.present = sig.numbness_weakness;
        for (const auto& f : sig.neuro_findings) row.nights.push_back(f.night);
        row.cramps = static_cast<int>(sig.neuro_findings.size());
        break;
    case Sign::posture_linked:
        row.present = !sig.posture_linked.empty();
        for (const auto& f : sig.posture_findings) {
            if (std::find(sig.posture_linked.begin(), sig.posture_linked.end(), f.posture) == sig.posture_linked.end()) continue;
            row.nights.insert(row.nights.end(), f.nights.begin(), f.nights.end());
            row.cramps += f.episodes;
        }
        break;
    }
    row.nights = distinct_sorted(std::move(row.nights));
    return row;
}

}  // namespace

ReportFigures report_figures(const PeriodStats& s, const DiaryRecords& records, std::optional<Night> first_cramp) {
    ReportFigures f;
    const Period p = s.period;

    StatusFigures& st = f.status;
    st.last7 = count_window(records, Period{p.to - date::days{6}, p.to});
    st.threshold = s.threshold;
    st.at_or_over = st.last7.cramps >= s.threshold;
    st.period = count_window(records, p);
    st.before = count_window(records, previous_period(p));
    st.first_cramp = first_cramp;

    EscalationFigures& esc = f.escalation;
    esc.recent = count_window(records, Period{p.to - date::days{27}, p.to});
    esc.earlier = count_window(records, Period{p.to - date::days{83}, p.to - date::days{28}});
    esc.signal = s.warning_signals.escalation;
    esc.uncertain = !esc.earlier.half_recorded();

    for (std::size_t i = 0; i < kSigns.size(); ++i) f.signs[i] = sign_row(kSigns[i], s, records, esc);

    NeuroCounts& neuro = f.neuro;
    for (const auto& finding : s.warning_signals.neuro_findings) {
        if (finding.numbness_persisted) ++neuro.numbness_persisted;
        for (Weakness w : finding.weakness.values()) ++neuro.weakness[static_cast<std::size_t>(w)];
        if (finding.radiating) ++neuro.radiating;
    }
    neuro.tingling_symmetric = s.tingling_symmetric;

    RecordedCounts& rec = f.recorded;
    for (const auto& e : records.episodes) {
        if (!contains(p, e.night)) continue;
        ++rec.cramps;
        if (e.woke) ++rec.woke;
        if (e.relief.empty()) ++rec.no_relief;
        for (Relief r : e.relief.values()) ++rec.relief[static_cast<std::size_t>(r)];
        const auto local = to_local(e.onset, e.zone);
        const auto hour = date::floor<std::chrono::hours>(local - date::floor<date::days>(local)).count();
        ++rec.by_hour[static_cast<std::size_t>(hour)];
        ++rec.postures[static_cast<std::size_t>(e.posture)];
    }
    return f;
}

}  // namespace cramp
