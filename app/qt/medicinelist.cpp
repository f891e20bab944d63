// SPDX-License-Identifier: GPL-3.0-or-later
#include "medicinelist.hpp"

#include "coretext.hpp"
#include "followsession.hpp"

#include <algorithm>

namespace {

// How far back a start can be picked: a medicine may have been taken long before the diary began.
constexpr int kYearsBack = 30;

QString text(const std::string& s) { return QString::fromStdString(s); }
QString night(const std::optional<cramp::Night>& n) { return n ? cramp::qt::isoDate(*n) : QString(); }

}  // namespace

MedicineList::MedicineList(QObject* parent) : QAbstractListModel(parent) {}

void MedicineList::setSession(DiarySession* session) {
    if (followSession(this, session_, session, &MedicineList::refresh)) refresh();
}

void MedicineList::componentComplete() {
    if (!session_) setSession(DiarySession::of(this));
}

void MedicineList::refresh() {
    beginResetModel();
    list_.clear();
    if (session_ && session_->diary()) list_ = session_->read([this] { return session_->diary()->medicines(); }, {});
    endResetModel();
    emit countChanged();
    emit rangeChanged();  // tonight may have moved on
}

int MedicineList::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(list_.size()); }

QVariant MedicineList::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(list_.size())) return {};
    const cramp::Medicine& m = list_[std::size_t(index.row())];
    switch (role) {
    case IdRole: return qint64(m.id);
    case Qt::DisplayRole:
    case NameRole: return text(m.name);
    case DoseRole: return text(m.dose);
    case StartRole: return night(m.start);
    case StopRole: return night(m.stop);
    case PeriodRole:
        if (!m.start) return tr("no start date");
        if (!m.stop) return tr("since %1").arg(night(m.start));
        return tr("%1 – %2").arg(night(m.start), night(m.stop));
    }
    return {};
}

QHash<int, QByteArray> MedicineList::roleNames() const {
    return {{IdRole, "medicineId"}, {NameRole, "name"}, {DoseRole, "dose"}, {StartRole, "start"}, {StopRole, "stop"}, {PeriodRole, "period"}};
}

QString MedicineList::earliest() const {
    if (!session_) return {};
    return cramp::qt::isoDate(session_->lastNight() - date::days{365 * kYearsBack});
}

QString MedicineList::latest() const {
    if (!session_) return {};
    return cramp::qt::isoDate(session_->lastNight() + date::days{1});
}

const cramp::Medicine* MedicineList::find(qint64 id) const {
    const auto it = std::find_if(list_.begin(), list_.end(), [id](const cramp::Medicine& m) { return m.id == id; });
    return it == list_.end() ? nullptr : &*it;
}

bool MedicineList::parse(cramp::Medicine& m, const QString& name, const QString& dose, const QString& start, const QString& stop) {
    m.name = name.trimmed().toStdString();
    m.dose = dose.trimmed().toStdString();
    auto nightOf = [this](const QString& typed, std::optional<cramp::Night>& out) {
        out.reset();
        if (typed.trimmed().isEmpty()) return true;
        const auto n = cramp::parse_date(typed.trimmed().toStdString());
        if (!n) return session_->fail(tr("%1 is not a date.").arg(typed.trimmed()));
        out = *n;
        return true;
    };
    return nightOf(start, m.start) && nightOf(stop, m.stop);
}

bool MedicineList::write(const cramp::Medicine& m, bool isNew) {
    if (isNew && !m.start) return session_->fail(tr("Start night: choose the night the medicine was first taken."));
    if (auto errs = cramp::validate(m); !errs.empty()) return session_->fail(cramp::qt::translated(errs).join(QStringLiteral("; ")));
    cramp::Diary& d = *session_->diary();
    if (isNew) {
        if (auto r = d.add_medicine(m); !r) return session_->fail(cramp::qt::translatedError(r));
    } else if (auto r = d.update_medicine(m); !r) {
        return session_->fail(cramp::qt::translatedError(r));
    }
    session_->clearError();
    session_->profileWritten();  // the report's page 1 and the weekly chart's marks follow
    return true;
}

bool MedicineList::add(const QString& name, const QString& dose, const QString& start, const QString& stop) {
    if (!session_ || !session_->diary()) return session_ && session_->fail(tr("The diary is not open."));
    cramp::Medicine m;
    return parse(m, name, dose, start, stop) && write(m, true);
}

bool MedicineList::update(qint64 id, const QString& name, const QString& dose, const QString& start, const QString& stop) {
    if (!session_ || !session_->diary()) return session_ && session_->fail(tr("The diary is not open."));
    const cramp::Medicine* old = find(id);
    if (!old) return session_->fail(tr("This medicine is no longer in the diary."));
    cramp::Medicine m = *old;
    return parse(m, name, dose, start, stop) && write(m, false);
}

bool MedicineList::stop(qint64 id, const QString& night) {
    const cramp::Medicine* old = find(id);
    if (!old) return update(id, {}, {}, {}, {});
    return update(id, text(old->name), text(old->dose), ::night(old->start), night);
}

bool MedicineList::remove(qint64 id) {
    if (!session_ || !session_->diary()) return session_ && session_->fail(tr("The diary is not open."));
    if (auto r = session_->diary()->delete_medicine(id); !r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    session_->profileWritten();
    return true;
}

void MedicineList::clearProblem() {
    if (session_) session_->clearError();
}
