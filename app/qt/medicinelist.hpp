// SPDX-License-Identifier: GPL-3.0-or-later
// The medicines of the diary (QML: MedicineList), for the Settings page's medicine editor: one row per
// medicine as Diary::medicines lists them (undated first, then by start night), and the writes the
// editor makes (add, edit, stop, delete) through the shared DiarySession. A refusal (core's validate,
// or a new medicine without a start night) is shown as DiaryFile.lastError, and nothing is written.
#pragma once

#include "diarysession.hpp"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "medicine.hpp"

#include <vector>

class MedicineList : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The nights a start or a stop can be picked from (YYYY-MM-DD): the nights of 30 years back, up
    // to tonight (the night running now, when a medicine taken from this evening starts).
    Q_PROPERTY(QString earliest READ earliest NOTIFY rangeChanged)
    Q_PROPERTY(QString latest READ latest NOTIFY rangeChanged)

public:
    // start, stop: YYYY-MM-DD or "" (no start: carried over from the old free-text list; no stop:
    // still taken). period: "since 2026-03-01", "2026-03-01 – 2026-03-20" or "no start date".
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DoseRole, StartRole, StopRole, PeriodRole };
    Q_ENUM(Role)

    explicit MedicineList(QObject* parent = nullptr);
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new medicine: the name is required, and so is the start night; the stop night may be "".
    Q_INVOKABLE bool add(const QString& name, const QString& dose, const QString& start, const QString& stop);
    // A medicine's fields again; a carried-over one may keep having no start ("").
    Q_INVOKABLE bool update(qint64 id, const QString& name, const QString& dose, const QString& start, const QString& stop);
    // Its last night taken.
    Q_INVOKABLE bool stop(qint64 id, const QString& night);
    Q_INVOKABLE bool remove(qint64 id);
    // An editor opened afresh shows no refusal of an earlier try.
    Q_INVOKABLE void clearProblem();

    QString earliest() const;
    QString latest() const;

signals:
    void countChanged();
    void rangeChanged();

private:
    void refresh();
    // The fields typed, as a record: false (and lastError says why) when a date is not a date.
    bool parse(cramp::Medicine& m, const QString& name, const QString& dose, const QString& start, const QString& stop);
    bool write(const cramp::Medicine& m, bool isNew);
    const cramp::Medicine* find(qint64 id) const;
    QPointer<DiarySession> session_;
    std::vector<cramp::Medicine> list_;
};
