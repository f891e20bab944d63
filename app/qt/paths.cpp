// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString kLanguageKey = QStringLiteral("language");
}

void setAppIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("crampdiary"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("crampdiary.org"));
    QCoreApplication::setApplicationName(QStringLiteral("CrampDiary"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
}

QString legacySettingsFile() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Unknown Organization/crampdiary.conf");
}

bool carryOverLanguage(const QString& legacy) {
    QSettings settings;
    if (settings.contains(kLanguageKey) || !QFileInfo::exists(legacy)) return false;
    const QVariant old = QSettings(legacy, QSettings::IniFormat).value(kLanguageKey);
    if (!old.isValid()) return false;
    settings.setValue(kLanguageKey, old);
    return true;
}

std::filesystem::path defaultDiaryPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return std::filesystem::path(dir.toStdString()) / "crampdiary" / "diary.sqlite";
}

QString localPath(const QUrl& file) { return file.isLocalFile() ? file.toLocalFile() : file.toString(); }

QString documentsFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}
