// SPDX-License-Identifier: GPL-3.0-or-later
// One night's bedtime care record (QML: CareLog; docs/rules.md, "Care records"): what the patient did
// before bed and what the day was like, chosen with one tap per item and saved as one record through
// Diary::set_night_factors ("none of these" is an empty record), or cleared. Also when Today offers
// tonight's care: in the evening (eveningNight). Writes go through the shared DiarySession.
#pragma once

#include "care.hpp"
#include "diarysession.hpp"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>
#include <string_view>

class CareLog : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The night logged (YYYY-MM-DD); empty for tonight. `shownNight` is the night it stands for.
    Q_PROPERTY(QString night READ night WRITE setNight NOTIFY changed)
    Q_PROPERTY(QString shownNight READ shownNight NOTIFY changed)
    // Tonight: the night named by today's local date.
    Q_PROPERTY(QString tonight READ tonight NOTIFY changed)
    // It is the evening (Today offers tonight's care): see eveningNight.
    Q_PROPERTY(bool evening READ evening NOTIFY changed)
    // The night can have a record: tonight or a past night, never one still to come.
    Q_PROPERTY(bool canLog READ canLog NOTIFY changed)
    // The night's stored record: whether there is one, its items (core's names) and their words
    // ("Calf stretch, Warm foot soak", "None of these"; empty without a record).
    Q_PROPERTY(bool recorded READ recorded NOTIFY changed)
    Q_PROPERTY(QStringList savedItems READ savedItems NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // The items chosen on screen, not saved yet (starts as the stored record).
    Q_PROPERTY(QStringList selected READ selected NOTIFY selectedChanged)

public:
    // From this local hour on, until the day ends, Today offers tonight's care.
    static constexpr int kEveningHour = 18;
    // The night Today offers care for at `now` in `zone`: today's date from 18:00 until midnight
    // (after midnight Today calls that night "last night"); none at any other hour.
    static std::optional<cramp::Night> eveningNight(cramp::Instant now, std::string_view zone);

    explicit CareLog(QObject* parent = nullptr);
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;

    QString night() const { return night_; }
    void setNight(const QString& night);
    QString shownNight() const;
    QString tonight() const;
    bool evening() const;
    bool canLog() const;
    bool recorded() const { return stored_.has_value(); }
    QStringList savedItems() const;
    QString summary() const;
    QStringList selected() const;

    // One tap on an item's chip: in or out of the selection.
    Q_INVOKABLE void toggle(const QString& item);
    // Writes the selection as the night's record (replacing an earlier one).
    Q_INVOKABLE bool save();
    // One tap: "none of these", an empty record.
    Q_INVOKABLE bool saveNone();
    // Removes the night's record.
    Q_INVOKABLE bool clear();

signals:
    void changed();
    void selectedChanged();

protected:
    // A language switch rewrites the summary (its words are made in C++).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<cramp::Night> parsedNight() const;
    // The night's record read again, and the selection reset to it.
    void refresh();
    bool write(const std::function<cramp::Result<void>(cramp::Diary&, cramp::Night)>& change);
    QPointer<DiarySession> session_;
    QString night_;
    std::optional<cramp::EnumSet<cramp::CareItem>> stored_;
    cramp::EnumSet<cramp::CareItem> selected_;
};
