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
certs-field-issuer = issuer
certs-field-valid = valid
certs-field-names = names
certs-field-key = key
certs-field-signed = { $key }, signed { $algorithm }
certs-field-serial = serial
certs-field-ca = CA
certs-field-ca-yes = yes
certs-field-path-length = path length { $length }
certs-field-ca-issuers = CA issuers

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

## The other classes' texts

class-proxy-auth-required-when = The HTTP proxy answered 407 Proxy Authentication Required to the CONNECT request.
class-proxy-auth-required-cause-1 = The proxy needs credentials and none were given.
class-proxy-auth-required-cause-2 = The credentials in the proxy URL are wrong or expired.
class-proxy-auth-required-cause-3 = The proxy only accepts Kerberos/NTLM, which this tool does not speak.
class-proxy-auth-required-fix-1 = Put the credentials in the proxy URL: HTTPS_PROXY=http://user:password@{ $proxy_host } (they are never printed).
class-proxy-auth-required-fix-2 = Ask for an exception for { $login_host } on the proxy, or add it to NO_PROXY if direct egress is allowed.
class-proxy-unreachable-when = The HTTP proxy ({ $proxy }) could not be reached, or it refused the CONNECT.
class-proxy-unreachable-cause-1 = The proxy URL (HTTPS_PROXY, ALL_PROXY or --proxy) is wrong or stale.
class-proxy-unreachable-cause-2 = The proxy is down, or only reachable from another network.
class-proxy-unreachable-cause-3 = The proxy's policy blocks { $login_host }.
class-proxy-unreachable-fix-1 = Check the proxy setting and its source: `smtp-oauth config show` (its password is never shown).
class-proxy-unreachable-fix-2 = If direct egress is allowed, bypass the proxy for Microsoft's login host: NO_PROXY={ $login_host }.
class-invalid-tenant-when = Entra ID does not know the tenant: AADSTS90002 (tenant not found) or AADSTS900023 (not a valid tenant identifier), OpenID discovery answered `invalid_tenant`, or the tenant is in another cloud than the login host (AADSTS900382, "Confidential Client is not supported in Cross Cloud request"). Cisco's guide to SMTP OAuth for ISE calls this "invalid OAuth endpoint or tenant identifier".
class-invalid-tenant-cause-1 = A typo in the tenant ID, or the ID of another tenant.
class-invalid-tenant-cause-2 = The tenant is in another cloud (GCC High, DoD, 21Vianet) than the login host used ({ $login_host }): AADSTS900382 says exactly this.
class-invalid-tenant-cause-3 = Junk in the tenant slot: a pasted URL or path (`…/oauth2/authorize`) instead of the GUID or domain.
class-invalid-tenant-fix-1 = Copy the Directory (tenant) ID from Entra admin center › Overview › Tenant ID and set it: `smtp-oauth config set tenant <guid>`.
class-invalid-tenant-fix-2 = For a national cloud set --cloud (usgov, usgov-dod, china).
class-invalid-tenant-fix-3 = The token endpoint must be https://{ $login_host }/<tenant-id>/oauth2/v2.0/token.
class-federated-credential-mismatch-when = Entra found no federated credential of the app that matches the federated token sent as the assertion: AADSTS700211 (issuer), AADSTS700212 (audience), AADSTS700213 (subject), AADSTS7002138 (the subject differs only in case: matching is case-sensitive), or AADSTS70021.
class-federated-credential-mismatch-cause-1 = The subject differs: GitHub Actions names `repo:OWNER/REPO:environment:NAME` for a job with an environment, `repo:OWNER/REPO:ref:refs/heads/BRANCH` for a branch, `repo:OWNER/REPO:pull_request` for a pull request; owner and repository are compared case-sensitively.
class-federated-credential-mismatch-cause-2 = The audience differs: Entra expects `api://AzureADTokenExchange` unless the credential says otherwise.
class-federated-credential-mismatch-cause-3 = The issuer differs: GitHub's is `https://token.actions.githubusercontent.com` (no trailing slash); a Kubernetes cluster's is its OIDC issuer URL.
class-federated-credential-mismatch-fix-1 = Compare Microsoft's text above (it quotes what the token presented) with Entra admin center › App registrations › { $client_id } › Certificates & secrets › Federated credentials, and add a credential for exactly that issuer, subject and audience.
class-federated-credential-mismatch-fix-2 = For GitHub Actions: the workflow needs `permissions: id-token: write`; the subject follows the job's `environment:` (if any) and the branch.
class-secret-rotated-when = The app registration has a newer client secret than the one this client uses: someone rotated it in Entra and did not update this client (or not yet).
class-secret-rotated-cause-1 = The secret was rotated for another client of the same app, or the roll-out stopped before this one.
class-secret-rotated-cause-2 = The old secret is kept for this client on purpose until a maintenance window.
class-secret-rotated-fix-1 = Put the newer secret's value on this client (for Cisco ISE: Administration › System › Settings › SMTP Server, fields Client Secret and Expiry Date), then `smtp-oauth config set-secret` and `smtp-oauth config set secret-expires YYYY-MM-DD`, and run `smtp-oauth diagnose` again.
class-secret-rotated-fix-2 = Once every client uses the newer one, delete the old secret: App registrations › { $client_id } › Certificates & secrets.
class-exchange-resource-missing-when = AADSTS500011: the resource of the scope ({ $scope }) has no service principal in the tenant.
class-exchange-resource-missing-cause-1 = A typo in the scope's resource URI.
class-exchange-resource-missing-cause-2 = The tenant has no Exchange Online (no licence ever assigned), so Office 365 Exchange Online is not provisioned.
class-exchange-resource-missing-cause-3 = The scope belongs to another cloud.
class-exchange-resource-missing-fix-1 = Use the cloud's Exchange scope: `--scope { $default_scope }`.
class-exchange-resource-missing-fix-2 = Check that the tenant has Exchange Online licences (Microsoft 365 admin center › Billing › Licenses).
class-app-disabled-when = AADSTS7000112: the application is disabled.
class-app-disabled-cause-1 = Someone disabled the app's sign-in (Enterprise applications › the app › Properties › Enabled for users to sign-in? = No), or Microsoft disabled it.
class-app-disabled-fix-1 = Entra admin center › Enterprise applications › the app ({ $client_id }) › Properties: set "Enabled for users to sign-in?" to Yes.
class-conditional-access-blocked-when = AADSTS53003: a Conditional Access policy blocked token issuance for the app.
class-conditional-access-blocked-cause-1 = A Conditional Access policy for workload identities covers this service principal (e.g. by location) and this machine's egress IP is not allowed.
class-conditional-access-blocked-fix-1 = Entra admin center › Protection › Conditional Access › sign-in logs for service principals: find the policy that blocked { $client_id }.
class-conditional-access-blocked-fix-2 = Allow this machine's egress IP in the policy's named location, or exclude the service principal.
class-invalid-client-assertion-when = AADSTS700027 (signature not valid), AADSTS700024 (outside its time window), AADSTS700021 (issuer is not the client id) or AADSTS700023 (wrong audience): the certificate credential (client assertion) was not accepted.
class-invalid-client-assertion-cause-1 = The certificate is not uploaded to the app registration (Certificates & secrets › Certificates), or another one is.
class-invalid-client-assertion-cause-2 = The key does not belong to the certificate.
class-invalid-client-assertion-cause-3 = The assertion's time window is off because the local clock is wrong.
class-invalid-client-assertion-cause-4 = The certificate in the app registration has expired.
class-invalid-client-assertion-fix-1 = Upload the public certificate (.cer/.pem, no key) to App registrations › { $client_id } › Certificates & secrets › Certificates, and compare the thumbprint.
class-invalid-client-assertion-fix-2 = Check the clock: `date -u` should match real UTC within a minute.
class-clock-skew-when = The local clock differs from the server's Date header by more than 5 minutes.
class-clock-skew-cause-1 = NTP is not running or cannot reach a time source on this machine or appliance.
class-clock-skew-fix-1 = Turn on time synchronisation (timedatectl set-ntp true; on Cisco ISE: `ntp server` in the CLI) and check `date -u`.
class-token-service-error-when = The token endpoint kept answering HTTP 429 or 5xx after bounded retries.
class-token-service-error-cause-1 = Throttling after many token requests in a short time (a client that does not cache tokens).
class-token-service-error-cause-2 = An outage of Entra ID in the region (check https://status.cloud.microsoft).
class-token-service-error-cause-3 = A proxy or TLS middlebox answering in Microsoft's place.
class-token-service-error-fix-1 = Wait and retry; tokens are valid for about an hour, so a client should request one per hour, not per message.
class-token-service-error-fix-2 = Check the Microsoft 365 service health page.
class-security-defaults-when = Exchange answered `535 5.7.139` with a security-defaults or policy text: the tenant's security defaults or an authentication policy blocks SMTP AUTH.
class-security-defaults-cause-1 = Security defaults are on: they turn SMTP AUTH off regardless of the mailbox setting.
class-security-defaults-cause-2 = An authentication policy or Conditional Access policy blocks the request.
class-security-defaults-fix-1 = Entra admin center › Overview › Properties › Manage security defaults: if on, SMTP AUTH is disabled; switching them off needs Conditional Access to replace them.
class-security-defaults-fix-2 = Check authentication policies: Get-AuthenticationPolicy; and the sign-in logs for { $client_id }.
class-send-as-denied-when = After a successful AUTH, the server refused to send as the From address: `554 5.2.252 SendAsDenied` or `550 5.7.60`.
class-send-as-denied-cause-1 = The From address ({ $from }) differs from the authenticated mailbox ({ $mailbox }) and the service principal has no SendAs right on it.
class-send-as-denied-cause-2 = An alias of the mailbox is used as From and SendFromAliasEnabled is off.
class-send-as-denied-fix-1 = Send as the mailbox itself, or grant SendAs: Add-RecipientPermission -Identity { $from } -Trustee { $object_id } -AccessRights SendAs
class-send-as-denied-fix-2 = For aliases: Set-OrganizationConfig -SendFromAliasEnabled $true
class-starttls-stripped-when = The EHLO reply has no STARTTLS but shows a masked capability such as `250-XXXXXXXA`: a firewall's ESMTP inspection removed STARTTLS.
class-starttls-stripped-cause-1 = A firewall with SMTP/ESMTP inspection (e.g. Cisco ASA `inspect esmtp`) rewrites the capability list, so no client can start TLS.
class-starttls-stripped-fix-1 = Turn off ESMTP inspection for traffic to { $smtp_host }:{ $smtp_port } (Cisco ASA: `no inspect esmtp` in the policy map, or exempt this traffic).
class-starttls-stripped-fix-2 = Then `smtp-oauth test-connection` must show 250-STARTTLS.
class-starttls-unavailable-when = The server offers no STARTTLS at all, so no OAuth AUTH is possible.
class-starttls-unavailable-cause-1 = The wrong host: an MX host (<domain>-com.mail.protection.outlook.com, port 25) accepts mail for delivery, not client submission.
class-starttls-unavailable-cause-2 = The wrong port: 465 is implicit TLS, 25 on a relay may not offer STARTTLS; Exchange Online submission is { $default_smtp_host }:587.
class-starttls-unavailable-fix-1 = Use `--smtp-host smtp.office365.com --smtp-port 587` (or the cloud's host).
class-xoauth2-unavailable-when = After STARTTLS the server does not offer `AUTH … XOAUTH2` (Exchange Online offers `AUTH LOGIN XOAUTH2`).
class-xoauth2-unavailable-cause-1 = The host is not Exchange Online submission (an on-premises relay, a smart host, an MX).
class-xoauth2-unavailable-cause-2 = A TLS-terminating proxy answers in Exchange's place.
class-xoauth2-unavailable-fix-1 = Point the client at { $default_smtp_host }:587 with STARTTLS.
class-tls-version-rejected-when = The server refused the TLS version: `421 4.7.66 TLS 1.0 and 1.1 are not supported`, or no common TLS version could be negotiated.
class-tls-version-rejected-cause-1 = The client (an old appliance or Java runtime) only speaks TLS 1.0/1.1; Exchange Online requires TLS 1.2 or later.
class-tls-version-rejected-fix-1 = Enable TLS 1.2 in the client (Java: -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3), or upgrade its platform.
class-tls-intercepted-when = The chain for a Microsoft host is issued by a CA that is not one of Microsoft's public issuers: a TLS inspection proxy is re-signing the traffic.
class-tls-intercepted-cause-1 = A corporate firewall or proxy performs TLS inspection (decrypt and re-sign) on traffic to { $smtp_host } or { $login_host }.
class-tls-intercepted-fix-1 = Ask for an inspection bypass for { $smtp_host } and { $login_host } (Microsoft recommends no inspection of Microsoft 365 traffic).
class-tls-intercepted-fix-2 = Or, if policy requires inspection, import the inspection CA into the client's trust store (`smtp-oauth certs --out DIR` exports it).
class-hostname-mismatch-when = The certificate does not cover the host name that was connected to.
class-hostname-mismatch-cause-1 = The host is an alias or IP address that the certificate does not name (use smtp.office365.com, not an address or a CNAME of your own).
class-hostname-mismatch-cause-2 = Something else answers on that address (a proxy, another server).
class-hostname-mismatch-fix-1 = Connect by a name the certificate covers: `--smtp-host { $cert_name }`; `smtp-oauth certs` lists the names (SANs).
class-certificate-expired-when = A certificate in the chain is outside its validity period.
class-certificate-expired-cause-1 = The local clock is wrong (a far-off date makes valid certificates look expired).
class-certificate-expired-cause-2 = A middlebox presents an old certificate.
class-certificate-expired-fix-1 = Check `date -u`; `smtp-oauth certs` shows which certificate and its dates.
class-tls-handshake-failed-when = The TLS handshake failed for another reason (an alert, a reset during the handshake, no common cipher).
class-tls-handshake-failed-cause-1 = A middlebox interferes with the handshake.
class-tls-handshake-failed-cause-2 = The server is not speaking TLS on this port.
class-tls-handshake-failed-fix-1 = Run `smtp-oauth certs -v` for the handshake transcript and compare with another network.
class-protocol-error-when = A server broke the protocol: garbage, a line or reply over the size limits, an early close, or an unexpected reply.
class-protocol-error-cause-1 = Something other than an SMTP server answers on that port (an HTTP server, a proxy, a honeypot).
class-protocol-error-cause-2 = A middlebox cuts or rewrites the session.
class-protocol-error-fix-1 = Check host and port (`smtp-oauth config show`) and look at the raw exchange with `-v`.
class-mailbox-not-found-when = The mailbox { $mailbox } does not exist, is disabled, or has no Exchange Online licence.
class-mailbox-not-found-cause-1 = A typo in the mailbox address.
class-mailbox-not-found-cause-2 = The user exists but has no licence that includes Exchange Online, so there is no mailbox.
class-mailbox-not-found-cause-3 = The account is blocked from sign-in.
class-mailbox-not-found-fix-1 = Check the address in the Microsoft 365 admin center › Users › Active users.
class-mailbox-not-found-fix-2 = Assign a licence with Exchange Online (or use a shared mailbox), and allow Authenticated SMTP among its email apps.
class-client-platform-unsupported-when = The target client's release is older than the first releases that support OAuth SMTP with Exchange Online (Cisco ISE 3.2 Patch 8, 3.3 Patch 8, 3.4 Patch 4, 3.5 Patch 1).
class-client-platform-unsupported-cause-1 = The appliance runs a release without the "MS Exchange Online OAuth" authentication option.
class-client-platform-unsupported-fix-1 = Upgrade Cisco ISE to 3.2 P8, 3.3 P8, 3.4 P4, 3.5 P1 or later, or relay through a host that supports OAuth.
class-token-request-refused-when = Entra ID refused the token request with an AADSTS code this tool has no specific class for. Microsoft's own code, text, trace and correlation ids are in the evidence, unchanged: the cause is what they say, not a guess.
class-token-request-refused-cause-1 = Whatever the AADSTS code in the evidence means: Microsoft's text next to it says it in its own words.
class-token-request-refused-fix-1 = Look the code up on Microsoft's error page: https://login.microsoftonline.com/error?code=<number> (the evidence's `lookup` is that link for this code).
class-token-request-refused-fix-2 = Keep the trace and correlation ids from the evidence: Microsoft support asks for them.
class-smtp-transient-when = Exchange answered a well-formed 4xx reply that no other class names: a temporary condition, Exchange asks to retry later. The reply and its bracket are in the evidence.
class-smtp-transient-cause-1 = A transient condition in Exchange Online's front end or mailbox servers (PRX… and STOREDRV texts name the component).
class-smtp-transient-cause-2 = A change to the app or mailbox that is still propagating.
class-smtp-transient-fix-1 = Retry in a few minutes: `smtp-oauth diagnose --wait 30m` retries with back-off.
class-smtp-transient-fix-2 = If it persists, give Microsoft support the reply and the bracket from the evidence.
class-smtp-rejected-when = Exchange rejected a command with a well-formed 5xx reply that no other class names. The reply and its bracket are in the evidence: its enhanced code and text say why.
class-smtp-rejected-cause-1 = Whatever the reply says: Exchange's enhanced status code (5.x.y) and text in the evidence name the reason.
class-smtp-rejected-fix-1 = Look the enhanced status code up in Microsoft's NDR reference: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
class-smtp-rejected-fix-2 = Give Microsoft support the reply and the bracket from the evidence.
class-smtp-throttled-when = Exchange throttled the sender: too many concurrent connections or messages for the mailbox, or its sending quota is used up.
class-smtp-throttled-cause-1 = More than 3 concurrent SMTP connections for the mailbox { $mailbox } (Exchange Online's limit per mailbox).
class-smtp-throttled-cause-2 = More than 30 messages a minute, or the daily recipient limit, from { $mailbox }.
class-smtp-throttled-cause-3 = Several appliances or jobs share one sending mailbox.
class-smtp-throttled-fix-1 = Send fewer messages at once from { $mailbox }: at most 3 connections and 30 messages a minute; queue and retry on 4xx.
class-smtp-throttled-fix-2 = Give each busy sender its own mailbox, or move bulk mail to High Volume Email or Graph sendMail.
class-mailbox-logon-failed-when = AUTH succeeded, but Exchange could not open the mailbox { $mailbox } to submit the message as the app (`430 4.2.0 STOREDRV; mailbox logon failure`).
class-mailbox-logon-failed-cause-1 = The service principal has no FullAccess on { $mailbox } (or it was just granted and has not propagated).
class-mailbox-logon-failed-cause-2 = The service principal was registered with the App-registration object id, so the FullAccess grant is on another object.
class-mailbox-logon-failed-cause-3 = A transient mailbox-server condition (the text says TransientException): retrying may work.
class-mailbox-logon-failed-fix-1 = Get-MailboxPermission -Identity { $mailbox } -User { $object_id }   (none → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-mailbox-logon-failed-fix-2 = `smtp-oauth prereqs` checks the service principal and FullAccess through the admin API; `smtp-oauth diagnose --wait 30m` retries while changes propagate.
class-message-too-large-when = The message is larger than Exchange accepts for { $mailbox }.
class-message-too-large-cause-1 = An attachment makes the message larger than the mailbox's MaxSendSize (35 MB by default in Exchange Online; base64 adds a third).
class-message-too-large-fix-1 = Send smaller messages, or raise the limit: Set-Mailbox -Identity { $mailbox } -MaxSendSize 35MB
class-smtp-not-authenticated-when = Exchange refused MAIL or DATA because the session is not authenticated (`530 5.7.57 Client not authenticated to send mail`).
class-smtp-not-authenticated-cause-1 = The client never sent AUTH (authentication is switched off in its SMTP settings, or it fell back to anonymous submission).
class-smtp-not-authenticated-cause-2 = AUTH failed earlier in the session and the client went on to send anyway.
class-smtp-not-authenticated-fix-1 = Turn authentication on in the client, with OAuth (XOAUTH2) as the method, and check its log for the AUTH line and its reply.
class-smtp-not-authenticated-fix-2 = `smtp-oauth test-connection -v` shows what a correct session looks like, AUTH included.
class-basic-auth-retired-when = Exchange Online refused Basic authentication (user name and password) for SMTP submission: `550 5.7.30 Basic authentication is not supported for Client Submission.` The client must use OAuth (XOAUTH2).
class-basic-auth-retired-cause-1 = The client still signs in with a user name and password (AUTH LOGIN or PLAIN). Microsoft's schedule (Exchange team, January 2026): Basic authentication for SMTP AUTH is disabled by default for existing tenants at the end of December 2026 (an admin can still turn it back on for now), unavailable for new tenants after December 2026, and Microsoft will announce the final removal date in the second half of 2027.
class-basic-auth-retired-fix-1 = Switch the client to OAuth 2.0 client credentials (XOAUTH2): `smtp-oauth setup` walks through the app registration, the Exchange service principal and FullAccess, and tests it (`--target ise` for Cisco ISE's fields).
class-basic-auth-retired-fix-2 = Find the clients still on Basic: Exchange admin center › Reports › Mail flow › SMTP AUTH clients submission report (its Authentication Protocol column).
class-mailbox-outside-rbac-scope-when = The app uses Exchange RBAC for Applications (a management role assignment of `Application SMTP.SendAsApp`), but the mailbox { $mailbox } is not in the assignment's scope: Exchange refuses AUTH for it.
class-mailbox-outside-rbac-scope-cause-1 = The mailbox is not a member of the group the management scope's RecipientRestrictionFilter names.
class-mailbox-outside-rbac-scope-cause-2 = The scope or its group was changed less than two hours ago (role assignments are cached 30 minutes to 2 hours).
class-mailbox-outside-rbac-scope-fix-1 = Add { $mailbox } to the group the scope filters on, or widen the scope: Get-ManagementScope | fl Name,RecipientRestrictionFilter
class-mailbox-outside-rbac-scope-fix-2 = Check: Test-ServicePrincipalAuthorization -Identity { $object_id } -Resource { $mailbox }   (InScope must be True)
class-rbac-mixed-permissions-when = The app has both an RBAC for Applications role assignment and the SMTP.SendAsApp API permission. Microsoft: "Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions": with the role in the token, Exchange demands FullAccess on { $mailbox } again.
class-rbac-mixed-permissions-cause-1 = The app was set up the classic way first (API permission) and RBAC for Applications was added later, or the other way round.
class-rbac-mixed-permissions-fix-1 = For RBAC for Applications only: remove the SMTP.SendAsApp API permission (App registrations › API permissions) and its admin consent.
class-rbac-mixed-permissions-fix-2 = Or keep the classic setup: Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-login-host-unreachable-when = The HTTPS connection to the login host { $login_host } (token endpoint, tenant discovery) timed out or was refused.
class-login-host-unreachable-cause-1 = An egress firewall blocks outbound HTTPS (TCP 443) to Microsoft's login hosts.
class-login-host-unreachable-cause-2 = This network reaches the internet only through an HTTP proxy, and none is configured for the token request.
class-login-host-unreachable-cause-3 = The authority or token endpoint is wrong (another host or port): nothing answers there.
class-login-host-unreachable-fix-1 = Allow outbound HTTPS (TCP 443) to { $login_host } (Microsoft publishes the endpoints: https://aka.ms/o365endpoints).
class-login-host-unreachable-fix-2 = Behind a proxy: set HTTPS_PROXY=http://{ $proxy_host } (or --proxy) for the token request.
class-login-host-unreachable-fix-3 = Check the endpoint and where it came from: `smtp-oauth config show` (token_endpoint, authority).
class-credential-change-failed-when = Microsoft Graph did not make a change to the app registration's credentials (addPassword, removePassword, addKey, removeKey), or the new credential failed its test and was taken back.
class-credential-change-failed-cause-1 = The admin access lacks the right: an admin app needs Application.ReadWrite.OwnedBy and to be an owner of the app (or Application.ReadWrite.All); a person signing in needs the Application Administrator or Cloud Application Administrator role, or to own the app.
class-credential-change-failed-cause-2 = An app management policy of the tenant limits credential lifetimes or forbids client secrets (Graph's message says so).
class-credential-change-failed-cause-3 = The new credential has not reached every Entra region yet (minutes), or the setup fails for a reason the old credential shares: the test's own checks say which.
class-credential-change-failed-fix-1 = Grant the admin app Application.ReadWrite.OwnedBy (Graph, application permission, admin consent) and add it as an owner of the app: App registrations › { $client_id } › Owners; or run with `--admin device-code` as an Application Administrator.
class-credential-change-failed-fix-2 = Ask for a shorter lifetime (`--days`) when a policy limits it.
class-credential-change-failed-fix-3 = Run `smtp-oauth diagnose` with the current credential to see what else fails, fix that, then rotate again.
class-truststore-missing-ca-when = The client's own trust store (an appliance's trusted certificates, a Java keystore, a PEM bundle) does not anchor the chain Microsoft's server presents, or its copy of the root has expired. This machine may trust the chain; the client will not (Java: "unable to find valid certification path to requested target").
class-truststore-missing-ca-cause-1 = Microsoft moved the endpoint to a chain under a root the store does not hold: in 2026 Exchange Online moved to DigiCert Global Root G2 (MC1224565).
class-truststore-missing-ca-cause-2 = The store holds an old copy of the root, now expired, or only the intermediate of an earlier chain.
class-truststore-missing-ca-cause-3 = A TLS inspection proxy re-signs the traffic with a CA the store lacks.
class-truststore-missing-ca-fix-1 = Import the missing file named in the check (`smtp-oauth certs --check-truststore STORE --out DIR` writes it) into the client's trust store.
class-truststore-missing-ca-fix-2 = Cisco ISE: Administration › System › Certificates › Trusted Certificates › Import, and tick "Trust for authentication within ISE" and "Trust for client authentication and Syslog".
class-truststore-missing-ca-fix-3 = Java: `keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`.
class-truststore-ca-expiring-when = The certificate in the client's trust store that anchors Microsoft's chain ends within 60 days (within 30 days this is said louder). On that day the client stops trusting the server.
class-truststore-ca-expiring-cause-1 = Trust stores of appliances are not updated with their firmware.
class-truststore-ca-expiring-fix-1 = Import the current certificate of that CA (the check names it and where to get it), before the old one ends.

## Check summaries of failures, warnings and skips (the English ones are the JSON summary)

verbatim = { $text }
list-semicolon = { $a }; { $b }
# Lines of a list, one under the other (indented by two under the first).
list-lines =
    { $a }
    {"  "}{ $b }
# A PowerShell command to run when the one before it finds nothing.
powershell-if-none = (none → { $command })
tenant-named = tenant { $tenant }
tenant-domain-named = { $domain } is tenant { $tenant }
credential-secret = secret { $name }
credential-certificate = certificate { $thumbprint }
mailbox-with-upn = { $mailbox } (its UPN is { $upn })
scope-organisation = the organisation
roles-none = no roles
roles-none-rbac = no roles (RBAC for Applications)
rbac-has-assignment = Exchange has the role assignment { $assignment }
rbac-auth-accepted = Exchange accepted AUTH without it
changed-grant = the SMTP.SendAsApp grant
changed-check = { $check }
changed-ago = { $what } changed { $minutes } min ago
narrowed-token-wrong = the token itself is wrong: see { $class } above
narrowed-found-by = { $summary } (found by the check “{ $check }”)
narrowed-exchange-side = the token is right (audience, role): the likely cause is on the Exchange side — the service principal (New-ServicePrincipal with the Enterprise app's object id), FullAccess on the mailbox, or a change that has not propagated; `smtp-oauth prereqs` with admin access tells which
skip-plain = skipped
skip-skipped = skipped: { $why }
skip-could-not-check = could not check: { $why }
skip-check-failed = skipped: { $check } failed
skip-no-token = skipped: no token
skip-no-auth-reached = skipped: the SMTP session did not get to AUTH
skip-auth-failed = skipped: AUTH failed
skip-not-sent = not sent: give --to ADDRESS to send a test message
skip-certificate-not-secret = a certificate is used, not a secret
skip-federated-not-secret = a federated token is used, not a secret
skip-no-expiry-date = no expiry date known: set secret-expires (App registrations › Certificates & secrets › Expires)
skip-no-admin = no admin access (--admin app|device-code|token); in PowerShell instead: { $commands }
skip-app-not-found = skipped: the app { $client_id } was not found
skip-app-not-readable = skipped: the app registration is not readable here (another tenant's app?)
skip-no-enterprise-app = skipped: the app was not found (no Enterprise application for { $client_id } in this tenant)
skip-no-sp-for-oid = could not check: Exchange knows no service principal with object id { $oid } (see { $check })
skip-object-id-unknown = skipped: the Enterprise app's object id is unknown (Graph was not readable)
skip-rbac-no-full-access = skipped: RBAC for Applications needs no FullAccess; the role assignment is missing (see SMTP.SendAsApp granted)
skip-rbac-scope-unknown = could not tell whether { $mailbox } is in the scope of role assignment { $assignment }: Exchange's answer has no InScope
skip-smtp-auth-unknown = could not tell: Exchange's answers name no SmtpClientAuthenticationDisabled
skip-sp-no-object-id = could not tell: Exchange has a service principal for app { $client_id }, but its answer names no ObjectId
summary-secret-is-guid = the configured secret is a GUID: the secret's ID, not its value (not sent)
summary-secret-expired = expired on { $date } ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
})
summary-secret-expires-soon = expires soon: on { $date } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
})
summary-tenant-other-cloud = { $named } is in the { $cloud } cloud, but the settings use { $configured }: set --cloud { $cloud }
summary-token-undecodable = the token cannot be decoded: { $why }
summary-token-expired = the token expired { $minutes } min ago; tokens live about an hour
summary-token-rbac = an app-only token without roles: RBAC for Applications ({ $why })
summary-clock-skew = this machine's clock is { $minutes } min { $direction ->
    [ahead] ahead of
   *[behind] behind
} the token server's
summary-audience-other-name = the token is for { $aud }, another name of Exchange Online: Microsoft documents { $exchange } for SMTP; whether SMTP accepts this one is not known (AUTH decides)
summary-audience-wrong = the token is for { $aud }, not Exchange Online ({ $exchange })
summary-no-send-as-app-role = an app-only token with { $roles }: SMTP.SendAsApp is not granted (or admin consent is missing)
summary-delegated = a delegated token for { $upn } with SMTP.Send
summary-delegated-no-scope = a delegated (user) token without the SMTP.Send scope
summary-dns-failed = { $host } does not resolve: { $why }
summary-dns-timeout = no DNS answer for { $host } within the timeout
summary-tcp-refused = { $host }:{ $port } refused the connection
summary-tcp-timeout = no TCP connection to { $host }:{ $port } within { $seconds } s ({ $why })
summary-no-greeting = connected, but no greeting within { $seconds } s: the classic "connect timed out" of a proxy-only network or a blackholing middlebox
summary-session-refused = the server refused the session: { $reply }
summary-broke-sending-ehlo = { $tls ->
    [yes] the connection broke while sending EHLO over TLS
   *[no] the connection broke while sending EHLO
}
summary-ehlo-refused = { $tls ->
    [yes] EHLO over TLS refused: { $reply }
   *[no] EHLO refused: { $reply }
}
summary-tls-intercepted = verified, but issued by { $issuer }, not one of Microsoft's public CAs: TLS inspection
summary-no-reply = no { $what } within the timeout
summary-not-a-reply = { $error } (waiting for { $what })
summary-unexpected = the exchange broke off in an unexpected way
summary-starttls-injection = the server sent data after 220 to STARTTLS, before the handshake (STARTTLS injection)
summary-bad-server-name = { $host } cannot be a TLS server name
summary-tls-timeout = the TLS handshake did not finish within the timeout
summary-broke-sending-auth = the connection broke while sending AUTH
summary-connection-broke = the connection broke
summary-message-timeout = the message could not be sent within the timeout
summary-command-refused = { $command } refused: { $reply }
waiting-greeting = 220 greeting
waiting-starttls = the STARTTLS reply
waiting-ehlo = { $tls ->
    [yes] the EHLO reply over TLS
   *[no] the EHLO reply
}
waiting-continuation = the 334 continuation
waiting-auth-final = the final AUTH reply
waiting-auth = the AUTH reply
waiting-queue = the queue reply
waiting-reply = a reply
reply-closed = the server closed the connection
reply-line-too-long = a reply line is longer than { $max } bytes
reply-too-many-lines = a reply has more than { $max } lines
reply-garbage = not an SMTP reply: { $text }
reply-io = reading failed: { $detail }
reply-tls = the TLS connection failed: { $detail }
tls-wrong-name = the certificate is not valid for { $expected }; it names { $names }
tls-expired = { $days ->
    [one] a certificate expired { $days } day ago
   *[other] a certificate expired { $days } days ago
}
tls-unknown-issuer = the chain does not end in a trusted root (unknown issuer)
tls-alert = the server sent the TLS alert { $alert }
# rustls's own text, for a TLS error without words of its own.
tls-other = { $detail }
net-proxy-auth = the proxy asks for credentials (407 Proxy Authentication Required)
net-proxy-unreachable = the proxy cannot be reached
net-timeout = no answer within the timeout
net-dns = the host name does not resolve
net-refused = the connection was refused
net-other = the request failed
admin-graph-no-answer = Microsoft Graph did not answer: { $why }
admin-exchange-no-answer = the Exchange admin API did not answer: { $why }
# Where a setting came from (the English ones as config show and the JSON write them).
source-flag = flag { $name }
source-env = env { $name }
source-profile = profile { $name }
source-file = file { $path }
source-keyring = keyring { $entry }
source-default = default
source-stdin = stdin
source-prompt = prompt
source-default-for = default for { $what }
source-derived = derived from { $what }
source-config-set = config set
config-profile = Profile { $profile } in { $path }
config-profile-new = Profile { $profile } in { $path } (not created yet)
config-warning = warning:
config-no-file = No config file yet at { $path }.
config-no-profiles = No profiles in { $path }.
config-profiles-in = Profiles in { $path }:
token-proxy = Proxy: { $proxy }
token-claims = Claims (decoded for diagnosis, not signature-checked):
token-oid-note = ← the Enterprise app's object id: New-ServicePrincipal -ObjectId
token-certificate = (certificate)
token-client-secret = (client secret)
summary-broke-sending-starttls = the connection broke while sending STARTTLS
summary-starttls-refused = STARTTLS refused: { $reply }
summary-no-starttls = { $host }:{ $port } offers no STARTTLS, so OAuth cannot be used here
summary-starttls-masked = EHLO shows { $masked } where STARTTLS should be: a firewall's ESMTP inspection is masking it
summary-no-auth = no AUTH after STARTTLS
summary-no-xoauth2 = the server offers `{ $auth }`, without XOAUTH2
summary-no-enterprise-app = no Enterprise application (service principal) for app { $client_id } in this tenant
summary-no-exchange-resource = the tenant has no Office 365 Exchange Online service principal
summary-permission-missing = SMTP.SendAsApp (Office 365 Exchange Online, application permission) is not granted with admin consent
summary-no-permission-rbac = no SMTP.SendAsApp, as RBAC for Applications wants
summary-rbac-assignment = RBAC for Applications: role assignment { $assignment } (Application SMTP.SendAsApp, scope { $scope }); no API permission, as it should be
summary-rbac-mixed = the SMTP.SendAsApp API permission and the RBAC for Applications role assignment { $assignment } both: Exchange then demands FullAccess as well
summary-rbac-no-assignment = RBAC for Applications is configured, but Exchange has no Application SMTP.SendAsApp role assignment for app { $client_id }
summary-rbac-in-scope = { $mailbox } is in the scope { $scope } of role assignment { $assignment } (RBAC for Applications needs no FullAccess)
summary-rbac-out-of-scope = { $mailbox } is not in the scope { $scope } of role assignment { $assignment }
summary-no-credential = the app has no secret or certificate (matching the one in use)
summary-certificate-not-registered = the certificate in use (thumbprint { $thumbprint }) is not among the app's certificates
summary-credential-cleanup = { $local ->
    [none] {""}
   *[other] ; the local certificate ends on { $local }, not on the registered key's date
}{ $expired ->
    [0] {""}
    [1] ; 1 expired credential still listed: remove it
   *[other] ; { $expired } expired credentials still listed: remove them
}
summary-credential-expired = { $name } expired on { $date }
summary-credential-expires = { $name } expires on { $date } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
}){ $cleanup }
summary-credential-only-one = the app's only valid credential, { $name }, expires on { $date } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
}): add the next one now{ $cleanup }
summary-credential-rotated = rotated in Entra but not on this client: { $newer } (until { $until }) is newer; this client uses { $name }, which expires on { $date } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
}){ $cleanup }
summary-mailbox-shared = { $mailbox } is a shared mailbox: it needs no licence and no sign-in
summary-mailbox-blocked = { $mailbox } is blocked from sign-in: fine for a shared mailbox, but a user mailbox needs an Exchange Online licence; whether Exchange accepts it for app-only SMTP is not known
summary-mailbox-unlicensed = { $mailbox } has no licence: fine for a shared mailbox, but a user mailbox needs an Exchange Online licence; whether Exchange accepts it for app-only SMTP is not known
summary-mailbox-licences-unread = { $mailbox } exists and is enabled (its licences could not be read)
summary-no-user = no user { $mailbox } in this tenant (neither its UPN nor an SMTP address)
summary-no-user-or-mailbox = no user or mailbox { $mailbox } in this tenant (neither its UPN nor an SMTP address)
summary-exchange-no-mailbox = Exchange has no mailbox { $mailbox }: { $reply }
summary-sp-missing = Exchange has no service principal for app { $client_id }: New-ServicePrincipal was never run
summary-sp-unverified = registered with ObjectId { $registered }; whether that is the Enterprise app's cannot be told without Graph
summary-sp-wrong-object-id = registered with ObjectId { $registered }, but the Enterprise application's object id is { $oid } (the App registration's object id was probably used)
summary-no-full-access = no FullAccess for { $oid } on { $mailbox }
summary-send-as = SendAs on { $from }
summary-no-send-as = no SendAs for { $oid } on { $from }
summary-smtp-auth-disabled-mailbox = SMTP AUTH is disabled: the mailbox says SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-disabled-org = SMTP AUTH is disabled: the mailbox inherits the organisation's SmtpClientAuthenticationDisabled = { $value }
summary-propagation-pending = { $changes }: Exchange can take up to an hour to apply changes
summary-but-auth-accepted = { $summary } — but Exchange accepted SMTP AUTH for the mailbox in this run, so this does not stop sending

## Evidence labels, by evidence key (underscores as dashes); claim and field names stay as Microsoft spells them

evidence-aadsts = AADSTS code
evidence-account-enabled = account enabled
evidence-address = address
evidence-addresses = addresses
evidence-app-displayname = app_displayname
evidence-app-registration-object-id = app registration object id
evidence-appid = appid
evidence-appidacr = appidacr
evidence-attempts = attempts
evidence-aud = aud
evidence-auth = AUTH
evidence-capabilities = capabilities
evidence-chain = chain
evidence-changed = changed
evidence-cipher-suite = cipher suite
evidence-clock-skew-s = clock skew (s)
evidence-cloud-instance-name = cloud_instance_name
evidence-conditional-access-policies = Conditional Access policies
evidence-correlation-id = correlation id
evidence-credential = credential
evidence-days-left = days left
evidence-discovery = discovery document
evidence-display-name = display name
evidence-endpoint = endpoint
evidence-enterprise-app-object-id = enterprise app object id
evidence-error = error
evidence-exchange-bracket = Exchange's bracket
evidence-exchange-resource-id = Exchange resource id
evidence-expired-still-listed = expired, still listed
evidence-expires = expires
evidence-expires-in-min = expires in (min)
evidence-found-by = found by
evidence-granted = granted
evidence-http-status = HTTP status
evidence-id = id
evidence-idtyp = idtyp
evidence-issued-by = issued by
evidence-key-id = key id
evidence-licences = licences
evidence-lookup = error lookup
evidence-mailbox = mailbox
evidence-narrowed = narrowed
evidence-newer-credential = newer credential
evidence-newer-expires = newer expires
evidence-newer-key-id = newer key id
evidence-note = note
evidence-oid = oid
evidence-organisation = organisation
evidence-points-to = points to
evidence-port = port
evidence-powershell = PowerShell
evidence-proxy = proxy
evidence-rbac-for-applications = RBAC for Applications
evidence-rbac-role-assignment = RBAC role assignment
evidence-recent = recent changes
evidence-recipient-type = recipient type
evidence-registered-object-id = registered object id
evidence-reply = reply
evidence-request-error = error
evidence-role-assignment = role assignment
evidence-roles = roles
evidence-secrets-with-this-hint = secrets with this hint
evidence-scope = scope
evidence-scp = scp
evidence-suberror = suberror
evidence-tenant-cloud = tenant cloud
evidence-tenant-id = tenant id
evidence-tenant-region-scope = tenant_region_scope
evidence-tenant-region-sub-scope = tenant_region_sub_scope
evidence-thumbprint = thumbprint
evidence-tid = tid
evidence-timestamp = timestamp
evidence-tls-version = TLS version
evidence-trace-id = trace id
evidence-tries = tries
evidence-user-principal-name = user principal name
evidence-valid-credentials = valid credentials
evidence-ver = ver
evidence-issued-by-value = { $subject } (issued by { $issuer })
evidence-from = { $value } (from { $source })

## setup's questions and notes (at a terminal only; the answers yes/no stay English words)

wizard-confirm-yes = yes/no, suggested: yes
wizard-confirm-no = yes/no, suggested: no
wizard-type-yes-or-no = type yes or no, then Enter
wizard-expected = expected { $expected }
wizard-intro =
    smtp-oauth setup: the values of an Exchange Online SMTP OAuth app, in the order of the procedure.
    Ctrl-C stops without changing the config file; the answers so far (never the secret) are kept for the next setup.
wizard-client = Which client will send the mail?
wizard-client-generic = A generic client (an app, a script, monitoring, a printer)
wizard-client-ise = Cisco ISE
wizard-ise-release = Cisco ISE release (Administration › System › Upgrade shows it, e.g. 3.3 P8)
wizard-ise-not-a-release = not a release such as 3.3 P8
wizard-ise-unknown-release = `{ $text }` is not an ISE release such as 3.3 P8
wizard-ise-needs-patch = ISE { $train } needs Patch { $patch } or later for OAuth SMTP (client-platform-unsupported)
wizard-ise-no-oauth = ISE { $train } has no OAuth SMTP; the first releases are 3.2 P8, 3.3 P8, 3.4 P4, 3.5 P1 (client-platform-unsupported)
wizard-ise-prepare = ! { $why }. You can prepare the values now and use them after the upgrade.
wizard-cloud = Which Microsoft cloud?
wizard-cloud-global = Global (and GCC)
wizard-cloud-gcc-high = US Government GCC High
wizard-cloud-dod = US Government DoD
wizard-cloud-china = China (21Vianet)
wizard-choose-range = choose 1 to { $count }
wizard-no-such-choice = `{ $answer }` is none of the choices: type 1 to { $count }
wizard-ambiguous-choice = `{ $answer }` fits more than one: type its number
wizard-tenant-note = Directory (tenant) ID: Entra admin center › Overview › Tenant ID (a domain of the tenant works too).
wizard-tenant = Tenant ID or domain
wizard-client-id-note = Application (client) ID: Entra admin center › App registrations › the app › Overview › Application (client) ID.
wizard-client-id = Application (client) ID
wizard-credential = How does the app authenticate?
wizard-credential-secret = A client secret
wizard-credential-certificate = A certificate (PEM with its private key)
wizard-certificate-file = Certificate file (PEM certificate and private key, or PKCS#12 .pfx/.p12)
wizard-secret-note = The secret's VALUE (App registrations › Certificates & secrets › Client secrets › Value), shown only once when it is created. The Secret ID (a GUID) will not work.
wizard-secret = Client secret value (not echoed)
wizard-secret-is-id = ! That is a GUID: the Secret ID, not the Value (secret-id-not-value). Create a new secret and copy its Value column.
wizard-expiry-note = Its expiry date (the Expires column). smtp-oauth warns 60 and 30 days ahead; ISE raises its alarms from it.
wizard-expiry = Secret expiry date (YYYY-MM-DD, empty to skip)
wizard-secret-expired = { $days ->
    [one] ! The secret expired { $days } day ago (secret-expired): create a new one.
   *[other] ! The secret expired { $days } days ago (secret-expired): create a new one.
}
wizard-secret-expiring = { $days ->
    [one] ! The secret expires in { $days } day (secret-expiring): plan the next one now.
   *[other] ! The secret expires in { $days } days (secret-expiring): plan the next one now.
}
wizard-mailbox-note = The mailbox to send as: a licensed user or shared mailbox with Authenticated SMTP allowed (Microsoft 365 admin center › Users › the user › Mail › Manage email apps).
wizard-mailbox = Mailbox address
wizard-smtp-server = SMTP server
wizard-smtp-port = SMTP port
wizard-timeout = Connection timeout in seconds
wizard-store = Where should the secret be kept?
wizard-store-keyring = The OS keyring (Keychain, Credential Manager, Secret Service)
wizard-store-file = A file only I can read (0600), beside the config file
wizard-store-env = Nowhere: I set SMTP_OAUTH_CLIENT_SECRET myself
setup-tenant-is = { $tenant } is tenant { $guid }: saving the GUID.
setup-connected = Successfully connected to { $host }.
setup-other-cloud = The tenant is in the { $said } cloud (OpenID discovery says so), not { $chosen }.
setup-change-field = The test failed ({ $class }). Change the { $field }?
setup-field-cloud = Microsoft cloud
setup-field-tenant = tenant
setup-field-client-id = client id
setup-field-credential = client secret or certificate
setup-field-mailbox = mailbox
setup-field-server = SMTP server, port and timeout
setup-exchange-side = The values look right: what is missing is on the Exchange side ({ $class }). Save them; the steps that fix it follow (or run `smtp-oauth prereqs --fix` with admin access).
setup-save = Save the values?
setup-save-anyway = Save the values anyway?
setup-save-profile = Save profile { $profile } to { $path }?
setup-resume = A setup of this profile stopped on { $when } after these answers: { $answers } (the secret is never kept).
setup-resume-nothing = the client and cloud
setup-resume-tenant = tenant { $value }
setup-resume-client-id = client id { $value }
setup-resume-mailbox = mailbox { $value }
setup-resume-go-on = Go on with them (as the suggested answers)?
setup-saved = Saved to { $path }; the secret is { $stored }.
setup-stored-nowhere = not stored: set SMTP_OAUTH_CLIENT_SECRET where the client runs
setup-stored-keyring = in the OS keyring as { $entry }
setup-stored-file = in { $path } (mode 0600)
setup-ise-seconds = { $seconds } seconds
setup-ise-enabled = enabled
setup-ise-paste-secret = (the secret's value: paste it here yourself)
setup-ise-expiry = (the secret's expiry date)
setup-ise-filled-in = { $value } (filled in by ISE)
setup-ise-after =
    ISE saves these only after a successful Test Connection. Its trust store needs the chain of the
    SMTP server: `smtp-oauth certs --out ./chain`, then Administration › System › Certificates › Trusted
    Certificates › Import, ticking "Trust for authentication within ISE" and "Trust for client authentication and Syslog".
setup-generic-intro = For the client (a table) and for a shell or CI (exports):
setup-row-smtp-server = SMTP server
setup-row-port = Port / security
setup-row-authentication = Authentication
setup-row-authentication-value = OAuth 2.0 client credentials, SASL XOAUTH2
setup-row-username = Username / From
setup-row-tenant = Tenant ID
setup-row-client = Client ID
setup-row-token-endpoint = Token endpoint
setup-row-scope = Scope
setup-export-secret-comment = from your secret store, never on a command line
setup-exchange-in-place = The Exchange side is in place: the test authenticated (or the admin API showed the service principal and the mailbox permission).
setup-exchange-steps = In Exchange Online PowerShell, unless `smtp-oauth prereqs` shows them in place:
setup-exchange-steps-note = (the ObjectId is the Enterprise application's, the `oid` of the app's token — not the App registration's)
setup-not-saved = Not saved: the test connection failed, so profile { $profile } in { $path } was left as it was. Fix the value the failing check names and { $again }.
setup-again-declined = run setup again (the answers but the secret are kept)
setup-again = run setup again, or pass --save-anyway

## Errors on stderr (the JSON error keeps the English message)

error-label = error:
error-invalid = invalid { $key } (from { $source }): { $problem }
error-expected = expected: { $expected }
error-hint = hint: { $hint }
missing-settings =
    missing settings:
    {"  "}{ $list }
missing-tenant = tenant: --tenant or SMTP_OAUTH_TENANT (Entra admin center › Overview › Tenant ID)
missing-client-id = client id: --client-id or SMTP_OAUTH_CLIENT_ID (App registrations › your app › Application (client) ID)
missing-credential = client secret: SMTP_OAUTH_CLIENT_SECRET, --client-secret-file, --client-secret-stdin or `smtp-oauth config set-secret` (or a certificate with --client-cert, or a federated token with --federated-token-file)
missing-mailbox = mailbox: --mailbox or SMTP_OAUTH_MAILBOX (the address to send as)
missing-other-profiles = (profile { $profile } is used; { $path } also has { $others }: pick one with --profile NAME, or run `smtp-oauth setup`)
usage-no-config-file = the config file { $path } (from { $source }) does not exist: check the path, create it with `smtp-oauth setup` or `smtp-oauth config set`, or leave it out to use { $default }
usage-secret-rotate-not-secret = this profile signs in with a certificate or a federated token, not a client secret: `smtp-oauth cert rotate` rotates a certificate; a federated credential has nothing to rotate
usage-secret-rotate-no-terminal = secret rotate asks before it adds a secret and again before it removes the old one, and there is no terminal: pass --yes to do both without asking, --keep-old as well to keep the old secret, or --dry-run to only show the plan
usage-secret-rotate-no-store = the client secret comes from the environment or stdin, so there is no store to put the new one in, and no terminal to show it on: pass --secret-file FILE (written 0600)
usage-cert-rotate-not-cert = this profile signs in with a client secret, not a certificate (client_cert): `smtp-oauth secret rotate` rotates that
usage-cert-rotate-no-terminal = cert rotate asks before it uploads a certificate and again before it removes the old one, and there is no terminal: pass --yes (and --keep-old to keep the old one), or --dry-run to only show the plan
usage-fix-no-terminal = --fix asks before each change, and there is no terminal: pass --yes to apply without asking, or --dry-run to only show the changes
usage-prereqs-client-id = prereqs needs the client id: --client-id or SMTP_OAUTH_CLIENT_ID
usage-prereqs-mailbox = prereqs needs the mailbox: --mailbox or SMTP_OAUTH_MAILBOX
usage-setup-cancelled = setup cancelled: nothing was written
usage-no-scenario = `{ $name }` is not a demo scenario; `smtp-oauth demo --list` lists them
usage-no-scenario-close = `{ $name }` is not a demo scenario (did you mean { $close }?); `smtp-oauth demo --list` lists them
usage-not-a-check = --only { $id }: not a check; `smtp-oauth diagnose --list-checks` lists them
usage-send-test-to = send-test needs a recipient: --to ADDRESS
usage-not-a-target = `{ $target }` is not a target: smtp, login, graph, exchange or HOST:PORT
usage-offline-truststore = --offline judges a client trust store: pass --check-truststore PATH (or set truststore)
invalid-empty = the value is empty
invalid-secret-not-tenant = the value is shaped like a client secret, not a tenant
invalid-secret-not-key-id = the value is shaped like a client secret's value, not its Secret ID
invalid-secret-not-client-id = the value is shaped like a client secret, not a client id
hint-no-secret-in-argv = never pass a secret as a command-line value; use SMTP_OAUTH_CLIENT_SECRET, --client-secret-file or --client-secret-stdin
invalid-zero-guid = the all-zero GUID is not a tenant (Entra answers AADSTS90002)
invalid-url-not-tenant = { $value } is a URL or path, not a tenant
hint-tenant-in-url = the tenant in it is { $tenant }: use --tenant { $tenant } (the token endpoint is derived from it)
invalid-email-not-tenant = { $value } is an e-mail address, not a tenant
hint-tenant-domain = the tenant may be its domain: --tenant { $domain }
invalid-tenant-alias = { $value } is a multi-tenant alias; client credentials need your own tenant
invalid-not-tenant = { $value } is neither a tenant GUID nor a domain name
invalid-not-guid = { $value } is not a GUID
invalid-email-not-client-id = { $value } is an e-mail address; the client id identifies the app, not a user (Entra answers AADSTS700016)
hint-mailbox-flag = the mailbox address goes in --mailbox
invalid-app-id-uri = { $value } is an Application ID URI, not the client id
invalid-display-name = { $value } has a display name
hint-address-only = use only the address: --mailbox { $address }
invalid-no-at = { $value } has no @
invalid-local-part = { $value } has an invalid part before the @
invalid-mail-domain = { $value } has an invalid domain after the @
invalid-date-form = { $value } is not a date in YYYY-MM-DD form
hint-date-order = the portal shows dates in your locale's order; write the expiry as YYYY-MM-DD
invalid-calendar-date = { $value } is not a valid calendar date
invalid-port = { $value } is not a port number
invalid-timeout = { $value } is not a timeout in seconds
invalid-cloud = { $value } is not a cloud name
invalid-url-parse = { $value } is not a URL ({ $why })
invalid-no-host = { $value } has no host
invalid-url-credentials = the URL carries credentials
invalid-url-http = { $value } uses http:// on a host that is not loopback
hint-use-https = use https://{ $host }…; TLS is never switched off
invalid-url-scheme = { $value } uses the scheme { $scheme }:
invalid-not-url = { $value } is not a URL
invalid-proxy-scheme = { $value } uses the scheme { $scheme }:, which is not supported
invalid-url-not-host = { $value } is a URL, not a host
hint-host-alone = use the host alone: { $host }
invalid-host-port = { $value } includes a port
hint-host-and-port = give the host alone ({ $host }) and the port with --smtp-port { $port }
invalid-host = { $value } is not a host name or IP address
invalid-scope = { $value } is not a single scope
hint-one-scope = client credentials take exactly one <resource>/.default scope
invalid-bool = { $value } is not true or false
invalid-choice = { $value } is not one of the choices
invalid-secret-like = the value looks like a client secret
invalid-profile = { $value } is not a profile name
invalid-secret-not-path = the value looks like a client secret itself, not the path of a file
hint-secret-file = put the secret in a file (chmod 600) and give that file's path, or use `smtp-oauth config set-secret`
expected-tenant = a Directory (tenant) ID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain of the tenant such as contoso.onmicrosoft.com (Entra admin center › Overview › Tenant ID)
expected-client-id = the Application (client) ID, a GUID such as 00001111-aaaa-2222-bbbb-3333cccc4444 (Entra admin center › App registrations › your app › Overview)
expected-mailbox = the mailbox's e-mail address, such as no-reply@contoso.onmicrosoft.com
expected-path-list = one or more paths of trust stores, separated as in PATH (`:` on Unix, `;` on Windows), such as /opt/ise/trusted-certs:/etc/pki/java/cacerts
expected-key-id = the Secret ID of the client secret, a GUID such as 6a0c4e8b-2d6f-4a1c-8e3b-5f7d9a1c3e57 (Entra admin center › App registrations › your app › Certificates & secrets, column Secret ID)
expected-date = a date written YYYY-MM-DD, such as 2027-03-31
expected-port = a TCP port number from 1 to 65535 (Exchange Online: 587)
expected-timeout = a number of seconds from 0.1 to 3600, such as 20
expected-cloud = one of global, usgov, usgov-dod, china
expected-url = an https:// URL (http:// only for loopback addresses such as 127.0.0.1)
expected-host = a host name or IP address without scheme or port, such as smtp.office365.com
expected-proxy = an http:// or https:// proxy URL such as http://proxy.example.com:3128
expected-scope = a scope such as https://outlook.office365.com/.default
expected-admin = one of none, device-code, app, token
expected-target = one of generic, ise
expected-bool = true or false
expected-path = a file path
expected-profile = a profile name of letters, digits, `-`, `_` and `.`, such as default or ise-lab (at most 64)

## demo: the simulated tenant's scenarios, by name (the English ones are the simulator's, word for word)

scenario-line = Simulated tenant, scenario { $name }: { $summary }
demo-list-hint = `smtp-oauth demo SCENARIO` runs the diagnosis with that fault; `--serve` keeps the tenant up for the other commands.
demo-serve-up = Simulated tenant up, scenario { $name }: { $summary }.
demo-serve-paste = Paste the lines above into another shell, then run e.g. `smtp-oauth config show`. Ctrl-C stops it.
demo-serve-from = This scenario sends as { $from }: try `smtp-oauth send-test --to someone@example.com --from { $from }`.
demo-serve-stopped = Simulated tenant stopped.

scenario-healthy = everything set up right: token, TLS, AUTH and prerequisites pass
scenario-network-timeout = the SMTP server accepts the connection and never greets (a blackholing middlebox)
scenario-connection-refused = nothing listens on the SMTP port
scenario-dns-failure = the SMTP host name does not resolve
scenario-proxy-auth-required = the HTTPS proxy answers 407 Proxy Authentication Required
scenario-proxy-unreachable = the HTTPS proxy cannot be reached
scenario-invalid-tenant = the tenant id is not a tenant (AADSTS90002)
scenario-app-not-found = the client id is not an app of the tenant (AADSTS700016)
scenario-invalid-client-secret = the client secret is wrong (AADSTS7000215)
scenario-secret-id-not-value = the secret's ID was pasted instead of its value
scenario-secret-expired = the client secret has expired (AADSTS7000222)
scenario-secret-expiring = the client secret expires in 20 days
scenario-secret-rotated-not-updated = a newer client secret was added in Entra; this client still uses the old one, which expires in 45 days
scenario-single-credential-left = the one valid client secret expires in 25 days; the app's other secret expired and is still listed
scenario-federated-credential = a CI job signs in without a stored secret: a GitHub Actions OIDC token the app's federated credential trusts
scenario-federated-credential-mismatch = the CI's OIDC token names another subject (an environment) than the app's federated credential (AADSTS700213)
scenario-invalid-scope = a permission name is requested as the scope (AADSTS1002012)
scenario-exchange-resource-missing = the tenant has no Exchange Online service principal (AADSTS500011)
scenario-app-disabled = the application is disabled (AADSTS7000112)
scenario-conditional-access-blocked = a Conditional Access policy blocks the app (AADSTS53003)
scenario-invalid-client-assertion = the client certificate is not registered on the app (AADSTS700027)
scenario-clock-skew = the local clock is 10 minutes off the server's
scenario-token-service-error = the token endpoint answers 503 to every request
scenario-wrong-audience = the token is requested for Microsoft Graph instead of Exchange
scenario-permission-not-granted = SMTP.SendAsApp is not granted (no admin consent)
scenario-auth-rejected = Exchange answers 535 5.7.3 and there is no admin access to tell why
scenario-service-principal-missing = New-ServicePrincipal was never run
scenario-service-principal-wrong-object-id = the service principal was registered with the App-registration object id
scenario-mailbox-permission-missing = the service principal has no FullAccess on the mailbox
scenario-mailbox-not-found = the configured mailbox does not exist
scenario-smtp-auth-disabled = SMTP AUTH is off for the organisation and the mailbox inherits it
scenario-security-defaults = security defaults are on
scenario-propagation-pending = everything was set up seconds ago and has not propagated yet
scenario-send-as-denied = the message is sent from another address without SendAs
scenario-starttls-stripped = a firewall's ESMTP inspection replaces STARTTLS with XXXXXXXA
scenario-starttls-unavailable = the server offers no STARTTLS (wrong host or port)
scenario-xoauth2-unavailable = after STARTTLS the server offers no XOAUTH2
scenario-tls-version-rejected = the server refuses the TLS version (421 4.7.66)
scenario-untrusted-certificate = the SMTP chain ends in a root the client does not trust
scenario-tls-intercepted = a TLS inspection proxy re-signs the SMTP chain with a corporate CA
scenario-hostname-mismatch = the SMTP certificate names another host
scenario-certificate-expired = the SMTP certificate has expired
scenario-tls-handshake-failed = the server answers the TLS handshake with garbage
scenario-token-request-refused = the token endpoint answers an AADSTS code with no class of its own (AADSTS50194)
scenario-smtp-transient = Exchange answers AUTH with 451 4.7.0 Temporary server error (PRX4)
scenario-smtp-rejected = Exchange refuses the message with a 5xx no class names (550 5.1.8 bad outbound sender)
scenario-smtp-throttled = Exchange throttles the sender (432 4.3.2 sender thread limit exceeded)
scenario-mailbox-logon-failed = AUTH works but Exchange cannot open the mailbox to submit (430 4.2.0 STOREDRV)
scenario-message-too-large = Exchange refuses the message as too large (552 5.3.4)
scenario-send-quota-exceeded = Exchange refuses the message: the submission quota is used up (554 5.2.0 …QuotaExceeded)
scenario-no-full-access-secret-expiring = no FullAccess on the mailbox, and the secret expires in 20 days: the 535 is the FullAccess
scenario-mailbox-address-not-upn = healthy; the mailbox's SMTP address is not its UPN (common for service mailboxes)
scenario-shared-mailbox = healthy; the mailbox is shared: sign-in blocked, no licence (Microsoft's no-reply setup)
scenario-rbac-for-applications = healthy; SMTP scoped with RBAC for Applications (no API permission, no roles in the token, no FullAccess)
scenario-mailbox-outside-rbac-scope = RBAC for Applications, but the mailbox is not in the role assignment's scope
scenario-rbac-mixed-permissions = a role assignment and the SMTP.SendAsApp API permission: Exchange demands FullAccess again, which is missing
scenario-enterprise-app-missing = the app registration has no Enterprise application in the tenant (AADSTS7000229)
scenario-other-cloud-tenant = the tenant is in GCC High, asked on the global login host (AADSTS900382)
scenario-protocol-error = something that is not SMTP answers on the port
