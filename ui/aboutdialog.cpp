#include "aboutdialog.h"

#include "common/geoipdatabase.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mt {

namespace {

QString databaseParagraph(const GeoIpDatabase *database, const QString &path, Language language)
{
    if (path.isEmpty()) {
        return AboutDialog::tr("No country database is installed; the GeoIP check and the server's country rule "
                               "are off until one is chosen in Settings.");
    }
    if (!database || !database->isOpen()) {
        return AboutDialog::tr("The country database %1 cannot be read.").arg(path.toHtmlEscaped());
    }
    QString text =
        AboutDialog::tr("Country database: %1 (%2), built %3<br>%4")
            .arg(QFileInfo(path).fileName().toHtmlEscaped(), database->databaseType().toHtmlEscaped(),
                 QLocale().toString(database->buildDate().date(), QLocale::LongFormat), path.toHtmlEscaped());
    const LocalizedText credit = database->attribution();
    if (!credit.isEmpty()) {
        // Web addresses in the credit become links.
        static const QRegularExpression address(QStringLiteral(R"((https?://[^\s)]*[^\s).]))"));
        text += QStringLiteral("<br>") +
                credit.render(language).toHtmlEscaped().replace(address, QStringLiteral(R"(<a href="\1">\1</a>)"));
    }
    return text;
}

} // namespace

AboutDialog::AboutDialog(const GeoIpDatabase *database, const QString &path, Language language, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About MailTriage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mailtriage.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    const QStringList paragraphs = {
        QStringLiteral("<h2>MailTriage %1</h2>").arg(QStringLiteral(MAILTRIAGE_VERSION)),
        tr("Tells the helpdesk what is wrong with a customer's e-mail and what to answer, in Polish or English."),
        tr("Qt %1 (built with %2); DNS packets by ldns, GeoIP by libmaxminddb, public suffixes by libpsl, "
           "certificates by OpenSSL.")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        databaseParagraph(database, path, language),
    };
    m_text =
        new QLabel(QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>"), this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumWidth(460);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace mt
