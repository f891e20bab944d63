#include "diarysettings.hpp"

#include "coretext.hpp"

#include <algorithm>

DiarySettings::DiarySettings(DiarySession* session, QObject* parent) : QObject(parent), session_(session) {
    // Another diary, or an import into an empty one, brings its own settings and profile.
    for (auto everything : {&DiarySession::openedChanged, &DiarySession::reloaded})
        connect(session_, everything, this, [this] {
            emit rulesChanged();
            emit profileChanged();
        });
}

DiarySettings* DiarySettings::create(QQmlEngine* engine, QJSEngine*) { return DiarySession::createShared<DiarySettings>(engine); }

bool DiarySettings::setRules(const cramp::RuleSettings& s) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    if (s == diary()->rule_settings()) return true;
    if (auto r = diary()->set_rule_settings(s); !r) return session_->fail(cramp::qt::translatedError(r));
    // Nights and crossings may all have moved: the one time the history starts again.
    session_->rulesWritten();
    emit rulesChanged();
    return true;
}

int DiarySettings::threshold() const { return diary() ? diary()->rule_settings().threshold : cramp::RuleSettings{}.threshold; }
int DiarySettings::dayBoundary() const { return diary() ? diary()->rule_settings().day_boundary : cramp::RuleSettings{}.day_boundary; }
QString DiarySettings::weekStart() const {
    auto ws = diary() ? diary()->rule_settings().week_start : cramp::RuleSettings{}.week_start;
    const auto name = cramp::to_string(ws);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

void DiarySettings::setThreshold(int t) {
    if (!diary()) return;
    auto s = diary()->rule_settings();
    s.threshold = std::clamp(t, cramp::kMinThreshold, cramp::kMaxThreshold);
    setRules(s);
}

void DiarySettings::setDayBoundary(int h) {
    if (!diary()) return;
    auto s = diary()->rule_settings();
    s.day_boundary = std::clamp(h, cramp::kMinBoundary, cramp::kMaxBoundary);
    setRules(s);
}

void DiarySettings::setWeekStart(const QString& ws) {
    const auto parsed = cramp::parse_enum<cramp::WeekStart>(ws.toStdString());
    if (!diary() || !parsed) return;
    auto s = diary()->rule_settings();
    s.week_start = *parsed;
    setRules(s);
}

QString DiarySettings::profileName() const { return diary() ? QString::fromStdString(diary()->profile().name) : QString(); }
int DiarySettings::profileBirthYear() const { return diary() ? diary()->profile().birth_year.value_or(0) : 0; }
QString DiarySettings::profileMedicines() const { return diary() ? QString::fromStdString(diary()->profile().medicines) : QString(); }
QStringList DiarySettings::profileRiskFactors() const {
    QStringList out;
    if (diary())
        for (const auto& r : diary()->profile().risk_factors) out << QString::fromStdString(r);
    return out;
}

bool DiarySettings::setProfile(const QVariantMap& m) {
    if (!diary()) return session_->fail(tr("The diary is not open."));
    cramp::Profile p;
    p.name = m.value(QStringLiteral("name")).toString().trimmed().toStdString();
    if (int y = m.value(QStringLiteral("birthYear")).toInt(); y > 0) p.birth_year = y;
    for (const auto& r : m.value(QStringLiteral("riskFactors")).toStringList()) p.risk_factors.push_back(r.toStdString());
    p.medicines = m.value(QStringLiteral("medicines")).toString().trimmed().toStdString();
    if (auto errs = cramp::validate(p); !errs.empty()) return session_->fail(cramp::qt::translated(errs).join(QStringLiteral("; ")));
    if (auto r = diary()->set_profile(p); !r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    session_->profileWritten();
    emit profileChanged();
    return true;
}
