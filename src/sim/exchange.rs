//! The simulated Exchange Online admin REST API (`POST /adminapi/beta/{tenant}/InvokeCommand`),
//! the API the ExchangeOnlineManagement module uses: the cmdlets smtp-oauth reads and fixes with,
//! Exchange's `value` / `@adminapi.warnings` envelope, its `BadRequest` / "Invalid Operation"
//! errors, and the 401 → 403 → 200 permission ladder (§5 of the reference). Writes change the
//! tenant model, so a fix shows in the next SMTP AUTH (after propagation).

use std::sync::Arc;
use std::time::SystemTime;

use serde_json::{Map, Value, json};

use super::http::{HttpRequest, HttpResponse};
use super::tenant::{ExchangeServicePrincipal, Tenant};
use super::{AdminLevel, SimState, iso};

/// Exchange's page size when the client asks for none or for more (OBSERVED: clients send
/// `Prefer: odata.maxpagesize=1000`).
const MAX_PAGE: usize = 1000;

/// One page of rows in Exchange's envelope. A truncated page carries `@odata.nextLink` (the same
/// `InvokeCommand` URL with a `$skiptoken`; the client posts the same body to it) and the
/// "more results" warning, as captured live (wire facts §5.2). The real skiptoken is opaque;
/// this one is an offset.
fn envelope(state: &SimState, req: &HttpRequest, tenant_id: &str, rows: &[Value]) -> HttpResponse {
    let asked = req
        .header("Prefer")
        .and_then(|p| {
            p.split(',')
                .find_map(|p| p.trim().strip_prefix("odata.maxpagesize="))
        })
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(MAX_PAGE);
    let limit = match state.faults.exchange_page_size {
        0 => MAX_PAGE,
        n => n,
    };
    let size = asked.clamp(1, limit);
    let offset = req
        .query
        .split('&')
        .find_map(|kv| {
            kv.strip_prefix("%24skiptoken=")
                .or_else(|| kv.strip_prefix("$skiptoken="))
        })
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0)
        .min(rows.len());
    let end = (offset + size).min(rows.len());
    let url = format!("{}/adminapi/beta/{tenant_id}", state.exchange_base);
    let mut doc = json!({
        "@odata.context": format!("{url}/$metadata#Collection(Exchange.GenericHashTable)"),
        "adminapi.warnings@odata.type": "#Collection(String)",
        "@adminapi.warnings": [],
        "value": &rows[offset..end],
    });
    if end < rows.len() {
        doc["@odata.nextLink"] = json!(format!("{url}/InvokeCommand?%24skiptoken={end}"));
        doc["@adminapi.warnings"] = json!([
            "There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter."
        ]);
    }
    HttpResponse::json(200, &doc)
}

/// Exchange's error as an EXO v3 session captured it (real-microsoft-shapes.md X6): `code`
/// `NotFound` for an object it cannot resolve, `message` "Error executing cmdlet", the reason in
/// `details[0].message` as `<error id>|<exception type>|<text>`, no `internalexception`.
fn invalid_operation(kind: &str, message: &str) -> HttpResponse {
    let not_found = kind.ends_with("ManagementObjectNotFoundException");
    let (status, code) = if not_found {
        (404, "NotFound")
    } else {
        (400, "BadRequest")
    };
    // Ex6F9304 is the id captured with ManagementObjectNotFoundException; the others are this
    // simulation's own (Exchange's ids per exception type are not published).
    let id = if not_found { "Ex6F9304" } else { "Ex0A1C2E" };
    HttpResponse::json(status, &json!({"error": {
        "code": code, "message": "Error executing cmdlet",
        "details": [{"code": "Client", "target": "", "message": format!("{id}|Microsoft.Exchange.{kind}|{message}")}],
        "innererror": {"message": "Error executing cmdlet", "type": "Microsoft.Exchange.Admin.OData.Core.ODataServiceException", "stacktrace": ""},
    }}))
    .header("X-ExceptionType", kind.rsplit('.').next().unwrap_or(kind))
}

/// Exchange's refusal of one request too many at once from a tenant (OBSERVED: the text
/// ExoHelper waits and retries on, a plain-text body). The status is UNCONFIRMED: 429, with a
/// Retry-After, is the shape of every other Microsoft throttle.
fn busy() -> HttpResponse {
    HttpResponse {
        status: 429,
        headers: vec![
            ("Content-Type".into(), "text/plain; charset=utf-8".into()),
            ("Retry-After".into(), "1".into()),
        ],
        body: b"You have reached the maximum number of concurrent requests per tenant. Please wait and try again.".to_vec(),
    }
}

pub fn handle(state: &SimState, req: &HttpRequest) -> HttpResponse {
    if state.faults.echo_requests {
        return crate::sim::graph::echo(req);
    }
    if state.admin_busy() {
        return busy();
    }
    let segments: Vec<&str> = req.path.trim_start_matches('/').split('/').collect();
    let ["adminapi", "beta", tenant_id, "InvokeCommand"] = segments.as_slice() else {
        return HttpResponse {
            status: 404,
            headers: vec![],
            body: Vec::new(),
        };
    };
    // The permission ladder: token of the right audience, then the app role, then a directory role.
    let claims = req.bearer().and_then(|t| state.signer.verify(t));
    let aud_ok = claims
        .as_ref()
        .and_then(|c| c.get("aud"))
        .and_then(Value::as_str)
        .is_some_and(|a| {
            [
                "https://outlook.office365.com",
                "https://outlook.office.com",
            ]
            .contains(&a.trim_end_matches('/'))
        });
    if !aud_ok || state.faults.exchange_admin == AdminLevel::NoGrant {
        return HttpResponse {
            status: 401,
            headers: vec![("WWW-Authenticate".into(), "Bearer".into())],
            body: Vec::new(),
        };
    }
    if state.faults.exchange_admin == AdminLevel::Redirect {
        return HttpResponse {
            status: 302,
            headers: vec![(
                "Location".into(),
                format!(
                    "https://contoso0.outlook.office365.com/adminapi/beta/{tenant_id}/InvokeCommand"
                ),
            )],
            body: Vec::new(),
        };
    }
    if state.faults.exchange_admin == AdminLevel::RoleOnly {
        // "not JSON at all — a long run of NUL bytes" (OBSERVED).
        return HttpResponse {
            status: 403,
            headers: vec![],
            body: vec![0; 512],
        };
    }
    let tenant = &mut Handle(state.tenant.lock().expect("tenant lock"));
    if !tenant.knows_tenant(tenant_id) {
        return invalid_operation(
            "Management.Tasks.InvalidOrganizationException",
            &format!("The organization '{tenant_id}' was not found."),
        );
    }
    let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
    let input = &body["CmdletInput"];
    let name = input["CmdletName"].as_str().unwrap_or_default();
    let Some(params) = input["Parameters"].as_object() else {
        return invalid_operation(
            "AdminApi.CommandInvocation.AmbiguousParameterSetException",
            "Parameter set cannot be resolved using the specified named parameters. Invalid cmdlet parameters specified.",
        );
    };
    let tid = tenant.id.clone();
    match run(tenant, name, params) {
        Ok(rows) => envelope(state, req, &tid, &rows),
        Err((kind, message)) => invalid_operation(kind, &message),
    }
}

type CmdResult = Result<Vec<Value>, (&'static str, String)>;

/// The tenant a cmdlet runs on: the shared one while the cmdlet reads, a copy once it changes
/// something and a reader still holds the old one (a fleet's tenant has thousands of mailboxes,
/// and every `Get-` would otherwise copy them).
struct Handle<'a>(std::sync::MutexGuard<'a, Arc<Tenant>>);

impl std::ops::Deref for Handle<'_> {
    type Target = Tenant;
    fn deref(&self) -> &Tenant {
        &self.0
    }
}

impl std::ops::DerefMut for Handle<'_> {
    fn deref_mut(&mut self) -> &mut Tenant {
        Arc::make_mut(&mut self.0)
    }
}

fn param<'a>(params: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.as_str())
}

fn required<'a>(
    params: &'a Map<String, Value>,
    name: &str,
) -> Result<&'a str, (&'static str, String)> {
    param(params, name).ok_or_else(|| {
        ("AdminApi.CommandInvocation.AmbiguousParameterSetException", format!("Parameter set cannot be resolved using the specified named parameters. Invalid cmdlet parameters specified. Missing {name}"))
    })
}

fn not_found(what: &str) -> (&'static str, String) {
    (
        "Configuration.Tasks.ManagementObjectNotFoundException",
        format!(
            "The operation couldn't be performed because object '{what}' couldn't be found on 'AM0PR06A05DC001.EURPRD06.PROD.OUTLOOK.COM'."
        ),
    )
}

/// A service principal by an identity Exchange resolves for it: object id, app id or name.
fn resolve_sp<'a>(tenant: &'a Tenant, identity: &str) -> Option<&'a ExchangeServicePrincipal> {
    tenant.exchange_service_principals.iter().find(|sp| {
        sp.object_id.eq_ignore_ascii_case(identity)
            || sp.app_id.eq_ignore_ascii_case(identity)
            || sp.display_name == identity
    })
}

fn sp_row(tenant: &Tenant, sp: &ExchangeServicePrincipal) -> Value {
    // Key names as Get-ServicePrincipal | fl shows them; over JSON they are UNCONFIRMED.
    json!({
        "DisplayName": sp.display_name, "AppId": sp.app_id, "ObjectId": sp.object_id,
        "Identity": sp.object_id, "Id": sp.object_id, "Name": sp.object_id, "IsValid": true,
        "OrganizationalUnitRoot": tenant.domains.first(), "WhenCreatedUTC": iso(sp.created), "WhenChangedUTC": iso(tenant.last_change.unwrap_or(sp.created).max(sp.created)),
    })
}

fn run(tenant: &mut Handle<'_>, name: &str, p: &Map<String, Value>) -> CmdResult {
    match name {
        "Get-ServicePrincipal" | "New-ServicePrincipal" | "Remove-ServicePrincipal" => {
            service_principals(tenant, name, p)
        }
        "Get-MailboxPermission" | "Add-MailboxPermission" => mailbox_permissions(tenant, name, p),
        "Get-ManagementRoleAssignment" | "Test-ServicePrincipalAuthorization" => {
            rbac_for_applications(tenant, name, p)
        }
        "New-ManagementScope" | "New-ManagementRoleAssignment" => rbac_setup(tenant, name, p),
        _ => mailboxes(tenant, name, p),
    }
}

/// The admin API's answer to a cmdlet it does not offer.
fn unknown(name: &str) -> CmdResult {
    Err((
        "AdminApi.CommandInvocation.CommandNotFoundException",
        format!("The term '{name}' is not recognized as a cmdlet available over the admin API."),
    ))
}

/// Exchange's own service-principal registrations.
fn service_principals(tenant: &mut Handle<'_>, name: &str, p: &Map<String, Value>) -> CmdResult {
    match name {
        "Get-ServicePrincipal" => {
            let identity = param(p, "Identity");
            let rows: Vec<Value> = tenant
                .exchange_service_principals
                .iter()
                .filter(|sp| {
                    identity.is_none_or(|i| {
                        sp.object_id.eq_ignore_ascii_case(i)
                            || sp.app_id.eq_ignore_ascii_case(i)
                            || sp.display_name == i
                    })
                })
                .map(|sp| sp_row(tenant, sp))
                .collect();
            match identity {
                Some(i) if rows.is_empty() => Err(not_found(i)),
                _ => Ok(rows),
            }
        }
        "New-ServicePrincipal" => {
            let app_id = required(p, "AppId")?.to_ascii_lowercase();
            let object_id = match param(p, "ObjectId").or_else(|| param(p, "ServiceId")) {
                Some(o) => o.to_ascii_lowercase(),
                None => required(p, "ObjectId")?.to_string(),
            };
            // A second registration of one AppId under another ObjectId is accepted, so the right
            // one can be made before the wrong one is removed (whether Exchange Online allows it
            // is UNCONFIRMED); the same ObjectId twice is refused.
            if tenant
                .exchange_service_principals
                .iter()
                .any(|sp| sp.object_id == object_id)
            {
                return Err((
                    "Data.Directory.ADObjectAlreadyExistsException",
                    format!("The service principal with ObjectId '{object_id}' already exists."),
                ));
            }
            let sp = ExchangeServicePrincipal {
                app_id,
                object_id,
                display_name: param(p, "DisplayName")
                    .unwrap_or(&tenant.app.display_name)
                    .to_string(),
                created: SystemTime::now(),
            };
            let row = sp_row(tenant, &sp);
            tenant.exchange_service_principals.push(sp);
            tenant.touch();
            Ok(vec![row])
        }
        "Remove-ServicePrincipal" => {
            let identity = required(p, "Identity")?;
            let before = tenant.exchange_service_principals.len();
            tenant.exchange_service_principals.retain(|sp| {
                !sp.object_id.eq_ignore_ascii_case(identity)
                    && !sp.app_id.eq_ignore_ascii_case(identity)
            });
            if tenant.exchange_service_principals.len() == before {
                return Err(not_found(identity));
            }
            tenant.touch();
            Ok(vec![])
        }
        other => unknown(other),
    }
}

/// FullAccess on mailboxes.
fn mailbox_permissions(tenant: &mut Handle<'_>, name: &str, p: &Map<String, Value>) -> CmdResult {
    match name {
        "Get-MailboxPermission" => {
            let identity = required(p, "Identity")?;
            let user = param(p, "User");
            let m = tenant
                .mailbox(identity)
                .ok_or_else(|| not_found(identity))?;
            // `-User` goes through Exchange's identity resolution: a principal Exchange does not
            // know is the same not-found error, not an empty answer (real-microsoft-shapes.md X10).
            if let Some(u) = user
                && !tenant
                    .exchange_service_principals
                    .iter()
                    .any(|sp| sp.object_id.eq_ignore_ascii_case(u))
                && tenant.mailbox(u).is_none()
            {
                return Err(not_found(u));
            }
            let mut rows = vec![
                json!({"Identity": m.display_name, "User": "NT AUTHORITY\\SELF", "AccessRights": ["FullAccess, ReadPermission"], "Deny": false, "IsInherited": false, "UserSid": "S-1-5-10", "PrimarySmtpAddress": ""}),
            ];
            // How an SP trustee renders in `User` over JSON is UNCONFIRMED: the simulation shows
            // its object id (clients should ask with -User and not depend on the rendering).
            rows.extend(m.full_access.iter().map(|oid| json!({"Identity": m.display_name, "User": oid, "AccessRights": ["FullAccess"], "Deny": false, "IsInherited": false, "UserSid": format!("S-1-5-21-405896037-984911836-1118018715-{}", oid.len() * 1000 + 47), "PrimarySmtpAddress": ""})));
            Ok(rows
                .into_iter()
                .filter(|r| {
                    user.is_none_or(|u| {
                        r["User"]
                            .as_str()
                            .is_some_and(|x| x.eq_ignore_ascii_case(u))
                    })
                })
                .collect())
        }
        "Add-MailboxPermission" => {
            let identity = required(p, "Identity")?.to_string();
            let user = required(p, "User")?.to_ascii_lowercase();
            let rights = p
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("AccessRights"))
                .map(|(_, v)| v.to_string())
                .unwrap_or_default();
            if !rights.contains("FullAccess") {
                return Err((
                    "AdminApi.CommandInvocation.AmbiguousParameterSetException",
                    "Only FullAccess is supported by this simulation.".into(),
                ));
            }
            if !tenant
                .exchange_service_principals
                .iter()
                .any(|sp| sp.object_id == user)
            {
                return Err(not_found(&user));
            }
            let m = tenant
                .mailbox_mut(&identity)
                .ok_or_else(|| not_found(&identity))?;
            if !m.full_access.contains(&user) {
                m.full_access.push(user.clone());
            }
            let name = m.display_name.clone();
            tenant.touch();
            Ok(vec![
                json!({"Identity": name, "User": user, "AccessRights": ["FullAccess"], "IsInherited": false, "Deny": false}),
            ])
        }
        other => unknown(other),
    }
}

/// RBAC for Applications: role assignments and management scopes.
fn rbac_for_applications(tenant: &mut Handle<'_>, name: &str, p: &Map<String, Value>) -> CmdResult {
    match name {
        // The row shapes of the two RBAC-for-Applications cmdlets follow Microsoft's documented
        // output tables (Get-ManagementRoleAssignment; Test-ServicePrincipalAuthorization:
        // RoleName, GrantedPermissions, AllowedResourceScope, ScopeType, InScope); their JSON
        // over the admin API is UNCONFIRMED.
        "Get-ManagementRoleAssignment" => {
            let assignee = required(p, "RoleAssignee")?;
            let sp = resolve_sp(tenant, assignee).ok_or_else(|| not_found(assignee))?;
            Ok(tenant
                .role_assignments
                .iter()
                .filter(|r| r.app_id.eq_ignore_ascii_case(&sp.app_id))
                .map(|r| json!({"Name": r.name, "Role": "Application SMTP.SendAsApp", "RoleAssignee": sp.display_name, "RoleAssigneeType": "ServicePrincipal", "RoleAssigneeName": sp.object_id, "CustomResourceScope": r.scope, "RecipientWriteScope": if r.scope.is_some() { "CustomRecipientScope" } else { "Organization" }, "Enabled": true, "WhenChangedUTC": iso(r.created)}))
                .collect())
        }
        "Test-ServicePrincipalAuthorization" => {
            let identity = required(p, "Identity")?;
            let sp = resolve_sp(tenant, identity).ok_or_else(|| not_found(identity))?;
            let resource = param(p, "Resource");
            let mailbox = match resource {
                Some(r) => Some(tenant.mailbox(r).ok_or_else(|| not_found(r))?),
                None => None,
            };
            Ok(tenant
                .role_assignments
                .iter()
                .filter(|r| r.app_id.eq_ignore_ascii_case(&sp.app_id))
                .map(|r| {
                    let in_scope = mailbox.is_none_or(|m| tenant.in_scope(r, m));
                    json!({"RoleName": "Application SMTP.SendAsApp", "GrantedPermissions": "SMTP.SendAsApp", "AllowedResourceScope": r.scope.clone().unwrap_or_else(|| "Organization".into()), "ScopeType": if r.scope.is_some() { "CustomRecipientScope" } else { "Organization" }, "InScope": in_scope})
                })
                .collect())
        }
        other => unknown(other),
    }
}

/// RBAC for Applications set up: a management scope, a role assignment over it.
fn rbac_setup(tenant: &mut Handle<'_>, name: &str, p: &Map<String, Value>) -> CmdResult {
    match name {
        "New-ManagementScope" => {
            let name = required(p, "Name")?.to_string();
            let filter = required(p, "RecipientRestrictionFilter")?;
            // Only the filter form smtp-oauth writes is understood here.
            let Some(address) = filter
                .strip_prefix("PrimarySmtpAddress -eq '")
                .and_then(|r| r.strip_suffix('\''))
            else {
                return Err((
                    "Configuration.Tasks.InvalidFilterException",
                    format!(
                        "This simulation only understands PrimarySmtpAddress -eq '…', not {filter}."
                    ),
                ));
            };
            if tenant.management_scopes.iter().any(|s| s.name == name) {
                return Err((
                    "Data.Directory.ADObjectAlreadyExistsException",
                    format!("The management scope '{name}' already exists."),
                ));
            }
            tenant
                .management_scopes
                .push(super::tenant::ManagementScope {
                    name: name.clone(),
                    members: vec![address.to_string()],
                });
            tenant.touch();
            Ok(vec![
                json!({"Name": name, "RecipientRestrictionFilter": filter, "ScopeRestrictionType": "RecipientScope"}),
            ])
        }
        "New-ManagementRoleAssignment" => {
            let name = required(p, "Name")?.to_string();
            let role = required(p, "Role")?;
            if role != "Application SMTP.SendAsApp" {
                return Err((
                    "Management.Tasks.ManagementObjectNotFoundException",
                    format!(
                        "The operation couldn't be performed because object '{role}' couldn't be found on 'AM0PR06A05DC001.EURPRD06.PROD.OUTLOOK.COM'."
                    ),
                ));
            }
            let app = required(p, "App")?;
            let sp = resolve_sp(tenant, app)
                .ok_or_else(|| not_found(app))?
                .clone();
            let scope = param(p, "CustomResourceScope").map(str::to_string);
            if let Some(s) = &scope
                && !tenant.management_scopes.iter().any(|m| &m.name == s)
            {
                return Err(not_found(s));
            }
            tenant.role_assignments.push(super::tenant::RoleAssignment {
                name: name.clone(),
                app_id: sp.app_id.clone(),
                scope: scope.clone(),
                created: SystemTime::now(),
            });
            tenant.touch();
            Ok(vec![
                json!({"Name": name, "Role": role, "RoleAssignee": sp.display_name, "CustomResourceScope": scope}),
            ])
        }
        other => unknown(other),
    }
}

/// Mailboxes, their SMTP AUTH switch, the organisation's, and SendAs.
fn mailboxes(tenant: &mut Handle<'_>, name: &str, p: &Map<String, Value>) -> CmdResult {
    match name {
        "Get-Mailbox" => {
            let identity = required(p, "Identity")?;
            let m = tenant
                .mailbox(identity)
                .ok_or_else(|| not_found(identity))?;
            let kind = if m.shared {
                "SharedMailbox"
            } else {
                "UserMailbox"
            };
            Ok(vec![
                json!({"Identity": m.display_name, "DisplayName": m.display_name, "PrimarySmtpAddress": m.address, "UserPrincipalName": m.upn, "RecipientTypeDetails": kind, "ExternalDirectoryObjectId": m.id, "AccountDisabled": !m.account_enabled}),
            ])
        }
        "Get-CASMailbox" => {
            let identity = required(p, "Identity")?;
            let m = tenant
                .mailbox(identity)
                .ok_or_else(|| not_found(identity))?;
            Ok(vec![
                json!({"Identity": m.display_name, "PrimarySmtpAddress": m.address, "SmtpClientAuthenticationDisabled": m.smtp_auth_disabled, "ActiveSyncEnabled": true, "ImapEnabled": true, "PopEnabled": true}),
            ])
        }
        "Set-CASMailbox" => {
            let identity = required(p, "Identity")?.to_string();
            let value = p
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("SmtpClientAuthenticationDisabled"))
                .map(|(_, v)| v.clone());
            let Some(value) = value else {
                required(p, "SmtpClientAuthenticationDisabled")?;
                return Ok(vec![]);
            };
            let m = tenant
                .mailbox_mut(&identity)
                .ok_or_else(|| not_found(&identity))?;
            m.smtp_auth_disabled = value.as_bool();
            tenant.touch();
            Ok(vec![])
        }
        "Get-TransportConfig" => Ok(vec![
            json!({"Identity": "Transport Settings", "SmtpClientAuthenticationDisabled": tenant.org_smtp_auth_disabled, "AllowLegacyTLSClients": false}),
        ]),
        "Get-RecipientPermission" => {
            let identity = required(p, "Identity")?;
            let trustee = param(p, "Trustee");
            let m = tenant
                .mailbox(identity)
                .ok_or_else(|| not_found(identity))?;
            Ok(m.send_as
                .iter()
                .filter(|t| trustee.is_none_or(|x| t.eq_ignore_ascii_case(x)))
                .map(|t| json!({"Identity": m.display_name, "Trustee": t, "AccessControlType": "Allow", "AccessRights": ["SendAs"], "IsInherited": false, "InheritanceType": "None"}))
                .collect())
        }
        "Add-RecipientPermission" => {
            let identity = required(p, "Identity")?.to_string();
            let trustee = required(p, "Trustee")?.to_ascii_lowercase();
            let m = tenant
                .mailbox_mut(&identity)
                .ok_or_else(|| not_found(&identity))?;
            if !m.send_as.contains(&trustee) {
                m.send_as.push(trustee.clone());
            }
            let name = m.display_name.clone();
            tenant.touch();
            Ok(vec![
                json!({"Identity": name, "Trustee": trustee, "AccessControlType": "Allow", "AccessRights": ["SendAs"]}),
            ])
        }
        other => unknown(other),
    }
}
