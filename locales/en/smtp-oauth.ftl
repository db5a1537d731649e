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

## Failure-class titles, by class id

class-network-timeout = Connection timed out
class-connection-refused = Connection refused
class-dns-failure = Host name does not resolve
class-proxy-auth-required = Proxy wants authentication
class-proxy-unreachable = Proxy unreachable
class-login-host-unreachable = The login host cannot be reached
class-tls-version-rejected = TLS version rejected
class-untrusted-certificate = Certificate chain not trusted
class-tls-intercepted = TLS interception detected
class-hostname-mismatch = Certificate does not match the host
class-certificate-expired = Certificate expired or not yet valid
class-tls-handshake-failed = TLS handshake failed
class-truststore-missing-ca = The client's trust store lacks a CA of Microsoft's chain
class-truststore-ca-expiring = The trust store's anchor of Microsoft's chain expires soon
class-invalid-tenant = Unknown tenant
class-app-not-found = Application not found in the tenant
class-invalid-client-secret = Client secret rejected
class-federated-credential-mismatch = Federated credential does not match the token
class-secret-id-not-value = Secret ID used instead of the secret value
class-secret-expired = Client secret expired
class-secret-expiring = Client secret expires soon
class-secret-rotated = Client secret rotated in Entra, not on this client
class-invalid-scope = Invalid scope
class-exchange-resource-missing = Exchange Online resource not in the tenant
class-app-disabled = Application disabled
class-conditional-access-blocked = Blocked by Conditional Access
class-invalid-client-assertion = Certificate credential not accepted
class-clock-skew = Clock skew
class-token-service-error = Token service unavailable
class-token-request-refused = Token request refused (see Microsoft's code)
class-credential-change-failed = The credential change did not go through
class-wrong-audience = Token is for the wrong audience
class-permission-not-granted = SMTP.SendAsApp not granted
class-auth-rejected = Authentication rejected (535 5.7.3)
class-smtp-auth-disabled = SMTP AUTH disabled
class-security-defaults = Blocked by security defaults or policy
class-send-as-denied = Send-as denied
class-starttls-stripped = STARTTLS removed by a middlebox
class-starttls-unavailable = STARTTLS not offered
class-xoauth2-unavailable = XOAUTH2 not offered
class-protocol-error = Protocol error
class-smtp-transient = Exchange asked to retry later
class-smtp-rejected = Exchange rejected the command
class-smtp-throttled = Exchange throttled the sender
class-message-too-large = Message too large
class-smtp-not-authenticated = Not authenticated to send
class-basic-auth-retired = Basic authentication retired for SMTP
class-service-principal-missing = Exchange service principal missing
class-service-principal-wrong-object-id = Service principal registered with the wrong object id
class-mailbox-permission-missing = No FullAccess on the mailbox
class-mailbox-not-found = Mailbox not found or not licensed
class-propagation-pending = Changes not yet propagated
class-mailbox-logon-failed = Exchange could not open the mailbox
class-mailbox-outside-rbac-scope = Mailbox outside the RBAC scope
class-rbac-mixed-permissions = RBAC for Applications mixed with the API permission
class-client-platform-unsupported = Client release does not support OAuth SMTP

## Areas of the catalog, and explain

area-network = Network and proxy
area-tls = TLS and certificates
area-token = Token endpoint (Entra ID)
area-claims = Token contents
area-smtp = SMTP session
area-exchange = Exchange prerequisites
area-client = Client platform
explain-count = { $count } failure classes. `smtp-oauth explain ID` shows causes and fixes with your values.
