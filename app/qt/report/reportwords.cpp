// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwords.hpp"

#include <QStringList>

namespace report {

using cramp::Sign;

namespace {

QString dateOr(const std::optional<cramp::Night>& n, const ReportText& t) {
    return n ? cramp::qt::isoDate(*n) : t(QT_TRANSLATE_NOOP("Report", "none recorded"));
}

// "1.0 a week (28 of 28 nights recorded)"
QString rate(const cramp::WindowCount& w, const ReportText& t) {
    return t(QT_TRANSLATE_NOOP("Report", "%1 a week (%2 of %3 nights recorded)"))
        .arg(number(w.per_week()))
        .arg(w.nights_recorded)
        .arg(w.nights());
}

}  // namespace

std::vector<StatusLine> statusLines(const cramp::ReportFigures& f, const ReportText& t) {
    const cramp::StatusFigures& s = f.status;
    std::vector<StatusLine> out;
    out.push_back({t(QT_TRANSLATE_NOOP("Report", "Last 7 nights (to %1)")).arg(cramp::qt::isoDate(s.last7.window.to)),
                   (s.at_or_over ? t(QT_TRANSLATE_NOOP("Report", "%1 cramps: at or over the threshold of %2"))
                                 : t(QT_TRANSLATE_NOOP("Report", "%1 cramps: under the threshold of %2")))
                       .arg(s.last7.cramps)
                       .arg(s.threshold),
                   s.at_or_over});
    QString before = s.before.half_recorded()
                         ? t(QT_TRANSLATE_NOOP("Report", "%1 in the %2 nights before")).arg(number(s.before.per_week())).arg(s.before.nights())
                         : t(QT_TRANSLATE_NOOP("Report", "the %1 nights before: not recorded (%2 recorded)"))
                               .arg(s.before.nights())
                               .arg(s.before.nights_recorded);
    out.push_back({t(QT_TRANSLATE_NOOP("Report", "Cramps per week")),
                   t(QT_TRANSLATE_NOOP("Report", "%1 in this period; %2")).arg(number(s.period.per_week()), before), false});
    out.push_back({t(QT_TRANSLATE_NOOP("Report", "First recorded cramp")), dateOr(s.first_cramp, t), false});
    out.push_back({t(QT_TRANSLATE_NOOP("Report", "Nights recorded")),
                   t(QT_TRANSLATE_NOOP("Report", "%1 of %2")).arg(s.period.nights_recorded).arg(s.period.nights()),
                   !s.period.half_recorded()});
    return out;
}

std::vector<SignLine> signLines(const cramp::PeriodStats& s, const cramp::ReportFigures& f, const ReportText& t) {
    std::vector<SignLine> out;
    for (const auto& row : f.signs) {
        SignLine l;
        l.sign = row.sign;
        l.present = row.present;
        l.mark = row.present ? QStringLiteral("●") : QStringLiteral("○");
        l.presence = row.present ? t(QT_TRANSLATE_NOOP("Report", "present")) : t(QT_TRANSLATE_NOOP("Report", "not present"));
        l.nights = row.nights.empty() ? QStringLiteral("–") : QString::number(row.nights.size());
        if (!row.nights.empty()) {
            l.first = cramp::qt::isoDate(row.nights.front());
            l.latest = cramp::qt::isoDate(row.nights.back());
        }
        switch (row.sign) {
        case Sign::weekly_threshold:
            l.name = t(QT_TRANSLATE_NOOP("Report", "%1 or more cramps in 7 nights")).arg(s.threshold);
            if (const auto& peak = s.warning_signals.peak_rolling7; peak && peak->episodes > 0)
                l.evidence = t(QT_TRANSLATE_NOOP("Report", "highest: %1 in the 7 nights to %2")).arg(peak->episodes).arg(cramp::qt::isoDate(peak->night));
            break;
        case Sign::multi_night:
            l.name = t(QT_TRANSLATE_NOOP("Report", "Several cramps in one night"));
            if (s.worst_night && s.worst_night->episodes >= 2)
                l.evidence = t(QT_TRANSLATE_NOOP("Report", "most: %1 cramps on %2")).arg(s.worst_night->episodes).arg(cramp::qt::isoDate(s.worst_night->night));
            break;
        case Sign::escalation: {
            l.name = t(QT_TRANSLATE_NOOP("Report", "Cramps becoming more frequent"));
            const auto& e = f.escalation;
            if (!s.warning_signals.history_covers_84)
                l.evidence = t(QT_TRANSLATE_NOOP("Report", "judged once the diary reaches back 84 nights"));
            else
                l.evidence = t(QT_TRANSLATE_NOOP("Report", "last 28 nights: %1; 56 nights before: %2"))
                                 .arg(rate(e.recent, t), rate(e.earlier, t)) +
                             (e.uncertain ? t(QT_TRANSLATE_NOOP("Report", " (uncertain: under half of the earlier nights recorded)"))
                                          : QString());
            break;
        }
        case Sign::numbness_weakness: {
            l.name = t(QT_TRANSLATE_NOOP("Report", "Numbness or weakness with cramps"));
            QStringList what;
            const auto& n = f.neuro;
            if (n.numbness_persisted) what << t(QT_TRANSLATE_NOOP("Report", "numbness stayed: %1")).arg(n.numbness_persisted);
            for (std::size_t i = 0; i < n.weakness.size(); ++i)
                if (n.weakness[i]) what << t(QT_TRANSLATE_NOOP("Report", "%1: %2")).arg(t(word(static_cast<cramp::Weakness>(i)))).arg(n.weakness[i]);
            if (n.radiating) what << t(QT_TRANSLATE_NOOP("Report", "radiating from the buttock: %1")).arg(n.radiating);
            if (n.tingling_symmetric)
                what << t(QT_TRANSLATE_NOOP("Report", "symmetric tingling of both feet or hands: %1")).arg(n.tingling_symmetric);
            l.evidence = joined(what, t);
            break;
        }
        case Sign::posture_linked: {
            l.name = t(QT_TRANSLATE_NOOP("Report", "Started by a posture or action"));
            QStringList what;
            for (const auto& pf : s.warning_signals.posture_findings)
                if (pf.episodes >= 2) what << t(QT_TRANSLATE_NOOP("Report", "%1: %2")).arg(t(word(pf.posture))).arg(pf.episodes);
            l.evidence = joined(what, t);
            break;
        }
        }
        out.push_back(l);
    }
    return out;
}

}  // namespace report
