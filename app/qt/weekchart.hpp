// The weekly bar chart with the threshold line, painted with QPainter: one drawing for the screen
// (Trends) and the PDF report. It draws the figures it is given; it computes no diary rule and holds
// no sentence (the caller passes its words, translated).
//
// Made to be read in black and white: a week at or over the threshold is hatched (stripes of the
// paper's colour) as well as coloured; a partial week (not wholly inside the period) has a lighter
// fill and a dashed outline; each bar carries its count; the week labels carry the year in a row
// under them; the threshold's label stands right of the plot, where no bar can be.
#pragma once

#include "palette.hpp"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace cramp {
struct PeriodStats;
}

struct WeekBar {
    int episodes = 0;
    bool overThreshold = false;
    QDate start;           // the week's first night, even when it lies before the period
    bool partial = false;  // the week is not wholly inside the period
};

// The rules' calendar weeks of `s` as bars (partial: the week begins before s.period or ends after it).
std::vector<WeekBar> weekBars(const cramp::PeriodStats& s);

// By default in the report's colours; the Trends page sets the theme's.
struct WeekChartStyle {
    QColor bar = cramp::palette::print().chartBar;
    QColor barOver = cramp::palette::print().chartBarOver;
    QColor axis = cramp::palette::print().chartAxis;
    QColor text = cramp::palette::print().chartText;
    QColor threshold = cramp::palette::print().chartBarOver;
    QColor paper = cramp::palette::print().paper;  // the hatching's stripes; partial weeks' fill is lightened towards it
    QFont font;
    QString thresholdLabel;  // "threshold 3"
    // The legend line under the week labels; an item whose words are empty is left out, and the
    // partial item also when no bar is partial. No words at all: no legend line.
    QString legendOver;      // "at or over the threshold", beside a hatched sample
    QString legendUnder;     // "under the threshold", beside a plain sample
    QString legendPartial;   // "partial week", beside a dashed, lighter sample
};

// Where everything goes (in the painter's coordinates); paintWeekChart draws exactly this.
struct WeekChartLayout {
    struct Text {
        QRectF box;
        QString text;
    };
    struct LegendItem {
        QRectF sample;
        Text words;
        enum Kind { over, under, partial } kind;
    };
    QRectF plot;                  // bars stand on its bottom; the value `top` reaches its top
    int top = 0;                  // the value at the plot's top
    qreal thresholdY = 0;         // the dashed line
    Text thresholdLabel;          // right of the plot: no bar can reach it
    std::vector<QRectF> bars;     // one per week (empty for a week of 0)
    std::vector<Text> counts;     // above the bars they belong to, only where they fit
    std::vector<Text> weekLabels; // "M/D" under every k-th week, counted from the newest
    std::vector<Text> years;      // under the first week label and the first one of each new year
    std::vector<Text> ticks;      // the axis values 0, top/2, top
    std::vector<LegendItem> legend;
};

// `device` measures the text (the painter's, so that points are the PDF's points).
WeekChartLayout layoutWeekChart(const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                                const WeekChartStyle& style, QPaintDevice* device);

void paintWeekChart(QPainter& p, const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                    const WeekChartStyle& style);
