<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>.</name>
    <message>
        <source></source>
        <comment>Debian ships them in qt6-translations-l10n under Qt&apos;s</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Write the domain without spaces.</source>
        <translation>Zapisz domenę bez spacji.</translation>
    </message>
    <message>
        <source>Check the domain with the customer and remove the character &quot;%1&quot;.</source>
        <translation>Sprawdź domenę z klientem i usuń znak „%1”.</translation>
    </message>
    <message>
        <source>Check the domain with the customer.</source>
        <translation>Sprawdź domenę z klientem.</translation>
    </message>
    <message>
        <source>Check the domain with the customer: a hyphen may only stand between letters or digits.</source>
        <translation>Sprawdź domenę z klientem: łącznik może stać tylko między literami lub cyframi.</translation>
    </message>
    <message>
        <source>Check the domain with the customer for a typo or a wrongly copied part.</source>
        <translation>Sprawdź z klientem, czy w domenie nie ma literówki lub źle skopiowanego fragmentu.</translation>
    </message>
    <message>
        <source>Check the domain with the customer for a typo or a wrongly copied character.</source>
        <translation>Sprawdź z klientem, czy w domenie nie ma literówki lub źle skopiowanego znaku.</translation>
    </message>
    <message>
        <source>Ask the customer for the domain, for example kowalski.pl.</source>
        <translation>Poproś klienta o podanie domeny, na przykład kowalski.pl.</translation>
    </message>
    <message>
        <source>Check the domain with the customer and remove the extra dot.</source>
        <translation>Sprawdź domenę z klientem i usuń zbędną kropkę.</translation>
    </message>
    <message>
        <source>Ask the customer for the full domain, including its ending, for example kowalski.pl.</source>
        <translation>Poproś klienta o pełną domenę, razem z końcówką, na przykład kowalski.pl.</translation>
    </message>
    <message>
        <source>Check the domain with the customer for a typo. If it is meant to be an IP address, check it on its own as an IP address.</source>
        <translation>Sprawdź z klientem, czy w domenie nie ma literówki. Jeśli to miał być adres IP, sprawdź go osobno jako adres IP.</translation>
    </message>
    <message>
        <source>Ask the customer to type the domain by hand instead of pasting it.</source>
        <translation>Poproś klienta, aby wpisał domenę ręcznie zamiast ją wklejać.</translation>
    </message>
    <message>
        <source>Write the domain without the final dot: %1.</source>
        <translation>Zapisz domenę bez końcowej kropki: %1.</translation>
    </message>
    <message>
        <source>If the customer&apos;s mail program does not accept %1, they can write it as %2 instead: it is the same domain.</source>
        <translation>Jeśli program pocztowy klienta nie przyjmuje %1, można zamiast tego wpisać %2: to ta sama domena.</translation>
    </message>
    <message>
        <source>Check the addresses one at a time, and make sure the customer enters only one address where one is expected.</source>
        <translation>Sprawdzaj adresy pojedynczo i upewnij się, że klient wpisuje tylko jeden adres tam, gdzie oczekiwany jest jeden.</translation>
    </message>
    <message>
        <source>In a mail program, write only the address, without &quot;mailto:&quot;.</source>
        <translation>W programie pocztowym wpisz sam adres, bez „mailto:”.</translation>
    </message>
    <message>
        <source>Write the address without the bracket: %1.</source>
        <translation>Zapisz adres bez nawiasu: %1.</translation>
    </message>
    <message>
        <source>Remove the angle bracket from the address.</source>
        <translation>Usuń nawias ostry z adresu.</translation>
    </message>
    <message>
        <source>Remove the quotation marks or apostrophes and write the address as %1.</source>
        <translation>Usuń cudzysłowy lub apostrofy i zapisz adres jako %1.</translation>
    </message>
    <message>
        <source>Remove the quotation marks or apostrophes around the address.</source>
        <translation>Usuń cudzysłowy lub apostrofy wokół adresu.</translation>
    </message>
    <message>
        <source>Ask the customer to type the address by hand instead of pasting it: %1.</source>
        <translation>Poproś klienta, aby wpisał adres ręcznie zamiast go wklejać: %1.</translation>
    </message>
    <message>
        <source>Ask the customer to type the address by hand instead of pasting it.</source>
        <translation>Poproś klienta, aby wpisał adres ręcznie zamiast go wklejać.</translation>
    </message>
    <message>
        <source>Write the address without spaces: %1. Check with the customer that this is the address they meant.</source>
        <translation>Zapisz adres bez spacji: %1. Upewnij się u klienta, że o ten adres mu chodziło.</translation>
    </message>
    <message>
        <source>Remove the spaces from the address.</source>
        <translation>Usuń spacje z adresu.</translation>
    </message>
    <message>
        <source>Ask the customer for the full address, with the @ and the domain after it.</source>
        <translation>Poproś klienta o pełny adres, ze znakiem @ i domeną po nim.</translation>
    </message>
    <message>
        <source>Write the address with a single @: %1.</source>
        <translation>Zapisz adres z jednym znakiem @: %1.</translation>
    </message>
    <message>
        <source>Ask the customer for the exact address: it must contain exactly one @.</source>
        <translation>Poproś klienta o dokładny adres: musi zawierać dokładnie jeden znak @.</translation>
    </message>
    <message>
        <source>Ask the customer for the full address, including the part before the @.</source>
        <translation>Poproś klienta o pełny adres, razem z częścią przed znakiem @.</translation>
    </message>
    <message>
        <source>Check the address with the customer; it is probably %1.</source>
        <translation>Sprawdź adres z klientem; prawdopodobnie chodzi o %1.</translation>
    </message>
    <message>
        <source>Check the address with the customer: a dot may only stand between letters or digits.</source>
        <translation>Sprawdź adres z klientem: kropka może stać tylko między literami lub cyframi.</translation>
    </message>
    <message>
        <source>Check the address with the customer and remove the character &quot;%1&quot;.</source>
        <translation>Sprawdź adres z klientem i usuń znak „%1”.</translation>
    </message>
    <message>
        <source>Ask the customer whether the address really has these letters. If it has, many servers may refuse mail to it; an address with only English letters is safer.</source>
        <translation>Zapytaj klienta, czy adres rzeczywiście zawiera te litery. Jeśli tak, wiele serwerów może odrzucać pocztę na ten adres; bezpieczniejszy jest adres zawierający wyłącznie litery alfabetu angielskiego.</translation>
    </message>
    <message>
        <source>Check the address with the customer.</source>
        <translation>Sprawdź adres z klientem.</translation>
    </message>
    <message>
        <source>Ask the customer for the full address, including the domain after the @, for example kowalski.pl.</source>
        <translation>Poproś klienta o pełny adres, razem z domeną po znaku @, na przykład kowalski.pl.</translation>
    </message>
    <message>
        <source>Ask the customer for the address with a domain name after the @, such as kowalski.pl.</source>
        <translation>Poproś klienta o adres z nazwą domeny po znaku @, na przykład kowalski.pl.</translation>
    </message>
    <message>
        <source>Ask the customer for the exact address; after the @ there should be a domain such as kowalski.pl.</source>
        <translation>Poproś klienta o dokładny adres; po znaku @ powinna być domena, na przykład kowalski.pl.</translation>
    </message>
    <message>
        <source>Write the address without the final dot: %1.</source>
        <translation>Zapisz adres bez końcowej kropki: %1.</translation>
    </message>
    <message>
        <source>Remove the dot at the end of the address.</source>
        <translation>Usuń kropkę z końca adresu.</translation>
    </message>
    <message>
        <source>Paste the e-mail address the customer wrote.</source>
        <translation>Wklej adres e-mail podany przez klienta.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If the problem persists, the domain&apos;s DNS servers are not answering: its owner should contact their DNS provider.</source>
        <translation>Prosimy spróbować ponownie za kilka minut. Jeśli problem się powtarza, serwery DNS domeny nie odpowiadają: jej właściciel powinien skontaktować się ze swoim dostawcą DNS.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain %1. If it is your own domain, check with your registrar that it has not expired and that its DNS records are set. If it is a recipient&apos;s domain, correct the address or remove it from the recipients.</source>
        <translation>Prosimy sprawdzić pisownię domeny %1. Jeśli to Państwa domena, prosimy sprawdzić u rejestratora, czy nie wygasła i czy ma ustawione rekordy DNS. Jeśli to domena odbiorcy, prosimy poprawić adres lub usunąć go z listy odbiorców.</translation>
    </message>
    <message>
        <source>The owner of %1 has said it receives no e-mail. Use another address for this recipient. If it is your own domain and it should receive mail, replace the null MX with your mail server&apos;s MX record.</source>
        <translation>Właściciel domeny %1 zadeklarował, że nie odbiera ona poczty. Prosimy użyć innego adresu tego odbiorcy. Jeśli to Państwa domena i ma odbierać pocztę, prosimy zastąpić pusty rekord MX rekordem MX Państwa serwera pocztowego.</translation>
    </message>
    <message>
        <source>Remove the &quot;MX 0 .&quot; record from the DNS of %1.</source>
        <translation>Prosimy usunąć rekord „MX 0 .” z DNS domeny %1.</translation>
    </message>
    <message>
        <source>In the DNS of %1, create a host name (for example mail.%1) with an A record for %2 and point the MX record to that name.</source>
        <translation>Prosimy utworzyć w DNS domeny %1 nazwę hosta (np. mail.%1) z rekordem A wskazującym na %2 i skierować rekord MX na tę nazwę.</translation>
    </message>
    <message>
        <source>Point the MX record of %1 directly to the canonical host name instead of the alias %2.</source>
        <translation>Skieruj rekord MX domeny %1 bezpośrednio na właściwą nazwę hosta zamiast na alias %2.</translation>
    </message>
    <message>
        <source>In the DNS of %1, give the host %2 an A record with the mail server&apos;s address, or point the MX record to a host that has one.</source>
        <translation>Prosimy dodać w DNS domeny %1 rekord A hosta %2 z adresem serwera pocztowego albo skierować rekord MX na host, który taki rekord ma.</translation>
    </message>
    <message>
        <source>The owner of %1 must correct the MX records so that they point to mail servers with valid addresses.</source>
        <translation>Właściciel domeny %1 musi poprawić rekordy MX tak, aby wskazywały serwery pocztowe z prawidłowymi adresami.</translation>
    </message>
    <message>
        <source>This works, but an explicit MX record for %1 is more reliable: add one that points to the server that should receive its mail.</source>
        <translation>To działa, ale jawny rekord MX dla %1 jest pewniejszy: prosimy dodać rekord MX wskazujący serwer, który ma odbierać pocztę tej domeny.</translation>
    </message>
    <message>
        <source>Add an MX record (or an A record) for %1 in its DNS.</source>
        <translation>Prosimy dodać rekord MX (lub rekord A) dla %1 w jej DNS.</translation>
    </message>
    <message>
        <source>If %1 is your domain, set its MX record (or at least an A record) in DNS; the records may not be set yet. If it is a recipient&apos;s domain, check the address with the recipient.</source>
        <translation>Jeśli %1 to Państwa domena, prosimy ustawić w DNS jej rekord MX (lub przynajmniej rekord A); rekordy mogły nie zostać jeszcze ustawione. Jeśli to domena odbiorcy, prosimy sprawdzić adres u odbiorcy.</translation>
    </message>
    <message>
        <source>Set the reverse DNS of %1 to a host name whose A record points back to %1. For a service at our company: in the WebAs panel go to Configuration &gt; IP addresses and enter a domain that points to the service&apos;s IP address in the &quot;Rev DNS&quot; field.</source>
        <translation>Prosimy ustawić odwrotny DNS adresu %1 na nazwę hosta, której rekord A wskazuje z powrotem na %1. W przypadku usługi w naszej firmie: w panelu WebAs prosimy przejść do zakładki Konfiguracja &gt; Adresy IP i w polu „Rev DNS” wpisać domenę, która kieruje na adres IP usługi.</translation>
    </message>
    <message>
        <source>Send mail through your mail provider&apos;s server (authenticated SMTP), or give %1 a reverse DNS name of its own domain, for example mail.your-domain, that points back to it.</source>
        <translation>Prosimy wysyłać pocztę przez serwer pocztowy swojego dostawcy poczty (SMTP z uwierzytelnianiem) albo nadać adresowi %1 nazwę w odwrotnym DNS we własnej domenie, na przykład mail.twoja-domena, która wskazuje z powrotem na ten adres.</translation>
    </message>
    <message>
        <source>Your resolver is refused by %1; use your own resolver (not a public one such as 8.8.8.8 or 1.1.1.1) for blacklist checks, or register it with the list.</source>
        <translation>%1 odrzuca zapytania z używanego resolvera DNS; do sprawdzania czarnych list prosimy używać własnego resolvera (a nie publicznego, takiego jak 8.8.8.8 lub 1.1.1.1) albo zarejestrować go u operatora tej listy.</translation>
    </message>
    <message>
        <source>Find and stop the cause of the listing (an infected computer, a hacked account or website, a form sending spam), then ask %1 to delist %2.</source>
        <translation>Prosimy znaleźć i usunąć przyczynę wpisu na listę (zainfekowany komputer, przejęte konto lub zhakowana strona internetowa, formularz wysyłający spam), a następnie poprosić %1 o usunięcie %2 z listy.</translation>
    </message>
    <message>
        <source>Find and stop the cause of the listing (an infected computer, a hacked account or website, a form sending spam), then request delisting of %2 at %1.</source>
        <translation>Prosimy znaleźć i usunąć przyczynę wpisu na listę (zainfekowany komputer, przejęte konto lub zhakowana strona internetowa, formularz wysyłający spam), a następnie złożyć wniosek o usunięcie %2 z listy na stronie %1.</translation>
    </message>
    <message>
        <source>This is not a spam listing: %2 is in an internet provider&apos;s range for home or dynamic connections. Send mail through your mail provider&apos;s server with authentication (port 587 or 465), not directly to recipients&apos; servers. If %2 is a mail server, ask its provider to remove it from the range (%1).</source>
        <translation>Nie jest to wpis za spam: %2 należy do puli adresów dostawcy internetu przeznaczonej dla połączeń domowych lub dynamicznych. Prosimy wysyłać pocztę przez serwer pocztowy swojego dostawcy poczty z uwierzytelnianiem (port 587 lub 465), a nie bezpośrednio do serwerów odbiorców. Jeśli %2 jest serwerem pocztowym, prosimy poprosić jego dostawcę o usunięcie go z tej puli (%1).</translation>
    </message>
    <message>
        <source>Remove %1 from the blacklists to check.</source>
        <translation>Prosimy usunąć %1 z listy sprawdzanych czarnych list.</translation>
    </message>
    <message>
        <source>Mail from %1 may be refused by servers that use these lists (replies such as &quot;554 ... poor reputation&quot;). Stop the cause, then request delisting with the links of each listing.</source>
        <translation>Serwery korzystające z tych list mogą odrzucać pocztę z %1 (odpowiedzi takie jak „554 ... poor reputation”). Prosimy usunąć przyczynę, a następnie złożyć wnioski o usunięcie z list, korzystając z linków podanych przy każdym wpisie.</translation>
    </message>
    <message>
        <source>Choose a GeoIP database (.mmdb: GeoLite2 or GeoIP2 Country or City, DB-IP, ip-location-db) in the settings, or give one with --geoip FILE.</source>
        <translation>Prosimy wybrać bazę GeoIP (.mmdb: GeoLite2 lub GeoIP2 Country lub City, DB-IP, ip-location-db) w ustawieniach albo podać ją za pomocą opcji --geoip FILE.</translation>
    </message>
    <message>
        <source>If you send from %2 on purpose (for example while travelling), contact our Customer Service through the authorised chat or a ticket: we will allow connections from that country without delay.</source>
        <translation>Jeśli wysyłka z kraju %2 jest zamierzona (na przykład podczas podróży), prosimy skontaktować się z naszym Biurem Obsługi Klienta poprzez autoryzowany czat lub zgłoszenie: niezwłocznie dopuścimy połączenia z tego kraju.</translation>
    </message>
    <message>
        <source>In the DNS of %1, replace the SPF record (the TXT record starting with &quot;v=spf1&quot;) with this one:
%2</source>
        <translation>W DNS domeny %1 prosimy zastąpić rekord SPF (rekord TXT zaczynający się od „v=spf1”) następującym rekordem:
%2</translation>
    </message>
    <message>
        <source>Add this TXT record to the DNS of %1 (name: %1 itself):
%2</source>
        <translation>Prosimy dodać do DNS domeny %1 następujący rekord TXT (nazwa: sama domena %1):
%2</translation>
    </message>
    <message>
        <source>In the DNS of %1, delete all TXT records starting with &quot;v=spf1&quot; and add this single one, which merges them:
%2</source>
        <translation>W DNS domeny %1 prosimy usunąć wszystkie rekordy TXT zaczynające się od „v=spf1” i dodać zamiast nich jeden rekord, który je łączy:
%2</translation>
    </message>
    <message>
        <source>Remove from the SPF record of %1 the includes of services that no longer send its mail, or replace them with ip4: ranges; for mail sent through us this record is enough:
%2</source>
        <translation>Z rekordu SPF domeny %1 prosimy usunąć wpisy include usług, które nie wysyłają już jej poczty, albo zastąpić je zakresami adresów (ip4:); do wysyłania poczty przez nasze serwery wystarczy następujący rekord:
%2</translation>
    </message>
    <message>
        <source>Before adding another include to the SPF record of %1, remove one that is no longer needed.</source>
        <translation>Przed dodaniem kolejnego wpisu include do rekordu SPF domeny %1 prosimy usunąć wpis, który nie jest już potrzebny.</translation>
    </message>
    <message>
        <source>When the DMARC reports show that all your legitimate mail passes SPF or DKIM, change p=none to p=quarantine, and later to p=reject, in the record at %2.</source>
        <translation>Gdy raporty DMARC wykażą, że cała prawidłowa poczta z domeny przechodzi weryfikację SPF lub DKIM, prosimy zmienić w rekordzie pod nazwą %2 p=none na p=quarantine, a później na p=reject.</translation>
    </message>
    <message>
        <source>Add a TXT record to the DNS of %1 with the name %2 and the value:
%3
p=none changes nothing in delivery, it only asks receivers to send reports. When the reports show that all your mail passes SPF or DKIM, change it to p=quarantine.</source>
        <translation>Prosimy dodać do DNS domeny %1 rekord TXT o nazwie %2 i wartości:
%3
p=none nie zmienia niczego w doręczaniu poczty, a jedynie prosi serwery odbiorców o przesyłanie raportów. Gdy raporty wykażą, że cała poczta z domeny przechodzi weryfikację SPF lub DKIM, prosimy zmienić tę wartość na p=quarantine.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %2 and delete the others.</source>
        <translation>Pod nazwą %2 prosimy pozostawić dokładnie jeden rekord TXT zaczynający się od v=DMARC1, a pozostałe usunąć.</translation>
    </message>
    <message>
        <source>Replace the TXT record at %2 with this corrected one (check the policy and the report address):
%3</source>
        <translation>Prosimy zastąpić rekord TXT pod nazwą %2 następującym poprawionym rekordem (prosimy sprawdzić politykę i adres do raportów):
%3</translation>
    </message>
    <message>
        <source>pct below 100 is meant for a gradual roll-out. When you are confident, remove pct from the record at %2 (100 is the default).</source>
        <translation>Wartość pct poniżej 100 służy do stopniowego wdrażania polityki. Gdy nie będzie już wątpliwości, prosimy usunąć pct z rekordu pod nazwą %2 (domyślna wartość to 100).</translation>
    </message>
    <message>
        <source>Add rua=mailto:postmaster@%1 (or another mailbox you read) to the record at %2.</source>
        <translation>Prosimy dodać rua=mailto:postmaster@%1 (lub adres innej skrzynki, która jest odczytywana) do rekordu pod nazwą %2.</translation>
    </message>
    <message>
        <source>Either send the reports to an address in %1 (change rua/ruf in the record at %2), or have the owner of the other domain publish a TXT record &quot;v=DMARC1&quot; named %3.</source>
        <translation>Prosimy kierować raporty na adres w domenie %1 (zmienić rua/ruf w rekordzie pod nazwą %2) albo poprosić właściciela drugiej domeny o opublikowanie rekordu TXT „v=DMARC1” o nazwie %3.</translation>
    </message>
    <message>
        <source>If mail sent through a newsletter or ticketing service fails DMARC, either have it sign with the exact domain, or relax alignment in the record at %2 (remove aspf=s and adkim=s).</source>
        <translation>Jeśli poczta wysyłana przez usługę newslettera lub system zgłoszeń nie przechodzi weryfikacji DMARC, prosimy skonfigurować w tej usłudze podpisywanie dokładnie tą domeną albo złagodzić wymagania zgodności domen (alignment) w rekordzie pod nazwą %2 (usunąć aspf=s i adkim=s).</translation>
    </message>
    <message>
        <source>Move v=DMARC1 to the very beginning of the record at %2.</source>
        <translation>Prosimy przenieść v=DMARC1 na sam początek rekordu pod nazwą %2.</translation>
    </message>
    <message>
        <source>Start the record at %2 with v=DMARC1; (upper case).</source>
        <translation>Rekord pod nazwą %2 prosimy rozpocząć od v=DMARC1; (wielkimi literami).</translation>
    </message>
    <message>
        <source>Correct or remove &quot;%3&quot; in the record at %2.</source>
        <translation>Prosimy poprawić lub usunąć „%3” w rekordzie pod nazwą %2.</translation>
    </message>
    <message>
        <source>Keep one %3= tag in the record at %2.</source>
        <translation>W rekordzie pod nazwą %2 prosimy pozostawić tylko jeden znacznik %3=.</translation>
    </message>
    <message>
        <source>Correct or remove the tag &quot;%3&quot; in the record at %2.</source>
        <translation>Prosimy poprawić lub usunąć znacznik „%3” w rekordzie pod nazwą %2.</translation>
    </message>
    <message>
        <source>Set %3= to none, quarantine or reject in the record at %2.</source>
        <translation>W rekordzie pod nazwą %2 prosimy ustawić %3= na none, quarantine lub reject.</translation>
    </message>
    <message>
        <source>Correct the tag %3= in the record at %2.</source>
        <translation>Prosimy poprawić znacznik %3= w rekordzie pod nazwą %2.</translation>
    </message>
    <message>
        <source>Add p=none (or quarantine, or reject) right after v=DMARC1 in the record at %2.</source>
        <translation>W rekordzie pod nazwą %2 prosimy dodać p=none (albo quarantine lub reject) bezpośrednio po v=DMARC1.</translation>
    </message>
    <message>
        <source>To find the selector, open a message sent from %1 and look at its headers: the DKIM-Signature header names it in the s= tag (and the signing domain in d=). Then check that selector here.</source>
        <translation>Aby ustalić selektor, prosimy otworzyć wiadomość wysłaną z domeny %1 i przejrzeć jej nagłówki: nagłówek DKIM-Signature podaje selektor w znaczniku s= (a domenę podpisującą w znaczniku d=). Następnie prosimy sprawdzić tutaj ten selektor.</translation>
    </message>
    <message>
        <source>When convenient, generate a 2048-bit key, publish it under a new selector, switch signing to it, and then remove the old record %2.</source>
        <translation>W dogodnym momencie prosimy wygenerować klucz 2048-bitowy, opublikować go pod nowym selektorem, przełączyć na niego podpisywanie, a następnie usunąć stary rekord %2.</translation>
    </message>
    <message>
        <source>Generate a new 2048-bit RSA key, publish it under a new selector, switch signing to it, and then remove the old record %2.</source>
        <translation>Prosimy wygenerować nowy 2048-bitowy klucz RSA, opublikować go pod nowym selektorem, przełączyć na niego podpisywanie, a następnie usunąć stary rekord %2.</translation>
    </message>
    <message>
        <source>If your mail server still signs with the selector of %2, switch it to a selector with a valid key, or publish the key again.</source>
        <translation>Jeśli serwer pocztowy nadal podpisuje wiadomości selektorem rekordu %2, prosimy przełączyć go na selektor z ważnym kluczem albo ponownie opublikować klucz.</translation>
    </message>
    <message>
        <source>When signing works, remove t=y from the record at %2.</source>
        <translation>Gdy podpisywanie będzie działać poprawnie, prosimy usunąć t=y z rekordu pod nazwą %2.</translation>
    </message>
    <message>
        <source>Sign each message with an RSA key as well (under another selector), so that every receiver can verify at least one signature.</source>
        <translation>Prosimy podpisywać każdą wiadomość również kluczem RSA (pod innym selektorem), aby każdy serwer odbiorcy mógł zweryfikować co najmniej jeden podpis.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %2 and delete the others.</source>
        <translation>Pod nazwą %2 prosimy pozostawić dokładnie jeden rekord TXT, a pozostałe usunąć.</translation>
    </message>
    <message>
        <source>Publish the public key as a TXT record named %2 (your mail server or provider shows it), or check the selector in the s= tag of the DKIM-Signature header.</source>
        <translation>Prosimy opublikować klucz publiczny jako rekord TXT o nazwie %2 (klucz podaje serwer pocztowy lub dostawca poczty) albo sprawdzić selektor w znaczniku s= nagłówka DKIM-Signature.</translation>
    </message>
    <message>
        <source>Copy the selector exactly from the s= tag of the DKIM-Signature header of a message sent from %1.</source>
        <translation>Prosimy skopiować selektor dokładnie ze znacznika s= nagłówka DKIM-Signature wiadomości wysłanej z domeny %1.</translation>
    </message>
    <message>
        <source>Move v=DKIM1 to the beginning of the record at %2, or remove it.</source>
        <translation>Prosimy przenieść v=DKIM1 na początek rekordu pod nazwą %2 albo usunąć ten znacznik.</translation>
    </message>
    <message>
        <source>Write v=DKIM1 (upper case) in the record at %2, or remove the v= tag.</source>
        <translation>W rekordzie pod nazwą %2 prosimy wpisać v=DKIM1 (wielkimi literami) albo usunąć znacznik v=.</translation>
    </message>
    <message>
        <source>Correct or remove &quot;%3&quot; in the record at %2; tags are separated by semicolons.</source>
        <translation>Prosimy poprawić lub usunąć „%3” w rekordzie pod nazwą %2; znaczniki oddziela się średnikami.</translation>
    </message>
    <message>
        <source>Publish the public key in the p= tag of the record at %2, exactly as your mail server or provider shows it.</source>
        <translation>Prosimy opublikować klucz publiczny w znaczniku p= rekordu pod nazwą %2 dokładnie w takiej postaci, w jakiej podaje go serwer pocztowy lub dostawca poczty.</translation>
    </message>
    <message>
        <source>Copy the public key again, completely, from your mail server or provider into the p= tag of the record at %2. A long key may be split into several quoted strings, but nothing may be left out.</source>
        <translation>Prosimy ponownie skopiować cały klucz publiczny z serwera pocztowego lub od dostawcy poczty do znacznika p= rekordu pod nazwą %2. Długi klucz można podzielić na kilka ciągów w cudzysłowach, ale nie można niczego pominąć.</translation>
    </message>
    <message>
        <source>Set k=rsa (or k=ed25519 for an Ed25519 key) in the record at %2.</source>
        <translation>W rekordzie pod nazwą %2 prosimy ustawić k=rsa (lub k=ed25519 w przypadku klucza Ed25519).</translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 and remove h= from the record at %2 (or set h=sha256).</source>
        <translation>Prosimy podpisywać algorytmem rsa-sha256 i usunąć h= z rekordu pod nazwą %2 (lub ustawić h=sha256).</translation>
    </message>
    <message>
        <source>Remove h= from the record at %2, or set h=sha256.</source>
        <translation>Prosimy usunąć h= z rekordu pod nazwą %2 lub ustawić h=sha256.</translation>
    </message>
    <message>
        <source>Remove s= from the record at %2, or set s=email.</source>
        <translation>Prosimy usunąć s= z rekordu pod nazwą %2 lub ustawić s=email.</translation>
    </message>
    <message>
        <source>Check and correct the recipients&apos; addresses according to the error message: correct or remove the invalid recipients and send the message again.</source>
        <translation>Prosimy sprawdzić i poprawić adresy odbiorców zgodnie z komunikatem o błędzie: poprawić lub usunąć nieprawidłowych odbiorców i ponownie wysłać wiadomość.</translation>
    </message>
    <message>
        <source>Check the MX and A records of the sender&apos;s domain: are they set and available (e.g. https://mxtoolbox.com/MXLookup.aspx)? The domain may have expired or its records may not be set yet. If the DNS records are correct, reply to this message and we will look into it.</source>
        <translation>Prosimy sprawdzić rekordy MX i A domeny nadawcy – czy są ustawione i dostępne (można skorzystać z narzędzia online https://mxtoolbox.com/MXLookup.aspx). Domena mogła wygasnąć lub jej rekordy nie zostały jeszcze ustawione. Jeśli rekordy DNS są ustawione poprawnie, prosimy odpowiedzieć na tę wiadomość, a zajmiemy się sprawą.</translation>
    </message>
    <message>
        <source>Check the account settings in the mail program: the sender address must belong to the login domain or its alias. To send as an address hosted elsewhere (e.g. Gmail), use that provider&apos;s SMTP server or the alternative sender in Webmail. If GeoIP blocked the connection, reply to this message and we will allow the country.</source>
        <translation>Prosimy sprawdzić ustawienia konta e-mail w programie pocztowym: adres nadawcy musi należeć do domeny używanej do autoryzacji lub do aliasu tej domeny. Aby wysyłać pocztę z adresu utrzymywanego gdzie indziej (np. w Gmailu), prosimy skorzystać z serwera SMTP tego dostawcy lub z alternatywnego nadawcy w Webmailu. Jeśli połączenie zostało zablokowane przez zabezpieczenie GeoIP, prosimy odpowiedzieć na tę wiadomość, a dopuścimy połączenia z danego kraju.</translation>
    </message>
    <message>
        <source>Go to the account settings in the mail program and check them: turn on SMTP authentication, with the full e-mail address as the user name and the correct password.</source>
        <translation>Prosimy przejść do ustawień konta e-mail w programie pocztowym i sprawdzić je: włączyć uwierzytelnianie SMTP, podając pełny adres e-mail jako nazwę użytkownika oraz prawidłowe hasło.</translation>
    </message>
    <message>
        <source>Correct the password saved in the mail program. Then wait an hour, or reply to this message and we will unblock the IP address.</source>
        <translation>Prosimy poprawić hasło zapisane w programie pocztowym. Następnie można odczekać godzinę albo odpowiedzieć na tę wiadomość, a odblokujemy adres IP.</translation>
    </message>
    <message>
        <source>Send fewer messages at a time and use a mailing service for newsletters; remove invalid addresses from mailing lists. Sending works again when the time window passes.</source>
        <translation>Prosimy wysyłać mniej wiadomości naraz, a do wysyłki newsletterów korzystać z serwisu do mailingu; z list mailingowych prosimy usunąć nieprawidłowe adresy. Wysyłka znów będzie możliwa po upływie przedziału czasu, którego dotyczy limit.</translation>
    </message>
    <message>
        <source>Check the computer for malware and change the mailbox password in case it was stolen; check the content of the messages. If a legitimate message was refused, reply to this message.</source>
        <translation>Prosimy sprawdzić komputer pod kątem złośliwego oprogramowania i zmienić hasło do skrzynki na wypadek, gdyby zostało wykradzione; prosimy też sprawdzić treść wiadomości. Jeśli odrzucona została poprawna wiadomość, prosimy odpowiedzieć na tę wiadomość.</translation>
    </message>
    <message>
        <source>Only the recipient can fix this: they must delete messages or enlarge the mailbox. Let them know another way and send the message again later.</source>
        <translation>Rozwiązanie leży wyłącznie po stronie odbiorcy, który musi usunąć wiadomości ze skrzynki lub rozszerzyć jej pojemność. Prosimy poinformować odbiorcę w inny sposób i wysłać wiadomość ponownie później.</translation>
    </message>
    <message>
        <source>Check the sending IP address (shown in the WebAs panel) on blacklists, e.g. http://mxtoolbox.com/blacklists.aspx, and request removal. Most services have their own IP address, so its reputation is worth looking after.</source>
        <translation>Prosimy sprawdzić, czy adres IP, z którego wysyłana jest poczta (podany w panelu WebAs), figuruje na czarnych listach, np. za pomocą strony http://mxtoolbox.com/blacklists.aspx, i złożyć wniosek o jego usunięcie z list. Do większości usług przypisany jest indywidualny adres IP, dlatego warto dbać o jego reputację.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address correctly, without extra characters (quotes, apostrophes) or spaces.</source>
        <translation>Prosimy poprawnie podać adres odbiorcy, bez dodatkowych znaków (cudzysłowów, apostrofów) i spacji.</translation>
    </message>
    <message>
        <source>Set the Rev DNS of the IP address: in the WebAs panel go to Configuration &gt; IP addresses and enter in the &quot;Rev DNS&quot; field a domain that points to the service&apos;s IP address.</source>
        <translation>Prosimy ustawić Rev DNS adresu IP: w panelu WebAs przejść do zakładki Konfiguracja &gt; Adresy IP i w polu „Rev DNS” wpisać domenę, która kieruje na adres IP usługi.</translation>
    </message>
    <message>
        <source>Correct the SPF record in the DNS of the sender&apos;s domain; the link in the bounce shows the value to change. The default for Kei.pl servers is &quot;v=spf1 a mx include:spf.tld.pl -all&quot;. Without a hint in the bounce, ask the administrator of the sending server.</source>
        <translation>Prosimy poprawić rekord SPF w konfiguracji DNS domeny nadawcy; wartość rekordu, którą należy zmodyfikować, można znaleźć pod linkiem podanym w wiadomości zwrotnej. Domyślna wartość w przypadku serwerów Kei.pl to &quot;v=spf1 a mx include:spf.tld.pl -all&quot;. Jeśli wiadomość zwrotna nie zawiera podpowiedzi, prosimy skontaktować się z administracją serwera, z którego wysyłane są wiadomości.</translation>
    </message>
    <message>
        <source>Turn on SMTP authentication in the mail program. If authentication is correct or the message is sent directly from a Kei.pl server, contact support through the contact form.</source>
        <translation>Prosimy włączyć uwierzytelnianie SMTP w programie pocztowym. Jeśli uwierzytelnianie jest poprawne lub wiadomość jest wysyłana bezpośrednio z serwera Kei.pl, prosimy o kontakt w tej sprawie za pomocą formularza kontaktowego.</translation>
    </message>
    <message>
        <source>Send the message again later; if it keeps happening, let the recipient know that their mail server does not accept mail.</source>
        <translation>Prosimy ponownie wysłać wiadomość później; jeśli problem się powtarza, prosimy poinformować odbiorcę, że jego serwer pocztowy nie przyjmuje poczty.</translation>
    </message>
    <message>
        <source>Contact the administrator of the receiving server.</source>
        <translation>Prosimy skontaktować się z administracją serwera docelowego.</translation>
    </message>
    <message>
        <source>Contact the administrator of the receiving server. If the bounce contains a link, open it: it often explains the problem or gives the solution.</source>
        <translation>Prosimy skontaktować się z administracją serwera docelowego. Jeśli wiadomość zwrotna zawiera link, prosimy koniecznie sprawdzić stronę, do której prowadzi: często znajduje się tam wskazówka lub konkretne rozwiązanie problemu.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, or ask the recipient for the correct address.</source>
        <translation>Prosimy sprawdzić, czy w adresie odbiorcy nie ma literówek, lub poprosić odbiorcę o podanie prawidłowego adresu.</translation>
    </message>
    <message>
        <source>Check the domain part of the recipient&apos;s address for typos and extra characters.</source>
        <translation>Prosimy sprawdzić, czy w części domenowej adresu odbiorcy nie ma literówek ani dodatkowych znaków.</translation>
    </message>
    <message>
        <source>Check the sending IP address on blacklists, e.g. http://mxtoolbox.com/blacklists.aspx, and request removal; follow the link in the bounce if there is one.</source>
        <translation>Prosimy sprawdzić, czy adres IP, z którego wysyłana jest poczta, figuruje na czarnych listach, np. za pomocą strony http://mxtoolbox.com/blacklists.aspx, i złożyć wniosek o jego usunięcie z list; jeśli wiadomość zwrotna zawiera link, prosimy sprawdzić stronę, do której prowadzi.</translation>
    </message>
    <message>
        <source>Check the sending IP address on blacklists, e.g. http://mxtoolbox.com/blacklists.aspx, and request removal; reduce bulk sending.</source>
        <translation>Prosimy sprawdzić, czy adres IP, z którego wysyłana jest poczta, figuruje na czarnych listach, np. za pomocą strony http://mxtoolbox.com/blacklists.aspx, i złożyć wniosek o jego usunięcie z list; prosimy też ograniczyć wysyłkę masową.</translation>
    </message>
    <message>
        <source>Check the content and links of the message, and whether the sending IP address is on blacklists (http://mxtoolbox.com/blacklists.aspx).</source>
        <translation>Prosimy sprawdzić treść wiadomości i zawarte w niej linki, a także to, czy adres IP, z którego wysyłana jest poczta, figuruje na czarnych listach (http://mxtoolbox.com/blacklists.aspx).</translation>
    </message>
    <message>
        <source>Check the sender address and the DNS of its domain (MX or A, SPF). If it is correct, contact the administrator of the receiving server.</source>
        <translation>Prosimy sprawdzić adres nadawcy i rekordy DNS jego domeny (MX lub A, SPF). Jeśli są poprawne, prosimy skontaktować się z administracją serwera docelowego.</translation>
    </message>
    <message>
        <source>Turn on SMTP authentication in the mail program, with the full e-mail address and the correct password.</source>
        <translation>Prosimy włączyć uwierzytelnianie SMTP w programie pocztowym, podając pełny adres e-mail i prawidłowe hasło.</translation>
    </message>
    <message>
        <source>Check the SPF, DKIM and DMARC records of the sender&apos;s domain, and send through a server its SPF record allows.</source>
        <translation>Prosimy sprawdzić rekordy SPF, DKIM i DMARC domeny nadawcy oraz wysyłać pocztę przez serwer dopuszczony w rekordzie SPF tej domeny.</translation>
    </message>
    <message>
        <source>Set the Rev DNS of the sending IP address to a domain that points back to it.</source>
        <translation>Prosimy ustawić Rev DNS adresu IP, z którego wysyłana jest poczta, na domenę, która kieruje z powrotem na ten adres.</translation>
    </message>
    <message>
        <source>Turn on SMTP authentication in the mail program, and send through the provider&apos;s SMTP server.</source>
        <translation>Prosimy włączyć uwierzytelnianie SMTP w programie pocztowym i wysyłać pocztę przez serwer SMTP swojego dostawcy poczty.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address, and ask the recipient whether they block the sender.</source>
        <translation>Prosimy sprawdzić adres odbiorcy i zapytać odbiorcę, czy nie blokuje nadawcy.</translation>
    </message>
    <message>
        <source>Contact the recipient another way.</source>
        <translation>Prosimy skontaktować się z odbiorcą w inny sposób.</translation>
    </message>
    <message>
        <source>Use the recipient&apos;s new address, as the bounce gives it.</source>
        <translation>Prosimy użyć nowego adresu odbiorcy, podanego w wiadomości zwrotnej.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address, or use another address.</source>
        <translation>Prosimy sprawdzić adres odbiorcy lub użyć innego adresu.</translation>
    </message>
    <message>
        <source>Send to fewer recipients at once and try again later.</source>
        <translation>Prosimy wysyłać wiadomość do mniejszej liczby odbiorców naraz i spróbować ponownie później.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or a link to the file.</source>
        <translation>Prosimy wysłać mniejsze załączniki lub link do pliku.</translation>
    </message>
    <message>
        <source>Send the message again without unusual formatting, or from another mail program.</source>
        <translation>Prosimy ponownie wysłać wiadomość bez nietypowego formatowania lub z innego programu pocztowego.</translation>
    </message>
    <message>
        <source>Check the program or script that creates the message.</source>
        <translation>Prosimy sprawdzić program lub skrypt, który tworzy wiadomość.</translation>
    </message>
    <message>
        <source>Contact the administrator of the sending server.</source>
        <translation>Prosimy skontaktować się z administracją serwera, z którego wysyłane są wiadomości.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain; send the message again later.</source>
        <translation>Prosimy sprawdzić domenę odbiorcy; wiadomość prosimy wysłać ponownie później.</translation>
    </message>
    <message>
        <source>Send the message again later; if it persists, tell the recipient&apos;s provider.</source>
        <translation>Prosimy ponownie wysłać wiadomość później; jeśli problem nie ustępuje, prosimy powiadomić o nim dostawcę poczty odbiorcy.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; send the message again later.</source>
        <translation>Prosimy powiadomić administrację serwera odbiorcy; wiadomość prosimy wysłać ponownie później.</translation>
    </message>
    <message>
        <source>Remove the recipient from mailing lists; send only to people who asked for the messages.</source>
        <translation>Prosimy usunąć odbiorcę z list mailingowych; wiadomości prosimy wysyłać tylko do osób, które o nie prosiły.</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply quoted in the bounce; if it contains a link, open it. Contact the administrator of the receiving server if needed.</source>
        <translation>Prosimy przeczytać odpowiedź serwera przytoczoną w wiadomości zwrotnej; jeśli odpowiedź zawiera link, prosimy sprawdzić stronę, do której prowadzi. W razie potrzeby prosimy skontaktować się z administracją serwera docelowego.</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply quoted in the bounce and look for key words (&quot;over quota&quot;, &quot;SPF&quot;, &quot;rev DNS&quot;); if it contains a link, open it. Contact the administrator of the receiving server if needed.</source>
        <translation>Prosimy przeczytać odpowiedź serwera przytoczoną w wiadomości zwrotnej i zwrócić uwagę na słowa kluczowe („over quota”, „SPF”, „rev DNS”); jeśli odpowiedź zawiera link, prosimy sprawdzić stronę, do której prowadzi. W razie potrzeby prosimy skontaktować się z administracją serwera docelowego.</translation>
    </message>
    <message>
        <source>Scan the computer that sent the message with an up-to-date antivirus program, then send the message again without the infected attachment.</source>
        <translation>Prosimy przeskanować komputer, z którego wysłano wiadomość, aktualnym programem antywirusowym, a następnie wysłać wiadomość ponownie bez zainfekowanego załącznika.</translation>
    </message>
    <message>
        <source>Check the address with the recipient; once it is correct and working, remove it from the sending service&apos;s suppression list.</source>
        <translation>Prosimy potwierdzić adres u odbiorcy, a gdy jest poprawny i działa, usunąć go z listy blokowanych adresów (suppression list) usługi wysyłkowej.</translation>
    </message>
    <message>
        <source>Check again in a few minutes. If other DNS checks failed too, our own resolver is the cause, not the owner of %1. If only this one keeps failing, the DNS servers of the reverse zone of %1 are not answering.</source>
        <translation>Proszę sprawdzić ponownie za kilka minut. Jeśli zawiodły też inne zapytania DNS, przyczyną jest nasz własny resolwer, a nie właściciel adresu %1. Jeśli zawodzi tylko to sprawdzenie, nie odpowiadają serwery DNS strefy odwrotnej adresu %1.</translation>
    </message>
    <message>
        <source>Check the DNS servers in Settings (or the network connection) and run the check again before answering the customer.</source>
        <translation>Przed odpowiedzią klientowi proszę sprawdzić serwery DNS w Ustawieniach (lub połączenie sieciowe) i uruchomić sprawdzenie ponownie.</translation>
    </message>
    <message>
        <source>Ask for the full headers (&quot;Show original&quot; in Gmail, &quot;View message source&quot; in Thunderbird, &quot;Message properties&quot; in Outlook).</source>
        <translation>Poproś o pełne nagłówki („Pokaż oryginał” w Gmailu, „Pokaż źródło wiadomości” w Thunderbirdzie, „Właściwości wiadomości” w Outlooku).</translation>
    </message>
    <message>
        <source>A long wait before a hop usually means the sending server retried after a temporary refusal (greylisting, a full queue, a blocked IP): check the logs of %1 for that time.</source>
        <translation>Długie oczekiwanie przed przeskokiem zwykle oznacza, że serwer wysyłający ponawiał próbę po tymczasowej odmowie (greylisting, pełna kolejka, zablokowany adres IP): prosimy sprawdzić logi %1 z tego czasu.</translation>
    </message>
    <message>
        <source>Add List-Unsubscribe (with an https link) and List-Unsubscribe-Post: List-Unsubscribe=One-Click to the newsletter&apos;s messages; most mailing programs have an option for it.</source>
        <translation>Prosimy dodać do wiadomości newslettera nagłówki List-Unsubscribe (z linkiem https) i List-Unsubscribe-Post: List-Unsubscribe=One-Click; większość programów do wysyłki masowej ma na to opcję.</translation>
    </message>
    <message>
        <source>Add the header List-Unsubscribe-Post: List-Unsubscribe=One-Click, and make the link accept a POST request.</source>
        <translation>Prosimy dodać nagłówek List-Unsubscribe-Post: List-Unsubscribe=One-Click i sprawić, by link przyjmował żądanie POST.</translation>
    </message>
    <message>
        <source>Send large files as a link (a cloud drive) instead of attachments.</source>
        <translation>Prosimy wysyłać duże pliki jako link (dysk w chmurze) zamiast załączników.</translation>
    </message>
    <message>
        <source>Find which server changes the message after %1 signed it (a footer, a disclaimer, an antivirus note) and turn that off, or sign after it.</source>
        <translation>Prosimy ustalić, który serwer zmienia wiadomość po podpisaniu jej przez %1 (stopka, zastrzeżenie prawne, dopisek antywirusa), i wyłączyć tę zmianę albo podpisywać wiadomość dopiero po niej.</translation>
    </message>
    <message>
        <source>Compare the key published at %2 with the one the mail server signs with; if they match, a server on the way rewrites a signed header.</source>
        <translation>Prosimy porównać klucz opublikowany pod %2 z kluczem, którym podpisuje serwer poczty; jeśli są zgodne, któryś serwer po drodze zmienia podpisany nagłówek.</translation>
    </message>
    <message>
        <source>An expired signature is normal for an old message; for a new one, the signing server&apos;s clock or its expiry setting is wrong.</source>
        <translation>Wygasły podpis jest normalny dla starej wiadomości; w nowej oznacza błędny zegar serwera podpisującego lub złe ustawienie czasu ważności podpisu: prosimy je sprawdzić.</translation>
    </message>
    <message>
        <source>Correct the signing identity in the mail server&apos;s DKIM settings.</source>
        <translation>Prosimy poprawić tożsamość podpisującego (i=) w ustawieniach DKIM serwera poczty.</translation>
    </message>
    <message>
        <source>The signature was damaged on the way or written wrongly by the signing software; check the headers were copied completely.</source>
        <translation>Podpis został uszkodzony po drodze lub źle zapisany przez program podpisujący; prosimy sprawdzić, czy nagłówki skopiowano w całości.</translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 (or ed25519-sha256 in addition).</source>
        <translation>Prosimy podpisywać algorytmem rsa-sha256 (lub dodatkowo ed25519-sha256).</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, the DNS servers of %1 are not answering.</source>
        <translation>Prosimy spróbować ponownie za kilka minut; jeśli problem nie ustąpi, serwery DNS domeny %1 nie odpowiadają.</translation>
    </message>
    <message>
        <source>Switch the mail server&apos;s DKIM signing to rsa-sha256.</source>
        <translation>Prosimy przełączyć podpisywanie DKIM na serwerze poczty na rsa-sha256.</translation>
    </message>
    <message>
        <source>Turn off the body length limit (l=) in the DKIM settings: it lets others append text to signed mail.</source>
        <translation>Prosimy wyłączyć w ustawieniach DKIM ograniczenie długości treści (l=): pozwala ono innym dopisywać tekst do podpisanej poczty.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing for %1 on the sending server and publish its key in DNS.</source>
        <translation>Prosimy włączyć podpisywanie DKIM dla %1 na serwerze wysyłającym i opublikować jego klucz w DNS.</translation>
    </message>
    <message>
        <source>Only matters for forwarded mail and mailing lists: the forwarder&apos;s ARC signing is broken or a later server changed the message.</source>
        <translation>Ma znaczenie tylko dla poczty przekazywanej i list dyskusyjnych: podpisywanie ARC u pośrednika jest wadliwe albo późniejszy serwer zmienił wiadomość.</translation>
    </message>
    <message>
        <source>Make the sending server sign with DKIM for %1 (d=%1), or send with an envelope sender in %1 from a server its SPF lists. If the message is not from you, it is forged and the policy works as intended.</source>
        <translation>Prosimy włączyć na serwerze wysyłającym podpisywanie DKIM dla %1 (d=%1) albo wysyłać z nadawcą kopertowym w domenie %1 przez serwer wymieniony w jej rekordzie SPF. Jeśli wiadomość nie pochodzi od Państwa, jest sfałszowana, a polityka działa zgodnie z zamierzeniem.</translation>
    </message>
    <message>
        <source>Check the settings of the program or server that sends the messages from %1: it must give every message a Message-ID of the form &lt;unique-id@%1&gt;.</source>
        <translation>Prosimy sprawdzić ustawienia programu lub serwera, który wysyła wiadomości z %1: każda wiadomość musi mieć nagłówek Message-ID w postaci &lt;unikalny-identyfikator@%1&gt;.</translation>
    </message>
    <message>
        <source>Check the program or server that sends the messages from %1: it must write a correct Date header, and its date, time and time zone must be set correctly (automatic time).</source>
        <translation>Prosimy sprawdzić program lub serwer, który wysyła wiadomości z %1: musi on wpisywać poprawny nagłówek Date, a jego data, godzina i strefa czasowa muszą być ustawione prawidłowo (czas ustawiany automatycznie).</translation>
    </message>
    <message>
        <source>Set the clock of the mail server that signs for %1 correctly (automatic time from the network): it is ahead of the real time.</source>
        <translation>Prosimy prawidłowo ustawić zegar serwera poczty, który podpisuje wiadomości dla %1 (czas pobierany automatycznie z sieci): spieszy się względem rzeczywistego czasu.</translation>
    </message>
    <message>
        <source>Have the messages from %1 signed once per signing domain (one DKIM-Signature each), not at every server on the way.</source>
        <translation>Prosimy podpisywać wiadomości z %1 raz dla każdej domeny podpisującej (po jednym nagłówku DKIM-Signature), a nie na każdym serwerze po drodze.</translation>
    </message>
    <message>
        <source>Correct the SPF record of %2: a domain may publish only one TXT record starting with &quot;v=spf1&quot;, and every term of it must be valid.</source>
        <translation>Prosimy poprawić rekord SPF domeny %2: domena może publikować tylko jeden rekord TXT zaczynający się od „v=spf1”, a każdy jego element musi być poprawny.</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Hello,</source>
        <translation>Dzień dobry,</translation>
    </message>
    <message>
        <source>thank you for your message. We have checked %1.</source>
        <translation>dziękujemy za wiadomość. Sprawdziliśmy %1.</translation>
    </message>
    <message>
        <source>thank you for your message. We have checked what you sent us.</source>
        <translation>dziękujemy za wiadomość. Sprawdziliśmy przesłane informacje.</translation>
    </message>
    <message>
        <source>We found no problems on our side or in the settings we can see:</source>
        <translation>Nie stwierdziliśmy żadnych problemów po naszej stronie ani w ustawieniach, które możemy sprawdzić:</translation>
    </message>
    <message>
        <source>If the problem persists, please send us the full text of the error message (or the returned message) you received.</source>
        <translation>Jeśli problem nadal występuje, prosimy o przesłanie pełnej treści otrzymanego komunikatu o błędzie (lub wiadomości zwrotnej).</translation>
    </message>
    <message>
        <source>We found the following problem:</source>
        <translation>Stwierdziliśmy następujący problem:</translation>
    </message>
    <message>
        <source>We found the following problems:</source>
        <translation>Stwierdziliśmy następujące problemy:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Co zrobić: %1</translation>
    </message>
    <message>
        <source>Once this is corrected, messages should be delivered normally.</source>
        <translation>Po wprowadzeniu poprawek wiadomości powinny być dostarczane prawidłowo.</translation>
    </message>
    <message>
        <source>If you have any questions, simply reply to this message.</source>
        <translation>W razie pytań wystarczy odpowiedzieć na tę wiadomość.</translation>
    </message>
    <message>
        <source>Best regards,
Technical Support</source>
        <translation>Pozdrawiamy
Wsparcie techniczne</translation>
    </message>
    <message>
        <source>What we ask you to do:</source>
        <translation>Prosimy o wykonanie następujących czynności:</translation>
    </message>
    <message>
        <source>What has to be fixed on the recipient&apos;s side (please pass this on to the recipient):</source>
        <translation>Do poprawienia po stronie odbiorcy (prosimy przekazać tę informację odbiorcy):</translation>
    </message>
    <message>
        <source>What is on our side (we are dealing with it, there is nothing you need to do):</source>
        <translation>Po naszej stronie (zajmujemy się tym, nie trzeba nic robić):</translation>
    </message>
    <message>
        <source>[FOR STAFF, NOT FOR THE CUSTOMER] No answer was written: the results are inconclusive, because checks that could have found a problem did not finish:</source>
        <translation>[DLA PRACOWNIKA, NIE DLA KLIENTA] Odpowiedź nie została napisana: wyniki są niejednoznaczne, ponieważ nie zakończyły się sprawdzenia, które mogły wykryć problem:</translation>
    </message>
    <message>
        <source>Check the DNS servers in Settings and the network connection, then run the check again.</source>
        <translation>Proszę sprawdzić serwery DNS w Ustawieniach i połączenie sieciowe, a następnie uruchomić sprawdzenie ponownie.</translation>
    </message>
    <message>
        <source>[FOR STAFF, NOT FOR THE CUSTOMER] No answer was written: what was pasted cannot be checked as it is:</source>
        <translation>[DLA PRACOWNIKA, NIE DLA KLIENTA] Odpowiedź nie została napisana: wklejonego tekstu nie da się sprawdzić w tej postaci:</translation>
    </message>
    <message>
        <source>thank you for your message. We have checked the message from %1 that you sent us: the servers it passed and whether its SPF, DKIM and DMARC authentication holds.</source>
        <translation>dziękujemy za wiadomość. Sprawdziliśmy przesłaną nam wiadomość od %1: przez jakie serwery przeszła i czy jej uwierzytelnienie SPF, DKIM i DMARC jest poprawne.</translation>
    </message>
    <message>
        <source>This is what makes receiving servers put the message in spam or reject it:</source>
        <translation>Oto przyczyny, dla których serwery odbiorców umieszczają tę wiadomość w spamie lub ją odrzucają:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>mailtriage: ignoring --dns &quot;%1&quot;: not HOST[:PORT] with an IP address</source>
        <translation>mailtriage: pomijam --dns „%1”: to nie HOST[:PORT] z adresem IP</translation>
    </message>
    <message>
        <source>Tells what is wrong with a customer&apos;s e-mail and what to answer.</source>
        <translation>Mówi, co jest nie tak z pocztą klienta i co mu odpowiedzieć.</translation>
    </message>
    <message>
        <source>nameserver to ask (repeatable)</source>
        <translation>serwer nazw, którego pytać (można podać kilka razy)</translation>
    </message>
    <message>
        <source>pl or en</source>
        <translation>pl albo en</translation>
    </message>
</context>
<context>
    <name>BlockStore</name>
    <message>
        <source>cannot create the state directory %1</source>
        <translation>nie można utworzyć katalogu stanu %1</translation>
    </message>
    <message>
        <source>no block list at %1 yet: no IP address is blocked</source>
        <translation>brak jeszcze listy blokad w %1: żaden adres IP nie jest zablokowany</translation>
    </message>
    <message>
        <source>cannot read %1 (%2): no IP address is blocked</source>
        <translation>nie można odczytać pliku %1 (%2): żaden adres IP nie jest zablokowany</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); kept as %3; starting with no IP address blocked</source>
        <translation>plik %1 jest uszkodzony (%2); zachowano go jako %3; uruchamianie bez zablokowanych adresów IP</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is not blocked</source>
        <translation>adres %1 nie jest zablokowany</translation>
    </message>
    <message>
        <source>unblocked, but cannot append to %1: %2</source>
        <translation>odblokowano, ale nie można dopisać do pliku %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>nie można dopisać do %1: %2</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Mail servers (MX)</source>
        <translation>Serwery poczty (MX)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Odwrotny DNS</translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation>Czarne listy</translation>
    </message>
    <message>
        <source>Country (GeoIP)</source>
        <translation>Kraj (GeoIP)</translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation>Wiadomość zwrotna</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>Resolwer DNS</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>nieznane polecenie „%1” (spróbuj --help)</translation>
    </message>
    <message>
        <source>diagnose takes exactly one INPUT (use - to read standard input)</source>
        <translation>diagnose przyjmuje dokładnie jeden argument INPUT (użyj -, aby czytać ze standardowego wejścia)</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format musi mieć wartość text lub json, a nie „%1”</translation>
    </message>
    <message>
        <source>--lang must be pl or en, not &quot;%1&quot;</source>
        <translation>--lang musi mieć wartość pl lub en, a nie „%1”</translation>
    </message>
    <message>
        <source>--dns &quot;%1&quot; is not HOST[:PORT] with a literal IPv4 or IPv6 address (IPv6 with a port: [::1]:5300)</source>
        <translation>--dns „%1” nie jest w postaci HOST[:PORT] z adresem IPv4 lub IPv6 (IPv6 z portem: [::1]:5300)</translation>
    </message>
    <message>
        <source>--dns-timeout must be a positive number of milliseconds</source>
        <translation>--dns-timeout musi być dodatnią liczbą milisekund</translation>
    </message>
    <message>
        <source>cannot read the GeoIP database &quot;%1&quot;</source>
        <translation>nie można odczytać bazy GeoIP „%1”</translation>
    </message>
    <message>
        <source>--dnsbl: &quot;%1&quot; is not a DNS zone name</source>
        <translation>--dnsbl: „%1” nie jest nazwą strefy DNS</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>nie można odczytać standardowego wejścia</translation>
    </message>
    <message>
        <source>nothing to diagnose: INPUT is empty</source>
        <translation>nie ma czego diagnozować: INPUT jest pusty</translation>
    </message>
    <message>
        <source>Diagnose an e-mail address, a domain, an IP address or a pasted text.</source>
        <translation>Diagnozuje adres e-mail, domenę, adres IP lub wklejony tekst.</translation>
    </message>
    <message>
        <source>address, domain, IP, or - for standard input</source>
        <translation>adres, domena, IP lub - dla standardowego wejścia</translation>
    </message>
    <message>
        <source>nameserver to ask, in order of preference (repeatable; default: the system&apos;s)</source>
        <translation>serwer nazw do odpytania, w kolejności preferencji (można powtarzać; domyślnie: systemowe)</translation>
    </message>
    <message>
        <source>GeoIP database (.mmdb)</source>
        <translation>baza GeoIP (.mmdb)</translation>
    </message>
    <message>
        <source>DNS blacklist zones to ask</source>
        <translation>strefy czarnych list DNS do odpytania</translation>
    </message>
    <message>
        <source>language of the findings and advice</source>
        <translation>język wyników i porad</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>format wyjścia</translation>
    </message>
    <message>
        <source>DNS timeout of one try, in milliseconds (default: the system&apos;s, or 2000)</source>
        <translation>limit czasu jednej próby DNS, w milisekundach (domyślnie: systemowy lub 2000)</translation>
    </message>
    <message>
        <source>DKIM selectors to look up instead of the common ones (the s= tag of a DKIM-Signature header)</source>
        <translation>selektory DKIM do sprawdzenia zamiast typowych (znacznik s= nagłówka DKIM-Signature)</translation>
    </message>
    <message>
        <source>the domain authorizes this server to send its mail</source>
        <translation>domena upoważnia ten serwer do wysyłania jej poczty</translation>
    </message>
    <message>
        <source>the domain says this server must not send its mail: receivers reject it</source>
        <translation>domena zastrzega, że ten serwer nie może wysyłać jej poczty: serwery odbiorców ją odrzucają</translation>
    </message>
    <message>
        <source>the domain says this server probably should not send its mail: receivers often mark it as spam</source>
        <translation>domena wskazuje, że ten serwer raczej nie powinien wysyłać jej poczty: serwery odbiorców często oznaczają ją jako spam</translation>
    </message>
    <message>
        <source>the domain says nothing about this server</source>
        <translation>domena nie określa niczego w sprawie tego serwera</translation>
    </message>
    <message>
        <source>the domain has no SPF record</source>
        <translation>domena nie ma rekordu SPF</translation>
    </message>
    <message>
        <source>DNS did not answer; receivers defer the mail and try again later</source>
        <translation>DNS nie odpowiedział; serwery odbiorców odkładają pocztę i ponawiają próbę później</translation>
    </message>
    <message>
        <source>the SPF record is broken; many receivers reject the mail</source>
        <translation>rekord SPF jest błędny; wiele serwerów odbiorców odrzuca pocztę</translation>
    </message>
    <message>
        <source>SPF of %1 for %2: %3 (%4)</source>
        <translation>SPF domeny %1 dla %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Rekord: %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Wyjaśnienie: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of %2; void lookups: %3 of %4</source>
        <translation>Zapytania DNS: %1 z %2; zapytania bez wyniku: %3 z %4</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Przebieg:</translation>
    </message>
    <message>
        <source>Evaluate SPF (RFC 7208 check_host) for a client IP and an envelope sender, with the trace.</source>
        <translation>Sprawdza SPF (check_host z RFC 7208) dla adresu IP klienta i nadawcy koperty, wraz z przebiegiem sprawdzania.</translation>
    </message>
    <message>
        <source>the IP address of the sending server</source>
        <translation>adres IP serwera wysyłającego</translation>
    </message>
    <message>
        <source>the envelope sender (MAIL FROM); &quot;&quot; for a bounce</source>
        <translation>nadawca koperty (MAIL FROM); &quot;&quot; dla wiadomości zwrotnej</translation>
    </message>
    <message>
        <source>the HELO/EHLO name (default: the sender&apos;s domain)</source>
        <translation>nazwa HELO/EHLO (domyślnie: domena nadawcy)</translation>
    </message>
    <message>
        <source>language of the output</source>
        <translation>język wyników</translation>
    </message>
    <message>
        <source>spf takes no INPUT, only options (see --help): &quot;%1&quot;</source>
        <translation>polecenie spf nie przyjmuje argumentu INPUT, tylko opcje (zob. --help): „%1”</translation>
    </message>
    <message>
        <source>--ip must be an IPv4 or IPv6 address, not &quot;%1&quot;</source>
        <translation>--ip musi być adresem IPv4 lub IPv6, a nie „%1”</translation>
    </message>
    <message>
        <source>--sender is required (use --sender &quot;&quot; and --helo NAME for a bounce)</source>
        <translation>--sender jest wymagane (dla wiadomości zwrotnej należy użyć --sender &quot;&quot; i --helo NAME)</translation>
    </message>
    <message>
        <source>an empty --sender needs --helo NAME</source>
        <translation>pusta wartość --sender wymaga --helo NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains white space or control characters</source>
        <translation>„%1” zawiera białe znaki lub znaki sterujące</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(nie podano odbiorcy)</translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation>kody: %1</translation>
    </message>
    <message>
        <source>refused by: %1</source>
        <translation>odrzucone przez: %1</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>returned message: from %1, subject &quot;%2&quot;</source>
        <translation>zwrócona wiadomość: od %1, temat „%2”</translation>
    </message>
    <message>
        <source>sending IP: %1</source>
        <translation>adres IP nadawcy: %1</translation>
    </message>
    <message>
        <source>Explain a bounce, a fragment of one, or a server&apos;s reply line.</source>
        <translation>Wyjaśnia wiadomość zwrotną, jej fragment lub wiersz odpowiedzi serwera.</translation>
    </message>
    <message>
        <source>the bounce, or - for standard input (the default)</source>
        <translation>wiadomość zwrotna lub - dla standardowego wejścia (domyślnie)</translation>
    </message>
    <message>
        <source>language of the explanations and advice</source>
        <translation>język wyjaśnień i porad</translation>
    </message>
    <message>
        <source>bounce takes at most one FILE (or - for standard input)</source>
        <translation>polecenie bounce przyjmuje najwyżej jeden argument FILE (lub - dla standardowego wejścia)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>nie można odczytać „%1”</translation>
    </message>
    <message>
        <source>nothing to analyze: the input is empty</source>
        <translation>brak danych do analizy: dane wejściowe są puste</translation>
    </message>
    <message>
        <source>Run the built-in submission server with the provider&apos;s rules; messages are kept, never relayed.</source>
        <translation>Uruchamia wbudowany serwer przyjmowania poczty (submission) z regułami dostawcy; wiadomości są zachowywane i nigdy nie są przekazywane dalej.</translation>
    </message>
    <message>
        <source>address and port to listen on (default 127.0.0.1:2525)</source>
        <translation>adres i port, na których serwer nasłuchuje (domyślnie 127.0.0.1:2525)</translation>
    </message>
    <message>
        <source>policy file (JSON; default: the built-in demo policy)</source>
        <translation>plik zasad (JSON; domyślnie: wbudowane zasady demonstracyjne)</translation>
    </message>
    <message>
        <source>directory for blocked IPs, messages and the certificate</source>
        <translation>katalog na zablokowane adresy IP, wiadomości i certyfikat</translation>
    </message>
    <message>
        <source>name in the greeting (default localhost)</source>
        <translation>nazwa w powitaniu serwera (domyślnie localhost)</translation>
    </message>
    <message>
        <source>log only start, stop and problems</source>
        <translation>zapisywanie w dzienniku tylko uruchomienia, zatrzymania i problemów</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>język komunikatów</translation>
    </message>
    <message>
        <source>serve takes no arguments besides its options</source>
        <translation>polecenie serve nie przyjmuje argumentów poza opcjami</translation>
    </message>
    <message>
        <source>--listen &quot;%1&quot; is not ADDR:PORT with a literal address (IPv6: [::1]:2525)</source>
        <translation>--listen „%1” nie ma postaci ADDR:PORT z adresem IP podanym wprost (IPv6: [::1]:2525)</translation>
    </message>
    <message>
        <source>the policy file %1 is not usable: %2</source>
        <translation>nie można użyć pliku zasad %1: %2</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>czynność do wykonania</translation>
    </message>
    <message>
        <source>the server&apos;s state directory</source>
        <translation>katalog stanu serwera</translation>
    </message>
    <message>
        <source>why it is unblocked (kept in the audit trail)</source>
        <translation>powód odblokowania (zapisywany w rejestrze odblokowań)</translation>
    </message>
    <message>
        <source>who unblocks (default: the user name)</source>
        <translation>osoba odblokowująca (domyślnie: nazwa użytkownika)</translation>
    </message>
    <message>
        <source>No IP address is blocked.</source>
        <translation>Żaden adres IP nie jest zablokowany.</translation>
    </message>
    <message>
        <source>%1  %2 failed logins (%3 to %4), blocked until %5</source>
        <translation>%1  nieudane próby uwierzytelniania: %2 (od %3 do %4), blokada do %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1” nie jest adresem IP</translation>
    </message>
    <message>
        <source>unblock needs --reason TEXT for the audit trail</source>
        <translation>polecenie unblock wymaga opcji --reason TEXT (powód trafia do rejestru odblokowań)</translation>
    </message>
    <message>
        <source>cannot unblock %1: %2</source>
        <translation>nie można odblokować adresu %1: %2</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>Adres %1 został odblokowany.</translation>
    </message>
    <message>
        <source>Read a password on standard input and print its salted hash for the policy file.</source>
        <translation>Odczytuje hasło ze standardowego wejścia i wypisuje jego skrót z solą do użycia w pliku zasad.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default 100000)</source>
        <translation>liczba iteracji PBKDF2 (domyślnie 100000)</translation>
    </message>
    <message>
        <source>hash-password reads the password on standard input</source>
        <translation>polecenie hash-password odczytuje hasło ze standardowego wejścia</translation>
    </message>
    <message>
        <source>--iterations must be from 1000 to 10000000</source>
        <translation>--iterations musi mieć wartość od 1000 do 10000000</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>hasło jest puste</translation>
    </message>
    <message>
        <source>GeoIP database (.mmdb) for the country rule (default: the embedded one)</source>
        <translation>baza GeoIP (.mmdb) dla reguły krajów (domyślnie: wbudowana)</translation>
    </message>
    <message>
        <source>cannot use the GeoIP database &quot;%1&quot; (%2)</source>
        <translation>nie można użyć bazy GeoIP „%1” (%2)</translation>
    </message>
    <message>
        <source>no GeoIP database: the country rule allows every country (use --geoip FILE)</source>
        <translation>brak bazy GeoIP: reguła krajów dopuszcza każdy kraj (użyj --geoip FILE)</translation>
    </message>
    <message>
        <source>policy file whose domains&apos; allowed countries apply to the IPs a bounce names</source>
        <translation>plik zasad, którego dozwolone kraje domen stosuje się do adresów IP wskazanych w wiadomości zwrotnej</translation>
    </message>
    <message>
        <source>policy file whose limits the advice quotes (default: the built-in policy)</source>
        <translation>plik zasad, którego limity cytują porady (domyślnie: zasady wbudowane)</translation>
    </message>
    <message>
        <source>decided by the words: &quot;%1&quot;</source>
        <translation>rozstrzygnęły słowa: „%1”</translation>
    </message>
    <message>
        <source>notice written by: %1</source>
        <translation>powiadomienie wygenerował: %1</translation>
    </message>
    <message>
        <source>Exit status: 0 done, nothing wrong found; 1 at least one finding is an error; 2 bad usage or unreadable input; 3 inconclusive: a check that could have found a problem did not finish (for example the DNS resolver did not answer).</source>
        <translation>Kod wyjścia: 0 gotowe, nie wykryto problemów; 1 co najmniej jeden wynik jest błędem; 2 błędne użycie lub nieczytelne dane wejściowe; 3 wynik niejednoznaczny: nie zakończyło się sprawdzenie, które mogło wykryć problem (na przykład resolwer DNS nie odpowiedział).</translation>
    </message>
    <message>
        <source>output format; answer: the customer answer as the GUI shows it</source>
        <translation>format wyjścia; answer: odpowiedź dla klienta taka, jak w oknie programu</translation>
    </message>
    <message>
        <source>--format must be text, json or answer, not &quot;%1&quot;</source>
        <translation>--format musi mieć wartość text, json lub answer, a nie „%1”</translation>
    </message>
    <message>
        <source>Analyze a message or its headers: the path it took with the delays, its DKIM signatures and ARC chain verified, SPF and DMARC for the real path, and its sanity.</source>
        <translation>Analizuje wiadomość lub jej nagłówki: drogę, jaką przebyła, z opóźnieniami, weryfikuje podpisy DKIM i łańcuch ARC, SPF i DMARC dla rzeczywistej drogi oraz poprawność wiadomości.</translation>
    </message>
    <message>
        <source>the message (.eml), or - for standard input</source>
        <translation>wiadomość (.eml) lub - dla standardowego wejścia</translation>
    </message>
    <message>
        <source>message takes at most one FILE</source>
        <translation>message przyjmuje co najwyżej jeden FILE</translation>
    </message>
    <message>
        <source>nothing to analyze: the message is empty</source>
        <translation>nie ma czego analizować: wiadomość jest pusta</translation>
    </message>
    <message>
        <source>Serve the provider&apos;s rules to Postfix (policy delegation) and Dovecot (auth policy) on one port.</source>
        <translation>Udostępnia reguły dostawcy Postfiksowi (delegowanie polityki) i Dovecotowi (polityka uwierzytelniania) na jednym porcie.</translation>
    </message>
    <message>
        <source>address and port to listen on (default 127.0.0.1:10040)</source>
        <translation>adres i port, na których usługa nasłuchuje (domyślnie 127.0.0.1:10040)</translation>
    </message>
    <message>
        <source>seconds an idle connection is kept (default 330; a request must arrive whole within 30 seconds, or this if shorter)</source>
        <translation>ile sekund bezczynne połączenie pozostaje otwarte (domyślnie 330; zapytanie musi dotrzeć w całości w ciągu 30 sekund lub tego czasu, jeśli jest krótszy)</translation>
    </message>
    <message>
        <source>policyd takes no arguments besides its options</source>
        <translation>policyd nie przyjmuje argumentów poza opcjami</translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400</source>
        <translation>--idle-timeout musi być liczbą sekund od 1 do 86400</translation>
    </message>
    <message>
        <source>--store &quot;%1&quot; is not usable: %2</source>
        <translation>nie można użyć --store „%1”: %2</translation>
    </message>
    <message>
        <source>this server&apos;s name in the shared store (default: the host name)</source>
        <translation>nazwa tego serwera we wspólnym magazynie stanu (domyślnie: nazwa hosta)</translation>
    </message>
    <message>
        <source>List the IP addresses blocked after too many failed logins, or unblock one; list, allow or revoke the countries staff allowed a domain beyond its policy; show the audit trail.</source>
        <translation>Wyświetla adresy IP zablokowane po zbyt wielu nieudanych logowaniach albo odblokowuje jeden z nich; wyświetla, dodaje lub cofa kraje, z których obsługa pozwoliła korzystać z domeny poza jej zasadami; pokazuje dziennik zmian.</translation>
    </message>
    <message>
        <source>the address to unblock, or the domain and the two-letter country code</source>
        <translation>adres do odblokowania albo domena i dwuliterowy kod kraju</translation>
    </message>
    <message>
        <source>allow-country: the exception ends after N days</source>
        <translation>allow-country: wyjątek wygasa po N dniach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation>„%1” nie jest dwuliterowym kodem kraju</translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT for the audit trail</source>
        <translation>%1 wymaga --reason TEKST do dziennika zmian</translation>
    </message>
    <message>
        <source>--days must be a whole number of at least 1</source>
        <translation>--days musi być liczbą całkowitą nie mniejszą niż 1</translation>
    </message>
    <message>
        <source>%1 may now be used from %2.</source>
        <translation>Z domeny %1 można teraz korzystać z kraju %2.</translation>
    </message>
    <message>
        <source>%1 may no longer be used from %2.</source>
        <translation>Z domeny %1 nie można już korzystać z kraju %2.</translation>
    </message>
    <message>
        <source>No country exceptions.</source>
        <translation>Brak wyjątków dla krajów.</translation>
    </message>
    <message>
        <source>%1  %2  by %3: %4 (until %5)</source>
        <translation>%1  %2  dodał(a) %3: %4 (do %5)</translation>
    </message>
    <message>
        <source>use: blocks list, blocks unblock IP --reason TEXT, blocks audit, blocks countries, blocks allow-country DOMAIN CC --reason TEXT [--days N], blocks revoke-country DOMAIN CC --reason TEXT</source>
        <translation>użycie: blocks list, blocks unblock IP --reason TEKST, blocks audit, blocks countries, blocks allow-country DOMENA KRAJ --reason TEKST [--days N], blocks revoke-country DOMENA KRAJ --reason TEKST</translation>
    </message>
    <message>
        <source>where the shared state lives: redis://[USER:PASSWORD@]HOST[:PORT][/DB] or a directory (default: files in the state directory); Redis credentials may come from MAILTRIAGE_REDIS_USER and MAILTRIAGE_REDIS_PASSWORD</source>
        <translation>gdzie jest wspólny stan: redis://[UŻYTKOWNIK:HASŁO@]HOST[:PORT][/BAZA] albo katalog (domyślnie: pliki w katalogu stanu); dane logowania do Redisa mogą też pochodzić z MAILTRIAGE_REDIS_USER i MAILTRIAGE_REDIS_PASSWORD</translation>
    </message>
    <message>
        <source>this build cannot use %1: it has no Redis support</source>
        <translation>ta wersja nie może użyć %1: nie obsługuje Redisa</translation>
    </message>
    <message>
        <source>the store %1 does not answer</source>
        <translation>magazyn stanu %1 nie odpowiada</translation>
    </message>
    <message>
        <source>usage: mailtriage-cli COMMAND [OPTIONS]

commands:
  diagnose INPUT [--dns HOST[:PORT]]... [--geoip FILE] [--dnsbl ZONE[,ZONE...]]
                 [--lang pl|en] [--format text|json]
  spf --ip IP --sender ADDR [--helo NAME] [--dns HOST[:PORT]]...
                 [--dns-timeout MS] [--lang pl|en] [--format text|json]
  bounce [FILE|-] [--lang pl|en] [--format text|json]
  message [FILE|-] [--dns HOST[:PORT]]... [--lang pl|en] [--format text|json]
  serve [--listen ADDR:PORT] [--policy FILE] [--state DIR] [--dns ...]
  policyd [--listen ADDR:PORT] [--policy FILE] [--store URL] [--dns ...]
  blocks list|unblock IP [--state DIR] [--reason TEXT]
  accepted list|show ID [--state DIR] [--format text|json]
  hash-password    (reads the password on standard input)

  mailtriage-cli COMMAND --help   options of one command
  mailtriage-cli --version
</source>
        <translation>użycie: mailtriage-cli COMMAND [OPTIONS]

polecenia:
  diagnose INPUT [--dns HOST[:PORT]]... [--geoip FILE] [--dnsbl ZONE[,ZONE...]]
                 [--lang pl|en] [--format text|json]
  spf --ip IP --sender ADDR [--helo NAME] [--dns HOST[:PORT]]...
                 [--dns-timeout MS] [--lang pl|en] [--format text|json]
  bounce [FILE|-] [--lang pl|en] [--format text|json]
  message [FILE|-] [--dns HOST[:PORT]]... [--lang pl|en] [--format text|json]
  serve [--listen ADDR:PORT] [--policy FILE] [--state DIR] [--dns ...]
  policyd [--listen ADDR:PORT] [--policy FILE] [--store URL] [--dns ...]
  blocks list|unblock IP [--state DIR] [--reason TEXT]
  accepted list|show ID [--state DIR] [--format text|json]
  hash-password    (odczytuje hasło ze standardowego wejścia)

  mailtriage-cli COMMAND --help   opcje danego polecenia
  mailtriage-cli --version
</translation>
    </message>
    <message>
        <source>%1  %2  from %3 to %4, client %5, login %6, %7 bytes</source>
        <translation>%1  %2  od %3 do %4, klient %5, login %6, %7 B</translation>
    </message>
    <message>
        <source>No accepted messages in %1.</source>
        <translation>Brak przyjętych wiadomości w %1.</translation>
    </message>
    <message>
        <source>the message %1 in %2 cannot be read</source>
        <translation>nie można odczytać wiadomości %1 w %2</translation>
    </message>
    <message>
        <source>no accepted message has the id &quot;%1&quot; in %2</source>
        <translation>w %2 nie ma przyjętej wiadomości o identyfikatorze „%1”</translation>
    </message>
    <message>
        <source>cannot write the message to standard output</source>
        <translation>nie można zapisać wiadomości na standardowe wyjście</translation>
    </message>
    <message>
        <source>List the messages the built-in server accepted, with who sent them to whom, or write one to standard output exactly as it was received.</source>
        <translation>Wyświetla wiadomości przyjęte przez wbudowany serwer, z nadawcą i odbiorcami, albo zapisuje jedną z nich na standardowe wyjście dokładnie w takiej postaci, w jakiej została odebrana.</translation>
    </message>
    <message>
        <source>show: the message&apos;s id, as list prints it</source>
        <translation>show: identyfikator wiadomości, taki jak wypisuje list</translation>
    </message>
    <message>
        <source>use: accepted list [--format text|json], accepted show ID</source>
        <translation>użycie: accepted list [--format text|json], accepted show ID</translation>
    </message>
</context>
<context>
    <name>DetailLabel</name>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation>Dozwolone kraje</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Database date</source>
        <translation>Data bazy</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Polecenie SMTP</translation>
    </message>
    <message>
        <source>Corrected record</source>
        <translation>Poprawiony rekord</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kod kraju</translation>
    </message>
    <message>
        <source>Country (English)</source>
        <translation>Kraj (po angielsku)</translation>
    </message>
    <message>
        <source>Country (Polish)</source>
        <translation>Kraj (po polsku)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Typ bazy</translation>
    </message>
    <message>
        <source>Delisting page</source>
        <translation>Strona usuwania z listy</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Słowa serwera</translation>
    </message>
    <message>
        <source>DNS detail</source>
        <translation>Szczegóły DNS</translation>
    </message>
    <message>
        <source>DNS status</source>
        <translation>Stan DNS</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Domain (Unicode)</source>
        <translation>Domena (Unicode)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Deciding words</source>
        <translation>Rozstrzygające słowa</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Błąd trwały</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nazwa hosta</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>Rodzaj powiadomienia</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Wpisy na listach</translation>
    </message>
    <message>
        <source>DNS lookup limit</source>
        <translation>Limit zapytań DNS</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>Zapytania DNS</translation>
    </message>
    <message>
        <source>Major lists</source>
        <translation>Główne listy</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niesprawdzone</translation>
    </message>
    <message>
        <source>Original sender</source>
        <translation>Pierwotny nadawca</translation>
    </message>
    <message>
        <source>Original subject</source>
        <translation>Pierwotny temat</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polityka</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Autor powiadomienia</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Serwer zdalny</translation>
    </message>
    <message>
        <source>Remote server&apos;s IP</source>
        <translation>IP serwera zdalnego</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Kod odpowiedzi</translation>
    </message>
    <message>
        <source>Resolvers</source>
        <translation>Resolwery</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP nadawcy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Kod stanu</translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation>Proponowany rekord</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Lookups without an answer</source>
        <translation>Zapytania bez wyniku</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Strefy</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adres IP</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nazwy</translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation>Nazwa odwrotna</translation>
    </message>
    <message>
        <source>Selectors</source>
        <translation>Selektory</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Znacznik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <translation>Zgodność DKIM (adkim)</translation>
    </message>
    <message>
        <source>ASCII form</source>
        <translation>Postać ASCII</translation>
    </message>
    <message>
        <source>SPF alignment</source>
        <translation>Zgodność SPF (aspf)</translation>
    </message>
    <message>
        <source>Authorization record</source>
        <translation>Rekord autoryzacji</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Znak</translation>
    </message>
    <message>
        <source>Confirmed names</source>
        <translation>Potwierdzone nazwy</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Poprawiony adres</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nazwa wyświetlana</translation>
    </message>
    <message>
        <source>End-user address range</source>
        <translation>Zakres adresów użytkowników końcowych</translation>
    </message>
    <message>
        <source>Feedback type</source>
        <translation>Rodzaj zgłoszenia</translation>
    </message>
    <message>
        <source>Forward lookup status</source>
        <translation>Wynik zapytania w przód</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>Nazwa generyczna</translation>
    </message>
    <message>
        <source>Key length (bits)</source>
        <translation>Długość klucza (bity)</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Typ klucza</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Address literal</source>
        <translation>Adres w nawiasach (literał)</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>Nazwa w DNS</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Domena organizacyjna</translation>
    </message>
    <message>
        <source>Percentage applied</source>
        <translation>Stosowany odsetek (pct)</translation>
    </message>
    <message>
        <source>Our SPF include</source>
        <translation>Nasz wpis include w SPF</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Cudzysłowy</translation>
    </message>
    <message>
        <source>Report address</source>
        <translation>Adres raportów</translation>
    </message>
    <message>
        <source>Aggregate reports to</source>
        <translation>Raporty zbiorcze do (rua)</translation>
    </message>
    <message>
        <source>Failure reports to</source>
        <translation>Raporty o błędach do (ruf)</translation>
    </message>
    <message>
        <source>Suggested name</source>
        <translation>Proponowana nazwa</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Tryb testowy</translation>
    </message>
    <message>
        <source>Unicode form</source>
        <translation>Postać Unicode</translation>
    </message>
</context>
<context>
    <name>Dnsbl</name>
    <message>
        <source>%1 is listed on %2 (%3), return code %4.</source>
        <translation>%1 figuruje na liście %2 (%3), kod odpowiedzi %4.</translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): a typing error in the list&apos;s name. This is not a listing: whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) odrzuciła zapytanie (odpowiedź %4): błąd w nazwie listy (literówka). Nie jest to wpis na liście: nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): it came through a public or open resolver (for example 8.8.8.8 or 1.1.1.1), which Spamhaus does not answer. This is not a listing: whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) odrzuciła zapytanie (odpowiedź %4): zapytanie przyszło przez publiczny lub otwarty resolver DNS (na przykład 8.8.8.8 lub 1.1.1.1), któremu Spamhaus nie odpowiada. Nie jest to wpis na liście: nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): the resolver sent too many queries (over quota). This is not a listing: whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) odrzuciła zapytanie (odpowiedź %4): resolver wysłał zbyt wiele zapytań (przekroczony limit). Nie jest to wpis na liście: nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%2 (%3) answered %4, which is not a listing code (the query was refused, or it is a test answer): whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) zwróciła odpowiedź %4, która nie jest kodem wpisu (zapytanie zostało odrzucone lub jest to odpowiedź testowa): nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): the list blocks this resolver or it is over quota. This is not a listing: whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) odrzuciła zapytanie (odpowiedź %4): lista blokuje ten resolver lub przekroczył on limit zapytań. Nie jest to wpis na liście: nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): SBL: a known spam source or spam operation.</source>
        <translation>%1 figuruje na liście %2 (%3): SBL: znane źródło spamu lub działalność spamerska.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): SBL CSS: the address sent low-reputation (snowshoe) spam.</source>
        <translation>%1 figuruje na liście %2 (%3): SBL CSS: z tego adresu wysyłano spam o niskiej reputacji (typu snowshoe).</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): XBL: an infected or exploited machine (botnet, malware) sends from this address.</source>
        <translation>%1 figuruje na liście %2 (%3): XBL: z tego adresu wysyła pocztę zainfekowany lub przejęty komputer (botnet, złośliwe oprogramowanie).</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): SBL DROP: the network is hijacked or run by criminals.</source>
        <translation>%1 figuruje na liście %2 (%3): SBL DROP: sieć została przejęta lub jest prowadzona przez przestępców.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): PBL (set by the ISP): an end-user address that should send mail only through a mail server.</source>
        <translation>%1 figuruje na liście %2 (%3): PBL (wpis dostawcy internetu): adres użytkownika końcowego, z którego poczta powinna być wysyłana wyłącznie przez serwer pocztowy.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): PBL (set by Spamhaus): an end-user address that should send mail only through a mail server.</source>
        <translation>%1 figuruje na liście %2 (%3): PBL (wpis Spamhaus): adres użytkownika końcowego, z którego poczta powinna być wysyłana wyłącznie przez serwer pocztowy.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a spam domain.</source>
        <translation>%1 figuruje na liście %2 (%3): domena spamerska.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a phishing domain.</source>
        <translation>%1 figuruje na liście %2 (%3): domena phishingowa.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a malware domain.</source>
        <translation>%1 figuruje na liście %2 (%3): domena rozpowszechniająca złośliwe oprogramowanie.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a botnet command-and-control domain.</source>
        <translation>%1 figuruje na liście %2 (%3): domena serwera sterującego botnetem (command and control).</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for spam.</source>
        <translation>%1 figuruje na liście %2 (%3): legalna domena nadużywana do rozsyłania spamu.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate redirector or URL shortener.</source>
        <translation>%1 figuruje na liście %2 (%3): legalny serwis przekierowań lub skracania adresów URL, nadużywany przez spamerów.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for phishing.</source>
        <translation>%1 figuruje na liście %2 (%3): legalna domena nadużywana do phishingu.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for malware.</source>
        <translation>%1 figuruje na liście %2 (%3): legalna domena nadużywana do rozpowszechniania złośliwego oprogramowania.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for botnet command and control.</source>
        <translation>%1 figuruje na liście %2 (%3): legalna domena nadużywana do sterowania botnetem (command and control).</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a domain first seen less than 24 hours ago (zero reputation).</source>
        <translation>%1 figuruje na liście %2 (%3): domena zauważona po raz pierwszy mniej niż 24 godziny temu (zerowa reputacja).</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): recipients reported spam from this address recently.</source>
        <translation>%1 figuruje na liście %2 (%3): odbiorcy niedawno zgłosili spam z tego adresu.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): poor reputation at Barracuda: spam or unusual sending seen from this address.</source>
        <translation>%1 figuruje na liście %2 (%3): słaba reputacja w Barracuda: z tego adresu zaobserwowano spam lub nietypową wysyłkę.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): this address sent to UCEPROTECT&apos;s spam traps; listings expire after 7 days.</source>
        <translation>%1 figuruje na liście %2 (%3): ten adres wysyłał pocztę do pułapek na spam (spam traps) UCEPROTECT; wpisy wygasają po 7 dniach.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): this address sent to PSBL&apos;s spam traps.</source>
        <translation>%1 figuruje na liście %2 (%3): ten adres wysyłał pocztę do pułapek na spam (spam traps) PSBL.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): poor reputation at Mailspike: spam seen from this address.</source>
        <translation>%1 figuruje na liście %2 (%3): słaba reputacja w Mailspike: z tego adresu zaobserwowano spam.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-Dyna: a dynamic or generic address sending mail.</source>
        <translation>%1 figuruje na liście %2 (%3): RATS-Dyna: adres dynamiczny lub ogólny (generic), z którego wysyłana jest poczta.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-NoPtr: the address has no reverse DNS.</source>
        <translation>%1 figuruje na liście %2 (%3): RATS-NoPtr: adres nie ma odwrotnego DNS.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-Spam: spam or a dictionary attack was seen from this address.</source>
        <translation>%1 figuruje na liście %2 (%3): RATS-Spam: z tego adresu zaobserwowano spam lub atak słownikowy.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-Auth: brute-force logins were seen from this address.</source>
        <translation>%1 figuruje na liście %2 (%3): RATS-Auth: z tego adresu zaobserwowano próby logowania metodą brute force.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): spam seen from this address by NiX Spam.</source>
        <translation>%1 figuruje na liście %2 (%3): NiX Spam zaobserwował spam z tego adresu.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): almost only spam seen from this address.</source>
        <translation>%1 figuruje na liście %2 (%3): z tego adresu obserwowany jest niemal wyłącznie spam.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused machine: a botnet drone, an open proxy or a brute-force attacker.</source>
        <translation>%1 figuruje na liście %2 (%3): nadużywane urządzenie: komputer w botnecie, otwarte proxy lub źródło ataków brute force.</translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): SURBL blocks this resolver (public resolver or too many queries). This is not a listing: whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) odrzuciła zapytanie (odpowiedź %4): SURBL blokuje ten resolver (publiczny resolver lub zbyt wiele zapytań). Nie jest to wpis na liście: nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): PH: a phishing domain.</source>
        <translation>%1 figuruje na liście %2 (%3): PH: domena phishingowa.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): MW: a malware domain.</source>
        <translation>%1 figuruje na liście %2 (%3): MW: domena rozpowszechniająca złośliwe oprogramowanie.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): ABUSE: a spam domain.</source>
        <translation>%1 figuruje na liście %2 (%3): ABUSE: domena spamerska.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): CR: a cracked (hacked) website.</source>
        <translation>%1 figuruje na liście %2 (%3): CR: przejęta (zhakowana) strona internetowa.</translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): URIBL blocks this resolver (public resolver or too many queries). This is not a listing: whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) odrzuciła zapytanie (odpowiedź %4): URIBL blokuje ten resolver (publiczny resolver lub zbyt wiele zapytań). Nie jest to wpis na liście: nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): black: a domain seen in spam.</source>
        <translation>%1 figuruje na liście %2 (%3): black: domena występująca w spamie.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): grey: a domain seen in bulk or unsolicited mail.</source>
        <translation>%1 figuruje na liście %2 (%3): grey: domena występująca w poczcie masowej lub niezamówionej.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): red: a domain seen in unsolicited commercial mail.</source>
        <translation>%1 figuruje na liście %2 (%3): red: domena występująca w niezamówionej poczcie reklamowej.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The domain %1 contains a space. Domain names never contain spaces, so mail to or from it cannot be delivered.</source>
        <translation>Domena %1 zawiera spację. Nazwy domen nigdy nie zawierają spacji, więc poczty do niej ani od niej nie da się doręczyć.</translation>
    </message>
    <message>
        <source>The domain %1 contains &quot;%2&quot;, which is not allowed in domain names. Only letters, digits, hyphens (-) and dots may be used.</source>
        <translation>Domena %1 zawiera „%2”, co jest niedozwolone w nazwach domen. Można używać tylko liter, cyfr, łączników (-) i kropek.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that is too long: &quot;%2&quot; has %3 characters, and at most 63 are allowed between two dots.</source>
        <translation>Domena %1 ma zbyt długi fragment: „%2” ma %3 znaków, a między dwiema kropkami dozwolone są najwyżej 63.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that is too long: &quot;%2&quot; needs more than 63 characters in the form DNS uses (letters outside the English alphabet take more room).</source>
        <translation>Domena %1 ma zbyt długi fragment: „%2” w postaci używanej przez DNS przekracza 63 znaki (litery spoza alfabetu angielskiego zajmują więcej miejsca).</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen (&quot;%2&quot;). This is not allowed in domain names.</source>
        <translation>Domena %1 ma fragment, który zaczyna się lub kończy łącznikiem („%2”). W nazwach domen jest to niedozwolone.</translation>
    </message>
    <message>
        <source>The domain %1 contains &quot;%2&quot;, which looks like the DNS form of an international name but is not a valid one.</source>
        <translation>Domena %1 zawiera „%2”, co wygląda na zapis nazwy międzynarodowej w postaci DNS, ale nie jest poprawnym zapisem.</translation>
    </message>
    <message>
        <source>The domain %1 contains letters or symbols that cannot form a valid international domain name (in &quot;%2&quot;).</source>
        <translation>Domena %1 zawiera litery lub symbole, z których nie da się utworzyć poprawnej międzynarodowej nazwy domeny (w „%2”).</translation>
    </message>
    <message>
        <source>No domain given.</source>
        <translation>Nie podano domeny.</translation>
    </message>
    <message>
        <source>The domain %1 is too long: %2 characters, and at most 253 are allowed.</source>
        <translation>Domena %1 jest za długa: ma %2 znaków, a dozwolone są najwyżej 253.</translation>
    </message>
    <message>
        <source>The domain %1 has two dots in a row, or starts or ends with a dot. There must be letters or digits between the dots.</source>
        <translation>Domena %1 ma dwie kropki obok siebie albo zaczyna się lub kończy kropką. Między kropkami muszą być litery lub cyfry.</translation>
    </message>
    <message>
        <source>%1 is not a complete domain: it has no ending such as .pl or .com.</source>
        <translation>%1 nie jest pełną domeną: brakuje końcówki, takiej jak .pl czy .com.</translation>
    </message>
    <message>
        <source>The domain %1 ends with a number (%2). Domain names end with letters, such as .pl or .com.</source>
        <translation>Domena %1 kończy się liczbą (%2). Nazwy domen kończą się literami, na przykład .pl lub .com.</translation>
    </message>
    <message>
        <source>The domain %1 contains an invisible character (%2), usually left over from copying it from a document or a web page. Mail programs may send it along and the mail bounces.</source>
        <translation>Domena %1 zawiera niewidoczny znak (%2), zwykle pozostałość po skopiowaniu jej z dokumentu lub strony internetowej. Program pocztowy może go wysłać razem z domeną i wiadomość wróci.</translation>
    </message>
    <message>
        <source>The domain %1 ends with a dot. DNS accepts this, so it was checked as %2, but the dot does not belong in an e-mail or web address.</source>
        <translation>Domena %1 kończy się kropką. DNS to akceptuje, więc sprawdzono ją jako %2, ale kropka nie powinna występować w adresie e-mail ani w adresie strony.</translation>
    </message>
    <message>
        <source>%1 is an international domain name (with letters outside the English alphabet). DNS and mail servers know it as %2.</source>
        <translation>%1 to międzynarodowa nazwa domeny (z literami spoza alfabetu angielskiego). DNS i serwery pocztowe znają ją jako %2.</translation>
    </message>
    <message>
        <source>%1 contains %2 e-mail addresses instead of one. Where a single address is expected, mail programs refuse this. Only the first address, %3, is checked here.</source>
        <translation>%1 zawiera kilka adresów e-mail (%2) zamiast jednego. Tam, gdzie oczekiwany jest jeden adres, programy pocztowe tego nie przyjmą. Sprawdzany jest tu tylko pierwszy adres: %3.</translation>
    </message>
    <message>
        <source>%1 starts or ends with a comma or a semicolon. Mail programs use them to separate addresses; they are not part of the address.</source>
        <translation>%1 zaczyna się lub kończy przecinkiem albo średnikiem. Programy pocztowe oddzielają nimi adresy; nie są one częścią adresu.</translation>
    </message>
    <message>
        <source>%1 starts with &quot;mailto:&quot;, the way links to e-mail addresses are written on web pages. The address itself is %2.</source>
        <translation>%1 zaczyna się od „mailto:”, tak jak zapisuje się odnośniki do adresów e-mail na stronach internetowych. Sam adres to %2.</translation>
    </message>
    <message>
        <source>%1 contains a name (&quot;%2&quot;) as well as the address, the way mail programs show a contact. The address itself is %3.</source>
        <translation>%1 zawiera oprócz adresu także nazwę („%2”), tak jak programy pocztowe pokazują kontakt. Sam adres to %3.</translation>
    </message>
    <message>
        <source>%1 is written in angle brackets &lt; &gt;, the way mail programs show addresses. The address itself is %2.</source>
        <translation>%1 jest zapisany w nawiasach ostrych &lt; &gt;, tak jak programy pocztowe pokazują adresy. Sam adres to %2.</translation>
    </message>
    <message>
        <source>The address %1 has an angle bracket (&lt; or &gt;) without its pair. The mail program may refuse the address or send the bracket along, and the mail bounces.</source>
        <translation>Adres %1 ma nawias ostry (&lt; lub &gt;) bez pary. Program pocztowy może odrzucić adres albo wysłać nawias razem z nim i wiadomość wróci.</translation>
    </message>
    <message>
        <source>The address %1 has quotation marks or apostrophes around it. They are not part of an e-mail address, but the mail program sends them along, so the mail bounces with a reply like &quot;Sorry, I couldn&apos;t find any host named %2. (#5.1.2)&quot;.</source>
        <translation>Adres %1 jest ujęty w cudzysłowy lub apostrofy. Nie są one częścią adresu e-mail, ale program pocztowy wysyła je razem z adresem, więc wiadomość wraca z odpowiedzią w rodzaju „Sorry, I couldn&apos;t find any host named %2. (#5.1.2)”.</translation>
    </message>
    <message>
        <source>The address %1 starts with a quotation mark or an apostrophe. It is not part of the address, but the mail program sends it along as part of the mailbox name, so the mail bounces: no such mailbox exists.</source>
        <translation>Adres %1 zaczyna się od cudzysłowu lub apostrofu. Nie jest on częścią adresu, ale program pocztowy wysyła go jako część nazwy skrzynki, więc wiadomość wraca: taka skrzynka nie istnieje.</translation>
    </message>
    <message>
        <source>The address %1 has quotation marks or apostrophes around it. They are not part of an e-mail address, but the mail program sends them along, so the mail bounces.</source>
        <translation>Adres %1 jest ujęty w cudzysłowy lub apostrofy. Nie są one częścią adresu e-mail, ale program pocztowy wysyła je razem z adresem, więc wiadomość wraca.</translation>
    </message>
    <message>
        <source>The address %1 contains an invisible character (%2), usually left over from copying the address from a document or a web page. The mail program may send it along, and the mail bounces.</source>
        <translation>Adres %1 zawiera niewidoczny znak (%2), zwykle pozostałość po skopiowaniu adresu z dokumentu lub strony internetowej. Program pocztowy może go wysłać razem z adresem i wiadomość wróci.</translation>
    </message>
    <message>
        <source>The address %1 contains spaces. E-mail addresses never contain spaces, so the mail program refuses the address or the mail bounces.</source>
        <translation>Adres %1 zawiera spacje. Adresy e-mail nigdy nie zawierają spacji, więc program pocztowy odrzuci adres albo wiadomość wróci.</translation>
    </message>
    <message>
        <source>%1 has no @ sign, so it is not a complete e-mail address. An address is the mailbox name, an @ and the domain, for example jan@kowalski.pl.</source>
        <translation>%1 nie zawiera znaku @, więc nie jest pełnym adresem e-mail. Adres to nazwa skrzynki, znak @ i domena, na przykład jan@kowalski.pl.</translation>
    </message>
    <message>
        <source>The address %1 contains %2 @ signs. An e-mail address has exactly one @, between the mailbox name and the domain.</source>
        <translation>Adres %1 zawiera znaki @ w liczbie %2. Adres e-mail ma dokładnie jeden znak @, między nazwą skrzynki a domeną.</translation>
    </message>
    <message>
        <source>The address %1 has nothing before the @. The part before the @ is the mailbox name and cannot be empty.</source>
        <translation>Adres %1 nie ma nic przed znakiem @. Część przed @ to nazwa skrzynki i nie może być pusta.</translation>
    </message>
    <message>
        <source>In the address %1, the part before the @ starts or ends with a dot, or has two dots in a row. This is not allowed, so the mail program refuses the address or the mail bounces.</source>
        <translation>W adresie %1 część przed znakiem @ zaczyna się lub kończy kropką albo ma dwie kropki obok siebie. Jest to niedozwolone, więc program pocztowy odrzuci adres albo wiadomość wróci.</translation>
    </message>
    <message>
        <source>The address %1 contains &quot;%2&quot; before the @, which is not allowed in an e-mail address. The mail program refuses the address or the mail bounces.</source>
        <translation>Adres %1 zawiera przed znakiem @ „%2”, co jest niedozwolone w adresie e-mail. Program pocztowy odrzuci adres albo wiadomość wróci.</translation>
    </message>
    <message>
        <source>The part before the @ in %1 contains letters outside the English alphabet (&quot;%2&quot;). Such addresses need servers that support international addresses (SMTPUTF8); many servers refuse them.</source>
        <translation>Część przed znakiem @ w %1 zawiera litery spoza alfabetu angielskiego („%2”). Takie adresy wymagają serwerów obsługujących adresy międzynarodowe (SMTPUTF8); wiele serwerów je odrzuca.</translation>
    </message>
    <message>
        <source>The part before the @ in %1 is too long: %2 characters, and at most 64 are allowed (a letter outside the English alphabet counts as two or more).</source>
        <translation>Część przed znakiem @ w %1 jest za długa: ma %2 znaków, a dozwolone są najwyżej 64 (litera spoza alfabetu angielskiego liczy się jako dwa znaki lub więcej).</translation>
    </message>
    <message>
        <source>The address %1 has nothing after the @. The part after the @ is the domain and cannot be empty.</source>
        <translation>Adres %1 nie ma nic po znaku @. Część po @ to domena i nie może być pusta.</translation>
    </message>
    <message>
        <source>The address %1 has an IP address in square brackets after the @ instead of a domain. This is allowed, but most mail servers refuse such addresses.</source>
        <translation>Adres %1 ma po znaku @ adres IP w nawiasach kwadratowych zamiast domeny. Jest to dozwolone, ale większość serwerów pocztowych odrzuca takie adresy.</translation>
    </message>
    <message>
        <source>The address %1 has an IP address (%2) after the @ instead of a domain. Mail programs and servers refuse addresses written like this.</source>
        <translation>Adres %1 ma po znaku @ adres IP (%2) zamiast domeny. Programy i serwery pocztowe odrzucają tak zapisane adresy.</translation>
    </message>
    <message>
        <source>The address %1 has square brackets after the @, but what is inside them is not a valid IP address.</source>
        <translation>Adres %1 ma po znaku @ nawiasy kwadratowe, ale ich zawartość nie jest poprawnym adresem IP.</translation>
    </message>
    <message>
        <source>The address %1 ends with a dot. The dot is not part of the address, and some mail servers refuse it.</source>
        <translation>Adres %1 kończy się kropką. Kropka nie jest częścią adresu, a niektóre serwery pocztowe taki adres odrzucają.</translation>
    </message>
    <message>
        <source>The address %1 is too long: %2 characters, and at most 254 are allowed.</source>
        <translation>Adres %1 jest za długi: ma %2 znaków, a dozwolone są najwyżej 254.</translation>
    </message>
    <message>
        <source>The address %1 is written correctly. Its domain is an international name, which mail servers see as %2.</source>
        <translation>Adres %1 jest zapisany poprawnie. Jego domena to nazwa międzynarodowa, którą serwery pocztowe widzą jako %2.</translation>
    </message>
    <message>
        <source>The address %1 is written correctly.</source>
        <translation>Adres %1 jest zapisany poprawnie.</translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation>Nie podano adresu.</translation>
    </message>
    <message>
        <source>%1 accepts mail. MX hosts, most preferred first: %2.</source>
        <translation>%1 przyjmuje pocztę. Hosty MX, od najbardziej preferowanego: %2.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS (NXDOMAIN). It may be misspelt, expired, or not yet registered. Our server rejects mail from it with &quot;%2&quot; and to it with &quot;%3&quot;.</source>
        <translation>Domena %1 nie istnieje w DNS (NXDOMAIN). Mogła zostać błędnie wpisana, wygasnąć lub nie jest jeszcze zarejestrowana. Nasz serwer odrzuca pocztę od niej odpowiedzią „%2”, a do niej odpowiedzią „%3”.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read: %2. This says nothing about the domain itself; our server defers mail for it with a temporary (4xx) error until DNS answers.</source>
        <translation>Nie udało się odczytać rekordów MX domeny %1: %2. Nie świadczy to o samej domenie; nasz serwer wstrzymuje pocztę dla niej z błędem tymczasowym (4xx), dopóki DNS nie odpowie.</translation>
    </message>
    <message>
        <source>The domain %1 publishes a null MX record (&quot;MX 0 .&quot;, RFC 7505): it declares that it accepts no mail at all. Mail to it cannot be delivered, and our server treats it as a domain without MX: &quot;%2&quot; as a sender, &quot;%3&quot; as a recipient.</source>
        <translation>Domena %1 publikuje pusty rekord MX („MX 0 .”, RFC 7505): deklaruje, że w ogóle nie przyjmuje poczty. Poczty do niej nie da się doręczyć, a nasz serwer traktuje ją jak domenę bez MX: „%2” jako nadawcę, „%3” jako odbiorcę.</translation>
    </message>
    <message>
        <source>The domain %1 has a null MX record (&quot;MX 0 .&quot;) next to real MX records. RFC 7505 forbids this; senders may treat the domain as accepting no mail.</source>
        <translation>Domena %1 ma pusty rekord MX („MX 0 .”) obok zwykłych rekordów MX. RFC 7505 tego zabrania; nadawcy mogą uznać, że domena nie przyjmuje poczty.</translation>
    </message>
    <message>
        <source>The MX record of %1 points to an IP address (%2) instead of a host name. Many mail servers ignore such a record, so mail may not arrive.</source>
        <translation>Rekord MX domeny %1 wskazuje adres IP (%2) zamiast nazwy hosta. Wiele serwerów pocztowych pomija taki rekord, więc poczta może nie dotrzeć.</translation>
    </message>
    <message>
        <source>The MX host %2 of %1 is an alias (CNAME). RFC 2181 forbids this; most servers cope, some refuse to deliver.</source>
        <translation>Host MX %2 domeny %1 jest aliasem (CNAME). RFC 2181 tego zabrania; większość serwerów sobie radzi, niektóre odmawiają doręczenia.</translation>
    </message>
    <message>
        <source>The address of the MX host %2 of %1 could not be read: %3.</source>
        <translation>Nie udało się odczytać adresu hosta MX %2 domeny %1: %3.</translation>
    </message>
    <message>
        <source>The MX host %2 of %1 does not exist in DNS, so no mail can be delivered through it.</source>
        <translation>Host MX %2 domeny %1 nie istnieje w DNS, więc nie da się przez niego doręczyć poczty.</translation>
    </message>
    <message>
        <source>The MX host %2 of %1 has no address (no A or AAAA record), so no mail can be delivered through it.</source>
        <translation>Host MX %2 domeny %1 nie ma adresu (brak rekordów A i AAAA), więc nie da się przez niego doręczyć poczty.</translation>
    </message>
    <message>
        <source>%1 has MX records, but none of its MX hosts can be reached by name: mail to this domain cannot be delivered and comes back as a bounce.</source>
        <translation>%1 ma rekordy MX, ale żadnego z jej hostów MX nie da się odnaleźć po nazwie: poczty do tej domeny nie da się doręczyć i wraca jako wiadomość zwrotna.</translation>
    </message>
    <message>
        <source>%1 has no MX record, but it has an address (%2): mail is delivered to that address (implicit MX, RFC 5321). Our server accepts the domain.</source>
        <translation>%1 nie ma rekordu MX, ale ma adres (%2): poczta jest doręczana na ten adres (niejawny MX, RFC 5321). Nasz serwer akceptuje tę domenę.</translation>
    </message>
    <message>
        <source>%1 has no MX record, and its address could not be read: %2. Our server defers mail for it with a temporary (4xx) error until DNS answers.</source>
        <translation>%1 nie ma rekordu MX, a jej adresu nie udało się odczytać: %2. Nasz serwer wstrzymuje pocztę dla niej z błędem tymczasowym (4xx), dopóki DNS nie odpowie.</translation>
    </message>
    <message>
        <source>%1 has no MX record and only an IPv6 address (%2). Our server requires an MX or A record and rejects it: &quot;%3&quot; as a sender, &quot;%4&quot; as a recipient.</source>
        <translation>%1 nie ma rekordu MX, a jedynie adres IPv6 (%2). Nasz serwer wymaga rekordu MX lub A i odrzuca tę domenę: „%3” jako nadawcę, „%4” jako odbiorcę.</translation>
    </message>
    <message>
        <source>%1 exists but has neither an MX nor an A record, so no mail can be delivered to it. Our server rejects it: &quot;%2&quot; as a sender, &quot;%3&quot; as a recipient.</source>
        <translation>%1 istnieje, ale nie ma ani rekordu MX, ani rekordu A, więc nie da się do niej doręczyć poczty. Nasz serwer odrzuca ją: „%2” jako nadawcę, „%3” jako odbiorcę.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (no PTR record). Many mail servers refuse or defer mail from such an address with &quot;%2&quot;.</source>
        <translation>Adres %1 nie ma odwrotnego DNS (brak rekordu PTR). Wiele serwerów pocztowych odrzuca lub odkłada pocztę z takiego adresu z odpowiedzią „%2”.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be read: %2. Whether it has a PTR record is unknown.</source>
        <translation>Nie udało się odczytać odwrotnego DNS adresu %1: %2. Nie wiadomo, czy adres ma rekord PTR.</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, and the name points back to the address (forward-confirmed).</source>
        <translation>Adres %1 ma odwrotny DNS %2, a ta nazwa wskazuje z powrotem na ten adres (potwierdzenie w przód, FCrDNS).</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, but whether the name points back to the address is unknown: %3.</source>
        <translation>Adres %1 ma odwrotny DNS %2, ale nie wiadomo, czy ta nazwa wskazuje z powrotem na ten adres: %3.</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, but the name does not point back to the address (no forward confirmation). Many mail servers treat this as no hostname and reply &quot;%3&quot;.</source>
        <translation>Adres %1 ma odwrotny DNS %2, ale ta nazwa nie wskazuje z powrotem na ten adres (brak potwierdzenia w przód). Wiele serwerów pocztowych traktuje to jak brak nazwy hosta i odpowiada „%3”.</translation>
    </message>
    <message>
        <source>The reverse DNS name %2 of %1 looks like an ISP&apos;s automatic name for a home or dynamic connection. Many mail servers score such senders as spam or refuse them.</source>
        <translation>Nazwa %2 w odwrotnym DNS adresu %1 wygląda na nazwę nadawaną automatycznie przez dostawcę internetu połączeniom domowym lub dynamicznym. Wiele serwerów pocztowych ocenia takich nadawców jako spam lub ich odrzuca.</translation>
    </message>
    <message>
        <source>%2 (%3) did not answer (%4): whether %1 is listed there is unknown.</source>
        <translation>Lista %2 (%3) nie odpowiedziała (%4): nie wiadomo, czy %1 na niej figuruje.</translation>
    </message>
    <message>
        <source>%2 (%3) answered %4, which is not one of its codes: the list may be dead or answering everything. The answer was ignored.</source>
        <translation>Lista %2 (%3) zwróciła odpowiedź %4, która nie jest żadnym z jej kodów: lista może już nie działać lub odpowiadać na każde zapytanie. Odpowiedź została zignorowana.</translation>
    </message>
    <message>
        <source>No domain blacklist (RHSBL) is configured, so %1 was not checked.</source>
        <translation>Nie skonfigurowano żadnej czarnej listy domen (RHSBL), dlatego nie sprawdzono %1.</translation>
    </message>
    <message>
        <source>None of the configured blacklists lists addresses like %1.</source>
        <translation>Żadna ze skonfigurowanych czarnych list nie obejmuje adresów takich jak %1.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blacklists, %4 of them major: %5.</source>
        <translation>%1 figuruje na %2 z %3 czarnych list (w tym głównych: %4): %5.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blacklists, none of them a major list&apos;s spam listing: %5.</source>
        <translation>%1 figuruje na %2 z %3 czarnych list, ale żaden z tych wpisów nie jest wpisem za spam na jednej z głównych list: %5.</translation>
    </message>
    <message>
        <source>%1 is not listed on the blacklists that answered, but %2 of %3 could not be checked.</source>
        <translation>%1 nie figuruje na czarnych listach, które odpowiedziały, ale nie udało się sprawdzić %2 z %3 list.</translation>
    </message>
    <message>
        <source>%1 is not listed on any of the %2 blacklists checked.</source>
        <translation>%1 nie figuruje na żadnej z %2 sprawdzonych czarnych list.</translation>
    </message>
    <message>
        <source>No GeoIP database is installed, so the country of %1 is unknown.</source>
        <translation>Nie zainstalowano żadnej bazy GeoIP, dlatego kraj adresu %1 jest nieznany.</translation>
    </message>
    <message>
        <source>The GeoIP database %2 does not exist, so the country of %1 is unknown.</source>
        <translation>Baza GeoIP %2 nie istnieje, dlatego kraj adresu %1 jest nieznany.</translation>
    </message>
    <message>
        <source>The GeoIP database %2 cannot be read, so the country of %1 is unknown.</source>
        <translation>Nie można odczytać bazy GeoIP %2, dlatego kraj adresu %1 jest nieznany.</translation>
    </message>
    <message>
        <source>The file %2 is not a usable GeoIP database (not a MaxMind DB file, or damaged or truncated), so the country of %1 is unknown.</source>
        <translation>Plik %2 nie jest użyteczną bazą GeoIP (nie jest plikiem MaxMind DB albo jest uszkodzony lub niekompletny), dlatego kraj adresu %1 jest nieznany.</translation>
    </message>
    <message>
        <source>The GeoIP database has IPv4 addresses only, so the country of %1 is unknown.</source>
        <translation>Baza GeoIP zawiera tylko adresy IPv4, dlatego kraj adresu %1 jest nieznany.</translation>
    </message>
    <message>
        <source>The GeoIP database does not know %1 (a private, reserved or unassigned address), so its country is unknown.</source>
        <translation>Baza GeoIP nie zawiera adresu %1 (adres prywatny, zarezerwowany lub nieprzydzielony), dlatego jego kraj jest nieznany.</translation>
    </message>
    <message>
        <source>%1 is in %2 (%3), one of the countries allowed for the customer&apos;s domain (%5).</source>
        <extracomment>%2 is the country&apos;s English name, %4 its Polish name: use %4 in Polish.</extracomment>
        <translation>Adres %1 jest przypisany do kraju: %4 (%3), jednego z krajów dozwolonych dla domeny klienta (%5).</translation>
    </message>
    <message>
        <source>%1 is in %2 (%3).</source>
        <extracomment>%2 is the country&apos;s English name, %4 its Polish name: use %4 in Polish.</extracomment>
        <translation>Adres %1 jest przypisany do kraju: %4 (%3).</translation>
    </message>
    <message>
        <source>%1 is in %2 (%3), which is not among the countries allowed for the customer&apos;s domain (%5). Our server&apos;s GeoIP protection refuses mail sent from there with &quot;%6&quot;.</source>
        <extracomment>%2 is the country&apos;s English name, %4 its Polish name: use %4 in Polish.</extracomment>
        <translation>Adres %1 jest przypisany do kraju: %4 (%3), który nie należy do krajów dozwolonych dla domeny klienta (%5). Zabezpieczenie GeoIP naszego serwera odrzuca pocztę wysyłaną z tego kraju z odpowiedzią „%6”.</translation>
    </message>
    <message>
        <source>%1 has a valid SPF record that authorizes our servers: %2. It uses %3 of the 10 DNS lookups allowed.</source>
        <translation>Domena %1 ma prawidłowy rekord SPF, który upoważnia nasze serwery: %2. Rekord wykorzystuje %3 z 10 dozwolonych zapytań DNS.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be read: %2. Receiving servers may defer mail from this domain until DNS answers.</source>
        <translation>Nie udało się odczytać rekordu SPF domeny %1: %2. Serwery odbiorców mogą odkładać pocztę z tej domeny, dopóki DNS nie zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so receiving servers cannot tell that our servers may send its mail: some reject it (&quot;550 SPF&quot;), others file it as spam.</source>
        <translation>Domena %1 nie ma rekordu SPF, więc serwery odbiorców nie mogą sprawdzić, czy nasze serwery mają prawo wysyłać pocztę z tej domeny: część z nich ją odrzuca („550 SPF”), inne umieszczają ją w spamie.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records. Only one is allowed: receiving servers treat this as an error (permerror) and may reject the mail.</source>
        <translation>Domena %1 publikuje kilka rekordów SPF (liczba rekordów: %2). Dozwolony jest tylko jeden: serwery odbiorców traktują to jako błąd (permerror) i mogą odrzucać pocztę.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an error in &quot;%2&quot;, so receiving servers cannot use it (permerror) and may reject the mail. The record: %3</source>
        <translation>Rekord SPF domeny %1 zawiera błąd w „%2”, więc serwery odbiorców nie mogą z niego korzystać (permerror) i mogą odrzucać pocztę. Rekord: %3</translation>
    </message>
    <message>
        <source>The SPF record of %1 contains &quot;%2&quot;, which is not an SPF mechanism (a typo?), so receiving servers cannot use the record (permerror) and may reject the mail. The record: %3</source>
        <translation>Rekord SPF domeny %1 zawiera „%2”, co nie jest mechanizmem SPF (literówka?), więc serwery odbiorców nie mogą korzystać z rekordu (permerror) i mogą odrzucać pocztę. Rekord: %3</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a second &quot;%2&quot;: redirect= and exp= may appear only once, so receiving servers cannot use the record (permerror). The record: %3</source>
        <translation>Rekord SPF domeny %1 zawiera po raz drugi „%2”: redirect= i exp= mogą wystąpić tylko raz, więc serwery odbiorców nie mogą korzystać z rekordu (permerror). Rekord: %3</translation>
    </message>
    <message>
        <source>The SPF record of %1 contains &quot;%2&quot;, a character that is not plain ASCII (often a typographic quote or dash pasted from a document), so receiving servers cannot use it (permerror). The record: %3</source>
        <translation>Rekord SPF domeny %1 zawiera „%2” – znak spoza zwykłego zestawu ASCII (często typograficzny cudzysłów lub myślnik wklejony z dokumentu), więc serwery odbiorców nie mogą z niego korzystać (permerror). Rekord: %3</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs more than 10 DNS lookups (counting its includes). Receiving servers stop at 10 and treat the record as an error (permerror).</source>
        <translation>Rekord SPF domeny %1 wymaga ponad 10 zapytań DNS (wliczając wpisy include). Serwery odbiorców przerywają sprawdzanie po 10 zapytaniach i traktują rekord jako błędny (permerror).</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses %2 of the 10 DNS lookups allowed; one more include can break it.</source>
        <translation>Rekord SPF domeny %1 wykorzystuje %2 z 10 dozwolonych zapytań DNS; kolejny wpis include może sprawić, że rekord przestanie działać.</translation>
    </message>
    <message>
        <source>The SPF record of %1 names more than 2 domains that do not exist or have no address (the third: &quot;%2&quot;). Receiving servers treat this as an error (permerror) and may reject the mail.</source>
        <translation>Rekord SPF domeny %1 wskazuje więcej niż 2 domeny, które nie istnieją lub nie mają adresu (trzecia: „%2”). Serwery odbiorców traktują to jako błąd (permerror) i mogą odrzucać pocztę.</translation>
    </message>
    <message>
        <source>Evaluating the SPF record of %1 ends in an error (permerror) at &quot;%2&quot; in the record of %3. Receiving servers may reject the mail.</source>
        <translation>Sprawdzanie rekordu SPF domeny %1 kończy się błędem (permerror) na „%2” w rekordzie domeny %3. Serwery odbiorców mogą odrzucać pocztę.</translation>
    </message>
    <message>
        <source>Part of the SPF record of %1 could not be read from DNS: the lookup for &quot;%2&quot; failed. Receiving servers may defer mail from this domain until it answers.</source>
        <translation>Nie udało się odczytać z DNS części rekordu SPF domeny %1: zapytanie o „%2” nie powiodło się. Serwery odbiorców mogą odkładać pocztę z tej domeny, dopóki DNS nie zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in &quot;+all&quot;: it allows every server in the world to send mail as %1, which spam filters punish.</source>
        <translation>Rekord SPF domeny %1 kończy się na „+all”: pozwala każdemu serwerowi na świecie wysyłać pocztę jako %1, za co filtry antyspamowe obniżają ocenę wiadomości.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in &quot;?all&quot;: it says nothing about servers it does not list, so it does not protect the domain from forged mail.</source>
        <translation>Rekord SPF domeny %1 kończy się na „?all”: nie określa niczego w sprawie serwerów, których nie wymienia, więc nie chroni domeny przed pocztą z podrobionym nadawcą.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorize our servers (include:%2). Mail sent through us may be rejected with &quot;550 SPF&quot; or land in spam.</source>
        <translation>Rekord SPF domeny %1 nie upoważnia naszych serwerów (include:%2). Poczta wysyłana przez nasze serwery może zostać odrzucona z odpowiedzią „550 SPF” lub trafić do spamu.</translation>
    </message>
    <message>
        <source>%1 has a DMARC policy of &quot;reject&quot; (record at %2): receivers are asked to refuse mail that claims to come from %1 but passes neither SPF nor DKIM for it. This protects the domain against forged senders.</source>
        <translation>Domena %1 ma politykę DMARC „reject” (rekord pod nazwą %2): serwery odbiorców są proszone o odrzucanie poczty, która podaje się za pocztę z domeny %1, ale nie przechodzi dla niej weryfikacji ani SPF, ani DKIM. Chroni to domenę przed podszywaniem się pod nadawcę.</translation>
    </message>
    <message>
        <source>%1 has a DMARC policy of &quot;quarantine&quot; (record at %2): receivers are asked to put mail that claims to come from %1 but passes neither SPF nor DKIM for it into the spam folder.</source>
        <translation>Domena %1 ma politykę DMARC „quarantine” (rekord pod nazwą %2): serwery odbiorców są proszone o umieszczanie w folderze spamu poczty, która podaje się za pocztę z domeny %1, ale nie przechodzi dla niej weryfikacji ani SPF, ani DKIM.</translation>
    </message>
    <message>
        <source>%1 has a DMARC policy of &quot;none&quot; (record at %2): receivers only report on mail that fails SPF and DKIM and deliver it as if there were no DMARC. This is the right first step, but it does not stop anyone from forging the domain.</source>
        <translation>Domena %1 ma politykę DMARC „none” (rekord pod nazwą %2): serwery odbiorców jedynie raportują pocztę, która nie przechodzi weryfikacji SPF i DKIM, i doręczają ją tak, jakby DMARC nie było. To właściwy pierwszy krok, ale nie powstrzymuje on nikogo przed podszywaniem się pod domenę.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so the record of its organizational domain %2 applies, with its policy for subdomains (sp, or p when sp is not set): &quot;%3&quot;.</source>
        <translation>Domena %1 nie ma własnego rekordu DMARC, więc obowiązuje rekord jej domeny organizacyjnej %2 wraz z jego polityką dla subdomen (sp, a gdy sp nie jest ustawione – p): „%3”.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record (looked up: %2). Large mailbox providers (Gmail, Yahoo, Microsoft) expect one from senders and are more likely to put mail without it into spam; nothing protects the domain from being forged.</source>
        <translation>Domena %1 nie publikuje rekordu DMARC (sprawdzono: %2). Duzi dostawcy skrzynek pocztowych (Gmail, Yahoo, Microsoft) oczekują go od nadawców i częściej umieszczają pocztę bez niego w spamie; nic nie chroni domeny przed podszywaniem się pod nią.</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records at %3. With more than one, receivers apply none of them: the domain has no DMARC policy in effect.</source>
        <translation>Domena %1 publikuje pod nazwą %3 kilka rekordów DMARC (liczba rekordów: %2). Gdy jest ich więcej niż jeden, serwery odbiorców nie stosują żadnego z nich: domena nie ma obowiązującej polityki DMARC.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 at %2 is not valid, so receivers ignore it: for them the domain has no DMARC policy. Record: %3</source>
        <translation>Rekord DMARC domeny %1 pod nazwą %2 jest nieprawidłowy, więc serwery odbiorców go ignorują: dla nich domena nie ma polityki DMARC. Rekord: %3</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be read: %2. Receivers that get the same error may treat the mail as unauthenticated for a while.</source>
        <translation>Nie udało się odczytać rekordu DMARC domeny %1: %2. Serwery odbiorców, które otrzymają ten sam błąd, mogą przez pewien czas traktować pocztę jako nieuwierzytelnioną.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 applies to only %2% of the failing mail (pct=%2); the rest is treated one step more leniently.</source>
        <translation>Polityka DMARC domeny %1 obejmuje tylko %2% poczty, która nie przechodzi weryfikacji (pct=%2); pozostała część jest traktowana o jeden stopień łagodniej.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 asks for no aggregate reports (no rua tag), so nobody learns which servers send mail in the domain&apos;s name and whether it passes.</source>
        <translation>Rekord DMARC domeny %1 nie zamawia raportów zbiorczych (brak znacznika rua), więc nikt nie dowiaduje się, które serwery wysyłają pocztę w imieniu domeny i czy przechodzi ona weryfikację.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 sends reports to %2, in another domain that has not agreed to receive them (no TXT record starting with v=DMARC1 at %3, RFC 7489 7.1). Receivers will not send these reports; mail delivery is not affected.</source>
        <translation>Rekord DMARC domeny %1 kieruje raporty na adres %2 w innej domenie, która nie zgodziła się ich przyjmować (brak rekordu TXT zaczynającego się od v=DMARC1 pod nazwą %3, RFC 7489 7.1). Serwery odbiorców nie będą wysyłać tych raportów; nie ma to wpływu na doręczanie poczty.</translation>
    </message>
    <message>
        <source>Alignment of %1 is relaxed for both SPF and DKIM: a message passes DMARC when the address in its From header is in the same organizational domain as the domain that passed SPF (the envelope sender) or that signed it with DKIM; a subdomain such as mail.%1 counts as %1.</source>
        <translation>Zgodność domen (alignment) dla %1 jest swobodna (relaxed) zarówno dla SPF, jak i dla DKIM: wiadomość przechodzi weryfikację DMARC, gdy adres w jej nagłówku From należy do tej samej domeny organizacyjnej co domena, która przeszła weryfikację SPF (nadawca koperty), lub domena, która podpisała wiadomość kluczem DKIM; subdomena taka jak mail.%1 liczy się jako %1.</translation>
    </message>
    <message>
        <source>Alignment of %1: strict for DKIM (adkim=s), relaxed for SPF. A DKIM signature counts only when its domain (d=) is exactly the From domain; for SPF, a subdomain of the same organizational domain as the From address is enough.</source>
        <translation>Zgodność domen (alignment) dla %1: ścisła (strict) dla DKIM (adkim=s), swobodna (relaxed) dla SPF. Podpis DKIM liczy się tylko wtedy, gdy jego domena (d=) jest dokładnie domeną z nagłówka From; w przypadku SPF wystarczy subdomena należąca do tej samej domeny organizacyjnej co adres From.</translation>
    </message>
    <message>
        <source>Alignment of %1: strict for SPF (aspf=s), relaxed for DKIM. SPF counts only when the envelope sender&apos;s domain is exactly the From domain; a DKIM signature of any domain in the same organizational domain is enough.</source>
        <translation>Zgodność domen (alignment) dla %1: ścisła (strict) dla SPF (aspf=s), swobodna (relaxed) dla DKIM. SPF liczy się tylko wtedy, gdy domena nadawcy koperty jest dokładnie domeną z nagłówka From; wystarczy podpis DKIM dowolnej domeny należącej do tej samej domeny organizacyjnej.</translation>
    </message>
    <message>
        <source>Alignment of %1 is strict for both SPF and DKIM (aspf=s, adkim=s): a message passes DMARC only when the envelope sender&apos;s domain or the DKIM signing domain is exactly the domain in its From header. Mail sent through services that use their own subdomain fails.</source>
        <translation>Zgodność domen (alignment) dla %1 jest ścisła (strict) zarówno dla SPF, jak i dla DKIM (aspf=s, adkim=s): wiadomość przechodzi weryfikację DMARC tylko wtedy, gdy domena nadawcy koperty lub domena podpisu DKIM jest dokładnie domeną z jej nagłówka From. Poczta wysyłana przez usługi, które używają własnej subdomeny, nie przechodzi weryfikacji.</translation>
    </message>
    <message>
        <source>In the DMARC record of %1, v=DMARC1 is not the first tag. Receivers only recognize records that start with it.</source>
        <translation>W rekordzie DMARC domeny %1 v=DMARC1 nie jest pierwszym znacznikiem. Serwery odbiorców rozpoznają tylko rekordy, które się od niego zaczynają.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 does not start with exactly &quot;v=DMARC1&quot; (found &quot;%2&quot;); the version is case-sensitive and required.</source>
        <translation>Rekord DMARC domeny %1 nie zaczyna się dokładnie od „v=DMARC1” (znaleziono „%2”); wersja jest wymagana, a wielkość liter ma w niej znaczenie.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 contains &quot;%2&quot;, which is not of the form tag=value. Tags are separated by semicolons.</source>
        <translation>Rekord DMARC domeny %1 zawiera „%2”, co nie ma postaci znacznik=wartość. Znaczniki oddziela się średnikami.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 sets the tag %2 more than once; receivers may use either value.</source>
        <translation>Rekord DMARC domeny %1 ustawia znacznik %2 więcej niż raz; serwery odbiorców mogą użyć dowolnej z tych wartości.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 contains the unknown tag &quot;%2&quot;, which receivers ignore. It is often a typo of a known tag (p, sp, pct, rua, ruf, adkim, aspf, fo, rf, ri).</source>
        <translation>Rekord DMARC domeny %1 zawiera nieznany znacznik „%2”, który serwery odbiorców ignorują. Często jest to literówka w nazwie znanego znacznika (p, sp, pct, rua, ruf, adkim, aspf, fo, rf, ri).</translation>
    </message>
    <message>
        <source>The DMARC record of %1 has an invalid policy %2=%3; it must be none, quarantine or reject. Receivers then ignore the policy (at best they treat it as none).</source>
        <translation>Rekord DMARC domeny %1 zawiera nieprawidłową politykę %2=%3; dozwolone wartości to none, quarantine i reject. Serwery odbiorców ignorują wtedy politykę (w najlepszym razie traktują ją jako none).</translation>
    </message>
    <message>
        <source>The DMARC record of %1 has an invalid value in %2=%3, which receivers ignore. Report addresses must be written as mailto:name@domain; pct is 0-100; adkim and aspf are r or s; fo is 0, 1, d or s.</source>
        <translation>Rekord DMARC domeny %1 zawiera nieprawidłową wartość w %2=%3, którą serwery odbiorców ignorują. Adresy do raportów należy zapisywać w postaci mailto:nazwa@domena; pct przyjmuje wartości 0-100; adkim i aspf – r lub s; fo – 0, 1, d lub s.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 has no policy tag (p=). It is required; without it (and without a valid rua) receivers ignore the record.</source>
        <translation>Rekord DMARC domeny %1 nie zawiera znacznika polityki (p=). Jest on wymagany; bez niego (i bez prawidłowego rua) serwery odbiorców ignorują rekord.</translation>
    </message>
    <message>
        <source>%1 publishes a DKIM key under the selector &quot;%2&quot;: %3, %4 bits. Receivers can verify mail signed with it.</source>
        <translation>Domena %1 publikuje klucz DKIM pod selektorem „%2”: %3, długość w bitach: %4. Serwery odbiorców mogą weryfikować pocztę podpisaną tym kluczem.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; has %3 bits: still accepted, but 2048 bits is the recommended size today.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” jest %3-bitowy: nadal jest akceptowany, ale obecnie zalecana długość to 2048 bitów.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; has only %3 bits. Keys shorter than 1024 bits can be broken, and receivers following RFC 8301 treat signatures made with them as invalid: the mail counts as unsigned.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” jest tylko %3-bitowy. Klucze krótsze niż 1024 bity można złamać, a serwery odbiorców stosujące RFC 8301 traktują wykonane nimi podpisy jako nieprawidłowe: poczta jest uznawana za niepodpisaną.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is revoked (empty p=): every signature made with it fails. That is fine for a retired key, but mail still signed with selector &quot;%2&quot; fails DKIM.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” jest unieważniony (puste p=): żaden wykonany nim podpis nie przechodzi weryfikacji. Jest to w porządku w przypadku wycofanego klucza, ale poczta nadal podpisywana selektorem „%2” nie przechodzi weryfikacji DKIM.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is marked as being tested (t=y): receivers may treat failed signatures like unsigned mail.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” jest oznaczony jako testowy (t=y): serwery odbiorców mogą traktować pocztę z nieprawidłowym podpisem jak pocztę niepodpisaną.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is an Ed25519 key (RFC 8463). Not every receiver verifies Ed25519 signatures yet.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” jest kluczem Ed25519 (RFC 8463). Nie wszystkie serwery odbiorców weryfikują już podpisy Ed25519.</translation>
    </message>
    <message>
        <source>%1 publishes %3 TXT records under the DKIM selector &quot;%2&quot;; receivers may use any one of them, so verification succeeds only sometimes.</source>
        <translation>Domena %1 publikuje pod selektorem DKIM „%2” kilka rekordów TXT (liczba rekordów: %3); serwery odbiorców mogą użyć dowolnego z nich, więc weryfikacja udaje się tylko czasami.</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1 under the common selectors (%2). This is not an error in itself: the domain may use another selector, or may not sign its mail with DKIM.</source>
        <translation>Nie znaleziono klucza DKIM domeny %1 pod typowymi selektorami (%2). Samo w sobie nie jest to błędem: domena może używać innego selektora lub nie podpisywać poczty kluczem DKIM.</translation>
    </message>
    <message>
        <source>%1 publishes no DKIM key under the selector &quot;%2&quot;: mail signed with this selector fails DKIM verification.</source>
        <translation>Domena %1 nie publikuje klucza DKIM pod selektorem „%2”: poczta podpisana tym selektorem nie przechodzi weryfikacji DKIM.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; cannot be a DKIM selector of %1: a selector is made of letters, digits, hyphens and underscores (parts separated by dots), so it was not looked up.</source>
        <translation>„%2” nie może być selektorem DKIM domeny %1: selektor składa się z liter, cyfr, łączników i podkreśleń (części oddzielone kropkami), dlatego nie został sprawdzony.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; could not be read: %3. Receivers with the same problem cannot verify signatures for a while.</source>
        <translation>Nie udało się odczytać klucza DKIM domeny %1 pod selektorem „%2”: %3. Serwery odbiorców, które mają ten sam problem, przez pewien czas nie mogą weryfikować podpisów.</translation>
    </message>
    <message>
        <source>In the DKIM key record of %1 under the selector &quot;%2&quot;, v=DKIM1 is not the first tag; receivers reject the record.</source>
        <translation>W rekordzie klucza DKIM domeny %1 pod selektorem „%2” v=DKIM1 nie jest pierwszym znacznikiem; serwery odbiorców odrzucają ten rekord.</translation>
    </message>
    <message>
        <source>The DKIM key record of %1 under the selector &quot;%2&quot; has the version &quot;%3&quot;; only &quot;DKIM1&quot; is valid, so receivers reject the record.</source>
        <translation>Rekord klucza DKIM domeny %1 pod selektorem „%2” ma wersję „%3”; prawidłowa jest tylko wersja „DKIM1”, więc serwery odbiorców odrzucają rekord.</translation>
    </message>
    <message>
        <source>The DKIM key record of %1 under the selector &quot;%2&quot; contains &quot;%3&quot;, which is not of the form tag=value; receivers may reject the whole record.</source>
        <translation>Rekord klucza DKIM domeny %1 pod selektorem „%2” zawiera „%3”, co nie ma postaci znacznik=wartość; serwery odbiorców mogą odrzucić cały rekord.</translation>
    </message>
    <message>
        <source>The DKIM key record of %1 under the selector &quot;%2&quot; sets the tag %3 more than once, which makes it invalid.</source>
        <translation>Rekord klucza DKIM domeny %1 pod selektorem „%2” ustawia znacznik %3 więcej niż raz, co czyni rekord nieprawidłowym.</translation>
    </message>
    <message>
        <source>The DKIM record of %1 under the selector &quot;%2&quot; has no public key (no p= tag; tag names are case-sensitive), so no signature can be verified.</source>
        <translation>Rekord DKIM domeny %1 pod selektorem „%2” nie zawiera klucza publicznego (brak znacznika p=; w nazwach znaczników wielkość liter ma znaczenie), więc nie można zweryfikować żadnego podpisu.</translation>
    </message>
    <message>
        <source>The public key (p=) of %1 under the selector &quot;%2&quot; is not a valid %3 key; it is often cut off or has extra characters after copying. Signatures made with it fail.</source>
        <translation>Klucz publiczny (p=) domeny %1 pod selektorem „%2” nie jest prawidłowym kluczem %3; często jest obcięty lub po skopiowaniu zawiera dodatkowe znaki. Podpisy wykonane tym kluczem nie przechodzą weryfikacji.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; has the key type k=%3; receivers know only rsa and ed25519, so signatures fail.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” ma typ k=%3; serwery odbiorców znają tylko rsa i ed25519, więc podpisy nie przechodzą weryfikacji.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; allows only SHA-1 signatures (h=%3). RFC 8301 retired SHA-1, and many receivers treat such signatures as invalid.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” dopuszcza tylko podpisy SHA-1 (h=%3). RFC 8301 wycofał SHA-1 i wiele serwerów odbiorców traktuje takie podpisy jako nieprawidłowe.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; names an unknown hash algorithm (h=%3); only sha256 (and the retired sha1) exist.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” wskazuje nieznany algorytm skrótu (h=%3); istnieją tylko sha256 (oraz wycofany sha1).</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is restricted to other services (s=%3), so it is not valid for e-mail.</source>
        <translation>Klucz DKIM domeny %1 pod selektorem „%2” jest ograniczony do innych usług (s=%3), więc nie jest ważny dla poczty e-mail.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has no MX or A record in DNS, so our SMTP server refused the message for this recipient.</source>
        <translation>Domena odbiorcy nie posiada rekordu MX ani A w systemie DNS, dlatego nasz serwer SMTP odrzucił wiadomość dla tego odbiorcy.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no valid MX or A record in DNS, so our SMTP server refused the message.</source>
        <translation>Domena nadawcy nie posiada prawidłowego rekordu MX ani A w systemie DNS, dlatego nasz serwer SMTP odrzucił wiadomość.</translation>
    </message>
    <message>
        <source>Our SMTP server refused the sender address: its domain is neither the domain used to log in nor its alias, or the connection came from a country not allowed for the domain (GeoIP).</source>
        <translation>Nasz serwer SMTP odrzucił adres nadawcy: jego domena nie jest ani domeną używaną do autoryzacji, ani aliasem tej domeny, albo połączenie zostało nawiązane z kraju niedozwolonego dla tej domeny (zabezpieczenie GeoIP).</translation>
    </message>
    <message>
        <source>Our SMTP server refused the login: the user name or password is wrong, or the mail program does not authenticate.</source>
        <translation>Nasz serwer SMTP odrzucił logowanie: nazwa użytkownika lub hasło są nieprawidłowe albo program pocztowy nie korzysta z uwierzytelniania.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full and cannot accept more messages.</source>
        <translation>Skrzynka odbiorcy jest pełna i nie może przyjąć kolejnych wiadomości.</translation>
    </message>
    <message>
        <source>The receiving server refused the message because the sending server&apos;s IP address is on a spam list (RBL) or has a poor reputation.</source>
        <translation>Serwer docelowy odrzucił wiadomość, ponieważ adres IP serwera nadawcy znajduje się na spam-liście (RBL) lub ma słabą reputację.</translation>
    </message>
    <message>
        <source>No mail host was found for the recipient&apos;s domain: the address contains characters that cannot be in an e-mail address, such as apostrophes.</source>
        <translation>Nie znaleziono hosta pocztowego dla domeny odbiorcy: adres zawiera znaki, które nie mogą występować w adresie e-mail, np. apostrofy.</translation>
    </message>
    <message>
        <source>The receiving server refused the connection because the sending IP address has no valid reverse DNS (Rev DNS) name.</source>
        <translation>Serwer docelowy odrzucił połączenie, ponieważ adres IP nadawcy nie ma prawidłowej nazwy w odwrotnym DNS (Rev DNS).</translation>
    </message>
    <message>
        <source>The receiving server refused the message because the SPF record (TXT) of the sender&apos;s domain does not allow the sending server.</source>
        <translation>Serwer docelowy odrzucił wiadomość, ponieważ rekord SPF (TXT) domeny nadawcy nie dopuszcza serwera, z którego wysłano wiadomość.</translation>
    </message>
    <message>
        <source>The server refused to relay the message: the domain is not on its list, is blocked, or SMTP authentication is not set up correctly.</source>
        <translation>Serwer odmówił przekazania wiadomości: domena nie znajduje się na liście obsługiwanych przez serwer, jest zablokowana lub nieprawidłowo skonfigurowano uwierzytelnianie SMTP.</translation>
    </message>
    <message>
        <source>The receiving server was unavailable for a long time (switched off or not working properly) and the message stayed in the queue too long.</source>
        <translation>Serwer docelowy był niedostępny przez dłuższy czas (mógł być wyłączony lub działać niepoprawnie), a wiadomość zbyt długo pozostawała w kolejce.</translation>
    </message>
    <message>
        <source>The receiving server could not verify the message&apos;s DKIM signature for the sender&apos;s domain.</source>
        <translation>Serwer docelowy nie mógł zweryfikować podpisu DKIM wiadomości dla domeny nadawcy.</translation>
    </message>
    <message>
        <source>The receiving server refused the message without giving a specific reason, often because of its security policy or a simplified configuration.</source>
        <translation>Serwer docelowy odrzucił wiadomość bez podania konkretnej przyczyny, co często jest związane z jego polityką bezpieczeństwa lub uproszczoną konfiguracją.</translation>
    </message>
    <message>
        <source>The receiving server could not verify the sender address and refused the message.</source>
        <translation>Serwer docelowy nie mógł zweryfikować adresu nadawcy i odrzucił wiadomość.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist or has been blocked.</source>
        <translation>Skrzynka odbiorcy nie istnieje lub została zablokowana.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or has no mail server (no MX or A record).</source>
        <translation>Domena odbiorcy nie istnieje lub nie ma serwera pocztowego (brak rekordu MX ani A).</translation>
    </message>
    <message>
        <source>The receiving server refused the connection from the sending IP address (a blacklist, or too many failed attempts).</source>
        <translation>Serwer docelowy odrzucił połączenie z adresu IP nadawcy (czarna lista lub zbyt wiele nieudanych prób).</translation>
    </message>
    <message>
        <source>The receiving server refused the message because of the sending IP address&apos;s poor reputation.</source>
        <translation>Serwer docelowy odrzucił wiadomość z powodu słabej reputacji adresu IP nadawcy.</translation>
    </message>
    <message>
        <source>The receiving server considered the message spam.</source>
        <translation>Serwer docelowy uznał wiadomość za spam.</translation>
    </message>
    <message>
        <source>The receiving server refused the message because of its policy.</source>
        <translation>Serwer docelowy odrzucił wiadomość ze względu na swoją politykę.</translation>
    </message>
    <message>
        <source>The receiving server refused the sender address.</source>
        <translation>Serwer docelowy odrzucił adres nadawcy.</translation>
    </message>
    <message>
        <source>The server requires authentication, or the authentication failed.</source>
        <translation>Serwer wymaga uwierzytelniania albo uwierzytelnianie nie powiodło się.</translation>
    </message>
    <message>
        <source>The message failed the SPF, DKIM or DMARC check of the sender&apos;s domain.</source>
        <translation>Wiadomość nie przeszła weryfikacji SPF, DKIM lub DMARC domeny nadawcy.</translation>
    </message>
    <message>
        <source>The receiving server requires a reverse DNS (PTR) name for the sending IP address.</source>
        <translation>Serwer docelowy wymaga, aby adres IP nadawcy miał nazwę w odwrotnym DNS (rekord PTR).</translation>
    </message>
    <message>
        <source>The server refused to relay the message to this domain.</source>
        <translation>Serwer odmówił przekazania wiadomości do tej domeny.</translation>
    </message>
    <message>
        <source>The message could not be delivered in time: the receiving server was unreachable.</source>
        <translation>Nie udało się dostarczyć wiadomości w wymaganym czasie: serwer docelowy był nieosiągalny.</translation>
    </message>
    <message>
        <source>A filter on the receiving side refused the message.</source>
        <translation>Filtr po stronie odbiorcy odrzucił wiadomość.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is suspended or disabled.</source>
        <translation>Skrzynka odbiorcy jest zawieszona lub wyłączona.</translation>
    </message>
    <message>
        <source>The recipient has moved to another address.</source>
        <translation>Odbiorca zmienił adres e-mail.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept e-mail.</source>
        <translation>Domena odbiorcy nie przyjmuje poczty e-mail.</translation>
    </message>
    <message>
        <source>The receiving server limits connections, recipients or messages, and the limit was reached.</source>
        <translation>Serwer docelowy ogranicza liczbę połączeń, odbiorców lub wiadomości, a limit został osiągnięty.</translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation>Rozmiar wiadomości przekracza limit serwera docelowego.</translation>
    </message>
    <message>
        <source>The receiving server refused the format of the message.</source>
        <translation>Serwer docelowy odrzucił wiadomość z powodu jej formatu.</translation>
    </message>
    <message>
        <source>The message&apos;s headers break the e-mail standard (e.g. several From or Subject headers).</source>
        <translation>Nagłówki wiadomości naruszają standard poczty e-mail (np. kilka nagłówków From lub Subject).</translation>
    </message>
    <message>
        <source>The receiving server did not understand a command of the sending server.</source>
        <translation>Serwer docelowy nie rozpoznał polecenia wysłanego przez serwer nadawcy.</translation>
    </message>
    <message>
        <source>A network or DNS problem prevented delivery to the receiving server.</source>
        <translation>Problem z siecią lub DNS uniemożliwił dostarczenie wiadomości do serwera docelowego.</translation>
    </message>
    <message>
        <source>The receiving server had an internal problem.</source>
        <translation>Na serwerze docelowym wystąpił błąd wewnętrzny.</translation>
    </message>
    <message>
        <source>The receiving server is out of disk space.</source>
        <translation>Na serwerze docelowym zabrakło miejsca na dysku.</translation>
    </message>
    <message>
        <source>The program that delivers mail on the receiving side failed.</source>
        <translation>Wystąpił błąd programu, który dostarcza pocztę po stronie odbiorcy.</translation>
    </message>
    <message>
        <source>The message was delivered: this is a success notice.</source>
        <translation>Wiadomość została dostarczona: jest to powiadomienie o pomyślnym dostarczeniu.</translation>
    </message>
    <message>
        <source>A recipient reported the message as spam or abuse (a feedback loop report).</source>
        <translation>Odbiorca zgłosił wiadomość jako spam lub nadużycie (raport pętli zwrotnej, feedback loop).</translation>
    </message>
    <message>
        <source>This is an automatic reply (such as out of office), not a delivery failure.</source>
        <translation>Jest to automatyczna odpowiedź (np. o nieobecności w biurze), a nie powiadomienie o niedostarczeniu wiadomości.</translation>
    </message>
    <message>
        <source>Delivery is delayed or failed for a reason the text does not make clear.</source>
        <translation>Dostarczenie wiadomości jest opóźnione lub nie powiodło się z przyczyny, której nie da się jednoznacznie ustalić na podstawie treści.</translation>
    </message>
    <message>
        <source>The reason for the failure could not be recognized in the text.</source>
        <translation>Nie udało się rozpoznać przyczyny niepowodzenia na podstawie treści.</translation>
    </message>
    <message>
        <source>The receiving server found a virus or other malicious content in the message.</source>
        <translation>Serwer odbiorcy wykrył w wiadomości wirusa lub inną szkodliwą zawartość.</translation>
    </message>
    <message>
        <source>The sending service did not try to deliver: the address is on its suppression list after earlier bounces or complaints.</source>
        <translation>Usługa wysyłkowa nie próbowała doręczyć wiadomości: adres jest na jej liście blokowanych adresów po wcześniejszych wiadomościach zwrotnych lub skargach.</translation>
    </message>
    <message>
        <source>More than %1 failed logins in an hour came from this IP address, so our SMTP server refuses its connections for now.</source>
        <translation>W ciągu godziny z tego adresu IP wykonano ponad %1 nieudanych prób uwierzytelniania, dlatego nasz serwer SMTP tymczasowo odrzuca kolejne połączenia z tego adresu.</translation>
    </message>
    <message>
        <source>The sending limits were exceeded (%1 messages a minute, %2 an hour, %3 in 12 hours), or more than %4% of the messages from this IP address could not be delivered.</source>
        <translation>Przekroczono limity wysyłki (%1 wiadomości na minutę, %2 na godzinę, %3 na 12 godzin) albo ponad %4% wiadomości wysłanych z tego adresu IP nie udało się dostarczyć.</translation>
    </message>
    <message>
        <source>Our anti-spam system considers the messages from this sender spam: after the first %1 in an hour, further messages are refused.</source>
        <translation>Nasz system antyspamowy uznaje wiadomości od tego nadawcy za spam: po pierwszych %1 w ciągu godziny kolejne są odrzucane.</translation>
    </message>
    <message>
        <source>The results are inconclusive: %1 of %2 DNS questions got no answer (timed out) from the resolver %3. Checks that needed them could not tell whether anything is wrong.</source>
        <translation>Wyniki są niejednoznaczne: %1 z %2 zapytań DNS nie doczekało się odpowiedzi (upłynął limit czasu) od resolwera %3. Sprawdzenia, które ich potrzebowały, nie mogły ustalić, czy coś jest nie tak.</translation>
    </message>
    <message>
        <source>The headers have no Received lines, so the path of the message is unknown: was the whole header block copied?</source>
        <translation>Nagłówki nie zawierają linii Received, więc droga wiadomości jest nieznana: czy skopiowano cały blok nagłówków?</translation>
    </message>
    <message>
        <source>Hop %1 (%2 from %3) is dated %4 earlier than the step before it: a server&apos;s clock is wrong, so the delays around it are not real.</source>
        <translation>Przeskok %1 (%2 od %3) ma datę o %4 wcześniejszą niż krok przed nim: zegar któregoś serwera jest błędny, więc opóźnienia wokół niego nie są prawdziwe.</translation>
    </message>
    <message>
        <source>Hop %1 (%2 from %3) is dated %4 after the step before it, which is implausible: a server&apos;s clock is probably wrong.</source>
        <translation>Przeskok %1 (%2 od %3) ma datę o %4 późniejszą niż krok przed nim, co jest mało prawdopodobne: zegar któregoś serwera jest zapewne błędny.</translation>
    </message>
    <message>
        <source>The message waited %1 before %2 received it from %3 (hop %4): the delay happened there, not at the recipient.</source>
        <translation>Wiadomość czekała %1, zanim %2 odebrał ją od %3 (przeskok %4): opóźnienie powstało tam, a nie u odbiorcy.</translation>
    </message>
    <message>
        <source>The message passed %1 hops in %2. It entered the receiving side at %3, from %4: that is the sending server whose SPF and reputation count.</source>
        <translation>Wiadomość przeszła %1 przeskoków w %2. Do strony odbiorczej weszła na %3, od %4: to serwer wysyłający, którego SPF i reputacja się liczą.</translation>
    </message>
    <message>
        <source>The message passed %1 hops in %2; no hop from a public address outside the receiving side was found, so the sending server is unknown.</source>
        <translation>Wiadomość przeszła %1 przeskoków w %2; nie znaleziono przeskoku z publicznego adresu spoza strony odbiorczej, więc serwer wysyłający jest nieznany.</translation>
    </message>
    <message>
        <source>The message has no From header: receivers reject or distrust it, and DMARC cannot be evaluated.</source>
        <translation>Wiadomość nie ma nagłówka From: odbiorcy ją odrzucają lub jej nie ufają, a DMARC nie da się ocenić.</translation>
    </message>
    <message>
        <source>The message has %1 From headers; receivers such as Gmail reject such messages.</source>
        <translation>Wiadomość ma %1 nagłówków From; odbiorcy tacy jak Gmail odrzucają takie wiadomości.</translation>
    </message>
    <message>
        <source>From: %1, Sender: %2, Reply-To: %3, Return-Path: %4.</source>
        <translation>From: %1, Sender: %2, Reply-To: %3, Return-Path: %4.</translation>
    </message>
    <message>
        <source>Replies go to %2, another domain than the sender&apos;s %1. Legitimate for some newsletters and forms, but typical of phishing: check who owns %2.</source>
        <translation>Odpowiedzi trafiają do %2, innej domeny niż domena nadawcy %1. Bywa to uzasadnione w newsletterach i formularzach, ale jest typowe dla phishingu: sprawdź, kto jest właścicielem %2.</translation>
    </message>
    <message>
        <source>The message has no Message-ID header; spam filters count that against it, and Gmail may reject it.</source>
        <translation>Wiadomość nie ma nagłówka Message-ID; filtry antyspamowe liczą to na jej niekorzyść, a Gmail może ją odrzucić.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;; spam filters count that against the message.</source>
        <translation>Message-ID „%1” nie ma postaci &lt;id@domena&gt;; filtry antyspamowe liczą to na niekorzyść wiadomości.</translation>
    </message>
    <message>
        <source>The message has no Date header; spam filters count that against it.</source>
        <translation>Wiadomość nie ma nagłówka Date; filtry antyspamowe liczą to na jej niekorzyść.</translation>
    </message>
    <message>
        <source>The Date header &quot;%1&quot; cannot be read as a date.</source>
        <translation>Nagłówka Date „%1” nie da się odczytać jako daty.</translation>
    </message>
    <message>
        <source>The message is dated %1, in the future: the sender&apos;s clock is wrong, which spam filters notice.</source>
        <translation>Wiadomość ma datę %1, z przyszłości: zegar nadawcy jest błędny, co zauważają filtry antyspamowe.</translation>
    </message>
    <message>
        <source>This is bulk mail (a mailing list or newsletter) without a List-Unsubscribe header: since 2024 Gmail and Yahoo send such mail to spam or reject it.</source>
        <translation>To poczta masowa (lista dyskusyjna lub newsletter) bez nagłówka List-Unsubscribe: od 2024 r. Gmail i Yahoo kierują taką pocztę do spamu lub ją odrzucają.</translation>
    </message>
    <message>
        <source>List-Unsubscribe has a link but there is no List-Unsubscribe-Post header: Gmail and Yahoo require one-click unsubscription (RFC 8058) from bulk senders.</source>
        <translation>List-Unsubscribe zawiera link, ale brak nagłówka List-Unsubscribe-Post: Gmail i Yahoo wymagają od nadawców masowych wypisania jednym kliknięciem (RFC 8058).</translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers accept at most 25 MB (attachments grow by a third when sent).</source>
        <translation>Wiadomość ma %1 MB; wiele serwerów przyjmuje najwyżej 25 MB (załączniki przy wysyłce rosną o jedną trzecią).</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;, %3, %4-bit key) verifies: the signed headers and the body arrived exactly as signed.</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”, %3, klucz %4-bitowy) jest poprawny: podpisane nagłówki i treść dotarły dokładnie tak, jak je podpisano.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) fails: the body was changed after signing (a footer added by a mailing list, a forwarder or an antivirus, or re-encoded lines).</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) jest niepoprawny: treść zmieniono po podpisaniu (stopka dodana przez listę dyskusyjną, przekierowanie lub antywirus albo przekodowane wiersze).</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) fails: the signature does not match the signed headers (a signed header such as Subject was changed after signing, or the key in DNS is not the one the server signs with).</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) jest niepoprawny: podpis nie zgadza się z podpisanymi nagłówkami (podpisany nagłówek, np. Subject, zmieniono po podpisaniu albo klucz w DNS nie jest tym, którym podpisuje serwer).</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 cannot be verified: no key is published under the selector &quot;%2&quot;.</source>
        <translation>Podpisu DKIM domeny %1 nie da się zweryfikować: pod selektorem „%2” nie opublikowano klucza.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 fails: the key under the selector &quot;%2&quot; is revoked (empty p=).</source>
        <translation>Podpis DKIM domeny %1 jest niepoprawny: klucz pod selektorem „%2” jest unieważniony (puste p=).</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) is made with a %4-bit key; receivers following RFC 8301 ignore keys under 1024 bits.</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) złożono kluczem %4-bitowym; odbiorcy stosujący RFC 8301 ignorują klucze krótsze niż 1024 bity.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 fails: the record under the selector &quot;%2&quot; is not a usable %3 key (%5).</source>
        <translation>Podpis DKIM domeny %1 jest niepoprawny: rekord pod selektorem „%2” nie jest użytecznym kluczem %3 (%5).</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) has expired (its x= time has passed), so it no longer counts.</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) wygasł (minął czas x=), więc już się nie liczy.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 is invalid: its identity (i=) is not in the domain %1.</source>
        <translation>Podpis DKIM domeny %1 jest nieważny: jego tożsamość (i=) nie należy do domeny %1.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 cannot be read: %5.</source>
        <translation>Podpisu DKIM domeny %1 nie da się odczytać: %5.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 uses the algorithm &quot;%3&quot;, which no receiver knows.</source>
        <translation>Podpis DKIM domeny %1 używa algorytmu „%3”, którego nie zna żaden odbiorca.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; could not be read now (%5), so the signature was not verified.</source>
        <translation>Klucza DKIM domeny %1 pod selektorem „%2” nie udało się teraz odczytać (%5), więc podpisu nie zweryfikowano.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) verifies, but it uses rsa-sha1, which RFC 8301 retired: many receivers treat it as no signature.</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) jest poprawny, ale używa rsa-sha1, wycofanego przez RFC 8301: wielu odbiorców traktuje go jak brak podpisu.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) verifies, but it covers only the first %3 bytes of the body (l=); the %4 bytes after them are not signed and may have been added by anyone.</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) jest poprawny, ale obejmuje tylko pierwsze %3 bajtów treści (l=); %4 bajtów dalej nie jest podpisanych i mógł je dopisać ktokolwiek.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;, %3, %4-bit key) verifies for the headers; the body was not pasted, so it was not checked.</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”, %3, klucz %4-bitowy) jest poprawny dla nagłówków; treści nie wklejono, więc jej nie sprawdzono.</translation>
    </message>
    <message>
        <source>The message has no DKIM signature: receivers cannot tell that it really comes from %1, and Gmail and Yahoo require one from bulk senders.</source>
        <translation>Wiadomość nie ma podpisu DKIM: odbiorcy nie mogą stwierdzić, że naprawdę pochodzi z %1, a Gmail i Yahoo wymagają go od nadawców masowych.</translation>
    </message>
    <message>
        <source>The ARC chain of %1 sets verifies (the newest by %2): the forwarders&apos; records of the authentication results they saw can be trusted as far as their senders are.</source>
        <translation>Łańcuch ARC z %1 zestawów jest poprawny (najnowszy od %2): zapisom pośredników o wynikach uwierzytelnienia, które widzieli, można ufać w takim stopniu, jak samym pośrednikom.</translation>
    </message>
    <message>
        <source>The ARC chain does not verify (%1): the forwarders&apos; claims about the original authentication cannot be trusted.</source>
        <translation>Łańcuch ARC jest niepoprawny (%1): twierdzeniom pośredników o pierwotnym uwierzytelnieniu nie można ufać.</translation>
    </message>
    <message>
        <source>SPF passes: %1, which handed the message in, may send for %2.</source>
        <translation>SPF jest poprawny: %1, który przekazał wiadomość, może wysyłać pocztę dla %2.</translation>
    </message>
    <message>
        <source>SPF gives &quot;%3&quot; for %1 sending for %2: not a pass, so spam filters give the message no credit for it.</source>
        <translation>SPF daje „%3” dla %1 wysyłającego dla %2: to nie jest wynik pass, więc filtry antyspamowe nie dają wiadomości za to żadnego kredytu zaufania.</translation>
    </message>
    <message>
        <source>SPF of %2 for %1 could not be evaluated now (%4).</source>
        <translation>SPF domeny %2 dla %1 nie dało się teraz ocenić (%4).</translation>
    </message>
    <message>
        <source>SPF of %2 gives &quot;%3&quot; for %1 (%4): receivers treat the record as broken.</source>
        <translation>SPF domeny %2 daje „%3” dla %1 (%4): odbiorcy traktują rekord jako uszkodzony.</translation>
    </message>
    <message>
        <source>SPF was not evaluated: the headers do not show which server handed the message in.</source>
        <translation>SPF nie został oceniony: nagłówki nie pokazują, który serwer przekazał wiadomość.</translation>
    </message>
    <message>
        <source>SPF for the HELO name %2 of %1 gives &quot;%3&quot;.</source>
        <translation>SPF dla nazwy HELO %2 serwera %1 daje „%3”.</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 could not be read now.</source>
        <translation>Polityki DMARC domeny %1 nie udało się teraz odczytać.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so nothing ties the From address to SPF and DKIM; since 2024 Gmail and Yahoo require one from bulk senders.</source>
        <translation>%1 nie publikuje polityki DMARC, więc nic nie wiąże adresu From z SPF i DKIM; od 2024 r. Gmail i Yahoo wymagają jej od nadawców masowych.</translation>
    </message>
    <message>
        <source>DMARC passes for %1 through %2.</source>
        <translation>DMARC jest poprawny dla %1 dzięki %2.</translation>
    </message>
    <message>
        <source>DMARC fails for %1: neither SPF nor a verified DKIM signature is aligned with the From domain. Its policy p=%2 tells receivers what to do with such mail.</source>
        <translation>DMARC jest niepoprawny dla %1: ani SPF, ani zweryfikowany podpis DKIM nie jest zgodny z domeną From. Jej polityka p=%2 mówi odbiorcom, co robić z taką pocztą.</translation>
    </message>
    <message>
        <source>%1 wrote %2=%3 into the headers, but checking now gives %4. The receiver may have seen another path, the DNS records may have changed since, or the header was forged by an earlier server.</source>
        <translation>%1 zapisał w nagłówkach %2=%3, ale sprawdzenie teraz daje %4. Odbiorca mógł widzieć inną drogę, rekordy DNS mogły się od tego czasu zmienić albo nagłówek sfałszował wcześniejszy serwer.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) is dated in the future (t= is %5): the signing server&apos;s clock is ahead, and receivers may ignore such a signature (RFC 6376 3.5).</source>
        <translation>Podpis DKIM domeny %1 (selektor „%2”) ma datę z przyszłości (t= to %5): zegar serwera podpisującego się spieszy, a odbiorcy mogą pominąć taki podpis (RFC 6376 3.5).</translation>
    </message>
    <message>
        <source>The message carries %1 DKIM signatures; the first %2 were verified and the other %3 were not. Real mail has one to three: so many suggest a broken signing setup or a crafted message, and receivers may stop verifying early too.</source>
        <translation>Wiadomość ma %1 podpisów DKIM; sprawdzono pierwsze %2, pozostałych %3 nie. Zwykła poczta ma od jednego do trzech: tak wiele wskazuje na błędną konfigurację podpisywania lub spreparowaną wiadomość, a odbiorcy również mogą przerwać weryfikację wcześniej.</translation>
    </message>
    <message>
        <source>SPF fails: the SPF record of %2 does not allow %1, the server that handed the message in, so receivers reject the message or put it in spam. If %1 sends mail for %2 (its mail server, a newsletter service, a CRM), the record must list it; if not, the message is forged.</source>
        <translation>SPF jest niepoprawny: rekord SPF domeny %2 nie zezwala na %1, serwer, który przekazał wiadomość, więc odbiorcy ją odrzucają lub umieszczają w spamie. Jeśli %1 wysyła pocztę dla %2 (jej serwer poczty, usługa newsletterowa, CRM), rekord musi go wymieniać; jeśli nie, wiadomość jest sfałszowana.</translation>
    </message>
    <message>
        <source>The bounce quotes the headers of the returned message (from %1): the findings about its path and signatures are for staff. What to answer is the bounce&apos;s reason.</source>
        <translation>Wiadomość zwrotna cytuje nagłówki zwróconej wiadomości (od %1): ustalenia dotyczące jej drogi i podpisów są dla personelu. Odpowiedź dla klienta wynika z przyczyny zwrotu.</translation>
    </message>
</context>
<context>
    <name>GeoIpDatabase</name>
    <message>
        <source>Country data: ip-location-db (%1), from the Number Resource Organization (nro.net), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation>Dane o krajach: ip-location-db (%1), na podstawie danych Number Resource Organization (nro.net), licencja CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</translation>
    </message>
    <message>
        <source>This product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com.</source>
        <translation>Ten produkt zawiera dane GeoLite2 opracowane przez MaxMind, dostępne pod adresem https://www.maxmind.com.</translation>
    </message>
    <message>
        <source>IP geolocation by DB-IP (https://db-ip.com), licensed under CC BY 4.0.</source>
        <translation>Geolokalizacja IP: DB-IP (https://db-ip.com), licencja CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do:</source>
        <translation>Co zrobić:</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>MailTriage diagnosis</source>
        <translation>Diagnoza MailTriage</translation>
    </message>
    <message>
        <source>Checked: %1 (%2)</source>
        <translation>Sprawdzono: %1 (%2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Brak wyników.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 jest folderem, a nie plikiem</translation>
    </message>
    <message>
        <source>%1 is too large to be a message (%2 bytes)</source>
        <translation>Plik %1 jest zbyt duży jak na wiadomość (bajtów: %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>InputKind</name>
    <message>
        <source>Nothing entered</source>
        <translation>Nic nie wpisano</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>Adres IPv4</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Adres IPv6</translation>
    </message>
    <message>
        <source>Text (a bounce or a server reply)</source>
        <translation>Tekst (wiadomość zwrotna lub odpowiedź serwera)</translation>
    </message>
    <message>
        <source>Message (its headers: path and authentication)</source>
        <translation>Wiadomość (jej nagłówki: droga i uwierzytelnienie)</translation>
    </message>
</context>
<context>
    <name>MailClientView</name>
    <message>
        <source>The message is sent to the valid recipients; a new message reports the invalid ones. Server reply: %1</source>
        <extracomment>Help page: MS Outlook wyśle wiadomość do poprawnych odbiorców ... oraz zwróci komunikat o błędzie</extracomment>
        <translation>Program wyśle wiadomość do poprawnych odbiorców oraz zwróci komunikat o błędzie (jako nową wiadomość) z informacją, którzy odbiorcy byli niepoprawni. Odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>The message is not sent: a warning says &quot;Invalid destination domain&quot;. Correct or remove the invalid addresses. Server reply: %1</source>
        <extracomment>Help page: wiadomość nie zostanie wysłana, zostanie wyświetlone ostrzeżenie z błędem &quot;Niepoprawna domena docelowa&quot;</extracomment>
        <translation>Wiadomość nie zostanie wysłana, zostanie wyświetlone ostrzeżenie z błędem „Niepoprawna domena docelowa”. Konieczne jest poprawienie lub usunięcie niepoprawnych adresów z listy odbiorców. Odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>A pop-up shows the server reply: %1</source>
        <translation>Zostanie wyświetlony POP-UP zawierający odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>Task &apos;%1 – Sending&apos; reported error (%2): &apos;Cannot send the message. Check the e-mail address in the account properties. Server reply: %3&apos;</source>
        <extracomment>Help page: Zadanie &apos;jan@kowalski – Wysyłanie&apos; zgłosiło błąd (0x800CCC78): &apos;Nie można wysłać wiadomości. Sprawdź adres e-mail we właściwościach konta. Odpowiedź serwera: 550 5.1.0 ...&apos;</extracomment>
        <translation>Zadanie &apos;%1 – Wysyłanie&apos; zgłosiło błąd (%2): &apos;Nie można wysłać wiadomości. Sprawdź adres e-mail we właściwościach konta. Odpowiedź serwera: %3&apos;</translation>
    </message>
    <message>
        <source>An error occurred while sending mail. Server reply: %1. Check the e-mail address in the Account Settings and try again.</source>
        <extracomment>Help page: Podczas wysyłania poczty wystąpił błąd. Odpowiedź serwera: 5.1.0 ... authentication failed. Sprawdź poprawność wprowadzonego adresu e-mail w Konfiguracji kont, a następnie ponów próbę.</extracomment>
        <translation>Podczas wysyłania poczty wystąpił błąd. Odpowiedź serwera: %1. Sprawdź poprawność wprowadzonego adresu e-mail w Konfiguracji kont, a następnie ponów próbę.</translation>
    </message>
    <message>
        <source>Internal error [%1]</source>
        <extracomment>Help page: Błąd wewnętrzny [550 5.1.0 ... authentication failed]</extracomment>
        <translation>Błąd wewnętrzny [%1]</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>%1: must be a whole number of at least %2</source>
        <translation>%1: musi być liczbą całkowitą nie mniejszą niż %2</translation>
    </message>
    <message>
        <source>%1: must be a number from 0 to 1</source>
        <translation>%1: musi być liczbą od 0 do 1</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: brak wymaganego klucza</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: musi być ciągiem znaków</translation>
    </message>
    <message>
        <source>%1: must be a list of strings</source>
        <translation>%1: musi być listą ciągów znaków</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: nieznany klucz</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>nieprawidłowy JSON na pozycji %1: %2</translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation>zasady muszą być obiektem JSON</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: musi być obiektem</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: musi być listą</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: wartość nie może być pusta</translation>
    </message>
    <message>
        <source>%1: must be an e-mail address</source>
        <translation>%1: musi być adresem e-mail</translation>
    </message>
    <message>
        <source>%1: must be a hash made by mailtriage-cli hash-password</source>
        <translation>%1: musi być skrótem utworzonym poleceniem mailtriage-cli hash-password</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-letter country code (e.g. PL)</source>
        <translation>%1: „%2” nie jest dwuliterowym kodem kraju (np. PL)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>All is well</source>
        <translation>Wszystko w porządku</translation>
    </message>
    <message>
        <source>Rule 1: wrong password</source>
        <translation>Reguła 1: nieprawidłowe hasło</translation>
    </message>
    <message>
        <source>Rule 2: sender from a domain not of the account</source>
        <translation>Reguła 2: nadawca z domeny innej niż domena używana do autoryzacji</translation>
    </message>
    <message>
        <source>Rule 3: a recipient domain without MX or A</source>
        <translation>Reguła 3: domena odbiorcy bez rekordu MX ani A</translation>
    </message>
    <message>
        <source>Rule 8: connection from a country not allowed</source>
        <translation>Reguła 8: połączenie z niedozwolonego kraju</translation>
    </message>
    <message>
        <source>Rule 4: more than %1 failed logins in an hour</source>
        <translation>Reguła 4: ponad %1 nieudanych prób uwierzytelniania w ciągu godziny</translation>
    </message>
    <message>
        <source>Rule 5: more than %1 messages in a minute</source>
        <translation>Reguła 5: ponad %1 wiadomości w ciągu minuty</translation>
    </message>
    <message>
        <source>Rule 6: over %1% of more than %2 messages undeliverable</source>
        <translation>Reguła 6: ponad %1% z ponad %2 wiadomości nie może zostać dostarczonych</translation>
    </message>
    <message>
        <source>Rule 7: spam after the first %1 in an hour</source>
        <translation>Reguła 7: spam po pierwszych %1 wiadomościach w ciągu godziny</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>What to do: %1</source>
        <translation>Co zrobić: %1</translation>
    </message>
    <message>
        <source>Our server&apos;s reply to this sender domain: %1</source>
        <translation>Odpowiedź naszego serwera dla tej domeny nadawcy: %1</translation>
    </message>
    <message>
        <source>Our server&apos;s reply to this recipient domain: %1</source>
        <translation>Odpowiedź naszego serwera dla tej domeny odbiorcy: %1</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, time: %3 ms</source>
        <translation>Błędy: %1, ostrzeżenia: %2, czas: %3 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>INCONCLUSIVE: a check that could have found a problem did not finish; this is not an all-clear.</source>
        <translation>WYNIK NIEJEDNOZNACZNY: nie zakończyło się sprawdzenie, które mogło wykryć problem; to nie oznacza, że wszystko jest w porządku.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>MailTriage diagnosis</source>
        <translation>Diagnoza MailTriage</translation>
    </message>
</context>
<context>
    <name>ServerLog</name>
    <message>
        <source>listening on %1, state in %2</source>
        <translation>nasłuchiwanie na %1, katalog stanu: %2</translation>
    </message>
    <message>
        <source>stopped; %1 message(s) accepted</source>
        <translation>zatrzymano; liczba przyjętych wiadomości: %1</translation>
    </message>
    <message>
        <source>stopped; %1 message(s) accepted, %2 disk sync(s)</source>
        <translation>zatrzymano; liczba przyjętych wiadomości: %1, synchronizacji dysku: %2</translation>
    </message>
</context>
<context>
    <name>ServerRuntime</name>
    <message>
        <source>Cannot create the state directory %1.</source>
        <translation>Nie można utworzyć katalogu stanu %1.</translation>
    </message>
    <message>
        <source>Cannot use the state directory %1: %2</source>
        <translation>Nie można użyć katalogu stanu %1: %2</translation>
    </message>
    <message>
        <source>The policy file is not usable, the demo policy applies</source>
        <translation>Nie można użyć pliku zasad, obowiązują zasady demonstracyjne</translation>
    </message>
    <message>
        <source>STARTTLS is off: %1</source>
        <translation>STARTTLS jest wyłączony: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2. Another program (or another MailTriage) may be using the port; stop it or choose another port.</source>
        <translation>Nie można nasłuchiwać na %1: %2. Port może być używany przez inny program (lub inną kopię MailTriage); należy go zamknąć albo wybrać inny port.</translation>
    </message>
    <message>
        <source>The state store %1 answers again.</source>
        <translation>Magazyn stanu %1 znów odpowiada.</translation>
    </message>
    <message>
        <source>The state store %1 is unreachable: messages are deferred (451 4.3.0) until it answers.</source>
        <translation>Magazyn stanu %1 jest nieosiągalny: wiadomości są odkładane (451 4.3.0), dopóki nie zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>This build cannot use %1: it has no Redis support.</source>
        <translation>Ta wersja nie może użyć %1: nie obsługuje Redisa.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not a DNS server: write an IP address, optionally with :PORT</source>
        <translation>„%1” nie jest serwerem DNS: należy wpisać adres IP, opcjonalnie z :PORT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS zone name</source>
        <translation>„%1” nie jest nazwą strefy DNS</translation>
    </message>
    <message>
        <source>The GeoIP database &quot;%1&quot; is not a readable file</source>
        <translation>Baza GeoIP „%1” nie jest plikiem, który można odczytać</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name for the SPF include</source>
        <translation>„%1” nie jest nazwą domeny, której można użyć w include SPF</translation>
    </message>
    <message>
        <source>The server port must be between 1 and 65535</source>
        <translation>Port serwera musi mieć wartość od 1 do 65535</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
</context>
<context>
    <name>SpfTrace</name>
    <message>
        <source>SPF record</source>
        <translation>rekord SPF</translation>
    </message>
    <message>
        <source>match</source>
        <translation>pasuje</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>nie pasuje</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>przekierowanie</translation>
    </message>
    <message>
        <source>result none</source>
        <translation>wynik none</translation>
    </message>
    <message>
        <source>result neutral</source>
        <translation>wynik neutral</translation>
    </message>
    <message>
        <source>result temperror</source>
        <translation>wynik temperror</translation>
    </message>
    <message>
        <source>result permerror</source>
        <translation>wynik permerror</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism</source>
        <translation>„%1” nie jest mechanizmem SPF</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; redirect= and exp= may appear only once</source>
        <translation>„%1” występuje drugi raz; redirect= i exp= mogą wystąpić tylko raz</translation>
    </message>
    <message>
        <source>the record contains &quot;%1&quot; (U+%2), a character that is not plain ASCII</source>
        <translation>rekord zawiera znak „%1” (U+%2) spoza zestawu ASCII</translation>
    </message>
    <message>
        <source>the record has a syntax error</source>
        <translation>rekord zawiera błąd składni</translation>
    </message>
    <message>
        <source>syntax error in &quot;%1&quot;</source>
        <translation>błąd składni w „%1”</translation>
    </message>
    <message>
        <source>the %1 lookup for %2 failed (%3)</source>
        <translation>zapytanie %1 o %2 nie powiodło się (%3)</translation>
    </message>
    <message>
        <source>%1 has no %2 record (%3): more than %4 lookups without an answer</source>
        <translation>%1 nie ma rekordu %2 (%3): ponad %4 zapytania bez wyniku</translation>
    </message>
    <message>
        <source>%1 has no %2 record (%3): lookup without an answer %4 of %5</source>
        <translation>%1 nie ma rekordu %2 (%3): zapytanie bez wyniku %4 z %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>„%1” nie jest poprawną nazwą domeny</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>domena %1 nie ma rekordu SPF</translation>
    </message>
    <message>
        <source>%1 has no SPF record (DNS answered %2)</source>
        <translation>domena %1 nie ma rekordu SPF (odpowiedź DNS: %2)</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records where only one is allowed</source>
        <translation>domena %1 publikuje kilka rekordów SPF (%2), a dozwolony jest tylko jeden</translation>
    </message>
    <message>
        <source>this would be DNS lookup %1; at most %2 are allowed (include, a, mx, ptr, exists and redirect count)</source>
        <translation>byłoby to zapytanie DNS nr %1, a dozwolonych jest najwyżej %2 (liczą się include, a, mx, ptr, exists i redirect)</translation>
    </message>
    <message>
        <source>taken as no match, so that every lookup is counted</source>
        <translation>uznany za niepasujący, aby policzyć wszystkie zapytania</translation>
    </message>
    <message>
        <source>the result is %1</source>
        <translation>wynik: %1</translation>
    </message>
    <message>
        <source>the macros in &quot;%1&quot; cannot be expanded</source>
        <translation>nie można rozwinąć makr w „%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expands to %2</source>
        <translation>„%1” po rozwinięciu makr: %2</translation>
    </message>
    <message>
        <source>the record of %1 decides instead</source>
        <translation>decyduje rekord domeny %1</translation>
    </message>
    <message>
        <source>no term covers the client %1</source>
        <translation>żaden mechanizm nie obejmuje klienta %1</translation>
    </message>
    <message>
        <source>&quot;all&quot; covers every client</source>
        <translation>„all” obejmuje każdego klienta</translation>
    </message>
    <message>
        <source>%1 is within %2</source>
        <translation>%1 należy do zakresu %2</translation>
    </message>
    <message>
        <source>%1 is not within %2</source>
        <translation>%1 nie należy do zakresu %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record, which is an error in an include</source>
        <translation>domena %1 nie ma rekordu SPF, co w include jest błędem</translation>
    </message>
    <message>
        <source>the record of %1 gives %2</source>
        <translation>rekord domeny %1 daje wynik %2</translation>
    </message>
    <message>
        <source>the addresses of %1 (%2) cover %3</source>
        <translation>adresy %1 (%2) obejmują %3</translation>
    </message>
    <message>
        <source>the addresses of %1 (%2) do not cover %3</source>
        <translation>adresy %1 (%2) nie obejmują %3</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; at most %3 are allowed</source>
        <translation>liczba rekordów MX domeny %1 (%2) przekracza dozwolone %3</translation>
    </message>
    <message>
        <source>the mail server %2 of %1 has the address %3, which covers %4</source>
        <translation>serwer pocztowy %2 domeny %1 ma adres %3, który obejmuje %4</translation>
    </message>
    <message>
        <source>the mail servers of %1 (%2) do not cover %3</source>
        <translation>serwery pocztowe domeny %1 (%2) nie obejmują %3</translation>
    </message>
    <message>
        <source>%1 has the name %2, confirmed by its address and within %3</source>
        <translation>%1 ma nazwę %2, potwierdzoną jej adresem i należącą do %3</translation>
    </message>
    <message>
        <source>no name of %1 (%2) is both confirmed by its address and within %3</source>
        <translation>wśród nazw %1 (%2) nie ma nazwy potwierdzonej adresem i należącej do %3</translation>
    </message>
    <message>
        <source>%1 has an A record</source>
        <translation>%1 ma rekord A</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>plik %1 jest uszkodzony</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 has no exception for %2</source>
        <translation>domena %1 nie ma wyjątku dla kraju %2</translation>
    </message>
    <message>
        <source>%1 is not a store: give a directory, file:DIR or redis://[USER:PASSWORD@]HOST[:PORT][/DB]</source>
        <translation>%1 nie jest magazynem stanu: podaj katalog, file:KATALOG albo redis://[UŻYTKOWNIK:HASŁO@]HOST[:PORT][/BAZA]</translation>
    </message>
    <message>
        <source>%1: the database must be a number</source>
        <translation>%1: numer bazy musi być liczbą</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>nie można połączyć się z %1: %2</translation>
    </message>
    <message>
        <source>%1 is unreachable</source>
        <translation>%1 jest nieosiągalny</translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation>utracono połączenie z %1</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 odrzucił logowanie: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 nie odpowiedział w ciągu %2 ms</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 odpowiedział: %2</translation>
    </message>
</context>
<context>
    <name>mt::AboutDialog</name>
    <message>
        <source>No country database is installed; the GeoIP check and the server&apos;s country rule are off until one is chosen in Settings.</source>
        <translation>Nie zainstalowano bazy krajów: sprawdzanie GeoIP i zasada krajów serwera są wyłączone, dopóki nie wybierzesz bazy w Ustawieniach.</translation>
    </message>
    <message>
        <source>The country database %1 cannot be read.</source>
        <translation>Nie można odczytać bazy krajów %1.</translation>
    </message>
    <message>
        <source>Country database: %1 (%2), built %3&lt;br&gt;%4</source>
        <translation>Baza krajów: %1 (%2), zbudowana %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>About MailTriage</source>
        <translation>O programie MailTriage</translation>
    </message>
    <message>
        <source>Tells the helpdesk what is wrong with a customer&apos;s e-mail and what to answer, in Polish or English.</source>
        <translation>Mówi pomocy technicznej, co jest nie tak z pocztą klienta i co mu odpowiedzieć, po polsku albo po angielsku.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2); DNS packets by ldns, GeoIP by libmaxminddb, public suffixes by libpsl, certificates by OpenSSL.</source>
        <translation>Qt %1 (zbudowano z %2); pakiety DNS: ldns, GeoIP: libmaxminddb, sufiksy publiczne: libpsl, certyfikaty: OpenSSL.</translation>
    </message>
</context>
<context>
    <name>mt::AllowCountryDialog</name>
    <message>
        <source>Choose the customer&apos;s domain.</source>
        <translation>Należy wybrać domenę klienta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>„%1” nie jest nazwą domeny.</translation>
    </message>
    <message>
        <source>Choose the country to allow.</source>
        <translation>Należy wybrać kraj, z którego połączenia mają być dozwolone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country: give its two-letter code or its name.</source>
        <translation>„%1” nie jest krajem: należy podać dwuliterowy kod kraju lub jego nazwę.</translation>
    </message>
    <message>
        <source>%1 accepts mail from every country: no exception is needed.</source>
        <translation>Domena %1 przyjmuje pocztę z każdego kraju: wyjątek nie jest potrzebny.</translation>
    </message>
    <message>
        <source>The policy already allows %1 for %2: no exception is needed.</source>
        <translation>Zasady już dopuszczają kraj %1 dla domeny %2: wyjątek nie jest potrzebny.</translation>
    </message>
    <message>
        <source>Say why (the audit trail keeps it), e.g. the ticket number.</source>
        <translation>Należy podać powód (zostanie zapisany w rejestrze), np. numer zgłoszenia.</translation>
    </message>
    <message>
        <source>Say who grants it.</source>
        <translation>Należy podać, kto przyznaje wyjątek.</translation>
    </message>
    <message>
        <source>%1 is not one of the policy&apos;s domains; the exception applies wherever a policy has it.</source>
        <translation>Domeny %1 nie ma w zasadach; wyjątek zadziała tam, gdzie zasady ją zawierają.</translation>
    </message>
    <message>
        <source>The customer&apos;s domain; its accounts may send from the country</source>
        <translation>Domena klienta; jej konta będą mogły wysyłać pocztę z tego kraju</translation>
    </message>
    <message>
        <source>Allow a country</source>
        <translation>Zezwolenie na kraj</translation>
    </message>
    <message>
        <source>The domain&apos;s accounts may connect from this country at once, on every server that shares the state. Say why; the audit trail keeps the reason with your name and the time.</source>
        <translation>Konta domeny będą mogły od razu łączyć się z tego kraju, na każdym serwerze korzystającym ze wspólnego stanu. Należy podać powód: zostanie on zapisany w rejestrze wraz z nazwą osoby przyznającej wyjątek i czasem.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domena:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code or its name</source>
        <translation>Dwuliterowy kod kraju lub jego nazwa</translation>
    </message>
    <message>
        <source>code or name, e.g. DE or Germany</source>
        <translation>kod lub nazwa, np. DE lub Niemcy</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Wygasa po:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dniach</translation>
    </message>
    <message>
        <source>Days until the exception ends by itself; &quot;never&quot;: until revoked</source>
        <translation>Liczba dni, po których wyjątek wygaśnie sam; „nigdy”: do odwołania</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kto:</translation>
    </message>
    <message>
        <source>Your name or login, for the audit trail</source>
        <translation>Imię i nazwisko lub login – do rejestru</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>e.g. customer travels to Germany until May, ticket 1234</source>
        <translation>np. klient do maja przebywa w Niemczech, zgłoszenie 1234</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Zezwól</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>mt::AnswerPanel</name>
    <message>
        <source>Customer&apos;s la&amp;nguage:</source>
        <translation>&amp;Język klienta:</translation>
    </message>
    <message>
        <source>The language of the answer; independent of the program&apos;s language</source>
        <translation>Język odpowiedzi; niezależny od języka programu</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Język odpowiedzi</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the answer to the clipboard</source>
        <translation>Kopiuje odpowiedź do schowka</translation>
    </message>
    <message>
        <source>Answer for the customer</source>
        <translation>Odpowiedź dla klienta</translation>
    </message>
    <message>
        <source>A ready-to-send reply built from the findings; edit it before copying if needed</source>
        <translation>Gotowa do wysłania odpowiedź przygotowana na podstawie wyników; w razie potrzeby można ją poprawić przed skopiowaniem</translation>
    </message>
    <message>
        <source>Run a check: the answer for the customer appears here.</source>
        <translation>Po uruchomieniu sprawdzenia w tym miejscu pojawi się odpowiedź dla klienta.</translation>
    </message>
</context>
<context>
    <name>mt::AuditTrailModel</name>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Nieudane próby</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>%1 allowed from %2</source>
        <translation>%1 dozwolona z kraju %2</translation>
    </message>
    <message>
        <source>%1 no longer allowed from %2</source>
        <translation>%1 już niedozwolona z kraju %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Unblocked IP or exception</source>
        <translation>Odblokowany adres IP lub wyjątek</translation>
    </message>
</context>
<context>
    <name>mt::BlockedIpModel</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Blocked until %1</source>
        <translation>Zablokowany do %1</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (pozostało %2)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wygasła</translation>
    </message>
    <message>
        <source>(no GeoIP)</source>
        <translation>(brak GeoIP)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adres IP</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Nieudane próby</translation>
    </message>
    <message>
        <source>First failure</source>
        <translation>Pierwsza nieudana próba</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Ostatnia nieudana próba</translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation>Zablokowany do</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zarejestrowane przez</translation>
    </message>
</context>
<context>
    <name>mt::BlockedPage</name>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>Nie udało się odblokować adresu %1: %2</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>Adres %1 został odblokowany.</translation>
    </message>
    <message>
        <source>&amp;Blocked addresses (more than %1 failed logins within an hour block an IP; the time left counts down)</source>
        <translation>&amp;Zablokowane adresy (więcej niż %1 nieudanych logowań w ciągu godziny powoduje zablokowanie adresu IP; pozostały czas jest odliczany)</translation>
    </message>
    <message>
        <source>Blocked IP addresses</source>
        <translation>Zablokowane adresy IP</translation>
    </message>
    <message>
        <source>Select an address and press Enter or Unblock</source>
        <translation>Aby odblokować adres, należy go zaznaczyć i nacisnąć Enter lub przycisk Odblokuj</translation>
    </message>
    <message>
        <source>&amp;Unblock...</source>
        <translation>&amp;Odblokuj...</translation>
    </message>
    <message>
        <source>Lift the selected block at once; a reason is required</source>
        <translation>Natychmiast znosi wybraną blokadę; wymagane jest podanie powodu</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Rejestr odblokowań</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Nie można odczytać rejestru odblokowań: %1</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>IP address or country</source>
        <translation>Adres IP lub kraj</translation>
    </message>
    <message>
        <source>Show only the blocked addresses whose IP or country (code or name) contains this text</source>
        <translation>Pokaż tylko te zablokowane adresy, których IP lub kraj (kod albo nazwa) zawiera ten tekst</translation>
    </message>
    <message>
        <source>Store unreachable, the list may be out of date: %1</source>
        <translation>Magazyn stanu nieosiągalny, lista może być nieaktualna: %1</translation>
    </message>
    <message>
        <source>&amp;Audit trail of unblocks and country exceptions</source>
        <translation>&amp;Rejestr odblokowań i wyjątków krajowych</translation>
    </message>
    <message>
        <source>Who lifted which block or granted which country, when and why (%1)</source>
        <translation>Kto zdjął którą blokadę lub zezwolił na który kraj, kiedy i dlaczego (%1)</translation>
    </message>
</context>
<context>
    <name>mt::ClientViewsModel</name>
    <message>
        <source>Mail client</source>
        <translation>Program pocztowy</translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation>Co widzi klient</translation>
    </message>
</context>
<context>
    <name>mt::CountryExceptionModel</name>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Przyznał(a)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Przyznano</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
</context>
<context>
    <name>mt::ExceptionsPanel</name>
    <message>
        <source>Store unreachable, the exceptions may be out of date: %1</source>
        <translation>Magazyn stanu nieosiągalny, lista wyjątków może być nieaktualna: %1</translation>
    </message>
    <message>
        <source>Could not allow %1 for %2: %3</source>
        <translation>Nie udało się zezwolić na kraj %1 dla domeny %2: %3</translation>
    </message>
    <message>
        <source>%1 may send from %2 until %3.</source>
        <translation>Domena %1 może wysyłać pocztę z kraju %2 do %3.</translation>
    </message>
    <message>
        <source>%1 may send from %2 until the exception is revoked.</source>
        <translation>Domena %1 może wysyłać pocztę z kraju %2 do odwołania wyjątku.</translation>
    </message>
    <message>
        <source>Could not revoke the exception of %1 for %2: %3</source>
        <translation>Nie udało się odwołać wyjątku domeny %1 dla kraju %2: %3</translation>
    </message>
    <message>
        <source>%1 may no longer send from %2.</source>
        <translation>Domena %1 nie może już wysyłać poczty z kraju %2.</translation>
    </message>
    <message>
        <source>Country &amp;exceptions (a domain&apos;s accounts may also connect from these countries, on every server that shares the state)</source>
        <translation>&amp;Wyjątki krajowe (konta domeny mogą łączyć się także z tych krajów, na każdym serwerze korzystającym ze wspólnego stanu)</translation>
    </message>
    <message>
        <source>Country exceptions</source>
        <translation>Wyjątki krajowe</translation>
    </message>
    <message>
        <source>Select an exception and press Enter or Revoke</source>
        <translation>Aby odwołać wyjątek, należy go zaznaczyć i nacisnąć Enter lub przycisk Odwołaj</translation>
    </message>
    <message>
        <source>Allow a &amp;country…</source>
        <translation>Zezwól na &amp;kraj…</translation>
    </message>
    <message>
        <source>Let a domain&apos;s accounts connect from one more country at once; a reason is required</source>
        <translation>Od razu pozwala kontom domeny łączyć się z kolejnego kraju; wymagane jest podanie powodu</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>O&amp;dwołaj…</translation>
    </message>
    <message>
        <source>End the selected exception at once; a reason is required</source>
        <translation>Natychmiast odwołuje wybrany wyjątek; wymagane jest podanie powodu</translation>
    </message>
</context>
<context>
    <name>mt::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Wyniki: %1</translation>
    </message>
    <message>
        <source>Check &quot;%1&quot;: findings: %2; the worst severity is shown</source>
        <translation>Sprawdzenie „%1”: liczba wyników: %2; wyświetlany jest najwyższy poziom ważności</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Host MX</translation>
    </message>
    <message>
        <source>Our reply (sender)</source>
        <translation>Odpowiedź naszego serwera (nadawca)</translation>
    </message>
    <message>
        <source>Our reply (recipient)</source>
        <translation>Odpowiedź naszego serwera (odbiorca)</translation>
    </message>
    <message>
        <source>Our reply (%1)</source>
        <translation>Odpowiedź naszego serwera (%1)</translation>
    </message>
    <message>
        <source>%1 alike, e.g.: %2</source>
        <translation>Podobnych: %1, np.: %2</translation>
    </message>
</context>
<context>
    <name>mt::HistoryModel</name>
    <message>
        <source>%1 checked on %2; findings: %3, the worst: %4. Press Enter or double-click to check it again.</source>
        <translation>%1, sprawdzono %2; liczba wyników: %3, najwyższy poziom ważności: %4. Aby sprawdzić ponownie, należy nacisnąć Enter lub kliknąć dwukrotnie.</translation>
    </message>
</context>
<context>
    <name>mt::HistoryPanel</name>
    <message>
        <source>Delete &quot;%1&quot; from the history?</source>
        <translation>Usunąć „%1” z historii?</translation>
    </message>
    <message>
        <source>Delete the %1 selected checks from the history?</source>
        <translation>Usunąć zaznaczone sprawdzenia (%1) z historii?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete all %1 checks from the history? This cannot be undone.</source>
        <translation>Usunąć z historii wszystkie sprawdzenia (%1)? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Wyczyść historię</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Could not save the history: %1</source>
        <translation>Nie udało się zapisać historii: %1</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Sz&amp;ukaj:</translation>
    </message>
    <message>
        <source>Address, domain, IP, text or date</source>
        <translation>Adres, domena, IP, tekst lub data</translation>
    </message>
    <message>
        <source>Show only the checks whose input, kind or time contains this text</source>
        <translation>Pokaż tylko sprawdzenia, których treść, rodzaj lub czas zawiera ten tekst</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Ostatnie sprawdzenia</translation>
    </message>
    <message>
        <source>Recent checks; press Enter or double-click one to check it again, Delete to delete it</source>
        <translation>Ostatnie sprawdzenia; Enter lub dwukrotne kliknięcie sprawdza wybraną pozycję ponownie, klawisz Delete ją usuwa</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected checks from the history (Delete)</source>
        <translation>Usuń zaznaczone sprawdzenia z historii (Delete)</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Wyczyść historię…</translation>
    </message>
    <message>
        <source>Delete every check from the history</source>
        <translation>Usuń wszystkie sprawdzenia z historii</translation>
    </message>
</context>
<context>
    <name>mt::HopsModel</name>
    <message>
        <source>%1 (HELO %2)</source>
        <translation>%1 (HELO %2)</translation>
    </message>
    <message>
        <source>The clocks of the servers disagree here: this delay is not real.</source>
        <translation>Zegary serwerów się tu nie zgadzają: to opóźnienie nie jest prawdziwe.</translation>
    </message>
    <message>
        <source>The server that handed the message in: its SPF and reputation count.</source>
        <translation>Serwer, który przekazał wiadomość: liczą się jego SPF i reputacja.</translation>
    </message>
    <message>
        <source>A hop inside the receiving organisation.</source>
        <translation>Przeskok wewnątrz organizacji odbiorcy.</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Przeskok</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Odebrał</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
</context>
<context>
    <name>mt::MainWindow</name>
    <message>
        <source>MailTriage</source>
        <translation>MailTriage</translation>
    </message>
    <message>
        <source>e.g. jan@kowalski.pl</source>
        <translation>np. jan@kowalski.pl</translation>
    </message>
    <message>
        <source>Customer input</source>
        <translation>Dane od klienta</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Enter)</source>
        <translation>Uruchom sprawdzanie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Szczegóły wyniku</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Go to the paste box</source>
        <translation>Przejdź do pola wklejania</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Recognized as: %1</source>
        <translation>Rozpoznano jako: %1</translation>
    </message>
    <message>
        <source>Done in %1 ms. Findings: %2</source>
        <translation>Gotowe w %1 ms. Wyniki: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Co zrobić:</translation>
    </message>
    <message>
        <source>Our server&apos;s reply when this is the sender&apos;s domain:</source>
        <translation>Odpowiedź naszego serwera, gdy to domena nadawcy:</translation>
    </message>
    <message>
        <source>Our server&apos;s reply when this is a recipient&apos;s domain:</source>
        <translation>Odpowiedź naszego serwera, gdy to domena odbiorcy:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Wy&amp;czyść</translation>
    </message>
    <message>
        <source>Clear the paste box and the findings</source>
        <translation>Wyczyść pole wklejania i wyniki</translation>
    </message>
    <message>
        <source>(a large paste of %1 characters: shown in part, checked in full)</source>
        <translation>(duży wklejony tekst, %1 znaków: pokazany częściowo, sprawdzany w całości)</translation>
    </message>
    <message>
        <source>The history could not be read (%1); it was set aside as %2.corrupt and a new one started.</source>
        <translation>Nie udało się odczytać historii (%1); plik został odłożony jako %2.corrupt i rozpoczęto nową historię.</translation>
    </message>
    <message>
        <source>The answer is on the clipboard.</source>
        <translation>Odpowiedź została skopiowana do schowka.</translation>
    </message>
    <message>
        <source>Some stored settings are not valid; open Settings to correct them.</source>
        <translation>Niektóre zapisane ustawienia są nieprawidłowe; należy je poprawić w oknie Ustawienia.</translation>
    </message>
    <message>
        <source>Could not save the settings.</source>
        <translation>Nie udało się zapisać ustawień.</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnozuj</translation>
    </message>
    <message>
        <source>&amp;Paste what the customer sent: an e-mail address, a domain, an IP address or a bounce, or drop a saved message (.eml) here</source>
        <translation>Proszę &amp;wkleić to, co przysłał klient: adres e-mail, domenę, adres IP lub wiadomość zwrotną, albo upuścić tutaj zapisaną wiadomość (.eml)</translation>
    </message>
    <message>
        <source>Paste or type here, or drop a .eml file (Ctrl+L to come back here)</source>
        <translation>Tutaj można wkleić lub wpisać tekst albo upuścić plik .eml (Ctrl+L – powrót do tego pola)</translation>
    </message>
    <message>
        <source>Stop the checks that are still running (Esc)</source>
        <translation>Zatrzymuje sprawdzenia, które jeszcze trwają (Esc)</translation>
    </message>
    <message>
        <source>Findings grouped by check; open a finding to see our server&apos;s replies and the raw records</source>
        <translation>Wyniki pogrupowane według sprawdzeń; po otwarciu wyniku widoczne są odpowiedzi naszego serwera i surowe rekordy</translation>
    </message>
    <message>
        <source>The selected finding in full: what to do, our server&apos;s replies, the records</source>
        <translation>Pełna treść wybranego wyniku: co zrobić, odpowiedzi naszego serwera, rekordy</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>&amp;Answer for the customer</source>
        <translation>O&amp;dpowiedź dla klienta</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Open message…</source>
        <translation>&amp;Otwórz wiadomość…</translation>
    </message>
    <message>
        <source>Load a saved message (.eml) or text file into the paste box</source>
        <translation>Wczytuje zapisaną wiadomość (.eml) lub plik tekstowy do pola wklejania</translation>
    </message>
    <message>
        <source>&amp;Export diagnosis…</source>
        <translation>&amp;Eksportuj diagnozę…</translation>
    </message>
    <message>
        <source>Save the findings as an HTML or PDF report</source>
        <translation>Zapisuje wyniki jako raport HTML lub PDF</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation>Trwają sprawdzenia</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Otwieranie wiadomości</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>Wiadomości (*.eml *.msg *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>Loaded; characters: %1</source>
        <translation>Wczytano; znaków: %1</translation>
    </message>
    <message>
        <source>Checking… findings so far: %1</source>
        <translation>Sprawdzanie… wyników do tej pory: %1</translation>
    </message>
    <message>
        <source>Could not save the history: %1</source>
        <translation>Nie udało się zapisać historii: %1</translation>
    </message>
    <message>
        <source>Export the diagnosis</source>
        <translation>Eksport diagnozy</translation>
    </message>
    <message>
        <source>diagnosis.html</source>
        <translation>diagnosis.html</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Strona internetowa (*.html);;Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>there is no finished diagnosis to export</source>
        <translation>brak zakończonej diagnozy do wyeksportowania</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>The built-in submission server on 127.0.0.1</source>
        <translation>Wbudowany serwer nadawczy SMTP na 127.0.0.1</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Symulacja</translation>
    </message>
    <message>
        <source>Play what a customer&apos;s mail client does against the built-in server</source>
        <translation>Symuluje na wbudowanym serwerze to, co robi program pocztowy klienta</translation>
    </message>
    <message>
        <source>Blocked IPs</source>
        <translation>Zablokowane IP</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About MailTriage</source>
        <translation>&amp;O programie MailTriage</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inconclusive: these results are not an all-clear.&lt;/b&gt; %1 Do not tell the customer that nothing is wrong; run the check again once DNS answers.</source>
        <translation>&lt;b&gt;Wynik niejednoznaczny: te wyniki nie oznaczają, że wszystko jest w porządku.&lt;/b&gt; %1 Proszę nie pisać klientowi, że nie ma problemów; sprawdzenie należy powtórzyć, gdy DNS zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
        <source>The record is on the clipboard.</source>
        <translation>Rekord jest w schowku.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the selected finding and its advice</source>
        <translation>Kopiuje zaznaczony wynik razem z zaleceniem</translation>
    </message>
    <message>
        <source>Copy &amp;record</source>
        <translation>Kopiuj &amp;rekord</translation>
    </message>
    <message>
        <source>Copy the corrected DNS record the finding proposes, ready to paste</source>
        <translation>Kopiuje poprawiony rekord DNS proponowany w wyniku, gotowy do wklejenia</translation>
    </message>
    <message>
        <source>Checks that could not finish: %1.</source>
        <translation>Sprawdzenia, które się nie zakończyły: %1.</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Uwierzytelnienie: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Szczegóły techniczne</translation>
    </message>
    <message>
        <source>The shared state cannot be used: %1</source>
        <translation>Nie można użyć wspólnego stanu: %1</translation>
    </message>
    <message>
        <source>Addresses blocked after too many failed logins, and country exceptions</source>
        <translation>Adresy zablokowane po zbyt wielu nieudanych logowaniach oraz wyjątki krajowe</translation>
    </message>
    <message>
        <source>Allow this country for the domain…</source>
        <translation>Zezwól domenie na ten kraj…</translation>
    </message>
    <message>
        <source>Let the customer&apos;s domain send from this country at once (a country exception, in the audit trail)</source>
        <translation>Od razu pozwala domenie klienta wysyłać pocztę z tego kraju (wyjątek krajowy, zapisany w rejestrze)</translation>
    </message>
    <message>
        <source>Language, DNS servers, blacklists, GeoIP database, SPF include, server port, shared state</source>
        <translation>Język, serwery DNS, czarne listy, baza GeoIP, include SPF, port serwera, wspólny stan</translation>
    </message>
</context>
<context>
    <name>mt::MessageListModel</name>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
</context>
<context>
    <name>mt::PolicyDialog</name>
    <message>
        <source>Server policy</source>
        <translation>Zasady serwera</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasy</translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation>Dozwolone kraje</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeny</translation>
    </message>
    <message>
        <source>Aliases and countries: separated by commas; countries as ISO codes (PL, CZ); no countries: any country</source>
        <translation>Aliasy i kraje: oddzielone przecinkami; kraje jako kody ISO (PL, CZ); brak krajów: dowolny kraj</translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation>&amp;Dodaj domenę</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Usuń domenę</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Alternative sender</source>
        <translation>Alternatywny nadawca</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Passwords are stored as salted hashes; use Set password</source>
        <translation>Hasła są przechowywane jako skróty z solą; należy użyć przycisku Ustaw hasło</translation>
    </message>
    <message>
        <source>Add &amp;account</source>
        <translation>Dodaj &amp;konto</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Ustaw &amp;hasło...</translation>
    </message>
    <message>
        <source>Type the new password; only its hash is kept</source>
        <translation>Pozwala wpisać nowe hasło; przechowywany jest tylko jego skrót</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Wiadomości na minutę</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Wiadomości na godzinę</translation>
    </message>
    <message>
        <source>Messages per 12 hours</source>
        <translation>Wiadomości na 12 godzin</translation>
    </message>
    <message>
        <source>Failed logins per hour before a block</source>
        <translation>Nieudane logowania na godzinę przed blokadą</translation>
    </message>
    <message>
        <source>Spam messages accepted per hour</source>
        <translation>Wiadomości ze spamem przyjmowane na godzinę</translation>
    </message>
    <message>
        <source>Messages an hour before the queue is judged</source>
        <translation>Liczba wiadomości na godzinę, powyżej której oceniana jest kolejka</translation>
    </message>
    <message>
        <source>Largest undeliverable share</source>
        <translation>Największy udział wiadomości niedostarczalnych</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Wiadomości na &amp;minutę:</translation>
    </message>
    <message>
        <source>Messages per &amp;hour:</source>
        <translation>Wiadomości na &amp;godzinę:</translation>
    </message>
    <message>
        <source>Messages per &amp;12 hours:</source>
        <translation>Wiadomości na &amp;12 godzin:</translation>
    </message>
    <message>
        <source>Failed &amp;logins per hour before a block:</source>
        <translation>Nieudane &amp;logowania na godzinę przed blokadą:</translation>
    </message>
    <message>
        <source>&amp;Spam accepted per hour:</source>
        <translation>&amp;Spam przyjmowany na godzinę:</translation>
    </message>
    <message>
        <source>&amp;Queue judged above (messages an hour):</source>
        <translation>&amp;Kolejka oceniana od (wiadomości na godzinę):</translation>
    </message>
    <message>
        <source>Largest &amp;undeliverable share:</source>
        <translation>Największy &amp;udział wiadomości niedostarczalnych:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limity</translation>
    </message>
    <message>
        <source>Policy problem</source>
        <translation>Problem z zasadami</translation>
    </message>
    <message>
        <source>Saves to %1</source>
        <translation>Zapis do pliku %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
    <message>
        <source>set (hashed)</source>
        <translation>ustawione (skrót)</translation>
    </message>
    <message>
        <source>hashing...</source>
        <translation>obliczanie skrótu...</translation>
    </message>
    <message>
        <source>Select the account whose password to set.</source>
        <translation>Należy zaznaczyć konto, dla którego ma zostać ustawione hasło.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Ustawianie hasła</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nowe hasło dla %1:</translation>
    </message>
    <message>
        <source>Account %1 has no password: select it and use Set password.</source>
        <translation>Konto %1 nie ma hasła: należy je zaznaczyć i użyć przycisku Ustaw hasło.</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>Zasady są nieprawidłowe: %1</translation>
    </message>
    <message>
        <source>A password is still being hashed; save again in a moment.</source>
        <translation>Trwa obliczanie skrótu hasła; należy ponowić zapis za chwilę.</translation>
    </message>
    <message>
        <source>Could not save the policy: %1</source>
        <translation>Nie udało się zapisać zasad: %1</translation>
    </message>
</context>
<context>
    <name>mt::ReasonDialog</name>
    <message>
        <source>Your name or login, for the audit trail</source>
        <translation>Imię i nazwisko lub login – do rejestru</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kto:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
</context>
<context>
    <name>mt::ReplayPage</name>
    <message>
        <source>on connecting</source>
        <translation>podczas nawiązywania połączenia</translation>
    </message>
    <message>
        <source>at login</source>
        <translation>podczas logowania</translation>
    </message>
    <message>
        <source>at the sender (MAIL FROM)</source>
        <translation>na etapie nadawcy (MAIL FROM)</translation>
    </message>
    <message>
        <source>at a recipient (RCPT TO)</source>
        <translation>na etapie odbiorcy (RCPT TO)</translation>
    </message>
    <message>
        <source>after the message (DATA)</source>
        <translation>po przesłaniu treści wiadomości (DATA)</translation>
    </message>
    <message>
        <source>Custom: as filled in below</source>
        <translation>Własny: według pól poniżej</translation>
    </message>
    <message>
        <source>Fill in the sender.</source>
        <translation>Należy podać nadawcę.</translation>
    </message>
    <message>
        <source>Fill in at least one recipient.</source>
        <translation>Należy podać co najmniej jednego odbiorcę.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; leave the client address empty to use 127.0.0.1.</source>
        <translation>„%1” nie jest adresem IP; aby użyć adresu 127.0.0.1, należy pozostawić adres klienta pusty.</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>Nie udało się uruchomić serwera: %1</translation>
    </message>
    <message>
        <source>Replaying against %1...</source>
        <translation>Symulacja na serwerze %1...</translation>
    </message>
    <message>
        <source>Replaying against %1 as a client in %2...</source>
        <translation>Symulacja na serwerze %1 jako klient z kraju %2...</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Połączenie nie powiodło się: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: %2 (%n message(s) accepted before)</source>
        <translation>
            <numerusform>Odrzucono %1: %2 (wcześniej przyjęto %n wiadomość)</numerusform>
            <numerusform>Odrzucono %1: %2 (wcześniej przyjęto %n wiadomości)</numerusform>
            <numerusform>Odrzucono %1: %2 (wcześniej przyjęto %n wiadomości)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All accepted: %n message(s). Last reply: %1</source>
        <translation>
            <numerusform>Wszystko przyjęte: %n wiadomość. Ostatnia odpowiedź: %1</numerusform>
            <numerusform>Wszystko przyjęte: %n wiadomości. Ostatnia odpowiedź: %1</numerusform>
            <numerusform>Wszystko przyjęte: %n wiadomości. Ostatnia odpowiedź: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>to nie jest adres IP</translation>
    </message>
    <message>
        <source>country unknown (rule 8 then allows it)</source>
        <translation>kraj nieznany (reguła 8 dopuszcza wtedy połączenie)</translation>
    </message>
    <message>
        <source>country by GeoIP: %1</source>
        <translation>kraj według GeoIP: %1</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenariusz:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>One scenario per rule of the help pages; editing a field below makes it custom</source>
        <translation>Jeden scenariusz dla każdej reguły opisanej na stronach pomocy; zmiana dowolnego pola poniżej tworzy scenariusz własny</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account login</source>
        <translation>Login konta</translation>
    </message>
    <message>
        <source>The login the client authenticates with; empty: no login</source>
        <translation>Login, którym uwierzytelnia się klient; puste pole: bez logowania</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Sent to the built-in server only; never shown in the transcript</source>
        <translation>Wysyłane tylko do wbudowanego serwera; nigdy nie jest pokazywane w zapisie sesji</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Na&amp;dawca:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>The address in MAIL FROM</source>
        <translation>Adres podawany w MAIL FROM</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Odbiorcy:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas or spaces</source>
        <translation>Jeden lub więcej adresów, oddzielonych przecinkami lub spacjami</translation>
    </message>
    <message>
        <source>Client &amp;IP:</source>
        <translation>&amp;IP klienta:</translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation>Adres IP klienta</translation>
    </message>
    <message>
        <source>The customer&apos;s address, claimed with XCLIENT (its country decides rule 8); empty: 127.0.0.1</source>
        <translation>Adres klienta, przekazywany poleceniem XCLIENT (jego kraj decyduje o regule 8); puste pole: 127.0.0.1</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>Country of the client address</source>
        <translation>Kraj adresu klienta</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Wiadomości:</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Liczba wiadomości</translation>
    </message>
    <message>
        <source>How many messages the client sends (failed logins: how many tries)</source>
        <translation>Ile wiadomości wysyła klient (w przypadku nieudanych logowań: ile prób)</translation>
    </message>
    <message>
        <source>S&amp;pam</source>
        <translation>Sp&amp;am</translation>
    </message>
    <message>
        <source>Send messages the spam filter recognises</source>
        <translation>Wysyła wiadomości, które filtr antyspamowy rozpoznaje jako spam</translation>
    </message>
    <message>
        <source>R&amp;eplay</source>
        <translation>&amp;Uruchom scenariusz</translation>
    </message>
    <message>
        <source>Play the scenario against the built-in server (started if needed)</source>
        <translation>Uruchamia scenariusz na wbudowanym serwerze (włączanym w razie potrzeby)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the replay and close its connection</source>
        <translation>Zatrzymuje symulację i zamyka jej połączenie</translation>
    </message>
    <message>
        <source>Replay result</source>
        <translation>Wynik symulacji</translation>
    </message>
    <message>
        <source>Tran&amp;script (C: client, S: server)</source>
        <translation>Zapis &amp;sesji (C: klient, S: serwer)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Zapis sesji</translation>
    </message>
    <message>
        <source>What the mail c&amp;lients show</source>
        <translation>Co wyświet&amp;lają programy pocztowe</translation>
    </message>
    <message>
        <source>Mail client views</source>
        <translation>Komunikaty programów pocztowych</translation>
    </message>
    <message>
        <source>How Outlook, Thunderbird, Opera Mail and webmail word the refusal</source>
        <translation>Jak odmowę przedstawiają Outlook, Thunderbird, Opera Mail i Webmail</translation>
    </message>
    <message>
        <source>Language of the client views</source>
        <translation>Język komunikatów programów pocztowych</translation>
    </message>
    <message>
        <source>The customer&apos;s language, which may differ from yours</source>
        <translation>Język klienta, który może się różnić od języka programu</translation>
    </message>
</context>
<context>
    <name>mt::RevokeCountryDialog</name>
    <message>
        <source>Revoke the exception for %1</source>
        <translation>Odwołanie wyjątku domeny %1</translation>
    </message>
    <message>
        <source>The accounts of %1 can no longer connect from %2, on every server that shares the state, unless the policy allows it. Say why; the audit trail keeps the reason with your name and the time.</source>
        <translation>Konta domeny %1 nie będą mogły łączyć się z kraju %2 na żadnym serwerze korzystającym ze wspólnego stanu, chyba że dopuszczają to zasady. Należy podać powód: zostanie on zapisany w rejestrze wraz z nazwą osoby odwołującej wyjątek i czasem.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>e.g. customer is back home, ticket 1234</source>
        <translation>np. klient wrócił do kraju, zgłoszenie 1234</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Odwołaj</translation>
    </message>
</context>
<context>
    <name>mt::ServerEventModel</name>
    <message>
        <source>not logged in</source>
        <translation>brak logowania</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>adres nadawcy</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limit wysyłki</translation>
    </message>
    <message>
        <source>undeliverable messages</source>
        <translation>niedoręczalne wiadomości</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>domain without mail servers</source>
        <translation>domena bez serwerów poczty</translation>
    </message>
    <message>
        <source>message size</source>
        <translation>rozmiar wiadomości</translation>
    </message>
    <message>
        <source>Listening on %1, state in %2</source>
        <translation>Nasłuchiwanie na %1, katalog stanu: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stopped; %n message(s) accepted</source>
        <translation>
            <numerusform>Zatrzymano; przyjęto %n wiadomość</numerusform>
            <numerusform>Zatrzymano; przyjęto %n wiadomości</numerusform>
            <numerusform>Zatrzymano; przyjęto %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection from %1 (session %2)</source>
        <translation>Połączenie z %1 (sesja %2)</translation>
    </message>
    <message>
        <source>Refused %1 (session %2): the address is blocked after too many failed logins</source>
        <translation>Odrzucono %1 (sesja %2): adres jest zablokowany po zbyt wielu nieudanych logowaniach</translation>
    </message>
    <message>
        <source>Refused %1: too many connections</source>
        <translation>Odrzucono %1: zbyt wiele połączeń</translation>
    </message>
    <message>
        <source>Refused %1 (session %2): %3</source>
        <translation>Odrzucono %1 (sesja %2): %3</translation>
    </message>
    <message>
        <source>Session %1 from %2 timed out</source>
        <translation>Sesja %1 z %2 przekroczyła limit czasu</translation>
    </message>
    <message>
        <source>Session %1 from %2 replays a client at %3</source>
        <translation>Sesja %1 z %2 odtwarza klienta o adresie %3</translation>
    </message>
    <message>
        <source>Session %1 from %2 replays a client at %3, logged in as %4</source>
        <translation>Sesja %1 z %2 odtwarza klienta o adresie %3, zalogowanego jako %4</translation>
    </message>
    <message>
        <source>%1 logged in as %2 (session %3)</source>
        <translation>%1: zalogowano jako %2 (sesja %3)</translation>
    </message>
    <message numerus="yes">
        <source>Failed login from %1 as &quot;%2&quot; (session %3): %n failure(s) within the hour</source>
        <translation>
            <numerusform>Nieudane logowanie z %1 jako „%2” (sesja %3): %n nieudana próba w ciągu godziny</numerusform>
            <numerusform>Nieudane logowanie z %1 jako „%2” (sesja %3): %n nieudane próby w ciągu godziny</numerusform>
            <numerusform>Nieudane logowanie z %1 jako „%2” (sesja %3): %n nieudanych prób w ciągu godziny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %1 after %n failed login(s), until %2</source>
        <translation>
            <numerusform>Zablokowano %1 po %n nieudanym logowaniu, do %2</numerusform>
            <numerusform>Zablokowano %1 po %n nieudanych logowaniach, do %2</numerusform>
            <numerusform>Zablokowano %1 po %n nieudanych logowaniach, do %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was unblocked</source>
        <translation>Adres %1 odblokowany</translation>
    </message>
    <message>
        <source>%1 was unblocked by %2: %3</source>
        <translation>Adres %1 odblokowany przez %2: %3</translation>
    </message>
    <message>
        <source>Refused the recipient &lt;%1&gt; from %2 (session %3, %4): %5</source>
        <translation>Odrzucono odbiorcę &lt;%1&gt; od %2 (sesja %3, %4): %5</translation>
    </message>
    <message>
        <source>Refused %1 (session %2, %3): %4</source>
        <translation>Odrzucono %1 (sesja %2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>Accepted a message from &lt;%1&gt; to %n recipient(s), %2, from %3 (session %4)</source>
        <translation>
            <numerusform>Przyjęto wiadomość od &lt;%1&gt; do %n odbiorcy, %2, z %3 (sesja %4)</numerusform>
            <numerusform>Przyjęto wiadomość od &lt;%1&gt; do %n odbiorców, %2, z %3 (sesja %4)</numerusform>
            <numerusform>Przyjęto wiadomość od &lt;%1&gt; do %n odbiorców, %2, z %3 (sesja %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not keep a message from %1 (session %2): %3</source>
        <translation>Nie udało się zachować wiadomości z %1 (sesja %2): %3</translation>
    </message>
</context>
<context>
    <name>mt::ServerPage</name>
    <message>
        <source>The policy was saved to %1 and applies now.</source>
        <translation>Zasady zostały zapisane w pliku %1 i obowiązują od teraz.</translation>
    </message>
    <message>
        <source>Listening on %1 (SMTP, STARTTLS when available). Messages are kept, never relayed.</source>
        <translation>Nasłuchiwanie na %1 (SMTP, STARTTLS, jeśli jest dostępny). Wiadomości są przechowywane i nigdy nie są przekazywane dalej.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Serwer nie działa: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>The message %1 cannot be read any more.</source>
        <translation>Nie można już odczytać wiadomości %1.</translation>
    </message>
    <message>
        <source>&amp;Port on 127.0.0.1:</source>
        <translation>P&amp;ort na 127.0.0.1:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port serwera</translation>
    </message>
    <message>
        <source>The built-in server listens on this port of the loopback address only</source>
        <translation>Wbudowany serwer nasłuchuje na tym porcie wyłącznie na adresie pętli zwrotnej (loopback)</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Uruchom serwer</translation>
    </message>
    <message>
        <source>Run the built-in submission server with the provider&apos;s rules</source>
        <translation>Uruchamia wbudowany serwer nadawczy z regułami dostawcy</translation>
    </message>
    <message>
        <source>St&amp;op server</source>
        <translation>&amp;Zatrzymaj serwer</translation>
    </message>
    <message>
        <source>Stop listening; open sessions end</source>
        <translation>Kończy nasłuchiwanie; otwarte sesje zostaną zakończone</translation>
    </message>
    <message>
        <source>&amp;Edit policy...</source>
        <translation>&amp;Edytuj zasady...</translation>
    </message>
    <message>
        <source>Domains, accounts, allowed countries and limits of the built-in server</source>
        <translation>Domeny, konta, dozwolone kraje i limity wbudowanego serwera</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Stan serwera</translation>
    </message>
    <message>
        <source>E&amp;vents (live)</source>
        <translation>Z&amp;darzenia (na żywo)</translation>
    </message>
    <message>
        <source>Server events</source>
        <translation>Zdarzenia serwera</translation>
    </message>
    <message>
        <source>Connections, logins, refusals and messages, as they happen</source>
        <translation>Połączenia, logowania, odmowy i wiadomości na bieżąco</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Wyczyść dziennik</translation>
    </message>
    <message>
        <source>Empty the event list (the server keeps running)</source>
        <translation>Czyści listę zdarzeń (serwer nadal działa)</translation>
    </message>
    <message>
        <source>&amp;Accepted messages</source>
        <translation>Przyjęte &amp;wiadomości</translation>
    </message>
    <message>
        <source>Accepted messages</source>
        <translation>Przyjęte wiadomości</translation>
    </message>
    <message>
        <source>Messages the server acknowledged with 250; select one to read it</source>
        <translation>Wiadomości, których przyjęcie serwer potwierdził kodem 250; aby przeczytać wiadomość, należy ją zaznaczyć</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Źródło wiadomości</translation>
    </message>
</context>
<context>
    <name>mt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>The program&apos;s language; it changes at once, no restart</source>
        <translation>Język programu; zmienia się natychmiast, bez ponownego uruchamiania</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>Serwery &amp;DNS:</translation>
    </message>
    <message>
        <source>the system&apos;s (e.g. 192.0.2.53, 198.51.100.1:5353)</source>
        <translation>systemowe (np. 192.0.2.53, 198.51.100.1:5353)</translation>
    </message>
    <message>
        <source>IP addresses of the DNS servers to ask, separated by commas; empty: the system&apos;s</source>
        <translation>Adresy IP serwerów DNS, do których kierowane są zapytania, oddzielone przecinkami; puste pole: serwery systemowe</translation>
    </message>
    <message>
        <source>DNS&amp;BL zones:</source>
        <translation>Strefy DNS&amp;BL:</translation>
    </message>
    <message>
        <source>the built-in list; one zone per line</source>
        <translation>wbudowana lista; jedna strefa w wierszu</translation>
    </message>
    <message>
        <source>The blacklist zones to ask about IP addresses, one per line; empty: the built-in list</source>
        <translation>Strefy czarnych list, w których sprawdzane są adresy IP, po jednej w wierszu; puste pole: wbudowana lista</translation>
    </message>
    <message>
        <source>&amp;GeoIP database:</source>
        <translation>Baza &amp;GeoIP:</translation>
    </message>
    <message>
        <source>the embedded database</source>
        <translation>wbudowana baza</translation>
    </message>
    <message>
        <source>A MaxMind .mmdb file with countries; empty: the embedded database</source>
        <translation>Plik .mmdb MaxMind z danymi krajów; puste pole: wbudowana baza</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose the GeoIP database file</source>
        <translation>Wybór pliku bazy GeoIP</translation>
    </message>
    <message>
        <source>&amp;SPF include:</source>
        <translation>Include &amp;SPF:</translation>
    </message>
    <message>
        <source>The provider&apos;s SPF include that customers&apos; SPF records must contain</source>
        <translation>Domena include SPF dostawcy, którą muszą zawierać rekordy SPF klientów</translation>
    </message>
    <message>
        <source>Server &amp;port:</source>
        <translation>P&amp;ort serwera:</translation>
    </message>
    <message>
        <source>The port of the built-in test server</source>
        <translation>Port wbudowanego serwera testowego</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>GeoIP database</source>
        <translation>Baza GeoIP</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>Bazy MaxMind (*.mmdb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Greeting (Polish a&amp;nswer):</source>
        <translation>Powitanie (odpowiedź po &amp;polsku):</translation>
    </message>
    <message>
        <source>Signature (Polish answer):</source>
        <translation>Podpis (odpowiedź po polsku):</translation>
    </message>
    <message>
        <source>Greeting (English answ&amp;er):</source>
        <translation>Powitanie (odpowiedź po &amp;angielsku):</translation>
    </message>
    <message>
        <source>Signature (English answer):</source>
        <translation>Podpis (odpowiedź po angielsku):</translation>
    </message>
    <message>
        <source>How the customer answer in this language begins or ends; empty: the built-in text</source>
        <translation>Jak zaczyna się lub kończy odpowiedź dla klienta w tym języku; puste: tekst wbudowany</translation>
    </message>
    <message>
        <source>Shared s&amp;tate:</source>
        <translation>Wspólny s&amp;tan:</translation>
    </message>
    <message>
        <source>files in the state directory (or redis://HOST:PORT/DB)</source>
        <translation>pliki w katalogu stanu (lub redis://HOST:PORT/DB)</translation>
    </message>
    <message>
        <source>Where blocks, counters, country exceptions and the audit trail live: empty for files in the state directory, a directory, or redis://[USER@]HOST[:PORT][/DB] to share them with every server and desk</source>
        <translation>Gdzie są przechowywane blokady, liczniki, wyjątki krajowe i rejestr: puste – pliki w katalogu stanu; katalog; albo redis://[UŻYTKOWNIK@]HOST[:PORT][/BAZA], aby współdzielić je ze wszystkimi serwerami i stanowiskami</translation>
    </message>
    <message>
        <source>Store pass&amp;word:</source>
        <translation>&amp;Hasło magazynu:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>from MAILTRIAGE_REDIS_PASSWORD</source>
        <translation>z MAILTRIAGE_REDIS_PASSWORD</translation>
    </message>
    <message>
        <source>The Redis password (AUTH); empty: MAILTRIAGE_REDIS_PASSWORD when it is set. It is never shown.</source>
        <translation>Hasło do Redisa (AUTH); puste: MAILTRIAGE_REDIS_PASSWORD, jeśli jest ustawiona. Hasło nigdy nie jest wyświetlane.</translation>
    </message>
</context>
<context>
    <name>mt::StoreStatusLabel</name>
    <message>
        <source>files in %1</source>
        <translation>pliki w %1</translation>
    </message>
    <message>
        <source>Shared state: %1 — store unreachable. Blocks, exceptions and the audit trail shown here may be out of date; the server defers mail (451) until the store answers again.</source>
        <translation>Wspólny stan: %1 — magazyn stanu nieosiągalny. Pokazane tu blokady, wyjątki i rejestr mogą być nieaktualne; serwer odracza pocztę (451), dopóki magazyn znów nie odpowie.</translation>
    </message>
    <message>
        <source>Shared state: %1</source>
        <translation>Wspólny stan: %1</translation>
    </message>
    <message>
        <source>Where blocks, counters, country exceptions and the audit trail are kept; change it in Settings</source>
        <translation>Gdzie są przechowywane blokady, liczniki, wyjątki krajowe i rejestr; można to zmienić w Ustawieniach</translation>
    </message>
    <message>
        <source>Shared state</source>
        <translation>Wspólny stan</translation>
    </message>
</context>
<context>
    <name>mt::UnblockDialog</name>
    <message>
        <source>Unblock %1</source>
        <translation>Odblokowanie adresu %1</translation>
    </message>
    <message>
        <source>The address %1 can connect again at once. Say why; the audit trail keeps the reason with your name and the time.</source>
        <translation>Adres %1 będzie mógł od razu ponownie się łączyć. Należy podać powód: zostanie on zapisany w rejestrze odblokowań wraz z nazwą osoby odblokowującej i czasem.</translation>
    </message>
    <message>
        <source>Who unblocks</source>
        <translation>Kto odblokowuje</translation>
    </message>
    <message>
        <source>Required, e.g. &quot;customer fixed the password in Outlook, ticket 1234&quot;</source>
        <translation>Wymagane, np. „klient poprawił hasło w Outlooku, zgłoszenie 1234”</translation>
    </message>
    <message>
        <source>e.g. customer fixed the password in Outlook, ticket 1234</source>
        <translation>np. klient poprawił hasło w Outlooku, zgłoszenie 1234</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
</context>
</TS>
