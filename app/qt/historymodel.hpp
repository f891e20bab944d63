// SPDX-License-Identifier: GPL-3.0-or-later
// The whole diary for the History page: episodes and cramp-free nights, newest night first, with
// the nights where the last-7-nights count crossed the threshold marked (computed by core's rules).
// Loaded lazily, a window of nights at a time (fetchMore), so a 10-year diary opens instantly; kept
// up to date night by night (refreshNights) with row insertions and removals, never a reset per change.
#pragma once

#include "diary.hpp"
#include "diarysession.hpp"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

class HistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HistoryModel comes from Entries.history")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,  // "episode" | "cramp_free"
        IdRole,
        NightRole,          // YYYY-MM-DD
        SectionRole,        // "YYYY-MM-DD" or "YYYY-MM-DD crossing": the list's section key
        CrossingRole,       // the night is a crossing (rolling7(N) >= T > rolling7(N-1))
        OnsetRole,          // then every field of episode_roles::Field, in its order
        NoteRole = OnsetRole + 14,
    };
    Q_ENUM(Role)

    // Nights loaded per fetch: at least 84, so that the records the rules need for a window's
    // crossings are the window itself plus the 7 nights before it.
    static constexpr int kWindowNights = 91;

    explicit HistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int rowOfEpisode(qint64 id) const;

    // A diary was opened (or the rules changed, which moves nights and crossings): start again
    // from the newest window. `diary` may be null (nothing open).
    void load(const cramp::Diary* diary, cramp::Night newest);
    // The session whose read() the view's fetchMore goes through (none in tests of the model alone).
    void setSession(DiarySession* session) { session_ = session; }
    // The records of nights [from, to] changed in the diary: bring those rows (and the crossings
    // of the nights after them) up to date.
    void refreshNights(cramp::Night from, cramp::Night to);

signals:
    void countChanged();

private:
    struct Row {
        bool crampFree = false;
        std::int64_t id = 0;
        cramp::Night night{};
        cramp::Episode episode;  // when !crampFree
        bool crossing = false;
    };
    std::vector<Row> rowsOf(cramp::Night from, cramp::Night to) const;
    std::set<cramp::Night> crossingsIn(cramp::Night from, cramp::Night to) const;
    void markCrossings(cramp::Night from, cramp::Night to);
    bool fetchWindow();

    const cramp::Diary* diary_ = nullptr;
    QPointer<DiarySession> session_;
    std::vector<Row> rows_;
    cramp::Night loadedFrom_{}, loadedTo_{};  // the nights loaded, inclusive
    std::optional<cramp::Night> first_;       // the diary's first record
    bool inserting_ = false;
};
