#include "appsettings.h"

#include "dns/stubresolver.h"
#include "policy/storeurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace mt {
namespace {

LocalizedText problem(const char *source, QStringList args = {})
{
    return {"Settings", source, std::move(args)};
}

bool isZoneName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    return pattern.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

const QString languageKey = QStringLiteral("ui/language");
const QString dnsKey = QStringLiteral("dns/servers");
const QString dnsblKey = QStringLiteral("checks/dnsblZones");
const QString geoipKey = QStringLiteral("checks/geoipDatabase");
const QString spfKey = QStringLiteral("checks/spfInclude");
const QString portKey = QStringLiteral("server/port");
const QString storeKey = QStringLiteral("server/store");
const QString greetingPlKey = QStringLiteral("answer/greetingPl");
const QString greetingEnKey = QStringLiteral("answer/greetingEn");
const QString signaturePlKey = QStringLiteral("answer/signaturePl");
const QString signatureEnKey = QStringLiteral("answer/signatureEn");

} // namespace

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QList<LocalizedText> AppSettings::problems() const
{
    QList<LocalizedText> found;
    QStringList invalid;
    dns::ResolverConfig::forServers(dnsServers, &invalid);
    for (const QString &server : std::as_const(invalid)) {
        found << problem(QT_TRANSLATE_NOOP("Settings", "\"%1\" is not a DNS server: write an IP address, "
                                                       "optionally with :PORT"),
                         {server});
    }
    for (const QString &zone : dnsblZones) {
        if (!isZoneName(zone)) {
            found << problem(QT_TRANSLATE_NOOP("Settings", "\"%1\" is not a DNS zone name"), {zone});
        }
    }
    if (!geoipDatabase.isEmpty() && !QFileInfo(geoipDatabase).isFile()) {
        found << problem(QT_TRANSLATE_NOOP("Settings", "The GeoIP database \"%1\" is not a readable file"),
                         {geoipDatabase});
    }
    if (!spfInclude.isEmpty() && !isZoneName(spfInclude)) {
        found << problem(QT_TRANSLATE_NOOP("Settings", "\"%1\" is not a domain name for the SPF include"),
                         {spfInclude});
    }
    if (serverPort < 1 || serverPort > 65535) {
        found << problem(QT_TRANSLATE_NOOP("Settings", "The server port must be between 1 and 65535"));
    }
    LocalizedText storeError;
    if (!policy::StoreUrl::parse(storeUrl, QString(), &storeError)) {
        found << storeError; // names the store without its credentials
    }
    return found;
}

DiagnosisOptions AppSettings::diagnosisOptions() const
{
    DiagnosisOptions options;
    for (const QString &zone : dnsblZones) {
        options.dnsblZones << zone.toLower();
    }
    options.geoipDatabase = geoipDatabase;
    options.spfInclude = spfInclude.toLower();
    return options;
}

AppSettings AppSettings::load(const QSettings &settings, Language fallbackLanguage)
{
    AppSettings loaded;
    loaded.language = parseLanguage(settings.value(languageKey).toString()).value_or(fallbackLanguage);
    loaded.dnsServers = settings.value(dnsKey).toStringList();
    loaded.dnsblZones = settings.value(dnsblKey).toStringList();
    loaded.geoipDatabase = settings.value(geoipKey).toString();
    loaded.spfInclude = settings.value(spfKey).toString();
    bool ok = false;
    const int port = settings.value(portKey).toInt(&ok);
    loaded.serverPort = ok && port >= 1 && port <= 65535 ? port : defaultServerPort;
    loaded.storeUrl = settings.value(storeKey).toString();
    loaded.greetingPolish = settings.value(greetingPlKey).toString();
    loaded.greetingEnglish = settings.value(greetingEnKey).toString();
    loaded.signaturePolish = settings.value(signaturePlKey).toString();
    loaded.signatureEnglish = settings.value(signatureEnKey).toString();
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(languageKey, languageCode(language));
    settings.setValue(dnsKey, dnsServers);
    settings.setValue(dnsblKey, dnsblZones);
    settings.setValue(geoipKey, geoipDatabase);
    settings.setValue(spfKey, spfInclude);
    settings.setValue(portKey, serverPort);
    settings.setValue(storeKey, storeUrl);
    settings.setValue(greetingPlKey, greetingPolish);
    settings.setValue(greetingEnKey, greetingEnglish);
    settings.setValue(signaturePlKey, signaturePolish);
    settings.setValue(signatureEnKey, signatureEnglish);
    settings.sync();
    // The store URL may hold the Redis password: a settings file (not the
    // Windows registry) is for its owner's eyes only. Later saves keep
    // the permissions (QSettings writes through QSaveFile).
    if (QFileInfo(settings.fileName()).isFile()) {
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

bool AppSettings::operator==(const AppSettings &other) const
{
    return language == other.language && dnsServers == other.dnsServers && dnsblZones == other.dnsblZones &&
           geoipDatabase == other.geoipDatabase && spfInclude == other.spfInclude && serverPort == other.serverPort &&
           storeUrl == other.storeUrl && greetingPolish == other.greetingPolish &&
           greetingEnglish == other.greetingEnglish && signaturePolish == other.signaturePolish &&
           signatureEnglish == other.signatureEnglish;
}

AnswerFrame AppSettings::answerFrame(Language answerLanguage) const
{
    return answerLanguage == Language::Polish ? AnswerFrame{greetingPolish, signaturePolish}
                                              : AnswerFrame{greetingEnglish, signatureEnglish};
}

} // namespace mt
