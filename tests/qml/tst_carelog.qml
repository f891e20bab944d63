// SPDX-License-Identifier: GPL-3.0-or-later
// The bedtime care log: the items tapped and saved are exactly the night's record, "None of these" is
// an empty record, the page opened again shows the record, clearing removes it, a night still to come
// offers nothing; Today offers tonight's care in the evening and not in the morning; the night
// calendar's panel shows a night's record and opens its log. The clock stands at Monday 30 November
// 2026, 09:00 in Shanghai (01:00 UTC): 20:00 on Sunday 29 November in New York.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "CareLog"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: pageComponent
        CareLogPage {
            width: 390
            height: 844
        }
    }
    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 844
        }
    }
    // Reads a night's record from the diary, as any other view would.
    Component {
        id: recordComponent
        CareLog {}
    }
    Component {
        id: panelComponent
        Item {
            width: 390
            height: 600
            property alias calendar: calendar
            property alias panel: panel
            NightCalendar {
                id: calendar
            }
            NightPanel {
                id: panel
                width: 390
                calendar: calendar
            }
        }
    }

    SignalSpy {
        id: doneSpy
        signalName: "done"
    }
    SignalSpy {
        id: careSpy
        signalName: "careLogRequested"
    }

    SignalSpy {
        id: panelSpy
        signalName: "careRequested"
    }

    property string shared: ""

    // A diary of its own (each test its own nights), and the shared one back afterwards.
    function initTestCase(): void {
        shared = DiaryFile.path
        verify(DiaryFile.open(shared.replace(/[^/]*\.sqlite$/, "care.sqlite")))
    }

    function cleanupTestCase(): void {
        verify(DiaryFile.open(shared))
    }

    function cleanup(): void {
        DiaryFile.zone = "Asia/Shanghai"
    }

    function find(item: Item, name: string): Item {
        const found = findChild(item, name)
        verify(found !== null, "no item named " + name)
        return found
    }

    function record(night: string): CareLog {
        return createTemporaryObject(recordComponent, testCase, { night: night }) as CareLog
    }

    function openPage(night: string): Item {
        const page = createTemporaryObject(pageComponent, testCase, { night: night })
        doneSpy.target = page
        doneSpy.clear()
        waitForRendering(page)
        return page
    }

    // The chip of `item` in the page's group `group` ("careBeforeBed", "careTheDay").
    function chip(page: Item, group: string, item: string): Item {
        const chips = find(page, group).children
        for (let i = 0; i < chips.length; ++i) {
            if (chips[i].modelData !== undefined && chips[i].modelData.value === item)
                return chips[i]
        }
        fail("no chip " + item + " in " + group)
        return null
    }

    function test_theTappedItemsAreTheNightsRecord(): void {
        const page = openPage("2026-11-28")
        verify(find(page, "careChoices").visible)
        mouseClick(chip(page, "careBeforeBed", "calf_stretch"))
        mouseClick(chip(page, "careBeforeBed", "foot_soak"))
        mouseClick(chip(page, "careTheDay", "long_sitting"))
        mouseClick(chip(page, "careBeforeBed", "foot_soak"))   // tapped again: out
        verify(chip(page, "careBeforeBed", "calf_stretch").checked)
        verify(!chip(page, "careBeforeBed", "foot_soak").checked)
        compare(record("2026-11-28").recorded, false)          // nothing written before Save
        mouseClick(find(page, "careSave"))
        compare(DiaryFile.lastError, "")
        compare(doneSpy.count, 1)
        const saved = record("2026-11-28")
        verify(saved.recorded)
        compare(saved.savedItems, ["calf_stretch", "long_sitting"])
        compare(saved.summary, "Calf stretch, Long sitting")
        // Only that night.
        verify(!record("2026-11-27").recorded)
        verify(!record("2026-11-29").recorded)
    }

    function test_noneOfTheseIsAnEmptyRecord(): void {
        const page = openPage("2026-11-20")
        mouseClick(chip(page, "careTheDay", "cold_night"))   // chosen, then "none of these" wins
        mouseClick(find(page, "careNone"))
        compare(doneSpy.count, 1)
        const saved = record("2026-11-20")
        verify(saved.recorded)
        compare(saved.savedItems, [])
        compare(saved.summary, "None of these")
    }

    function test_openedAgainItShowsTheRecordAndClearingRemovesIt(): void {
        verify(record("2026-11-25").recorded === false)
        const first = openPage("2026-11-25")
        mouseClick(chip(first, "careBeforeBed", "legs_warm"))
        mouseClick(chip(first, "careTheDay", "sweating"))
        mouseClick(find(first, "careSave"))
        first.destroy()

        const page = openPage("2026-11-25")
        compare(page.care.selected, ["legs_warm", "sweating"])
        verify(chip(page, "careBeforeBed", "legs_warm").checked)
        verify(chip(page, "careTheDay", "sweating").checked)
        verify(!chip(page, "careBeforeBed", "calf_stretch").checked)
        compare(find(page, "careStatus").text, "Recorded: Legs kept warm, Heavy sweating or diarrhoea")
        // A second save replaces the record (one a night).
        mouseClick(chip(page, "careTheDay", "sweating"))
        mouseClick(find(page, "careSave"))
        compare(record("2026-11-25").savedItems, ["legs_warm"])

        const again = openPage("2026-11-25")
        const clear = find(again, "careClear")
        verify(clear.visible)
        mouseClick(clear)
        compare(DiaryFile.lastError, "")
        verify(!record("2026-11-25").recorded)
        verify(!again.care.recorded)
        compare(again.care.selected, [])
        verify(!chip(again, "careBeforeBed", "legs_warm").checked)
        tryCompare(clear, "visible", false)
    }

    function test_tonightCanBeLoggedANightToComeCannot(): void {
        // Tonight is today's date, 30 November, though its night has not begun at 09:00.
        const tonight = openPage("")
        compare(tonight.care.shownNight, "2026-11-30")
        verify(tonight.care.canLog)
        mouseClick(chip(tonight, "careBeforeBed", "fluids"))
        mouseClick(find(tonight, "careSave"))
        compare(record("2026-11-30").savedItems, ["fluids"])

        const page = openPage("2026-12-01")
        verify(!page.care.canLog)
        verify(!find(page, "careChoices").visible)
        compare(find(page, "careStatus").text, "This night is still to come: care can be logged for tonight or a past night.")
        page.care.toggle("calf_stretch")
        verify(!page.care.save())
        verify(!page.care.saveNone())
        verify(DiaryFile.lastError.length > 0)
        verify(!record("2026-12-01").recorded)
    }

    function test_todayOffersTonightsCareInTheEveningOnly(): void {
        const page = createTemporaryObject(todayComponent, testCase)
        careSpy.target = page
        careSpy.clear()
        waitForRendering(page)
        tryVerify(() => findChild(page, "tonightCare") !== null)
        const card = find(page, "tonightCare")
        // 09:00 in Shanghai: morning.
        compare(card.visible, false)
        // The same instant is 20:00 of Sunday 29 November in New York: the evening.
        DiaryFile.zone = "America/New_York"
        tryCompare(card, "visible", true)
        compare(find(card, "tonightCareStatus").text, "What did you do before bed, and what was the day like?")
        mouseClick(find(card, "tonightCareButton"))
        compare(careSpy.count, 1)
        compare(careSpy.signalArguments[0][0], "2026-11-29")
        // Logged: the card says what.
        const log = record("2026-11-29")
        log.toggle("foot_soak")
        verify(log.save())
        tryCompare(find(card, "tonightCareStatus"), "text", "Recorded: Warm foot soak")
        // 17:00 in Los Angeles: not yet the evening; 02:00 in Tokyo: after midnight, no longer.
        DiaryFile.zone = "America/Los_Angeles"
        tryCompare(card, "visible", false)
        DiaryFile.zone = "Asia/Tokyo"
        compare(card.visible, false)
    }

    function test_theEveningRule_data(): var {
        // The instant is 01:00 UTC; each zone puts it at another local hour.
        return [{ tag: "09:00 Shanghai", zone: "Asia/Shanghai", evening: false },
                { tag: "17:00 Los Angeles", zone: "America/Los_Angeles", evening: false },
                { tag: "18:00 Denver", zone: "America/Denver", evening: true },
                { tag: "20:00 New York", zone: "America/New_York", evening: true },
                { tag: "23:00 South Georgia", zone: "Atlantic/South_Georgia", evening: true },
                { tag: "01:00 London", zone: "Europe/London", evening: false }]
    }

    function test_theEveningRule(data: var): void {
        DiaryFile.zone = data.zone
        compare(record("").evening, data.evening)
    }

    function test_theNightPanelShowsTheRecordAndOpensTheLog(): void {
        verify(Entries.logEpisode({ onsetLocal: "2026-11-27T02:30" }))   // the night of the 26th
        const log = record("2026-11-26")
        log.toggle("hard_exercise")
        verify(log.save())
        const view = createTemporaryObject(panelComponent, testCase)
        view.calendar.selectedNight = "2026-11-26"
        const panel = view.panel
        waitForRendering(panel)
        const line = find(panel, "nightCare")
        verify(line.visible)
        compare(line.text, "Bedtime care: Hard exercise")
        panelSpy.target = panel
        panelSpy.clear()
        mouseClick(find(panel, "nightCareButton"))
        compare(panelSpy.count, 1)
        compare(panelSpy.signalArguments[0][0], "2026-11-26")
        // A night without a record: no line, the button still there.
        view.calendar.selectedNight = "2026-11-24"
        tryCompare(line, "visible", false)
        verify(find(panel, "nightCareButton").visible)
    }
}
