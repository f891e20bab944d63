// What QML sees of the diary's records (QML: Entries): the latest few episodes (Today), the whole
// history (History), the Today summary, last night and whether it is recorded, the site and side a
// new entry starts from, and the actions a page takes on records (log, edit, delete with undo, the
// one-tap cramp-free night). Rules and storage stay in plain C++; this class converts between them
// and Qt types, and writes through the shared DiarySession.
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
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)

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
    Q_INVOKABLE bool undoDelete();
    // The one-tap "No cramps last night".
    Q_INVOKABLE bool checkInLastNight();
    // The local date `daysAgo` days before today in the zone (YYYY-MM-DD), and the local time now
    // (HH:mm): what the "pick a time" control starts from.
    Q_INVOKABLE QString localDate(int daysAgo) const;
    Q_INVOKABLE QString localTimeNow() const;

    EpisodeModel* latest() { return &latest_; }
    HistoryModel* history() { return &history_; }
    TodaySummary* today() { return &today_; }
    QString lastNight() const;
    bool lastNightRecorded() const;
    QString defaultSite() const;
    QString defaultSide() const;
    bool canUndo() const { return undo_.has_value(); }

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
    // A diary was opened (or closed): every model again, and no undo of another diary's delete.
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
    std::optional<cramp::Episode> undo_;
};
