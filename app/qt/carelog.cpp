// SPDX-License-Identifier: GPL-3.0-or-later
#include "carelog.hpp"

#include "coretext.hpp"
#include "followsession.hpp"
#include "labels.hpp"
#include "night.hpp"

#include <QCoreApplication>
#include <QEvent>

#include <string>

namespace {

QString itemName(cramp::CareItem item) {
    const auto s = cramp::to_string(item);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QStringList names(cramp::EnumSet<cramp::CareItem> items) {
    QStringList out;
    for (auto i : items.values()) out << itemName(i);
    return out;
}

}  // namespace

std::optional<cramp::Night> CareLog::eveningNight(cramp::Instant now, std::string_view zone) {
    const auto local = cramp::to_local(now, zone);
    const auto day = std::chrono::floor<date::days>(local);
    if (local - day < std::chrono::hours{kEveningHour}) return std::nullopt;
    return cramp::Night{day.time_since_epoch()};
}

CareLog::CareLog(QObject* parent) : QObject(parent) {
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

void CareLog::setSession(DiarySession* session) {
    if (!followSession(this, session_, session, &CareLog::refresh)) return;
    // The evening begins and ends with the clock, and with the zone it is read in.
    if (session_) connect(session_, &DiarySession::minutePassed, this, &CareLog::changed);
    refresh();
}

void CareLog::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

bool CareLog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) emit changed();
    return QObject::eventFilter(watched, event);
}

void CareLog::setNight(const QString& night) {
    if (night == night_) return;
    night_ = night;
    refresh();
}

std::optional<cramp::Night> CareLog::parsedNight() const {
    if (night_.isEmpty()) return session_ ? std::optional{cramp::local_date(session_->now(), session_->zoneName())} : std::nullopt;
    return cramp::parse_date(night_.toStdString());
}

QString CareLog::shownNight() const {
    const auto n = parsedNight();
    return n ? cramp::qt::isoDate(*n) : QString();
}

QString CareLog::tonight() const {
    return session_ ? cramp::qt::isoDate(cramp::local_date(session_->now(), session_->zoneName())) : QString();
}

bool CareLog::evening() const { return session_ && session_->isOpen() && eveningNight(session_->now(), session_->zoneName()); }

bool CareLog::canLog() const {
    const auto n = parsedNight();
    return session_ && session_->isOpen() && n && *n <= cramp::local_date(session_->now(), session_->zoneName());
}

QStringList CareLog::savedItems() const { return stored_ ? names(*stored_) : QStringList(); }

QString CareLog::summary() const {
    if (!stored_) return {};
    if (stored_->empty()) return tr("None of these");
    QStringList words;
    for (auto i : stored_->values()) words << cramp::labels::screen(cramp::labels::of(i));
    return words.join(tr(", ", "between the care items of a night"));
}

QStringList CareLog::selected() const { return names(selected_); }

void CareLog::refresh() {
    std::optional<cramp::EnumSet<cramp::CareItem>> next;
    const auto n = parsedNight();
    if (auto* d = session_ ? session_->diary() : nullptr; d && n)
        session_->read([&] {
            const auto records = d->night_factors(cramp::NightRange{*n, *n});
            if (!records.empty()) next = records.front().items;
        });
    stored_ = next;
    selected_ = next.value_or(cramp::EnumSet<cramp::CareItem>{});
    emit changed();
    emit selectedChanged();
}

void CareLog::toggle(const QString& item) {
    const auto i = cramp::parse_field<cramp::CareItem>(item.toStdString());
    if (!i) return;
    if (selected_.contains(*i))
        selected_.erase(*i);
    else
        selected_.insert(*i);
    emit selectedChanged();
}

bool CareLog::write(const std::function<cramp::Result<void>(cramp::Diary&, cramp::Night)>& change) {
    if (!session_) return false;
    auto* d = session_->diary();
    if (!d) return session_->fail(tr("The diary is not open."));
    const auto n = parsedNight();
    if (!n) return session_->fail(tr("%1 is not a date.").arg(night_));
    if (!canLog())
        return session_->fail(tr("The night of %1 is still to come: care can be logged for tonight or a past night.").arg(cramp::qt::isoDate(*n)));
    if (auto r = change(*d, *n); !r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    session_->recordsWritten(*n, *n);  // refresh() follows through contentChanged
    return true;
}

bool CareLog::save() {
    const auto items = selected_;
    return write([items](cramp::Diary& d, cramp::Night n) { return d.set_night_factors(n, items); });
}

bool CareLog::saveNone() {
    return write([](cramp::Diary& d, cramp::Night n) { return d.set_night_factors(n, {}); });
}

bool CareLog::clear() {
    if (!stored_) return true;  // nothing recorded: nothing to clear
    return write([](cramp::Diary& d, cramp::Night n) { return d.delete_night_factors(n); });
}
