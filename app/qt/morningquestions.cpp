// SPDX-License-Identifier: GPL-3.0-or-later
#include "morningquestions.hpp"

#include "coretext.hpp"

#include <optional>
#include <string>

MorningQuestions::MorningQuestions(DiarySession* session, QObject* parent) : QObject(parent), session_(session) {
    connect(session_, &DiarySession::contentChanged, this, &MorningQuestions::refresh);
    refresh();
}

MorningQuestions* MorningQuestions::create(QQmlEngine* engine, QJSEngine*) {
    return DiarySession::createShared<MorningQuestions>(engine);
}

QString MorningQuestions::night() const { return cramp::qt::isoDate(ask_.night); }

QStringList MorningQuestions::weaknessAnswers() const {
    QStringList out;
    for (auto w : {cramp::Weakness::foot_drop, cramp::Weakness::stairs}) out << QString::fromStdString(std::string(cramp::to_string(w)));
    return out;
}

void MorningQuestions::refresh() {
    cramp::MorningAsk next;
    if (auto* d = session_ ? session_->diary() : nullptr) {
        session_->readSafely([&] { next = cramp::morning_questions(*d, session_->now(), session_->zoneName()); });
    }
    if (next == ask_) return;
    ask_ = next;
    emit changed();
}

bool MorningQuestions::written(const cramp::Result<void>& r) {
    if (!r) return session_->fail(cramp::qt::translatedError(r));
    session_->clearError();
    session_->recordsWritten(ask_.night, ask_.night);  // refresh() follows through contentChanged
    return true;
}

bool MorningQuestions::answerNumbness(bool stayed) {
    auto* d = session_ ? session_->diary() : nullptr;
    if (!d || !ask_.numbness) return false;
    // Damage met while reading: the diary closes onto its error screen.
    std::optional<cramp::Result<void>> r;
    if (!session_->read([&] { r = cramp::answer_numbness(*d, ask_.night, stayed); })) return false;
    return written(*r);
}

bool MorningQuestions::answerWeakness(const QStringList& weakness) {
    auto* d = session_ ? session_->diary() : nullptr;
    if (!d || !ask_.weakness) return false;
    cramp::EnumSet<cramp::Weakness> set;
    for (const auto& w : weakness) {
        auto v = cramp::parse_field<cramp::Weakness>(w.toStdString());
        if (!v) return session_->fail(cramp::qt::translatedError(v));
        set.insert(*v);
    }
    // Damage met while reading: the diary closes onto its error screen.
    std::optional<cramp::Result<void>> r;
    if (!session_->read([&] { r = cramp::answer_weakness(*d, ask_.night, set); })) return false;
    return written(*r);
}
