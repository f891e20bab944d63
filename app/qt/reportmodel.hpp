// SPDX-License-Identifier: GPL-3.0-or-later
// The Report page's data: the period (the last 4, 8 or 12 weeks, or custom dates) and the report's
// language, the pages of the report painted as images by the same code that writes the PDF, and
// saving the PDF. ReportPageView shows one page.
#pragma once

#include "diarysession.hpp"
#include "periods.hpp"
#include "reportwriter.hpp"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QRect>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class ReportModel : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // 4, 8 or 12: the last so many weeks, ending where the Today screen ends; 0: customFrom–customTo.
    Q_PROPERTY(int weeks READ weeks WRITE setWeeks NOTIFY requestChanged)
    Q_PROPERTY(QString customFrom READ customFrom WRITE setCustomFrom NOTIFY requestChanged)  // YYYY-MM-DD
    Q_PROPERTY(QString customTo READ customTo WRITE setCustomTo NOTIFY requestChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY requestChanged)  // "zh_CN" or "en"
    // The period in effect (YYYY-MM-DD), the number of pages, and what is wrong with a custom period.
    Q_PROPERTY(QString from READ from NOTIFY changed)
    Q_PROPERTY(QString to READ to NOTIFY changed)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // The file a save dialog proposes: cramp-report-<from>-<to>.pdf in the user's documents folder.
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY changed)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedChanged)
    // The nights a date picker offers (YYYY-MM-DD): from the diary's first record, or the night ten
    // years before `latest` when that is earlier, to the night the 4-, 8- and 12-week periods end.
    Q_PROPERTY(QString earliest READ earliest NOTIFY changed)
    Q_PROPERTY(QString latest READ latest NOTIFY changed)
    // The preview's zoom: from the column's width (1) to maxZoom times it, zoomStep a step.
    Q_PROPERTY(qreal maxZoom READ maxZoom CONSTANT)
    Q_PROPERTY(qreal zoomStep READ zoomStep CONSTANT)

public:
    // A page of the report in points (A4).
    static constexpr qreal kPageWidth = 595, kPageHeight = 842;
    static constexpr qreal kMaxZoom = 4, kZoomStep = 1.25;

    explicit ReportModel(QObject* parent = nullptr);
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;
    int weeks() const { return weeks_; }
    void setWeeks(int w);
    QString customFrom() const { return customFrom_; }
    void setCustomFrom(const QString& d);
    QString customTo() const { return customTo_; }
    void setCustomTo(const QString& d);
    QString language() const { return language_; }
    void setLanguage(const QString& l);
    QString from() const;
    QString to() const;
    int pageCount() const { return pageCount_; }
    QString error() const { return error_; }
    QUrl suggestedFile() const;
    QString savedPath() const { return savedPath_; }
    QString earliest() const { return earliest_; }
    QString latest() const { return latest_; }
    static qreal maxZoom() { return kMaxZoom; }
    static qreal zoomStep() { return kZoomStep; }

    // The diary and the request the pages are painted from (none while the period is wrong): for
    // the views that show the same report otherwise (DoctorFigures).
    DiarySession* session() const { return session_; }
    const std::optional<ReportRequest>& currentRequest() const { return current_; }

    // Writes the PDF; false (and `error`) when it cannot.
    Q_INVOKABLE bool savePdf(const QUrl& file);
    // Page `index` (0-based) at `scale` pixels per point, white; a null image when there is none.
    // `region`: only that part of it, in pixels of the whole page at `scale` (a zoomed page on
    // screen); not kept, unlike whole pages.
    QImage pageImage(int index, qreal scale, const QRect& region = {});

signals:
    void requestChanged();
    void changed();
    void savedChanged();

private:
    void scheduleRefresh();
    void refresh();
    std::optional<ReportRequest> request(QString* problem) const;
    QPointer<DiarySession> session_;
    int weeks_ = cramp::kReportDefaultWeeks, pageCount_ = 0;
    QString customFrom_, customTo_, language_ = QStringLiteral("en"), error_, savedPath_, earliest_, latest_;
    std::optional<ReportRequest> current_;
    bool refreshPending_ = false;
    // A few painted pages, for the views on screen; emptied when the content changes.
    QHash<int, QImage> cache_;
    qreal cacheScale_ = 0;
};
