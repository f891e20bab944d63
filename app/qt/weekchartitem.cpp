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
        bars.push_back({m.value(QStringLiteral("label")).toString(), m.value(QStringLiteral("episodes")).toInt(),
                        m.value(QStringLiteral("over")).toBool()});
    }
    WeekChartStyle style;
    style.bar = barColor_;
    style.barOver = overColor_;
    style.text = textColor_;
    style.axis = axisColor_;
    style.threshold = overColor_;
    style.font.setPixelSize(fontPixelSize_);
    style.thresholdLabel = thresholdLabel_;
    paintWeekChart(*painter, QRectF(0, 0, width(), height()), bars, threshold_, style);
}
