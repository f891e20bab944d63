// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats_json.hpp"

#include "json_writer.hpp"

namespace cramp {

std::string stats_json(const PeriodStats& s, const FactorComparisons& factors, int indent) {
    JsonWriter w(indent);
    w.begin_object();
    w.key("period").begin_object().key("from").value(format_date(s.period.from)).key("to").value(format_date(s.period.to)).end_object();
    w.key("threshold").value(s.threshold);
    w.key("nights_in_period").value(s.nights_in_period);
    w.key("nights_recorded").value(s.nights_recorded);
    w.key("episodes").value(s.episodes);
    w.key("rolling7").begin_object();
    w.key("to").value(format_date(s.rolling7.night));
    w.key("episodes").value(s.rolling7.episodes);
    w.key("over_threshold").value(s.rolling7_over_threshold);
    w.end_object();
    w.key("weeks").begin_array();
    for (const auto& wk : s.weeks) {
        w.begin_object();
        w.key("week").value(wk.name);
        w.key("start").value(format_date(wk.start));
        w.key("episodes").value(wk.episodes);
        w.key("over_threshold").value(wk.over_threshold);
        w.end_object();
    }
    w.end_array();
    w.key("crossings").begin_array();
    for (Night n : s.crossings) w.value(format_date(n));
    w.end_array();
    w.key("multi_cramp_nights").begin_array();
    for (const auto& n : s.multi_cramp_nights) w.value(format_date(n.night));
    w.end_array();
    const Signals& g = s.warning_signals;
    w.key("signals").begin_object();
    w.key("weekly_threshold").value(g.weekly_threshold);
    w.key("multi_night").value(g.multi_night);
    w.key("escalation").value(g.escalation);
    w.key("numbness_weakness").value(g.numbness_weakness);
    w.key("posture_linked").begin_array();
    for (Posture p : g.posture_linked) w.value(to_string(p));
    w.end_array();
    w.end_object();
    w.key("factors").begin_array();
    for (const auto& f : factors) {
        w.begin_object();
        w.key("factor").value(to_string(f.item));
        w.key("nights_with").value(f.nights_with);
        w.key("cramps_with").value(f.cramps_with);
        w.key("nights_without").value(f.nights_without);
        w.key("cramps_without").value(f.cramps_without);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace cramp
