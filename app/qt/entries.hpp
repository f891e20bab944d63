// SPDX-License-Identifier: GPL-3.0-or-later
// What QML sees of the diary's records (QML: Entries): the latest few episodes (Today), the whole
// history (History), the Today summary, last night and whether it is recorded, the site and side a
// new entry starts from, and the actions a page takes on records (log, edit, delete, a cramp-free
// night recorded or removed), each of which can be undone once, right after it. Rules and storage
// stay in plain C++; this class converts between them and Qt types, and writes through the shared
// DiarySession.
#pragma once

#include "diarysession.hpp"
#include "episodemodel.hpp"
#include "historymodel.hpp"
#include "todaysummary.hpp"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

class QQmlEngine;
class QJSEngine;

class Entries : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The latest few episodes (Today); the whole diary, loaded lazily (History).
    Q_PROPERTY(EpisodeModel* latest READ latest CONSTANT)
    Q_PROPERTY(HistoryModel* history READ history CONSTANT)
    // The last 7 nights against the threshold and the signals of the last 28 nights (Today).
    Q_PROPERTY(TodaySummary* today READ today CONSTANT)
    // Last night (YYYY-MM-DD) and whether it has a record (an episode or a cramp-free night).
    Q_PROPERTY(QString lastNight READ lastNight NOTIFY changed)
    Q_PROPERTY(bool lastNightRecorded READ lastNightRecorded NOTIFY changed)
    // The site and side of the latest episode (calf, left when there is none): a new entry's defaults.
    Q_PROPERTY(QString defaultSite READ defaultSite NOTIFY changed)
    Q_PROPERTY(QString defaultSide READ defaultSide NOTIFY changed)
    // The latest write can be undone (undo()); undoMessage says what it was ("Saved", "Deleted" …).
    // undoChanged is emitted by every write that offers an undo, even when one was offered before.
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoMessage READ undoMessage NOTIFY undoChanged)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    explicit Entries(DiarySession* session, QObject* parent = nullptr);
    ~Entries() override;
    // The engine's session's Entries (a child of the session).
    static Entries* create(QQmlEngine* engine, QJSEngine*);

    // fields: minutesAgo (int) | onsetLocal ("YYYY-MM-DDTHH:mm", in the session's zone), durationS,
    // site, side, intensity, posture, numbness, weakness (list), radiating, tinglingSymmetric, woke,
    // relief (list), note.
    Q_INVOKABLE bool logEpisode(const QVariantMap& fields);
    // The same fields as logEpisode (onsetLocal as stored), for the log page in edit mode.
    Q_INVOKABLE QVariantMap episodeFields(qint64 id) const;
    Q_INVOKABLE bool updateEpisode(qint64 id, const QVariantMap& fields);
    Q_INVOKABLE bool deleteEpisode(qint64 id);
    // Takes back the latest log, edit, delete, check-in or removal exactly: a logged entry is
    // deleted, an edited one gets its old fields, a deleted one comes back with its id, and a
    // cramp-free mark the write added or removed is removed or added again.
    Q_INVOKABLE bool undo();
    // The one-tap "No cramps last night".
    Q_INVOKABLE bool checkInLastNight();
    // A cramp-free night for any past night (YYYY-MM-DD) without a cramp; refused for a night that
    // has not ended (tonight, the future) or has a cramp. Removing one takes its mark away.
    Q_INVOKABLE bool checkInNight(const QString& night);
    Q_INVOKABLE bool removeCrampFree(const QString& night);
    // The local date `daysAgo` days before today in the zone (YYYY-MM-DD), and the local time now
    // (HH:mm): what the "pick a time" control starts from.
    Q_INVOKABLE QString localDate(int daysAgo) const;
    Q_INVOKABLE QString localTimeNow() const;
    // The log page's nights (YYYY-MM-DD): the night running now and the `count - 1` before it, newest
    // first; a typed date `days` nights on, as a night that has begun ("" when it is no date or still
    // to come); the
    // local onset ("YYYY-MM-DDTHH:mm") of a time picked for a night (before the day boundary it falls on
    // the next date); and a night's starting time (HH:mm): 03:00 of it, or now while that is to come.
    Q_INVOKABLE QStringList recentNights(int count) const;
    Q_INVOKABLE QString pastNight(const QString& text, int days = 0) const;
    Q_INVOKABLE QString onsetInNight(const QString& night, int hour, int minute) const;
    Q_INVOKABLE QString defaultTimeInNight(const QString& night) const;
    // What saving `fields` (as for logEpisode; onto episode `id` when editing, else 0) would do with
    // the onset: {night: YYYY-MM-DD it counts for, error: why it cannot be saved, or ""}.
    Q_INVOKABLE QVariantMap onsetCheck(qint64 id, const QVariantMap& fields) const;

    EpisodeModel* latest() { return &latest_; }
    HistoryModel* history() { return &history_; }
    TodaySummary* today() { return &today_; }
    QString lastNight() const;
    bool lastNightRecorded() const;
    QString defaultSite() const;
    QString defaultSide() const;
    bool canUndo() const { return undo_.has_value(); }
    QString undoMessage() const;

protected:
    // A language switch rewrites the Today summary's sentences (they are made in C++).
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void changed();
    void undoChanged();

private:
    cramp::Diary* diary() const { return session_ ? session_->diary() : nullptr; }
    // Reads through the session (DiarySession::read): nothing when the diary is closed or damaged.
    std::optional<cramp::Episode> storedEpisode(qint64 id) const;
    std::optional<cramp::Episode> latestEpisode() const;
    bool fillEpisode(const QVariantMap& fields, cramp::Episode& e);
    // The onset of `fields` onto e.onset: a picked local time in e.zone, minutes ago, or (e.id == 0)
    // now. A picked time still to come is refused: the message, or empty.
    QString fillOnset(const QVariantMap& fields, cramp::Episode& e) const;
    int dayBoundary() const;
    cramp::Night currentNight() const;
    // A diary was opened (or closed): every model again, and no undo of another diary's write.
    void reopened();
    // Every model again: the nights or their crossings may all have moved (rules, zone, an import).
    void reloadModels();
    // The records of nights [from, to] changed: Today's latest, History's rows, the signals.
    void refreshNights(cramp::Night from, cramp::Night to);
    void refreshToday();
    cramp::Night newestNight() const;
    std::vector<cramp::Episode> latestEpisodes() const;
    QPointer<DiarySession> session_;
    EpisodeModel latest_;
    HistoryModel history_;
    TodaySummary today_;
    // What takes back one write, applied in this order in one transaction.
    struct UndoStep {
        enum class Kind { logged, edited, deleted, checkedIn, removed } kind = Kind::logged;
        std::optional<std::int64_t> added{};          // a logged episode: deleted
        std::optional<cramp::Episode> before{};       // an edit: updated back; a delete: added back
        std::optional<cramp::Night> crampFreeAdded{}; // a check-in: removed
        std::optional<cramp::Night> crampFreeGone{};  // a mark the write removed: added back
    };
    void offerUndo(UndoStep step);
    // The night's cramp-free mark, if it has one (its id).
    std::optional<std::int64_t> crampFreeId(cramp::Night night) const;
    // The cramp-free mark the episode `e` (when stored) would remove from its night.
    std::optional<cramp::Night> crampFreeReplacedBy(const cramp::Episode& e) const;
    std::optional<UndoStep> undo_;
};
