#pragma once

#include "checks/localizedtext.h"

#include <QDialog>

class QLabel;

namespace mt {

// Help > About: the version (the CMake project's, as --version prints it),
// the Qt it runs on, and the country database in use with the credit its
// licence asks for.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &geoipPath, Language language, QWidget *parent = nullptr);

    QString text() const; // everything shown, for tests and copy-paste

private:
    QLabel *m_text = nullptr;
};

} // namespace mt
