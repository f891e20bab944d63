// SPDX-License-Identifier: GPL-3.0-or-later
#include "diarysession.hpp"

#include "backup.hpp"
#include "coretext.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "systemzone.hpp"

#include <QQmlEngine>

namespace {
QString g_startupPath;
cramp::Diary::Clock g_startupClock;
}  // namespace

DiarySession::DiarySession(const QString& path, cramp::Diary::Clock clock, QObject* parent)
    : QObject(parent), clock_(std::move(clock)), zone_(QString::fromStdString(systemZoneName())) {
    if (!path.isEmpty()) open(path);
    lastNightSeen_ = lastNight();
    // Once a minute: the auto theme turns at its hours, and "last night" moves at midnight.
    minute_.setInterval(60 * 1000);
    connect(&minute_, &QTimer::timeout, this, &DiarySession::checkTime);
    minute_.start();
}

DiarySession::~DiarySession() { flushEdits(); }

void DiarySession::flushEdits() {
    if (diary_) emit aboutToClose();
}

DiarySession* DiarySession::create(QQmlEngine* engine, QJSEngine*) {
    // Parented to the engine: destroyed with it, after the QML that reads it, never by a garbage
    // collection; the other singletons are this session's children.
    auto* session = new DiarySession(g_startupPath, g_startupClock, engine);
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

DiarySession* DiarySession::of(QQmlEngine* engine) {
    return engine ? engine->singletonInstance<DiarySession*>(qmlTypeId("CrampDiary", 1, 0, "DiaryFile")) : nullptr;
}

DiarySession* DiarySession::of(const QObject* object) { return object ? of(qmlEngine(object)) : nullptr; }

void DiarySession::setStartupPath(const QString& path) { g_startupPath = path; }
void DiarySession::setStartupClock(cramp::Diary::Clock clock) { g_startupClock = std::move(clock); }

cramp::Instant DiarySession::now() const {
    if (clock_) return clock_();
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

cramp::Night DiarySession::lastNight() const { return cramp::last_night(now(), zoneName()); }

QString DiarySession::localDate(int daysAgo) const {
    auto day = std::chrono::floor<date::days>(cramp::to_local(now(), zoneName())) - date::days{daysAgo};
    return cramp::qt::isoDate(cramp::Night{day.time_since_epoch()});
}

bool DiarySession::open(const QString& path) {
    // The integrity check runs after the diary opened, in the background: the first screen does not
    // wait for it. Writes do (in Diary); its outcome comes back to this thread.
    flushEdits();
    const quint64 generation = ++generation_;
    closing_ = false;
    auto r = cramp::Diary::open(path.toStdString(), clock_, cramp::Diary::DeferredCheck{[this, generation] {
        QMetaObject::invokeMethod(this, [this, generation] { integrityKnown(generation); }, Qt::QueuedConnection);
    }});
    path_ = path;
    if (!r) {
        diary_.reset();
        openError_ = cramp::qt::translatedError(r);
    } else {
        diary_ = std::make_unique<cramp::Diary>(std::move(r).value());
        openError_.clear();
    }
    return afterOpen();
}

bool DiarySession::afterOpen() {
    emit openedChanged();
    emit contentChanged();
    emit lastErrorChanged();
    return diary_ != nullptr;
}

QString DiarySession::readFailure(const std::exception& e) const {
    // Shown as the check words it (naming the file) when the check has found the damage too; a
    // damaged page that the check passed before it was damaged gets SQLite's words with the file.
    const auto check = diary_ ? diary_->integrity() : cramp::Result<void>{};
    if (!check) return cramp::qt::translatedError(check);
    const auto* sqlError = dynamic_cast<const cramp::sql::SqlError*>(&e);
    const QString why = sqlError ? cramp::qt::translated(sqlError->message) : QString::fromStdString(e.what());
    return tr("reading “%1” failed: %2").arg(path_, why);
}

bool DiarySession::readSafely(const std::function<void()>& read) {
    try {
        read();
        return true;
    } catch (const std::exception& e) {
        // A read met damage before the background check reported it: a diary that could not be opened.
        openError_ = readFailure(e);
        diary_.reset();
        afterOpen();
        return false;
    }
}

void DiarySession::readFailed(const std::exception& e) {
    if (closing_ || !diary_) return;
    closing_ = true;
    const QString why = readFailure(e);
    QMetaObject::invokeMethod(
        this,
        [this, why, generation = generation_] {
            if (generation != generation_ || !diary_) return;  // opened again (or closed) since
            diary_.reset();
            openError_ = why;
            afterOpen();
        },
        Qt::QueuedConnection);
}

void DiarySession::integrityKnown(quint64 generation) {
    if (generation != generation_ || !diary_) return;  // that diary has been closed since
    if (auto r = diary_->integrity(); !r) {
        // Damaged: the screen of a diary that could not be opened. Nothing was written to it.
        diary_.reset();
        openError_ = cramp::qt::translatedError(r);
        afterOpen();
        return;
    }
    // The day's automatic backup, of a diary that passed its check: a failure is reported, and
    // does not close the diary.
    const cramp::Night today{std::chrono::floor<date::days>(cramp::to_local(now(), zoneName())).time_since_epoch()};
    if (auto b = cramp::ensure_daily_backup(*diary_, cramp::backup_folder_for(diary_->path()), today); !b)
        fail(tr("Today's backup could not be written: %1").arg(cramp::qt::translatedError(b)));
    emit backupWritten();
}

bool DiarySession::reopenWith(const std::function<void()>& replace) {
    // The diary must be closed while its file is replaced; it is opened again either way.
    flushEdits();
    diary_.reset();
    replace();
    return open(path_);
}

void DiarySession::setZone(const QString& z) {
    if (z == zone_ || !cramp::known_zone(z.toStdString())) return;
    zone_ = z;
    lastNightSeen_ = lastNight();
    emit zoneChanged();
    emit contentChanged();
}

bool DiarySession::fail(const QString& message) {
    lastError_ = message;
    emit lastErrorChanged();
    return false;
}

void DiarySession::clearError() {
    if (lastError_.isEmpty()) return;
    lastError_.clear();
    emit lastErrorChanged();
}

void DiarySession::recordsWritten(cramp::Night from, cramp::Night to) {
    emit recordsChanged(from, to);
    emit contentChanged();
}

void DiarySession::rulesWritten() {
    emit rulesChanged();
    emit contentChanged();
}

void DiarySession::profileWritten() {
    emit profileChanged();
    emit contentChanged();
}

void DiarySession::reload() {
    emit reloaded();
    emit contentChanged();
}

void DiarySession::checkTime() {
    emit minutePassed();
    if (const auto night = lastNight(); night != lastNightSeen_) {
        lastNightSeen_ = night;
        emit lastNightChanged();
        emit contentChanged();
    }
}
