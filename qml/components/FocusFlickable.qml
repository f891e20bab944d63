// SPDX-License-Identifier: GPL-3.0-or-later
// A scrolling form that keeps the control with the keyboard focus in view: Tab through a long form
// scrolls it, as a patient at a desktop expects.
import QtQuick

Flickable {
    id: flick
    // Room kept above and below the focused control (its focus ring included).
    property real focusMargin: 16

    function showFocused(): void {
        const win = flick.Window.window
        const item = win ? win.activeFocusItem : null
        if (!item || !flick.contentItem)
            return
        let inside = false
        for (let p = item.parent; p; p = p.parent) {
            if (p === flick.contentItem) {
                inside = true
                break
            }
        }
        if (!inside)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const most = Math.max(0, flick.contentHeight - flick.height)
        if (top < flick.contentY + flick.focusMargin)
            flick.contentY = Math.max(0, top - flick.focusMargin)
        else if (top + item.height > flick.contentY + flick.height - flick.focusMargin)
            flick.contentY = Math.min(most, top + item.height - flick.height + flick.focusMargin)
    }

    Connections {
        target: flick.Window.window
        function onActiveFocusItemChanged() {
            flick.showFocused()
        }
    }
}
