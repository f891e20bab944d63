// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page's export and import (backups are Backups'): export to a file (CSV, JSON or
// FHIR) and import from one. An import is checked first and shown (what would be added and skipped,
// or every problem); it is written only when the patient confirms, all of it in one transaction.
#pragma once

#include "diarysession.hpp"
#include "outcome.hpp"
#include "transfer.hpp"

#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class DataTransfer : public Outcome, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // message / error (Outcome): "Exported 120 cramps to …", or what went wrong.
    // A checked import waiting for the patient's yes: what it would do.
    Q_PROPERTY(bool importPending READ importPending NOTIFY stateChanged)
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY stateChanged)
    // Every problem of a rejected import, one per line ("line 12, intensity: 11 is outside 0–10").
    Q_PROPERTY(QString importProblems READ importProblems NOTIFY stateChanged)

public:
    using Outcome::Outcome;
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session) { session_ = session; }
    void classBegin() override {}
    void componentComplete() override;

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

private:
    cramp::Diary* diary() const { return session_ ? session_->diary() : nullptr; }
    QPointer<DiarySession> session_;
    QString importSummary_, importProblems_;
    std::optional<cramp::ImportPlan> plan_;
};
