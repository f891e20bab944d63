#include "paths.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

std::filesystem::path defaultDiaryPath() {
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("crampdiary"));
    auto dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(dir.toStdString()) / "diary.sqlite";
}

QString localPath(const QUrl& file) { return file.isLocalFile() ? file.toLocalFile() : file.toString(); }

QString documentsFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}
