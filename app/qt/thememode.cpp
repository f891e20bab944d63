// SPDX-License-Identifier: GPL-3.0-or-later
#include "thememode.hpp"

#include "night.hpp"

ThemeMode::ThemeMode(DiarySession* session, QObject* parent) : QObject(parent), session_(session) {
    connect(session_, &DiarySession::openedChanged, this, &ThemeMode::reopened);
    connect(session_, &DiarySession::zoneChanged, this, &ThemeMode::recheck);
    connect(session_, &DiarySession::minutePassed, this, &ThemeMode::recheck);
    reopened();
}

ThemeMode* ThemeMode::create(QQmlEngine* engine, QJSEngine*) { return DiarySession::createShared<ThemeMode>(engine); }

bool ThemeMode::darkAt(cramp::Instant now, std::string_view zone) {
    const auto local = cramp::to_local(now, zone);
    const auto hour = std::chrono::duration_cast<std::chrono::hours>(local - std::chrono::floor<date::days>(local)).count();
    return hour >= kDarkFromHour || hour < kDarkUntilHour;
}

void ThemeMode::reopened() {
    QString s = QStringLiteral("auto");
    if (!session_->readSafely([&] {
            if (auto* d = session_->diary()) s = QString::fromStdString(d->preference("theme").value_or("auto"));
        }))
        return;  // closed again: reopened() ran for that
    if (s != setting_) {
        setting_ = s;
        emit settingChanged();
    }
    recheck();
}

void ThemeMode::setSetting(const QString& s) {
    if (s != QLatin1String("auto") && s != QLatin1String("dark") && s != QLatin1String("light")) return;
    if (s == setting_) return;
    setting_ = s;
    if (auto* d = session_->diary()) (void)d->set_preference("theme", s.toStdString());
    emit settingChanged();
    recheck();
}

bool ThemeMode::dark() const {
    if (setting_ == QLatin1String("dark")) return true;
    if (setting_ == QLatin1String("light")) return false;
    return darkAt(session_->now(), session_->zoneName());
}

void ThemeMode::recheck() {
    if (const bool d = dark(); d != lastDark_) {
        lastDark_ = d;
        emit darkChanged();
    }
}
