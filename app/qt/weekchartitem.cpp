// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekchartitem.hpp"

#include "weekchart.hpp"

WeekChartItem::WeekChartItem(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    connect(this, &WeekChartItem::appearanceChanged, this, [this] { update(); });
}

void WeekChartItem::setWeeks(const QVariantList& w) {
    weeks_ = w;
    emit appearanceChanged();
}

void WeekChartItem::paint(QPainter* painter) {
    std::vector<WeekBar> bars;
    for (const auto& v : weeks_) {
        const auto m = v.toMap();
        WeekBar bar;
        bar.start = QDate::fromString(m.value(QStringLiteral("start")).toString(), Qt::ISODate);
        bar.episodes = m.value(QStringLiteral("episodes")).toInt();
        bar.overThreshold = m.value(QStringLiteral("over")).toBool();
        bar.partial = m.value(QStringLiteral("partial")).toBool();
        for (const auto& mark : m.value(QStringLiteral("marks")).toList()) {
            const auto mm = mark.toMap();
            bar.marks.push_back({mm.value(QStringLiteral("medicine")).toInt(), mm.value(QStringLiteral("start")).toBool()});
        }
        bars.push_back(bar);
    }
    WeekChartStyle style;
    style.bar = barColor_;
    style.barOver = overColor_;
    style.text = textColor_;
    style.axis = axisColor_;
    style.threshold = overColor_;
    style.paper = paperColor_;
    style.legendOver = legendOver_;
    style.legendPartial = legendPartial_;
    style.legendStart = legendStart_;
    style.legendStop = legendStop_;
    style.medicineKey = medicineKey_;
    style.font.setPixelSize(fontPixelSize_);
    style.thresholdLabel = thresholdLabel_;
    paintWeekChart(*painter, QRectF(0, 0, width(), height()), bars, threshold_, style);
}
