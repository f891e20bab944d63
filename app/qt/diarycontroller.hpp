// What QML sees of the diary: the open file, the episode list, and the few actions a page takes
// (log, check in a cramp-free night, delete with undo). Rules and storage stay in plain C++; this
// class only converts between them and Qt types.
#pragma once

#include "diary.hpp"
#include "episodemodel.hpp"

#include <QObject>
#include <QString>
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
    Q_PROPERTY(EpisodeModel* episodes READ episodes CONSTANT)
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

    Q_INVOKABLE bool open(const QString& path);
    // fields: minutesAgo (int) | onsetLocal ("YYYY-MM-DDTHH:mm", in `zone`), durationS, site, side,
    // intensity, posture, numbness, weakness (list), radiating, tinglingSymmetric, woke, relief (list), note.
    Q_INVOKABLE bool logEpisode(const QVariantMap& fields);
    // The one-tap "No cramps last night".
    Q_INVOKABLE bool checkInLastNight();
    Q_INVOKABLE bool deleteEpisode(qint64 id);
    Q_INVOKABLE bool undoDelete();

    bool isOpen() const { return diary_ != nullptr; }
    QString path() const { return path_; }
    QString openError() const { return openError_; }
    QString lastError() const { return lastError_; }
    EpisodeModel* episodes() { return &episodes_; }
    QString zone() const { return zone_; }
    void setZone(const QString& z);
    QString defaultSite() const;
    QString defaultSide() const;
    bool canUndo() const { return undo_.has_value(); }
    QString themeSetting() const { return themeSetting_; }
    void setThemeSetting(const QString& s);
    bool darkTheme() const;

    cramp::Diary* diary() { return diary_.get(); }

signals:
    void openedChanged();
    void lastErrorChanged();
    void zoneChanged();
    void diaryChanged();
    void undoChanged();
    void themeChanged();

private:
    bool setError(const QString& message);
    std::unique_ptr<cramp::Diary> diary_;
    EpisodeModel episodes_;
    QString path_, openError_, lastError_, zone_;
    QString themeSetting_ = QStringLiteral("auto");
    std::optional<cramp::Episode> undo_;
};
