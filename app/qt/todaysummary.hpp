// SPDX-License-Identifier: GPL-3.0-or-later
// What the Today screen shows of the diary's rules: cramps in the last 7 nights against the threshold,
// the warning signals of the 28 nights ending last night with what triggered each, the note that the
// app does not diagnose, and where to go. The figures come from core's compute_stats; this class only
// words them for QML.
#pragma once

#include "diary.hpp"
#include "rules.hpp"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <string>

class TodaySummary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TodaySummary comes from Entries.today")
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(int last7Count READ last7Count NOTIFY changed)
    Q_PROPERTY(int threshold READ threshold NOTIFY changed)
    Q_PROPERTY(bool overThreshold READ overThreshold NOTIFY changed)
    // The last 7 nights, oldest first: {night: "YYYY-MM-DD", label: short weekday, episodes: int,
    // recorded: bool}, for a small gauge.
    Q_PROPERTY(QVariantList nights READ nights NOTIFY changed)
    Q_PROPERTY(QString lastNight READ lastNight NOTIFY changed)      // YYYY-MM-DD
    Q_PROPERTY(QString periodFrom READ periodFrom NOTIFY changed)    // first of the 28 nights
    Q_PROPERTY(int nightsRecorded READ nightsRecorded NOTIFY changed)
    Q_PROPERTY(int nightsInPeriod READ nightsInPeriod NOTIFY changed)
    // The signals of the 28 nights: {kind: "weekly_threshold" | "multi_night" | "escalation" |
    // "numbness_weakness" | "posture_linked", title: text, evidence: text}, in that order.
    Q_PROPERTY(QVariantList activeSignals READ activeSignals NOTIFY changed)
    Q_PROPERTY(bool hasSignals READ hasSignals NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)  // "3 cramps in the last 7 nights"
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QString advice READ advice NOTIFY changed)

public:
    explicit TodaySummary(QObject* parent = nullptr);

    // Recomputes everything over the 28 nights ending last night (last night in `zone` at `now`).
    // Reads only the nights the rules need, through the diary's night index.
    void refresh(const cramp::Diary& diary, cramp::Instant now, const std::string& zone);
    // No diary open: nothing to show.
    void clear();

    const cramp::PeriodStats& stats() const { return stats_; }

    bool valid() const { return valid_; }
    int last7Count() const { return stats_.rolling7.episodes; }
    int threshold() const { return stats_.threshold; }
    bool overThreshold() const { return stats_.rolling7_over_threshold; }
    QVariantList nights() const { return nights_; }
    QString lastNight() const;
    QString periodFrom() const;
    int nightsRecorded() const { return stats_.nights_recorded; }
    int nightsInPeriod() const { return stats_.nights_in_period; }
    QVariantList activeSignals() const { return signals_; }
    bool hasSignals() const { return !signals_.isEmpty(); }
    QString headline() const;
    QString note() const;
    QString advice() const;

signals:
    void changed();

private:
    void rebuild();
    bool valid_ = false;
    cramp::PeriodStats stats_;
    QVariantList nights_, signals_;
};
