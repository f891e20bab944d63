// The doctor report as an A4 PDF: page 1 a doctor reads in a minute (frequency and its trend, the
// weekly chart, severity, patterns, the warning signals with their evidence and the advice), then
// every episode in a table and the cramp-free nights. Written in the report's own language
// (zh_CN or en), independent of the app's.
#pragma once

#include "diary.hpp"
#include "rules.hpp"

#include <QString>

struct ReportRequest {
    cramp::Period period;
    QString language = QStringLiteral("en");  // "zh_CN" or "en"
};

// Writes the PDF to `pdfPath`; returns the number of pages. Needs a QGuiApplication (fonts).
cramp::Result<int> writeReport(const cramp::Diary& diary, const ReportRequest& request, const QString& pdfPath);
