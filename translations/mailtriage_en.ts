<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>In the DNS of %1, replace the SPF record (the TXT record starting with &quot;v=spf1&quot;) with this one:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this TXT record to the DNS of %1 (name: %1 itself):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the DNS of %1, delete all TXT records starting with &quot;v=spf1&quot; and add this single one, which merges them:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the SPF record of %1 the includes of services that no longer send its mail, or replace them with ip4: ranges; for mail sent through us this record is enough:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before adding another include to the SPF record of %1, remove one that is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the DMARC reports show that all your legitimate mail passes SPF or DKIM, change p=none to p=quarantine, and later to p=reject, in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a TXT record to the DNS of %1 with the name %2 and the value:
%3
p=none changes nothing in delivery, it only asks receivers to send reports. When the reports show that all your mail passes SPF or DKIM, change it to p=quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %2 and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the TXT record at %2 with this corrected one (check the policy and the report address):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct below 100 is meant for a gradual roll-out. When you are confident, remove pct from the record at %2 (100 is the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rua=mailto:postmaster@%1 (or another mailbox you read) to the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either send the reports to an address in %1 (change rua/ruf in the record at %2), or have the owner of the other domain publish a TXT record &quot;v=DMARC1&quot; named %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If mail sent through a newsletter or ticketing service fails DMARC, either have it sign with the exact domain, or relax alignment in the record at %2 (remove aspf=s and adkim=s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move v=DMARC1 to the very beginning of the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record at %2 with v=DMARC1; (upper case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove &quot;%3&quot; in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one %3= tag in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove the tag &quot;%3&quot; in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %3= to none, quarantine or reject in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the tag %3= in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p=none (or quarantine, or reject) right after v=DMARC1 in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the selector, open a message sent from %1 and look at its headers: the DKIM-Signature header names it in the s= tag (and the signing domain in d=). Then check that selector here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When convenient, generate a 2048-bit key, publish it under a new selector, switch signing to it, and then remove the old record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new 2048-bit RSA key, publish it under a new selector, switch signing to it, and then remove the old record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your mail server still signs with the selector of %2, switch it to a selector with a valid key, or publish the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When signing works, remove t=y from the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign each message with an RSA key as well (under another selector), so that every receiver can verify at least one signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %2 and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the public key as a TXT record named %2 (your mail server or provider shows it), or check the selector in the s= tag of the DKIM-Signature header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selector exactly from the s= tag of the DKIM-Signature header of a message sent from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move v=DKIM1 to the beginning of the record at %2, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write v=DKIM1 (upper case) in the record at %2, or remove the v= tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove &quot;%3&quot; in the record at %2; tags are separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the public key in the p= tag of the record at %2, exactly as your mail server or provider shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key again, completely, from your mail server or provider into the p= tag of the record at %2. A long key may be split into several quoted strings, but nothing may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set k=rsa (or k=ed25519 for an Ed25519 key) in the record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 and remove h= from the record at %2 (or set h=sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove h= from the record at %2, or set h=sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove s= from the record at %2, or set s=email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and correct the recipients&apos; addresses according to the error message: correct or remove the invalid recipients and send the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the account settings in the mail program and check them: turn on SMTP authentication, with the full e-mail address as the user name and the correct password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer messages at a time and use a mailing service for newsletters; remove invalid addresses from mailing lists. Sending works again when the time window passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the recipient can fix this: they must delete messages or enlarge the mailbox. Let them know another way and send the message again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sending IP address (shown in the WebAs panel) on blacklists, e.g. http://mxtoolbox.com/blacklists.aspx, and request removal. Most services have their own IP address, so its reputation is worth looking after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address correctly, without extra characters (quotes, apostrophes) or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Rev DNS of the IP address: in the WebAs panel go to Configuration &gt; IP addresses and enter in the &quot;Rev DNS&quot; field a domain that points to the service&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the SPF record in the DNS of the sender&apos;s domain; the link in the bounce shows the value to change. The default for Kei.pl servers is &quot;v=spf1 a mx include:spf.tld.pl -all&quot;. Without a hint in the bounce, ask the administrator of the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SMTP authentication in the mail program. If authentication is correct or the message is sent directly from a Kei.pl server, contact support through the contact form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again later; if it keeps happening, let the recipient know that their mail server does not accept mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the administrator of the receiving server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the administrator of the receiving server. If the bounce contains a link, open it: it often explains the problem or gives the solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, or ask the recipient for the correct address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain part of the recipient&apos;s address for typos and extra characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sending IP address on blacklists, e.g. http://mxtoolbox.com/blacklists.aspx, and request removal; follow the link in the bounce if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sending IP address on blacklists, e.g. http://mxtoolbox.com/blacklists.aspx, and request removal; reduce bulk sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the content and links of the message, and whether the sending IP address is on blacklists (http://mxtoolbox.com/blacklists.aspx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sender address and the DNS of its domain (MX or A, SPF). If it is correct, contact the administrator of the receiving server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SMTP authentication in the mail program, with the full e-mail address and the correct password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SPF, DKIM and DMARC records of the sender&apos;s domain, and send through a server its SPF record allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Rev DNS of the sending IP address to a domain that points back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SMTP authentication in the mail program, and send through the provider&apos;s SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address, and ask the recipient whether they block the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the recipient another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recipient&apos;s new address, as the bounce gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address, or use another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to fewer recipients at once and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send smaller attachments, or a link to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again without unusual formatting, or from another mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the program or script that creates the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the administrator of the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain; send the message again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again later; if it persists, tell the recipient&apos;s provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; send the message again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the recipient from mailing lists; send only to people who asked for the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s reply quoted in the bounce; if it contains a link, open it. Contact the administrator of the receiving server if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s reply quoted in the bounce and look for key words (&quot;over quota&quot;, &quot;SPF&quot;, &quot;rev DNS&quot;); if it contains a link, open it. Contact the administrator of the receiving server if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the computer that sent the message with an up-to-date antivirus program, then send the message again without the infected attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address with the recipient; once it is correct and working, remove it from the sending service&apos;s suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again in a few minutes. If other DNS checks failed too, our own resolver is the cause, not the owner of %1. If only this one keeps failing, the DNS servers of the reverse zone of %1 are not answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DNS servers in Settings (or the network connection) and run the check again before answering the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the MX and A records of the sender&apos;s domain: are they set and available (e.g. https://mxtoolbox.com/MXLookup.aspx)? The domain may have expired or its records may not be set yet. If the DNS records are correct, reply to this message and we will look into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account settings in the mail program: the sender address must belong to the login domain or its alias. To send as an address hosted elsewhere (e.g. Gmail), use that provider&apos;s SMTP server or the alternative sender in Webmail. If GeoIP blocked the connection, reply to this message and we will allow the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the password saved in the mail program. Then wait an hour, or reply to this message and we will unblock the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer for malware and change the mailbox password in case it was stolen; check the content of the messages. If a legitimate message was refused, reply to this message.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ask for the full headers (&quot;Show original&quot; in Gmail, &quot;View message source&quot; in Thunderbird, &quot;Message properties&quot; in Outlook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long wait before a hop usually means the sending server retried after a temporary refusal (greylisting, a full queue, a blocked IP): check the logs of %1 for that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add List-Unsubscribe (with an https link) and List-Unsubscribe-Post: List-Unsubscribe=One-Click to the newsletter&apos;s messages; most mailing programs have an option for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the header List-Unsubscribe-Post: List-Unsubscribe=One-Click, and make the link accept a POST request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send large files as a link (a cloud drive) instead of attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which server changes the message after %1 signed it (a footer, a disclaimer, an antivirus note) and turn that off, or sign after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the key published at %2 with the one the mail server signs with; if they match, a server on the way rewrites a signed header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expired signature is normal for an old message; for a new one, the signing server&apos;s clock or its expiry setting is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the signing identity in the mail server&apos;s DKIM settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was damaged on the way or written wrongly by the signing software; check the headers were copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with rsa-sha256 (or ed25519-sha256 in addition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, the DNS servers of %1 are not answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the mail server&apos;s DKIM signing to rsa-sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the body length limit (l=) in the DKIM settings: it lets others append text to signed mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on DKIM signing for %1 on the sending server and publish its key in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matters for forwarded mail and mailing lists: the forwarder&apos;s ARC signing is broken or a later server changed the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the sending server sign with DKIM for %1 (d=%1), or send with an envelope sender in %1 from a server its SPF lists. If the message is not from you, it is forged and the policy works as intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings of the program or server that sends the messages from %1: it must give every message a Message-ID of the form &lt;unique-id@%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the program or server that sends the messages from %1: it must write a correct Date header, and its date, time and time zone must be set correctly (automatic time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock of the mail server that signs for %1 correctly (automatic time from the network): it is ahead of the real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the messages from %1 signed once per signing domain (one DKIM-Signature each), not at every server on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the SPF record of %2: a domain may publish only one TXT record starting with &quot;v=spf1&quot;, and every term of it must be valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank you for your message. We have checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank you for your message. We have checked what you sent us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We found no problems on our side or in the settings we can see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the problem persists, please send us the full text of the error message (or the returned message) you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We found the following problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We found the following problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once this is corrected, messages should be delivered normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have any questions, simply reply to this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards,
Technical Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we ask you to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to be fixed on the recipient&apos;s side (please pass this on to the recipient):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on our side (we are dealing with it, there is nothing you need to do):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FOR STAFF, NOT FOR THE CUSTOMER] No answer was written: the results are inconclusive, because checks that could have found a problem did not finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DNS servers in Settings and the network connection, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FOR STAFF, NOT FOR THE CUSTOMER] No answer was written: what was pasted cannot be checked as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank you for your message. We have checked the message from %1 that you sent us: the servers it passed and whether its SPF, DKIM and DMARC authentication holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what makes receiving servers put the message in spam or reject it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>mailtriage: ignoring --dns &quot;%1&quot;: not HOST[:PORT] with an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells what is wrong with a customer&apos;s e-mail and what to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nameserver to ask (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pl or en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockStore</name>
    <message>
        <source>cannot create the state directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no block list at %1 yet: no IP address is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 (%2): no IP address is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); kept as %3; starting with no IP address blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unblocked, but cannot append to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail servers (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (GeoIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>DKIM selectors to look up instead of the common ones (the s= tag of a DKIM-Signature header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain authorizes this server to send its mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain says this server must not send its mail: receivers reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain says this server probably should not send its mail: receivers often mark it as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain says nothing about this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS did not answer; receivers defer the mail and try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPF record is broken; many receivers reject the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF of %1 for %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups: %1 of %2; void lookups: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate SPF (RFC 7208 check_host) for a client IP and an envelope sender, with the trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IP address of the sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope sender (MAIL FROM); &quot;&quot; for a bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HELO/EHLO name (default: the sender&apos;s domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf takes no INPUT, only options (see --help): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ip must be an IPv4 or IPv6 address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender is required (use --sender &quot;&quot; and --helo NAME for a bounce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty --sender needs --helo NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains white space or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned message: from %1, subject &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a bounce, a fragment of one, or a server&apos;s reply line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bounce, or - for standard input (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the explanations and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounce takes at most one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to analyze: the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in submission server with the provider&apos;s rules; messages are kept, never relayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address and port to listen on (default 127.0.0.1:2525)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file (JSON; default: the built-in demo policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory for blocked IPs, messages and the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in the greeting (default localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log only start, stop and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen &quot;%1&quot; is not ADDR:PORT with a literal address (IPv6: [::1]:2525)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy file %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s state directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is unblocked (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who unblocks (default: the user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP address is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 failed logins (%3 to %4), blocked until %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unblock needs --reason TEXT for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unblock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a password on standard input and print its salted hash for the policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 iterations (default 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash-password reads the password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iterations must be from 1000 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoIP database (.mmdb) for the country rule (default: the embedded one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the GeoIP database &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GeoIP database: the country rule allows every country (use --geoip FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file whose domains&apos; allowed countries apply to the IPs a bounce names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file whose limits the advice quotes (default: the built-in policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by the words: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice written by: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit status: 0 done, nothing wrong found; 1 at least one finding is an error; 2 bad usage or unreadable input; 3 inconclusive: a check that could have found a problem did not finish (for example the DNS resolver did not answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format; answer: the customer answer as the GUI shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or answer, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze a message or its headers: the path it took with the delays, its DKIM signatures and ARC chain verified, SPF and DMARC for the real path, and its sanity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message (.eml), or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to analyze: the message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the provider&apos;s rules to Postfix (policy delegation) and Dovecot (auth policy) on one port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address and port to listen on (default 127.0.0.1:10040)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds an idle connection is kept (default 330; a request must arrive whole within 30 seconds, or this if shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policyd takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout must be a number of seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store &quot;%1&quot; is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server&apos;s name in the shared store (default: the host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the IP addresses blocked after too many failed logins, or unblock one; list, allow or revoke the countries staff allowed a domain beyond its policy; show the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address to unblock, or the domain and the two-letter country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow-country: the exception ends after N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now be used from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer be used from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  by %3: %4 (until %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: blocks list, blocks unblock IP --reason TEXT, blocks audit, blocks countries, blocks allow-country DOMAIN CC --reason TEXT [--days N], blocks revoke-country DOMAIN CC --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the shared state lives: redis://[USER:PASSWORD@]HOST[:PORT][/DB] or a directory (default: files in the state directory); Redis credentials may come from MAILTRIAGE_REDIS_USER and MAILTRIAGE_REDIS_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build cannot use %1: it has no Redis support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 does not answer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  from %3 to %4, client %5, login %6, %7 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accepted messages in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message %1 in %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accepted message has the id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the message to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages the built-in server accepted, with who sent them to whom, or write one to standard output exactly as it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: the message&apos;s id, as list prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: accepted list [--format text|json], accepted show ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailLabel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (Polish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delisting page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server&apos;s IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation></translation>
    </message>
    <message>
        <source>DKIM alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward lookup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key length (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our SPF include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode form</source>
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
    <message>
        <source>%1 has a valid SPF record that authorizes our servers: %2. It uses %3 of the 10 DNS lookups allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be read: %2. Receiving servers may defer mail from this domain until DNS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record, so receiving servers cannot tell that our servers may send its mail: some reject it (&quot;550 SPF&quot;), others file it as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records. Only one is allowed: receiving servers treat this as an error (permerror) and may reject the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has an error in &quot;%2&quot;, so receiving servers cannot use it (permerror) and may reject the mail. The record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 contains &quot;%2&quot;, which is not an SPF mechanism (a typo?), so receiving servers cannot use the record (permerror) and may reject the mail. The record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has a second &quot;%2&quot;: redirect= and exp= may appear only once, so receiving servers cannot use the record (permerror). The record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 contains &quot;%2&quot;, a character that is not plain ASCII (often a typographic quote or dash pasted from a document), so receiving servers cannot use it (permerror). The record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 needs more than 10 DNS lookups (counting its includes). Receiving servers stop at 10 and treat the record as an error (permerror).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 uses %2 of the 10 DNS lookups allowed; one more include can break it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 names more than 2 domains that do not exist or have no address (the third: &quot;%2&quot;). Receiving servers treat this as an error (permerror) and may reject the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the SPF record of %1 ends in an error (permerror) at &quot;%2&quot; in the record of %3. Receiving servers may reject the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the SPF record of %1 could not be read from DNS: the lookup for &quot;%2&quot; failed. Receiving servers may defer mail from this domain until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in &quot;+all&quot;: it allows every server in the world to send mail as %1, which spam filters punish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in &quot;?all&quot;: it says nothing about servers it does not list, so it does not protect the domain from forged mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorize our servers (include:%2). Mail sent through us may be rejected with &quot;550 SPF&quot; or land in spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a DMARC policy of &quot;reject&quot; (record at %2): receivers are asked to refuse mail that claims to come from %1 but passes neither SPF nor DKIM for it. This protects the domain against forged senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a DMARC policy of &quot;quarantine&quot; (record at %2): receivers are asked to put mail that claims to come from %1 but passes neither SPF nor DKIM for it into the spam folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a DMARC policy of &quot;none&quot; (record at %2): receivers only report on mail that fails SPF and DKIM and deliver it as if there were no DMARC. This is the right first step, but it does not stop anyone from forging the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own, so the record of its organizational domain %2 applies, with its policy for subdomains (sp, or p when sp is not set): &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record (looked up: %2). Large mailbox providers (Gmail, Yahoo, Microsoft) expect one from senders and are more likely to put mail without it into spam; nothing protects the domain from being forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records at %3. With more than one, receivers apply none of them: the domain has no DMARC policy in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 at %2 is not valid, so receivers ignore it: for them the domain has no DMARC policy. Record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be read: %2. Receivers that get the same error may treat the mail as unauthenticated for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy of %1 applies to only %2% of the failing mail (pct=%2); the rest is treated one step more leniently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 asks for no aggregate reports (no rua tag), so nobody learns which servers send mail in the domain&apos;s name and whether it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 sends reports to %2, in another domain that has not agreed to receive them (no TXT record starting with v=DMARC1 at %3, RFC 7489 7.1). Receivers will not send these reports; mail delivery is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment of %1 is relaxed for both SPF and DKIM: a message passes DMARC when the address in its From header is in the same organizational domain as the domain that passed SPF (the envelope sender) or that signed it with DKIM; a subdomain such as mail.%1 counts as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment of %1: strict for DKIM (adkim=s), relaxed for SPF. A DKIM signature counts only when its domain (d=) is exactly the From domain; for SPF, a subdomain of the same organizational domain as the From address is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment of %1: strict for SPF (aspf=s), relaxed for DKIM. SPF counts only when the envelope sender&apos;s domain is exactly the From domain; a DKIM signature of any domain in the same organizational domain is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment of %1 is strict for both SPF and DKIM (aspf=s, adkim=s): a message passes DMARC only when the envelope sender&apos;s domain or the DKIM signing domain is exactly the domain in its From header. Mail sent through services that use their own subdomain fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the DMARC record of %1, v=DMARC1 is not the first tag. Receivers only recognize records that start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 does not start with exactly &quot;v=DMARC1&quot; (found &quot;%2&quot;); the version is case-sensitive and required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 contains &quot;%2&quot;, which is not of the form tag=value. Tags are separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 sets the tag %2 more than once; receivers may use either value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 contains the unknown tag &quot;%2&quot;, which receivers ignore. It is often a typo of a known tag (p, sp, pct, rua, ruf, adkim, aspf, fo, rf, ri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 has an invalid policy %2=%3; it must be none, quarantine or reject. Receivers then ignore the policy (at best they treat it as none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 has an invalid value in %2=%3, which receivers ignore. Report addresses must be written as mailto:name@domain; pct is 0-100; adkim and aspf are r or s; fo is 0, 1, d or s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 has no policy tag (p=). It is required; without it (and without a valid rua) receivers ignore the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a DKIM key under the selector &quot;%2&quot;: %3, %4 bits. Receivers can verify mail signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; has %3 bits: still accepted, but 2048 bits is the recommended size today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; has only %3 bits. Keys shorter than 1024 bits can be broken, and receivers following RFC 8301 treat signatures made with them as invalid: the mail counts as unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is revoked (empty p=): every signature made with it fails. That is fine for a retired key, but mail still signed with selector &quot;%2&quot; fails DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is marked as being tested (t=y): receivers may treat failed signatures like unsigned mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is an Ed25519 key (RFC 8463). Not every receiver verifies Ed25519 signatures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %3 TXT records under the DKIM selector &quot;%2&quot;; receivers may use any one of them, so verification succeeds only sometimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key was found for %1 under the common selectors (%2). This is not an error in itself: the domain may use another selector, or may not sign its mail with DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no DKIM key under the selector &quot;%2&quot;: mail signed with this selector fails DKIM verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; cannot be a DKIM selector of %1: a selector is made of letters, digits, hyphens and underscores (parts separated by dots), so it was not looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; could not be read: %3. Receivers with the same problem cannot verify signatures for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the DKIM key record of %1 under the selector &quot;%2&quot;, v=DKIM1 is not the first tag; receivers reject the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key record of %1 under the selector &quot;%2&quot; has the version &quot;%3&quot;; only &quot;DKIM1&quot; is valid, so receivers reject the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key record of %1 under the selector &quot;%2&quot; contains &quot;%3&quot;, which is not of the form tag=value; receivers may reject the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key record of %1 under the selector &quot;%2&quot; sets the tag %3 more than once, which makes it invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM record of %1 under the selector &quot;%2&quot; has no public key (no p= tag; tag names are case-sensitive), so no signature can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key (p=) of %1 under the selector &quot;%2&quot; is not a valid %3 key; it is often cut off or has extra characters after copying. Signatures made with it fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; has the key type k=%3; receivers know only rsa and ed25519, so signatures fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; allows only SHA-1 signatures (h=%3). RFC 8301 retired SHA-1, and many receivers treat such signatures as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; names an unknown hash algorithm (h=%3); only sha256 (and the retired sha1) exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; is restricted to other services (s=%3), so it is not valid for e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has no MX or A record in DNS, so our SMTP server refused the message for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no valid MX or A record in DNS, so our SMTP server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our SMTP server refused the sender address: its domain is neither the domain used to log in nor its alias, or the connection came from a country not allowed for the domain (GeoIP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our SMTP server refused the login: the user name or password is wrong, or the mail program does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full and cannot accept more messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the message because the sending server&apos;s IP address is on a spam list (RBL) or has a poor reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail host was found for the recipient&apos;s domain: the address contains characters that cannot be in an e-mail address, such as apostrophes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the connection because the sending IP address has no valid reverse DNS (Rev DNS) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the message because the SPF record (TXT) of the sender&apos;s domain does not allow the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to relay the message: the domain is not on its list, is blocked, or SMTP authentication is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server was unavailable for a long time (switched off or not working properly) and the message stayed in the queue too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server could not verify the message&apos;s DKIM signature for the sender&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the message without giving a specific reason, often because of its security policy or a simplified configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server could not verify the sender address and refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist or has been blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or has no mail server (no MX or A record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the connection from the sending IP address (a blacklist, or too many failed attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the message because of the sending IP address&apos;s poor reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server considered the message spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the message because of its policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires authentication, or the authentication failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message failed the SPF, DKIM or DMARC check of the sender&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server requires a reverse DNS (PTR) name for the sending IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to relay the message to this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be delivered in time: the receiving server was unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter on the receiving side refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is suspended or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has moved to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server limits connections, recipients or messages, and the limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the format of the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s headers break the e-mail standard (e.g. several From or Subject headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server did not understand a command of the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network or DNS problem prevented delivery to the receiving server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server had an internal problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server is out of disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program that delivers mail on the receiving side failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was delivered: this is a success notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient reported the message as spam or abuse (a feedback loop report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an automatic reply (such as out of office), not a delivery failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery is delayed or failed for a reason the text does not make clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the failure could not be recognized in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server found a virus or other malicious content in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending service did not try to deliver: the address is on its suppression list after earlier bounces or complaints.</source>
        <translation></translation>
    </message>
    <message>
        <source>More than %1 failed logins in an hour came from this IP address, so our SMTP server refuses its connections for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending limits were exceeded (%1 messages a minute, %2 an hour, %3 in 12 hours), or more than %4% of the messages from this IP address could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our anti-spam system considers the messages from this sender spam: after the first %1 in an hour, further messages are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are inconclusive: %1 of %2 DNS questions got no answer (timed out) from the resolver %3. Checks that needed them could not tell whether anything is wrong.</source>
        <translation></translation>
    </message>
    <message>
        <source>The headers have no Received lines, so the path of the message is unknown: was the whole header block copied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 (%2 from %3) is dated %4 earlier than the step before it: a server&apos;s clock is wrong, so the delays around it are not real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 (%2 from %3) is dated %4 after the step before it, which is implausible: a server&apos;s clock is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waited %1 before %2 received it from %3 (hop %4): the delay happened there, not at the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message passed %1 hops in %2. It entered the receiving side at %3, from %4: that is the sending server whose SPF and reputation count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message passed %1 hops in %2; no hop from a public address outside the receiving side was found, so the sending server is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no From header: receivers reject or distrust it, and DMARC cannot be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 From headers; receivers such as Gmail reject such messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1, Sender: %2, Reply-To: %3, Return-Path: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies go to %2, another domain than the sender&apos;s %1. Legitimate for some newsletters and forms, but typical of phishing: check who owns %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Message-ID header; spam filters count that against it, and Gmail may reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;; spam filters count that against the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Date header; spam filters count that against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Date header &quot;%1&quot; cannot be read as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is dated %1, in the future: the sender&apos;s clock is wrong, which spam filters notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is bulk mail (a mailing list or newsletter) without a List-Unsubscribe header: since 2024 Gmail and Yahoo send such mail to spam or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has a link but there is no List-Unsubscribe-Post header: Gmail and Yahoo require one-click unsubscription (RFC 8058) from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 MB; many servers accept at most 25 MB (attachments grow by a third when sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;, %3, %4-bit key) verifies: the signed headers and the body arrived exactly as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) fails: the body was changed after signing (a footer added by a mailing list, a forwarder or an antivirus, or re-encoded lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) fails: the signature does not match the signed headers (a signed header such as Subject was changed after signing, or the key in DNS is not the one the server signs with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 cannot be verified: no key is published under the selector &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 fails: the key under the selector &quot;%2&quot; is revoked (empty p=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) is made with a %4-bit key; receivers following RFC 8301 ignore keys under 1024 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 fails: the record under the selector &quot;%2&quot; is not a usable %3 key (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) has expired (its x= time has passed), so it no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 is invalid: its identity (i=) is not in the domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 cannot be read: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 uses the algorithm &quot;%3&quot;, which no receiver knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key of %1 under the selector &quot;%2&quot; could not be read now (%5), so the signature was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) verifies, but it uses rsa-sha1, which RFC 8301 retired: many receivers treat it as no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) verifies, but it covers only the first %3 bytes of the body (l=); the %4 bytes after them are not signed and may have been added by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;, %3, %4-bit key) verifies for the headers; the body was not pasted, so it was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM signature: receivers cannot tell that it really comes from %1, and Gmail and Yahoo require one from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC chain of %1 sets verifies (the newest by %2): the forwarders&apos; records of the authentication results they saw can be trusted as far as their senders are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC chain does not verify (%1): the forwarders&apos; claims about the original authentication cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passes: %1, which handed the message in, may send for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF gives &quot;%3&quot; for %1 sending for %2: not a pass, so spam filters give the message no credit for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF of %2 for %1 could not be evaluated now (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF of %2 gives &quot;%3&quot; for %1 (%4): receivers treat the record as broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF was not evaluated: the headers do not show which server handed the message in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF for the HELO name %2 of %1 gives &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy of %1 could not be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, so nothing ties the From address to SPF and DKIM; since 2024 Gmail and Yahoo require one from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC passes for %1 through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for %1: neither SPF nor a verified DKIM signature is aligned with the From domain. Its policy p=%2 tells receivers what to do with such mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote %2=%3 into the headers, but checking now gives %4. The receiver may have seen another path, the DNS records may have changed since, or the header was forged by an earlier server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector &quot;%2&quot;) is dated in the future (t= is %5): the signing server&apos;s clock is ahead, and receivers may ignore such a signature (RFC 6376 3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message carries %1 DKIM signatures; the first %2 were verified and the other %3 were not. Real mail has one to three: so many suggest a broken signing setup or a crafted message, and receivers may stop verifying early too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF fails: the SPF record of %2 does not allow %1, the server that handed the message in, so receivers reject the message or put it in spam. If %1 sends mail for %2 (its mail server, a newsletter service, a CRM), the record must list it; if not, the message is forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounce quotes the headers of the returned message (from %1): the findings about its path and signatures are for staff. What to answer is the bounce&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoIpDatabase</name>
    <message>
        <source>Country data: ip-location-db (%1), from the Number Resource Organization (nro.net), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP geolocation by DB-IP (https://db-ip.com), licensed under CC BY 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailTriage diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a message (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
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
    <message>
        <source>Message (its headers: path and authentication)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailClientView</name>
    <message>
        <source>The message is sent to the valid recipients; a new message reports the invalid ones. Server reply: %1</source>
        <extracomment>Help page: MS Outlook wyśle wiadomość do poprawnych odbiorców ... oraz zwróci komunikat o błędzie</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not sent: a warning says &quot;Invalid destination domain&quot;. Correct or remove the invalid addresses. Server reply: %1</source>
        <extracomment>Help page: wiadomość nie zostanie wysłana, zostanie wyświetlone ostrzeżenie z błędem &quot;Niepoprawna domena docelowa&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pop-up shows the server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &apos;%1 – Sending&apos; reported error (%2): &apos;Cannot send the message. Check the e-mail address in the account properties. Server reply: %3&apos;</source>
        <extracomment>Help page: Zadanie &apos;jan@kowalski – Wysyłanie&apos; zgłosiło błąd (0x800CCC78): &apos;Nie można wysłać wiadomości. Sprawdź adres e-mail we właściwościach konta. Odpowiedź serwera: 550 5.1.0 ...&apos;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred while sending mail. Server reply: %1. Check the e-mail address in the Account Settings and try again.</source>
        <extracomment>Help page: Podczas wysyłania poczty wystąpił błąd. Odpowiedź serwera: 5.1.0 ... authentication failed. Sprawdź poprawność wprowadzonego adresu e-mail w Konfiguracji kont, a następnie ponów próbę.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error [%1]</source>
        <extracomment>Help page: Błąd wewnętrzny [550 5.1.0 ... authentication failed]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>%1: must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a hash made by mailtriage-cli hash-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-letter country code (e.g. PL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>All is well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 1: wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 2: sender from a domain not of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 3: a recipient domain without MX or A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 8: connection from a country not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 4: more than %1 failed logins in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 5: more than %1 messages in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 6: over %1% of more than %2 messages undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 7: spam after the first %1 in an hour</source>
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
    <message>
        <source>INCONCLUSIVE: a check that could have found a problem did not finish; this is not an all-clear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>MailTriage diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLog</name>
    <message>
        <source>listening on %1, state in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; %1 message(s) accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; %1 message(s) accepted, %2 disk sync(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRuntime</name>
    <message>
        <source>Cannot create the state directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the state directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file is not usable, the demo policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2. Another program (or another MailTriage) may be using the port; stop it or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store %1 answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state store %1 is unreachable: messages are deferred (451 4.3.0) until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot use %1: it has no Redis support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not a DNS server: write an IP address, optionally with :PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS zone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoIP database &quot;%1&quot; is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name for the SPF include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server port must be between 1 and 65535</source>
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
    <name>SpfTrace</name>
    <message>
        <source>SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result temperror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; redirect= and exp= may appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record contains &quot;%1&quot; (U+%2), a character that is not plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has a syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 lookup for %2 failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 record (%3): more than %4 lookups without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 record (%3): lookup without an answer %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record (DNS answered %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records where only one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would be DNS lookup %1; at most %2 are allowed (include, a, mx, ptr, exists and redirect count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken as no match, so that every lookup is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macros in &quot;%1&quot; cannot be expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; expands to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of %1 decides instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no term covers the client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; covers every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record, which is an error in an include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of %1 gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addresses of %1 (%2) cover %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addresses of %1 (%2) do not cover %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MX records; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %2 of %1 has the address %3, which covers %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail servers of %1 (%2) do not cover %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the name %2, confirmed by its address and within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name of %1 (%2) is both confirmed by its address and within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an A record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exception for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a store: give a directory, file:DIR or redis://[USER:PASSWORD@]HOST[:PORT][/DB]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::AboutDialog</name>
    <message>
        <source>No country database is installed; the GeoIP check and the server&apos;s country rule are off until one is chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country database %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the helpdesk what is wrong with a customer&apos;s e-mail and what to answer, in Polish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2); DNS packets by ldns, GeoIP by libmaxminddb, public suffixes by libpsl, certificates by OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country database: %1 (%2), built %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::AllowCountryDialog</name>
    <message>
        <source>Choose the customer&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country to allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country: give its two-letter code or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts mail from every country: no exception is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy already allows %1 for %2: no exception is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (the audit trail keeps it), e.g. the ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who grants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the policy&apos;s domains; the exception applies wherever a policy has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s domain; its accounts may send from the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s accounts may connect from this country at once, on every server that shares the state. Say why; the audit trail keeps the reason with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code or its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code or name, e.g. DE or Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the exception ends by itself; &quot;never&quot;: until revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or login, for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer travels to Germany until May, ticket 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::AnswerPanel</name>
    <message>
        <source>Customer&apos;s la&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the answer; independent of the program&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready-to-send reply built from the findings; edit it before copying if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a check: the answer for the customer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::AuditTrailModel</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allowed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer allowed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked IP or exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::BlockedIpModel</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no GeoIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::BlockedPage</name>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked addresses (more than %1 failed logins within an hour block an IP; the time left counts down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an address and press Enter or Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the selected block at once; a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the blocked addresses whose IP or country (code or name) contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unreachable, the list may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail of unblocks and country exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who lifted which block or granted which country, when and why (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::ClientViewsModel</name>
    <message>
        <source>Mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::CountryExceptionModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::ExceptionsPanel</name>
    <message>
        <source>Store unreachable, the exceptions may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allow %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may send from %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may send from %2 until the exception is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the exception of %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer send from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &amp;exceptions (a domain&apos;s accounts may also connect from these countries, on every server that shares the state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exception and press Enter or Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a &amp;country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a domain&apos;s accounts connect from one more country at once; a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected exception at once; a reason is required</source>
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
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &quot;%1&quot;: findings: %2; the worst severity is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reply (sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reply (recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alike, e.g.: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::HistoryModel</name>
    <message>
        <source>%1 checked on %2; findings: %3, the worst: %4. Press Enter or double-click to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::HistoryPanel</name>
    <message>
        <source>Delete &quot;%1&quot; from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 selected checks from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all %1 checks from the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, domain, IP, text or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the checks whose input, kind or time contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent checks; press Enter or double-click one to check it again, Delete to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected checks from the history (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every check from the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::HopsModel</name>
    <message>
        <source>%1 (HELO %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks of the servers disagree here: this delay is not real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that handed the message in: its SPF and reputation count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hop inside the receiving organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (UTC)</source>
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
    <message>
        <source>The history could not be read (%1); it was set aside as %2.corrupt and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored settings are not valid; open Settings to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste what the customer sent: an e-mail address, a domain, an IP address or a bounce, or drop a saved message (.eml) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type here, or drop a .eml file (Ctrl+L to come back here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the checks that are still running (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings grouped by check; open a finding to see our server&apos;s replies and the raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected finding in full: what to do, our server&apos;s replies, the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved message (.eml) or text file into the paste box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the findings as an HTML or PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded; characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… findings so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no finished diagnosis to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in submission server on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play what a customer&apos;s mail client does against the built-in server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MailTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inconclusive: these results are not an all-clear.&lt;/b&gt; %1 Do not tell the customer that nothing is wrong; run the check again once DNS answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected finding and its advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the corrected DNS record the finding proposes, ready to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that could not finish: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared state cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses blocked after too many failed logins, and country exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this country for the domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the customer&apos;s domain send from this country at once (a country exception, in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, DNS servers, blacklists, GeoIP database, SPF include, server port, shared state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::MessageListModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::PolicyDialog</name>
    <message>
        <source>Server policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases and countries: separated by commas; countries as ISO codes (PL, CZ); no countries: any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are stored as salted hashes; use Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password; only its hash is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins per hour before a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam messages accepted per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages an hour before the queue is judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest undeliverable share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per &amp;hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per &amp;12 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed &amp;logins per hour before a block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spam accepted per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue judged above (messages an hour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;undeliverable share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the account whose password to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no password: select it and use Set password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is still being hashed; save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::ReasonDialog</name>
    <message>
        <source>Your name or login, for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::ReplayPage</name>
    <message>
        <source>on connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the sender (MAIL FROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a recipient (RCPT TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the message (DATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: as filled in below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; leave the client address empty to use 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying against %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying against %1 as a client in %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refused %1: %2 (%n message(s) accepted before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All accepted: %n message(s). Last reply: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country unknown (rule 8 then allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country by GeoIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scenario per rule of the help pages; editing a field below makes it custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login the client authenticates with; empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the built-in server only; never shown in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s address, claimed with XCLIENT (its country decides rule 8); empty: 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages the client sends (failed logins: how many tries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages the spam filter recognises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the scenario against the built-in server (started if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the replay and close its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tran&amp;script (C: client, S: server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mail c&amp;lients show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail client views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Outlook, Thunderbird, Opera Mail and webmail word the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the client views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s language, which may differ from yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::RevokeCountryDialog</name>
    <message>
        <source>Revoke the exception for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts of %1 can no longer connect from %2, on every server that shares the state, unless the policy allows it. Say why; the audit trail keeps the reason with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer is back home, ticket 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::ServerEventModel</name>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeliverable messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain without mail servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, state in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped; %n message(s) accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection from %1 (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1 (session %2): the address is blocked after too many failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1: too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1 (session %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 from %2 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 from %2 replays a client at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 from %2 replays a client at %3, logged in as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged in as %2 (session %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed login from %1 as &quot;%2&quot; (session %3): %n failure(s) within the hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked %1 after %n failed login(s), until %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unblocked by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused the recipient &lt;%1&gt; from %2 (session %3, %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1 (session %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted a message from &lt;%1&gt; to %n recipient(s), %2, from %3 (session %4)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not keep a message from %1 (session %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::ServerPage</name>
    <message>
        <source>The policy was saved to %1 and applies now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (SMTP, STARTTLS when available). Messages are kept, never relayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 cannot be read any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port on 127.0.0.1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in server listens on this port of the loopback address only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in submission server with the provider&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening; open sessions end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit policy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains, accounts, allowed countries and limits of the built-in server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections, logins, refusals and messages, as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the event list (the server keeps running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages the server acknowledged with 250; select one to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s language; it changes at once, no restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s (e.g. 192.0.2.53, 198.51.100.1:5353)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses of the DNS servers to ask, separated by commas; empty: the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS&amp;BL zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in list; one zone per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blacklist zones to ask about IP addresses, one per line; empty: the built-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GeoIP database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MaxMind .mmdb file with countries; empty: the embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the GeoIP database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SPF include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s SPF include that customers&apos; SPF records must contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the built-in test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoIP database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting (Polish a&amp;nswer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (Polish answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting (English answ&amp;er):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (English answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer answer in this language begins or ends; empty: the built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared s&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files in the state directory (or redis://HOST:PORT/DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where blocks, counters, country exceptions and the audit trail live: empty for files in the state directory, a directory, or redis://[USER@]HOST[:PORT][/DB] to share them with every server and desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from MAILTRIAGE_REDIS_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis password (AUTH); empty: MAILTRIAGE_REDIS_PASSWORD when it is set. It is never shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::StoreStatusLabel</name>
    <message>
        <source>files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared state: %1 — store unreachable. Blocks, exceptions and the audit trail shown here may be out of date; the server defers mail (451) until the store answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where blocks, counters, country exceptions and the audit trail are kept; change it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mt::UnblockDialog</name>
    <message>
        <source>Unblock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 can connect again at once. Say why; the audit trail keeps the reason with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who unblocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. &quot;customer fixed the password in Outlook, ticket 1234&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer fixed the password in Outlook, ticket 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
