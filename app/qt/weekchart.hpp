// The weekly bar chart with the threshold line, painted with QPainter: one drawing for the screen
// (Trends) and the PDF report. It draws the figures it is given; it computes no diary rule.
#pragma once

#include "palette.hpp"

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

// By default in the report's colours; the Trends page sets the theme's.
struct WeekChartStyle {
    QColor bar = cramp::palette::print().chartBar;
    QColor barOver = cramp::palette::print().chartBarOver;
    QColor axis = cramp::palette::print().chartAxis;
    QColor text = cramp::palette::print().chartText;
    QColor threshold = cramp::palette::print().chartBarOver;
    QFont font;
    QString thresholdLabel;  // "threshold 3"
};

void paintWeekChart(QPainter& p, const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                    const WeekChartStyle& style);
