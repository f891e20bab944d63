// The small heading above a group of choices.
import QtQuick
import CrampDiary

Text {
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    topPadding: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
