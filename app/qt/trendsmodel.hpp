// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends page's chart data: cramps per calendar week for the last 12, 26 or 52 weeks, from the
// diary's rules. The page's calendar of nights is NightCalendar's.
#pragma once

#include "diarysession.hpp"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class TrendsModel : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int weeksShown READ weeksShown WRITE setWeeksShown NOTIFY changed)  // 12, 26 or 52
    // {start ("2026-12-28"), episodes, over, partial, marks: [{medicine, start}]} (WeekChart's)
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY changed)
    // The names of the medicines whose start or stop is marked, the one numbered n at n - 1.
    Q_PROPERTY(QStringList medicineKey READ medicineKey NOTIFY changed)
    Q_PROPERTY(int threshold READ threshold NOTIFY changed)
    Q_PROPERTY(int episodes READ episodes NOTIFY changed)
    Q_PROPERTY(int weeksOver READ weeksOver NOTIFY changed)

public:
    using QObject::QObject;
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;

    int weeksShown() const { return weeksShown_; }
    void setWeeksShown(int n);
    QVariantList weeks() const { return weeks_; }
    QStringList medicineKey() const { return medicineKey_; }
    int threshold() const { return threshold_; }
    int episodes() const { return episodes_; }
    int weeksOver() const { return weeksOver_; }

signals:
    void changed();

private:
    void refresh();
    QPointer<DiarySession> session_;
    int weeksShown_ = 12, threshold_ = 3, episodes_ = 0, weeksOver_ = 0;
    QVariantList weeks_;
    QStringList medicineKey_;
};
