# smtp-oauth's words in English: the source every translation follows (docs/translations.md).
# Never translated anywhere: Microsoft's own texts (SMTP replies, AADSTS descriptions),
# PowerShell and cmdlet names, failure-class and check ids, setting names and flags.

## The human report

report-transcript-title = Transcript (AUTH redacted):
report-handshake-title = Connection and handshake:
report-the-cause = The cause:
report-what-to-do = What to do:
report-found = Found: { $found }
report-every-cause = (every cause of { $id }: `smtp-oauth explain { $id }`, or -v)
report-cause = Cause: { $cause }
report-most-likely = Most likely: { $cause }
report-more-causes = { $count ->
    [one] (1 more cause with -v)
   *[other] ({ $count } more causes with -v)
}
report-likely-causes = Likely causes:
report-summary-failed = { $count ->
    [one] 1 check failed
   *[other] { $count } checks failed
}
report-summary-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
report-summary-passed = { $count } passed
report-summary-skipped = { $count } skipped
report-list-separator = {", "}
report-sentence-end = .
report-none = (none)
report-yes = yes
report-no = no
report-warning-suffix = (warning)

## certs

certs-presented-by = Chain presented by { $endpoint }:
certs-leaf = leaf
certs-intermediate = intermediate
certs-root = root
certs-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
certs-expired-ago = { $days ->
    [one] expired 1 day ago
   *[other] expired { $days } days ago
}
certs-exported = Exported:

## Check titles, by check id (dots and underscores as dashes)

check-secret-expiry = Client secret expiry
check-tenant = Tenant
check-token = Token request
check-token-claims = Token claims
check-dns = DNS
check-tcp = TCP connection
check-smtp-greeting = SMTP greeting
check-smtp-ehlo = EHLO
check-smtp-starttls = STARTTLS
check-tls-chain = TLS handshake
check-smtp-xoauth2 = XOAUTH2 offered
check-smtp-auth = SMTP AUTH XOAUTH2
check-prereq-enterprise-app = Enterprise application
check-prereq-permission = SMTP.SendAsApp granted
check-prereq-credentials = App credentials
check-prereq-exchange-sp = Exchange service principal
check-prereq-mailbox = Mailbox
check-prereq-mailbox-permission = FullAccess on the mailbox
check-prereq-send-as = SendAs for the From address
check-prereq-smtp-auth = SMTP AUTH enabled
check-prereq-propagation = Changes propagated
check-smtp-send = Send a test message
check-truststore = Client trust store
