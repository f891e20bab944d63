// What QML sees of the diary: the open file, the episode list, and the few actions a page takes
// (log, check in a cramp-free night, delete with undo). Rules and storage stay in plain C++; this
// class only converts between them and Qt types.
#pragma once

#include "diary.hpp"
#include "episodemodel.hpp"
#include "historymodel.hpp"
#include "todaysummary.hpp"

#include <QObject>
#include <QTimer>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

class DiaryController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Diary)
    QML_SINGLETON
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString path READ path NOTIFY openedChanged)
    Q_PROPERTY(QString openError READ openError NOTIFY openedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The latest few episodes (Today); the whole diary, loaded lazily (History).
    Q_PROPERTY(EpisodeModel* episodes READ episodes CONSTANT)
    Q_PROPERTY(HistoryModel* history READ history CONSTANT)
    // The last 7 nights against the threshold and the signals of the last 28 nights (Today).
    Q_PROPERTY(TodaySummary* today READ today CONSTANT)
    // Last night (YYYY-MM-DD) and whether it has a record (an episode or a cramp-free night).
    Q_PROPERTY(QString lastNight READ lastNight NOTIFY diaryChanged)
    Q_PROPERTY(bool lastNightRecorded READ lastNightRecorded NOTIFY diaryChanged)
    // The rule settings (Diary::rule_settings): threshold 1–14, day boundary 0–23, "monday"/"sunday".
    Q_PROPERTY(int threshold READ threshold WRITE setThreshold NOTIFY settingsChanged)
    Q_PROPERTY(int dayBoundary READ dayBoundary WRITE setDayBoundary NOTIFY settingsChanged)
    Q_PROPERTY(QString weekStart READ weekStart WRITE setWeekStart NOTIFY settingsChanged)
    // The patient profile for the report (birth year 0 = not given); saved with setProfile.
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(int profileBirthYear READ profileBirthYear NOTIFY profileChanged)
    Q_PROPERTY(QStringList profileRiskFactors READ profileRiskFactors NOTIFY profileChanged)
    Q_PROPERTY(QString profileMedicines READ profileMedicines NOTIFY profileChanged)
    Q_PROPERTY(QStringList riskFactorNames READ riskFactorNames CONSTANT)
    // Backups: one a day, written once the opened diary passed its integrity check (storage keeps
    // the last 7), in this folder.
    Q_PROPERTY(QUrl backupFolder READ backupFolder NOTIFY openedChanged)
    // The newest backup's file name ("diary-2026-11-25.sqlite"), empty when there is none.
    Q_PROPERTY(QString latestBackup READ latestBackup NOTIFY backupsChanged)
    Q_PROPERTY(QString zone READ zone WRITE setZone NOTIFY zoneChanged)
    Q_PROPERTY(QString defaultSite READ defaultSite NOTIFY diaryChanged)
    Q_PROPERTY(QString defaultSide READ defaultSide NOTIFY diaryChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    // "auto" (dark from 20:00 to 07:00 local time), "dark" or "light".
    Q_PROPERTY(QString themeSetting READ themeSetting WRITE setThemeSetting NOTIFY themeChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY themeChanged)

public:
    // No default constructor on purpose: Qt 6.4 builds a QML singleton with its default constructor
    // when there is one, and only otherwise calls create().
    explicit DiaryController(const QString& path, QObject* parent = nullptr);
    ~DiaryController() override;

    static DiaryController* create(QQmlEngine*, QJSEngine*);
    // Set by main (or a test) before QML first touches the singleton.
    static void setStartupPath(const QString& path);
    static void setClock(cramp::Diary::Clock clock);

    // Opens the diary with its integrity check deferred (Diary::DeferredCheck): true when it opened;
    // if the check then fails, the diary is closed and openError says why, as when it cannot open.
    Q_INVOKABLE bool open(const QString& path);
    // fields: minutesAgo (int) | onsetLocal ("YYYY-MM-DDTHH:mm", in `zone`), durationS, site, side,
    // intensity, posture, numbness, weakness (list), radiating, tinglingSymmetric, woke, relief (list), note.
    Q_INVOKABLE bool logEpisode(const QVariantMap& fields);
    // The same fields as logEpisode (onsetLocal as stored), for the log page in edit mode.
    Q_INVOKABLE QVariantMap episodeFields(qint64 id) const;
    Q_INVOKABLE bool updateEpisode(qint64 id, const QVariantMap& fields);
    // The local date `daysAgo` days before today in `zone` (YYYY-MM-DD), and the local time now
    // (HH:mm): what the "pick a time" control starts from.
    Q_INVOKABLE QString localDate(int daysAgo) const;
    Q_INVOKABLE QString localTimeNow() const;
    // {name, birthYear (0 = not given), riskFactors (names of riskFactorNames), medicines}
    Q_INVOKABLE bool setProfile(const QVariantMap& profile);
    // Puts the backup at `file` in place of the diary (the replaced file is kept beside it) and
    // opens it. The backup is checked first; nothing changes if it is not a sound diary.
    Q_INVOKABLE bool restoreBackup(const QUrl& file);
    // A file URL as the patient reads a path: /home/li/.local/share/crampdiary/backups
    Q_INVOKABLE QString displayPath(const QUrl& file) const;
    // The one-tap "No cramps last night".
    Q_INVOKABLE bool checkInLastNight();
    Q_INVOKABLE bool deleteEpisode(qint64 id);
    Q_INVOKABLE bool undoDelete();

    bool isOpen() const { return diary_ != nullptr; }
    QString path() const { return path_; }
    QString openError() const { return openError_; }
    QString lastError() const { return lastError_; }
    EpisodeModel* episodes() { return &episodes_; }
    HistoryModel* history() { return &history_; }
    TodaySummary* today() { return &today_; }
    QString lastNight() const;
    bool lastNightRecorded() const;
    int threshold() const;
    void setThreshold(int t);
    int dayBoundary() const;
    void setDayBoundary(int h);
    QString weekStart() const;
    void setWeekStart(const QString& ws);
    QString profileName() const;
    int profileBirthYear() const;
    QStringList profileRiskFactors() const;
    QString profileMedicines() const;
    QStringList riskFactorNames() const;
    QUrl backupFolder() const;
    QString latestBackup() const;
    QString zone() const { return zone_; }
    void setZone(const QString& z);
    QString defaultSite() const;
    QString defaultSide() const;
    bool canUndo() const { return undo_.has_value(); }
    QString themeSetting() const { return themeSetting_; }
    void setThemeSetting(const QString& s);
    bool darkTheme() const;

    cramp::Diary* diary() { return diary_.get(); }
    // After many records changed at once (an import): every model and figure again.
    void reload();

protected:
    // A language switch rewrites the Today summary's sentences (they are made in C++).
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void openedChanged();
    void lastErrorChanged();
    void zoneChanged();
    void diaryChanged();
    void undoChanged();
    void themeChanged();
    void settingsChanged();
    void profileChanged();
    void backupsChanged();

private:
    bool setError(const QString& message);
    // After a diary opened or failed to: the models and every property again.
    bool afterOpen();
    // The background integrity check of the diary opened `generation`-th has finished.
    void integrityKnown(quint64 generation);
    bool fillEpisode(const QVariantMap& fields, cramp::Episode& e);
    bool setRules(const cramp::RuleSettings& s);
    // After records of nights [from, to] changed: Today's latest, History's rows, the signals.
    void changed(cramp::Night from, cramp::Night to);
    void reloadModels();
    void refreshToday();
    cramp::Night newestNight() const;
    std::vector<cramp::Episode> latestEpisodes() const;
    std::unique_ptr<cramp::Diary> diary_;
    quint64 generation_ = 0;  // of open() calls, so a late check result of a closed diary is ignored
    EpisodeModel episodes_;
    HistoryModel history_;
    TodaySummary today_;
    QString path_, openError_, lastError_, zone_;
    QString themeSetting_ = QStringLiteral("auto");
    // Once a minute: the auto theme turns at 20:00 and 07:00, and "last night" moves at midnight.
    QTimer minute_;
    bool lastDark_ = true;
    QString lastNightSeen_;
    std::optional<cramp::Episode> undo_;
};
