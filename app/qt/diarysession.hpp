// SPDX-License-Identifier: GPL-3.0-or-later
// The open diary file, shared by every QML singleton (QML: DiaryFile): opening it with the integrity
// check deferred, the day's backup once that check passed, the clock and zone every page reads the
// time in, and the minute timer that moves "last night" at midnight. It owns the cramp::Diary; Entries,
// DiarySettings, ThemeMode, Backups and the page models reach it through this class (C++, not QML),
// write through it, and tell it what they wrote so that everyone else can follow.
#pragma once

#include "diary.hpp"

#include <QJSEngine>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>

class QQmlEngine;

class DiarySession : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(DiaryFile)
    QML_SINGLETON
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString path READ path NOTIFY openedChanged)
    Q_PROPERTY(QString openError READ openError NOTIFY openedChanged)
    // What went wrong with the patient's last action (a save, a setting, a restore), or empty.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The IANA zone the pages read and write times in ("Asia/Shanghai").
    Q_PROPERTY(QString zone READ zone WRITE setZone NOTIFY zoneChanged)

public:
    // No default constructor on purpose: Qt 6.4 builds a QML singleton with its default constructor
    // when there is one, and only otherwise calls create(). An empty clock is the system's.
    explicit DiarySession(const QString& path, cramp::Diary::Clock clock = {}, QObject* parent = nullptr);
    ~DiarySession() override;

    // The engine's one session (made on first use, from the startup path and clock). It belongs to
    // the engine's QObject tree (C++ ownership), not to the JavaScript heap.
    static DiarySession* create(QQmlEngine* engine, QJSEngine*);
    // The session of `engine`, and of the engine that made `object` (QML-created models); null
    // outside QML.
    static DiarySession* of(QQmlEngine* engine);
    static DiarySession* of(const QObject* object);
    // A singleton's create() for the classes that share the session: `T(session, session)`.
    template <typename T>
    static T* createShared(QQmlEngine* engine) {
        auto* session = of(engine);
        auto* shared = new T(session, session);
        QJSEngine::setObjectOwnership(shared, QJSEngine::CppOwnership);
        return shared;
    }
    // Set by main (or a test) before QML first touches the singleton.
    static void setStartupPath(const QString& path);
    static void setStartupClock(cramp::Diary::Clock clock);

    // Opens the diary with its integrity check deferred (Diary::DeferredCheck): true when it opened;
    // if the check then fails, the diary is closed and openError says why, as when it cannot open.
    Q_INVOKABLE bool open(const QString& path);

    bool isOpen() const { return diary_ != nullptr; }
    QString path() const { return path_; }
    QString openError() const { return openError_; }
    QString lastError() const { return lastError_; }
    QString zone() const { return zone_; }
    void setZone(const QString& z);

    cramp::Diary* diary() { return diary_.get(); }
    const cramp::Diary* diary() const { return diary_.get(); }
    std::string zoneName() const { return zone_.toStdString(); }
    // The injected clock's time (the system's when none was injected).
    cramp::Instant now() const;
    // The night that ended this morning in `zone` (YYYY-MM-DD's night) at now().
    cramp::Night lastNight() const;
    // The local date `daysAgo` days before today in `zone`, YYYY-MM-DD.
    QString localDate(int daysAgo) const;

    // Tells everything that holds an edit not yet written (the profile) to write it now: before the
    // diary is closed, replaced or the session goes (the window closes).
    void flushEdits();

    // lastError: set (returns false, for `return session.fail(...)`) or cleared.
    bool fail(const QString& message);
    void clearError();
    // Runs a first read of the opened diary; when it meets damage the background check has not
    // reported yet, the diary is closed onto the "could not be opened" screen, as if the check had
    // failed. False then.
    bool readSafely(const std::function<void()>& read);
    // Every other read of the diary from the Qt side (a property getter, a model, a page's action)
    // goes through here: storage's reads throw SqlError when they meet damage (a page damaged after
    // the background check passed), and nothing may throw into QML, which cannot unwind through its
    // own frames. The read returns `fallback` then, and once the call that asked has returned, the
    // diary is closed onto the "could not be opened" screen with the reason (closing at once would
    // pull the diary from under the callers still on the stack).
    template <typename Read, typename T = std::invoke_result_t<Read&>>
    T read(Read&& r, T fallback) {
        try {
            return r();
        } catch (const std::exception& e) {
            readFailed(e);
            return fallback;
        }
    }
    // The same for a read that returns nothing: false when it met damage.
    template <typename Read>
    bool read(Read&& r) {
        return read([&r] { r(); return true; }, false);
    }
    // Closes the diary, lets `replace` change its file (a restore), and opens it again either way.
    bool reopenWith(const std::function<void()>& replace);

    // What the writers tell the session, so that the other views follow.
    void recordsWritten(cramp::Night from, cramp::Night to);
    void rulesWritten();
    void profileWritten();
    // After many records changed at once (an import): every model and figure again.
    void reload();
    // What the minute timer does: the time may have moved on (a new minute, a new night).
    void checkTime();

signals:
    void openedChanged();
    void lastErrorChanged();
    void zoneChanged();
    // The records of nights [from, to] were written (added, changed, deleted).
    void recordsChanged(cramp::Night from, cramp::Night to);
    void rulesChanged();
    void profileChanged();
    void reloaded();
    // A minute passed on the clock; lastNightChanged when that minute began a new day.
    void minutePassed();
    void lastNightChanged();
    // The day's automatic backup was written.
    void backupWritten();
    // Write what is being edited now (see flushEdits).
    void aboutToClose();
    // Any of the above that changes what the diary shows (open, records, rules, profile, reload,
    // zone, last night): for views that redraw everything on any change (Trends, Report).
    void contentChanged();

private:
    // After a diary opened or failed to: every view again.
    bool afterOpen();
    // Why a read of the diary threw, as the open-error screen says it (naming the file).
    QString readFailure(const std::exception& e) const;
    // What read() does with a read that threw: the diary closed onto the open-error screen, later.
    void readFailed(const std::exception& e);
    bool closing_ = false;  // a close after a failed read is on its way
    // The background integrity check of the diary opened `generation`-th has finished.
    void integrityKnown(quint64 generation);
    std::unique_ptr<cramp::Diary> diary_;
    cramp::Diary::Clock clock_;
    quint64 generation_ = 0;  // of open() calls, so a late check result of a closed diary is ignored
    QString path_, openError_, lastError_, zone_;
    QTimer minute_;
    cramp::Night lastNightSeen_{};
};
