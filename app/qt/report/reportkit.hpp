// What every part of the doctor report shares: its strings in the report's own language, the
// records and figures it prints, and the A4 pages it flows down (reportwriter.hpp paints them).
#pragma once

#include "reportwriter.hpp"

#include "episode.hpp"
#include "figures.hpp"
#include "labels.hpp"
#include "palette.hpp"

#include <QColor>
#include <QFont>
#include <QString>
#include <QTranslator>

#include <vector>

class QPainter;

namespace report {

// The report's strings, translated into the report's language (not the app's): marked for lupdate
// in the "Report" context and looked up in that language's translation.
class ReportText {
public:
    explicit ReportText(const QString& lang);
    QString operator()(const char* source) const;
    const QString& language() const { return language_; }

private:
    QTranslator tr_;
    QString language_;
    bool loaded_ = false;
};

// A value's words in the report (labels.hpp), to be translated with ReportText.
template <typename E>
const char* word(E value) {
    return cramp::labels::of(value).report;
}

QString iso(cramp::Night n);
// 2 or 2.5: a whole number without decimals, else one decimal.
QString number(double v);

// Everything the report prints, loaded once.
struct ReportData {
    const cramp::Diary& diary;
    const ReportRequest& request;
    cramp::PeriodStats stats;
    cramp::ReportFigures figures;
    std::vector<cramp::Episode> episodes;  // of the period, oldest first
    std::vector<cramp::CrampFreeNight> freeNights;
    cramp::Profile profile;
    QString periodText;  // "2026-09-08 – 2026-11-30"
};

// Paints flowing text down A4 pages (units: points), starting new pages as needed.
class Pages {
public:
    static constexpr qreal kMargin = 42, kWidth = 595 - 2 * 42, kBottom = 842 - 42;

    Pages(ReportSurface& surface, QPainter& p, const QString& family, const QString& footer);

    QPainter& painter() { return p_; }
    QFont font(qreal pt, bool bold = false) const;
    qreal y() const { return y_; }
    void advance(qreal dy) { y_ += dy; }
    int count() const { return pages_; }

    // Starts a new page unless `height` more points fit on this one.
    void ensure(qreal height);
    void newPage();
    void drawFooter();
    // Wrapped text at full width (or from `indent`); returns its height.
    qreal text(const QString& s, const QFont& f, QColor colour = cramp::palette::print().text, qreal indent = 0);

private:
    ReportSurface& surface_;
    QPainter& p_;
    QString family_, footer_;
    qreal y_ = kMargin;
    int pages_ = 1;
};

}  // namespace report
