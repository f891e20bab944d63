// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries.hpp"

#include "coretext.hpp"
#include "isotime.hpp"
#include "night.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QEvent>

#include <date/date.h>

#include <algorithm>

namespace {

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

template <typename E>
QString name(E value) {
    auto s = cramp::to_string(value);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

}  // namespace

Entries::Entries(DiarySession* session, QObject* parent)
    : QObject(parent), session_(session), latest_(this), history_(this), today_(this) {
    history_.setSession(session_);
    connect(session_, &DiarySession::openedChanged, this, &Entries::reopened);
    connect(session_, &DiarySession::recordsChanged, this, &Entries::refreshNights);
    for (auto everything : {&DiarySession::rulesChanged, &DiarySession::zoneChanged, &DiarySession::reloaded})
        connect(session_, everything, this, [this] {
            session_->read([this] { reloadModels(); });
            emit changed();
        });
    connect(session_, &DiarySession::lastNightChanged, this, [this] {
        session_->read([this] { refreshToday(); });
        emit changed();
    });
    session_->readSafely([this] { reloadModels(); });
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

Entries::~Entries() = default;

Entries* Entries::create(QQmlEngine* engine, QJSEngine*) { return DiarySession::createShared<Entries>(engine); }

bool Entries::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) session_->read([this] { refreshToday(); });
    return QObject::eventFilter(watched, event);
}

void Entries::reopened() {
    if (!session_->readSafely([this] { reloadModels(); })) return;  // closed again: reopened() ran for that
    if (undo_) {
        undo_.reset();
        emit undoChanged();
    }
    emit changed();
}

std::optional<cramp::Episode> Entries::storedEpisode(qint64 id) const {
    if (!diary()) return std::nullopt;
    return session_->read([this, id] { return diary()->episode(id); }, std::optional<cramp::Episode>{});
}

std::optional<cramp::Episode> Entries::latestEpisode() const {
    if (!diary()) return std::nullopt;
    return session_->read([this] { return diary()->latest_episode(); }, std::optional<cramp::Episode>{});
}

QString Entries::defaultSite() const {
    auto last = latestEpisode();
    return name(last ? last->site : cramp::Site::calf);
}

QString Entries::defaultSide() const {
    auto last = latestEpisode();
    return name(last ? last->side : cramp::Side::left);
}

QString Entries::fillOnset(const QVariantMap& f, cramp::Episode& e) const {
    if (f.contains(QStringLiteral("onsetLocal"))) {
        auto dt = QDateTime::fromString(f.value(QStringLiteral("onsetLocal")).toString(), Qt::ISODate);
        if (!dt.isValid()) return tr("onset: not a date and time");
        // The patient picked a wall-clock time: the rules resolve it in the zone (gaps, overlaps).
        auto days = date::days{QDate(1970, 1, 1).daysTo(dt.date())};
        auto local = date::local_seconds{days} + std::chrono::seconds{dt.time().msecsSinceStartOfDay() / 1000};
        e.onset = cramp::resolve_local(local, e.zone);
        if (e.onset > session_->now()) return tr("That time is still to come: pick a time that has passed.");
    } else if (f.contains(QStringLiteral("minutesAgo")) || e.id == 0) {
        e.onset = session_->now() - std::chrono::minutes{f.value(QStringLiteral("minutesAgo"), 0).toInt()};
    }
    return {};
}

bool Entries::fillEpisode(const QVariantMap& f, cramp::Episode& e) {
    QStringList errs;
    if (auto onset = fillOnset(f, e); !onset.isEmpty()) errs << onset;
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
    if (!errs.isEmpty()) return session_->fail(errs.join(QStringLiteral("; ")));
    return true;
}

bool Entries::logEpisode(const QVariantMap& f) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    cramp::Episode e;
    e.zone = session_->zoneName();
    if (auto last = latestEpisode()) {
        e.site = last->site;
        e.side = last->side;
    }
    if (!fillEpisode(f, e)) return false;
    const auto replaced = crampFreeReplacedBy(e);
    auto id = diary()->add_episode(e);
    if (!id) return session_->fail(cramp::qt::translatedError(id));
    session_->clearError();
    offerUndo({.kind = UndoStep::Kind::logged, .added = *id, .crampFreeGone = replaced});
    if (auto stored = storedEpisode(*id)) session_->recordsWritten(stored->night, stored->night);
    return true;
}

QVariantMap Entries::episodeFields(qint64 id) const {
    QVariantMap m;
    auto e = storedEpisode(id);
    if (!e) return m;
    auto list = [](auto set) {
        QStringList out;
        for (auto v : set.values()) out << name(v);
        return out;
    };
    m[QStringLiteral("onsetLocal")] = QString::fromStdString(cramp::format_iso_local(e->onset, e->zone)).left(16);
    m[QStringLiteral("night")] = cramp::qt::isoDate(e->night);
    m[QStringLiteral("durationS")] = e->duration_s;
    m[QStringLiteral("site")] = name(e->site);
    m[QStringLiteral("side")] = name(e->side);
    m[QStringLiteral("intensity")] = e->intensity;
    m[QStringLiteral("posture")] = name(e->posture);
    m[QStringLiteral("numbness")] = name(e->numbness);
    m[QStringLiteral("weakness")] = list(e->weakness);
    m[QStringLiteral("relief")] = list(e->relief);
    m[QStringLiteral("radiating")] = e->radiating;
    m[QStringLiteral("tinglingSymmetric")] = e->tingling_symmetric;
    m[QStringLiteral("woke")] = e->woke;
    m[QStringLiteral("note")] = QString::fromStdString(e->note);
    return m;
}

bool Entries::updateEpisode(qint64 id, const QVariantMap& f) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    auto old = storedEpisode(id);
    if (!old) return session_->fail(tr("That entry no longer exists."));
    cramp::Episode e = *old;
    if (!fillEpisode(f, e)) return false;
    const auto replaced = crampFreeReplacedBy(e);
    if (auto r = diary()->update_episode(e); !r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    offerUndo({.kind = UndoStep::Kind::edited, .before = *old, .crampFreeGone = replaced});
    auto stored = storedEpisode(id);
    auto night = stored ? stored->night : old->night;
    session_->recordsWritten(std::min(old->night, night), std::max(old->night, night));
    return true;
}

bool Entries::deleteEpisode(qint64 id) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    auto e = storedEpisode(id);
    if (!e) return session_->fail(tr("That entry no longer exists."));
    if (auto r = diary()->delete_episode(id); !r) return session_->fail(cramp::qt::translatedError(r));
    offerUndo({.kind = UndoStep::Kind::deleted, .before = *e});
    session_->recordsWritten(e->night, e->night);
    return true;
}

bool Entries::checkInLastNight() {
    return checkInNight(cramp::qt::isoDate(session_->lastNight()));
}

bool Entries::checkInNight(const QString& text) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    const auto night = cramp::parse_date(text.toStdString());
    if (!night) return session_->fail(tr("%1 is not a date.").arg(text));
    if (*night > session_->lastNight())
        return session_->fail(tr("The night of %1 has not ended yet: only a past night can be recorded as cramp-free.").arg(text));
    if (crampFreeId(*night)) return true;  // recorded already: nothing to do or undo
    auto r = diary()->add_cramp_free_night(*night);
    if (!r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    offerUndo({.kind = UndoStep::Kind::checkedIn, .crampFreeAdded = *night});
    session_->recordsWritten(*night, *night);
    return true;
}

bool Entries::removeCrampFree(const QString& text) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    const auto night = cramp::parse_date(text.toStdString());
    if (!night) return session_->fail(tr("%1 is not a date.").arg(text));
    const auto id = crampFreeId(*night);
    if (!id) return session_->fail(tr("The night of %1 is not recorded as cramp-free.").arg(text));
    if (auto r = diary()->delete_cramp_free_night(*id); !r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    offerUndo({.kind = UndoStep::Kind::removed, .crampFreeGone = *night});
    session_->recordsWritten(*night, *night);
    return true;
}

// ---- undo -----------------------------------------------------------------------------------------

void Entries::offerUndo(UndoStep step) {
    undo_ = std::move(step);
    emit undoChanged();
}

QString Entries::undoMessage() const {
    if (!undo_) return {};
    switch (undo_->kind) {
    case UndoStep::Kind::logged: return tr("Saved");
    case UndoStep::Kind::edited: return tr("Changes saved");
    case UndoStep::Kind::deleted: return tr("Entry deleted");
    case UndoStep::Kind::checkedIn: return tr("Cramp-free night recorded");
    case UndoStep::Kind::removed: return tr("Cramp-free mark removed");
    }
    return {};
}

std::optional<std::int64_t> Entries::crampFreeId(cramp::Night night) const {
    return session_->read(
        [&]() -> std::optional<std::int64_t> {
            const auto marks = diary()->cramp_free_nights(cramp::NightRange{night, night});
            if (marks.empty()) return std::nullopt;
            return marks.front().id;
        },
        std::optional<std::int64_t>{});
}

std::optional<cramp::Night> Entries::crampFreeReplacedBy(const cramp::Episode& e) const {
    // The night storage will derive for the episode (Diary::add_episode, update_episode).
    const auto night = cramp::night_of(e.onset, e.zone, diary()->rule_settings().day_boundary);
    if (!crampFreeId(night)) return std::nullopt;
    return night;
}

bool Entries::undo() {
    if (!diary() || !undo_) return false;
    const UndoStep step = *undo_;
    std::vector<cramp::Night> touched;
    auto r = diary()->transaction([&]() -> cramp::Result<void> {
        if (step.added) {
            if (auto e = diary()->episode(*step.added)) touched.push_back(e->night);
            if (auto d = diary()->delete_episode(*step.added); !d) return d;
        }
        if (step.before) {
            if (auto now = diary()->episode(step.before->id)) touched.push_back(now->night);
            touched.push_back(step.before->night);
            // A deleted entry comes back with its id, an edited one with its old fields.
            if (step.kind == UndoStep::Kind::deleted) {
                if (auto a = diary()->add_episode(*step.before); !a) return a.failure();
            } else if (auto u = diary()->update_episode(*step.before); !u) {
                return u;
            }
        }
        if (step.crampFreeAdded) {
            touched.push_back(*step.crampFreeAdded);
            if (auto id = crampFreeId(*step.crampFreeAdded))
                if (auto d = diary()->delete_cramp_free_night(*id); !d) return d;
        }
        if (step.crampFreeGone) {
            touched.push_back(*step.crampFreeGone);
            if (auto a = diary()->add_cramp_free_night(*step.crampFreeGone); !a) return a.failure();
        }
        return {};
    });
    if (!r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    undo_.reset();
    emit undoChanged();
    if (!touched.empty())
        session_->recordsWritten(*std::min_element(touched.begin(), touched.end()), *std::max_element(touched.begin(), touched.end()));
    return true;
}

QString Entries::lastNight() const { return cramp::qt::isoDate(session_->lastNight()); }

bool Entries::lastNightRecorded() const {
    if (!diary()) return false;
    const auto n = session_->lastNight();
    const cramp::NightRange r{n, n};
    return session_->read([&] { return !diary()->episodes(r).empty() || !diary()->cramp_free_nights(r).empty(); }, false);
}

QString Entries::localDate(int daysAgo) const { return session_->localDate(daysAgo); }

QString Entries::localTimeNow() const {
    return QString::fromStdString(cramp::format_iso_local(session_->now(), session_->zoneName())).mid(11, 5);
}

int Entries::dayBoundary() const {
    const int fallback = cramp::RuleSettings{}.day_boundary;
    return diary() ? session_->read([this] { return diary()->rule_settings().day_boundary; }, fallback) : fallback;
}

cramp::Night Entries::currentNight() const { return cramp::night_of(session_->now(), session_->zoneName(), dayBoundary()); }

QStringList Entries::recentNights(int count) const {
    QStringList out;
    const auto current = currentNight();
    for (int i = 0; i < count; ++i) out << cramp::qt::isoDate(current - date::days{i});
    return out;
}

QString Entries::pastNight(const QString& text, int days) const {
    auto night = cramp::parse_date(text.trimmed().toStdString());
    if (!night || *night + date::days{days} > currentNight()) return {};
    return cramp::qt::isoDate(*night + date::days{days});
}

QString Entries::onsetInNight(const QString& night, int hour, int minute) const {
    auto n = cramp::parse_date(night.toStdString());
    if (!n) return {};
    auto local = cramp::local_time_in_night(*n, std::chrono::hours{hour} + std::chrono::minutes{minute}, dayBoundary());
    return QString::fromStdString(date::format("%Y-%m-%dT%H:%M", local));
}

QString Entries::defaultTimeInNight(const QString& night) const {
    // 03:00: the small hours, when night cramps wake people.
    const auto threeAm = onsetInNight(night, 3, 0);
    cramp::Episode e;
    e.zone = session_->zoneName();
    if (threeAm.isEmpty() || !fillOnset({{QStringLiteral("onsetLocal"), threeAm}}, e).isEmpty()) return localTimeNow();
    return threeAm.mid(11, 5);
}

QVariantMap Entries::onsetCheck(qint64 id, const QVariantMap& f) const {
    cramp::Episode e;
    e.zone = session_->zoneName();
    if (auto old = id > 0 && diary() ? storedEpisode(id) : std::nullopt) e = *old;
    const auto error = fillOnset(f, e);
    const auto night = cramp::night_of(e.onset, e.zone, dayBoundary());
    return {{QStringLiteral("night"), cramp::qt::isoDate(night)}, {QStringLiteral("error"), error}};
}

// ---- keeping the models in step -------------------------------------------------------------------

cramp::Night Entries::newestNight() const {
    // Tonight (an episode logged now belongs to it) and a margin for a time picked ahead.
    return session_->lastNight() + date::days{2};
}

std::vector<cramp::Episode> Entries::latestEpisodes() const {
    constexpr std::size_t kLatest = 5;
    std::vector<cramp::Episode> out;
    if (!diary()) return out;
    auto first = diary()->first_record_night();
    if (!first) return out;
    // Widen the window of nights until it holds enough episodes: a month is usually plenty, and
    // nothing reads the whole diary just to show five rows.
    const auto to = newestNight();
    for (int span = 31;; span *= 4) {
        const auto from = to - date::days{span};
        out = diary()->episodes(cramp::NightRange{from, to});
        if (out.size() >= kLatest || from <= *first) break;
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.onset != b.onset ? a.onset > b.onset : a.id > b.id; });
    if (out.size() > kLatest) out.resize(kLatest);
    return out;
}

void Entries::refreshToday() {
    if (auto* d = diary())
        today_.refresh(*d, session_->now(), session_->zoneName());
    else
        today_.clear();
}

void Entries::reloadModels() {
    refreshToday();
    latest_.sync(latestEpisodes());
    history_.load(diary(), newestNight());
}

void Entries::refreshNights(cramp::Night from, cramp::Night to) {
    session_->read([&] {
        refreshToday();
        latest_.sync(latestEpisodes());
        history_.refreshNights(from, to);
    });
    emit changed();
}
