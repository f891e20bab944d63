// SPDX-License-Identifier: GPL-3.0-or-later
// Trends: the 12 / 26 / 52-week switch reshapes the chart (the night calendar, a month at a time, is
// tst_nightcalendar.qml's); a logged cramp shows in the chart; the weeks carry their first
// night and whether they are partial.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "TrendsPage"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: trendsComponent
        TrendsPage {
            width: 390
            height: 844
        }
    }

    function find(item: Item, name: string): Item {
        const found = findChild(item, name)
        verify(found !== null, "no item named " + name)
        return found
    }

    function chip(page: Item, chipsName: string, label: string): Item {
        const chips = find(page, chipsName)
        for (let i = 0; i < chips.children.length; ++i)
            if (chips.children[i].text === label)
                return chips.children[i]
        fail("no chip " + label)
        return null
    }

    function cramps(chart: Item): int {
        let n = 0
        for (const w of chart.weeks)
            n += w.episodes
        return n
    }

    function test_weeksSwitch(): void {
        const page = createTemporaryObject(trendsComponent, testCase)
        waitForRendering(page)
        const chart = find(page, "weekChart")
        compare(chart.weeks.length, 12)
        mouseClick(chip(page, "weeksChips", "26 weeks"))
        compare(chart.weeks.length, 26)
        mouseClick(chip(page, "weeksChips", "52 weeks"))
        compare(chart.weeks.length, 52)
        mouseClick(chip(page, "weeksChips", "12 weeks"))
        compare(chart.weeks.length, 12)
    }

    function test_aLoggedCrampShowsInTheLastWeek(): void {
        const page = createTemporaryObject(trendsComponent, testCase)
        waitForRendering(page)
        const chart = find(page, "weekChart")
        const before = cramps(chart)
        verify(Entries.logEpisode({ minutesAgo: 60 * 20, site: "calf", side: "left", intensity: 6, durationS: 60 }))
        compare(cramps(chart), before + 1)
        compare(chart.weeks[chart.weeks.length - 1].episodes + chart.weeks[chart.weeks.length - 2].episodes > 0, true)
    }

    // The chart gets each week's first night (it writes the labels and their years itself) and
    // whether the week is partial: the weeks follow one another, and only the last, still running,
    // may be partial (the period starts on a week's first night).
    function test_weeksCarryTheirFirstNight(): void {
        const page = createTemporaryObject(trendsComponent, testCase)
        waitForRendering(page)
        const chart = find(page, "weekChart")
        for (let i = 0; i < chart.weeks.length; ++i) {
            const w = chart.weeks[i]
            verify(/^\d{4}-\d{2}-\d{2}$/.test(w.start), "start " + w.start)
            if (i > 0)
                compare(Date.parse(w.start) - Date.parse(chart.weeks[i - 1].start), 7 * 24 * 3600 * 1000)
            if (i < chart.weeks.length - 1)
                compare(w.partial, false)
        }
    }
}
