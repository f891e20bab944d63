// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's backups (QML: Backups): one a day, written by DiarySession once the opened diary passed
// its integrity check (storage keeps the last 7), on-demand ones ("Back up now"), and restoring one:
// what it holds beside what the diary holds first, a message after, an undo that brings back the
// diary it replaced, and the list of every diary a restore replaced.
#pragma once

#include "diarysession.hpp"
#include "outcome.hpp"
#include "replaceddiaries.hpp"

#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>
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
    // The diaries restores replaced, kept beside the diary, newest first.
    Q_PROPERTY(ReplacedDiaries* replaced READ replaced CONSTANT)
    // Whether the last restore (in this window) can be undone: the diary it replaced is kept and sound.
    Q_PROPERTY(bool canUndoRestore READ canUndoRestore NOTIFY stateChanged)

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
    // On success the message says what the diary holds now and where the replaced one is kept.
    Q_INVOKABLE bool restoreBackup(const QUrl& file);
    // Restores the diary the last restore replaced, the same safe way (the diary it undoes is kept
    // in turn): the diary's file is then byte for byte what it was before that restore.
    Q_INVOKABLE bool undoRestore();
    // What the backup at `file` holds ("12 cramps and 3 cramp-free nights, from the night of
    // 2 Mar 2026 to the night of 30 Nov 2026"), or why it cannot be restored; the file is only read.
    Q_INVOKABLE QString summaryOf(const QUrl& file) const;
    // The same for the diary as it is now (a diary that could not be opened: why).
    Q_INVOKABLE QString diarySummary() const;
    // A file URL as the patient reads a path: /home/li/.local/share/crampdiary/backups
    Q_INVOKABLE QString displayPath(const QUrl& file) const;

    QUrl backupFolder() const;
    QString latestBackup() const;
    ReplacedDiaries* replaced() { return &replaced_; }
    bool canUndoRestore() const { return !undoFile_.isEmpty(); }

signals:
    void backupsChanged();

private:
    // Restores `path`; the kept file's path ("" when there was no diary), or nothing (failed: said).
    std::optional<QString> restore(const QString& path);
    void listReplaced();
    QPointer<DiarySession> session_;
    ReplacedDiaries replaced_;
    QString undoFile_;  // the diary the last restore replaced, while it can be brought back
};
