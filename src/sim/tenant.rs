//! The simulated tenant's state: the app registration and its credentials, the Enterprise-app
//! service principal (whose object id differs from the App registration's, as in Entra), app-role
//! grants, Exchange's own service-principal registrations, mailboxes with their permissions and
//! SMTP AUTH switches, and the organisation's transport config.
//!
//! The token endpoint, the SMTP server, Graph and the Exchange admin API all read and write this
//! one model, so an admin-API fix is visible to the next SMTP AUTH, as in Exchange.

use std::time::{Duration, SystemTime};

// Microsoft's well-known ids, written here as Microsoft publishes them and not imported from the
// client (`admin::ids`): a wrong GUID on the client side must fail the tests, not be mirrored.
// `tests/integration/sim_contract.rs` pins both sides to the literal values.
/// The "Office 365 Exchange Online" resource application (appId).
pub const EXO_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";
/// Microsoft Graph (appId).
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// The `SMTP.SendAsApp` application role of Office 365 Exchange Online (its id).
pub const SMTP_SEND_AS_APP_ROLE: &str = "7146a1f0-8703-45b3-9eae-527a64c00995";

#[derive(Clone, Debug)]
pub struct Secret {
    pub key_id: String,
    pub value: String,
    pub display_name: String,
    pub start: SystemTime,
    pub end: SystemTime,
}

/// A federated identity credential of an app registration (Certificates & secrets › Federated
/// credentials): tokens of `issuer` for `subject` and `audience` sign the app in.
#[derive(Clone, Debug)]
pub struct FederatedCredential {
    pub name: String,
    pub issuer: String,
    pub subject: String,
    pub audience: String,
}

/// The simulated CI's OIDC issuer (GitHub Actions' issuer URL; the simulation signs its tokens
/// with its own key and trusts that key for it).
pub const OIDC_ISSUER: &str = "https://token.actions.githubusercontent.com";
/// The subject the app's federated credential names: a workflow on the main branch.
pub const OIDC_SUBJECT: &str = "repo:contoso/printer-config:ref:refs/heads/main";
/// Entra's audience for federated tokens.
pub const OIDC_AUDIENCE: &str = "api://AzureADTokenExchange";

#[derive(Clone, Debug)]
pub struct App {
    pub client_id: String,
    /// The App registration's object id (the wrong one for New-ServicePrincipal).
    pub app_object_id: String,
    /// The Enterprise application's (service principal's) object id: the token's `oid`.
    pub sp_object_id: String,
    pub display_name: String,
    pub secrets: Vec<Secret>,
    /// DER of certificates registered as credentials (Certificates & secrets › Certificates).
    pub certificates: Vec<Vec<u8>>,
    pub enabled: bool,
    /// SMTP.SendAsApp granted with admin consent.
    pub smtp_role_granted: bool,
    pub blocked_by_conditional_access: bool,
    /// The app registration has its Enterprise application (service principal) in the tenant;
    /// without it Entra answers AADSTS7000229.
    pub has_enterprise_app: bool,
    pub federated: Vec<FederatedCredential>,
    /// Object ids of the app's owners (service principals or users): an admin app with
    /// `Application.ReadWrite.OwnedBy` may change the credentials of the apps it owns.
    pub owners: Vec<String>,
}

/// The `keyId` Graph lists for a registered certificate: stable for one certificate (derived
/// from its SHA-256), shaped like the random GUIDs Entra assigns.
pub fn certificate_key_id(der: &[u8]) -> String {
    let d = ring::digest::digest(&ring::digest::SHA256, der);
    let b = d.as_ref();
    let hex: String = b[..16].iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-4{}-a{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// A management role assignment of `Application SMTP.SendAsApp` to an app's service principal.
#[derive(Clone, Debug)]
pub struct RoleAssignment {
    pub name: String,
    /// The app id of the service principal it is assigned to.
    pub app_id: String,
    /// The custom resource scope; `None`: the whole organisation.
    pub scope: Option<String>,
    pub created: SystemTime,
}

#[derive(Clone, Debug)]
pub struct ManagementScope {
    pub name: String,
    /// The mailboxes (SMTP addresses) in the scope.
    pub members: Vec<String>,
}

/// `New-ServicePrincipal -AppId … -ObjectId …` as Exchange recorded it.
#[derive(Clone, Debug)]
pub struct ExchangeServicePrincipal {
    pub app_id: String,
    pub object_id: String,
    pub display_name: String,
    pub created: SystemTime,
}

#[derive(Clone, Debug)]
pub struct Mailbox {
    pub id: String,
    /// The primary SMTP address.
    pub address: String,
    /// The user principal name, which is what Graph's `/users/{x}` resolves (with the id); for
    /// service and shared mailboxes it is often not the SMTP address.
    pub upn: String,
    /// A shared mailbox (RecipientTypeDetails SharedMailbox): sign-in blocked and no licence are
    /// normal for it.
    pub shared: bool,
    pub display_name: String,
    pub account_enabled: bool,
    pub licensed: bool,
    /// `Set-CASMailbox -SmtpClientAuthenticationDisabled`: `None` inherits the organisation's.
    pub smtp_auth_disabled: Option<bool>,
    /// Object ids of principals with FullAccess.
    pub full_access: Vec<String>,
    /// Object ids of principals with SendAs.
    pub send_as: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Tenant {
    pub id: String,
    /// The tenant lives in a national cloud (GCC High / DoD): the global login host answers
    /// AADSTS900382 to a confidential client.
    pub other_cloud: bool,
    pub domains: Vec<String>,
    pub display_name: String,
    pub app: App,
    /// A second app registration a CI job or monitoring host signs in with (`--admin app`): a
    /// certificate credential, Graph `Application.Read.All` and `User.Read.All`, Exchange
    /// `Exchange.ManageAsApp` and a directory role.
    pub admin_app: App,
    /// The "Office 365 Exchange Online" service principal's object id in this tenant; `None`
    /// when the tenant has no Exchange Online (AADSTS500011).
    pub exchange_resource_sp: Option<String>,
    pub graph_resource_sp: String,
    pub exchange_service_principals: Vec<ExchangeServicePrincipal>,
    /// Exchange "RBAC for Applications": `New-ManagementRoleAssignment -Role 'Application
    /// SMTP.SendAsApp' -App … -CustomResourceScope …`, instead of the API permission and FullAccess.
    pub role_assignments: Vec<RoleAssignment>,
    /// `New-ManagementScope -RecipientRestrictionFilter "MemberOfGroup -eq '…'"`: here, the
    /// mailbox addresses the filter matches.
    pub management_scopes: Vec<ManagementScope>,
    pub mailboxes: Vec<Mailbox>,
    /// Where each mailbox is, by lowercase address, UPN and id, built on first use (a fleet's
    /// tenant has thousands). A hint only: every hit is checked and a miss scans, so a tenant
    /// changed after it was built still answers right.
    pub mailbox_index: std::sync::OnceLock<std::collections::HashMap<String, usize>>,
    /// `Set-TransportConfig -SmtpClientAuthenticationDisabled`.
    pub org_smtp_auth_disabled: bool,
    pub security_defaults: bool,
    /// When a prerequisite last changed; Exchange keeps answering 5.7.3 until it propagates.
    pub last_change: Option<SystemTime>,
    pub propagation_delay: Duration,
    /// How long a new client secret is refused (AADSTS7000215) after it was added, as Entra
    /// takes a while to carry a new credential to every region.
    pub new_secret_delay: Duration,
}

/// Deterministic ids, so that a scenario reads the same every run.
pub const TENANT_ID: &str = "4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14";
pub const CLIENT_ID: &str = "8f2e6a1c-3b5d-4c7e-9a10-2d4f6b8c0e13";
pub const APP_OBJECT_ID: &str = "c3a9e7d1-5f2b-4e86-a0c4-7b1d9e3f5a28";
pub const SP_OBJECT_ID: &str = "1e5d9b3f-7a2c-4d80-b6e4-3c8a0f2d6b95";
pub const SECRET_ID: &str = "6a0c4e8b-2d6f-4a1c-8e3b-5f7d9a1c3e57";
pub const MAILBOX: &str = "no-reply@contoso.onmicrosoft.com";
/// The address of the `i`th extra mailbox ([`super::SimOptions::extra_mailboxes`]).
pub fn fleet_mailbox(i: usize) -> String {
    format!("appliance-{i:05}@contoso.onmicrosoft.com")
}

/// The admin app ([`Tenant::admin_app`]).
pub const ADMIN_CLIENT_ID: &str = "3c5e7a9b-1d3f-4b6d-8f0a-2c4e6a8b0d14";
pub const ADMIN_SP_OBJECT_ID: &str = "6e8a0c2f-4b6d-4f81-a3c5-7e9b1d3f5a86";

pub const EXO_SP_OBJECT_ID: &str = "d8b2f6a0-4c8e-4b3a-9d7f-1e5c9a3b7d62";

/// The admin app a CI job or monitoring host signs in with: a certificate credential (the
/// simulation's client certificate, registered when it starts) and no SMTP role.
fn admin_app() -> App {
    App {
        client_id: ADMIN_CLIENT_ID.into(),
        app_object_id: "9d1f3b5a-7c2e-4a60-8e4b-1f3d5a7c9e02".into(),
        sp_object_id: ADMIN_SP_OBJECT_ID.into(),
        display_name: "smtp-oauth-preflight".into(),
        secrets: Vec::new(),
        certificates: Vec::new(),
        enabled: true,
        smtp_role_granted: false,
        blocked_by_conditional_access: false,
        has_enterprise_app: true,
        federated: Vec::new(),
        owners: Vec::new(),
    }
}

impl Tenant {
    /// A tenant where everything is set up right. `secret_value` is the app's client secret.
    pub fn healthy(secret_value: String) -> Tenant {
        let now = SystemTime::now();
        let day = Duration::from_secs(86_400);
        Tenant {
            id: TENANT_ID.into(),
            other_cloud: false,
            domains: vec!["contoso.onmicrosoft.com".into(), "contoso.com".into()],
            display_name: "Contoso".into(),
            app: App {
                client_id: CLIENT_ID.into(),
                app_object_id: APP_OBJECT_ID.into(),
                sp_object_id: SP_OBJECT_ID.into(),
                display_name: "smtp-sender".into(),
                secrets: vec![Secret {
                    key_id: SECRET_ID.into(),
                    value: secret_value,
                    display_name: "ISE SMTP".into(),
                    start: now - day * 65,
                    end: now + day * 300,
                }],
                certificates: Vec::new(),
                enabled: true,
                smtp_role_granted: true,
                blocked_by_conditional_access: false,
                has_enterprise_app: true,
                federated: vec![FederatedCredential {
                    name: "printer-config main".into(),
                    issuer: OIDC_ISSUER.into(),
                    subject: OIDC_SUBJECT.into(),
                    audience: OIDC_AUDIENCE.into(),
                }],
                // The CI job's admin app owns it (Application.ReadWrite.OwnedBy rotates it).
                owners: vec![ADMIN_SP_OBJECT_ID.into()],
            },
            admin_app: admin_app(),
            exchange_resource_sp: Some(EXO_SP_OBJECT_ID.into()),
            graph_resource_sp: "5f3b7d1a-9c2e-4f64-8a0b-2e6c4a8f0d39".into(),
            // Other apps registered with Exchange before ours, as in most tenants.
            role_assignments: Vec::new(),
            management_scopes: Vec::new(),
            exchange_service_principals: vec![
                ExchangeServicePrincipal {
                    app_id: "6d2f8b4e-1a7c-4e39-b5d0-8c3a9f1e2b74".into(),
                    object_id: "c81e4a7d-3f2b-4d96-a0e5-7b9c2d4f6a18".into(),
                    display_name: "Contoso Helpdesk IMAP".into(),
                    created: now - day * 400,
                },
                ExchangeServicePrincipal {
                    app_id: "9a3c5e7f-2b4d-4f61-8e0a-1c3e5a7b9d2f".into(),
                    object_id: "4e6a8c0b-5d7f-4a12-b3c5-e7f9a1b3d5c7".into(),
                    display_name: "Backup (EWS)".into(),
                    created: now - day * 200,
                },
                ExchangeServicePrincipal {
                    app_id: CLIENT_ID.into(),
                    object_id: SP_OBJECT_ID.into(),
                    display_name: "smtp-sender".into(),
                    created: now - day * 60,
                },
            ],
            mailboxes: vec![Mailbox {
                id: "0a4e8c2f-6b1d-4f93-a5e7-9c3b1d5f7a80".into(),
                address: MAILBOX.into(),
                upn: MAILBOX.into(),
                shared: false,
                display_name: "No Reply".into(),
                account_enabled: true,
                licensed: true,
                smtp_auth_disabled: Some(false),
                full_access: vec![SP_OBJECT_ID.into()],
                send_as: Vec::new(),
            }],
            mailbox_index: std::sync::OnceLock::new(),
            org_smtp_auth_disabled: true,
            security_defaults: false,
            last_change: None,
            propagation_delay: Duration::from_secs(3),
            new_secret_delay: Duration::ZERO,
        }
    }

    pub fn knows_tenant(&self, tenant: &str) -> bool {
        tenant.eq_ignore_ascii_case(&self.id)
            || self.domains.iter().any(|d| d.eq_ignore_ascii_case(tenant))
    }

    /// The position of the mailbox `key` names, as `matches` decides.
    pub fn find_mailbox(&self, key: &str, matches: impl Fn(&Mailbox) -> bool) -> Option<usize> {
        let index = self.mailbox_index.get_or_init(|| {
            let mut index = std::collections::HashMap::new();
            for (i, m) in self.mailboxes.iter().enumerate() {
                for k in [&m.address, &m.upn, &m.id] {
                    index.entry(k.to_ascii_lowercase()).or_insert(i);
                }
            }
            index
        });
        index
            .get(&key.to_ascii_lowercase())
            .copied()
            .filter(|i| self.mailboxes.get(*i).is_some_and(&matches))
            .or_else(|| self.mailboxes.iter().position(matches))
    }

    /// A mailbox by an identity Exchange resolves: its SMTP address or its UPN.
    pub fn mailbox(&self, address: &str) -> Option<&Mailbox> {
        let i = self.find_mailbox(address, |m| {
            m.address.eq_ignore_ascii_case(address) || m.upn.eq_ignore_ascii_case(address)
        })?;
        self.mailboxes.get(i)
    }

    /// The `Application SMTP.SendAsApp` role assignment of an app, if it has one.
    pub fn smtp_role_assignment(&self, app_id: &str) -> Option<&RoleAssignment> {
        self.role_assignments
            .iter()
            .find(|r| r.app_id.eq_ignore_ascii_case(app_id))
    }

    /// Whether an assignment's scope covers the mailbox.
    pub fn in_scope(&self, assignment: &RoleAssignment, mailbox: &Mailbox) -> bool {
        assignment.scope.as_ref().is_none_or(|name| {
            self.management_scopes.iter().any(|s| {
                &s.name == name
                    && s.members
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(&mailbox.address))
            })
        })
    }

    /// A user as Graph's `/users/{id | userPrincipalName}` finds it: by id or UPN only.
    pub fn user(&self, key: &str) -> Option<&Mailbox> {
        let i = self.find_mailbox(key, |m| {
            m.id.eq_ignore_ascii_case(key) || m.upn.eq_ignore_ascii_case(key)
        })?;
        self.mailboxes.get(i)
    }

    pub fn mailbox_mut(&mut self, address: &str) -> Option<&mut Mailbox> {
        let i = self.find_mailbox(address, |m| {
            m.address.eq_ignore_ascii_case(address) || m.upn.eq_ignore_ascii_case(address)
        })?;
        self.mailboxes.get_mut(i)
    }

    /// Whether SMTP AUTH is effectively disabled for a mailbox (the mailbox overrides the org).
    pub fn smtp_auth_disabled_for(&self, mailbox: &Mailbox) -> bool {
        mailbox
            .smtp_auth_disabled
            .unwrap_or(self.org_smtp_auth_disabled)
    }

    /// Records a change to a prerequisite (for propagation).
    pub fn touch(&mut self) {
        self.last_change = Some(SystemTime::now());
    }

    pub fn propagating(&self) -> bool {
        self.last_change
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|elapsed| elapsed < self.propagation_delay)
    }
}
