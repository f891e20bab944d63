// The settings kept in the diary (QML: DiarySettings): the rule settings the counts and signals
// follow (threshold, day boundary, week start) and the patient profile the doctor's report shows.
#pragma once

#include "diarysession.hpp"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class DiarySettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The rule settings (Diary::rule_settings): threshold 1–14, day boundary 0–23, a week start as core spells it.
    Q_PROPERTY(int threshold READ threshold WRITE setThreshold NOTIFY rulesChanged)
    Q_PROPERTY(int dayBoundary READ dayBoundary WRITE setDayBoundary NOTIFY rulesChanged)
    Q_PROPERTY(QString weekStart READ weekStart WRITE setWeekStart NOTIFY rulesChanged)
    // The patient profile for the report (birth year 0 = not given); saved with setProfile.
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(int profileBirthYear READ profileBirthYear NOTIFY profileChanged)
    Q_PROPERTY(QStringList profileRiskFactors READ profileRiskFactors NOTIFY profileChanged)
    Q_PROPERTY(QString profileMedicines READ profileMedicines NOTIFY profileChanged)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    explicit DiarySettings(DiarySession* session, QObject* parent = nullptr);
    // The engine's session's settings (a child of the session).
    static DiarySettings* create(QQmlEngine* engine, QJSEngine*);

    // {name, birthYear (0 = not given), riskFactors (core's kRiskFactors names, as Labels.riskFactors lists them), medicines}
    Q_INVOKABLE bool setProfile(const QVariantMap& profile);

    int threshold() const;
    void setThreshold(int t);
    int dayBoundary() const;
    void setDayBoundary(int h);
    QString weekStart() const;
    void setWeekStart(const QString& ws);
    QString profileName() const;
    int profileBirthYear() const;
    QStringList profileRiskFactors() const;
    QString profileMedicines() const;

signals:
    void rulesChanged();
    void profileChanged();

private:
    cramp::Diary* diary() const { return session_ ? session_->diary() : nullptr; }
    bool setRules(const cramp::RuleSettings& s);
    QPointer<DiarySession> session_;
};
