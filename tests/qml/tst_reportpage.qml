// SPDX-License-Identifier: GPL-3.0-or-later
// The Report page: the period chips and custom dates (the date picker), the report's own language,
// the pages and their zoom.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "ReportPage"
    when: windowShown
    visible: true
    width: 390
    height: 844

    Component {
        id: reportComponent
        ReportPage {
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

    function days(from: string, to: string): int {
        return Math.round((Date.parse(to) - Date.parse(from)) / 86400000) + 1
    }

    function test_periodChips(): void {
        const page = createTemporaryObject(reportComponent, testCase)
        waitForRendering(page)
        const report = page.report
        compare(report.weeks, 12)
        tryVerify(() => report.pageCount >= 1)
        compare(days(report.from, report.to), 84)
        mouseClick(chip(page, "periodChips", "Last 4 weeks"))
        tryVerify(() => days(report.from, report.to) === 28)
        mouseClick(chip(page, "periodChips", "Last 8 weeks"))
        tryVerify(() => days(report.from, report.to) === 56)
        // An empty period is a one-page report, not an error.
        compare(report.pageCount, 1)
        compare(report.error, "")
    }

    function test_customDates(): void {
        const page = createTemporaryObject(reportComponent, testCase)
        waitForRendering(page)
        const report = page.report
        mouseClick(chip(page, "periodChips", "Choose dates"))
        compare(report.weeks, 0)
        // The custom dates start as the period that was shown.
        tryVerify(() => days(report.customFrom, report.customTo) === 84)
        verify(find(page, "fromButton").visible)
        verify(find(page, "toButton").visible)
        report.customFrom = "2026-02-30"
        tryVerify(() => report.error.indexOf("2026-02-30") >= 0)
        compare(report.pageCount, 0)
        verify(!find(page, "savePdfButton").enabled)
        report.customFrom = "2026-03-10"
        report.customTo = "2026-03-01"
        tryVerify(() => report.error.indexOf("after") >= 0)
        report.customTo = "2026-03-31"
        tryCompare(report, "error", "")
        compare(report.from, "2026-03-10")
        compare(report.to, "2026-03-31")
        compare(report.pageCount, 1)
        verify(find(page, "savePdfButton").enabled)
    }

    function test_languageIsTheReportsOwn(): void {
        const page = createTemporaryObject(reportComponent, testCase)
        waitForRendering(page)
        const report = page.report
        compare(report.language, Language.current)
        mouseClick(chip(page, "reportLanguageChips", "Chinese (中文)"))
        compare(report.language, "zh_CN")
        // The app itself stays in its language.
        compare(Language.current, "en")
        mouseClick(chip(page, "reportLanguageChips", "English"))
        compare(report.language, "en")
    }

    function openPicker(page: Item, button: string): Item {
        const picker = find(page, "datePicker")
        const b = find(page, button)
        tryVerify(() => b.visible && b.width > 0)
        waitForRendering(b)
        mouseClick(b)
        tryCompare(picker, "opened", true)
        waitForRendering(picker.contentItem)
        return picker
    }

    function test_datePicker(): void {
        const page = createTemporaryObject(reportComponent, testCase)
        waitForRendering(page)
        const report = page.report
        mouseClick(chip(page, "periodChips", "Choose dates"))
        // The fixed clock stands on the morning of 30 November 2026: the report ends last night.
        compare(report.latest, "2026-11-29")
        tryCompare(report, "customFrom", "2026-09-07")
        compare(report.customTo, "2026-11-29")
        compare(find(page, "fromButton").text, "From: 7 September 2026")
        compare(find(page, "toButton").text, "To: 29 November 2026")

        // A tap on a night of the month shown.
        let picker = openPicker(page, "fromButton")
        compare(picker.night, "2026-09-07")
        compare(findChild(picker.contentItem, "monthTitle").text, "September 2026")
        mouseClick(find(picker.contentItem, "night_2026-09-01"))
        compare(report.customFrom, "2026-09-01")
        tryCompare(picker, "opened", false)
        compare(find(page, "fromButton").text, "From: 1 September 2026")

        // The keyboard: a month back, a year back, Enter.
        picker = openPicker(page, "fromButton")
        keyClick(Qt.Key_PageUp)
        keyClick(Qt.Key_PageUp, Qt.ShiftModifier)
        compare(picker.night, "2025-08-01")
        compare(findChild(picker.contentItem, "monthTitle").text, "August 2025")
        keyClick(Qt.Key_Return)
        compare(report.customFrom, "2025-08-01")
        tryCompare(report, "error", "")
        compare(report.from, "2025-08-01")

        // The year buttons turn the view without choosing; Esc closes without a change.
        picker = openPicker(page, "fromButton")
        mouseClick(find(picker.contentItem, "previousYear"))
        compare(findChild(picker.contentItem, "monthTitle").text, "August 2024")
        mouseClick(find(picker.contentItem, "nextMonth"))
        compare(findChild(picker.contentItem, "monthTitle").text, "September 2024")
        keyClick(Qt.Key_Escape)
        tryCompare(picker, "opened", false)
        compare(report.customFrom, "2025-08-01")

        // "To": two nights back by the arrows; never after the last night the report can end on.
        picker = openPicker(page, "toButton")
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Return)
        compare(report.customTo, "2026-11-27")
        picker = openPicker(page, "toButton")
        for (let i = 0; i < 5; ++i)
            keyClick(Qt.Key_Right)
        compare(picker.night, "2026-11-29")
        verify(find(picker.contentItem, "night_2026-11-30").modelData.future)
        keyClick(Qt.Key_Enter)
        compare(report.customTo, "2026-11-29")

        // A date typed instead.
        picker = openPicker(page, "toButton")
        const typed = find(picker.contentItem, "typedDate")
        mouseClick(typed)
        typed.selectAll()
        for (const c of "2026-10-01")
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(report.customTo, "2026-10-01")
        tryCompare(report, "error", "")
        compare(report.to, "2026-10-01")
    }

    function test_zoom(): void {
        const page = createTemporaryObject(reportComponent, testCase)
        waitForRendering(page)
        const report = page.report
        tryVerify(() => report.pageCount >= 1)
        const pages = find(page, "reportPages")
        const sheet = find(page, "reportSheet0")
        const view = find(sheet, "reportPageView")
        // Fit to width: the column's width on a phone.
        const fit = 390 - 32
        compare(sheet.width, fit)
        compare(pages.contentWidth, pages.width)
        verify(!find(page, "zoomOutButton").enabled)
        tryVerify(() => Math.abs(view.paintedScale - view.width / 595) < 1e-6)

        mouseClick(find(page, "zoomInButton"))
        compare(page.zoom, report.zoomStep)
        compare(sheet.width, fit * report.zoomStep)
        page.forceActiveFocus()
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        compare(sheet.width, fit * report.zoomStep * report.zoomStep)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(sheet.width, fit * report.zoomStep)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(sheet.width, fit)
        // Ctrl+wheel zooms; the wheel alone scrolls.
        mouseWheel(pages, 200, 600, 0, 120, Qt.NoButton, Qt.ControlModifier)
        compare(sheet.width, fit * report.zoomStep)
        mouseWheel(pages, 200, 600, 0, -120, Qt.NoButton, Qt.ControlModifier)
        compare(sheet.width, fit)
        mouseWheel(pages, 200, 600, 0, -120)
        compare(page.zoom, 1)
        tryVerify(() => pages.contentY > 0)
        pages.contentY = 0
        // Two fingers moving apart zoom in.
        const touch = touchEvent(pages)
        touch.press(0, pages, 150, 500).press(1, pages, 240, 500).commit()
        for (let d = 2; d <= 90; d += 2)
            touch.move(0, pages, 150 - d, 500).move(1, pages, 240 + d, 500).commit()
        touch.release(0, pages, 60, 500).release(1, pages, 330, 500).commit()
        verify(page.zoom > 1.5, "zoom after a pinch: " + page.zoom)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(page.zoom, 1)

        // Bounded: maxZoom times the fit, no further; wider than the view, the pages pan both ways.
        for (let i = 0; i < 12; ++i)
            mouseClick(find(page, "zoomInButton"))
        compare(page.zoom, report.maxZoom)
        compare(sheet.width, fit * report.maxZoom)
        verify(!find(page, "zoomInButton").enabled)
        verify(pages.contentWidth > pages.width)
        // Sharp at the zoom, and only the part on screen (and a margin) painted.
        waitForRendering(page)
        tryVerify(() => Math.abs(view.paintedScale - view.width / 595) < 1e-6)
        verify(view.paintedArea.width < view.width)
        pages.contentX = 0
        tryCompare(view.paintedArea, "x", 0)
        pages.contentX = pages.contentWidth - pages.width
        pages.contentY = pages.contentHeight - pages.height
        tryVerify(() => view.paintedArea.x > 0 && view.paintedArea.x + view.paintedArea.width >= view.width - 1)
        // The controls stay in the column while the pages pan.
        compare(find(page, "savePdfButton").mapToItem(pages, 0, 0).x >= 0, true)
        mouseClick(find(page, "zoomFitButton"))
        compare(sheet.width, fit)
    }

    function test_doctorView(): void {
        // Two cramps long before the default periods (the other tests' periods stay empty).
        verify(Entries.logEpisode({ onsetLocal: "2026-01-10T23:00", site: "calf", side: "left", intensity: 6, durationS: 60 }))
        verify(Entries.logEpisode({ onsetLocal: "2026-01-11T02:00", site: "calf", side: "left", intensity: 5, durationS: 40 }))
        const page = createTemporaryObject(reportComponent, testCase)
        waitForRendering(page)
        const report = page.report
        report.weeks = 0
        report.customFrom = "2026-01-01"
        report.customTo = "2026-01-12"
        tryCompare(report, "error", "")
        compare(report.to, "2026-01-12")

        const view = page.doctorView
        const button = find(page, "doctorButton")
        tryVerify(() => button.visible && button.enabled)
        waitForRendering(button)
        mouseClick(button)
        tryCompare(view, "opened", true)
        // The 7 nights to the report's end, as the status box's first line says them.
        const figures = view.figures
        compare(figures.last7To, report.to)
        compare(figures.last7Cramps, 2)
        const now = find(view.contentItem, "doctorStatus0")
        verify(now.label.indexOf(report.to) >= 0, now.label)
        verify(now.value.indexOf("2") === 0, now.value)
        compare(figures.status.rowCount(), 4)
        compare(figures.signs.rowCount(), 5)
        // Each sign says present or not in words as well as by its mark.
        for (let i = 0; i < 5; ++i) {
            const sign = find(view.contentItem, "doctorSign" + i)
            verify(sign.presence === "present" || sign.presence === "not present", sign.presence)
            compare(sign.mark, sign.present ? "●" : "○")
        }
        verify(find(view.contentItem, "doctorSign1").present)   // two cramps in one night
        // Esc closes it; so does its button.
        keyClick(Qt.Key_Escape)
        tryCompare(view, "opened", false)
        compare(page.visible, true)
        mouseClick(button)
        tryCompare(view, "opened", true)
        mouseClick(find(view.contentItem, "doctorClose"))
        tryCompare(view, "opened", false)

        // In the report's language, not the app's.
        report.language = "zh_CN"
        mouseClick(button)
        tryCompare(view, "opened", true)
        verify(figures.title.indexOf("抽筋") >= 0, figures.title)
        compare(Language.current, "en")
        keyClick(Qt.Key_Escape)
        tryCompare(view, "opened", false)
    }
}
