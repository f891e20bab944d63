// SPDX-License-Identifier: GPL-3.0-or-later
// Night or day colours (QML: ThemeMode): the patient's choice ("auto", "dark" or "light", kept in the
// diary) and the theme in effect. "auto" is dark from darkFromHour to darkUntilHour local time (in
// the session's zone, on the session's clock), so a 3 a.m. glance does not glare; Qt 6.4 has no
// system colour scheme to follow.
#pragma once

#include "diarysession.hpp"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <string_view>

class QQmlEngine;
class QJSEngine;

class ThemeMode : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "auto", "dark" or "light".
    Q_PROPERTY(QString setting READ setting WRITE setSetting NOTIFY settingChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)
    // The hours (0–23, local time) "auto" is dark from and until: 20 and 7.
    Q_PROPERTY(int darkFromHour READ darkFromHour CONSTANT)
    Q_PROPERTY(int darkUntilHour READ darkUntilHour CONSTANT)

public:
    static constexpr int kDarkFromHour = 20, kDarkUntilHour = 7;

    // No default constructor: Qt 6.4 would use it instead of create().
    explicit ThemeMode(DiarySession* session, QObject* parent = nullptr);
    // The engine's session's theme (a child of the session).
    static ThemeMode* create(QQmlEngine* engine, QJSEngine*);

    // The rule of "auto": is it dark at `now` in `zone`?
    static bool darkAt(cramp::Instant now, std::string_view zone);

    QString setting() const { return setting_; }
    void setSetting(const QString& s);
    bool dark() const;
    int darkFromHour() const { return kDarkFromHour; }
    int darkUntilHour() const { return kDarkUntilHour; }

signals:
    void settingChanged();
    void darkChanged();

private:
    // The setting of the diary just opened.
    void reopened();
    // Tells QML when `dark` turned (the setting, the zone, the clock passing an hour of the rule).
    void recheck();
    QPointer<DiarySession> session_;
    QString setting_ = QStringLiteral("auto");
    bool lastDark_ = true;
};
