// SPDX-License-Identifier: GPL-3.0-or-later
#include "diarysettings.hpp"

#include "coretext.hpp"

#include <algorithm>

DiarySettings::DiarySettings(DiarySession* session, QObject* parent) : QObject(parent), session_(session) {
    // Another diary, or an import into an empty one, brings its own settings and profile.
    for (auto everything : {&DiarySession::openedChanged, &DiarySession::reloaded})
        connect(session_, everything, this, [this] {
            draft_.reset();  // written before the diary closed (aboutToClose), or not writable
            profileWritten_ = false;
            setProfileProblem({});
            emit rulesChanged();
            emit profileChanged();
            emit profileSavedChanged();
        });
    profileDelay_.setSingleShot(true);
    profileDelay_.setInterval(kProfileDelayMs);
    connect(&profileDelay_, &QTimer::timeout, this, &DiarySettings::saveProfile);
    connect(session_, &DiarySession::aboutToClose, this, &DiarySettings::saveProfile);
}

DiarySettings* DiarySettings::create(QQmlEngine* engine, QJSEngine*) { return DiarySession::createShared<DiarySettings>(engine); }

cramp::RuleSettings DiarySettings::rules() const {
    if (!diary()) return {};
    return session_->read([this] { return diary()->rule_settings(); }, cramp::RuleSettings{});
}

bool DiarySettings::setRules(const cramp::RuleSettings& s) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    if (s == rules()) return true;
    if (auto r = diary()->set_rule_settings(s); !r) return session_->fail(cramp::qt::translatedError(r));
    // Nights and crossings may all have moved: the one time the history starts again.
    session_->rulesWritten();
    emit rulesChanged();
    return true;
}

int DiarySettings::threshold() const { return rules().threshold; }
int DiarySettings::dayBoundary() const { return rules().day_boundary; }
QString DiarySettings::weekStart() const {
    const auto name = cramp::to_string(rules().week_start);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

void DiarySettings::setThreshold(int t) {
    if (!diary()) return;
    auto s = rules();
    s.threshold = std::clamp(t, cramp::kMinThreshold, cramp::kMaxThreshold);
    setRules(s);
}

void DiarySettings::setDayBoundary(int h) {
    if (!diary()) return;
    auto s = rules();
    s.day_boundary = std::clamp(h, cramp::kMinBoundary, cramp::kMaxBoundary);
    setRules(s);
}

void DiarySettings::setWeekStart(const QString& ws) {
    const auto parsed = cramp::parse_enum<cramp::WeekStart>(ws.toStdString());
    if (!diary() || !parsed) return;
    auto s = rules();
    s.week_start = *parsed;
    setRules(s);
}

cramp::Profile DiarySettings::profile() const {
    if (draft_) return *draft_;
    if (!diary()) return {};
    return session_->read([this] { return diary()->profile(); }, cramp::Profile{});
}

QString DiarySettings::profileName() const { return QString::fromStdString(profile().name); }
int DiarySettings::profileBirthYear() const { return profile().birth_year.value_or(0); }
QStringList DiarySettings::profileRiskFactors() const {
    QStringList out;
    for (const auto& r : profile().risk_factors) out << QString::fromStdString(r);
    return out;
}

namespace {
cramp::Profile profileFrom(const QVariantMap& m) {
    cramp::Profile p;
    p.name = m.value(QStringLiteral("name")).toString().trimmed().toStdString();
    for (const auto& r : m.value(QStringLiteral("riskFactors")).toStringList()) p.risk_factors.push_back(r.toStdString());
    return p;
}
}  // namespace

bool DiarySettings::writeProfile(const cramp::Profile& p) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    if (auto errs = cramp::validate(p); !errs.empty()) return session_->fail(cramp::qt::translated(errs).join(QStringLiteral("; ")));
    if (auto r = diary()->set_profile(p); !r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    session_->profileWritten();
    profileWritten_ = true;
    emit profileChanged();
    emit profileSavedChanged();
    return true;
}

bool DiarySettings::setProfile(const QVariantMap& m) {
    cramp::Profile p = profileFrom(m);
    if (int y = m.value(QStringLiteral("birthYear")).toInt(); y > 0) p.birth_year = y;
    draft_.reset();
    profileDelay_.stop();
    return writeProfile(p);
}

void DiarySettings::editProfile(const QVariantMap& m) {
    cramp::Profile p = profileFrom(m);
    // The birth year as typed: empty is "not given"; anything else outside the limits keeps the
    // year last taken, and says why.
    const QString typed = m.value(QStringLiteral("birthYear")).toString().trimmed();
    bool number = false;
    const int year = typed.toInt(&number);
    if (typed.isEmpty()) {
        setProfileProblem({});
    } else if (number && year >= cramp::kMinBirthYear && year <= cramp::kMaxBirthYear) {
        p.birth_year = year;
        setProfileProblem({});
    } else {
        p.birth_year = profile().birth_year;
        setProfileProblem(tr("Year of birth: %1 is not between %2 and %3, so it is not saved.")
                              .arg(typed).arg(cramp::kMinBirthYear).arg(cramp::kMaxBirthYear));
    }
    if (p == profile()) return;
    const bool wasSaved = profileSaved();
    draft_ = std::move(p);
    profileDelay_.start();
    emit profileChanged();
    if (wasSaved) emit profileSavedChanged();
}

bool DiarySettings::saveProfile() {
    profileDelay_.stop();
    if (!draft_) return true;
    const cramp::Profile p = *draft_;
    draft_.reset();
    if (writeProfile(p)) return true;
    draft_ = p;  // kept, and shown, until it can be written: nothing typed is dropped
    return false;
}

void DiarySettings::setProfileProblem(const QString& problem) {
    if (problem == profileProblem_) return;
    profileProblem_ = problem;
    emit profileProblemChanged();
}
