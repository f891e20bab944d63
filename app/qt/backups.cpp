#include "backups.hpp"

#include "coretext.hpp"

#include "backup.hpp"
#include "paths.hpp"

Backups::Backups(DiarySession* session, QObject* parent) : Outcome(parent), session_(session) {
    connect(session_, &DiarySession::openedChanged, this, &Backups::backupsChanged);
    connect(session_, &DiarySession::backupWritten, this, &Backups::backupsChanged);
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

bool Backups::restoreBackup(const QUrl& file) {
    if (!file.isLocalFile()) return session_->fail(tr("Choose a backup file on this device."));
    if (session_->path().isEmpty()) return session_->fail(tr("The diary is not open."));
    std::optional<cramp::Result<std::filesystem::path>> kept;
    session_->reopenWith([&] {
        kept = cramp::restore_backup(file.toLocalFile().toStdString(), session_->path().toStdString(), session_->now());
    });
    if (!*kept) return session_->fail(cramp::qt::translatedError(*kept));
    session_->clearError();
    return session_->isOpen();
}
