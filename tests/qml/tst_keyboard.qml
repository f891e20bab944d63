// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop keyboard: Enter on Today asks for a log; on the log page Enter saves and Esc cancels
// as soon as the page has the focus; Tab goes through the form in reading order, each chip group
// one stop whose choice the arrow keys move (Space and Enter toggle in a multi-choice group).
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "Keyboard"
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
    Component {
        id: logComponent
        LogPage {
            width: 390
            height: 844
        }
    }
    SignalSpy {
        id: spy
    }

    // The page as the window shows it: with the focus, as Main.qml gives it to the page in view.
    function shown(component: Component, signalName: string): Item {
        const page = createTemporaryObject(component, testCase)
        spy.target = null
        spy.signalName = signalName
        spy.target = page
        spy.clear()
        waitForRendering(page)
        page.forceActiveFocus()
        return page
    }

    // The named item that has the keyboard focus (or holds the item that has it).
    function focusedName(page: Item): string {
        for (let it = page.Window.activeFocusItem; it !== null; it = it.parent) {
            if (it.objectName.length > 0)
                return it.objectName
        }
        return ""
    }

    function test_enterOnTodayAsksForALog(): void {
        shown(todayComponent, "logRequested")
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
        keyClick(Qt.Key_Enter)
        compare(spy.count, 2)
    }

    function test_enterOnTheLogPageSaves(): void {
        const before = Entries.latest.count
        shown(logComponent, "done")
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
        compare(Entries.latest.count, Math.min(before + 1, 5))
        compare(DiaryFile.lastError, "")
    }

    function test_escapeOnTheLogPageCancels(): void {
        const before = Entries.history.count
        shown(logComponent, "done")
        keyClick(Qt.Key_Escape)
        compare(spy.count, 1)
        compare(Entries.history.count, before)
    }

    function test_tabGoesThroughTheFormInReadingOrder(): void {
        const page = shown(logComponent, "done")
        const seen = []
        for (let i = 0; i < 30; ++i) {
            keyClick(Qt.Key_Tab)
            const name = testCase.focusedName(page)
            if (seen.length > 0 && name === seen[0])
                break
            seen.push(name)
        }
        compare(seen, ["cancelButton", "onsetChips", "siteChips", "sideChips", "durationChips",
                       "intensitySlider", "postureChips", "numbnessChips", "weaknessChips",
                       "radiatingToggle", "tinglingToggle", "wokeToggle", "reliefChips", "noteField",
                       "saveButton"])
        // Nothing was chosen or saved on the way.
        compare(spy.count, 0)
    }

    function test_arrowsMoveTheChoiceOfAChipGroup(): void {
        const page = shown(logComponent, "done")
        const chips = findChild(page, "sideChips")
        const sides = Labels.sides.map(o => o.value)
        page.side = sides[0]
        chips.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Right)
        compare(page.side, sides[1])
        keyClick(Qt.Key_Down)
        compare(page.side, sides[2])
        keyClick(Qt.Key_Left)
        compare(page.side, sides[1])
        // From the first, Left goes round to the last, as in a group of radio buttons.
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        compare(page.side, sides[sides.length - 1])
        compare(spy.count, 0)
    }

    function test_spaceAndEnterToggleInAMultiChoiceGroup(): void {
        const page = shown(logComponent, "done")
        const chips = findChild(page, "weaknessChips")
        const options = Labels.weakness.map(o => o.value)
        compare(page.weakness.length, 0)
        chips.forceActiveFocus(Qt.TabFocusReason)
        // The arrows only move; Space takes the second option, Enter drops it again (and does not save).
        keyClick(Qt.Key_Right)
        compare(page.weakness.length, 0)
        keyClick(Qt.Key_Space)
        compare(page.weakness, [options[1]])
        keyClick(Qt.Key_Return)
        compare(page.weakness.length, 0)
        compare(spy.count, 0)
    }

    // Tab through the long log form scrolls it: the control with the focus is always in view.
    function test_tabKeepsTheFocusedControlInView(): void {
        const page = shown(logComponent, "done")
        const form = findChild(page, "logForm")
        compare(form.contentY, 0)
        let scrolled = false
        for (let i = 0; i < 14; ++i) {
            keyClick(Qt.Key_Tab)
            const item = testCase.Window.window.activeFocusItem
            if (!item || item === page || !form.contentItem)
                continue
            let inside = false
            for (let p = item.parent; p; p = p.parent)
                inside = inside || p === form.contentItem
            if (!inside)
                continue
            const top = item.mapToItem(form.contentItem, 0, 0).y
            verify(top >= form.contentY && top + item.height <= form.contentY + form.height,
                   "focused control at " + top + " outside the view " + form.contentY + "…" + (form.contentY + form.height))
            scrolled = scrolled || form.contentY > 0
        }
        verify(scrolled, "the form never scrolled")
    }
}
