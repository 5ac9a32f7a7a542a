#pragma once

#include "error.h"

#include <QStringList>
#include <QTranslator>

#include <memory>

namespace yw::shell {

// The user interface language: Chinese (zh_CN) by default, English on request. Our strings are
// written in English in the source and translated through Qt Linguist (translations/); Qt's own
// strings (dialog buttons...) come from Qt's catalogues.
class Localization
{
public:
    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static QStringList supportedLanguages()
    {
        return {QStringLiteral("zh_CN"), QStringLiteral("en")};
    }

    // Installs the catalogues of `language` into the application and sets the default locale.
    yw::core::Status install(const QString &language);
    QString language() const { return m_language; }

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace yw::shell
