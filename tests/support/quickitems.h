#pragma once

// Finding items of a QML window by objectName. Items a Loader or a view creates are not
// QObject children of the window, so the walk follows the item tree.
#include <QQuickItem>

namespace yw::test {

inline QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}

} // namespace yw::test
