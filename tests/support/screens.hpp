// SPDX-License-Identifier: GPL-3.0-or-later
// What the screenshot tests share: telling a rendered screen from a blank one.
#pragma once

#include <QHash>
#include <QImage>
#include <QString>

#include <algorithm>

namespace cramp::test {

// A rendered screen has text, buttons and backgrounds: many colours, none covering nearly all of
// it. Returns what is wrong, or an empty string.
inline QString blankness(const QImage& img) {
    if (img.isNull() || img.width() == 0) return QStringLiteral("no image");
    QHash<QRgb, int> counts;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2) ++counts[img.pixel(x, y)];
    int total = 0, top = 0;
    for (int c : counts) {
        total += c;
        top = std::max(top, c);
    }
    if (counts.size() < 16) return QStringLiteral("only %1 colours").arg(counts.size());
    if (top > total * 97 / 100) return QStringLiteral("one colour covers %1%").arg(100 * top / total);
    return {};
}

}  // namespace cramp::test
