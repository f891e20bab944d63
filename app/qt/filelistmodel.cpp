// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelistmodel.hpp"

#include "paths.hpp"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

int FileListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries_.size());
}

QVariant FileListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& e = entries_[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case NameRole: return e.name;
        case UrlRole: return QUrl::fromLocalFile(QDir(folder_.toLocalFile()).filePath(e.name));
        case IsFolderRole: return e.folder;
        default: return {};
    }
}

QHash<int, QByteArray> FileListModel::roleNames() const {
    return {{NameRole, "name"}, {UrlRole, "fileUrl"}, {IsFolderRole, "isFolder"}};
}

void FileListModel::setFolder(const QUrl& folder) {
    // A folder given with a trailing slash or "..": one spelling, so the same folder is not listed twice.
    const QUrl clean = folder.isLocalFile() ? QUrl::fromLocalFile(QDir::cleanPath(folder.toLocalFile())) : QUrl();
    if (clean == folder_) return;
    folder_ = clean;
    refresh();
    emit folderChanged();
}

void FileListModel::setNameFilter(const QString& filter) {
    if (filter == nameFilter_) return;
    nameFilter_ = filter;
    refresh();
    emit nameFilterChanged();
}

QUrl FileListModel::parentFolder() const {
    if (!folder_.isLocalFile()) return {};
    QDir d(folder_.toLocalFile());
    return d.cdUp() ? QUrl::fromLocalFile(d.absolutePath()) : QUrl();
}

QString FileListModel::folderPath() const { return folder_.isLocalFile() ? QDir::toNativeSeparators(folder_.toLocalFile()) : QString(); }

QStringList FileListModel::patterns(const QString& nameFilter) {
    static const QRegularExpression inBrackets(QStringLiteral("\\(([^)]*)\\)"));
    const auto m = inBrackets.match(nameFilter);
    const QString list = m.hasMatch() ? m.captured(1) : nameFilter;
    return list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QUrl FileListModel::resolve(const QString& typed, const QString& suffix) const {
    QString name = typed.trimmed();
    if (name.isEmpty()) return {};
    if (name == QLatin1String("~") || name.startsWith(QLatin1String("~/"))) name = QDir::homePath() + name.mid(1);
    QFileInfo info(QDir(folder_.toLocalFile()), name);
    QString path = QDir::cleanPath(info.absoluteFilePath());
    if (!suffix.isEmpty() && QFileInfo(path).suffix().isEmpty() && !QFileInfo(path).isDir())
        path += QLatin1Char('.') + suffix;
    return QUrl::fromLocalFile(path);
}

bool FileListModel::isFolder(const QUrl& url) const { return url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir(); }

bool FileListModel::isFile(const QUrl& url) const { return url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile(); }

void FileListModel::refresh() {
    std::vector<Entry> fresh;
    if (folder_.isLocalFile()) {
        QDir d(folder_.toLocalFile());
        // Without QDir::Hidden, dot files and dot folders stay out; sorted by name as a person reads it.
        const auto sort = QDir::Name | QDir::IgnoreCase | QDir::LocaleAware;
        for (const auto& n : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, sort)) fresh.push_back({n, true});
        const QStringList filters = patterns(nameFilter_);
        for (const auto& n : d.entryList(filters, QDir::Files, sort)) fresh.push_back({n, false});
    }
    const bool countChanges = fresh.size() != entries_.size();
    // Another folder (or filter) is a new list, not an edit of the old one.
    beginResetModel();
    entries_ = std::move(fresh);
    endResetModel();
    if (countChanges) emit countChanged();
}

QString FileListModel::start(const QUrl& folder, const QUrl& file) {
    const QUrl before = folder_;
    QString name;
    if (file.isLocalFile()) {
        const QFileInfo info(file.toLocalFile());
        setFolder(QUrl::fromLocalFile(info.absolutePath()));
        name = info.fileName();
    } else {
        setFolder(folder.isLocalFile() ? folder : QUrl::fromLocalFile(documentsFolder()));
    }
    // The same folder as last time: list it again, files may have come or gone since.
    if (folder_ == before) refresh();
    return name;
}
