//! The simulated Microsoft Graph v1.0: the service principal and application of the app (by
//! `appId`), its app-role assignments, and users — with Graph's error JSON (§4 of the reference).

use std::time::SystemTime;

use serde_json::{Value, json};

use super::http::{HttpRequest, HttpResponse};
use super::jwt::guid;
use super::tenant::{EXO_APP_ID, SMTP_SEND_AS_APP_ROLE, Tenant};
use super::{SimState, iso};

/// Graph's error shape; `innerError.date` has no `Z` (CONFIRMED).
pub fn graph_error(status: u16, code: &str, message: &str) -> HttpResponse {
    let f = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let date = time::OffsetDateTime::now_utc()
        .format(&f)
        .unwrap_or_default();
    HttpResponse::json(
        status,
        &json!({"error": {"code": code, "message": message, "innerError": {"date": date, "request-id": guid(), "client-request-id": guid()}}}),
    )
}

/// A hostile admin API (Graph or Exchange): 400 with the request, its bearer token included,
/// repeated in the message.
pub fn echo(req: &HttpRequest) -> HttpResponse {
    let headers: Vec<String> = req
        .headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    graph_error(
        400,
        "BadRequest",
        &format!(
            "you sent {} with {} and body {}",
            req.path,
            headers.join("; "),
            String::from_utf8_lossy(&req.body)
        ),
    )
}

pub fn handle(state: &SimState, req: &HttpRequest) -> HttpResponse {
    if state.faults.echo_requests {
        return crate::sim::graph::echo(req);
    }
    if state.admin_busy() {
        // Graph's throttle of the directory (a capture of 2022: 429, `Retry-After: 5`, code
        // TooManyRequests, "Too many requests from Identifier:… under category:throttle.aad.ags…
        // Please try again later."; learn.microsoft.com/answers/questions/1138873).
        return graph_error(
            429,
            "TooManyRequests",
            "Too many requests from Identifier:North Europe under category:throttle.aad.ags.directory.read. Please try again later.",
        )
        .header("Retry-After", "1");
    }
    let claims = match authorised(state, req) {
        Ok(c) => c,
        Err(refused) => return refused,
    };
    let path = percent_decode(&req.path);
    let path = path.strip_prefix("/v1.0").unwrap_or(&path);
    match req.method.as_str() {
        "POST" => super::credentials::handle(state, &claims, path, req),
        "GET" => read(
            &state.tenant.lock().expect("tenant lock").clone(),
            path,
            req,
        ),
        _ => graph_error(
            405,
            "Request_BadRequest",
            "Specified HTTP method is not allowed for the request target.",
        ),
    }
}

/// The bearer token's claims, when it is a Graph token Graph accepts; else Graph's refusal.
fn authorised(state: &SimState, req: &HttpRequest) -> Result<Value, HttpResponse> {
    let Some(token) = req.bearer() else {
        return Err(graph_error(
            401,
            "InvalidAuthenticationToken",
            "Access token is empty.",
        ));
    };
    let Some(claims) = state.signer.verify(token) else {
        return Err(graph_error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure.",
        ));
    };
    let aud = claims
        .get("aud")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim_end_matches('/');
    if aud != "https://graph.microsoft.com" && aud != super::tenant::GRAPH_APP_ID {
        // OBSERVED text for a token of another audience.
        return Err(graph_error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
        ));
    }
    if !state.faults.graph_admin_allowed {
        return Err(graph_error(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        ));
    }
    Ok(claims)
}

/// A GET: the objects Graph lists, by path.
fn read(tenant: &Tenant, path: &str, req: &HttpRequest) -> HttpResponse {
    if let Some(app_id) = between(path, "/servicePrincipals(appId='", "')") {
        return service_principal(tenant, app_id);
    }
    if path == "/servicePrincipals" {
        let filter = odata_filter(req);
        let Some(app_id) = between(&filter, "appId eq '", "'") else {
            return graph_error(400, "Request_UnsupportedQuery", "Unsupported query.");
        };
        let value: Vec<Value> = sp_json(tenant, app_id).into_iter().collect();
        return HttpResponse::json(
            200,
            &json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals", "value": value}),
        );
    }
    if let Some(rest) = path.strip_prefix("/servicePrincipals/")
        && let Some(id) = rest.strip_suffix("/appRoleAssignments")
    {
        return role_assignments(tenant, id);
    }
    if let Some(app_id) = between(path, "/applications(appId='", "')") {
        return application(tenant, app_id);
    }
    if path == "/users" {
        return users_by_address(tenant, req);
    }
    if let Some(user) = path.strip_prefix("/users/") {
        let user = user.trim_start_matches("('").trim_end_matches("')");
        return user_json(tenant, user);
    }
    graph_error(
        400,
        "BadRequest",
        &format!(
            "Resource not found for the segment '{}'.",
            path.trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or_default()
        ),
    )
}

/// The request's `$filter` (empty without one).
fn odata_filter(req: &HttpRequest) -> String {
    req.query_pairs()
        .into_iter()
        .find(|(k, _)| k == "$filter")
        .map(|(_, v)| v)
        .unwrap_or_default()
}

fn percent_decode(s: &str) -> String {
    form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map_or_else(|| s.to_string(), |(_, v)| v.into_owned())
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = s
        .strip_prefix(start)
        .or_else(|| s.find(start).map(|i| &s[i + start.len()..]))?;
    rest.find(end).map(|i| &rest[..i])
}

fn sp_json(tenant: &Tenant, app_id: &str) -> Option<Value> {
    if tenant.app.client_id.eq_ignore_ascii_case(app_id) && tenant.app.has_enterprise_app {
        let app = &tenant.app;
        return Some(json!({
            "id": app.sp_object_id, "appId": app.client_id, "appDisplayName": app.display_name,
            "displayName": app.display_name, "accountEnabled": app.enabled, "appOwnerOrganizationId": tenant.id,
            "appRoleAssignmentRequired": false, "servicePrincipalType": "Application", "signInAudience": "AzureADMyOrg",
            "servicePrincipalNames": [app.client_id], "tags": ["WindowsAzureActiveDirectoryIntegratedApp"],
            "appRoles": [], "keyCredentials": [], "passwordCredentials": [],
        }));
    }
    if app_id.eq_ignore_ascii_case(EXO_APP_ID) {
        let id = tenant.exchange_resource_sp.as_ref()?;
        return Some(json!({
            "id": id, "appId": EXO_APP_ID, "displayName": "Office 365 Exchange Online", "appDisplayName": "Office 365 Exchange Online",
            "accountEnabled": true, "servicePrincipalType": "Application",
            "appRoles": [{"allowedMemberTypes": ["Application"], "description": "Allows the app to be able to send emails from any mailbox via SMTP AUTH.", "displayName": "Send emails from mailboxes using SMTP AUTH.", "id": SMTP_SEND_AS_APP_ROLE, "isEnabled": true, "origin": "Application", "value": "SMTP.SendAsApp"}],
        }));
    }
    None
}

fn service_principal(tenant: &Tenant, app_id: &str) -> HttpResponse {
    match sp_json(tenant, app_id) {
        Some(mut v) => {
            v["@odata.context"] =
                json!("https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/$entity");
            HttpResponse::json(200, &v)
        }
        None => graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{app_id}' does not exist or one of its queried reference-property objects are not present."
            ),
        ),
    }
}

fn role_assignments(tenant: &Tenant, sp_id: &str) -> HttpResponse {
    let app = &tenant.app;
    if !sp_id.eq_ignore_ascii_case(&app.sp_object_id) || !app.has_enterprise_app {
        return graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{sp_id}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    }
    let mut value = Vec::new();
    if let (true, Some(exo)) = (app.smtp_role_granted, &tenant.exchange_resource_sp) {
        value.push(json!({
            "id": "UxOIjjUXr0WvIe4TRFgqTY4z9Wu5KxpBtlEpoTGjw-A", "createdDateTime": iso(SystemTime::now() - std::time::Duration::from_secs(86_400 * 60)),
            "appRoleId": SMTP_SEND_AS_APP_ROLE, "principalDisplayName": app.display_name, "principalId": app.sp_object_id,
            "principalType": "ServicePrincipal", "resourceDisplayName": "Office 365 Exchange Online", "resourceId": exo,
        }));
    }
    HttpResponse::json(
        200,
        &json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#appRoleAssignments", "value": value}),
    )
}

fn application(tenant: &Tenant, app_id: &str) -> HttpResponse {
    let app = &tenant.app;
    if !app.client_id.eq_ignore_ascii_case(app_id) {
        return graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{app_id}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    }
    let passwords: Vec<Value> = app.secrets.iter().map(|s| json!({
        "customKeyIdentifier": null, "displayName": s.display_name, "endDateTime": iso(s.end),
        "hint": s.value.chars().take(3).collect::<String>(), "keyId": s.key_id, "secretText": null, "startDateTime": iso(s.start),
    })).collect();
    let keys: Vec<Value> = app
        .certificates
        .iter()
        .map(|der| super::credentials::key_credential(der))
        .collect();
    let required = if app.smtp_role_granted {
        json!([{"resourceAppId": EXO_APP_ID, "resourceAccess": [{"id": SMTP_SEND_AS_APP_ROLE, "type": "Role"}]}])
    } else {
        json!([])
    };
    HttpResponse::json(
        200,
        &json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#applications(id,appId,displayName,passwordCredentials,keyCredentials,requiredResourceAccess)/$entity",
            "id": app.app_object_id, "appId": app.client_id, "displayName": app.display_name,
            "passwordCredentials": passwords, "keyCredentials": keys, "requiredResourceAccess": required,
        }),
    )
}

fn user_json(tenant: &Tenant, upn: &str) -> HttpResponse {
    let Some(m) = tenant.user(upn) else {
        return graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{upn}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    };
    let mut v = user_entry(m);
    v["@odata.context"] = json!(
        "https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,mail,accountEnabled,userType,assignedLicenses)/$entity"
    );
    HttpResponse::json(200, &v)
}

fn user_entry(m: &super::tenant::Mailbox) -> Value {
    let licenses = if m.licensed {
        json!([{"disabledPlans": [], "skuId": "18181a46-0d4e-45cd-891e-60aabd171b4e"}])
    } else {
        json!([])
    };
    json!({
        "id": m.id, "userPrincipalName": m.upn, "mail": m.address, "displayName": m.display_name,
        "accountEnabled": m.account_enabled, "userType": "Member", "assignedLicenses": licenses,
        "proxyAddresses": [format!("SMTP:{}", m.address)],
    })
}

/// `/users?$filter=mail eq '…' or proxyAddresses/any(p:p eq 'smtp:…')`: an advanced query, which
/// Graph answers only with `ConsistencyLevel: eventual` (and `$count=true`).
fn users_by_address(tenant: &Tenant, req: &HttpRequest) -> HttpResponse {
    let filter = odata_filter(req);
    let advanced = filter.contains("proxyAddresses/any");
    if advanced
        && !req
            .header("ConsistencyLevel")
            .is_some_and(|v| v.eq_ignore_ascii_case("eventual"))
    {
        return graph_error(
            400,
            "Request_UnsupportedQuery",
            "Unsupported or invalid query filter clause specified for property 'proxyAddresses' of resource 'User'.",
        );
    }
    let Some(address) = between(&filter, "mail eq '", "'") else {
        return graph_error(400, "Request_UnsupportedQuery", "Unsupported query.");
    };
    let value: Vec<Value> = tenant
        .find_mailbox(address, |m| m.address.eq_ignore_ascii_case(address))
        .and_then(|i| tenant.mailboxes.get(i))
        .into_iter()
        .map(user_entry)
        .collect();
    HttpResponse::json(
        200,
        &json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "@odata.count": value.len(), "value": value}),
    )
}
