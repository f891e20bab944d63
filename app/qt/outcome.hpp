// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of a "Your data" action that a line of Settings reports, in the app's language
// ("Backed up to …", "Exported 120 cramps to …"), or what went wrong. Backups and DataTransfer
// are one each.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class Outcome : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Outcome is what Backups and DataTransfer report")
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)

public:
    explicit Outcome(QObject* parent = nullptr) : QObject(parent) {}
    QString message() const { return message_; }
    QString error() const { return error_; }

signals:
    void stateChanged();

protected:
    // Report a success (true) or a failure (false), for `return done(...)`.
    bool done(const QString& message);
    bool failed(const QString& error);
    // Forget the last outcome without a signal (a new action is under way).
    void forget() {
        message_.clear();
        error_.clear();
    }

private:
    QString message_, error_;
};
