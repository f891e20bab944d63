// The Settings page's "Your data": a backup now, restoring a backup, export to a file (CSV, JSON or
// FHIR) and import from one. An import is checked first and shown (what would be added and skipped,
// or every problem); it is written only when the patient confirms, all of it in one transaction.
#pragma once

#include "diarycontroller.hpp"
#include "transfer.hpp"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class DataTransfer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DiaryController* diary READ diary WRITE setDiary NOTIFY diaryChanged)
    // The outcome of the last action, in the app's language ("Exported 120 cramps to …"), or what
    // went wrong (error).
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // A checked import waiting for the patient's yes: what it would do.
    Q_PROPERTY(bool importPending READ importPending NOTIFY stateChanged)
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY stateChanged)
    // Every problem of a rejected import, one per line ("line 12, intensity: 11 is outside 0–10").
    Q_PROPERTY(QString importProblems READ importProblems NOTIFY stateChanged)

public:
    using QObject::QObject;
    DiaryController* diary() const { return diary_; }
    void setDiary(DiaryController* d);
    QString message() const { return message_; }
    QString error() const { return error_; }
    bool importPending() const { return plan_.has_value(); }
    QString importSummary() const { return importSummary_; }
    QString importProblems() const { return importProblems_; }

    // What the save dialog proposes: crampdiary-<today>.csv / .json / .fhir.json in the documents folder.
    Q_INVOKABLE QUrl suggestedExportFile(const QString& format) const;
    // format: "csv", "json" or "fhir"
    Q_INVOKABLE bool exportTo(const QUrl& file, const QString& format);
    // Reads and checks the file; nothing is written. Then commitImport() or cancelImport().
    Q_INVOKABLE bool checkImport(const QUrl& file);
    Q_INVOKABLE bool commitImport();
    Q_INVOKABLE void cancelImport();
    // A checked copy of the diary in its backups folder, named by the time (kept beside the daily ones).
    Q_INVOKABLE bool backupNow();

signals:
    void diaryChanged();
    void stateChanged();

private:
    bool done(const QString& message);
    bool failed(const QString& error);
    QPointer<DiaryController> diary_;
    QString message_, error_, importSummary_, importProblems_;
    std::optional<cramp::ImportPlan> plan_;
};
