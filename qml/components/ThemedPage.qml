// SPDX-License-Identifier: GPL-3.0-or-later
// A page on the theme's background: every page of the app is one.
import QtQuick
import QtQuick.Controls
import CrampDiary

Page {
    id: page
    background: Rectangle { color: Theme.background }
    // Tab goes in reading order, header, page, footer: Page makes them its children in the order
    // they are set, which put the footer first; given again, it becomes the last child.
    Component.onCompleted: {
        const footer = page.footer
        if (footer) {
            footer.parent = null
            footer.parent = page
        }
    }
}
