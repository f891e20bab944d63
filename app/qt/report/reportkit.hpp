// SPDX-License-Identifier: GPL-3.0-or-later
// What every part of the doctor report shares: its strings in the report's own language, the
// records and figures it prints, and the A4 pages it flows down (reportwriter.hpp paints them).
#pragma once

#include "reportwriter.hpp"

#include "coretext.hpp"
#include "episode.hpp"
#include "figures.hpp"
#include "labels.hpp"
#include "palette.hpp"
#include "report_figures.hpp"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QTranslator>

#include <vector>

class QPainter;
class QPaintDevice;

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

// The report's font at `pt` points, and its measures as painted at 72 dpi (one point a unit), the
// same on the PDF, on page images and when the table is planned before any painting.
QFont reportFont(const QString& family, qreal pt, bool bold = false);
QFontMetricsF pointMetrics(const QFont& f);
QPaintDevice* pointDevice();
// User text (a note, a name) as the report can print it: each character no installed font can draw,
// and each beyond U+FFFF (most emoji), replaced by a named placeholder, "[emoji]" (〔表情〕) for
// pictographs and "[U+XXXX]" for anything else, never a box; line breaks kept as
// QChar::LineSeparator. Characters the report font lacks but an installed font has (☺ from DejaVu
// Sans, through Qt's font fallback, embedded as outlines) are kept.
QString printable(const QString& s, const QFont& f, const ReportText& t);
// 2 or 2.5: a whole number without decimals, else one decimal.
QString number(double v);
// "a, b, c" in the report's language ("a，b，c").
QString joined(const QStringList& items, const ReportText& t);

// One line of a wrapped text: where it starts in the text and how many characters it takes.
struct TextLine {
    int start, length;
};
// Breaks `text` into lines of at most `width` points (at a word boundary, or anywhere in a word
// longer than the line, as Chinese needs; at each QChar::LineSeparator) and appends them to `out`.
void wrap(const QString& text, const QFont& f, qreal width, std::vector<TextLine>& out);

// Everything the report prints, loaded once.
struct ReportData {
    const cramp::Diary& diary;
    const ReportRequest& request;
    cramp::PeriodStats stats;
    cramp::ReportFigures figures;
    std::vector<cramp::Episode> episodes;  // of the period, oldest first
    std::vector<cramp::Night> freeNights;  // of the period, newest first
    cramp::Profile profile;
    QString periodText;  // "2026-09-08 – 2026-11-30"
    std::vector<cramp::Medicine> medicines;
    cramp::CareComparisonsOfDiary care;  // the period's personal comparisons (comparisons.hpp)
};

// What every page's footer says: on the left the app, the patient's name when given and the
// period; on the right "page X of N" and the date the report was made.
struct Footer {
    QString left;
    QString pageOf;  // "page %1 of %2", translated
    QString made;    // "made 2026-03-16", translated
};

// The A4 pages the report is painted on (units: points): where the next line goes, new pages, footers.
class Pages {
public:
    static constexpr qreal kMargin = 42, kWidth = 595 - 2 * 42, kBottom = 842 - 42;
    // Where a page's content ends: the footer sits below.
    static constexpr qreal kContentBottom = kBottom - 14;

    Pages(ReportSurface& surface, QPainter& p, const QString& family, Footer footer);

    QPainter& painter() { return p_; }
    QFont font(qreal pt, bool bold = false) const;
    qreal y() const { return y_; }
    void advance(qreal dy) { y_ += dy; }
    int count() const { return pages_; }
    // The number of pages the report will have, for "page X of N"; set before the first footer.
    void setTotal(int total) { total_ = total; }

    void newPage();
    void drawFooter();

private:
    ReportSurface& surface_;
    QPainter& p_;
    QString family_;
    Footer footer_;
    qreal y_ = kMargin;
    int pages_ = 1, total_ = 1;
};

}  // namespace report
