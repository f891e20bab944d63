// The diary's backups (QML: Backups): one a day, written by DiarySession once the opened diary passed
// its integrity check (storage keeps the last 7), on-demand ones ("Back up now"), and restoring one.
#pragma once

#include "diarysession.hpp"
#include "outcome.hpp"

#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class Backups : public Outcome {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The folder the backups are in (beside the diary).
    Q_PROPERTY(QUrl backupFolder READ backupFolder NOTIFY backupsChanged)
    // The newest backup's file name ("diary-2026-11-25.sqlite"), empty when there is none.
    Q_PROPERTY(QString latestBackup READ latestBackup NOTIFY backupsChanged)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    explicit Backups(DiarySession* session, QObject* parent = nullptr);
    // The engine's session's backups (a child of the session).
    static Backups* create(QQmlEngine* engine, QJSEngine*);

    // A checked copy of the diary in its backups folder, named by the time (kept beside the daily
    // ones); message or error says where, or why not.
    Q_INVOKABLE bool backupNow();
    // Puts the backup at `file` in place of the diary (the replaced file is kept beside it) and
    // opens it. The backup is checked first; nothing changes if it is not a sound diary (the
    // session's lastError says why).
    Q_INVOKABLE bool restoreBackup(const QUrl& file);
    // A file URL as the patient reads a path: /home/li/.local/share/crampdiary/backups
    Q_INVOKABLE QString displayPath(const QUrl& file) const;

    QUrl backupFolder() const;
    QString latestBackup() const;

signals:
    void backupsChanged();

private:
    QPointer<DiarySession> session_;
};
