// Shared state from the desk: the Settings field for the store URL, the
// country exceptions on the Blocked IPs page (seed 004: "we will allow the
// connection from the required country at once") and the GeoIP finding's
// own button; against the runtime's real file store, offscreen.
#include "allowcountrydialog.h"
#include "audittrailmodel.h"
#include "blockedpage.h"
#include "checks/finding.h"
#include "coreerror.h"
#include "countryexceptionmodel.h"
#include "diagnosis/appsettings.h"
#include "exceptionspanel.h"
#include "fakeresolver.h"
#include "findingsmodel.h"
#include "freeport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "policy/passwordhash.h"
#include "policy/submissionpolicy.h"
#include "revokecountrydialog.h"
#include "serverpage.h"
#include "settingsdialog.h"
#include "smtp/serverruntime.h"
#include "storestatuslabel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mt;

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestCountryExceptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void settingsStoreUrl_data();
    void settingsStoreUrl();
    void settingsStoreUrlPersistedAndApplied();
    void storeUnreachableIsShown();
    void grantFromTheDialog_data();
    void grantFromTheDialog();
    void dialogRefuses_data();
    void dialogRefuses();
    void revoke();
    void expiryShownAndHonoured();
    void geoipFindingButton_data();
    void geoipFindingButton();
    void polishNames();

private:
    // Rule 8 as every node asks it: may jan@kowalski.test send from COUNTRY?
    bool countryAllowed(const QString &country);
    QList<policy::CountryException> storedExceptions();

    QTemporaryDir *m_dir = nullptr;
    policy::ManualClock m_clock;
    test::FakeResolver *m_dns = nullptr;
    smtp::ServerRuntime *m_runtime = nullptr;
    LanguageManager *m_languages = nullptr;
};

void TestCountryExceptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's files
}

void TestCountryExceptions::init()
{
    m_languages = new LanguageManager;
    m_languages->setLanguage(Language::English);
    m_dir = new QTemporaryDir;
    m_dns = new test::FakeResolver;
    m_runtime = new smtp::ServerRuntime(*m_dns, m_clock, m_dir->filePath(QStringLiteral("state")));
    policy::Policy rules;
    rules.domains << policy::DomainPolicy{
        QStringLiteral("kowalski.test"), {QStringLiteral("kowalski.com.test")}, {QStringLiteral("PL")}};
    rules.domains << policy::DomainPolicy{QStringLiteral("nowak.test"), {}, {}};
    rules.accounts << policy::Account{
        QStringLiteral("jan@kowalski.test"), policy::passwordhash::make("secret", 1000), {}};
    LocalizedText error;
    QVERIFY(m_runtime->setPolicy(rules, &error));
    QVERIFY2(m_runtime->open(&error), qPrintable(errorText(error)));
}

void TestCountryExceptions::cleanup()
{
    delete m_runtime;
    delete m_dns;
    delete m_dir;
    m_languages->setLanguage(Language::English);
    delete m_languages;
}

bool TestCountryExceptions::countryAllowed(const QString &country)
{
    policy::SubmissionPolicy rules(m_runtime->policy(), m_runtime->store(), m_clock);
    std::optional<bool> allowed;
    rules.checkCountry(QStringLiteral("jan@kowalski.test"), country,
                       [&](policy::StoreAnswer<bool> answer) { allowed = answer.ok && answer.value; });
    if (!allowed) {
        (void)QTest::qWaitFor([&] { return allowed.has_value(); }, 5000); // the file store answers at once
    }
    return allowed.value_or(false);
}

QList<policy::CountryException> TestCountryExceptions::storedExceptions()
{
    QList<policy::CountryException> found;
    bool answered = false;
    m_runtime->store().countryExceptions(m_clock.nowMs(),
                                         [&](policy::StoreAnswer<QList<policy::CountryException>> answer) {
                                             found = answer.value;
                                             answered = true;
                                         });
    (void)QTest::qWaitFor([&] { return answered; }, 5000);
    return found;
}

void TestCountryExceptions::settingsStoreUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("hint");
    QTest::newRow("empty: files in the state directory") << QString() << true << QString();
    QTest::newRow("a directory") << QStringLiteral("/var/lib/mailtriage") << true << QString();
    QTest::newRow("file: URL") << QStringLiteral("file:/srv/state") << true << QString();
    QTest::newRow("redis with port and database") << QStringLiteral("redis://127.0.0.1:6379/2") << true << QString();
    QTest::newRow("redis, host only") << QStringLiteral("redis://redis.example.test") << true << QString();
    QTest::newRow("redis with a password") << QStringLiteral("redis://:s3cret@127.0.0.1:6379/1") << true << QString();
    QTest::newRow("redis with user and password")
        << QStringLiteral("redis://desk:s3cret@redis.example.test/0") << true << QString();
    QTest::newRow("database not a number")
        << QStringLiteral("redis://127.0.0.1:6379/abc") << false << QStringLiteral("the database must be a number");
    QTest::newRow("database not a number, password hidden")
        << QStringLiteral("redis://desk:s3cret@127.0.0.1/abc") << false
        << QStringLiteral("redis://127.0.0.1/abc: the database must be a number");
    QTest::newRow("another scheme") << QStringLiteral("http://example.test/") << false
                                    << QStringLiteral("is not a store");
    QTest::newRow("redis without a host") << QStringLiteral("redis:///0") << false << QStringLiteral("is not a store");
}

void TestCountryExceptions::settingsStoreUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    QFETCH(QString, hint);
    AppSettings settings;
    settings.storeUrl = url;
    SettingsDialog dialog(settings);
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("storeUrl"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("storePassword"));
    auto *shownHint = dialog.findChild<QLabel *>(QStringLiteral("hint"));
    QVERIFY(field && password && shownHint);
    QCOMPARE(okButton(&dialog)->isEnabled(), usable);
    QVERIFY2(shownHint->text().contains(hint), qPrintable(shownHint->text()));
    // The password is never in clear text: not in the URL field, not in the hint.
    QVERIFY(!field->text().contains(QLatin1String("s3cret")));
    QVERIFY(!shownHint->text().contains(QLatin1String("s3cret")));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->text().isEmpty(), !url.contains(QLatin1String("s3cret")));
    // What the dialog gives back is the store as it was given.
    if (usable) {
        QCOMPARE(policy::StoreUrl::parse(dialog.settings().storeUrl, QStringLiteral("/d"), nullptr)->password,
                 policy::StoreUrl::parse(url, QStringLiteral("/d"), nullptr)->password);
        QCOMPARE(policy::StoreUrl::parse(dialog.settings().storeUrl, QStringLiteral("/d"), nullptr)->description(),
                 policy::StoreUrl::parse(url, QStringLiteral("/d"), nullptr)->description());
    }

    // Typed into the URL field, a password moves to the masked field.
    field->setText(QStringLiteral("redis://:typed-pw@127.0.0.1:6390/3"));
    emit field->editingFinished();
    QCOMPARE(field->text(), QStringLiteral("redis://127.0.0.1:6390/3"));
    QCOMPARE(password->text(), QStringLiteral("typed-pw"));
    QCOMPARE(policy::StoreUrl::parse(dialog.settings().storeUrl, {}, nullptr)->password, QStringLiteral("typed-pw"));
}

void TestCountryExceptions::settingsStoreUrlPersistedAndApplied()
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        MainWindow window(*m_dns, *m_languages, nullptr, m_dir->filePath(QStringLiteral("history.json")),
                          m_dir->filePath(QStringLiteral("gui-server")));
        window.loadSettings(ini);
        const auto *serverLabel = window.serverPage()->storeStatus();
        const auto *blockedLabel = window.blockedPage()->storeStatus();
        // The default: files in the state directory, shown on both pages.
        const QString stateDir = QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("gui-server")));
        QVERIFY2(serverLabel->text().contains(stateDir), qPrintable(serverLabel->text()));
        QVERIFY2(blockedLabel->text().contains(stateDir), qPrintable(blockedLabel->text()));

        AppSettings settings = window.settings();
        settings.storeUrl = m_dir->filePath(QStringLiteral("shared"));
        window.applySettings(settings);
        QCOMPARE(window.serverRuntime().storeUrl().directory, m_dir->filePath(QStringLiteral("shared")));
        const QString shared = QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("shared")));
        QVERIFY2(serverLabel->text().contains(shared), qPrintable(serverLabel->text()));
        QVERIFY2(blockedLabel->text().contains(shared), qPrintable(blockedLabel->text()));
        QVERIFY(!blockedLabel->showsUnreachable());
    }
    // Kept in the settings file like the other settings, and applied at the next start.
    QSettings stored(ini, QSettings::IniFormat);
    QCOMPARE(AppSettings::load(stored, Language::English).storeUrl, m_dir->filePath(QStringLiteral("shared")));
    MainWindow again(*m_dns, *m_languages, nullptr, m_dir->filePath(QStringLiteral("history.json")),
                     m_dir->filePath(QStringLiteral("gui-server")));
    again.loadSettings(ini);
    QCOMPARE(again.serverRuntime().storeUrl().directory, m_dir->filePath(QStringLiteral("shared")));
}

void TestCountryExceptions::storeUnreachableIsShown()
{
    // A Redis nobody listens on: the pages say so instead of showing empty lists.
    ServerPage serverPage(*m_runtime);
    BlockedPage blockedPage(*m_runtime);
    QVERIFY(!blockedPage.storeStatus()->showsUnreachable());
    const quint16 port = test::freePort();
    LocalizedText error;
    const auto url =
        policy::StoreUrl::parse(QStringLiteral("redis://:s3cret@127.0.0.1:%1/0").arg(port), QString(), &error);
    QVERIFY(url);
    QVERIFY2(m_runtime->setStoreUrl(*url, &error), qPrintable(errorText(error)));
    for (const StoreStatusLabel *label : {serverPage.storeStatus(), blockedPage.storeStatus()}) {
        QVERIFY(label->showsUnreachable());
        QVERIFY2(label->text().contains(QStringLiteral("redis://127.0.0.1:%1/0").arg(port)), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QLatin1String("store unreachable")), qPrintable(label->text()));
        QVERIFY(!label->text().contains(QLatin1String("s3cret")));
    }
    QTRY_VERIFY2(blockedPage.statusText().contains(QLatin1String("Store unreachable")),
                 qPrintable(blockedPage.statusText()));
    QTRY_VERIFY2(blockedPage.exceptionsPanel()->statusText().contains(QLatin1String("Store unreachable")),
                 qPrintable(blockedPage.exceptionsPanel()->statusText()));
    // Back to files: the warning goes.
    QVERIFY(m_runtime->setStoreUrl(*policy::StoreUrl::parse({}, m_runtime->stateDir(), &error), &error));
    QVERIFY(!blockedPage.storeStatus()->showsUnreachable());
    QTRY_VERIFY(!blockedPage.exceptionsPanel()->statusText().contains(QLatin1String("Store unreachable")));
}

void TestCountryExceptions::grantFromTheDialog_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("shownCountry");
    QTest::newRow("code, no expiry") << QStringLiteral("kowalski.test") << QStringLiteral("DE") << 0
                                     << QStringLiteral("DE — Germany");
    QTest::newRow("lower-case code and domain")
        << QStringLiteral("Kowalski.TEST") << QStringLiteral("de") << 0 << QStringLiteral("DE — Germany");
    QTest::newRow("English name, a week")
        << QStringLiteral("kowalski.test") << QStringLiteral("germany") << 7 << QStringLiteral("DE — Germany");
    QTest::newRow("Polish name") << QStringLiteral("kowalski.test") << QStringLiteral("Niemcy") << 0
                                 << QStringLiteral("DE — Germany");
    QTest::newRow("the list's own entry, 30 days")
        << QStringLiteral("kowalski.test") << QStringLiteral("DE — Germany") << 30 << QStringLiteral("DE — Germany");
}

void TestCountryExceptions::grantFromTheDialog()
{
    QFETCH(QString, domain);
    QFETCH(QString, typed);
    QFETCH(int, days);
    QFETCH(QString, shownCountry);
    BlockedPage page(*m_runtime);
    ExceptionsPanel *panel = page.exceptionsPanel();
    QAbstractItemModelTester tester(panel->model());
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(!countryAllowed(QStringLiteral("DE")));

    AllowCountryDialog *dialog = panel->allowCountry();
    QVERIFY(dialog);
    // The policy's domains are offered.
    auto *domains = dialog->findChild<QComboBox *>(QStringLiteral("allowDomain"));
    QVERIFY(domains->findText(QStringLiteral("kowalski.test")) >= 0);
    QVERIFY(domains->findText(QStringLiteral("nowak.test")) >= 0);
    QVERIFY(!okButton(dialog)->isEnabled());
    domains->setEditText(domain);
    dialog->findChild<QComboBox *>(QStringLiteral("allowCountry"))->setEditText(typed);
    dialog->findChild<QSpinBox *>(QStringLiteral("allowDays"))->setValue(days);
    QVERIFY(!okButton(dialog)->isEnabled()); // no reason yet
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("allowReason"))
        ->setPlainText(QStringLiteral("travels to Berlin,\nticket 1234"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    // In the runtime's store, for every node that shares it.
    const QList<policy::CountryException> stored = storedExceptions();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().domain, QStringLiteral("kowalski.test"));
    QCOMPARE(stored.first().country, QStringLiteral("DE"));
    QCOMPARE(stored.first().reason, QStringLiteral("travels to Berlin, ticket 1234"));
    QVERIFY(!stored.first().who.isEmpty()); // the desk's user name, like an unblock's
    QCOMPARE(stored.first().grantedMs, m_clock.nowMs());
    QCOMPARE(stored.first().expiresMs, days > 0 ? m_clock.nowMs() + days * dayMs : 0);
    // The rule lets the domain's accounts send from there now; another country stays refused.
    QVERIFY(countryAllowed(QStringLiteral("DE")));
    QVERIFY(!countryAllowed(QStringLiteral("FR")));

    // The table and the audit trail show it.
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    const auto cell = [&](int column) { return panel->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(CountryExceptionModel::Domain), QStringLiteral("kowalski.test"));
    QCOMPARE(cell(CountryExceptionModel::Country), shownCountry);
    QCOMPARE(cell(CountryExceptionModel::Reason), QStringLiteral("travels to Berlin, ticket 1234"));
    QCOMPARE(cell(CountryExceptionModel::Expires),
             days > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() + days * dayMs),
                                           QLocale::ShortFormat)
                      : QStringLiteral("never"));
    QVERIFY2(panel->statusText().contains(QStringLiteral("kowalski.test may send from DE — Germany")),
             qPrintable(panel->statusText()));
    QTRY_COMPARE(page.auditModel()->rowCount(), 1);
    QCOMPARE(page.auditModel()->index(0, AuditTrailModel::Ip).data().toString(),
             QStringLiteral("kowalski.test allowed from DE"));
}

void TestCountryExceptions::dialogRefuses_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no reason") << QStringLiteral("kowalski.test") << QStringLiteral("DE") << QString()
                               << QStringLiteral("Say why");
    QTest::newRow("blank reason") << QStringLiteral("kowalski.test") << QStringLiteral("DE") << QStringLiteral(" \n ")
                                  << QStringLiteral("Say why");
    QTest::newRow("no country") << QStringLiteral("kowalski.test") << QString() << QStringLiteral("ticket 1")
                                << QStringLiteral("Choose the country");
    QTest::newRow("unknown country") << QStringLiteral("kowalski.test") << QStringLiteral("Atlantis")
                                     << QStringLiteral("ticket 1") << QStringLiteral("\"Atlantis\" is not a country");
    QTest::newRow("unknown code") << QStringLiteral("kowalski.test") << QStringLiteral("XX")
                                  << QStringLiteral("ticket 1") << QStringLiteral("\"XX\" is not a country");
    QTest::newRow("already allowed by the policy")
        << QStringLiteral("kowalski.test") << QStringLiteral("PL") << QStringLiteral("ticket 1")
        << QStringLiteral("The policy already allows PL — Poland for kowalski.test");
    QTest::newRow("domain without a country rule")
        << QStringLiteral("nowak.test") << QStringLiteral("DE") << QStringLiteral("ticket 1")
        << QStringLiteral("accepts mail from every country");
    QTest::newRow("not a domain") << QStringLiteral("kowalski") << QStringLiteral("DE") << QStringLiteral("ticket 1")
                                  << QStringLiteral("\"kowalski\" is not a domain name");
    QTest::newRow("no domain") << QString() << QStringLiteral("DE") << QStringLiteral("ticket 1")
                               << QStringLiteral("Choose the customer's domain");
}

void TestCountryExceptions::dialogRefuses()
{
    QFETCH(QString, domain);
    QFETCH(QString, country);
    QFETCH(QString, reason);
    QFETCH(QString, problem);
    ExceptionsPanel panel(*m_runtime);
    AllowCountryDialog *dialog = panel.allowCountry();
    dialog->findChild<QComboBox *>(QStringLiteral("allowDomain"))->setEditText(domain);
    dialog->findChild<QComboBox *>(QStringLiteral("allowCountry"))->setEditText(country);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("allowReason"))->setPlainText(reason);
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString hint = dialog->findChild<QLabel *>(QStringLiteral("allowHint"))->text();
    QVERIFY2(hint.contains(problem), qPrintable(hint));
    // Enter does nothing either: nothing reaches the store.
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(storedExceptions().isEmpty());
}

void TestCountryExceptions::revoke()
{
    ExceptionsPanel panel(*m_runtime);
    AllowCountryDialog *allow = panel.allowCountry(QStringLiteral("kowalski.test"), QStringLiteral("CN"));
    allow->findChild<QPlainTextEdit *>(QStringLiteral("allowReason"))->setPlainText(QStringLiteral("ticket 7"));
    QTest::mouseClick(okButton(allow), Qt::LeftButton);
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QVERIFY(countryAllowed(QStringLiteral("CN")));

    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("revokeCountryButton"))->isEnabled());
    QVERIFY(!panel.revokeSelected()); // nothing selected
    panel.selectRow(0);
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("revokeCountryButton"))->isEnabled());
    RevokeCountryDialog *dialog = panel.revokeSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->domain(), QStringLiteral("kowalski.test"));
    QCOMPARE(dialog->country(), QStringLiteral("CN"));
    QVERIFY(!okButton(dialog)->isEnabled()); // a reason is required
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("revokeReason"))->setPlainText(QStringLiteral("back home"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(panel.model()->rowCount(), 0);
    QVERIFY(storedExceptions().isEmpty());
    QVERIFY(!countryAllowed(QStringLiteral("CN")));
    QVERIFY2(panel.statusText().contains(QStringLiteral("kowalski.test may no longer send from CN — China")),
             qPrintable(panel.statusText()));
    // Revoking what is gone says why in the status line, in red.
    panel.revoke(QStringLiteral("kowalski.test"), QStringLiteral("CN"), QStringLiteral("anna"),
                 QStringLiteral("again"));
    QTRY_VERIFY2(panel.statusText().startsWith(QLatin1String("Could not revoke")), qPrintable(panel.statusText()));
    // Both in the audit trail, newest first.
    BlockedPage page(*m_runtime);
    QTRY_COMPARE(page.auditModel()->rowCount(), 2);
    QCOMPARE(page.auditModel()->index(0, AuditTrailModel::Ip).data().toString(),
             QStringLiteral("kowalski.test no longer allowed from CN"));
    QCOMPARE(page.auditModel()->index(0, AuditTrailModel::Reason).data().toString(), QStringLiteral("back home"));
}

void TestCountryExceptions::expiryShownAndHonoured()
{
    ExceptionsPanel panel(*m_runtime);
    panel.grant(QStringLiteral("kowalski.test"), QStringLiteral("US"), 2, QStringLiteral("anna"),
                QStringLiteral("conference, ticket 9"));
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    const qint64 expires = m_clock.nowMs() + 2 * dayMs;
    QCOMPARE(panel.model()->index(0, CountryExceptionModel::Expires).data().toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(expires), QLocale::ShortFormat));
    QCOMPARE(panel.model()->index(0, CountryExceptionModel::Who).data().toString(), QStringLiteral("anna"));
    QVERIFY2(panel.statusText().contains(QLatin1String("until")), qPrintable(panel.statusText()));
    QVERIFY(countryAllowed(QStringLiteral("US")));
    // Two days later it is over, for the rule and for the table.
    m_clock.advanceMs(2 * dayMs + 1000);
    QVERIFY(!countryAllowed(QStringLiteral("US")));
    panel.refresh();
    QTRY_COMPARE(panel.model()->rowCount(), 0);
}

void TestCountryExceptions::geoipFindingButton_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("button");
    QTest::addColumn<QString>("prefilledDomain");
    QTest::newRow("refused, the customer's domain known")
        << QStringLiteral("geoip.country_not_allowed") << QStringLiteral("kowalski.test") << true
        << QStringLiteral("kowalski.test");
    QTest::newRow("refused, sent from an alias: the alias's domain")
        << QStringLiteral("geoip.country_not_allowed") << QStringLiteral("kowalski.com.test") << true
        << QStringLiteral("kowalski.test");
    QTest::newRow("refused, the address unknown: the first domain offered")
        << QStringLiteral("geoip.country_not_allowed") << QString() << true << QStringLiteral("kowalski.test");
    QTest::newRow("allowed country: no button")
        << QStringLiteral("geoip.country") << QStringLiteral("kowalski.test") << false << QString();
}

void TestCountryExceptions::geoipFindingButton()
{
    QFETCH(QString, code);
    QFETCH(QString, domain);
    QFETCH(bool, button);
    QFETCH(QString, prefilledDomain);
    MainWindow window(*m_dns, *m_languages, nullptr, m_dir->filePath(QStringLiteral("history.json")),
                      m_dir->filePath(QStringLiteral("gui-server")));
    window.loadSettings(m_dir->filePath(QStringLiteral("settings.ini")));
    LocalizedText error;
    QVERIFY(window.serverRuntime().setPolicy(m_runtime->policy(), &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVariantMap data{{QStringLiteral("country_code"), QStringLiteral("CN")},
                     {QStringLiteral("country_en"), QStringLiteral("China")},
                     {QStringLiteral("country_pl"), QStringLiteral("Chiny")}};
    if (!domain.isEmpty()) {
        data.insert(QStringLiteral("domain"), domain);
    }
    Finding finding(
        QStringLiteral("geoip"), QStringLiteral("203.0.113.9"), Severity::Error, code,
        {"Findings",
         "%1 is in %2 (%3).",
         {QStringLiteral("203.0.113.9"), QStringLiteral("China"), QStringLiteral("CN"), QStringLiteral("Chiny")}},
        {}, data);
    auto *view = window.findChild<QTreeView *>(QStringLiteral("findings"));
    auto *model = qobject_cast<FindingsModel *>(view->model());
    model->setFindings({finding});
    const QModelIndex group = model->index(0, 0);
    view->setCurrentIndex(model->rowCount(group) > 0 ? model->index(0, 0, group) : group);
    auto *allow = window.findChild<QPushButton *>(QStringLiteral("allowCountryOfFinding"));
    QVERIFY(allow);
    QCOMPARE(allow->isVisible(), button);
    if (!button) {
        QVERIFY(!window.allowCountryOfFinding());
        return;
    }
    QCOMPARE(allow->text(), QStringLiteral("Allow this country for the domain…"));
    QTest::mouseClick(allow, Qt::LeftButton);
    AllowCountryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AllowCountryDialog *>()) != nullptr);
    QCOMPARE(dialog->domain(), prefilledDomain);
    QCOMPARE(dialog->country(), QStringLiteral("CN"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("allowCountry"))->currentText(),
             QStringLiteral("CN — China"));
    // One step: a reason, OK, granted.
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("allowReason"))->setPlainText(QStringLiteral("ticket 42"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("%1 may send from CN — China").arg(prefilledDomain)),
                 qPrintable(window.statusBar()->currentMessage()));
    QTRY_COMPARE(window.blockedPage()->exceptionsPanel()->model()->rowCount(), 1);
}

void TestCountryExceptions::polishNames()
{
    ExceptionsPanel panel(*m_runtime);
    panel.grant(QStringLiteral("kowalski.test"), QStringLiteral("DE"), 0, QStringLiteral("anna"),
                QStringLiteral("ticket 5"));
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->index(0, CountryExceptionModel::Country).data().toString(), QStringLiteral("DE — Germany"));
    m_languages->setLanguage(Language::Polish);
    QCOMPARE(panel.model()->index(0, CountryExceptionModel::Country).data().toString(), QStringLiteral("DE — Niemcy"));
    QCOMPARE(panel.model()->headerData(CountryExceptionModel::Country, Qt::Horizontal).toString(),
             QStringLiteral("Kraj"));
    QCOMPARE(panel.model()->index(0, CountryExceptionModel::Expires).data().toString(), QStringLiteral("nigdy"));
}

QTEST_MAIN(TestCountryExceptions)
#include "tst_countryexceptions.moc"
