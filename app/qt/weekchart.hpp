// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly bar chart with the threshold line, painted with QPainter: one drawing for the screen
// (Trends) and the PDF report. It draws the figures it is given; it computes no diary rule and holds
// no sentence (the caller passes its words, translated).
//
// Made to be read in black and white: a week at or over the threshold is hatched (stripes of the
// paper's colour) as well as coloured; a partial week (not wholly inside the period) has a lighter
// fill and a dashed outline; each bar carries its count; the week labels carry the year in a row
// under them; the threshold's label stands right of the plot, where no bar can be. A medicine's start
// and stop are marked above the week they fall in (▲ and ▼ with the medicine's number, solid shapes in
// the text's colour), in rows of their own above the bars' counts; the legend keys the numbers.
#pragma once

#include "palette.hpp"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace cramp {
struct PeriodStats;
struct Medicine;
}

// A medicine started (▲) or stopped (▼) in a week; `medicine` is its number in the key (1-based).
struct WeekMark {
    int medicine = 1;
    bool start = true;
    friend bool operator==(const WeekMark&, const WeekMark&) = default;
};

struct WeekBar {
    int episodes = 0;
    bool overThreshold = false;
    QDate start;           // the week's first night, even when it lies before the period
    bool partial = false;  // the week is not wholly inside the period
    std::vector<WeekMark> marks;
};

// The rules' calendar weeks of `s` as bars (partial: the week begins before s.period or ends after it).
std::vector<WeekBar> weekBars(const cramp::PeriodStats& s);

// Marks on `weeks` the start night and the stop night of each dated medicine that falls in one of
// them; returns the key, the names of the medicines marked, the one numbered n at n - 1. A medicine
// without a start (carried over from the old free-text list) gets no mark.
QStringList markMedicines(std::vector<WeekBar>& weeks, const std::vector<cramp::Medicine>& medicines);

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
    // When a week carries a mark: "started" beside ▲, "stopped" beside ▼ (each only when such a mark
    // is shown), then the key, "1 atorvastatin" (markMedicines' names).
    QString legendStart;
    QString legendStop;
    QStringList medicineKey;
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
        enum Kind { over, under, partial, markStart, markStop, medicine } kind;  // medicine: no sample
    };
    struct Mark {
        QRectF box;  // the shape on the left, the number right of it
        QString number;
        bool start = true;
        int week = 0;
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
    std::vector<Mark> marks;      // above the plot and the counts, in as many rows as they need
};

// `device` measures the text (the painter's, so that points are the PDF's points).
WeekChartLayout layoutWeekChart(const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                                const WeekChartStyle& style, QPaintDevice* device);

void paintWeekChart(QPainter& p, const QRectF& area, const std::vector<WeekBar>& weeks, int threshold,
                    const WeekChartStyle& style);
