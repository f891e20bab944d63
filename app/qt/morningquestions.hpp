// SPDX-License-Identifier: GPL-3.0-or-later
// Today's morning questions (QML: Morning): the morning after a night whose cramps kept the log
// page's default answers, whether numbness stayed after the cramp and whether the toes dragged or
// stairs were hard, each answered with one tap and written to all of that night's cramps. The rule
// (which night, which question, asked already) is app/service/morning_questions.hpp.
#pragma once

#include "diarysession.hpp"
#include "morning_questions.hpp"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class MorningQuestions : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Morning)
    QML_SINGLETON
    // The night asked about (YYYY-MM-DD), and which of the two questions are open for it.
    Q_PROPERTY(QString night READ night NOTIFY changed)
    Q_PROPERTY(bool askNumbness READ askNumbness NOTIFY changed)
    Q_PROPERTY(bool askWeakness READ askWeakness NOTIFY changed)
    // The weakness answers other than "no" ("foot_drop", "stairs"; their words are Labels.weakness').
    Q_PROPERTY(QStringList weaknessAnswers READ weaknessAnswers CONSTANT)

public:
    // No default constructor: Qt 6.4 would use it instead of create().
    explicit MorningQuestions(DiarySession* session, QObject* parent = nullptr);
    static MorningQuestions* create(QQmlEngine* engine, QJSEngine*);

    QString night() const;
    bool askNumbness() const { return ask_.numbness; }
    bool askWeakness() const { return ask_.weakness; }
    QStringList weaknessAnswers() const;

    // One tap: yes (numbness stayed) or no.
    Q_INVOKABLE bool answerNumbness(bool stayed);
    // One tap: the weakness values ("foot_drop", "stairs"), or none for no.
    Q_INVOKABLE bool answerWeakness(const QStringList& weakness);

signals:
    void changed();

private:
    void refresh();
    bool written(const cramp::Result<void>& r);
    QPointer<DiarySession> session_;
    cramp::MorningAsk ask_;
};
