// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends page's calendar of nights (QML: NightCalendar), a row per month from the diary's first
// record to now, oldest first. A month's nights (count, cramp-free, unrecorded, crossing, whether it
// can still be checked in) are built by the diary service only when a view asks for that row, and
// kept until the diary changes: a view that shows one month of a 10-year diary builds one month.
// The selected night's entries are a model of their own, for the panel under the calendar.
#pragma once

#include "diarysession.hpp"
#include "episodemodel.hpp"
#include "night_calendar.hpp"

#include <QAbstractListModel>
#include <QLocale>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

class NightCalendar : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The language the month titles and weekday headings are written in: "zh_CN" or "en"
    // (Language.current).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The weekday headings, from the diary's week start ("Mon" … "Sun", "周日" … "周六").
    Q_PROPERTY(QStringList weekdays READ weekdays NOTIFY headingsChanged)
    Q_PROPERTY(int threshold READ threshold NOTIFY headingsChanged)
    // The night the patient tapped (YYYY-MM-DD, or empty), its marks as a month's night has them
    // (below), and its entries.
    Q_PROPERTY(QString selectedNight READ selectedNight WRITE setSelectedNight NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(EpisodeModel* entries READ entries CONSTANT)

public:
    enum Role {
        MonthRole = Qt::UserRole + 1,  // "2026-11"
        TitleRole,                     // "November 2026" / "2026年11月"
        LeadingRole,                   // blank cells before the 1st
        // Every night of the month: {night, day, episodes, crampFree, crossing, future, canCheckIn}.
        NightsRole,
    };
    Q_ENUM(Role)

    explicit NightCalendar(QObject* parent = nullptr);
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the month holding `night` (YYYY-MM-DD), or -1.
    Q_INVOKABLE int rowOfNight(const QString& night) const;
    // One row as a map of role name to value (tests).
    Q_INVOKABLE QVariantMap get(int row) const;
    // The keyboard's way through the nights: the selection moves by `days` (±1 a day, ±7 a week),
    // staying within the calendar's months and never past the night now under way; with nothing
    // selected yet, last night is selected.
    Q_INVOKABLE void moveSelection(int days);
    // How many months have been built since the diary last changed (tests: only what is shown).
    Q_INVOKABLE int builtMonths() const;

    QString language() const { return language_; }
    void setLanguage(const QString& language);
    QStringList weekdays() const;
    int threshold() const { return threshold_; }
    QString selectedNight() const { return selectedNight_; }
    void setSelectedNight(const QString& night);
    QVariantMap selected() const { return selected_; }
    EpisodeModel* entries() { return &entries_; }

signals:
    void countChanged();
    void languageChanged();
    void headingsChanged();
    void selectionChanged();

private:
    const cramp::Diary* diary() const { return session_ ? session_->diary() : nullptr; }
    // The diary changed: the months again (rows kept when they are the same months), the built ones
    // forgotten, the selection read again.
    void refresh();
    void refreshSelection();
    const cramp::CalendarMonth& month(int row) const;

    QPointer<DiarySession> session_;
    QString language_;
    QLocale locale_;
    std::vector<date::year_month> months_;
    mutable std::vector<std::optional<cramp::CalendarMonth>> built_;
    cramp::CalendarNow now_{};
    cramp::WeekStart weekStart_ = cramp::WeekStart::monday;
    int threshold_ = 3;
    QString selectedNight_;
    QVariantMap selected_;
    EpisodeModel entries_;
};
