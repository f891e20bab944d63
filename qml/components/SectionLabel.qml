// SPDX-License-Identifier: GPL-3.0-or-later
// The small heading above a group of choices.
import QtQuick
import QtQuick.Layouts
import CrampDiary

Text {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    topPadding: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
