// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypage.hpp"

#include "reportwords.hpp"
#include "weekchart.hpp"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace report {

namespace {

using namespace cramp;

constexpr qreal kLeft = Pages::kMargin, kWidth = Pages::kWidth;

// `s` broken into lines of `width` (reportkit's wrap), at most `maxLines`: the last one cut with "…"
// when more is left.
QStringList lines(const QString& s, const QFont& f, qreal width, int maxLines) {
    std::vector<TextLine> wrapped;
    if (!s.isEmpty()) wrap(s, f, width, wrapped);
    QStringList out;
    for (const TextLine& l : wrapped) {
        if (out.size() == maxLines - 1 && wrapped.size() > std::size_t(maxLines)) {  // the rest, cut to fit
            out << pointMetrics(f).elidedText(s.mid(l.start).simplified(), Qt::ElideRight, width);
            break;
        }
        out << s.mid(l.start, l.length).trimmed();
    }
    return out;
}

// Paints `s` at the page's current line, at most `maxLines` lines, and moves down past it.
void block(Pages& pg, const QString& s, const QFont& f, int maxLines, QColor colour = palette::print().text, qreal indent = 0) {
    QPainter& p = pg.painter();
    const QFontMetricsF fm(f, p.device());
    p.setFont(f);
    p.setPen(colour);
    for (const QString& l : lines(s, f, kWidth - indent, maxLines)) {
        p.drawText(QRectF(kLeft + indent, pg.y(), kWidth - indent, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, l);
        pg.advance(fm.height());
    }
    p.setPen(palette::print().text);
}

void heading(Pages& pg, const QString& s) {
    pg.advance(7);
    block(pg, s, pg.font(10.5, true), 1);
    pg.advance(2);
}

// "label 3, other label 1": the non-zero counts of an enum's values, in the enum's order.
template <typename E, std::size_t N>
QStringList counts(const std::array<int, N>& by, const ReportText& t) {
    QStringList out;
    for (std::size_t i = 0; i < N; ++i)
        if (by[i]) out << t(QT_TRANSLATE_NOOP("Report", "%1 %2")).arg(t(word(static_cast<E>(i)))).arg(by[i]);
    return out;
}


void patientAndPeriod(Pages& pg, const ReportText& t, const ReportData& d) {
    const Profile& profile = d.profile;
    QStringList who;
    if (!profile.name.empty()) who << QString::fromStdString(profile.name);
    if (profile.birth_year) {
        const int age = int(date::year_month_day{d.request.period.to}.year()) - *profile.birth_year;
        who << t(QT_TRANSLATE_NOOP("Report", "age %1")).arg(age);
    }
    if (!who.isEmpty()) block(pg, t(QT_TRANSLATE_NOOP("Report", "Patient: %1")).arg(who.join(t(QT_TRANSLATE_NOOP("Report", "; ")))), pg.font(9), 2);
    QStringList risks;
    for (const auto& r : profile.risk_factors) {
        const labels::Words* w = labels::riskFactor(r);
        risks << (w ? t(w->report) : QString::fromStdString(r));
    }
    // Each on its own lines, so that a long list of one never hides the other.
    if (!risks.isEmpty()) block(pg, t(QT_TRANSLATE_NOOP("Report", "Risk factors: %1")).arg(joined(risks, t)), pg.font(9), 2);
    // Each with its dose and since when, or the period it was taken: "atorvastatin, 20 mg (since 2026-03-01)".
    QStringList medicines;
    const QFont medicineFont = pg.font(9);
    for (const auto& m : d.medicines) {
        QString what = printable(QString::fromStdString(m.name).simplified(), medicineFont, t);
        if (!m.dose.empty())
            what = t(QT_TRANSLATE_NOOP("Report", "%1, %2")).arg(what, printable(QString::fromStdString(m.dose).simplified(), medicineFont, t));
        const QString when = !m.start ? t(QT_TRANSLATE_NOOP("Report", "no start date"))
                             : !m.stop ? t(QT_TRANSLATE_NOOP("Report", "since %1")).arg(cramp::qt::isoDate(*m.start))
                                       : QStringLiteral("%1 – %2").arg(cramp::qt::isoDate(*m.start), cramp::qt::isoDate(*m.stop));
        medicines << t(QT_TRANSLATE_NOOP("Report", "%1 (%2)")).arg(what, when);
    }
    if (!medicines.isEmpty())
        block(pg, t(QT_TRANSLATE_NOOP("Report", "Medicines: %1")).arg(medicines.join(t(QT_TRANSLATE_NOOP("Report", "; ")))), medicineFont, 3);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Period: %1 (%2 nights)")).arg(d.periodText).arg(d.stats.nights_in_period), pg.font(9), 1);
}

void statusBox(Pages& pg, const ReportText& t, const ReportData& d) {
    QPainter& p = pg.painter();
    const PrintColours& c = palette::print();
    const auto rows = statusLines(d.figures, t);
    const QFont label = pg.font(9, true), value = pg.font(10), strong = pg.font(10, true);
    const qreal rowH = QFontMetricsF(strong, p.device()).height() + 4, pad = 6, labelW = 150;
    const QRectF box(kLeft, pg.y() + 4, kWidth, rowH * qreal(rows.size()) + 2 * pad);
    p.fillRect(box, c.shade);
    p.setPen(QPen(c.text, 0.8));
    p.drawRect(box);
    qreal y = box.top() + pad;
    for (const auto& r : rows) {
        p.setFont(label);
        p.setPen(c.text);
        p.drawText(QRectF(box.left() + pad, y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter, r.label);
        // Over a limit: bold and marked, not only coloured.
        const QFont& f = r.alert ? strong : value;
        p.setFont(f);
        p.setPen(r.alert ? c.alert : c.text);
        const qreal w = box.width() - labelW - 2 * pad;
        const QString text = (r.alert ? QStringLiteral("▲ ") : QString()) + r.value;
        p.drawText(QRectF(box.left() + pad + labelW, y, w, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(f, p.device()).elidedText(text, Qt::ElideRight, w));
        y += rowH;
    }
    p.setPen(c.text);
    pg.advance(box.height() + 4);
}

// The style of a chart of `weeks`, whose medicines' starts and stops it marks.
WeekChartStyle chartStyle(Pages& pg, const ReportText& t, int threshold, std::vector<WeekBar>& weeks, const ReportData& d) {
    WeekChartStyle style;
    style.medicineKey = markMedicines(weeks, d.medicines);
    style.legendStart = t(QT_TRANSLATE_NOOP("Report", "medicine started"));
    style.legendStop = t(QT_TRANSLATE_NOOP("Report", "medicine stopped"));
    style.font = pg.font(6.5);
    style.thresholdLabel = t(QT_TRANSLATE_NOOP("Report", "threshold %1")).arg(threshold);
    style.legendOver = t(QT_TRANSLATE_NOOP("Report", "at or over the threshold"));
    style.legendUnder = t(QT_TRANSLATE_NOOP("Report", "under the threshold"));
    style.legendPartial = t(QT_TRANSLATE_NOOP("Report", "partial week (not wholly in the period)"));
    return style;
}

void weekChart(Pages& pg, const ReportText& t, const ReportData& d) {
    const PeriodStats& s = d.stats;
    const int n = int(s.weeks.size());
    QString caption = t(QT_TRANSLATE_NOOP("Report", "Cramps per calendar week (weeks start on %1)")).arg(t(word(s.week_start)));
    std::vector<WeekBar> shown = weekBars(s);
    if (n > kPageOneWeeks) {
        shown.erase(shown.begin(), shown.end() - (kPageOneWeeks - 1));
        caption += t(QT_TRANSLATE_NOOP("Report", "; the last %1 of %2 weeks, every week from page 2")).arg(shown.size()).arg(n);
    }
    heading(pg, caption);
    constexpr qreal kChartHeight = 118;
    const WeekChartStyle style = chartStyle(pg, t, s.threshold, shown, d);
    paintWeekChart(pg.painter(), QRectF(kLeft, pg.y() + 2, kWidth, kChartHeight), shown, s.threshold, style);
    pg.advance(kChartHeight + 4);
}

// The table's pages listing the cramps of a sign's nights: "3" or "3–7". A night of the weekly
// threshold may have no cramp of its own: only listed nights count.
QString pages(const std::vector<Night>& nights, const PageOfNight& pageOf) {
    int first = 0, last = 0;
    if (pageOf)
        for (Night n : nights)
            if (const int page = pageOf(n); page > 0) {
                if (!first) first = page;
                last = page;
            }
    if (!first) return QString();
    return first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
}

void signsTable(Pages& pg, const ReportText& t, const ReportData& d, const PageOfNight& pageOf) {
    QPainter& p = pg.painter();
    const PrintColours& c = palette::print();
    heading(pg, t(QT_TRANSLATE_NOOP("Report", "Warning signs")));
    const QStringList headers{t(QT_TRANSLATE_NOOP("Report", "Sign")), t(QT_TRANSLATE_NOOP("Report", "In this period")),
                              t(QT_TRANSLATE_NOOP("Report", "Nights")), t(QT_TRANSLATE_NOOP("Report", "First night")),
                              t(QT_TRANSLATE_NOOP("Report", "Latest night")), t(QT_TRANSLATE_NOOP("Report", "Listed on page"))};
    const std::array<qreal, 6> widths{175, 82, 40, 62, 62, kWidth - 421};
    const QFont head = pg.font(7.5, true), cell = pg.font(8.5), cellBold = pg.font(8.5, true), evidence = pg.font(7.5);
    const qreal headH = QFontMetricsF(head, p.device()).height() + 4, rowH = QFontMetricsF(cellBold, p.device()).height() + 3;
    auto row = [&](const QStringList& cells, const QFont& f, qreal h) {
        qreal x = kLeft;
        p.setFont(f);
        for (int i = 0; i < cells.size(); ++i) {
            const qreal w = widths[std::size_t(i)] - 4;
            p.drawText(QRectF(x + 2, pg.y(), w, h), Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(f, p.device()).elidedText(cells[i], Qt::ElideRight, w));
            x += widths[std::size_t(i)];
        }
        pg.advance(h);
    };
    p.fillRect(QRectF(kLeft, pg.y(), kWidth, headH), c.shade);
    p.setPen(c.text);
    row(headers, head, headH);
    const auto signs = signLines(d.stats, d.figures, t);
    for (std::size_t i = 0; i < signs.size(); ++i) {
        const SignLine& l = signs[i];
        p.setPen(l.present ? c.alert : c.text);
        row({l.name, l.mark + QLatin1Char(' ') + l.presence, l.nights, l.first, l.latest, pages(d.figures.signs[i].nights, pageOf)},
            l.present ? cellBold : cell, rowH);
        p.setPen(c.text);
        block(pg, l.evidence, evidence, 2, c.muted, 12);
        p.setPen(QPen(c.rule, 0.4));
        pg.advance(1.5);
        p.drawLine(QPointF(kLeft, pg.y()), QPointF(kLeft + kWidth, pg.y()));
        pg.advance(1.5);
    }
    p.setPen(c.text);
}

// Cramps per local hour of onset: 24 small bars with their counts, the hours under them.
void hourChart(Pages& pg, const ReportText& t, const RecordedCounts& r) {
    QPainter& p = pg.painter();
    const PrintColours& c = palette::print();
    const QFont small = pg.font(6);
    const QFontMetricsF fm(small, p.device());
    const qreal labelW = 120, h = 34, slot = std::min<qreal>(16, (kWidth - labelW) / 24);
    block(pg, QString(), small, 1);
    p.setFont(pg.font(8.5));
    p.drawText(QRectF(kLeft, pg.y(), labelW, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               t(QT_TRANSLATE_NOOP("Report", "Cramps by hour of onset (local time)")));
    const int top = std::max(1, *std::max_element(r.by_hour.begin(), r.by_hour.end()));
    const qreal plotTop = pg.y() + fm.height(), plotBottom = pg.y() + h - fm.height();
    p.setFont(small);
    for (int hour = 0; hour < 24; ++hour) {
        const int n = r.by_hour[std::size_t(hour)];
        const qreal x = kLeft + labelW + slot * hour;
        const qreal barH = (plotBottom - plotTop) * n / top;
        if (n > 0) {
            p.fillRect(QRectF(x + 1, plotBottom - barH, slot - 2, barH), c.chartBar);
            p.setPen(c.text);
            p.drawText(QRectF(x - 2, plotBottom - barH - fm.height(), slot + 4, fm.height()), Qt::AlignHCenter | Qt::AlignBottom, QString::number(n));
        }
        p.setPen(c.muted);
        p.drawText(QRectF(x, plotBottom, slot, fm.height()), Qt::AlignHCenter | Qt::AlignTop, QString::number(hour));
    }
    p.setPen(QPen(c.chartAxis, 0.6));
    p.drawLine(QPointF(kLeft + labelW, plotBottom), QPointF(kLeft + labelW + slot * 24, plotBottom));
    p.setPen(c.text);
    pg.advance(h);
}

void recorded(Pages& pg, const ReportText& t, const ReportData& d) {
    const PeriodStats& s = d.stats;
    const RecordedCounts& r = d.figures.recorded;
    heading(pg, t(QT_TRANSLATE_NOOP("Report", "What was recorded with the cramps")));
    if (r.cramps == 0) {
        block(pg, t(QT_TRANSLATE_NOOP("Report", "No cramps were recorded in this period.")), pg.font(9), 1);
        return;
    }
    const QFont f = pg.font(8.5);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Cramps: %1 in total. Woke the patient: %2 of %3.")).arg(r.cramps).arg(r.woke).arg(r.cramps), f, 1);
    QStringList eased = counts<Relief>(r.relief, t);
    if (r.no_relief) eased << t(QT_TRANSLATE_NOOP("Report", "nothing recorded %1")).arg(r.no_relief);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Eased by: %1.")).arg(joined(eased, t)), f, 2);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Posture or action at onset: %1.")).arg(joined(counts<Posture>(r.postures, t), t)), f, 2);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Sites: %1. Sides: %2.")).arg(joined(counts<Site>(s.sites, t), t), joined(counts<Side>(s.sides, t), t)), f, 2);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Duration: median %1 s, longest %2 s. Intensity (0–10): median %3, highest %4."))
                  .arg(number(s.median_duration_s.value_or(0)))
                  .arg(s.longest_duration_s.value_or(0))
                  .arg(number(s.median_intensity.value_or(0)))
                  .arg(s.highest_intensity.value_or(0)),
          f, 1);
    hourChart(pg, t, r);
}

}  // namespace

void paintSummaryPage(Pages& pg, const ReportText& t, const ReportData& d, const PageOfNight& pageOf) {
    const PrintColours& c = palette::print();
    block(pg, t(QT_TRANSLATE_NOOP("Report", "Leg cramp diary: report for the doctor")), pg.font(16, true), 1);
    pg.advance(3);
    patientAndPeriod(pg, t, d);
    statusBox(pg, t, d);
    if (d.stats.episodes > 0) weekChart(pg, t, d);
    signsTable(pg, t, d, pageOf);
    recorded(pg, t, d);

    pg.advance(8);
    if (d.stats.warning_signals.any()) {
        block(pg, t(QT_TRANSLATE_NOOP("Report", "What the app told the patient: these signs are worth showing a doctor: neurology or orthopaedics.")),
              pg.font(9, true), 2);
        block(pg, t(QT_TRANSLATE_NOOP("Report", "For reference, the articles the app follows name these examinations for such signs: lumbar MRI, "
                                                "ultrasound of the leg's blood vessels, nerve conduction studies or EMG.")),
              pg.font(8.5), 2);
    } else {
        block(pg, t(QT_TRANSLATE_NOOP("Report", "What the app told the patient: none of the warning signs showed in this period.")), pg.font(9, true), 2);
    }
    pg.advance(4);
    block(pg, t(QT_TRANSLATE_NOOP("Report", "This report records and summarises what the patient logged. It is not a diagnosis and no basis for treatment.")),
          pg.font(8.5), 2, c.muted);
}

int weekChartPageCount(const ReportData& d) {
    constexpr int kRowsPerPage = 5;
    const int n = int(d.stats.weeks.size());
    if (n <= kPageOneWeeks) return 0;
    const int rows = (n + 51) / 52;
    return (rows + kRowsPerPage - 1) / kRowsPerPage;
}

void paintWeekChartPages(Pages& pg, const ReportText& t, const ReportData& d) {
    const PeriodStats& s = d.stats;
    const int n = int(s.weeks.size());
    if (n <= kPageOneWeeks) return;
    constexpr qreal kRowHeight = 118;
    // Rows of 52 weeks, the newest row last; the first row holds what is left over.
    const std::vector<WeekBar> all = weekBars(s);
    int start = 0;
    const int firstRow = n % 52 == 0 ? 52 : n % 52;
    int row = 0;
    while (start < n) {
        const int count = start == 0 ? firstRow : 52;
        if (row % 5 == 0) {
            pg.newPage();
            block(pg, t(QT_TRANSLATE_NOOP("Report", "Cramps per calendar week, every week of the period")), pg.font(11, true), 1);
        }
        std::vector<WeekBar> weeks(all.begin() + start, all.begin() + start + count);
        const WeekChartStyle style = chartStyle(pg, t, s.threshold, weeks, d);
        block(pg, QStringLiteral("%1 – %2").arg(cramp::qt::isoDate(s.weeks[std::size_t(start)].start), cramp::qt::isoDate(s.weeks[std::size_t(start + count - 1)].start + date::days{6})),
              pg.font(8), 1);
        paintWeekChart(pg.painter(), QRectF(kLeft, pg.y() + 2, kWidth, kRowHeight), weeks, s.threshold, style);
        pg.advance(kRowHeight + 8);
        start += count;
        ++row;
    }
}

}  // namespace report
