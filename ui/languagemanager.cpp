#include "languagemanager.h"

#include "common/qttranslation.h"

#include <QCoreApplication>
#include <QLocale>

namespace mt {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

void LanguageManager::setLanguage(Language language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    m_language = language;
    const QLocale locale(language == Language::Polish ? QLocale::Polish : QLocale::English,
                         language == Language::Polish ? QLocale::Poland : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language == Language::Polish) {
        // Qt's own strings (dialog buttons, context menus); absent is fine.
        if (loadQtPolish(&m_qtTranslator)) {
            QCoreApplication::installTranslator(&m_qtTranslator);
        }
        if (m_appTranslator.load(QStringLiteral(":/i18n/mailtriage_pl.qm"))) {
            QCoreApplication::installTranslator(&m_appTranslator);
        }
        m_installed = true;
    }
    emit languageChanged(language);
}

} // namespace mt
