// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor report as an A4 PDF: page 1 a doctor reads in a minute (frequency and its trend, the
// weekly chart, severity, patterns, the warning signals with their evidence and the advice), then
// every episode in a table and the cramp-free nights. Written in the report's own language
// (zh_CN or en), independent of the app's.
#pragma once

#include "diary.hpp"
#include "rules.hpp"

#include <QByteArray>
#include <QString>

#include <string>

class QPainter;

struct ReportRequest {
    cramp::Period period;
    QString language = QStringLiteral("en");  // "zh_CN" or "en"
    // The calendar date the report is made on, printed in every footer: the caller's injected
    // clock in the diary's zone (the report never reads the wall clock).
    cramp::Date made{};
};

// Where the report is painted, page after page, in points (1/72 inch) on A4 (595 × 842): the PDF
// file, or page images for the screen. The painter's device must report 72 dpi, so that text is
// laid out the same on every surface.
class ReportSurface {
public:
    virtual ~ReportSurface() = default;
    virtual bool begin(QPainter& painter, const QString& title) = 0;  // page 1
    virtual void newPage(QPainter& painter) = 0;
    virtual void finish(QPainter& painter) = 0;
    // What went wrong when begin() failed.
    virtual cramp::Message failure() const { return cramp::Message(CRAMP_TEXT("Report", "cannot paint the report")); }
};

// Paints the whole report; returns the number of pages. Needs a QGuiApplication (fonts).
cramp::Result<int> paintReport(const cramp::Diary& diary, const ReportRequest& request, ReportSurface& surface);
// Paints the PDF into `pdf`; returns the number of pages.
cramp::Result<int> renderReport(const cramp::Diary& diary, const ReportRequest& request, QByteArray& pdf);
// Writes the PDF to `pdfPath` (0600, replacing an earlier file only once the new one is written
// whole: storage's write_file_atomically); returns the number of pages.
cramp::Result<int> writeReport(const cramp::Diary& diary, const ReportRequest& request, const QString& pdfPath);
