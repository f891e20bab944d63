// SPDX-License-Identifier: GPL-3.0-or-later
// A page's or a section's heading: full width, wrapping at any text size, read as a heading.
import QtQuick
import QtQuick.Layouts
import CrampDiary

// Text, not Label: the style's Label adds bindings a heading does not need (start-up time).
Text {
    // true: a section inside a page (body size); false: the page's title.
    property bool section: false
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: section ? Theme.fontBody : Theme.fontTitle
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
