// The weekly bar chart with the threshold line, painted with QPainter: one drawing for the screen
// (Trends) and the PDF report. It draws the figures it is given; it computes no diary rule.
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

struct WeekBar {
    QString label;        // e.g. "3/2" — the week's first night
    int episodes = 0;
    bool overThreshold = false;
};

struct WeekChartStyle {
    QColor bar{0x9c, 0x4a, 0x12};
    QColor barOver{0xb3, 0x26, 0x1e};
    QColor axis{0x55, 0x55, 0x5a};
    QColor text{0x1b, 0x1b, 0x1d};
    QColor threshold{0xb3, 0x26, 0x1e};
    QFont font;
    QString thresholdLabel;  // "threshold 3"
};

void paintWeekChart(QPainter& p, const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                    const WeekChartStyle& style);
