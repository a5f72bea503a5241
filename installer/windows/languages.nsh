; MailTriage's own installer texts, in both installer languages. NSIS's
; language files translate everything else (pages, buttons, MultiUser.nsh's
; per-user/per-machine page). Read as UTF-8 (NSIS.template.in).

LangString MT_SectionProgram ${LANG_ENGLISH} "MailTriage (required)"
LangString MT_SectionProgram ${LANG_POLISH} "MailTriage (wymagany)"

LangString MT_SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString MT_SectionDesktop ${LANG_POLISH} "Skrót na pulpicie"

LangString MT_UninstallLink ${LANG_ENGLISH} "Uninstall MailTriage"
LangString MT_UninstallLink ${LANG_POLISH} "Odinstaluj MailTriage"

LangString MT_AlreadyInstalled ${LANG_ENGLISH} "$(^NameDA) is already installed.$\n$\nUninstall the installed version before installing this one?"
LangString MT_AlreadyInstalled ${LANG_POLISH} "$(^NameDA) jest już zainstalowany.$\n$\nOdinstalować zainstalowaną wersję przed zainstalowaniem tej?"

LangString MT_UninstallFailed ${LANG_ENGLISH} "The installed version could not be uninstalled."
LangString MT_UninstallFailed ${LANG_POLISH} "Nie udało się odinstalować zainstalowanej wersji."
