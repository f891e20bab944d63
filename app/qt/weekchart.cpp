#include "weekchart.hpp"

#include <QFontMetricsF>

#include <algorithm>

void paintWeekChart(QPainter& p, const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                    const WeekChartStyle& style) {
    p.save();
    p.setFont(style.font);
    const QFontMetricsF fm(style.font, p.device());
    const qreal labelH = fm.height() * 1.2;
    int top = threshold;
    for (const auto& w : weeks) top = std::max(top, w.episodes);
    top = std::max(top + 1, 4);
    const qreal axisW = fm.horizontalAdvance(QString::number(top)) + fm.height() * 0.5;
    const QRectF plot(area.left() + axisW, area.top() + labelH * 0.6, area.width() - axisW, area.height() - labelH * 1.6);
    auto yOf = [&](qreal v) { return plot.bottom() - plot.height() * v / top; };

    // Axis and a few value ticks.
    p.setPen(QPen(style.axis, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(style.text);
    for (int v : {0, top / 2, top}) {
        const QRectF r(area.left(), yOf(v) - fm.height() / 2, axisW - fm.height() * 0.3, fm.height());
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }

    const int n = static_cast<int>(weeks.size());
    if (n > 0) {
        const qreal slot = plot.width() / n;
        const qreal barW = std::max<qreal>(1.0, slot * 0.7);
        // Label every k-th week so labels never overlap.
        const qreal widest = fm.horizontalAdvance(QStringLiteral("12/31")) * 1.3;
        const int every = std::max(1, static_cast<int>(std::ceil(widest / slot)));
        for (int i = 0; i < n; ++i) {
            const auto& w = weeks[static_cast<std::size_t>(i)];
            const qreal x = plot.left() + slot * i + (slot - barW) / 2;
            if (w.episodes > 0) p.fillRect(QRectF(x, yOf(w.episodes), barW, plot.bottom() - yOf(w.episodes)), w.overThreshold ? style.barOver : style.bar);
            if ((n - 1 - i) % every == 0) {  // counted from the newest week, which is always labelled
                p.setPen(style.text);
                // Centred under its bar, but kept inside the chart (large text, the newest week).
                const qreal textW = fm.horizontalAdvance(w.label) + 2;
                const qreal left = std::clamp(plot.left() + slot * i + slot / 2 - textW / 2, area.left(), area.right() - textW);
                p.drawText(QRectF(left, plot.bottom() + 2, textW, labelH), Qt::AlignHCenter | Qt::AlignTop, w.label);
            }
        }
    }
    // The threshold line, labelled at its left end (the newest weeks, on the right, are the ones read).
    QPen dashed(style.threshold, 1.2, Qt::DashLine);
    p.setPen(dashed);
    p.drawLine(QPointF(plot.left(), yOf(threshold)), QPointF(plot.right(), yOf(threshold)));
    p.setPen(style.threshold);
    p.drawText(QRectF(plot.left() + 2, yOf(threshold) - fm.height() * 1.1, plot.width() - 2, fm.height()), Qt::AlignLeft | Qt::AlignBottom,
               style.thresholdLabel);
    p.restore();
}
