// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.hpp"

#include "coretext.hpp"

#include "backup.hpp"
#include "paths.hpp"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

namespace {

QString nightText(cramp::Night n) {
    const date::year_month_day ymd{n};
    const QDate d(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
    const QLocale l;
    return l.toString(d, l.language() == QLocale::Chinese ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy"));
}

// "12 cramps and 3 cramp-free nights, from the night of 2 Mar 2026 to the night of 30 Nov 2026"
QString describe(const cramp::DiarySummary& s) {
    if (!s.first_night) return Backups::tr("no records");
    const QString records = Backups::tr("%1 and %2").arg(Backups::tr("%n cramp(s)", "", int(s.episodes)),
                                                          Backups::tr("%n cramp-free night(s)", "", int(s.cramp_free_nights)));
    return Backups::tr("%1, from the night of %2 to the night of %3").arg(records, nightText(*s.first_night), nightText(*s.last_night));
}

// A backup's (or kept diary's) summary, or why it cannot be restored; the diary's own, or why it
// cannot be read.
QString describeFile(const cramp::Result<cramp::DiarySummary>& s, bool backup) {
    if (s) return describe(*s);
    const QString why = cramp::qt::translatedError(s);
    return backup ? Backups::tr("cannot be restored: %1").arg(why) : Backups::tr("cannot be read: %1").arg(why);
}

}  // namespace

Backups::Backups(DiarySession* session, QObject* parent) : Outcome(parent), session_(session), replaced_(this) {
    connect(session_, &DiarySession::openedChanged, this, &Backups::backupsChanged);
    connect(session_, &DiarySession::openedChanged, this, &Backups::listReplaced);
    connect(session_, &DiarySession::backupWritten, this, &Backups::backupsChanged);
    listReplaced();
}

Backups* Backups::create(QQmlEngine* engine, QJSEngine*) { return DiarySession::createShared<Backups>(engine); }

QUrl Backups::backupFolder() const {
    if (session_->path().isEmpty()) return {};
    return QUrl::fromLocalFile(QString::fromStdString(cramp::backup_folder_for(session_->path().toStdString()).string()));
}

QString Backups::latestBackup() const {
    if (session_->path().isEmpty()) return {};
    auto latest = cramp::latest_backup(cramp::backup_folder_for(session_->path().toStdString()));
    return latest ? QString::fromStdString(latest->filename().string()) : QString();
}

QString Backups::displayPath(const QUrl& file) const { return localPath(file); }

bool Backups::backupNow() {
    const auto* d = session_->diary();
    if (!d) return failed(tr("The diary is not open."));
    auto dest = cramp::backup_now(*d, cramp::backup_folder_for(session_->path().toStdString()));
    if (!dest) return failed(tr("The backup failed: %1").arg(cramp::qt::translatedError(dest)));
    emit backupsChanged();
    return done(tr("Backed up to %1.").arg(QString::fromStdString(dest->string())));
}

QString Backups::summaryOf(const QUrl& file) const {
    if (!file.isLocalFile()) return tr("Choose a backup file on this device.");
    return describeFile(cramp::Diary::summarize_file(file.toLocalFile().toStdString()), true);
}

QString Backups::diarySummary() const {
    auto* d = session_->diary();
    if (!d) return session_->path().isEmpty() ? tr("The diary is not open.") : describeFile(cramp::Diary::summarize_file(session_->path().toStdString()), false);
    return session_->read([d] { return describe(d->summary()); }, QString());
}

std::optional<QString> Backups::restore(const QString& path) {
    if (session_->path().isEmpty()) {
        session_->fail(tr("The diary is not open."));
        failed(tr("The diary is not open."));
        return std::nullopt;
    }
    std::optional<cramp::Result<std::filesystem::path>> kept;
    session_->reopenWith([&] { kept = cramp::restore_backup(path.toStdString(), session_->path().toStdString(), session_->now()); });
    if (!*kept) {
        session_->fail(cramp::qt::translatedError(*kept));
        failed(cramp::qt::translatedError(*kept));
        return std::nullopt;
    }
    session_->clearError();
    return QString::fromStdString((*kept)->string());
}

bool Backups::restoreBackup(const QUrl& file) {
    if (!file.isLocalFile()) {
        session_->fail(tr("Choose a backup file on this device."));
        return failed(tr("Choose a backup file on this device."));
    }
    const auto kept = restore(file.toLocalFile());
    if (!kept) return false;
    // Undone only to a diary that can be restored (not the damaged file a restore replaced).
    undoFile_ = !kept->isEmpty() && cramp::Diary::check_file(kept->toStdString()) ? *kept : QString();
    const QString now = tr("Restored %1. The diary now holds %2.").arg(QFileInfo(file.toLocalFile()).fileName(), diarySummary());
    const QString where = kept->isEmpty() ? QString() : QLatin1Char(' ') + tr("The replaced diary is kept as %1.").arg(*kept);
    done(now + where);
    return session_->isOpen();
}

bool Backups::undoRestore() {
    if (undoFile_.isEmpty()) return false;
    const QString back = std::exchange(undoFile_, QString());
    const auto kept = restore(back);
    if (!kept) return false;
    const QString where = kept->isEmpty() ? QString() : QLatin1Char(' ') + tr("The restored backup is kept as %1.").arg(*kept);
    done(tr("The restore is undone: the diary is back as it was, with %1.").arg(diarySummary()) + where);
    return session_->isOpen();
}

void Backups::listReplaced() {
    std::vector<ReplacedDiaries::Row> rows;
    if (!session_->path().isEmpty())
        for (const auto& p : cramp::list_replaced(session_->path().toStdString())) {
            const QString path = QString::fromStdString(p.string());
            const auto summary = cramp::Diary::summarize_file(p);
            rows.push_back({QUrl::fromLocalFile(path), QString::fromStdString(p.filename().string()), describeFile(summary, true), summary.ok()});
        }
    replaced_.reset(std::move(rows));
}
