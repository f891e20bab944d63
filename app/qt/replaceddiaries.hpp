// SPDX-License-Identifier: GPL-3.0-or-later
// The diaries a restore replaced, kept beside the diary (QML: Backups.replaced), newest first, each
// with what it holds, so that the patient can see which one to bring back.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <vector>

class ReplacedDiaries : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReplacedDiaries comes from Backups.replaced")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FileRole = Qt::UserRole + 1,  // file URL, for Backups.restoreQuestion and restoreBackup
        NameRole,                     // "diary.sqlite.replaced-20261202T043000Z"
        SummaryRole,                  // what it holds, or why it cannot be read
        SoundRole,                    // whether it can be restored
    };
    Q_ENUM(Role)

    struct Row {
        QUrl file;
        QString name, summary;
        bool sound = false;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map of role name to value (for tests).
    Q_INVOKABLE QVariantMap get(int row) const;

    void reset(std::vector<Row> rows);

signals:
    void countChanged();

private:
    std::vector<Row> rows_;
};
