//! The catalog data: every failure class of SPEC.md. Wire texts and codes follow
//! `shared/reference/microsoft-wire-facts.md`; where that file marks a fact UNCONFIRMED, the
//! entry says so in a comment.

use super::{Area, ClassId, FailureClass, Key, Severity, Suspect};

const SMTP_OAUTH_DOC: &str = "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth";
const AADSTS_DOC: &str =
    "https://learn.microsoft.com/entra/identity-platform/reference-error-codes";
const SMTP_AUTH_DOC: &str = "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";
const CLIENT_CREDS_DOC: &str =
    "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow";

const fn fail(id: ClassId, title: &'static str, area: Area) -> FailureClass {
    FailureClass {
        id,
        title,
        area,
        severity: Severity::Fail,
        when: "",
        keys: &[],
        causes: &[],
        fix: &[],
        docs: &[],
        suspect: None,
    }
}

const fn warn(id: ClassId, title: &'static str, area: Area) -> FailureClass {
    FailureClass {
        severity: Severity::Warn,
        ..fail(id, title, area)
    }
}

pub static CATALOG: &[FailureClass] = &[
    // ── Network and proxy ──────────────────────────────────────────────────────────────────
    FailureClass {
        when: "The TCP connection to {smtp_host}:{smtp_port} or the server's greeting did not arrive within the timeout ({timeout} s). Cisco's guide to SMTP OAuth for ISE calls this \"connect timed out\".",
        keys: &[
            Key::Observed("TCP connect timed out"),
            Key::Observed("connected, but no 220 greeting within the timeout"),
            Key::LogText("sockettimeoutexception: connect timed out"),
            Key::LogText("java.net.connectexception: connection timed out"),
            Key::LogText("couldn't connect to host, port"),
            Key::LogText("the read operation timed out"),
            Key::LogText("greeting never received"),
            Key::LogText("etimedout"),
        ],
        causes: &[
            "An egress firewall drops outbound TCP {smtp_port} (many networks only allow 80/443 out).",
            "The network only reaches the internet through an HTTP proxy, and SMTP cannot use it (an HTTP proxy carries HTTPS, not SMTP).",
            "A middlebox accepts the connection but never forwards it (the greeting never comes).",
            "The host or port is wrong and points at a machine that silently drops packets.",
        ],
        fix: &[
            "Ask the network team for an egress rule: TCP {smtp_port} to {smtp_host} (Microsoft publishes the Exchange Online address ranges: https://aka.ms/o365endpoints).",
            "Check from the same machine: `smtp-oauth test-connection --timeout 60`, or `nc -vz {smtp_host} {smtp_port}`.",
            "On a proxy-only network, run the sender where direct egress is allowed, or relay through a host that has it.",
        ],
        docs: &["https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges"],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::NETWORK_TIMEOUT,
            "Connection timed out",
            Area::Network,
        )
    },
    FailureClass {
        when: "The connection to {smtp_host}:{smtp_port} was actively refused (TCP RST).",
        keys: &[
            Key::Observed("TCP connect answered with RST (connection refused)"),
            Key::LogText("java.net.connectexception: connection refused"),
            Key::LogText("connectionrefusederror"),
            Key::LogText("econnrefused"),
        ],
        causes: &[
            "The port is wrong: Exchange Online submission listens on 587 (STARTTLS).",
            "A local firewall or security agent rejects the connection.",
            "The host is wrong and nothing listens on that port there.",
        ],
        fix: &[
            "Exchange Online submission listens on port 587 of {default_smtp_host}: `--smtp-host {default_smtp_host} --smtp-port 587`.",
            "Check that no local firewall or security agent rejects outbound TCP 587 (the port Exchange Online submission uses).",
        ],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::CONNECTION_REFUSED,
            "Connection refused",
            Area::Network,
        )
    },
    FailureClass {
        when: "A host name did not resolve to an address.",
        keys: &[
            Key::Observed("DNS lookup returned no address (NXDOMAIN, SERVFAIL or timeout)"),
            Key::LogText("java.net.unknownhostexception"),
            Key::LogText("socket.gaierror"),
            Key::LogText("enotfound"),
        ],
        causes: &[
            "A typo in the host name (the default SMTP host is smtp.office365.com).",
            "The machine has no working DNS resolver, or only an internal one that does not resolve public names.",
            "Split-horizon DNS hides the name on this network.",
        ],
        fix: &[
            "Check the name: `smtp-oauth config show` shows the host and where it came from.",
            "Test the resolver: `getent hosts {smtp_host}` or `nslookup {smtp_host}`.",
            "Ask for public DNS resolution of {smtp_host} and {login_host}, or set an IP literal with --smtp-host for a test.",
        ],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::DNS_FAILURE,
            "Host name does not resolve",
            Area::Network,
        )
    },
    FailureClass {
        when: "The HTTP proxy answered 407 Proxy Authentication Required to the CONNECT request.",
        keys: &[Key::Http {
            status: 407,
            from: "proxy",
        }],
        causes: &[
            "The proxy needs credentials and none were given.",
            "The credentials in the proxy URL are wrong or expired.",
            "The proxy only accepts Kerberos/NTLM, which this tool does not speak.",
        ],
        fix: &[
            "Put the credentials in the proxy URL: HTTPS_PROXY=http://user:password@{proxy_host} (they are never printed).",
            "Ask for an exception for {login_host} on the proxy, or add it to NO_PROXY if direct egress is allowed.",
        ],
        ..fail(
            ClassId::PROXY_AUTH_REQUIRED,
            "Proxy wants authentication",
            Area::Network,
        )
    },
    FailureClass {
        when: "The HTTP proxy ({proxy}) could not be reached, or it refused the CONNECT.",
        keys: &[
            Key::Observed("TCP connect to the proxy failed or timed out"),
            Key::Http {
                status: 502,
                from: "proxy",
            },
            Key::Http {
                status: 403,
                from: "proxy",
            },
        ],
        causes: &[
            "The proxy URL (HTTPS_PROXY, ALL_PROXY or --proxy) is wrong or stale.",
            "The proxy is down, or only reachable from another network.",
            "The proxy's policy blocks {login_host}.",
        ],
        fix: &[
            "Check the proxy setting and its source: `smtp-oauth config show` (its password is never shown).",
            "If direct egress is allowed, bypass the proxy for Microsoft's login host: NO_PROXY={login_host}.",
        ],
        ..fail(
            ClassId::PROXY_UNREACHABLE,
            "Proxy unreachable",
            Area::Network,
        )
    },
    // ── Token endpoint ──────────────────────────────────────────────────────────────────────
    FailureClass {
        when: "Entra ID does not know the tenant: AADSTS90002 (tenant not found) or AADSTS900023 (not a valid tenant identifier), OpenID discovery answered `invalid_tenant`, or the tenant is in another cloud than the login host (AADSTS900382, \"Confidential Client is not supported in Cross Cloud request\"). Cisco's guide to SMTP OAuth for ISE calls this \"invalid OAuth endpoint or tenant identifier\".",
        keys: &[
            Key::Aadsts {
                code: 90002,
                error: None,
            },
            Key::Aadsts {
                code: 900_023,
                error: None,
            },
            // Captured (real-microsoft-shapes.md T12b): `invalid_request`, a GCC High tenant asked
            // on login.microsoftonline.com.
            Key::Aadsts {
                code: 900_382,
                error: None,
            },
            Key::Observed("OpenID discovery answered `invalid_tenant`"),
            Key::LogText("invalid oauth endpoint or tenant identifier"),
        ],
        causes: &[
            "A typo in the tenant ID, or the ID of another tenant.",
            "The tenant is in another cloud (GCC High, DoD, 21Vianet) than the login host used ({login_host}): AADSTS900382 says exactly this.",
            "Junk in the tenant slot: a pasted URL or path (`…/oauth2/authorize`) instead of the GUID or domain.",
        ],
        fix: &[
            "Copy the Directory (tenant) ID from Entra admin center › Overview › Tenant ID and set it: `smtp-oauth config set tenant <guid>`.",
            "For a national cloud set --cloud (usgov, usgov-dod, china).",
            "The token endpoint must be https://{login_host}/<tenant-id>/oauth2/v2.0/token.",
        ],
        docs: &[AADSTS_DOC],
        suspect: Some(Suspect::Tenant),
        ..fail(ClassId::INVALID_TENANT, "Unknown tenant", Area::Token)
    },
    FailureClass {
        when: "AADSTS700016: no application with client id {client_id} exists in tenant {tenant}; or AADSTS7000229: the app registration exists but has no Enterprise application (service principal) in the tenant.",
        keys: &[
            Key::Aadsts {
                code: 700_016,
                error: None,
            },
            // Captured (real-microsoft-shapes.md T12a): 401 `invalid_client`, "The client
            // application <appId> is missing service principal in the tenant <tid>".
            Key::Aadsts {
                code: 7_000_229,
                error: None,
            },
            Key::OAuthError {
                error: "unauthorized_client",
                phrase: None,
            },
        ],
        causes: &[
            "The client id is wrong: an Object ID, a secret ID or an e-mail address was used instead of the Application (client) ID.",
            "The app is registered in another tenant than {tenant}.",
            "The app registration was deleted.",
            "AADSTS7000229: the app was created through Graph, Terraform or a script without its Enterprise application, or the Enterprise application was deleted. The secret is fine.",
        ],
        fix: &[
            "Copy the Application (client) ID from Entra admin center › App registrations › your app › Overview.",
            "Check that the Directory (tenant) ID on the same page equals {tenant}.",
            "For AADSTS7000229, create the Enterprise application: `New-MgServicePrincipal -AppId {client_id}` (Microsoft Graph PowerShell) or `az ad sp create --id {client_id}`; then grant SMTP.SendAsApp with admin consent.",
        ],
        docs: &[AADSTS_DOC],
        suspect: Some(Suspect::ClientId),
        ..fail(
            ClassId::APP_NOT_FOUND,
            "Application not found in the tenant",
            Area::Token,
        )
    },
    FailureClass {
        when: "AADSTS7000215 (`invalid_client`, HTTP 401): Entra rejected the client secret. Cisco's guide to SMTP OAuth for ISE calls this \"Invalid client secret\".",
        keys: &[
            Key::Aadsts {
                code: 7_000_215,
                error: None,
            },
            Key::OAuthError {
                error: "invalid_client",
                phrase: None,
            },
            Key::LogText("invalid client secret"),
        ],
        causes: &[
            "The secret's ID was used instead of its Value (the portal shows both; the Value only once, right after creation).",
            "The value was truncated or mangled when copied (secrets contain ~ . _ -).",
            "The secret belongs to another app registration.",
        ],
        fix: &[
            "Entra admin center › App registrations › your app ({client_id}) › Certificates & secrets › New client secret; copy the Value column at once.",
            "Store it: `smtp-oauth config set-secret` (prompts without echo), then note the expiry: `smtp-oauth config set secret-expires YYYY-MM-DD`.",
        ],
        docs: &[AADSTS_DOC, CLIENT_CREDS_DOC],
        suspect: Some(Suspect::Credential),
        ..fail(
            ClassId::INVALID_CLIENT_SECRET,
            "Client secret rejected",
            Area::Token,
        )
    },
    FailureClass {
        when: "Entra found no federated credential of the app that matches the federated token sent as the assertion: AADSTS700211 (issuer), AADSTS700212 (audience), AADSTS700213 (subject), AADSTS7002138 (the subject differs only in case: matching is case-sensitive), or AADSTS70021.",
        keys: &[
            Key::Aadsts {
                code: 700_211,
                error: None,
            },
            Key::Aadsts {
                code: 700_212,
                error: None,
            },
            Key::Aadsts {
                code: 700_213,
                error: None,
            },
            Key::Aadsts {
                code: 7_002_138,
                error: None,
            },
            Key::Aadsts {
                code: 70021,
                error: None,
            },
        ],
        causes: &[
            "The subject differs: GitHub Actions names `repo:OWNER/REPO:environment:NAME` for a job with an environment, `repo:OWNER/REPO:ref:refs/heads/BRANCH` for a branch, `repo:OWNER/REPO:pull_request` for a pull request; owner and repository are compared case-sensitively.",
            "The audience differs: Entra expects `api://AzureADTokenExchange` unless the credential says otherwise.",
            "The issuer differs: GitHub's is `https://token.actions.githubusercontent.com` (no trailing slash); a Kubernetes cluster's is its OIDC issuer URL.",
        ],
        fix: &[
            "Compare Microsoft's text above (it quotes what the token presented) with Entra admin center › App registrations › {client_id} › Certificates & secrets › Federated credentials, and add a credential for exactly that issuer, subject and audience.",
            "For GitHub Actions: the workflow needs `permissions: id-token: write`; the subject follows the job's `environment:` (if any) and the branch.",
        ],
        docs: &[
            "https://learn.microsoft.com/entra/workload-id/workload-identity-federation",
            AADSTS_DOC,
        ],
        suspect: Some(Suspect::Credential),
        ..fail(
            ClassId::FEDERATED_CREDENTIAL_MISMATCH,
            "Federated credential does not match the token",
            Area::Token,
        )
    },
    FailureClass {
        when: "The configured client secret has the shape of a secret ID (a GUID), not of a secret value. Found before anything is sent; Entra would answer AADSTS7000215.",
        keys: &[
            Key::Observed("the secret parses as a GUID"),
            Key::Aadsts {
                code: 7_000_215,
                error: None,
            },
        ],
        causes: &[
            "The Secret ID column was copied instead of the Value column in Certificates & secrets.",
        ],
        fix: &[
            "The Value is shown only once: create a new secret (App registrations › {client_id} › Certificates & secrets › New client secret) and copy its Value.",
            "Store it with `smtp-oauth config set-secret`.",
        ],
        docs: &[CLIENT_CREDS_DOC],
        suspect: Some(Suspect::Credential),
        ..fail(
            ClassId::SECRET_ID_NOT_VALUE,
            "Secret ID used instead of the secret value",
            Area::Token,
        )
    },
    FailureClass {
        when: "AADSTS7000222: the client secret has expired, or the configured expiry date ({secret_expires}) has passed.",
        keys: &[
            Key::Aadsts {
                code: 7_000_222,
                error: None,
            },
            Key::Observed("the known expiry date is in the past"),
        ],
        causes: &["Client secrets live at most 24 months; nobody rotated this one in time."],
        fix: &[
            "With admin access, `smtp-oauth secret rotate --admin device-code` adds a new secret, tests it, stores it and removes the old one once you confirm.",
            "Or by hand: App registrations › {client_id} › Certificates & secrets › New client secret, copy its Value, store it (`smtp-oauth config set-secret`) and the new expiry (`smtp-oauth config set secret-expires YYYY-MM-DD`), and update every client that uses it.",
            "Consider a certificate credential (--client-cert), or put `smtp-oauth diagnose` in a scheduled job: it warns 60 days ahead.",
        ],
        docs: &["https://aka.ms/NewClientSecret", AADSTS_DOC],
        suspect: Some(Suspect::Credential),
        ..fail(
            ClassId::SECRET_EXPIRED,
            "Client secret expired",
            Area::Token,
        )
    },
    FailureClass {
        severity: Severity::Warn,
        when: "The client secret expires on {secret_expires}, within 60 days (within 30 days this is said louder). Mail stops on that day.",
        keys: &[Key::Observed(
            "the known expiry date is less than 60 days away",
        )],
        causes: &["Secrets are created with a fixed lifetime and nobody is reminded."],
        fix: &[
            "Create the next secret now: `smtp-oauth secret rotate --admin device-code` adds it, tests it end to end, shows it once for the appliance, and removes the old one when you confirm (or by hand: App registrations › {client_id} › Certificates & secrets).",
            "Record the new date: `smtp-oauth config set secret-expires YYYY-MM-DD`.",
        ],
        ..fail(
            ClassId::SECRET_EXPIRING,
            "Client secret expires soon",
            Area::Token,
        )
    },
    FailureClass {
        severity: Severity::Warn,
        when: "The app registration has a newer client secret than the one this client uses: someone rotated it in Entra and did not update this client (or not yet).",
        keys: &[Key::Observed(
            "Graph lists a secret created after the one in use (matched by its hint) that ends later",
        )],
        causes: &[
            "The secret was rotated for another client of the same app, or the roll-out stopped before this one.",
            "The old secret is kept for this client on purpose until a maintenance window.",
        ],
        fix: &[
            "Put the newer secret's value on this client (for Cisco ISE: Administration › System › Settings › SMTP Server, fields Client Secret and Expiry Date), then `smtp-oauth config set-secret` and `smtp-oauth config set secret-expires YYYY-MM-DD`, and run `smtp-oauth diagnose` again.",
            "Once every client uses the newer one, delete the old secret: App registrations › {client_id} › Certificates & secrets.",
        ],
        ..fail(
            ClassId::SECRET_ROTATED,
            "Client secret rotated in Entra, not on this client",
            Area::Token,
        )
    },
    FailureClass {
        when: "AADSTS70011 or AADSTS1002012: the scope is not valid for client credentials.",
        keys: &[
            Key::Aadsts {
                code: 70011,
                error: None,
            },
            Key::Aadsts {
                code: 1_002_012,
                error: None,
            },
            Key::OAuthError {
                error: "invalid_scope",
                phrase: None,
            },
        ],
        causes: &[
            "A permission name (SMTP.SendAsApp, SMTP.Send, Mail.Send) was sent as the scope.",
            "The scope lacks the /.default suffix that client credentials require.",
            "Scopes of several resources were combined.",
        ],
        fix: &[
            "Use the Exchange resource's .default scope: `--scope {default_scope}` (or unset the scope to get the cloud's default).",
        ],
        docs: &[CLIENT_CREDS_DOC],
        ..fail(ClassId::INVALID_SCOPE, "Invalid scope", Area::Token)
    },
    FailureClass {
        // The HTTP status of AADSTS500011 is UNCONFIRMED (400 assumed); the text is confirmed.
        when: "AADSTS500011: the resource of the scope ({scope}) has no service principal in the tenant.",
        keys: &[Key::Aadsts {
            code: 500_011,
            error: None,
        }],
        causes: &[
            "A typo in the scope's resource URI.",
            "The tenant has no Exchange Online (no licence ever assigned), so Office 365 Exchange Online is not provisioned.",
            "The scope belongs to another cloud.",
        ],
        fix: &[
            "Use the cloud's Exchange scope: `--scope {default_scope}`.",
            "Check that the tenant has Exchange Online licences (Microsoft 365 admin center › Billing › Licenses).",
        ],
        docs: &[AADSTS_DOC],
        suspect: Some(Suspect::Tenant),
        ..fail(
            ClassId::EXCHANGE_RESOURCE_MISSING,
            "Exchange Online resource not in the tenant",
            Area::Token,
        )
    },
    FailureClass {
        // `error` value and HTTP status of AADSTS7000112 are UNCONFIRMED; the code is OBSERVED.
        when: "AADSTS7000112: the application is disabled.",
        keys: &[Key::Aadsts {
            code: 7_000_112,
            error: None,
        }],
        causes: &[
            "Someone disabled the app's sign-in (Enterprise applications › the app › Properties › Enabled for users to sign-in? = No), or Microsoft disabled it.",
        ],
        fix: &[
            "Entra admin center › Enterprise applications › the app ({client_id}) › Properties: set \"Enabled for users to sign-in?\" to Yes.",
        ],
        docs: &[AADSTS_DOC],
        suspect: Some(Suspect::ClientId),
        ..fail(ClassId::APP_DISABLED, "Application disabled", Area::Token)
    },
    FailureClass {
        // `error` value and HTTP status of AADSTS53003 are UNCONFIRMED; the meaning is documented.
        when: "AADSTS53003: a Conditional Access policy blocked token issuance for the app.",
        keys: &[
            Key::Aadsts {
                code: 53003,
                error: None,
            },
            Key::OAuthError {
                error: "access_denied",
                phrase: None,
            },
        ],
        causes: &[
            "A Conditional Access policy for workload identities covers this service principal (e.g. by location) and this machine's egress IP is not allowed.",
        ],
        fix: &[
            "Entra admin center › Protection › Conditional Access › sign-in logs for service principals: find the policy that blocked {client_id}.",
            "Allow this machine's egress IP in the policy's named location, or exclude the service principal.",
        ],
        docs: &["https://learn.microsoft.com/entra/identity/conditional-access/workload-identity"],
        ..fail(
            ClassId::CONDITIONAL_ACCESS_BLOCKED,
            "Blocked by Conditional Access",
            Area::Token,
        )
    },
    FailureClass {
        when: "AADSTS700027 (signature not valid), AADSTS700024 (outside its time window), AADSTS700021 (issuer is not the client id) or AADSTS700023 (wrong audience): the certificate credential (client assertion) was not accepted.",
        keys: &[
            Key::Aadsts {
                code: 700_027,
                error: None,
            },
            Key::Aadsts {
                code: 700_024,
                error: None,
            },
            Key::Aadsts {
                code: 700_021,
                error: None,
            },
            Key::Aadsts {
                code: 700_023,
                error: None,
            },
            Key::OAuthError {
                error: "invalid_client",
                phrase: Some("assertion"),
            },
        ],
        causes: &[
            "The certificate is not uploaded to the app registration (Certificates & secrets › Certificates), or another one is.",
            "The key does not belong to the certificate.",
            "The assertion's time window is off because the local clock is wrong.",
            "The certificate in the app registration has expired.",
        ],
        fix: &[
            "Upload the public certificate (.cer/.pem, no key) to App registrations › {client_id} › Certificates & secrets › Certificates, and compare the thumbprint.",
            "Check the clock: `date -u` should match real UTC within a minute.",
        ],
        docs: &["https://learn.microsoft.com/entra/identity-platform/certificate-credentials"],
        suspect: Some(Suspect::Credential),
        ..fail(
            ClassId::INVALID_CLIENT_ASSERTION,
            "Certificate credential not accepted",
            Area::Token,
        )
    },
    FailureClass {
        when: "The local clock differs from the server's Date header by more than 5 minutes.",
        keys: &[Key::Observed(
            "|local time − server Date header| > 5 minutes",
        )],
        causes: &["NTP is not running or cannot reach a time source on this machine or appliance."],
        fix: &[
            "Turn on time synchronisation (timedatectl set-ntp true; on Cisco ISE: `ntp server` in the CLI) and check `date -u`.",
        ],
        ..fail(ClassId::CLOCK_SKEW, "Clock skew", Area::Token)
    },
    FailureClass {
        when: "The token endpoint kept answering HTTP 429 or 5xx after bounded retries.",
        keys: &[
            Key::Http {
                status: 429,
                from: "token endpoint",
            },
            Key::Http {
                status: 503,
                from: "token endpoint",
            },
            Key::Http {
                status: 500,
                from: "token endpoint",
            },
            Key::OAuthError {
                error: "temporarily_unavailable",
                phrase: None,
            },
            Key::OAuthError {
                error: "server_error",
                phrase: None,
            },
        ],
        causes: &[
            "Throttling after many token requests in a short time (a client that does not cache tokens).",
            "An outage of Entra ID in the region (check https://status.cloud.microsoft).",
            "A proxy or TLS middlebox answering in Microsoft's place.",
        ],
        fix: &[
            "Wait and retry; tokens are valid for about an hour, so a client should request one per hour, not per message.",
            "Check the Microsoft 365 service health page.",
        ],
        ..fail(
            ClassId::TOKEN_SERVICE_ERROR,
            "Token service unavailable",
            Area::Token,
        )
    },
    // ── Token contents ──────────────────────────────────────────────────────────────────────
    FailureClass {
        when: "The token's audience (`aud`) is not Exchange Online, so Exchange rejects it with 535 5.7.3.",
        keys: &[Key::Observed(
            "token `aud` is not an Exchange Online audience",
        )],
        causes: &[
            "The scope names another resource, usually Microsoft Graph (https://graph.microsoft.com/.default).",
            "The client was set up for Graph's Mail.Send instead of SMTP AUTH.",
        ],
        fix: &["Request the Exchange scope: `--scope {default_scope}`."],
        docs: &[SMTP_OAUTH_DOC],
        ..fail(
            ClassId::WRONG_AUDIENCE,
            "Token is for the wrong audience",
            Area::Claims,
        )
    },
    FailureClass {
        when: "The token has no `SMTP.SendAsApp` role and the app is not set up for Exchange RBAC for Applications.",
        keys: &[Key::Observed("token `roles` lacks SMTP.SendAsApp")],
        causes: &[
            "The API permission is missing: App registrations › {client_id} › API permissions has no Office 365 Exchange Online › Application permissions › SMTP.SendAsApp.",
            "The permission was added but admin consent was not granted.",
            "A delegated permission (SMTP.Send) was added instead of the application permission.",
            "Consent was granted minutes ago and the token was cached from before.",
        ],
        fix: &[
            "App registrations › {client_id} › API permissions › Add a permission › APIs my organization uses › Office 365 Exchange Online › Application permissions › SMTP.SendAsApp › Add.",
            "Then \"Grant admin consent for <tenant>\" on the same page.",
            "Or, if the app uses Exchange RBAC for Applications (no API permission on purpose), say so: `smtp-oauth config set rbac-for-apps true`.",
        ],
        docs: &[SMTP_OAUTH_DOC],
        ..fail(
            ClassId::PERMISSION_NOT_GRANTED,
            "SMTP.SendAsApp not granted",
            Area::Claims,
        )
    },
    // ── SMTP session ────────────────────────────────────────────────────────────────────────
    FailureClass {
        when: "Exchange answered `535 5.7.3 Authentication unsuccessful` to AUTH XOAUTH2. Exchange gives this same reply for a bad token, a missing role, a missing or wrongly registered service principal, a missing mailbox permission and a change that has not propagated yet. Cisco's guide to SMTP OAuth for ISE calls this \"Invalid email address\".",
        keys: &[
            Key::Smtp {
                code: 535,
                enhanced: Some("5.7.3"),
                phrase: None,
            },
            Key::LogText("invalid email address"),
            Key::LogText("authenticationfailedexception: failed to connect"),
        ],
        causes: &[
            "No Exchange service principal for the app (New-ServicePrincipal was never run).",
            "The service principal was registered with the App-registration Object ID instead of the Enterprise-application Object ID.",
            "No FullAccess for the service principal on {mailbox}.",
            "The token lacks SMTP.SendAsApp or is for the wrong audience.",
            "The changes were made less than an hour ago and have not propagated.",
            "The `user=` in the XOAUTH2 string is not the mailbox the permission was granted on.",
        ],
        fix: &[
            "Connect-ExchangeOnline, then: Get-ServicePrincipal -Identity {object_id}   (no result → New-ServicePrincipal -AppId {client_id} -ObjectId {object_id})",
            "Get-MailboxPermission -Identity {mailbox} | where User -like '*{object_id}*'   (none → Add-MailboxPermission -Identity {mailbox} -User {object_id} -AccessRights FullAccess)",
            "The ObjectId must be the Enterprise application's Object ID ({object_id}, the `oid` of the app's own token), not the one on the App registration page.",
            "`smtp-oauth prereqs` checks all of this through the admin API; `smtp-oauth diagnose --wait 30m` retries while changes propagate.",
        ],
        docs: &[SMTP_OAUTH_DOC],
        suspect: Some(Suspect::Mailbox),
        ..fail(
            ClassId::AUTH_REJECTED,
            "Authentication rejected (535 5.7.3)",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "Exchange answered `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox`, or the admin API shows SMTP AUTH disabled for {mailbox}.",
        // The "…for the Mailbox" wording is UNCONFIRMED (by analogy with the Tenant text).
        keys: &[
            Key::Smtp {
                code: 535,
                enhanced: Some("5.7.139"),
                phrase: Some("SmtpClientAuthentication is disabled"),
            },
            Key::Observed(
                "Get-CASMailbox / Get-TransportConfig: SmtpClientAuthenticationDisabled is effectively True",
            ),
            Key::LogText("smtpclientauthentication is disabled"),
        ],
        causes: &[
            "SMTP AUTH is off for the organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled $true, the default for tenants created after January 2020) and the mailbox does not override it.",
            "SMTP AUTH is off for this mailbox (Set-CASMailbox … -SmtpClientAuthenticationDisabled $true).",
        ],
        fix: &[
            "Enable it for this mailbox only (the mailbox value overrides the organisation's): Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false",
            "Or in the Microsoft 365 admin center › Users › {mailbox} › Mail › Manage email apps › tick Authenticated SMTP.",
            "Check the effective value: Get-CASMailbox -Identity {mailbox} | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled",
        ],
        docs: &[SMTP_AUTH_DOC],
        suspect: Some(Suspect::Mailbox),
        ..fail(
            ClassId::SMTP_AUTH_DISABLED,
            "SMTP AUTH disabled",
            Area::Smtp,
        )
    },
    FailureClass {
        // The text up to "policy." is OBSERVED; the suffix and whether it affects app-only XOAUTH2 are UNCONFIRMED.
        when: "Exchange answered `535 5.7.139` with a security-defaults or policy text: the tenant's security defaults or an authentication policy blocks SMTP AUTH.",
        keys: &[
            Key::Smtp {
                code: 535,
                enhanced: Some("5.7.139"),
                phrase: Some("security defaults"),
            },
            Key::Smtp {
                code: 535,
                enhanced: Some("5.7.139"),
                phrase: Some("did not meet the criteria"),
            },
            Key::LogText("security defaults policy"),
        ],
        causes: &[
            "Security defaults are on: they turn SMTP AUTH off regardless of the mailbox setting.",
            "An authentication policy or Conditional Access policy blocks the request.",
        ],
        fix: &[
            "Entra admin center › Overview › Properties › Manage security defaults: if on, SMTP AUTH is disabled; switching them off needs Conditional Access to replace them.",
            "Check authentication policies: Get-AuthenticationPolicy; and the sign-in logs for {client_id}.",
        ],
        docs: &[SMTP_AUTH_DOC],
        ..fail(
            ClassId::SECURITY_DEFAULTS,
            "Blocked by security defaults or policy",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "After a successful AUTH, the server refused to send as the From address: `554 5.2.252 SendAsDenied` or `550 5.7.60`.",
        keys: &[
            Key::Smtp {
                code: 554,
                enhanced: Some("5.2.252"),
                phrase: None,
            },
            Key::Smtp {
                code: 550,
                enhanced: Some("5.7.60"),
                phrase: None,
            },
            Key::Smtp {
                code: 554,
                enhanced: Some("5.2.0"),
                phrase: Some("SendAsDenied"),
            },
            Key::LogText("sendasdenied"),
        ],
        causes: &[
            "The From address ({from}) differs from the authenticated mailbox ({mailbox}) and the service principal has no SendAs right on it.",
            "An alias of the mailbox is used as From and SendFromAliasEnabled is off.",
        ],
        fix: &[
            "Send as the mailbox itself, or grant SendAs: Add-RecipientPermission -Identity {from} -Trustee {object_id} -AccessRights SendAs",
            "For aliases: Set-OrganizationConfig -SendFromAliasEnabled $true",
        ],
        docs: &[SMTP_OAUTH_DOC],
        ..fail(ClassId::SEND_AS_DENIED, "Send-as denied", Area::Smtp)
    },
    FailureClass {
        when: "The EHLO reply has no STARTTLS but shows a masked capability such as `250-XXXXXXXA`: a firewall's ESMTP inspection removed STARTTLS.",
        keys: &[Key::Observed(
            "EHLO lists XXXXXXXA (or another all-X word) and no STARTTLS",
        )],
        causes: &[
            "A firewall with SMTP/ESMTP inspection (e.g. Cisco ASA `inspect esmtp`) rewrites the capability list, so no client can start TLS.",
        ],
        fix: &[
            "Turn off ESMTP inspection for traffic to {smtp_host}:{smtp_port} (Cisco ASA: `no inspect esmtp` in the policy map, or exempt this traffic).",
            "Then `smtp-oauth test-connection` must show 250-STARTTLS.",
        ],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::STARTTLS_STRIPPED,
            "STARTTLS removed by a middlebox",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "The server offers no STARTTLS at all, so no OAuth AUTH is possible.",
        keys: &[
            Key::Observed("EHLO lists no STARTTLS and nothing masked"),
            Key::LogText("smtpnotsupportederror: starttls extension not supported"),
        ],
        causes: &[
            "The wrong host: an MX host (<domain>-com.mail.protection.outlook.com, port 25) accepts mail for delivery, not client submission.",
            "The wrong port: 465 is implicit TLS, 25 on a relay may not offer STARTTLS; Exchange Online submission is {default_smtp_host}:587.",
        ],
        fix: &["Use `--smtp-host smtp.office365.com --smtp-port 587` (or the cloud's host)."],
        docs: &[SMTP_AUTH_DOC],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::STARTTLS_UNAVAILABLE,
            "STARTTLS not offered",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "After STARTTLS the server does not offer `AUTH … XOAUTH2` (Exchange Online offers `AUTH LOGIN XOAUTH2`).",
        keys: &[
            Key::Observed("second EHLO lacks XOAUTH2 in AUTH"),
            Key::Smtp {
                code: 504,
                enhanced: Some("5.7.4"),
                phrase: None,
            },
        ],
        causes: &[
            "The host is not Exchange Online submission (an on-premises relay, a smart host, an MX).",
            "A TLS-terminating proxy answers in Exchange's place.",
        ],
        fix: &["Point the client at {default_smtp_host}:587 with STARTTLS."],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::XOAUTH2_UNAVAILABLE,
            "XOAUTH2 not offered",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "The server refused the TLS version: `421 4.7.66 TLS 1.0 and 1.1 are not supported`, or no common TLS version could be negotiated.",
        keys: &[
            Key::Smtp {
                code: 421,
                enhanced: Some("4.7.66"),
                phrase: None,
            },
            Key::Observed("TLS alert protocol_version"),
            Key::LogText(
                "no appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
            ),
            Key::LogText("tls 1.0 and 1.1 are not supported"),
        ],
        causes: &[
            "The client (an old appliance or Java runtime) only speaks TLS 1.0/1.1; Exchange Online requires TLS 1.2 or later.",
        ],
        fix: &[
            "Enable TLS 1.2 in the client (Java: -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3), or upgrade its platform.",
        ],
        docs: &["https://aka.ms/smtp_auth_tls"],
        ..fail(
            ClassId::TLS_VERSION_REJECTED,
            "TLS version rejected",
            Area::Tls,
        )
    },
    FailureClass {
        when: "The presented certificate chain does not verify against the trust roots in use. Cisco's guide to SMTP OAuth for ISE calls this \"unable to find valid certification path to requested target\".",
        keys: &[
            Key::Observed("certificate verification: unknown issuer"),
            Key::LogText("unable to find valid certification path"),
            Key::LogText("pkix path building failed"),
            Key::LogText("certificate verify failed: unable to get local issuer certificate"),
            Key::LogText("certificate verify failed: self-signed certificate"),
            Key::LogText("self signed certificate in certificate chain"),
            Key::LogText("unable to get local issuer certificate"),
            Key::LogText("unable_to_verify_leaf_signature"),
        ],
        causes: &[
            "The client's trust store lacks the root or intermediate that Microsoft's chain uses (DigiCert Global Root G2, Microsoft Azure RSA TLS Issuing CA …).",
            "A TLS inspection proxy replaced the chain with one from a private CA (see tls-intercepted).",
        ],
        fix: &[
            "Export the chain the server presents: `smtp-oauth certs {certs_target} --out ./chain` and import the root and intermediate into the client's trust store (Cisco ISE: Administration › System › Certificates › Trusted Certificates, tick \"Trust for authentication within ISE\" and \"Trust for client authentication and Syslog\").",
            "Or add them here with --ca-file to confirm the diagnosis.",
        ],
        ..fail(
            ClassId::UNTRUSTED_CERTIFICATE,
            "Certificate chain not trusted",
            Area::Tls,
        )
    },
    FailureClass {
        when: "The chain for a Microsoft host is issued by a CA that is not one of Microsoft's public issuers: a TLS inspection proxy is re-signing the traffic.",
        keys: &[Key::Observed(
            "chain for a Microsoft host does not end in a public root Microsoft uses",
        )],
        causes: &[
            "A corporate firewall or proxy performs TLS inspection (decrypt and re-sign) on traffic to {smtp_host} or {login_host}.",
        ],
        fix: &[
            "Ask for an inspection bypass for {smtp_host} and {login_host} (Microsoft recommends no inspection of Microsoft 365 traffic).",
            "Or, if policy requires inspection, import the inspection CA into the client's trust store (`smtp-oauth certs --out DIR` exports it).",
        ],
        docs: &[
            "https://learn.microsoft.com/microsoft-365/enterprise/microsoft-365-network-connectivity-principles",
        ],
        ..fail(
            ClassId::TLS_INTERCEPTED,
            "TLS interception detected",
            Area::Tls,
        )
    },
    FailureClass {
        when: "The certificate does not cover the host name that was connected to.",
        keys: &[
            Key::Observed("certificate verification: name not valid for the host"),
            Key::LogText("no subject alternative dns name matching"),
            Key::LogText("certificate verify failed: hostname mismatch"),
            Key::LogText("err_tls_cert_altname_invalid"),
        ],
        causes: &[
            "The host is an alias or IP address that the certificate does not name (use smtp.office365.com, not an address or a CNAME of your own).",
            "Something else answers on that address (a proxy, another server).",
        ],
        fix: &[
            "Connect by a name the certificate covers: `--smtp-host {cert_name}`; `smtp-oauth certs` lists the names (SANs).",
        ],
        suspect: Some(Suspect::Server),
        ..fail(
            ClassId::HOSTNAME_MISMATCH,
            "Certificate does not match the host",
            Area::Tls,
        )
    },
    FailureClass {
        when: "A certificate in the chain is outside its validity period.",
        keys: &[
            Key::Observed("certificate verification: expired or not yet valid"),
            Key::LogText("certificateexpiredexception"),
            Key::LogText("certificate verify failed: certificate has expired"),
            Key::LogText("cert_has_expired"),
        ],
        causes: &[
            "The local clock is wrong (a far-off date makes valid certificates look expired).",
            "A middlebox presents an old certificate.",
        ],
        fix: &["Check `date -u`; `smtp-oauth certs` shows which certificate and its dates."],
        ..fail(
            ClassId::CERTIFICATE_EXPIRED,
            "Certificate expired or not yet valid",
            Area::Tls,
        )
    },
    FailureClass {
        when: "The TLS handshake failed for another reason (an alert, a reset during the handshake, no common cipher).",
        keys: &[Key::Observed(
            "TLS handshake error other than certificate verification",
        )],
        causes: &[
            "A middlebox interferes with the handshake.",
            "The server is not speaking TLS on this port.",
        ],
        fix: &[
            "Run `smtp-oauth certs -v` for the handshake transcript and compare with another network.",
        ],
        ..fail(
            ClassId::TLS_HANDSHAKE_FAILED,
            "TLS handshake failed",
            Area::Tls,
        )
    },
    FailureClass {
        when: "A server broke the protocol: garbage, a line or reply over the size limits, an early close, or an unexpected reply.",
        keys: &[Key::Observed(
            "reply not of the form NNN[ -]text, oversized, or connection closed early",
        )],
        causes: &[
            "Something other than an SMTP server answers on that port (an HTTP server, a proxy, a honeypot).",
            "A middlebox cuts or rewrites the session.",
        ],
        fix: &[
            "Check host and port (`smtp-oauth config show`) and look at the raw exchange with `-v`.",
        ],
        ..fail(ClassId::PROTOCOL_ERROR, "Protocol error", Area::Smtp)
    },
    // ── Exchange prerequisites ──────────────────────────────────────────────────────────────
    FailureClass {
        when: "Exchange has no service principal for app {client_id} (Get-ServicePrincipal finds none).",
        keys: &[Key::Observed(
            "Get-ServicePrincipal returns no entry with AppId = the client id",
        )],
        causes: &[
            "New-ServicePrincipal was never run: Entra permissions alone are not enough for Exchange.",
        ],
        fix: &[
            "Connect-ExchangeOnline, then: New-ServicePrincipal -AppId {client_id} -ObjectId {object_id}",
            "The ObjectId is the Enterprise application's Object ID (Entra admin center › Enterprise applications › the app › Overview), here {object_id}.",
            "Or: `smtp-oauth prereqs --fix`.",
        ],
        docs: &[SMTP_OAUTH_DOC],
        ..fail(
            ClassId::SERVICE_PRINCIPAL_MISSING,
            "Exchange service principal missing",
            Area::Exchange,
        )
    },
    FailureClass {
        when: "The Exchange service principal for app {client_id} is registered with an ObjectId that is not the Enterprise application's ({object_id}), usually the App-registration Object ID.",
        keys: &[Key::Observed(
            "Get-ServicePrincipal ObjectId ≠ the Enterprise app (service principal) object id",
        )],
        causes: &[
            "The Object ID on the App registrations page was used; Exchange needs the one on the Enterprise applications page (the `oid` of the app's token).",
        ],
        fix: &[
            "Remove-ServicePrincipal -Identity <the wrong object id>",
            "New-ServicePrincipal -AppId {client_id} -ObjectId {object_id}",
            "Add-MailboxPermission -Identity {mailbox} -User {object_id} -AccessRights FullAccess   (permissions were granted to the old principal)",
            "Or: `smtp-oauth prereqs --fix`.",
        ],
        docs: &[SMTP_OAUTH_DOC],
        ..fail(
            ClassId::SERVICE_PRINCIPAL_WRONG_OBJECT_ID,
            "Service principal registered with the wrong object id",
            Area::Exchange,
        )
    },
    FailureClass {
        when: "The service principal has no FullAccess on {mailbox}.",
        keys: &[Key::Observed(
            "Get-MailboxPermission shows no FullAccess for the service principal",
        )],
        causes: &[
            "Add-MailboxPermission was not run, was run for another mailbox, or for a principal that was later re-created.",
        ],
        fix: &[
            "Add-MailboxPermission -Identity {mailbox} -User {object_id} -AccessRights FullAccess",
            "Or: `smtp-oauth prereqs --fix`.",
        ],
        docs: &[SMTP_OAUTH_DOC],
        suspect: Some(Suspect::Mailbox),
        ..fail(
            ClassId::MAILBOX_PERMISSION_MISSING,
            "No FullAccess on the mailbox",
            Area::Exchange,
        )
    },
    FailureClass {
        when: "The mailbox {mailbox} does not exist, is disabled, or has no Exchange Online licence.",
        keys: &[Key::Observed(
            "Graph users/<mailbox>: 404, accountEnabled false, or no licence",
        )],
        causes: &[
            "A typo in the mailbox address.",
            "The user exists but has no licence that includes Exchange Online, so there is no mailbox.",
            "The account is blocked from sign-in.",
        ],
        fix: &[
            "Check the address in the Microsoft 365 admin center › Users › Active users.",
            "Assign a licence with Exchange Online (or use a shared mailbox), and allow Authenticated SMTP among its email apps.",
        ],
        suspect: Some(Suspect::Mailbox),
        ..fail(
            ClassId::MAILBOX_NOT_FOUND,
            "Mailbox not found or not licensed",
            Area::Exchange,
        )
    },
    FailureClass {
        severity: Severity::Warn,
        when: "Every prerequisite is in place, but one of them changed within the last hour: Exchange may still answer 535 5.7.3 until the change propagates.",
        keys: &[Key::Observed(
            "all prerequisites pass, and one changed less than an hour ago",
        )],
        causes: &[
            "Exchange and Entra caches take minutes (sometimes up to an hour) to pick up new service principals, permissions and consents.",
        ],
        fix: &[
            "Wait, then retry: `smtp-oauth diagnose --wait 30m` retries AUTH with back-off and says when it started working.",
        ],
        ..fail(
            ClassId::PROPAGATION_PENDING,
            "Changes not yet propagated",
            Area::Exchange,
        )
    },
    // ── Client platform ─────────────────────────────────────────────────────────────────────
    FailureClass {
        when: "The target client's release is older than the first releases that support OAuth SMTP with Exchange Online (Cisco ISE 3.2 Patch 8, 3.3 Patch 8, 3.4 Patch 4, 3.5 Patch 1).",
        keys: &[Key::Observed(
            "the configured client release is below the supported ones",
        )],
        causes: &[
            "The appliance runs a release without the \"MS Exchange Online OAuth\" authentication option.",
        ],
        fix: &[
            "Upgrade Cisco ISE to 3.2 P8, 3.3 P8, 3.4 P4, 3.5 P1 or later, or relay through a host that supports OAuth.",
        ],
        ..fail(
            ClassId::CLIENT_PLATFORM_UNSUPPORTED,
            "Client release does not support OAuth SMTP",
            Area::Client,
        )
    },
    // ── Answers the catalog knows only by their kind ────────────────────────────────────────
    FailureClass {
        when: "Entra ID refused the token request with an AADSTS code this tool has no specific class for. Microsoft's own code, text, trace and correlation ids are in the evidence, unchanged: the cause is what they say, not a guess.",
        keys: &[Key::Observed(
            "a token error with an AADSTS code that no other class names",
        )],
        causes: &[
            "Whatever the AADSTS code in the evidence means: Microsoft's text next to it says it in its own words.",
        ],
        fix: &[
            "Look the code up on Microsoft's error page: https://login.microsoftonline.com/error?code=<number> (the evidence's `lookup` is that link for this code).",
            "Keep the trace and correlation ids from the evidence: Microsoft support asks for them.",
        ],
        docs: &[AADSTS_DOC],
        ..fail(
            ClassId::TOKEN_REQUEST_REFUSED,
            "Token request refused (see Microsoft's code)",
            Area::Token,
        )
    },
    FailureClass {
        when: "Exchange answered a well-formed 4xx reply that no other class names: a temporary condition, Exchange asks to retry later. The reply and its bracket are in the evidence.",
        keys: &[Key::Observed(
            "a 4xx SMTP reply that no other class names (e.g. `451 4.7.0 Temporary server error. Please try again later. PRX4`)",
        )],
        causes: &[
            "A transient condition in Exchange Online's front end or mailbox servers (PRX… and STOREDRV texts name the component).",
            "A change to the app or mailbox that is still propagating.",
        ],
        fix: &[
            "Retry in a few minutes: `smtp-oauth diagnose --wait 30m` retries with back-off.",
            "If it persists, give Microsoft support the reply and the bracket from the evidence.",
        ],
        docs: &[SMTP_AUTH_DOC],
        ..fail(
            ClassId::SMTP_TRANSIENT,
            "Exchange asked to retry later",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "Exchange rejected a command with a well-formed 5xx reply that no other class names. The reply and its bracket are in the evidence: its enhanced code and text say why.",
        keys: &[Key::Observed("a 5xx SMTP reply that no other class names")],
        causes: &[
            "Whatever the reply says: Exchange's enhanced status code (5.x.y) and text in the evidence name the reason.",
        ],
        fix: &[
            "Look the enhanced status code up in Microsoft's NDR reference: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
            "Give Microsoft support the reply and the bracket from the evidence.",
        ],
        ..fail(
            ClassId::SMTP_REJECTED,
            "Exchange rejected the command",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "Exchange throttled the sender: too many concurrent connections or messages for the mailbox, or its sending quota is used up.",
        // Captured: `432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded [Hostname=…]`
        // and `554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException`
        // (real-microsoft-shapes.md S10).
        keys: &[
            Key::Smtp {
                code: 432,
                enhanced: Some("4.3.2"),
                phrase: None,
            },
            Key::Smtp {
                code: 554,
                enhanced: Some("5.2.0"),
                phrase: Some("QuotaExceeded"),
            },
        ],
        causes: &[
            "More than 3 concurrent SMTP connections for the mailbox {mailbox} (Exchange Online's limit per mailbox).",
            "More than 30 messages a minute, or the daily recipient limit, from {mailbox}.",
            "Several appliances or jobs share one sending mailbox.",
        ],
        fix: &[
            "Send fewer messages at once from {mailbox}: at most 3 connections and 30 messages a minute; queue and retry on 4xx.",
            "Give each busy sender its own mailbox, or move bulk mail to High Volume Email or Graph sendMail.",
        ],
        docs: &[
            "https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits",
        ],
        ..fail(
            ClassId::SMTP_THROTTLED,
            "Exchange throttled the sender",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "AUTH succeeded, but Exchange could not open the mailbox {mailbox} to submit the message as the app (`430 4.2.0 STOREDRV; mailbox logon failure`).",
        // Captured for an app-only sender (real-microsoft-shapes.md S10): `430 4.2.0 STOREDRV;
        // mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed`.
        keys: &[Key::Smtp {
            code: 430,
            enhanced: Some("4.2.0"),
            phrase: None,
        }],
        causes: &[
            "The service principal has no FullAccess on {mailbox} (or it was just granted and has not propagated).",
            "The service principal was registered with the App-registration object id, so the FullAccess grant is on another object.",
            "A transient mailbox-server condition (the text says TransientException): retrying may work.",
        ],
        fix: &[
            "Get-MailboxPermission -Identity {mailbox} -User {object_id}   (none → Add-MailboxPermission -Identity {mailbox} -User {object_id} -AccessRights FullAccess)",
            "`smtp-oauth prereqs` checks the service principal and FullAccess through the admin API; `smtp-oauth diagnose --wait 30m` retries while changes propagate.",
        ],
        docs: &[SMTP_OAUTH_DOC],
        ..fail(
            ClassId::MAILBOX_LOGON_FAILED,
            "Exchange could not open the mailbox",
            Area::Exchange,
        )
    },
    FailureClass {
        when: "The message is larger than Exchange accepts for {mailbox}.",
        // `552 5.3.4` is RFC 3463's "message too big for system"; Exchange's own text is
        // `…MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit.` (captured
        // without its reply code, so the code here is UNCONFIRMED).
        keys: &[
            Key::Smtp {
                code: 552,
                enhanced: Some("5.3.4"),
                phrase: None,
            },
            Key::Smtp {
                code: 554,
                enhanced: None,
                phrase: Some("MaxSubmissionExceeded"),
            },
        ],
        causes: &[
            "An attachment makes the message larger than the mailbox's MaxSendSize (35 MB by default in Exchange Online; base64 adds a third).",
        ],
        fix: &[
            "Send smaller messages, or raise the limit: Set-Mailbox -Identity {mailbox} -MaxSendSize 35MB",
        ],
        docs: &[
            "https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits",
        ],
        ..fail(ClassId::MESSAGE_TOO_LARGE, "Message too large", Area::Smtp)
    },
    FailureClass {
        when: "Exchange refused MAIL or DATA because the session is not authenticated (`530 5.7.57 Client not authenticated to send mail`).",
        keys: &[Key::Smtp {
            code: 530,
            enhanced: Some("5.7.57"),
            phrase: None,
        }],
        causes: &[
            "The client never sent AUTH (authentication is switched off in its SMTP settings, or it fell back to anonymous submission).",
            "AUTH failed earlier in the session and the client went on to send anyway.",
        ],
        fix: &[
            "Turn authentication on in the client, with OAuth (XOAUTH2) as the method, and check its log for the AUTH line and its reply.",
            "`smtp-oauth test-connection -v` shows what a correct session looks like, AUTH included.",
        ],
        docs: &[SMTP_AUTH_DOC],
        ..fail(
            ClassId::SMTP_NOT_AUTHENTICATED,
            "Not authenticated to send",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "Exchange Online refused Basic authentication (user name and password) for SMTP submission: `550 5.7.30 Basic authentication is not supported for Client Submission.` The client must use OAuth (XOAUTH2).",
        keys: &[Key::Smtp {
            code: 550,
            enhanced: Some("5.7.30"),
            phrase: None,
        }],
        causes: &[
            "The client still signs in with a user name and password (AUTH LOGIN or PLAIN). Microsoft's schedule (Exchange team, January 2026): Basic authentication for SMTP AUTH is disabled by default for existing tenants at the end of December 2026 (an admin can still turn it back on for now), unavailable for new tenants after December 2026, and Microsoft will announce the final removal date in the second half of 2027.",
        ],
        fix: &[
            "Switch the client to OAuth 2.0 client credentials (XOAUTH2): `smtp-oauth setup` walks through the app registration, the Exchange service principal and FullAccess, and tests it (`--target ise` for Cisco ISE's fields).",
            "Find the clients still on Basic: Exchange admin center › Reports › Mail flow › SMTP AUTH clients submission report (its Authentication Protocol column).",
        ],
        docs: &[
            SMTP_OAUTH_DOC,
            "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
        ],
        ..fail(
            ClassId::BASIC_AUTH_RETIRED,
            "Basic authentication retired for SMTP",
            Area::Smtp,
        )
    },
    FailureClass {
        when: "The app uses Exchange RBAC for Applications (a management role assignment of `Application SMTP.SendAsApp`), but the mailbox {mailbox} is not in the assignment's scope: Exchange refuses AUTH for it.",
        keys: &[Key::Observed(
            "Test-ServicePrincipalAuthorization -Resource <mailbox> answers InScope False",
        )],
        causes: &[
            "The mailbox is not a member of the group the management scope's RecipientRestrictionFilter names.",
            "The scope or its group was changed less than two hours ago (role assignments are cached 30 minutes to 2 hours).",
        ],
        fix: &[
            "Add {mailbox} to the group the scope filters on, or widen the scope: Get-ManagementScope | fl Name,RecipientRestrictionFilter",
            "Check: Test-ServicePrincipalAuthorization -Identity {object_id} -Resource {mailbox}   (InScope must be True)",
        ],
        docs: &[
            "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/smtp-app-rbac-onboarding",
        ],
        ..fail(
            ClassId::MAILBOX_OUTSIDE_RBAC_SCOPE,
            "Mailbox outside the RBAC scope",
            Area::Exchange,
        )
    },
    FailureClass {
        when: "The app has both an RBAC for Applications role assignment and the SMTP.SendAsApp API permission. Microsoft: \"Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions\": with the role in the token, Exchange demands FullAccess on {mailbox} again.",
        keys: &[Key::Observed(
            "a role assignment of Application SMTP.SendAsApp and the SMTP.SendAsApp API permission together",
        )],
        causes: &[
            "The app was set up the classic way first (API permission) and RBAC for Applications was added later, or the other way round.",
        ],
        fix: &[
            "For RBAC for Applications only: remove the SMTP.SendAsApp API permission (App registrations › API permissions) and its admin consent.",
            "Or keep the classic setup: Add-MailboxPermission -Identity {mailbox} -User {object_id} -AccessRights FullAccess",
        ],
        docs: &[
            "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/smtp-app-rbac-onboarding",
        ],
        ..warn(
            ClassId::RBAC_MIXED_PERMISSIONS,
            "RBAC for Applications mixed with the API permission",
            Area::Exchange,
        )
    },
    FailureClass {
        when: "The HTTPS connection to the login host {login_host} (token endpoint, tenant discovery) timed out or was refused.",
        keys: &[
            Key::Observed("HTTPS connect to the login host timed out"),
            Key::Observed("HTTPS connect to the login host answered with RST"),
        ],
        causes: &[
            "An egress firewall blocks outbound HTTPS (TCP 443) to Microsoft's login hosts.",
            "This network reaches the internet only through an HTTP proxy, and none is configured for the token request.",
            "The authority or token endpoint is wrong (another host or port): nothing answers there.",
        ],
        fix: &[
            "Allow outbound HTTPS (TCP 443) to {login_host} (Microsoft publishes the endpoints: https://aka.ms/o365endpoints).",
            "Behind a proxy: set HTTPS_PROXY=http://{proxy_host} (or --proxy) for the token request.",
            "Check the endpoint and where it came from: `smtp-oauth config show` (token_endpoint, authority).",
        ],
        docs: &["https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges"],
        ..fail(
            ClassId::LOGIN_HOST_UNREACHABLE,
            "The login host cannot be reached",
            Area::Network,
        )
    },
    FailureClass {
        when: "Microsoft Graph did not make a change to the app registration's credentials (addPassword, removePassword, addKey, removeKey), or the new credential failed its test and was taken back.",
        keys: &[
            Key::Observed("Graph answers 403 Authorization_RequestDenied to a credential change"),
            Key::Observed("the new credential gets no token, or Exchange refuses AUTH with it"),
        ],
        causes: &[
            "The admin access lacks the right: an admin app needs Application.ReadWrite.OwnedBy and to be an owner of the app (or Application.ReadWrite.All); a person signing in needs the Application Administrator or Cloud Application Administrator role, or to own the app.",
            "An app management policy of the tenant limits credential lifetimes or forbids client secrets (Graph's message says so).",
            "The new credential has not reached every Entra region yet (minutes), or the setup fails for a reason the old credential shares: the test's own checks say which.",
        ],
        fix: &[
            "Grant the admin app Application.ReadWrite.OwnedBy (Graph, application permission, admin consent) and add it as an owner of the app: App registrations › {client_id} › Owners; or run with `--admin device-code` as an Application Administrator.",
            "Ask for a shorter lifetime (`--days`) when a policy limits it.",
            "Run `smtp-oauth diagnose` with the current credential to see what else fails, fix that, then rotate again.",
        ],
        docs: &[
            "https://learn.microsoft.com/graph/api/application-addpassword",
            "https://learn.microsoft.com/graph/api/application-addkey",
        ],
        ..fail(
            ClassId::CREDENTIAL_CHANGE_FAILED,
            "The credential change did not go through",
            Area::Token,
        )
    },
    FailureClass {
        when: "The client's own trust store (an appliance's trusted certificates, a Java keystore, a PEM bundle) does not anchor the chain Microsoft's server presents, or its copy of the root has expired. This machine may trust the chain; the client will not (Java: \"unable to find valid certification path to requested target\").",
        keys: &[
            Key::Observed(
                "the chain does not verify with the store's certificates as the only roots",
            ),
            Key::Observed("the store lacks a root Microsoft names for the endpoint (offline)"),
            Key::LogText("unable to find valid certification path to requested target"),
        ],
        causes: &[
            "Microsoft moved the endpoint to a chain under a root the store does not hold: in 2026 Exchange Online moved to DigiCert Global Root G2 (MC1224565).",
            "The store holds an old copy of the root, now expired, or only the intermediate of an earlier chain.",
            "A TLS inspection proxy re-signs the traffic with a CA the store lacks.",
        ],
        fix: &[
            "Import the missing file named in the check (`smtp-oauth certs --check-truststore STORE --out DIR` writes it) into the client's trust store.",
            "Cisco ISE: Administration › System › Certificates › Trusted Certificates › Import, and tick \"Trust for authentication within ISE\" and \"Trust for client authentication and Syslog\".",
            "Java: `keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`.",
        ],
        docs: &[
            "https://techcommunity.microsoft.com/blog/exchange/trust-digicert-global-root-g2-certificate-authority-to-avoid-exchange-online-ema/4488311",
            "https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details",
        ],
        ..fail(
            ClassId::TRUSTSTORE_MISSING_CA,
            "The client's trust store lacks a CA of Microsoft's chain",
            Area::Tls,
        )
    },
    FailureClass {
        severity: Severity::Warn,
        when: "The certificate in the client's trust store that anchors Microsoft's chain ends within 60 days (within 30 days this is said louder). On that day the client stops trusting the server.",
        keys: &[Key::Observed(
            "the store's anchor of the chain ends within 60 days",
        )],
        causes: &["Trust stores of appliances are not updated with their firmware."],
        fix: &[
            "Import the current certificate of that CA (the check names it and where to get it), before the old one ends.",
        ],
        docs: &["https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details"],
        ..fail(
            ClassId::TRUSTSTORE_CA_EXPIRING,
            "The trust store's anchor of Microsoft's chain expires soon",
            Area::Tls,
        )
    },
];
