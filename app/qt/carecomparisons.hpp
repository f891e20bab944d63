// SPDX-License-Identifier: GPL-3.0-or-later
// The Care page's personal comparisons (QML: CareComparisons; docs/rules.md, "Care records"): for
// each care item, cramps a night on the nights with it against the nights without it, over the whole
// diary up to last night (core's compare_factors), with the counts; a row says it is not shown yet
// until each side has kMinComparisonNights nights. One row per item, always, in core's order.
#pragma once

#include "care.hpp"
#include "diarysession.hpp"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <array>

class CareComparisons : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The period compared (YYYY-MM-DD): the diary's first record night to last night; both empty
    // while the diary has no record up to last night.
    Q_PROPERTY(QString from READ from NOTIFY periodChanged)
    Q_PROPERTY(QString to READ to NOTIFY periodChanged)
    // Comparisons that have enough nights on both sides.
    Q_PROPERTY(int shownCount READ shownCount NOTIFY periodChanged)
    Q_PROPERTY(int minimumNights READ minimumNights CONSTANT)

public:
    enum Role {
        ItemRole = Qt::UserRole + 1,  // core's name: "calf_stretch"
        LabelRole,                    // its words: "Calf stretch"
        ShownRole,                    // each side has at least kMinComparisonNights nights
        TextRole,                     // the comparison with its counts, or why it is not shown yet
        NightsWithRole,
        CrampsWithRole,
        NightsWithoutRole,
        CrampsWithoutRole,
    };
    Q_ENUM(Role)

    explicit CareComparisons(QObject* parent = nullptr);
    // In QML, the engine's session; a test sets one.
    void setSession(DiarySession* session);
    void classBegin() override {}
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map of role name to value (tests).
    Q_INVOKABLE QVariantMap get(int row) const;

    QString from() const { return from_; }
    QString to() const { return to_; }
    int shownCount() const;
    int minimumNights() const { return cramp::kMinComparisonNights; }

    // A row's text in the app's language (the model's and a test's).
    static QString text(const cramp::FactorComparison& c);

signals:
    void periodChanged();

protected:
    // A language switch rewrites the rows' words.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    QPointer<DiarySession> session_;
    QString from_, to_;
    std::array<cramp::FactorComparison, cramp::enum_count<cramp::CareItem>()> rows_{};
};
