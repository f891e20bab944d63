// SPDX-License-Identifier: GPL-3.0-or-later
// What the app's own file dialog (ThemedFileDialog.qml) lists: one folder's subfolders, then its
// files that match the chosen name filter, each sorted by name; hidden ones left out. Qt's own
// FileDialog needs Qt.labs.folderlistmodel and draws itself outside the theme; this does neither.
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <vector>

class FileListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    // The folder listed (a local file URL); an unreadable or missing one lists nothing.
    Q_PROPERTY(QUrl folder READ folder WRITE setFolder NOTIFY folderChanged)
    // A dialog's name filter, as the pages write it: "PDF files (*.pdf)" (the patterns in
    // brackets count) or bare patterns "*.csv *.json". Empty: every file.
    Q_PROPERTY(QString nameFilter READ nameFilter WRITE setNameFilter NOTIFY nameFilterChanged)
    // The folder above, or an empty URL at the root.
    Q_PROPERTY(QUrl parentFolder READ parentFolder NOTIFY folderChanged)
    // The folder as a path to show: /home/li/Documents
    Q_PROPERTY(QString folderPath READ folderPath NOTIFY folderChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, UrlRole, IsFolderRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QUrl folder() const { return folder_; }
    void setFolder(const QUrl& folder);
    QString nameFilter() const { return nameFilter_; }
    void setNameFilter(const QString& filter);
    QUrl parentFolder() const;
    QString folderPath() const;

    // What a typed name means: a path of its own when absolute ("/tmp/a.pdf", "~/a.pdf"), else a
    // file in the folder listed; `suffix` ("pdf") is added when the name has none. Empty for "".
    Q_INVOKABLE QUrl resolve(const QString& typed, const QString& suffix = {}) const;
    Q_INVOKABLE bool isFolder(const QUrl& url) const;
    Q_INVOKABLE bool isFile(const QUrl& url) const;
    // Lists the folder again (a file was written or removed).
    Q_INVOKABLE void refresh();
    // Where a dialog opens: the folder of `file` when one is suggested, else `folder`, else the
    // documents folder. Returns the suggested file's name ("" without one) for the name field.
    Q_INVOKABLE QString start(const QUrl& folder, const QUrl& file);

    // "PDF files (*.pdf)" → {"*.pdf"}; "*.csv *.json" → {"*.csv", "*.json"}; "All files (*)" → {"*"}.
    static QStringList patterns(const QString& nameFilter);

signals:
    void folderChanged();
    void nameFilterChanged();
    void countChanged();

private:
    struct Entry {
        QString name;
        bool folder;
    };
    QUrl folder_;
    QString nameFilter_;
    std::vector<Entry> entries_;
};
