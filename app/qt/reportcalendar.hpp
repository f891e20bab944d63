// SPDX-License-Identifier: GPL-3.0-or-later
// The months a date picker of the Report page shows (QML: ReportCalendar), a row per month from
// `earliest` to `latest` (ReportModel's), each night with its cramps as the calendar of nights has
// them (night_calendar.hpp) and out of reach (`future`, as NightCell names it) outside the range.
// A month's nights are read only when a view asks for its row, and kept until the diary changes.
// The date arithmetic of the keyboard (a day, a week, a month, a year) is here, kept in the range.
#pragma once

#include "diarysession.hpp"
#include "night_calendar.hpp"

#include <QAbstractListModel>
#include <QLocale>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

class ReportCalendar : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The range of nights offered, YYYY-MM-DD (ReportModel's earliest and latest).
    Q_PROPERTY(QString earliest READ earliest WRITE setEarliest NOTIFY rangeChanged)
    Q_PROPERTY(QString latest READ latest WRITE setLatest NOTIFY rangeChanged)
    // The language of the month titles and weekday headings: "zh_CN" or "en" (Language.current).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY headingsChanged)
    // The weekday headings, from the diary's week start.
    Q_PROPERTY(QStringList weekdays READ weekdays NOTIFY headingsChanged)

public:
    // The same roles as NightCalendar's, so MonthGrid shows either.
    enum Role { MonthRole = Qt::UserRole + 1, TitleRole, LeadingRole, NightsRole };
    Q_ENUM(Role)

    explicit ReportCalendar(QObject* parent = nullptr);
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the month holding `night` (YYYY-MM-DD), or -1.
    Q_INVOKABLE int rowOfNight(const QString& night) const;
    // The month of `row` as YYYY-MM (tests, and the picker's "this month" when nothing is chosen).
    Q_INVOKABLE QString monthOfRow(int row) const;
    // `night` moved by `days` or by `months` (the day kept, or the month's last), within the range;
    // an unreadable `night` moves from `latest`.
    Q_INVOKABLE QString addDays(const QString& night, int days) const;
    Q_INVOKABLE QString addMonths(const QString& night, int months) const;
    // `night` if it is in the range, else the nearest end of it.
    Q_INVOKABLE QString clamp(const QString& night) const;

    QString earliest() const;
    void setEarliest(const QString& night);
    QString latest() const;
    void setLatest(const QString& night);
    QString language() const { return language_; }
    void setLanguage(const QString& language);
    QStringList weekdays() const;

signals:
    void countChanged();
    void rangeChanged();
    void headingsChanged();

private:
    const cramp::Diary* diary() const { return session_ ? session_->diary() : nullptr; }
    // The range or the diary changed: the months again (rows kept when they are the same months),
    // the built ones forgotten.
    void refresh();
    const cramp::CalendarMonth& month(int row) const;
    cramp::Night clamped(cramp::Night n) const;

    QPointer<DiarySession> session_;
    QString language_;
    QLocale locale_;
    std::optional<cramp::Night> earliest_, latest_;
    std::vector<date::year_month> months_;
    mutable std::vector<std::optional<cramp::CalendarMonth>> built_;
    cramp::CalendarNow now_{};
    cramp::WeekStart weekStart_ = cramp::WeekStart::monday;
};
