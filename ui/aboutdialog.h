#pragma once

#include "common/localizedtext.h"

#include <QDialog>

class QLabel;

namespace mt {

class GeoIpDatabase;

// Help > About: the version (the CMake project's, as --version prints it),
// the Qt it runs on, and the country database in use with the credit its
// licence asks for.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    // DATABASE: the one the window has open from PATH (nullptr or closed
    // when it could not be opened); PATH empty: none is installed.
    AboutDialog(const GeoIpDatabase *database, const QString &path, Language language, QWidget *parent = nullptr);

    QString text() const; // everything shown, for tests and copy-paste

private:
    QLabel *m_text = nullptr;
};

} // namespace mt
