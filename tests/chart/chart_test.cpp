// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly chart read the way a black-and-white printer and a doctor read it: painted offscreen,
// turned into grey (qGray), over-threshold weeks must differ from the others by their pattern, not
// their colour; partial weeks from whole ones; nothing may be painted over the threshold's label;
// the years and the counts go where the layout promises. And weekBars: the rules' weeks as bars;
// markMedicines: a medicine's start and stop marked on their weeks.
#include "medicine.hpp"
#include "palette.hpp"
#include "rules.hpp"
#include "weekchart.hpp"

#include <QDir>
#include <QPdfWriter>
#include <QtTest>

#include <cmath>

namespace {

using cramp::Night;

Night night(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

// Where the chart is drawn: the PDF's page 1 (points, 6.5 pt text, painted 3 times larger) or the
// Trends page on a phone or a desktop (pixels, the theme's small font less 2).
struct Surface {
    QSizeF area;
    qreal scale;
    QFont font;
};

Surface a4() {
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));  // the report's font, in both languages
    f.setPointSizeF(6.5);
    return {QSizeF(511, 120), 3, f};
}

Surface screen(qreal width) {
    QFont f;
    f.setPixelSize(12);
    return {QSizeF(width, 230), 1, f};
}

WeekChartStyle printStyle() {
    WeekChartStyle s;
    s.thresholdLabel = QStringLiteral("threshold 3");
    return s;
}

// The Trends page's choice of colours (TrendsPage.qml) in one screen theme.
WeekChartStyle screenStyle(const Scheme& c) {
    WeekChartStyle s;
    s.bar = c.accent;
    s.barOver = s.threshold = c.danger;
    s.text = c.textMuted;
    s.axis = c.outline;
    s.paper = c.background;
    s.thresholdLabel = QStringLiteral("threshold 3");
    return s;
}

WeekChartStyle styleNamed(const QString& name) {
    if (name == QLatin1String("night")) return screenStyle(cramp::palette::night());
    if (name == QLatin1String("day")) return screenStyle(cramp::palette::day());
    return printStyle();
}

struct Painted {
    QImage image;  // ARGB32, `scale` pixels per unit of the layout
    WeekChartLayout layout;
    qreal scale;
    // A rectangle of the layout in the image's pixels, `inset` pixels in from each side.
    // Inside a bar's outline.
    int inset() const { return scale > 1 ? int(std::ceil(scale)) + 1 : 1; }
    QRect pixels(const QRectF& r, int inset) const {
        const QRectF s(r.left() * scale, r.top() * scale, r.width() * scale, r.height() * scale);
        return s.toAlignedRect().adjusted(inset, inset, -inset, -inset);
    }
};

Painted paint(const Surface& surface, const std::vector<WeekBar>& bars, int threshold, WeekChartStyle style) {
    style.font = surface.font;
    const QSize size(int(std::ceil(surface.area.width() * surface.scale)), int(std::ceil(surface.area.height() * surface.scale)));
    Painted out{QImage(size, QImage::Format_ARGB32), {}, surface.scale};
    // 72 dots per inch: one unit is one point, as in the report's QPdfWriter.
    out.image.setDotsPerMeterX(2835);
    out.image.setDotsPerMeterY(2835);
    out.image.fill(style.paper);
    {
        QPainter p(&out.image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(surface.scale, surface.scale);
        paintWeekChart(p, QRectF(QPointF(0, 0), surface.area), bars, threshold, style);
    }
    out.layout = layoutWeekChart(QRectF(QPointF(0, 0), surface.area), bars, threshold, style, &out.image);
    return out;
}

// The part of bar `i` above the threshold's dashed line (all of it when the line is higher), so
// that the line does not count as the bar's pattern.
QRectF aboveTheLine(const WeekChartLayout& l, std::size_t i) {
    const QRectF bar = l.bars[i];
    if (l.thresholdY <= bar.top()) return bar;
    return QRectF(bar.left(), bar.top(), bar.width(), std::max<qreal>(0, l.thresholdY - bar.top() - 2));
}

struct Grey {
    double mean = 0, deviation = 0;
};

Grey grey(const QImage& image, const QRect& r) {
    double sum = 0, squares = 0;
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const int g = qGray(image.pixel(x, y));
            sum += g;
            squares += double(g) * g;
            ++n;
        }
    if (n == 0) return {};
    const double mean = sum / n;
    return {mean, std::sqrt(std::max(0.0, squares / n - mean * mean))};
}

// `n` weeks starting on Monday 2026-11-02 (so that a year change falls inside), their counts
// cycling through `counts`; over the threshold of 3 at 3 or more.
std::vector<WeekBar> weeksFrom(QDate first, int n, const std::vector<int>& counts) {
    std::vector<WeekBar> bars;
    for (int i = 0; i < n; ++i) {
        WeekBar b;
        b.start = first.addDays(7 * i);
        b.episodes = counts[std::size_t(i) % counts.size()];
        b.overThreshold = b.episodes >= 3;
        bars.push_back(b);
    }
    return bars;
}

QString boxes(const std::vector<WeekChartLayout::Text>& texts) {
    QStringList out;
    for (const auto& t : texts) out << t.text;
    return out.join(QLatin1Char(' '));
}

}  // namespace

class ChartTest : public QObject {
    Q_OBJECT
private slots:
    // weekBars: partial where the week starts before the period or ends after it; the week's first
    // night as a date, across 2026's ISO week 53 into 2027.
    void weekBarsFromTheRules_data() {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("sunday");
        QTest::addColumn<QStringList>("starts");
        QTest::addColumn<QList<bool>>("partial");
        QTest::newRow("Wednesday to Wednesday across the new year: both ends partial, 2026-W53 in the middle")
            << QDate(2026, 12, 2) << QDate(2027, 1, 13) << false
            << QStringList{"2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04", "2027-01-11"}
            << QList<bool>{true, false, false, false, false, false, true};
        QTest::newRow("whole Monday weeks: none partial")
            << QDate(2026, 11, 30) << QDate(2026, 12, 27) << false << QStringList{"2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21"}
            << QList<bool>{false, false, false, false};
        QTest::newRow("the period ends on the last night of 2026-W53: that week whole")
            << QDate(2026, 12, 1) << QDate(2027, 1, 3) << false
            << QStringList{"2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"}
            << QList<bool>{true, false, false, false, false};
        QTest::newRow("Sunday weeks across the new year, whole") << QDate(2026, 12, 27) << QDate(2027, 1, 9) << true
                                                                << QStringList{"2026-12-27", "2027-01-03"} << QList<bool>{false, false};
        QTest::newRow("Sunday weeks, the last one partial") << QDate(2026, 12, 27) << QDate(2027, 1, 8) << true
                                                           << QStringList{"2026-12-27", "2027-01-03"} << QList<bool>{false, true};
        QTest::newRow("one night, New Year's Eve: its week partial") << QDate(2026, 12, 31) << QDate(2026, 12, 31) << false
                                                                      << QStringList{"2026-12-28"} << QList<bool>{true};
    }
    void weekBarsFromTheRules() {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, sunday);
        QFETCH(QStringList, starts);
        QFETCH(QList<bool>, partial);
        cramp::RuleSettings settings;
        settings.week_start = sunday ? cramp::WeekStart::sunday : cramp::WeekStart::monday;
        const cramp::Period period{night(from.year(), unsigned(from.month()), unsigned(from.day())),
                                   night(to.year(), unsigned(to.month()), unsigned(to.day()))};
        const auto stats = cramp::compute_stats(cramp::DiaryRecords{}, period, settings);
        const auto bars = weekBars(stats);
        QStringList gotStarts;
        QList<bool> gotPartial;
        for (const auto& b : bars) {
            gotStarts << b.start.toString(Qt::ISODate);
            gotPartial << b.partial;
        }
        QCOMPARE(gotStarts, starts);
        QCOMPARE(gotPartial, partial);
    }

    void weekBarsKeepTheRulesCounts() {
        cramp::PeriodStats s;
        s.period = {night(2026, 12, 28), night(2027, 1, 10)};
        s.weeks = {{night(2026, 12, 28), "2026-W53", 4, true}, {night(2027, 1, 4), "2027-W01", 1, false}};
        const auto bars = weekBars(s);
        QCOMPARE(bars.size(), std::size_t(2));
        QCOMPARE(bars[0].episodes, 4);
        QVERIFY(bars[0].overThreshold);
        QCOMPARE(bars[1].episodes, 1);
        QVERIFY(!bars[1].overThreshold);
        QCOMPARE(bars[1].start, QDate(2027, 1, 4));
    }

    // An over-threshold week and an under-threshold one of the same height, in grey: the over one
    // is striped (a large spread of grey within the bar), the other is flat.
    void overThresholdWeeksDifferInGrey_data() {
        QTest::addColumn<QString>("colours");
        QTest::addColumn<qreal>("width");  // 0: A4
        QTest::addColumn<int>("weeks");
        for (auto colours : {"print", "night", "day"})
            for (int weeks : {12, 53}) {
                QTest::addRow("%s, %d weeks on A4", colours, weeks) << QString::fromLatin1(colours) << qreal(0) << weeks;
                QTest::addRow("%s, %d weeks on a phone", colours, weeks) << QString::fromLatin1(colours) << qreal(358) << weeks;
                QTest::addRow("%s, %d weeks on a desktop", colours, weeks) << QString::fromLatin1(colours) << qreal(1248) << weeks;
            }
    }
    void overThresholdWeeksDifferInGrey() {
        QFETCH(QString, colours);
        QFETCH(qreal, width);
        QFETCH(int, weeks);
        auto bars = weeksFrom(QDate(2026, 11, 2), weeks, {2, 0, 1});
        // Two neighbours of the same height, 8 cramps, one over a threshold of 3 and one (as a
        // caller might mark it, with a higher threshold elsewhere) not: only the marking differs.
        const std::size_t over = std::size_t(weeks / 2), under = over + 1;
        bars[over].episodes = bars[under].episodes = 8;
        bars[over].overThreshold = true;
        bars[under].overThreshold = false;
        const auto painted = paint(width > 0 ? screen(width) : a4(), bars, 3, styleNamed(colours));
        const Grey o = grey(painted.image, painted.pixels(aboveTheLine(painted.layout, over), painted.inset()));
        const Grey u = grey(painted.image, painted.pixels(aboveTheLine(painted.layout, under), painted.inset()));
        QVERIFY2(u.deviation < 2, qPrintable(QStringLiteral("under-threshold bar not flat: %1").arg(u.deviation)));
        QVERIFY2(o.deviation > 20, qPrintable(QStringLiteral("over-threshold bar not striped: %1").arg(o.deviation)));
    }

    // A partial week against a whole one of the same height and kind: a lighter (on the night
    // screen, fainter) fill, and a dashed outline.
    void partialWeeksDifferInGrey_data() {
        QTest::addColumn<QString>("colours");
        QTest::addColumn<bool>("over");
        for (auto colours : {"print", "night", "day"})
            for (bool over : {false, true}) QTest::addRow("%s, %s", colours, over ? "over" : "under") << QString::fromLatin1(colours) << over;
    }
    void partialWeeksDifferInGrey() {
        QFETCH(QString, colours);
        QFETCH(bool, over);
        auto bars = weeksFrom(QDate(2026, 11, 2), 12, {2});
        for (std::size_t i : {std::size_t(0), std::size_t(11)}) {
            bars[i].episodes = 6;
            bars[i].overThreshold = over;
        }
        bars[0].partial = true;  // the period's first week, and the same week whole at the end
        const auto painted = paint(a4(), bars, over ? 3 : 7, styleNamed(colours));
        const Grey partial = grey(painted.image, painted.pixels(aboveTheLine(painted.layout, 0), painted.inset()));
        const Grey whole = grey(painted.image, painted.pixels(aboveTheLine(painted.layout, 11), painted.inset()));
        QVERIFY2(std::abs(partial.mean - whole.mean) > 20,
                 qPrintable(QStringLiteral("partial %1, whole %2").arg(partial.mean).arg(whole.mean)));
        // The outline: its dashes leave gaps, so the bar's edge is not one grey.
        const QRectF r = painted.layout.bars[0];
        const QRect edge = painted.pixels(QRectF(r.left(), r.top(), r.width(), 0.6), 0);  // the outline: 0.6 pt
        QVERIFY(grey(painted.image, edge).deviation > 10);
    }

    // The threshold's label stands right of the plot: no bar, count, label or year is laid out on
    // it, and with the label and its line made invisible its box is bare paper, even when every
    // bar, the newest beside the label included, reaches the top.
    void nothingCoversTheThresholdLabel_data() {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("tallest");
        for (int weeks : {1, 12, 53})
            for (auto [threshold, tallest] : {std::pair{3, 3}, {3, 50}, {1, 1}, {14, 14}, {14, 60}}) {
                QTest::addRow("A4, %d weeks, threshold %d, tallest %d", weeks, threshold, tallest) << qreal(0) << weeks << threshold << tallest;
                QTest::addRow("phone, %d weeks, threshold %d, tallest %d", weeks, threshold, tallest)
                    << qreal(358) << weeks << threshold << tallest;
            }
    }
    void nothingCoversTheThresholdLabel() {
        QFETCH(qreal, width);
        QFETCH(int, weeks);
        QFETCH(int, threshold);
        QFETCH(int, tallest);
        auto bars = weeksFrom(QDate(2026, 11, 2), weeks, {tallest});
        for (auto& b : bars) b.overThreshold = b.episodes >= threshold;
        bars.back().partial = true;
        const Surface surface = width > 0 ? screen(width) : a4();
        WeekChartStyle style = printStyle();
        style.legendOver = QStringLiteral("at or over the threshold");
        style.legendPartial = QStringLiteral("partial week");
        style.threshold = Qt::transparent;
        const auto bare = paint(surface, bars, threshold, style);
        const auto& l = bare.layout;
        const QRectF label = l.thresholdLabel.box;
        QVERIFY(!label.isEmpty());
        QVERIFY(label.left() >= l.plot.right());
        auto clear = [&](const QRectF& r) { return !r.isValid() || !r.intersects(label); };
        for (const auto& r : l.bars) QVERIFY(clear(r));
        for (const auto* texts : {&l.counts, &l.weekLabels, &l.years, &l.ticks})
            for (const auto& t : *texts) QVERIFY2(clear(t.box), qPrintable(t.text));
        for (const auto& item : l.legend) QVERIFY(clear(item.sample) && clear(item.words.box));
        const QRect box = bare.pixels(label, 0);
        QCOMPARE(grey(bare.image, box).deviation, 0.0);
        QCOMPARE(bare.image.pixelColor(box.center()), style.paper);
        // And the label, made visible, is painted inside that box.
        style.threshold = cramp::palette::print().chartBarOver;
        const auto shown = paint(surface, bars, threshold, style);
        QVERIFY(grey(shown.image, box).deviation > 10);
    }

    // The years: under the first week label and under the first label of each new year, counted by
    // the week's first night, whatever labels the width leaves room for.
    void yearsUnderTheirLabels_data() {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QString>("years");
        for (auto [width, name] : {std::pair{qreal(0), "A4"}, {qreal(358), "phone"}, {qreal(1248), "desktop"}}) {
            QTest::addRow("%s: 12 weeks inside 2026", name) << width << QDate(2026, 8, 3) << 12 << "2026";
            QTest::addRow("%s: 12 weeks across the new year", name) << width << QDate(2026, 11, 2) << 12 << "2026 2027";
            QTest::addRow("%s: 53 weeks to the first of 2027", name) << width << QDate(2026, 1, 5) << 53 << "2026 2027";
            QTest::addRow("%s: 104 weeks over three years", name) << width << QDate(2025, 6, 2) << 104 << "2025 2026 2027";
        }
    }
    void yearsUnderTheirLabels() {
        QFETCH(qreal, width);
        QFETCH(QDate, first);
        QFETCH(int, weeks);
        QFETCH(QString, years);
        const auto bars = weeksFrom(first, weeks, {1, 2});
        const auto l = paint(width > 0 ? screen(width) : a4(), bars, 3, printStyle()).layout;
        QCOMPARE(boxes(l.years), years);
        // Each year under the label of a week of that year, the label before it (if any) of an
        // earlier year; the first label carries one.
        QVERIFY(!l.weekLabels.empty());
        QCOMPARE(l.years.front().box.center().x(), l.weekLabels.front().box.center().x());
        int previous = 0;
        for (const auto& label : l.weekLabels) {
            const auto year = std::find_if(l.years.begin(), l.years.end(),
                                           [&](const auto& y) { return std::abs(y.box.center().x() - label.box.center().x()) < 0.01; });
            const auto week = std::find_if(bars.begin(), bars.end(), [&](const WeekBar& b) {
                return label.text == QStringLiteral("%1/%2").arg(b.start.month()).arg(b.start.day()) && b.start.year() >= previous;
            });
            QVERIFY(week != bars.end());
            QCOMPARE(year != l.years.end(), week->start.year() != previous);
            if (year != l.years.end()) QCOMPARE(year->text.toInt(), week->start.year());
            previous = week->start.year();
        }
        // Labels and years never overlap one another.
        for (const auto* row : {&l.weekLabels, &l.years})
            for (std::size_t i = 1; i < row->size(); ++i) QVERIFY((*row)[i - 1].box.right() <= (*row)[i].box.left());
    }

    // Counts: on A4 every week with cramps carries its count, 53 two-digit ones included; on a
    // phone's 52 weeks, the newest and the highest at least, and no two counts touch.
    void countsWhereTheyFit_data() {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<bool>("all");
        const QList<int> patterns[] = {{50}, {9, 10}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {12, 0, 3}};
        for (const auto& counts : patterns) {
            for (int weeks : {12, 26, 53}) QTest::addRow("A4, %d weeks, %d…", weeks, counts.front()) << qreal(0) << weeks << counts << true;
            QTest::addRow("desktop, 52 weeks, %d…", counts.front()) << qreal(1248) << 52 << counts << true;
            QTest::addRow("phone, 12 weeks, %d…", counts.front()) << qreal(358) << 12 << counts << true;
            QTest::addRow("phone, 52 weeks, %d…", counts.front()) << qreal(358) << 52 << counts << false;
        }
    }
    void countsWhereTheyFit() {
        QFETCH(qreal, width);
        QFETCH(int, weeks);
        QFETCH(QList<int>, counts);
        QFETCH(bool, all);
        auto bars = weeksFrom(QDate(2026, 11, 2), weeks, std::vector<int>(counts.begin(), counts.end()));
        bars[std::size_t(weeks / 3)].episodes = 52;  // one highest week, not the newest
        const auto l = paint(width > 0 ? screen(width) : a4(), bars, 3, printStyle()).layout;
        std::vector<int> shown;  // week index of each count, found by position
        for (const auto& c : l.counts) {
            std::size_t i = 0;  // the nearest bar (a count at the chart's edge is kept inside it)
            for (std::size_t j = 1; j < bars.size(); ++j)
                if (std::abs(l.bars[j].center().x() - c.box.center().x()) < std::abs(l.bars[i].center().x() - c.box.center().x())) i = j;
            QCOMPARE(c.text, QString::number(bars[i].episodes));
            QVERIFY(c.box.bottom() <= l.bars[i].top() + 0.01);
            shown.push_back(int(i));
        }
        int withCramps = 0;
        for (const auto& b : bars) withCramps += b.episodes > 0;
        if (all) QCOMPARE(int(shown.size()), withCramps);
        auto has = [&](int i) { return std::find(shown.begin(), shown.end(), i) != shown.end(); };
        if (bars.back().episodes > 0) QVERIFY(has(weeks - 1));
        QVERIFY(has(weeks / 3));
        for (std::size_t i = 0; i < l.counts.size(); ++i)
            for (std::size_t j = i + 1; j < l.counts.size(); ++j) QVERIFY(!l.counts[i].box.intersects(l.counts[j].box));
    }

    // The legend: the caller's words beside samples drawn like the bars; the partial item only
    // when a week is partial; everything inside the chart's area even with long words.
    void legendAndEverythingInsideTheArea_data() {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<bool>("partial");
        QTest::addColumn<QString>("over");
        for (qreal width : {qreal(0), qreal(358), qreal(1248)})
            for (bool partial : {false, true}) {
                QTest::addRow("%g wide, %s, English", width, partial ? "a partial week" : "whole weeks")
                    << width << partial << "at or over the threshold";
                QTest::addRow("%g wide, %s, long words", width, partial ? "a partial week" : "whole weeks")
                    << width << partial << QString(QStringLiteral("at or over the threshold ")).repeated(6);
            }
    }
    void legendAndEverythingInsideTheArea() {
        QFETCH(qreal, width);
        QFETCH(bool, partial);
        QFETCH(QString, over);
        auto bars = weeksFrom(QDate(2026, 11, 2), 53, {4, 1, 12});
        bars.front().partial = partial;
        WeekChartStyle style = printStyle();
        style.legendOver = over;
        style.legendUnder = QStringLiteral("under the threshold");
        style.legendPartial = QStringLiteral("partial week");
        const Surface surface = width > 0 ? screen(width) : a4();
        const auto painted = paint(surface, bars, 3, style);
        const auto& l = painted.layout;
        QCOMPARE(int(l.legend.size()), partial ? 3 : 2);
        QCOMPARE(l.legend.front().kind, WeekChartLayout::LegendItem::over);
        // The over sample is striped like an over bar; the under sample flat.
        QVERIFY(grey(painted.image, painted.pixels(l.legend[0].sample, painted.inset())).deviation > 20);
        QVERIFY(grey(painted.image, painted.pixels(l.legend[1].sample, painted.inset())).deviation < 2);
        const QRectF area = QRectF(QPointF(0, 0), surface.area).adjusted(-0.01, -0.01, 0.01, 0.01);
        QVERIFY(l.plot.height() > surface.area.height() / 3);
        for (const auto& item : l.legend) {
            QVERIFY(area.contains(item.sample));
            QVERIFY(area.contains(item.words.box));
            QVERIFY(item.words.box.top() >= l.plot.bottom());
        }
        for (const auto* texts : {&l.counts, &l.weekLabels, &l.years, &l.ticks})
            for (const auto& t : *texts) QVERIFY2(area.contains(t.box), qPrintable(t.text));
        QVERIFY(area.contains(l.thresholdLabel.box));
    }

    // Not a check: charts of 12, 26 and 53 weeks at A4 width, in colour and in grey, and of the
    // Trends page's 52 weeks, to look at.
    // markMedicines: the start and the stop on the weeks they fall in, numbered in the key's order;
    // an undated medicine, and one wholly outside the weeks, neither marked nor keyed.
    void medicinesMarkedOnTheirWeeks() {
        auto bars = weeksFrom(QDate(2026, 11, 2), 12, {1});  // Mondays 2026-11-02 … 2027-01-18
        auto med = [](const char* name, std::optional<Night> start, std::optional<Night> stop) {
            return cramp::Medicine{0, name, "", start, stop};
        };
        const QStringList key = markMedicines(bars, {med("furosemide", {}, {}),
                                                     med("old", night(2025, 1, 1), night(2025, 6, 1)),
                                                     med("atorvastatin", night(2026, 11, 11), {}),
                                                     med("metformin", night(2026, 10, 1), night(2026, 12, 20)),
                                                     med("two in a week", night(2027, 1, 4), night(2027, 1, 10))});
        QCOMPARE(key, (QStringList{"atorvastatin", "metformin", "two in a week"}));
        std::vector<std::vector<WeekMark>> want(12);
        want[1] = {{1, true}};                // Wednesday 11-11, in the week of 11-09
        want[6] = {{2, false}};               // Sunday 12-20, the last night of the week of 12-14
        want[9] = {{3, true}, {3, false}};    // 01-04 and 01-10: the same week
        for (std::size_t i = 0; i < bars.size(); ++i) QCOMPARE(bars[i].marks, want[i]);
    }

    // The marks are painted above their week, in the text's colour, in rows of their own: above the
    // bars and their counts, never over the threshold's label; the legend says what ▲ and ▼ are and
    // keys the numbers. A chart without marks is painted as before.
    void marksAboveTheirWeeks_data() {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<QString>("colours");
        for (auto [width, name] : {std::pair{qreal(0), "A4"}, {qreal(358), "phone"}, {qreal(1248), "desktop"}})
            for (auto colours : {"print", "night", "day"}) QTest::addRow("%s, %s", name, colours) << width << QString::fromLatin1(colours);
    }
    void marksAboveTheirWeeks() {
        QFETCH(qreal, width);
        QFETCH(QString, colours);
        const Surface surface = width > 0 ? screen(width) : a4();
        auto bars = weeksFrom(QDate(2026, 3, 2), 52, {1, 0, 2, 4, 3, 6, 0, 1, 12, 2, 0, 0, 1});
        const QStringList key = markMedicines(bars, {cramp::Medicine{0, "furosemide", "", {}, {}},
                                                     cramp::Medicine{0, "atorvastatin", "", night(2026, 4, 15), night(2026, 9, 2)},
                                                     cramp::Medicine{0, "metformin", "", night(2026, 4, 16), {}}});
        QCOMPARE(key.size(), 2);
        WeekChartStyle style = styleNamed(colours);
        style.legendOver = QStringLiteral("at or over the threshold");
        style.legendStart = QStringLiteral("started");
        style.legendStop = QStringLiteral("stopped");
        style.medicineKey = key;
        const auto painted = paint(surface, bars, 3, style);
        const auto& l = painted.layout;
        // Two starts in the week of 04-13 (week 6), side by side; the stop in the week of 08-31 (week 26).
        QCOMPARE(int(l.marks.size()), 3);
        const qreal slot = l.plot.width() / 52;
        for (const auto& mark : l.marks) {
            const qreal centre = l.plot.left() + slot * (mark.week + 0.5);
            QVERIFY(mark.week == 6 || mark.week == 26);
            QVERIFY(mark.start == (mark.week == 6));
            QVERIFY2(std::abs(mark.box.center().x() - centre) < mark.box.width() * 1.5 + 1, qPrintable(QString::number(mark.week)));
            QVERIFY(mark.box.bottom() <= l.plot.top());
            QVERIFY(!mark.box.intersects(l.thresholdLabel.box));
            for (const auto& c : l.counts) QVERIFY2(!mark.box.intersects(c.box), qPrintable(c.text));
            for (const auto& other : l.marks) QVERIFY(&other == &mark || !other.box.intersects(mark.box));
            // Its shape is painted, dark against the paper (or light on the night screen).
            const QRect shape = painted.pixels(QRectF(mark.box.left(), mark.box.top(), mark.box.height() * 0.7, mark.box.height()), 0);
            QVERIFY(std::abs(grey(painted.image, shape).mean - qGray(style.paper.rgb())) > 20);
        }
        // Nothing painted above the other weeks, in the marks' row.
        const qreal rowTop = l.marks.front().box.top(), rowH = l.marks.front().box.height();
        for (int week : {0, 10, 40, 51}) {
            const QRect empty = painted.pixels(QRectF(l.plot.left() + slot * week, rowTop, slot, rowH), 0);
            QCOMPARE(grey(painted.image, empty).deviation, 0.0);
        }
        // The legend: ▲ started, ▼ stopped, 1 atorvastatin, 2 metformin.
        QStringList legend;
        for (const auto& item : l.legend) legend << item.words.text;
        QVERIFY2(legend.join(QLatin1Char('|')).endsWith(QStringLiteral("started|stopped|1 atorvastatin|2 metformin")), qPrintable(legend.join('|')));
        // Without medicines, no marks, no key, and the plot as tall as before.
        auto plain = weeksFrom(QDate(2026, 3, 2), 52, {1, 0, 2, 4, 3, 6, 0, 1, 12, 2, 0, 0, 1});
        QCOMPARE(markMedicines(plain, {cramp::Medicine{0, "furosemide", "", {}, {}}}), QStringList());
        const auto bare = paint(surface, plain, 3, style);
        QVERIFY(bare.layout.marks.empty());
        QVERIFY(bare.layout.plot.top() < l.plot.top());
    }

    void writeSamples() {
        QVERIFY(QDir().mkpath(QStringLiteral(CHART_DIR)));
        WeekChartStyle style = printStyle();
        style.legendOver = QStringLiteral("at or over the threshold");
        style.legendUnder = QStringLiteral("under the threshold");
        style.legendPartial = QStringLiteral("partial week (not wholly in the period)");
        QPdfWriter pdf(QStringLiteral(CHART_DIR "/charts.pdf"));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter pdfPainter(&pdf);
        qreal y = 42;
        for (int weeks : {12, 26, 53}) {
            auto bars = weeksFrom(QDate(2027, 1, 4).addDays(-7 * (weeks - 8)), weeks, {1, 0, 2, 4, 3, 6, 0, 1, 12, 2});
            bars.front().partial = bars.back().partial = true;
            const auto painted = paint(a4(), bars, 3, style);
            QVERIFY(painted.image.save(QStringLiteral(CHART_DIR "/chart-%1.png").arg(weeks)));
            QVERIFY(painted.image.convertToFormat(QImage::Format_Grayscale8).save(QStringLiteral(CHART_DIR "/chart-%1-grey.png").arg(weeks)));
            WeekChartStyle pdfStyle = style;
            pdfStyle.font = a4().font;
            paintWeekChart(pdfPainter, QRectF(42, y, 511, 120), bars, 3, pdfStyle);
            y += 160;
        }
        // And the Trends page's 52 weeks on a phone and a desktop, in the night and day themes.
        auto bars = weeksFrom(QDate(2026, 3, 2), 52, {1, 0, 2, 4, 3, 6, 0, 1, 12, 2, 0, 0, 1});
        bars.back().partial = true;
        for (auto colours : {"night", "day"})
            for (auto [width, name] : {std::pair{qreal(358), "phone"}, {qreal(1248), "desktop"}}) {
                WeekChartStyle screenStyle = styleNamed(QString::fromLatin1(colours));
                screenStyle.legendOver = QStringLiteral("at or over your threshold");
                screenStyle.legendPartial = QStringLiteral("this week so far");
                screenStyle.legendStart = QStringLiteral("medicine started");
                screenStyle.legendStop = QStringLiteral("medicine stopped");
                auto marked = bars;
                screenStyle.medicineKey = markMedicines(marked, {cramp::Medicine{0, "atorvastatin", "", night(2026, 4, 15), night(2026, 9, 2)},
                                                                 cramp::Medicine{0, "metformin", "", night(2026, 4, 16), {}}});
                const auto painted = paint(screen(width), marked, 3, screenStyle);
                QVERIFY(painted.image.save(QStringLiteral(CHART_DIR "/trends-52-%1-%2.png").arg(name, colours)));
            }
    }
};

QTEST_MAIN(ChartTest)
#include "chart_test.moc"
