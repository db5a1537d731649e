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

## Failure-class texts, by class id (the catalog is the source; a test keeps them equal)

class-invalid-client-secret-when = AADSTS7000215 (`invalid_client`, HTTP 401): Entra rejected the client secret. Cisco's guide to SMTP OAuth for ISE calls this "Invalid client secret".
class-invalid-client-secret-cause-1 = The secret's ID was used instead of its Value (the portal shows both; the Value only once, right after creation).
class-invalid-client-secret-cause-2 = The value was truncated or mangled when copied (secrets contain ~ . _ -).
class-invalid-client-secret-cause-3 = The secret belongs to another app registration.
class-invalid-client-secret-fix-1 = Entra admin center › App registrations › your app ({ $client_id }) › Certificates & secrets › New client secret; copy the Value column at once.
class-invalid-client-secret-fix-2 = Store it: `smtp-oauth config set-secret` (prompts without echo), then note the expiry: `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-auth-rejected-when = Exchange answered `535 5.7.3 Authentication unsuccessful` to AUTH XOAUTH2. Exchange gives this same reply for a bad token, a missing role, a missing or wrongly registered service principal, a missing mailbox permission and a change that has not propagated yet. Cisco's guide to SMTP OAuth for ISE calls this "Invalid email address".
class-auth-rejected-cause-1 = No Exchange service principal for the app (New-ServicePrincipal was never run).
class-auth-rejected-cause-2 = The service principal was registered with the App-registration Object ID instead of the Enterprise-application Object ID.
class-auth-rejected-cause-3 = No FullAccess for the service principal on { $mailbox }.
class-auth-rejected-cause-4 = The token lacks SMTP.SendAsApp or is for the wrong audience.
class-auth-rejected-cause-5 = The changes were made less than an hour ago and have not propagated.
class-auth-rejected-cause-6 = The `user=` in the XOAUTH2 string is not the mailbox the permission was granted on.
class-auth-rejected-fix-1 = Connect-ExchangeOnline, then: Get-ServicePrincipal -Identity { $object_id }   (no result → New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id })
class-auth-rejected-fix-2 = Get-MailboxPermission -Identity { $mailbox } | where User -like '*{ $object_id }*'   (none → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-auth-rejected-fix-3 = The ObjectId must be the Enterprise application's Object ID ({ $object_id }, the `oid` of the app's own token), not the one on the App registration page.
class-auth-rejected-fix-4 = `smtp-oauth prereqs` checks all of this through the admin API; `smtp-oauth diagnose --wait 30m` retries while changes propagate.
class-smtp-auth-disabled-when = Exchange answered `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox`, or the admin API shows SMTP AUTH disabled for { $mailbox }.
class-smtp-auth-disabled-cause-1 = SMTP AUTH is off for the organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled $true, the default for tenants created after January 2020) and the mailbox does not override it.
class-smtp-auth-disabled-cause-2 = SMTP AUTH is off for this mailbox (Set-CASMailbox … -SmtpClientAuthenticationDisabled $true).
class-smtp-auth-disabled-fix-1 = Enable it for this mailbox only (the mailbox value overrides the organisation's): Set-CASMailbox -Identity { $mailbox } -SmtpClientAuthenticationDisabled $false
class-smtp-auth-disabled-fix-2 = Or in the Microsoft 365 admin center › Users › { $mailbox } › Mail › Manage email apps › tick Authenticated SMTP.
class-smtp-auth-disabled-fix-3 = Check the effective value: Get-CASMailbox -Identity { $mailbox } | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled
class-service-principal-missing-when = Exchange has no service principal for app { $client_id } (Get-ServicePrincipal finds none).
class-service-principal-missing-cause-1 = New-ServicePrincipal was never run: Entra permissions alone are not enough for Exchange.
class-service-principal-missing-fix-1 = Connect-ExchangeOnline, then: New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-missing-fix-2 = The ObjectId is the Enterprise application's Object ID (Entra admin center › Enterprise applications › the app › Overview), here { $object_id }.
class-service-principal-missing-fix-3 = Or: `smtp-oauth prereqs --fix`.
class-service-principal-wrong-object-id-when = The Exchange service principal for app { $client_id } is registered with an ObjectId that is not the Enterprise application's ({ $object_id }), usually the App-registration Object ID.
class-service-principal-wrong-object-id-cause-1 = The Object ID on the App registrations page was used; Exchange needs the one on the Enterprise applications page (the `oid` of the app's token).
class-service-principal-wrong-object-id-fix-1 = Remove-ServicePrincipal -Identity <the wrong object id>
class-service-principal-wrong-object-id-fix-2 = New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-wrong-object-id-fix-3 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess   (permissions were granted to the old principal)
class-service-principal-wrong-object-id-fix-4 = Or: `smtp-oauth prereqs --fix`.
class-mailbox-permission-missing-when = The service principal has no FullAccess on { $mailbox }.
class-mailbox-permission-missing-cause-1 = Add-MailboxPermission was not run, was run for another mailbox, or for a principal that was later re-created.
class-mailbox-permission-missing-fix-1 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-mailbox-permission-missing-fix-2 = Or: `smtp-oauth prereqs --fix`.

## explain ID

explain-recognised-by = Recognised by:
explain-causes = Likely causes, most likely first:
explain-fix = Fix:
explain-see = See:

## Check summaries (the English ones are the JSON summary, word for word)

summary-secret-expires = expires on { $date } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
})
summary-token-issued = token issued, valid for { $minutes } min
summary-token-claims = app-only token for { $audience }, { $roles }, Enterprise-app object id { $oid }
summary-dns-address = { $address } is an address; no lookup
summary-tcp-connected = connected to { $address }
summary-ehlo-capabilities = { $count ->
    [one] 1 capability
   *[other] { $count } capabilities
}
summary-tls-verified = { $version }, chain of { $count } verified
summary-permission-granted = SMTP.SendAsApp on Office 365 Exchange Online, admin consent granted
summary-mailbox-ok = { $mailbox } exists, is enabled and licensed
summary-exchange-sp-registered = registered with the Enterprise app's object id { $oid }
summary-full-access = the service principal has FullAccess on { $mailbox }
summary-propagated = no prerequisite changed within the last hour
summary-tenant-cloud = tenant { $tenant }, in the { $cloud } cloud
summary-domain-tenant-cloud = { $domain } is tenant { $tenant }, in the { $cloud } cloud
summary-enterprise-app = Enterprise app object id { $oid }, the one Exchange needs (the App registration's object id { $app_oid } is another)
summary-smtp-auth-enabled-mailbox = SMTP AUTH is enabled: the mailbox says SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-enabled-org = SMTP AUTH is enabled: the mailbox inherits the organisation's SmtpClientAuthenticationDisabled = { $value }

class-secret-id-not-value-when = The configured client secret has the shape of a secret ID (a GUID), not of a secret value. Found before anything is sent; Entra would answer AADSTS7000215.
class-secret-id-not-value-cause-1 = The Secret ID column was copied instead of the Value column in Certificates & secrets.
class-secret-id-not-value-fix-1 = The Value is shown only once: create a new secret (App registrations › { $client_id } › Certificates & secrets › New client secret) and copy its Value.
class-secret-id-not-value-fix-2 = Store it with `smtp-oauth config set-secret`.
class-secret-expired-when = AADSTS7000222: the client secret has expired, or the configured expiry date ({ $secret_expires }) has passed.
class-secret-expired-cause-1 = Client secrets live at most 24 months; nobody rotated this one in time.
class-secret-expired-fix-1 = With admin access, `smtp-oauth secret rotate --admin device-code` adds a new secret, tests it, stores it and removes the old one once you confirm.
class-secret-expired-fix-2 = Or by hand: App registrations › { $client_id } › Certificates & secrets › New client secret, copy its Value, store it (`smtp-oauth config set-secret`) and the new expiry (`smtp-oauth config set secret-expires YYYY-MM-DD`), and update every client that uses it.
class-secret-expired-fix-3 = Consider a certificate credential (--client-cert), or put `smtp-oauth diagnose` in a scheduled job: it warns 60 days ahead.
class-secret-expiring-when = The client secret expires on { $secret_expires }, within 60 days (within 30 days this is said louder). Mail stops on that day.
class-secret-expiring-cause-1 = Secrets are created with a fixed lifetime and nobody is reminded.
class-secret-expiring-fix-1 = Create the next secret now: `smtp-oauth secret rotate --admin device-code` adds it, tests it end to end, shows it once for the appliance, and removes the old one when you confirm (or by hand: App registrations › { $client_id } › Certificates & secrets).
class-secret-expiring-fix-2 = Record the new date: `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-permission-not-granted-when = The token has no `SMTP.SendAsApp` role and the app is not set up for Exchange RBAC for Applications.
class-permission-not-granted-cause-1 = The API permission is missing: App registrations › { $client_id } › API permissions has no Office 365 Exchange Online › Application permissions › SMTP.SendAsApp.
class-permission-not-granted-cause-2 = The permission was added but admin consent was not granted.
class-permission-not-granted-cause-3 = A delegated permission (SMTP.Send) was added instead of the application permission.
class-permission-not-granted-cause-4 = Consent was granted minutes ago and the token was cached from before.
class-permission-not-granted-fix-1 = App registrations › { $client_id } › API permissions › Add a permission › APIs my organization uses › Office 365 Exchange Online › Application permissions › SMTP.SendAsApp › Add.
class-permission-not-granted-fix-2 = Then "Grant admin consent for <tenant>" on the same page.
class-permission-not-granted-fix-3 = Or, if the app uses Exchange RBAC for Applications (no API permission on purpose), say so: `smtp-oauth config set rbac-for-apps true`.
class-untrusted-certificate-when = The presented certificate chain does not verify against the trust roots in use. Cisco's guide to SMTP OAuth for ISE calls this "unable to find valid certification path to requested target".
class-untrusted-certificate-cause-1 = The client's trust store lacks the root or intermediate that Microsoft's chain uses (DigiCert Global Root G2, Microsoft Azure RSA TLS Issuing CA …).
class-untrusted-certificate-cause-2 = A TLS inspection proxy replaced the chain with one from a private CA (see tls-intercepted).
class-untrusted-certificate-fix-1 = Export the chain the server presents: `smtp-oauth certs { $certs_target } --out ./chain` and import the root and intermediate into the client's trust store (Cisco ISE: Administration › System › Certificates › Trusted Certificates, tick "Trust for authentication within ISE" and "Trust for client authentication and Syslog").
class-untrusted-certificate-fix-2 = Or add them here with --ca-file to confirm the diagnosis.
class-propagation-pending-when = Every prerequisite is in place, but one of them changed within the last hour: Exchange may still answer 535 5.7.3 until the change propagates.
class-propagation-pending-cause-1 = Exchange and Entra caches take minutes (sometimes up to an hour) to pick up new service principals, permissions and consents.
class-propagation-pending-fix-1 = Wait, then retry: `smtp-oauth diagnose --wait 30m` retries AUTH with back-off and says when it started working.

## docs/failure-classes.LANG.md

doc-title = Failure classes
doc-intro = Every failure smtp-oauth reports belongs to one of these classes. The ids are a stable contract: they appear as `failure_class.id` in `--json` reports, as the JUnit failure type, and in `smtp-oauth explain ID`, which prints the same text with your own values filled in. Placeholders such as `<client-id>` stand for those values.
doc-generated = Generated from src/failures/catalog.rs and locales/ by `cargo test` (UPDATE_GENERATED=1 rewrites it). Do not edit.

class-network-timeout-when = The TCP connection to { $smtp_host }:{ $smtp_port } or the server's greeting did not arrive within the timeout ({ $timeout } s). Cisco's guide to SMTP OAuth for ISE calls this "connect timed out".
class-network-timeout-cause-1 = An egress firewall drops outbound TCP { $smtp_port } (many networks only allow 80/443 out).
class-network-timeout-cause-2 = The network only reaches the internet through an HTTP proxy, and SMTP cannot use it (an HTTP proxy carries HTTPS, not SMTP).
class-network-timeout-cause-3 = A middlebox accepts the connection but never forwards it (the greeting never comes).
class-network-timeout-cause-4 = The host or port is wrong and points at a machine that silently drops packets.
class-network-timeout-fix-1 = Ask the network team for an egress rule: TCP { $smtp_port } to { $smtp_host } (Microsoft publishes the Exchange Online address ranges: https://aka.ms/o365endpoints).
class-network-timeout-fix-2 = Check from the same machine: `smtp-oauth test-connection --timeout 60`, or `nc -vz { $smtp_host } { $smtp_port }`.
class-network-timeout-fix-3 = On a proxy-only network, run the sender where direct egress is allowed, or relay through a host that has it.
class-connection-refused-when = The connection to { $smtp_host }:{ $smtp_port } was actively refused (TCP RST).
class-connection-refused-cause-1 = The port is wrong: Exchange Online submission listens on 587 (STARTTLS).
class-connection-refused-cause-2 = A local firewall or security agent rejects the connection.
class-connection-refused-cause-3 = The host is wrong and nothing listens on that port there.
class-connection-refused-fix-1 = Exchange Online submission listens on port 587 of { $default_smtp_host }: `--smtp-host { $default_smtp_host } --smtp-port 587`.
class-connection-refused-fix-2 = Check that no local firewall or security agent rejects outbound TCP 587 (the port Exchange Online submission uses).
class-dns-failure-when = A host name did not resolve to an address.
class-dns-failure-cause-1 = A typo in the host name (the default SMTP host is smtp.office365.com).
class-dns-failure-cause-2 = The machine has no working DNS resolver, or only an internal one that does not resolve public names.
class-dns-failure-cause-3 = Split-horizon DNS hides the name on this network.
class-dns-failure-fix-1 = Check the name: `smtp-oauth config show` shows the host and where it came from.
class-dns-failure-fix-2 = Test the resolver: `getent hosts { $smtp_host }` or `nslookup { $smtp_host }`.
class-dns-failure-fix-3 = Ask for public DNS resolution of { $smtp_host } and { $login_host }, or set an IP literal with --smtp-host for a test.
class-app-not-found-when = AADSTS700016: no application with client id { $client_id } exists in tenant { $tenant }; or AADSTS7000229: the app registration exists but has no Enterprise application (service principal) in the tenant.
class-app-not-found-cause-1 = The client id is wrong: an Object ID, a secret ID or an e-mail address was used instead of the Application (client) ID.
class-app-not-found-cause-2 = The app is registered in another tenant than { $tenant }.
class-app-not-found-cause-3 = The app registration was deleted.
class-app-not-found-cause-4 = AADSTS7000229: the app was created through Graph, Terraform or a script without its Enterprise application, or the Enterprise application was deleted. The secret is fine.
class-app-not-found-fix-1 = Copy the Application (client) ID from Entra admin center › App registrations › your app › Overview.
class-app-not-found-fix-2 = Check that the Directory (tenant) ID on the same page equals { $tenant }.
class-app-not-found-fix-3 = For AADSTS7000229, create the Enterprise application: `New-MgServicePrincipal -AppId { $client_id }` (Microsoft Graph PowerShell) or `az ad sp create --id { $client_id }`; then grant SMTP.SendAsApp with admin consent.
class-invalid-scope-when = AADSTS70011 or AADSTS1002012: the scope is not valid for client credentials.
class-invalid-scope-cause-1 = A permission name (SMTP.SendAsApp, SMTP.Send, Mail.Send) was sent as the scope.
class-invalid-scope-cause-2 = The scope lacks the /.default suffix that client credentials require.
class-invalid-scope-cause-3 = Scopes of several resources were combined.
class-invalid-scope-fix-1 = Use the Exchange resource's .default scope: `--scope { $default_scope }` (or unset the scope to get the cloud's default).
class-wrong-audience-when = The token's audience (`aud`) is not Exchange Online, so Exchange rejects it with 535 5.7.3.
class-wrong-audience-cause-1 = The scope names another resource, usually Microsoft Graph (https://graph.microsoft.com/.default).
class-wrong-audience-cause-2 = The client was set up for Graph's Mail.Send instead of SMTP AUTH.
class-wrong-audience-fix-1 = Request the Exchange scope: `--scope { $default_scope }`.
