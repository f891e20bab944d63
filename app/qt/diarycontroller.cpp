#include "diarycontroller.hpp"

#include "night.hpp"
#include "systemzone.hpp"

#include <QDateTime>
#include <QQmlEngine>

namespace {
QString g_startupPath;
cramp::Diary::Clock g_clock;

template <typename E>
bool readEnum(const QVariantMap& m, const char* key, E& out, QStringList& errs) {
    if (!m.contains(QLatin1String(key))) return true;
    auto s = m.value(QLatin1String(key)).toString().toStdString();
    auto r = cramp::parse_field<E>(s);
    if (!r) {
        errs << QString::fromStdString(r.error());
        return false;
    }
    out = *r;
    return true;
}

template <typename E>
void readSet(const QVariantMap& m, const char* key, cramp::EnumSet<E>& out, QStringList& errs) {
    if (!m.contains(QLatin1String(key))) return;
    cramp::EnumSet<E> s;
    for (const auto& v : m.value(QLatin1String(key)).toStringList()) {
        auto r = cramp::parse_field<E>(v.toStdString());
        if (!r) {
            errs << QString::fromStdString(r.error());
            return;
        }
        s.insert(*r);
    }
    out = s;
}
}  // namespace

DiaryController::DiaryController(const QString& path, QObject* parent)
    : QObject(parent), episodes_(this), zone_(QString::fromStdString(systemZoneName())) {
    if (!path.isEmpty()) open(path);
}

DiaryController::~DiaryController() = default;

DiaryController* DiaryController::create(QQmlEngine*, QJSEngine*) {
    return new DiaryController(g_startupPath);
}

void DiaryController::setStartupPath(const QString& path) { g_startupPath = path; }
void DiaryController::setClock(cramp::Diary::Clock clock) { g_clock = std::move(clock); }

bool DiaryController::open(const QString& path) {
    auto r = cramp::Diary::open(path.toStdString(), g_clock);
    path_ = path;
    if (!r) {
        diary_.reset();
        openError_ = QString::fromStdString(r.error());
        episodes_.reset({});
    } else {
        diary_ = std::make_unique<cramp::Diary>(std::move(r).value());
        openError_.clear();
        episodes_.reset(diary_->episodes());
        themeSetting_ = QString::fromStdString(diary_->preference("theme").value_or("auto"));
    }
    undo_.reset();
    emit openedChanged();
    emit diaryChanged();
    emit undoChanged();
    emit themeChanged();
    return diary_ != nullptr;
}

void DiaryController::setZone(const QString& z) {
    if (z == zone_ || !cramp::known_zone(z.toStdString())) return;
    zone_ = z;
    emit zoneChanged();
}

QString DiaryController::defaultSite() const {
    auto last = diary_ ? diary_->latest_episode() : std::nullopt;
    auto s = cramp::to_string(last ? last->site : cramp::Site::calf);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString DiaryController::defaultSide() const {
    auto last = diary_ ? diary_->latest_episode() : std::nullopt;
    auto s = cramp::to_string(last ? last->side : cramp::Side::left);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool DiaryController::setError(const QString& message) {
    lastError_ = message;
    emit lastErrorChanged();
    return false;
}

bool DiaryController::logEpisode(const QVariantMap& f) {
    if (!diary_) return setError(tr("The diary is not open."));
    cramp::Episode e;
    e.zone = zone_.toStdString();
    if (auto last = diary_->latest_episode()) {
        e.site = last->site;
        e.side = last->side;
    }
    QStringList errs;
    auto now = diary_->now();
    if (f.contains(QStringLiteral("onsetLocal"))) {
        auto dt = QDateTime::fromString(f.value(QStringLiteral("onsetLocal")).toString(), Qt::ISODate);
        if (!dt.isValid()) {
            errs << QStringLiteral("onset: not a date and time");
        } else {
            auto days = date::days{QDate(1970, 1, 1).daysTo(dt.date())};
            auto local = date::local_seconds{days} + std::chrono::seconds{dt.time().msecsSinceStartOfDay() / 1000};
            e.onset = cramp::resolve_local(local, e.zone);
        }
    } else {
        e.onset = now - std::chrono::minutes{f.value(QStringLiteral("minutesAgo"), 0).toInt()};
    }
    if (f.contains(QStringLiteral("durationS"))) e.duration_s = f.value(QStringLiteral("durationS")).toInt();
    if (f.contains(QStringLiteral("intensity"))) e.intensity = f.value(QStringLiteral("intensity")).toInt();
    readEnum(f, "site", e.site, errs);
    readEnum(f, "side", e.side, errs);
    readEnum(f, "posture", e.posture, errs);
    readEnum(f, "numbness", e.numbness, errs);
    readSet(f, "weakness", e.weakness, errs);
    readSet(f, "relief", e.relief, errs);
    e.radiating = f.value(QStringLiteral("radiating"), false).toBool();
    e.tingling_symmetric = f.value(QStringLiteral("tinglingSymmetric"), false).toBool();
    e.woke = f.value(QStringLiteral("woke"), true).toBool();
    e.note = f.value(QStringLiteral("note")).toString().toStdString();
    if (!errs.isEmpty()) return setError(errs.join(QStringLiteral("; ")));

    auto id = diary_->add_episode(e);
    if (!id) return setError(QString::fromStdString(id.error()));
    if (auto stored = diary_->episode(*id)) episodes_.insert(*stored);
    lastError_.clear();
    emit lastErrorChanged();
    emit diaryChanged();
    return true;
}

bool DiaryController::deleteEpisode(qint64 id) {
    if (!diary_) return setError(tr("The diary is not open."));
    auto e = diary_->episode(id);
    if (!e) return setError(tr("That entry no longer exists."));
    if (auto r = diary_->delete_episode(id); !r) return setError(QString::fromStdString(r.error()));
    episodes_.remove(id);
    undo_ = *e;
    emit undoChanged();
    emit diaryChanged();
    return true;
}

bool DiaryController::undoDelete() {
    if (!diary_ || !undo_) return false;
    auto e = *undo_;
    auto id = diary_->add_episode(e);  // same id: the entry comes back as it was
    if (!id) return setError(QString::fromStdString(id.error()));
    if (auto stored = diary_->episode(*id)) episodes_.insert(*stored);
    undo_.reset();
    emit undoChanged();
    emit diaryChanged();
    return true;
}

bool DiaryController::checkInLastNight() {
    if (!diary_) return setError(tr("The diary is not open."));
    auto r = diary_->add_cramp_free_night(cramp::last_night(diary_->now(), zone_.toStdString()));
    if (!r) return setError(QString::fromStdString(r.error()));
    emit diaryChanged();
    return true;
}

void DiaryController::setThemeSetting(const QString& s) {
    if (s != QLatin1String("auto") && s != QLatin1String("dark") && s != QLatin1String("light")) return;
    if (s == themeSetting_) return;
    themeSetting_ = s;
    if (diary_) (void)diary_->set_preference("theme", s.toStdString());
    emit themeChanged();
}

bool DiaryController::darkTheme() const {
    if (themeSetting_ == QLatin1String("dark")) return true;
    if (themeSetting_ == QLatin1String("light")) return false;
    // Night hours are dark so a 3 a.m. glance does not glare.
    auto now = diary_ ? diary_->now() : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto local = cramp::to_local(now, zone_.toStdString());
    auto hour = std::chrono::duration_cast<std::chrono::hours>(local - std::chrono::floor<date::days>(local)).count();
    return hour >= 20 || hour < 7;
}
