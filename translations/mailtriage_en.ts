<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Advice</name>
    <message>
        <source>Write the domain without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer and remove the character &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer: a hyphen may only stand between letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer for a typo or a wrongly copied part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer for a typo or a wrongly copied character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the domain, for example kowalski.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer and remove the extra dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the full domain, including its ending, for example kowalski.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain with the customer for a typo. If it is meant to be an IP address, check it on its own as an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to type the domain by hand instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the domain without the final dot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the customer&apos;s mail program does not accept %1, they can write it as %2 instead: it is the same domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses one at a time, and make sure the customer enters only one address where one is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a mail program, write only the address, without &quot;mailto:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address without the bracket: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the angle bracket from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quotation marks or apostrophes and write the address as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quotation marks or apostrophes around the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to type the address by hand instead of pasting it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to type the address by hand instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address without spaces: %1. Check with the customer that this is the address they meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the full address, with the @ and the domain after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address with a single @: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the exact address: it must contain exactly one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the full address, including the part before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address with the customer; it is probably %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address with the customer: a dot may only stand between letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address with the customer and remove the character &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer whether the address really has these letters. If it has, many servers may refuse mail to it; an address with only English letters is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the full address, including the domain after the @, for example kowalski.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the address with a domain name after the @, such as kowalski.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the exact address; after the @ there should be a domain such as kowalski.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address without the final dot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dot at the end of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the e-mail address the customer wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If the problem persists, the domain&apos;s DNS servers are not answering: its owner should contact their DNS provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the domain %1. If it is your own domain, check with your registrar that it has not expired and that its DNS records are set. If it is a recipient&apos;s domain, correct the address or remove it from the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of %1 has said it receives no e-mail. Use another address for this recipient. If it is your own domain and it should receive mail, replace the null MX with your mail server&apos;s MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &quot;MX 0 .&quot; record from the DNS of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the DNS of %1, create a host name (for example mail.%1) with an A record for %2 and point the MX record to that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the MX record of %1 directly to the canonical host name instead of the alias %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the DNS of %1, give the host %2 an A record with the mail server&apos;s address, or point the MX record to a host that has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of %1 must correct the MX records so that they point to mail servers with valid addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This works, but an explicit MX record for %1 is more reliable: add one that points to the server that should receive its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an MX record (or an A record) for %1 in its DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is your domain, set its MX record (or at least an A record) in DNS; the records may not be set yet. If it is a recipient&apos;s domain, check the address with the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the reverse DNS of %1 to a host name whose A record points back to %1. For a service at our company: in the WebAs panel go to Configuration &gt; IP addresses and enter a domain that points to the service&apos;s IP address in the &quot;Rev DNS&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again in a few minutes; if the problem persists, the DNS servers of the reverse zone of %1 are not answering and its owner (the ISP) should be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mail through your mail provider&apos;s server (authenticated SMTP), or give %1 a reverse DNS name of its own domain, for example mail.your-domain, that points back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your resolver is refused by %1; use your own resolver (not a public one such as 8.8.8.8 or 1.1.1.1) for blacklist checks, or register it with the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and stop the cause of the listing (an infected computer, a hacked account or website, a form sending spam), then ask %1 to delist %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and stop the cause of the listing (an infected computer, a hacked account or website, a form sending spam), then request delisting of %2 at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a spam listing: %2 is in an internet provider&apos;s range for home or dynamic connections. Send mail through your mail provider&apos;s server with authentication (port 587 or 465), not directly to recipients&apos; servers. If %2 is a mail server, ask its provider to remove it from the range (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the blacklists to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 may be refused by servers that use these lists (replies such as &quot;554 ... poor reputation&quot;). Stop the cause, then request delisting with the links of each listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GeoIP database (.mmdb: GeoLite2 or GeoIP2 Country or City, DB-IP, ip-location-db) in the settings, or give one with --geoip FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you send from %2 on purpose (for example while travelling), contact our Customer Service through the authorised chat or a ticket: we will allow connections from that country without delay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>mailtriage: ignoring --dns &quot;%1&quot;: not HOST[:PORT] with an IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: mailtriage-cli COMMAND [OPTIONS]

commands:
  diagnose INPUT [--dns HOST[:PORT]]... [--geoip FILE] [--dnsbl ZONE[,ZONE...]]
                 [--lang pl|en] [--format text|json]

  mailtriage-cli COMMAND --help   options of one command
  mailtriage-cli --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose takes exactly one INPUT (use - to read standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be pl or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns &quot;%1&quot; is not HOST[:PORT] with a literal IPv4 or IPv6 address (IPv6 with a port: [::1]:5300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-timeout must be a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the GeoIP database &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dnsbl: &quot;%1&quot; is not a DNS zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to diagnose: INPUT is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose an e-mail address, a domain, an IP address or a pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, domain, IP, or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nameserver to ask, in order of preference (repeatable; default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoIP database (.mmdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS blacklist zones to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the findings and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS timeout of one try, in milliseconds (default: the system&apos;s, or 2000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dnsbl</name>
    <message>
        <source>%1 is listed on %2 (%3), return code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): a typing error in the list&apos;s name. This is not a listing: whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): it came through a public or open resolver (for example 8.8.8.8 or 1.1.1.1), which Spamhaus does not answer. This is not a listing: whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): the resolver sent too many queries (over quota). This is not a listing: whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) answered %4, which is not a listing code (the query was refused, or it is a test answer): whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): the list blocks this resolver or it is over quota. This is not a listing: whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): SBL: a known spam source or spam operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): SBL CSS: the address sent low-reputation (snowshoe) spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): XBL: an infected or exploited machine (botnet, malware) sends from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): SBL DROP: the network is hijacked or run by criminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): PBL (set by the ISP): an end-user address that should send mail only through a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): PBL (set by Spamhaus): an end-user address that should send mail only through a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a spam domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a phishing domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a malware domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a botnet command-and-control domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate redirector or URL shortener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for phishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for malware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused legitimate domain used for botnet command and control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): a domain first seen less than 24 hours ago (zero reputation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): recipients reported spam from this address recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): poor reputation at Barracuda: spam or unusual sending seen from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): this address sent to UCEPROTECT&apos;s spam traps; listings expire after 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): this address sent to PSBL&apos;s spam traps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): poor reputation at Mailspike: spam seen from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-Dyna: a dynamic or generic address sending mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-NoPtr: the address has no reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-Spam: spam or a dictionary attack was seen from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): RATS-Auth: brute-force logins were seen from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): spam seen from this address by NiX Spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): almost only spam seen from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): an abused machine: a botnet drone, an open proxy or a brute-force attacker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): SURBL blocks this resolver (public resolver or too many queries). This is not a listing: whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): PH: a phishing domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): MW: a malware domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): ABUSE: a spam domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): CR: a cracked (hacked) website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) refused the query (answer %4): URIBL blocks this resolver (public resolver or too many queries). This is not a listing: whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): black: a domain seen in spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): grey: a domain seen in bulk or unsolicited mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3): red: a domain seen in unsolicited commercial mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The domain %1 contains a space. Domain names never contain spaces, so mail to or from it cannot be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 contains &quot;%2&quot;, which is not allowed in domain names. Only letters, digits, hyphens (-) and dots may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has a part that is too long: &quot;%2&quot; has %3 characters, and at most 63 are allowed between two dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has a part that is too long: &quot;%2&quot; needs more than 63 characters in the form DNS uses (letters outside the English alphabet take more room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen (&quot;%2&quot;). This is not allowed in domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 contains &quot;%2&quot;, which looks like the DNS form of an international name but is not a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 contains letters or symbols that cannot form a valid international domain name (in &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 is too long: %2 characters, and at most 253 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has two dots in a row, or starts or ends with a dot. There must be letters or digits between the dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete domain: it has no ending such as .pl or .com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 ends with a number (%2). Domain names end with letters, such as .pl or .com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 contains an invisible character (%2), usually left over from copying it from a document or a web page. Mail programs may send it along and the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 ends with a dot. DNS accepts this, so it was checked as %2, but the dot does not belong in an e-mail or web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an international domain name (with letters outside the English alphabet). DNS and mail servers know it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 e-mail addresses instead of one. Where a single address is expected, mail programs refuse this. Only the first address, %3, is checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts or ends with a comma or a semicolon. Mail programs use them to separate addresses; they are not part of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with &quot;mailto:&quot;, the way links to e-mail addresses are written on web pages. The address itself is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a name (&quot;%2&quot;) as well as the address, the way mail programs show a contact. The address itself is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in angle brackets &lt; &gt;, the way mail programs show addresses. The address itself is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has an angle bracket (&lt; or &gt;) without its pair. The mail program may refuse the address or send the bracket along, and the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has quotation marks or apostrophes around it. They are not part of an e-mail address, but the mail program sends them along, so the mail bounces with a reply like &quot;Sorry, I couldn&apos;t find any host named %2. (#5.1.2)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 starts with a quotation mark or an apostrophe. It is not part of the address, but the mail program sends it along as part of the mailbox name, so the mail bounces: no such mailbox exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has quotation marks or apostrophes around it. They are not part of an e-mail address, but the mail program sends them along, so the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 contains an invisible character (%2), usually left over from copying the address from a document or a web page. The mail program may send it along, and the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 contains spaces. E-mail addresses never contain spaces, so the mail program refuses the address or the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no @ sign, so it is not a complete e-mail address. An address is the mailbox name, an @ and the domain, for example jan@kowalski.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 contains %2 @ signs. An e-mail address has exactly one @, between the mailbox name and the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has nothing before the @. The part before the @ is the mailbox name and cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the address %1, the part before the @ starts or ends with a dot, or has two dots in a row. This is not allowed, so the mail program refuses the address or the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 contains &quot;%2&quot; before the @, which is not allowed in an e-mail address. The mail program refuses the address or the mail bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in %1 contains letters outside the English alphabet (&quot;%2&quot;). Such addresses need servers that support international addresses (SMTPUTF8); many servers refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in %1 is too long: %2 characters, and at most 64 are allowed (a letter outside the English alphabet counts as two or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has nothing after the @. The part after the @ is the domain and cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has an IP address in square brackets after the @ instead of a domain. This is allowed, but most mail servers refuse such addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has an IP address (%2) after the @ instead of a domain. Mail programs and servers refuse addresses written like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has square brackets after the @, but what is inside them is not a valid IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 ends with a dot. The dot is not part of the address, and some mail servers refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is too long: %2 characters, and at most 254 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is written correctly. Its domain is an international name, which mail servers see as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is written correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts mail. MX hosts, most preferred first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS (NXDOMAIN). It may be misspelt, expired, or not yet registered. Our server rejects mail from it with &quot;%2&quot; and to it with &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read: %2. This says nothing about the domain itself; our server defers mail for it with a temporary (4xx) error until DNS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 publishes a null MX record (&quot;MX 0 .&quot;, RFC 7505): it declares that it accepts no mail at all. Mail to it cannot be delivered, and our server treats it as a domain without MX: &quot;%2&quot; as a sender, &quot;%3&quot; as a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has a null MX record (&quot;MX 0 .&quot;) next to real MX records. RFC 7505 forbids this; senders may treat the domain as accepting no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record of %1 points to an IP address (%2) instead of a host name. Many mail servers ignore such a record, so mail may not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %2 of %1 is an alias (CNAME). RFC 2181 forbids this; most servers cope, some refuse to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the MX host %2 of %1 could not be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %2 of %1 does not exist in DNS, so no mail can be delivered through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %2 of %1 has no address (no A or AAAA record), so no mail can be delivered through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has MX records, but none of its MX hosts can be reached by name: mail to this domain cannot be delivered and comes back as a bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record, but it has an address (%2): mail is delivered to that address (implicit MX, RFC 5321). Our server accepts the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record, and its address could not be read: %2. Our server defers mail for it with a temporary (4xx) error until DNS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record and only an IPv6 address (%2). Our server requires an MX or A record and rejects it: &quot;%3&quot; as a sender, &quot;%4&quot; as a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but has neither an MX nor an A record, so no mail can be delivered to it. Our server rejects it: &quot;%2&quot; as a sender, &quot;%3&quot; as a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a bounce or a server reply. Bounce analysis is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an IP address. Reverse DNS, blacklist and GeoIP checks are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (no PTR record). Many mail servers refuse or defer mail from such an address with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be read: %2. Whether it has a PTR record is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, and the name points back to the address (forward-confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, but whether the name points back to the address is unknown: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, but the name does not point back to the address (no forward confirmation). Many mail servers treat this as no hostname and reply &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse DNS name %2 of %1 looks like an ISP&apos;s automatic name for a home or dynamic connection. Many mail servers score such senders as spam or refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) did not answer (%4): whether %1 is listed there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 (%3) answered %4, which is not one of its codes: the list may be dead or answering everything. The answer was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain blacklist (RHSBL) is configured, so %1 was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the configured blacklists lists addresses like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blacklists, %4 of them major: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blacklists, none of them a major list&apos;s spam listing: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed on the blacklists that answered, but %2 of %3 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed on any of the %2 blacklists checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GeoIP database is installed, so the country of %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoIP database %2 does not exist, so the country of %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoIP database %2 cannot be read, so the country of %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %2 is not a usable GeoIP database (not a MaxMind DB file, or damaged or truncated), so the country of %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoIP database has IPv4 addresses only, so the country of %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoIP database does not know %1 (a private, reserved or unassigned address), so its country is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 (%3), one of the countries allowed for the customer&apos;s domain (%5).</source>
        <extracomment>%2 is the country&apos;s English name, %4 its Polish name: use %4 in Polish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 (%3).</source>
        <extracomment>%2 is the country&apos;s English name, %4 its Polish name: use %4 in Polish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 (%3), which is not among the countries allowed for the customer&apos;s domain (%5). Our server&apos;s GeoIP protection refuses mail sent from there with &quot;%6&quot;.</source>
        <extracomment>%2 is the country&apos;s English name, %4 its Polish name: use %4 in Polish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputKind</name>
    <message>
        <source>Nothing entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (a bounce or a server reply)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our server&apos;s reply to this sender domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our server&apos;s reply to this recipient domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, time: %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::MainWindow</name>
    <message>
        <source>MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste what the customer sent: an e-mail address, a domain, an IP address or a bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jan@kowalski.pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the paste box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 ms. Findings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our server&apos;s reply when this is the sender&apos;s domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our server&apos;s reply when this is a recipient&apos;s domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the paste box and the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a large paste of %1 characters: shown in part, checked in full)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
