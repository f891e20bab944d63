// The Report page: the period chips and custom dates, the report's own language, the pages.
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
        const from = find(page, "fromField")
        verify(from.visible)
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
}
