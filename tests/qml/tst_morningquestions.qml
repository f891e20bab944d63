// SPDX-License-Identifier: GPL-3.0-or-later
// Today's morning questions: asked about last night's cramps logged with the default answers, one
// tap each writes the answer to all of that night's cramps, and they are not asked again (after a
// "no", or after the diary is opened again). The clock stands at Monday 30 November 2026, 09:00 in
// Shanghai: last night is Sunday 29 November's.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "MorningQuestions"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 844
        }
    }

    function find(item: Item, name: string): Item {
        const found = findChild(item, name)
        verify(found !== null, "no item named " + name)
        return found
    }

    // The episodes of `night`, as History shows them.
    function episodesOf(night: string): var {
        const out = []
        for (let i = 0; i < Entries.history.count; ++i) {
            const row = Entries.history.get(i)
            if (row.kind === "episode" && row.night === night)
                out.push(row)
        }
        return out
    }

    // A diary of its own for each test, with last night's two cramps and one of the night before.
    function openDiary(name: string): string {
        const shared = DiaryFile.path
        verify(DiaryFile.open(shared.replace(/[^/]*\.sqlite$/, "morning-" + name + ".sqlite")))
        compare(Morning.askNumbness, false)   // no cramps, no questions
        verify(Entries.logEpisode({ onsetLocal: "2026-11-29T23:10" }))
        verify(Entries.logEpisode({ onsetLocal: "2026-11-30T02:30" }))
        verify(Entries.logEpisode({ onsetLocal: "2026-11-29T02:30" }))   // the night of the 28th
        return shared
    }

    function test_askedThenAnsweredForTheWholeNightThenNotAgain(): void {
        const shared = openDiary("yes")
        const page = createTemporaryObject(todayComponent, testCase)
        waitForRendering(page)
        tryVerify(() => findChild(page, "morningQuestions") !== null)
        const card = find(page, "morningQuestions")
        tryCompare(card, "visible", true)
        compare(Morning.night, "2026-11-29")
        verify(find(card, "numbnessAnswers").visible)
        verify(find(card, "weaknessAnswers").visible)

        mouseClick(find(card, "numbnessYes"))
        compare(DiaryFile.lastError, "")
        for (const row of episodesOf("2026-11-29"))
            compare(row.numbness, "persisted")
        compare(episodesOf("2026-11-28")[0].numbness, "none")
        verify(!find(card, "numbnessAnswers").visible)
        verify(card.visible)                      // the other question is still open

        waitForRendering(card)
        mouseClick(find(card, "weakness_stairs"))
        for (const row of episodesOf("2026-11-29"))
            compare(row.weakness, ["stairs"])
        compare(episodesOf("2026-11-28")[0].weakness, [])
        verify(!card.visible)

        // Asked once: the diary opened again (a restart) does not ask about that night again.
        verify(DiaryFile.open(DiaryFile.path))
        compare(Morning.askNumbness, false)
        compare(Morning.askWeakness, false)
        verify(DiaryFile.open(shared))
    }

    function test_noIsAnAnswerToo(): void {
        const shared = openDiary("no")
        const page = createTemporaryObject(todayComponent, testCase)
        waitForRendering(page)
        tryVerify(() => findChild(page, "morningQuestions") !== null)
        const card = find(page, "morningQuestions")
        tryCompare(card, "visible", true)
        mouseClick(find(card, "numbnessNo"))
        waitForRendering(card)
        mouseClick(find(card, "weaknessNo"))
        verify(!card.visible)
        for (const row of episodesOf("2026-11-29")) {
            compare(row.numbness, "none")
            compare(row.weakness, [])
        }
        verify(DiaryFile.open(DiaryFile.path))
        compare(Morning.askNumbness, false)
        compare(Morning.askWeakness, false)
        verify(DiaryFile.open(shared))
    }

    function test_aCrampWithAnswersAsksNothing(): void {
        const shared = DiaryFile.path
        verify(DiaryFile.open(shared.replace(/[^/]*\.sqlite$/, "morning-answers.sqlite")))
        verify(Entries.logEpisode({ onsetLocal: "2026-11-30T02:30", numbness: "during", weakness: ["foot_drop"] }))
        compare(Morning.askNumbness, false)
        compare(Morning.askWeakness, false)
        // A cramp with the defaults beside it: each question is asked only while no cramp answered it.
        verify(Entries.logEpisode({ onsetLocal: "2026-11-30T04:00" }))
        compare(Morning.askNumbness, false)
        compare(Morning.askWeakness, false)
        verify(DiaryFile.open(shared))
    }
}
