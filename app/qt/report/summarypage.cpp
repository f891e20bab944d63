#include "summarypage.hpp"

#include "weekchart.hpp"

#include <QPainter>

namespace report {

void paintSummaryPage(Pages& pg, const ReportText& t, const ReportData& d) {
    using namespace cramp;
    QPainter& p = pg.painter();
    const PrintColours& colours = palette::print();
    const PeriodStats& s = d.stats;
    const ReportRequest& req = d.request;
    const Profile& profile = d.profile;
    const QString& periodText = d.periodText;
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor")), pg.font(16, true));
    pg.advance(4);
    QStringList who;
    if (!profile.name.empty()) who << QString::fromStdString(profile.name);
    if (profile.birth_year) {
        int age = int(date::year_month_day{req.period.to}.year()) - *profile.birth_year;
        who << t(QT_TRANSLATE_NOOP("Report", "age %1")).arg(age);
    }
    QStringList risks;
    for (const auto& r : profile.risk_factors) {
        const labels::Words* w = labels::riskFactor(r);
        risks << (w ? t(w->report) : QString::fromStdString(r));
    }
    if (!risks.isEmpty()) who << t(QT_TRANSLATE_NOOP("Report", "risk factors: %1")).arg(risks.join(QStringLiteral(", ")));
    if (!profile.medicines.empty()) who << t(QT_TRANSLATE_NOOP("Report", "medicines: %1")).arg(QString::fromStdString(profile.medicines));
    if (!who.isEmpty()) pg.text(t(QT_TRANSLATE_NOOP("Report", "Patient: %1")).arg(who.join(QStringLiteral("; "))), pg.font(9.5));
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Period: %1 (%2 nights); nights recorded: %3 of %4"))
                .arg(periodText)
                .arg(s.nights_in_period)
                .arg(s.nights_recorded)
                .arg(s.nights_in_period),
            pg.font(9.5));
    const double perWeek = s.nights_in_period > 0 ? 7.0 * s.episodes / s.nights_in_period : 0;
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Cramps: %1 in total, %2 per week on average; threshold: %3 in 7 nights"))
                .arg(s.episodes)
                .arg(number(perWeek))
                .arg(s.threshold),
            pg.font(11, true));
    pg.advance(6);

    if (s.episodes == 0) {
        pg.text(t(QT_TRANSLATE_NOOP("Report", "No cramps were recorded in this period.")), pg.font(10));
        pg.advance(6);
    } else {
        // The weekly chart, the same drawing as the Trends page.
        std::vector<WeekBar> bars;
        for (const auto& w : s.weeks) {
            date::year_month_day ymd{w.start};
            bars.push_back({QStringLiteral("%1/%2").arg(unsigned(ymd.month())).arg(unsigned(ymd.day())), w.episodes, w.over_threshold});
        }
        WeekChartStyle style;
        style.font = pg.font(6.5);
        style.thresholdLabel = t(QT_TRANSLATE_NOOP("Report", "threshold %1")).arg(s.threshold);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Cramps per calendar week (weeks start on %1)"))
                    .arg(t(word(s.week_start))),
                pg.font(9, true));
        pg.ensure(130);
        paintWeekChart(p, QRectF(Pages::kMargin, pg.y() + 4, Pages::kWidth, 120), bars, s.threshold, style);
        pg.advance(130);

        QStringList crossings;
        for (auto n : s.crossings) crossings << iso(n);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Nights when the last 7 nights reached the threshold (crossings): %1"))
                    .arg(crossings.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "none")) : crossings.join(QStringLiteral(", "))),
                pg.font(9));
        QString multi = t(QT_TRANSLATE_NOOP("Report", "Nights with 2 or more cramps: %1")).arg(s.multi_cramp_nights.size());
        if (s.worst_night && s.worst_night->episodes >= 2) multi += QStringLiteral("; ") + t(QT_TRANSLATE_NOOP("Report", "worst night: %1 (%2 cramps)")).arg(iso(s.worst_night->night)).arg(s.worst_night->episodes);
        pg.text(multi, pg.font(9));
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Duration: median %1 s, longest %2 s. Intensity (0–10): median %3, highest %4."))
                    .arg(number(s.median_duration_s.value_or(0)))
                    .arg(s.longest_duration_s.value_or(0))
                    .arg(number(s.median_intensity.value_or(0)))
                    .arg(s.highest_intensity.value_or(0)),
                pg.font(9));
        QStringList sites, sides;
        for (std::size_t i = 0; i < s.sites.size(); ++i)
            if (s.sites[i]) sites << QStringLiteral("%1 %2").arg(t(word(static_cast<Site>(i)))).arg(s.sites[i]);
        for (std::size_t i = 0; i < s.sides.size(); ++i)
            if (s.sides[i]) sides << QStringLiteral("%1 %2").arg(t(word(static_cast<Side>(i)))).arg(s.sides[i]);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Sites: %1. Sides: %2.")).arg(sites.join(QStringLiteral(", ")), sides.join(QStringLiteral(", "))), pg.font(9));
        if (s.tingling_symmetric > 0) pg.text(t(QT_TRANSLATE_NOOP("Report", "Symmetric tingling of both feet or hands reported with %1 cramps.")).arg(s.tingling_symmetric), pg.font(9));
        pg.advance(6);
    }

    // Warning signals with their evidence.
    const auto& sig = s.warning_signals;
    pg.text(t(QT_TRANSLATE_NOOP("Report", "Warning signs")), pg.font(11, true));
    QStringList lines;
    if (sig.weekly_threshold) {
        QString l = t(QT_TRANSLATE_NOOP("Report", "%1 or more cramps in 7 nights: on %2 nights of the period")).arg(s.threshold).arg(sig.nights_over_threshold.size());
        if (sig.peak_rolling7) l += QStringLiteral("; ") + t(QT_TRANSLATE_NOOP("Report", "highest %1 in the 7 nights to %2")).arg(sig.peak_rolling7->episodes).arg(iso(sig.peak_rolling7->night));
        lines << l;
    }
    if (sig.multi_night) {
        QStringList ns;
        for (const auto& n : s.multi_cramp_nights) ns << QStringLiteral("%1 (%2)").arg(iso(n.night)).arg(n.episodes);
        lines << t(QT_TRANSLATE_NOOP("Report", "Several cramps in one night: %1")).arg(ns.join(QStringLiteral(", ")));
    }
    if (sig.escalation)
        lines << t(QT_TRANSLATE_NOOP("Report", "Cramps becoming more frequent: %1 in the last 28 nights against %2 in the 56 nights before"))
                     .arg(sig.recent_28)
                     .arg(sig.previous_56);
    if (sig.numbness_weakness) {
        QStringList fs;
        for (const auto& f : sig.neuro_findings) {
            QStringList what;
            if (f.numbness_persisted) what << t(QT_TRANSLATE_NOOP("Report", "numbness persisted after the cramp"));
            for (auto w : f.weakness.values()) what << t(word(w));
            if (f.radiating) what << t(QT_TRANSLATE_NOOP("Report", "radiating from the buttock down the leg"));
            fs << QStringLiteral("%1: %2").arg(iso(f.night), what.join(QStringLiteral(", ")));
        }
        lines << t(QT_TRANSLATE_NOOP("Report", "Numbness or weakness with cramps: %1")).arg(fs.join(QStringLiteral("; ")));
    }
    for (const auto& f : sig.posture_findings) {
        if (f.episodes < 2) continue;
        QStringList ns;
        for (auto n : f.nights) ns << iso(n);
        lines << t(QT_TRANSLATE_NOOP("Report", "Started by a posture or action: %1, %2 cramps (%3)")).arg(t(word(f.posture))).arg(f.episodes).arg(ns.join(QStringLiteral(", ")));
    }
    if (lines.isEmpty()) {
        pg.text(t(QT_TRANSLATE_NOOP("Report", "None of the warning signs showed in this period.")), pg.font(9.5));
    } else {
        for (const auto& l : lines) pg.text(QStringLiteral("• ") + l, pg.font(9.5), colours.alert, 0);
        pg.advance(3);
        pg.text(t(QT_TRANSLATE_NOOP("Report", "Advice: these signs deserve a doctor's attention: neurology or orthopedics. Examinations a doctor may "
                                      "consider: lumbar MRI, lower-limb vascular ultrasound, nerve conduction studies / EMG.")),
                pg.font(9.5, true));
    }
    pg.advance(6);
    pg.text(t(QT_TRANSLATE_NOOP("Report", "This report records and summarises what the patient logged. It is not a diagnosis and no basis for treatment.")),
            pg.font(8.5), colours.muted);

}

}  // namespace report
