#include "diarycontroller.hpp"

#include "coretext.hpp"

#include "backup.hpp"
#include "isotime.hpp"
#include "night.hpp"
#include "paths.hpp"
#include "systemzone.hpp"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
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
        errs << cramp::qt::translatedError(r);
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
            errs << cramp::qt::translatedError(r);
            return;
        }
        s.insert(*r);
    }
    out = s;
}
}  // namespace

DiaryController::DiaryController(const QString& path, QObject* parent)
    : QObject(parent), episodes_(this), history_(this), today_(this), zone_(QString::fromStdString(systemZoneName())) {
    if (!path.isEmpty()) open(path);
    lastDark_ = darkTheme();
    lastNightSeen_ = lastNight();
    minute_.setInterval(60 * 1000);
    connect(&minute_, &QTimer::timeout, this, [this] {
        if (const bool dark = darkTheme(); dark != lastDark_) {
            lastDark_ = dark;
            emit themeChanged();
        }
        if (const QString night = lastNight(); night != lastNightSeen_) {
            lastNightSeen_ = night;
            refreshToday();
            emit diaryChanged();
        }
    });
    minute_.start();
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

bool DiaryController::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) refreshToday();
    return QObject::eventFilter(watched, event);
}

DiaryController::~DiaryController() = default;

DiaryController* DiaryController::create(QQmlEngine*, QJSEngine*) {
    return new DiaryController(g_startupPath);
}

void DiaryController::setStartupPath(const QString& path) { g_startupPath = path; }
void DiaryController::setClock(cramp::Diary::Clock clock) { g_clock = std::move(clock); }

bool DiaryController::open(const QString& path) {
    // The integrity check runs after the diary opened, in the background: the first screen does not
    // wait for it. Writes do (in Diary); its outcome comes back to this thread.
    const quint64 generation = ++generation_;
    auto r = cramp::Diary::open(path.toStdString(), g_clock, cramp::Diary::DeferredCheck{[this, generation] {
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

bool DiaryController::afterOpen() {
    try {
        if (diary_) themeSetting_ = QString::fromStdString(diary_->preference("theme").value_or("auto"));
        reloadModels();
    } catch (const std::exception& e) {
        // A read met damage before the background check reported it: shown as the check words it
        // (naming the file), as a diary that could not be opened.
        const auto check = diary_ ? diary_->integrity() : cramp::Result<void>{};
        const auto* sqlError = dynamic_cast<const cramp::sql::SqlError*>(&e);
        openError_ = !check  ? cramp::qt::translatedError(check)
                     : sqlError ? cramp::qt::translated(sqlError->message)
                                : QString::fromStdString(e.what());
        diary_.reset();
        reloadModels();
    }
    undo_.reset();
    emit openedChanged();
    emit diaryChanged();
    emit undoChanged();
    emit themeChanged();
    emit settingsChanged();
    emit profileChanged();
    emit backupsChanged();
    emit lastErrorChanged();
    return diary_ != nullptr;
}

void DiaryController::integrityKnown(quint64 generation) {
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
    const auto now = diary_->now();
    const cramp::Night today{std::chrono::floor<date::days>(cramp::to_local(now, zone_.toStdString())).time_since_epoch()};
    if (auto b = cramp::ensure_daily_backup(*diary_, cramp::backup_folder_for(diary_->path()), today); !b) {
        lastError_ = tr("Today's backup could not be written: %1").arg(cramp::qt::translatedError(b));
        emit lastErrorChanged();
    }
    emit backupsChanged();
}

void DiaryController::setZone(const QString& z) {
    if (z == zone_ || !cramp::known_zone(z.toStdString())) return;
    zone_ = z;
    reloadModels();
    emit zoneChanged();
    emit diaryChanged();
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

bool DiaryController::fillEpisode(const QVariantMap& f, cramp::Episode& e) {
    QStringList errs;
    auto now = diary_->now();
    if (f.contains(QStringLiteral("onsetLocal"))) {
        auto dt = QDateTime::fromString(f.value(QStringLiteral("onsetLocal")).toString(), Qt::ISODate);
        if (!dt.isValid()) {
            errs << tr("onset: not a date and time");
        } else {
            // The patient picked a wall-clock time: the rules resolve it in the zone (gaps, overlaps).
            auto days = date::days{QDate(1970, 1, 1).daysTo(dt.date())};
            auto local = date::local_seconds{days} + std::chrono::seconds{dt.time().msecsSinceStartOfDay() / 1000};
            e.onset = cramp::resolve_local(local, e.zone);
        }
    } else if (f.contains(QStringLiteral("minutesAgo")) || e.id == 0) {
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
    e.radiating = f.value(QStringLiteral("radiating"), e.radiating).toBool();
    e.tingling_symmetric = f.value(QStringLiteral("tinglingSymmetric"), e.tingling_symmetric).toBool();
    e.woke = f.value(QStringLiteral("woke"), e.woke).toBool();
    if (f.contains(QStringLiteral("note"))) e.note = f.value(QStringLiteral("note")).toString().toStdString();
    if (!errs.isEmpty()) return setError(errs.join(QStringLiteral("; ")));
    return true;
}

bool DiaryController::logEpisode(const QVariantMap& f) {
    if (!diary_) return setError(tr("The diary is not open."));
    cramp::Episode e;
    e.zone = zone_.toStdString();
    if (auto last = diary_->latest_episode()) {
        e.site = last->site;
        e.side = last->side;
    }
    if (!fillEpisode(f, e)) return false;
    auto id = diary_->add_episode(e);
    if (!id) return setError(cramp::qt::translatedError(id));
    lastError_.clear();
    emit lastErrorChanged();
    if (auto stored = diary_->episode(*id)) changed(stored->night, stored->night);
    return true;
}

QVariantMap DiaryController::episodeFields(qint64 id) const {
    QVariantMap m;
    auto e = diary_ ? diary_->episode(id) : std::nullopt;
    if (!e) return m;
    auto str = [](auto v) {
        auto s = cramp::to_string(v);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    };
    auto list = [&](auto set) {
        QStringList out;
        for (auto v : set.values()) out << str(v);
        return out;
    };
    m[QStringLiteral("onsetLocal")] = QString::fromStdString(cramp::format_iso_local(e->onset, e->zone)).left(16);
    m[QStringLiteral("durationS")] = e->duration_s;
    m[QStringLiteral("site")] = str(e->site);
    m[QStringLiteral("side")] = str(e->side);
    m[QStringLiteral("intensity")] = e->intensity;
    m[QStringLiteral("posture")] = str(e->posture);
    m[QStringLiteral("numbness")] = str(e->numbness);
    m[QStringLiteral("weakness")] = list(e->weakness);
    m[QStringLiteral("relief")] = list(e->relief);
    m[QStringLiteral("radiating")] = e->radiating;
    m[QStringLiteral("tinglingSymmetric")] = e->tingling_symmetric;
    m[QStringLiteral("woke")] = e->woke;
    m[QStringLiteral("note")] = QString::fromStdString(e->note);
    return m;
}

bool DiaryController::updateEpisode(qint64 id, const QVariantMap& f) {
    if (!diary_) return setError(tr("The diary is not open."));
    auto old = diary_->episode(id);
    if (!old) return setError(tr("That entry no longer exists."));
    cramp::Episode e = *old;
    if (!fillEpisode(f, e)) return false;
    if (auto r = diary_->update_episode(e); !r) return setError(cramp::qt::translatedError(r));
    lastError_.clear();
    emit lastErrorChanged();
    auto stored = diary_->episode(id);
    auto night = stored ? stored->night : old->night;
    changed(std::min(old->night, night), std::max(old->night, night));
    return true;
}

bool DiaryController::deleteEpisode(qint64 id) {
    if (!diary_) return setError(tr("The diary is not open."));
    auto e = diary_->episode(id);
    if (!e) return setError(tr("That entry no longer exists."));
    if (auto r = diary_->delete_episode(id); !r) return setError(cramp::qt::translatedError(r));
    undo_ = *e;
    emit undoChanged();
    changed(e->night, e->night);
    return true;
}

bool DiaryController::undoDelete() {
    if (!diary_ || !undo_) return false;
    auto e = *undo_;
    auto id = diary_->add_episode(e);  // same id: the entry comes back as it was
    if (!id) return setError(cramp::qt::translatedError(id));
    undo_.reset();
    emit undoChanged();
    if (auto stored = diary_->episode(*id)) changed(stored->night, stored->night);
    return true;
}

bool DiaryController::checkInLastNight() {
    if (!diary_) return setError(tr("The diary is not open."));
    const auto night = cramp::last_night(diary_->now(), zone_.toStdString());
    auto r = diary_->add_cramp_free_night(night);
    if (!r) return setError(cramp::qt::translatedError(r));
    changed(night, night);
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

// ---- keeping the models in step -------------------------------------------------------------------

cramp::Night DiaryController::newestNight() const {
    // Tonight (an episode logged now belongs to it) and a margin for a time picked ahead.
    auto now = diary_ ? diary_->now() : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return cramp::last_night(now, zone_.toStdString()) + date::days{2};
}

std::vector<cramp::Episode> DiaryController::latestEpisodes() const {
    constexpr std::size_t kLatest = 5;
    std::vector<cramp::Episode> out;
    if (!diary_) return out;
    auto first = diary_->first_record_night();
    if (!first) return out;
    // Widen the window of nights until it holds enough episodes: a month is usually plenty, and
    // nothing reads the whole diary just to show five rows.
    const auto to = newestNight();
    for (int span = 31;; span *= 4) {
        const auto from = to - date::days{span};
        out = diary_->episodes(cramp::NightRange{from, to});
        if (out.size() >= kLatest || from <= *first) break;
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.onset != b.onset ? a.onset > b.onset : a.id > b.id; });
    if (out.size() > kLatest) out.resize(kLatest);
    return out;
}

void DiaryController::refreshToday() {
    if (diary_)
        today_.refresh(*diary_, diary_->now(), zone_.toStdString());
    else
        today_.clear();
}

void DiaryController::reloadModels() {
    refreshToday();
    episodes_.sync(latestEpisodes());
    history_.load(diary_.get(), newestNight());
}

QString DiaryController::displayPath(const QUrl& file) const { return localPath(file); }

void DiaryController::reload() {
    reloadModels();
    emit diaryChanged();
    emit settingsChanged();
    emit profileChanged();
}

void DiaryController::changed(cramp::Night from, cramp::Night to) {
    refreshToday();
    episodes_.sync(latestEpisodes());
    history_.refreshNights(from, to);
    emit diaryChanged();
}

QString DiaryController::lastNight() const {
    auto now = diary_ ? diary_->now() : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return QString::fromStdString(cramp::format_date(cramp::last_night(now, zone_.toStdString())));
}

bool DiaryController::lastNightRecorded() const {
    if (!diary_) return false;
    const auto n = cramp::last_night(diary_->now(), zone_.toStdString());
    const cramp::NightRange r{n, n};
    try {
        return !diary_->episodes(r).empty() || !diary_->cramp_free_nights(r).empty();
    } catch (const std::exception&) {
        return false;  // damage, read before the background check closes the diary
    }
}

QString DiaryController::localDate(int daysAgo) const {
    auto now = diary_ ? diary_->now() : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto day = std::chrono::floor<date::days>(cramp::to_local(now, zone_.toStdString())) - date::days{daysAgo};
    return QString::fromStdString(cramp::format_date(cramp::Night{day.time_since_epoch()}));
}

QString DiaryController::localTimeNow() const {
    auto now = diary_ ? diary_->now() : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return QString::fromStdString(cramp::format_iso_local(now, zone_.toStdString())).mid(11, 5);
}

// ---- settings and profile ---------------------------------------------------------------------------

bool DiaryController::setRules(const cramp::RuleSettings& s) {
    if (!diary_) return setError(tr("The diary is not open."));
    if (s == diary_->rule_settings()) return true;
    if (auto r = diary_->set_rule_settings(s); !r) return setError(cramp::qt::translatedError(r));
    // Nights and crossings may all have moved: the one time the history starts again.
    reloadModels();
    emit settingsChanged();
    emit diaryChanged();
    return true;
}

int DiaryController::threshold() const { return diary_ ? diary_->rule_settings().threshold : cramp::RuleSettings{}.threshold; }
int DiaryController::dayBoundary() const { return diary_ ? diary_->rule_settings().day_boundary : cramp::RuleSettings{}.day_boundary; }
QString DiaryController::weekStart() const {
    auto ws = diary_ ? diary_->rule_settings().week_start : cramp::WeekStart::monday;
    return ws == cramp::WeekStart::sunday ? QStringLiteral("sunday") : QStringLiteral("monday");
}

void DiaryController::setThreshold(int t) {
    if (!diary_) return;
    auto s = diary_->rule_settings();
    s.threshold = std::clamp(t, cramp::kMinThreshold, cramp::kMaxThreshold);
    setRules(s);
}

void DiaryController::setDayBoundary(int h) {
    if (!diary_) return;
    auto s = diary_->rule_settings();
    s.day_boundary = std::clamp(h, cramp::kMinBoundary, cramp::kMaxBoundary);
    setRules(s);
}

void DiaryController::setWeekStart(const QString& ws) {
    if (!diary_ || (ws != QLatin1String("monday") && ws != QLatin1String("sunday"))) return;
    auto s = diary_->rule_settings();
    s.week_start = ws == QLatin1String("sunday") ? cramp::WeekStart::sunday : cramp::WeekStart::monday;
    setRules(s);
}

QString DiaryController::profileName() const { return diary_ ? QString::fromStdString(diary_->profile().name) : QString(); }
int DiaryController::profileBirthYear() const { return diary_ ? diary_->profile().birth_year.value_or(0) : 0; }
QString DiaryController::profileMedicines() const { return diary_ ? QString::fromStdString(diary_->profile().medicines) : QString(); }
QStringList DiaryController::profileRiskFactors() const {
    QStringList out;
    if (diary_)
        for (const auto& r : diary_->profile().risk_factors) out << QString::fromStdString(r);
    return out;
}

QStringList DiaryController::riskFactorNames() const {
    QStringList out;
    for (auto r : cramp::kRiskFactors) out << QString::fromUtf8(r.data(), qsizetype(r.size()));
    return out;
}

bool DiaryController::setProfile(const QVariantMap& m) {
    if (!diary_) return setError(tr("The diary is not open."));
    cramp::Profile p;
    p.name = m.value(QStringLiteral("name")).toString().trimmed().toStdString();
    if (int y = m.value(QStringLiteral("birthYear")).toInt(); y > 0) p.birth_year = y;
    for (const auto& r : m.value(QStringLiteral("riskFactors")).toStringList()) p.risk_factors.push_back(r.toStdString());
    p.medicines = m.value(QStringLiteral("medicines")).toString().trimmed().toStdString();
    if (auto errs = cramp::validate(p); !errs.empty()) {
        return setError(cramp::qt::translated(errs).join(QStringLiteral("; ")));
    }
    if (auto r = diary_->set_profile(p); !r) return setError(cramp::qt::translatedError(r));
    lastError_.clear();
    emit lastErrorChanged();
    emit profileChanged();
    return true;
}

// ---- backups --------------------------------------------------------------------------------------

QUrl DiaryController::backupFolder() const {
    if (path_.isEmpty()) return {};
    return QUrl::fromLocalFile(QString::fromStdString(cramp::backup_folder_for(path_.toStdString()).string()));
}

QString DiaryController::latestBackup() const {
    if (path_.isEmpty()) return {};
    auto latest = cramp::latest_backup(cramp::backup_folder_for(path_.toStdString()));
    return latest ? QString::fromStdString(latest->filename().string()) : QString();
}

bool DiaryController::restoreBackup(const QUrl& file) {
    if (!file.isLocalFile()) return setError(tr("Choose a backup file on this device."));
    if (path_.isEmpty()) return setError(tr("The diary is not open."));
    const auto now = diary_ ? diary_->now() : std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    // The diary must be closed while its file is replaced; it is opened again either way.
    diary_.reset();
    auto kept = cramp::restore_backup(file.toLocalFile().toStdString(), path_.toStdString(), now);
    const QString path = path_;
    open(path);
    if (!kept) return setError(cramp::qt::translatedError(kept));
    lastError_.clear();
    emit lastErrorChanged();
    return isOpen();
}
