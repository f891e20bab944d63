// SPDX-License-Identifier: GPL-3.0-or-later
// The settings kept in the diary (QML: DiarySettings): the rule settings the counts and signals
// follow (threshold, day boundary, week start) and the patient profile the doctor's report shows.
#pragma once

#include "diarysession.hpp"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

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
    // The patient profile for the report (birth year 0 = not given), as edited: an edit not yet
    // written (editProfile) shows here at once, so a page opened again shows what was typed.
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(int profileBirthYear READ profileBirthYear NOTIFY profileChanged)
    Q_PROPERTY(QStringList profileRiskFactors READ profileRiskFactors NOTIFY profileChanged)
    // Why the birth year typed is not saved ("Year of birth: 1800 is not between 1900 and 2100…"),
    // or empty; the other fields are saved meanwhile.
    Q_PROPERTY(QString profileProblem READ profileProblem NOTIFY profileProblemChanged)
    // True once the profile as edited is in the diary; false while an edit waits to be written.
    Q_PROPERTY(bool profileSaved READ profileSaved NOTIFY profileSavedChanged)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    explicit DiarySettings(DiarySession* session, QObject* parent = nullptr);
    // The engine's session's settings (a child of the session).
    static DiarySettings* create(QQmlEngine* engine, QJSEngine*);

    // {name, birthYear (0 = not given), riskFactors (core's kRiskFactors names, as Labels.riskFactors lists them)}.
    // The medicines are records of their own (MedicineList).
    Q_INVOKABLE bool setProfile(const QVariantMap& profile);
    // The profile as it is being typed: {name, birthYear (the text typed, "" = not given),
    // riskFactors}. Written a moment later (kProfileDelayMs after the last edit), or at
    // once by saveProfile, and before the diary closes or the window goes. A birth year outside
    // Limits is not taken (profileProblem says so); the rest is.
    Q_INVOKABLE void editProfile(const QVariantMap& profile);
    // Writes an edit that waits (a field left, the page left): true when nothing waits any more.
    Q_INVOKABLE bool saveProfile();
    static constexpr int kProfileDelayMs = 600;

    int threshold() const;
    void setThreshold(int t);
    int dayBoundary() const;
    void setDayBoundary(int h);
    QString weekStart() const;
    void setWeekStart(const QString& ws);
    QString profileName() const;
    int profileBirthYear() const;
    QStringList profileRiskFactors() const;
    QString profileProblem() const { return profileProblem_; }
    bool profileSaved() const { return !draft_ && profileWritten_; }

signals:
    void rulesChanged();
    void profileChanged();
    void profileProblemChanged();
    void profileSavedChanged();

private:
    cramp::Diary* diary() const { return session_ ? session_->diary() : nullptr; }
    bool setRules(const cramp::RuleSettings& s);
    // The rule settings, the defaults when the diary is closed or cannot be read.
    cramp::RuleSettings rules() const;
    // The profile as edited (the draft, else the diary's).
    cramp::Profile profile() const;
    bool writeProfile(const cramp::Profile& p);
    void setProfileProblem(const QString& problem);
    QPointer<DiarySession> session_;
    std::optional<cramp::Profile> draft_;  // typed, not yet written
    bool profileWritten_ = false;          // since this diary was opened
    QString profileProblem_;
    QTimer profileDelay_;
};
