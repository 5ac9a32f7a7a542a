#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace yw::shell {

using namespace yw::core;

Status Localization::install(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("unsupported language '%1' (use %2)")
                               .arg(language, supportedLanguages().join(QStringLiteral(" or "))));
    for (auto *t : {m_ours.get(), m_qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    m_ours.reset();
    m_qt.reset();

    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_GB") : language);
    QLocale::setDefault(locale);
    // English is the source language: no catalogue needed, but load one if it exists so that
    // wording fixes made in Linguist apply.
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/yiwang_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(ours.get());
        m_ours = std::move(ours);
    } else if (language != QLatin1String("en")) {
        return Error::make(
            Error::Code::Internal,
            QStringLiteral("the %1 translation is missing from this build").arg(language));
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en") &&
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_language = language;
    return success();
}

} // namespace yw::shell
