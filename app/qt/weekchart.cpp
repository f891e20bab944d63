// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekchart.hpp"

#include "medicine.hpp"
#include "rules.hpp"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace {

// date's days count from 1970-01-01, which is Julian day 2440588.
QDate toQDate(cramp::Night n) { return QDate::fromJulianDay(n.time_since_epoch().count() + 2440588); }

QString weekLabel(const WeekBar& w) { return QStringLiteral("%1/%2").arg(w.start.month()).arg(w.start.day()); }

// `c` moved towards `to` by `t` (0 … 1): a partial week's lighter (on the night screen, fainter) fill.
QColor towards(const QColor& c, const QColor& to, qreal t) {
    return QColor::fromRgbF(float(c.redF() + (to.redF() - c.redF()) * t), float(c.greenF() + (to.greenF() - c.greenF()) * t),
                            float(c.blueF() + (to.blueF() - c.blueF()) * t));
}

// The legend's lines at most.
constexpr int kLegendLines = 3;

// Sizes that follow the text, so that the PDF (points) and the screen (pixels) look alike.
struct Metrics {
    qreal line, gap, stroke, hatch;
    explicit Metrics(const QFontMetricsF& fm)
        : line(fm.height()), gap(fm.height() * 0.3), stroke(std::max<qreal>(0.6, fm.height() * 0.08)),
          hatch(std::max<qreal>(2.5, fm.height() * 0.38)) {}
};

// One bar or a legend's sample: over the threshold hatched with stripes of the paper's colour and
// outlined; a partial week lighter, with a dashed outline.
void paintBar(QPainter& p, const QRectF& r, bool over, bool partial, const WeekChartStyle& style, const Metrics& m) {
    const QColor colour = over ? style.barOver : style.bar;
    p.fillRect(r, partial ? towards(colour, style.paper, 0.55) : colour);
    if (over) {
        p.save();
        p.setClipRect(r, Qt::IntersectClip);
        p.setPen(QPen(style.paper, m.hatch * 0.38, Qt::SolidLine, Qt::FlatCap));
        // Lines rising to the right ("▨"), one every m.hatch along the bar's bottom edge.
        for (qreal x = r.left() - r.height(); x < r.right(); x += m.hatch)
            p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
        p.restore();
    }
    if (over || partial) {
        QPen outline(colour, m.stroke);
        outline.setJoinStyle(Qt::MiterJoin);
        if (partial) outline.setDashPattern({3.0, 2.0});
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        const qreal half = m.stroke / 2;
        p.drawRect(r.adjusted(half, half, -half, -half));
    }
}

// ▲ (start) or ▼ (stop), solid, filling `r`'s width.
void paintMarkShape(QPainter& p, const QRectF& r, bool start, const QColor& colour) {
    const qreal w = r.width(), top = r.center().y() - w * 0.45, bottom = r.center().y() + w * 0.45;
    const QPolygonF shape = start ? QPolygonF{{QPointF(r.left(), bottom), QPointF(r.right(), bottom), QPointF(r.center().x(), top)}}
                                  : QPolygonF{{QPointF(r.left(), top), QPointF(r.right(), top), QPointF(r.center().x(), bottom)}};
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(shape);
    p.setBrush(Qt::NoBrush);
}

// The counts to show, most wanted first: the newest week, the highest (the latest of equals), the
// weeks at or over the threshold and then the others, newest first. Weeks of 0 show no count.
std::vector<int> countOrder(const std::vector<WeekBar>& weeks) {
    std::vector<int> order;
    const int n = static_cast<int>(weeks.size());
    auto add = [&](int i) {
        if (i >= 0 && weeks[std::size_t(i)].episodes > 0 && std::find(order.begin(), order.end(), i) == order.end()) order.push_back(i);
    };
    add(n - 1);
    int highest = -1;
    for (int i = 0; i < n; ++i)
        if (highest < 0 || weeks[std::size_t(i)].episodes >= weeks[std::size_t(highest)].episodes) highest = i;
    add(highest);
    for (int i = n - 1; i >= 0; --i)
        if (weeks[std::size_t(i)].overThreshold) add(i);
    for (int i = n - 1; i >= 0; --i) add(i);
    return order;
}

}  // namespace

std::vector<WeekBar> weekBars(const cramp::PeriodStats& s) {
    std::vector<WeekBar> bars;
    bars.reserve(s.weeks.size());
    for (const auto& w : s.weeks) {
        const bool partial = w.start < s.period.from || w.start + date::days{6} > s.period.to;
        bars.push_back({w.episodes, w.over_threshold, toQDate(w.start), partial});
    }
    return bars;
}

QStringList markMedicines(std::vector<WeekBar>& weeks, const std::vector<cramp::Medicine>& medicines) {
    QStringList key;
    auto weekOf = [&weeks](cramp::Night n) -> WeekBar* {
        const QDate d = toQDate(n);
        for (auto& w : weeks)
            if (w.start <= d && d <= w.start.addDays(6)) return &w;
        return nullptr;
    };
    for (const auto& m : medicines) {
        if (!m.start) continue;
        WeekBar* started = weekOf(*m.start);
        WeekBar* stopped = m.stop ? weekOf(*m.stop) : nullptr;
        if (!started && !stopped) continue;
        key << QString::fromStdString(m.name).simplified();
        if (started) started->marks.push_back({int(key.size()), true});
        if (stopped) stopped->marks.push_back({int(key.size()), false});
    }
    return key;
}

WeekChartLayout layoutWeekChart(const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                                const WeekChartStyle& style, QPaintDevice* device) {
    WeekChartLayout l;
    const QFontMetricsF fm(style.font, device);
    const Metrics m(fm);
    auto textBox = [&](const QString& text, qreal centreX, qreal y, qreal minX, qreal maxX) {
        const qreal w = fm.horizontalAdvance(text) + 2;
        return WeekChartLayout::Text{QRectF(std::clamp(centreX - w / 2, minX, std::max(minX, maxX - w)), y, w, m.line), text};
    };

    // The legend, laid out from the left and wrapped, before the plot's height is known.
    const bool anyPartial = std::any_of(weeks.begin(), weeks.end(), [](const WeekBar& w) { return w.partial; });
    std::vector<std::pair<WeekChartLayout::LegendItem::Kind, QString>> items;
    if (!style.legendOver.isEmpty()) items.emplace_back(WeekChartLayout::LegendItem::over, style.legendOver);
    if (!style.legendUnder.isEmpty()) items.emplace_back(WeekChartLayout::LegendItem::under, style.legendUnder);
    if (!style.legendPartial.isEmpty() && anyPartial) items.emplace_back(WeekChartLayout::LegendItem::partial, style.legendPartial);
    bool anyStart = false, anyStop = false;
    for (const auto& w : weeks)
        for (const auto& mark : w.marks) (mark.start ? anyStart : anyStop) = true;
    if (!style.legendStart.isEmpty() && anyStart) items.emplace_back(WeekChartLayout::LegendItem::markStart, style.legendStart);
    if (!style.legendStop.isEmpty() && anyStop) items.emplace_back(WeekChartLayout::LegendItem::markStop, style.legendStop);
    if (anyStart || anyStop)
        for (int i = 0; i < style.medicineKey.size(); ++i)
            items.emplace_back(WeekChartLayout::LegendItem::medicine, QStringLiteral("%1 %2").arg(i + 1).arg(style.medicineKey[i]));
    const QSizeF barSample(m.line * 1.4, m.line * 0.75), markSample(m.line * 0.7, m.line * 0.75);
    qreal x = area.left(), lineTop = 0;
    for (const auto& [kind, words] : items) {
        using Kind = WeekChartLayout::LegendItem::Kind;
        const QSizeF sample = kind == Kind::medicine ? QSizeF(0, barSample.height())
                              : kind == Kind::markStart || kind == Kind::markStop ? markSample
                                                                                  : barSample;
        const qreal sampleGap = sample.width() > 0 ? m.gap : 0;
        // A medicine's name takes at most a third of the line, so that the key keeps to a few lines.
        const qreal widest = kind == Kind::medicine ? area.width() / 3 : area.width() - sample.width() - sampleGap;
        const qreal wordsW = std::min(fm.horizontalAdvance(words) + 2, widest);
        const qreal itemW = sample.width() + sampleGap + wordsW;
        if (x > area.left() && x + itemW > area.right()) {
            // The legend keeps to kLegendLines lines, so that the plot keeps its height: a key longer
            // than that ends with "…" (the report's page 1 lists every medicine).
            if (lineTop >= m.line * 1.15 * (kLegendLines - 1)) {
                auto& last = l.legend.back();
                last.kind = WeekChartLayout::LegendItem::medicine;
                last.sample.setWidth(0);
                last.words.text = QStringLiteral("…");
                break;
            }
            x = area.left();
            lineTop += m.line * 1.15;
        }
        l.legend.push_back({QRectF(QPointF(x, lineTop + (m.line - sample.height()) / 2), sample),
                            {QRectF(x + sample.width() + sampleGap, lineTop, wordsW, m.line), fm.elidedText(words, Qt::ElideRight, wordsW)},
                            kind});
        x += itemW + m.line;
    }
    const qreal legendH = l.legend.empty() ? 0 : lineTop + m.line + m.gap;

    int highest = threshold;
    for (const auto& w : weeks) highest = std::max(highest, w.episodes);
    l.top = std::max({highest, threshold + 1, 4});
    const qreal axisW = fm.horizontalAdvance(QString::number(l.top)) + m.gap;
    const QString thresholdText = fm.elidedText(style.thresholdLabel, Qt::ElideRight, area.width() * 0.3);
    const qreal labelW = thresholdText.isEmpty() ? 0 : fm.horizontalAdvance(thresholdText) + 2;
    const qreal rightW = labelW > 0 ? labelW + m.gap : 0;
    // The marks, in rows above everything else: each where it touches no other, centred on its week.
    const int n = static_cast<int>(weeks.size());
    const qreal plotLeft = area.left() + axisW, plotW = std::max<qreal>(1, area.width() - axisW - rightW);
    const qreal shapeW = m.line * 0.7;
    int markRows = 0;
    for (int i = 0; i < n; ++i) {
        const auto& marks = weeks[std::size_t(i)].marks;
        if (marks.empty()) continue;
        std::vector<qreal> widths;
        qreal groupW = 0;
        for (const auto& mark : marks) groupW += widths.emplace_back(shapeW + fm.horizontalAdvance(QString::number(mark.medicine)) + 2);
        qreal left = std::clamp(plotLeft + plotW / n * (i + 0.5) - groupW / 2, plotLeft, std::max(plotLeft, plotLeft + plotW - groupW));
        for (std::size_t k = 0; k < marks.size(); ++k) {
            QRectF box(left, area.top(), widths[k], m.line);
            int row = 0;
            auto clash = [&] {
                return std::any_of(l.marks.begin(), l.marks.end(), [&](const auto& other) { return other.box.intersects(box.adjusted(-1, 0, 1, 0)); });
            };
            while (clash()) box.translate(0, m.line), ++row;
            markRows = std::max(markRows, row + 1);
            l.marks.push_back({box, QString::number(marks[k].medicine), marks[k].start, i});
            left += widths[k];
        }
    }
    // Above the plot: the marks' rows and a line for the tallest bar's count. Below: the week labels,
    // the years, the legend.
    const qreal above = (markRows + 1) * m.line;
    const qreal below = 2 + 2 * m.line + legendH;
    l.plot = QRectF(plotLeft, area.top() + above, plotW, std::max<qreal>(1, area.height() - above - below));
    const QRectF plot = l.plot;
    auto yOf = [&](qreal v) { return plot.bottom() - plot.height() * v / l.top; };
    for (auto& item : l.legend) {
        item.sample.translate(0, plot.bottom() + 2 + 2 * m.line + m.gap);
        item.words.box.translate(0, plot.bottom() + 2 + 2 * m.line + m.gap);
    }

    for (int v : {0, l.top / 2, l.top})
        l.ticks.push_back({QRectF(area.left(), yOf(v) - m.line / 2, axisW - m.gap, m.line), QString::number(v)});

    l.thresholdY = yOf(threshold);
    if (labelW > 0) {
        const qreal y = std::max(area.top(), std::min(l.thresholdY - m.line / 2, plot.bottom() - m.line));
        l.thresholdLabel = {QRectF(plot.right() + m.gap, y, labelW, m.line), thresholdText};
    }

    if (n == 0) return l;
    const qreal slot = plot.width() / n;
    const qreal barW = std::max<qreal>(1.0, slot * 0.7);
    for (int i = 0; i < n; ++i) {
        const int e = weeks[std::size_t(i)].episodes;
        const qreal left = plot.left() + slot * i + (slot - barW) / 2;
        l.bars.push_back(e > 0 ? QRectF(left, yOf(e), barW, plot.bottom() - yOf(e)) : QRectF());
    }

    // Counts go where they touch no bar, no other count and not the threshold's label.
    std::vector<QRectF> taken(l.bars);
    if (labelW > 0) taken.push_back(l.thresholdLabel.box);
    for (int i : countOrder(weeks)) {
        const QRectF& bar = l.bars[std::size_t(i)];
        const QString text = QString::number(weeks[std::size_t(i)].episodes);
        const qreal w = fm.horizontalAdvance(text);  // tight: 53 two-digit counts fit on A4
        const qreal left = std::clamp(bar.center().x() - w / 2, area.left(), std::max(area.left(), area.right() - w));
        const WeekChartLayout::Text c{QRectF(left, bar.top() - m.line, w, m.line), text};
        const QRectF margin = c.box.adjusted(-m.gap * 0.2, 0, m.gap * 0.2, 0);
        if (std::none_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.isValid() && r.intersects(margin); })) {
            taken.push_back(c.box);
            l.counts.push_back(c);
        }
    }

    // Every k-th week labelled so that labels never overlap, counted from the newest, which is
    // always labelled; the year under the first label and under the first label of each new year.
    const qreal widest = fm.horizontalAdvance(QStringLiteral("12/31")) * 1.3;
    const int every = std::max(1, static_cast<int>(std::ceil(widest / slot)));
    int lastYear = 0;
    for (int i = (n - 1) % every; i < n; i += every) {
        const auto& w = weeks[std::size_t(i)];
        const qreal centre = plot.left() + slot * i + slot / 2;
        l.weekLabels.push_back(textBox(weekLabel(w), centre, plot.bottom() + 2, area.left(), area.right()));
        if (w.start.isValid() && w.start.year() != lastYear) {
            lastYear = w.start.year();
            l.years.push_back(textBox(QString::number(lastYear), l.weekLabels.back().box.center().x(), plot.bottom() + 2 + m.line,
                                      area.left(), area.right()));
        }
    }
    return l;
}

void paintWeekChart(QPainter& p, const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                    const WeekChartStyle& style) {
    const WeekChartLayout l = layoutWeekChart(area, weeks, threshold, style, p.device());
    const Metrics m(QFontMetricsF(style.font, p.device()));
    p.save();
    p.setFont(style.font);
    auto draw = [&](const WeekChartLayout::Text& t, int align) { p.drawText(t.box, align, t.text); };

    p.setPen(QPen(style.axis, m.stroke));
    p.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    p.setPen(style.text);
    for (const auto& t : l.ticks) draw(t, Qt::AlignRight | Qt::AlignVCenter);

    for (std::size_t i = 0; i < weeks.size(); ++i)
        if (l.bars[i].isValid()) paintBar(p, l.bars[i], weeks[i].overThreshold, weeks[i].partial, style, m);

    // The dashed line runs from its label, right of the plot, to the axis (drawn from the label's
    // end, so that a whole dash meets the label and any broken one the axis).
    p.setPen(QPen(style.threshold, m.stroke * 1.5, Qt::DashLine, Qt::FlatCap));
    const qreal end = l.thresholdLabel.text.isEmpty() ? l.plot.right() : l.thresholdLabel.box.left() - m.gap * 0.3;
    p.drawLine(QPointF(end, l.thresholdY), QPointF(l.plot.left(), l.thresholdY));
    p.setPen(style.threshold);
    draw(l.thresholdLabel, Qt::AlignLeft | Qt::AlignVCenter);

    p.setPen(style.text);
    for (const auto& t : l.counts) draw(t, Qt::AlignHCenter | Qt::AlignBottom);
    for (const auto& t : l.weekLabels) draw(t, Qt::AlignHCenter | Qt::AlignTop);
    for (const auto& t : l.years) draw(t, Qt::AlignHCenter | Qt::AlignTop);
    for (const auto& mark : l.marks) {
        const qreal shapeW = m.line * 0.7;
        paintMarkShape(p, QRectF(mark.box.left(), mark.box.top(), shapeW, mark.box.height()), mark.start, style.text);
        p.setPen(style.text);
        p.drawText(mark.box.adjusted(shapeW + 1, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, mark.number);
    }
    for (const auto& item : l.legend) {
        using Kind = WeekChartLayout::LegendItem::Kind;
        if (item.kind == Kind::markStart || item.kind == Kind::markStop)
            paintMarkShape(p, item.sample, item.kind == Kind::markStart, style.text);
        else if (item.kind != Kind::medicine)
            paintBar(p, item.sample, item.kind == Kind::over, item.kind == Kind::partial, style, m);
        p.setPen(style.text);
        draw(item.words, Qt::AlignLeft | Qt::AlignVCenter);
    }
    p.restore();
}
