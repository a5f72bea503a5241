#pragma once

#include "common/localizedtext.h"

#include <QObject>
#include <QTranslator>

namespace mt {

// Switches the UI language at run time, the Wireshark way: Qt's own
// translator first, ours last, QLocale::setDefault; every window then gets
// a LanguageChange event and retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    Language language() const { return m_language; }
    void setLanguage(Language language);

signals:
    void languageChanged(mt::Language language);

private:
    Language m_language = Language::English;
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_installed = false;
};

} // namespace mt
