// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language re-formats dates and durations already on screen, not only qsTr() text.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "Language"
    when: windowShown
    visible: true   // the Today page below is laid out and read as shown
    width: 390
    height: 844

    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 844
        }
    }

    // Every text the page shows, in the item tree's order.
    function shownTexts(item: Item): var {
        let out = []
        if (!item.visible)
            return out
        if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0)
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            out = out.concat(testCase.shownTexts(item.children[i]))
        return out
    }

    Text { id: night; text: Labels.tr.night("2026-03-02") }
    Text { id: length; text: Labels.tr.duration(95) }
    Text { id: side; text: Labels.tr.place("calf", "left") }
    Text { id: site; text: Labels.sites[0].label }

    function test_switchingReformatsBoundText(): void {
        const before = Language.choice
        Language.choice = "en"
        const en = [night.text, length.text, side.text]
        compare(side.text, "Left calf")
        compare(site.text, "Calf")
        Language.choice = "zh_CN"
        verify(night.text !== en[0], "night label stayed " + night.text)
        verify(length.text !== en[1], "duration stayed " + length.text)
        verify(side.text !== en[2], "place stayed " + side.text)
        verify(site.text !== "Calf", "chip label stayed " + site.text)
        Language.choice = "en"
        compare(night.text, en[0])
        Language.choice = before
    }

    function test_todaySummaryIsReworded(): void {
        const before = Language.choice
        Language.choice = "en"
        // Three cramps in the last nights raise a signal, whose title is a sentence made in C++.
        for (let d = 1; d <= 3; ++d)
            verify(Entries.logEpisode({ onsetLocal: Entries.localDate(d) + "T23:00" }))
        verify(Entries.today.hasSignals)
        const en = Entries.today.activeSignals[0].title
        Language.choice = "zh_CN"
        verify(Entries.today.activeSignals[0].title !== en, "the signal's title stayed " + en)
        Language.choice = before
    }

    // With Today open, switching to Chinese rewrites what is already on screen: the summary's
    // sentences, the weekday under each night (made in C++) and the latest entries' nights.
    function test_todayOnScreenFollowsTheSwitchAtOnce(): void {
        const before = Language.choice
        Language.choice = "en"
        verify(Entries.logEpisode({ onsetLocal: Entries.localDate(1) + "T23:00" }))
        const page = createTemporaryObject(todayComponent, testCase)
        tryVerify(() => findChild(page, "latestList") !== null && findChild(page, "latestList").count > 0)
        tryVerify(() => findChild(page, "summaryNights") !== null)
        waitForRendering(page)
        const weekdays = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/
        const en = testCase.shownTexts(page).join("\n")
        verify(weekdays.test(en), "no English weekday on Today: " + en)
        verify(en.indexOf("Log a cramp") >= 0)

        Language.choice = "zh_CN"
        const zh = testCase.shownTexts(page).join("\n")
        verify(!weekdays.test(zh), "an English weekday stayed: " + zh)
        verify(zh.indexOf("Log a cramp") < 0, "the button stayed in English")
        verify(/周[一二三四五六日]/.test(zh), "no Chinese weekday: " + zh)
        // The weekdays under the nights, one for each of the 7 nights.
        const nights = testCase.shownTexts(findChild(page, "summaryNights")).filter(t => /^周/.test(t))
        compare(nights.length, 7)
        Language.choice = before
    }
}
