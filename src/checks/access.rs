//! Which admin access the settings give: pre-acquired tokens, an admin app's client
//! credentials, or a device-code sign-in. The decision is here; the requests are made by
//! `oauth` and `admin::device` with only the values they need.

use crate::admin::{AdminError, AdminTokens, device};
use crate::settings::Settings;
use crate::tls::Trust;

/// The Graph resource of the cloud (the resource, not the possibly overridden base URL).
fn graph_scope(settings: &Settings) -> String {
    format!("{}/.default", settings.cloud.value.endpoints().graph_url)
}

/// The admin tokens the settings allow: pre-acquired ones (`--admin token`), client credentials
/// of an admin app (`--admin app`) or a device-code sign-in, whose instructions go to `notice`.
/// `None` without admin access.
pub async fn admin_tokens(
    settings: &Settings,
    trust: &Trust,
    notice: &(dyn Fn(&str) + Sync),
) -> Result<Option<AdminTokens>, AdminError> {
    use crate::settings::AdminMode;
    match settings.admin.value {
        AdminMode::None => Ok(None),
        AdminMode::Token => Ok(Some(AdminTokens {
            graph: settings.graph_token.as_ref().map(|t| t.value.clone()),
            exchange: settings.exchange_token.as_ref().map(|t| t.value.clone()),
            source: "pre-acquired tokens (SMTP_OAUTH_GRAPH_TOKEN / SMTP_OAUTH_EXCHANGE_TOKEN)"
                .into(),
        })),
        AdminMode::App => app_tokens(settings, trust).await.map(Some),
        AdminMode::DeviceCode => device_code_tokens(settings, trust, notice).await.map(Some),
    }
}

/// What makes two profiles' admin tokens the same ones, for sharing them across a run (one
/// admin app token pair, or one device-code sign-in, for a whole fleet); `None` where no request
/// is made (no admin access, or pre-acquired tokens). Secrets enter only as digests.
pub fn admin_tokens_key(settings: &Settings, trust: &Trust) -> Option<String> {
    use crate::settings::AdminMode;
    if matches!(settings.admin.value, AdminMode::None | AdminMode::Token) {
        return None;
    }
    // The secret as read, or the keyring entry it is in (not asked here: that is I/O, perhaps
    // an unlock prompt, once per profile).
    let secret = match &settings.admin_client_secret {
        crate::settings::SecretSetting::Value(v) => Some(crate::shared::digest(
            secrecy::ExposeSecret::expose_secret(&v.value),
        )),
        crate::settings::SecretSetting::Keyring(entry) => Some(format!("keyring {entry}")),
        crate::settings::SecretSetting::Unset => None,
    };
    Some(format!(
        "admin|{:?}|{:?}|{:?}|{secret:?}|{:?}|{:?}|{}|{}|{:?}|{}",
        settings.admin.value,
        settings.admin_client_id.as_ref().map(|c| &c.value),
        settings.admin_client_cert.as_ref().map(|c| &c.value),
        settings.token_endpoint.as_ref().map(|e| e.value.as_str()),
        settings.tenant.as_ref().map(|t| t.value.as_str()),
        settings.authority.value,
        settings.scope.value,
        settings.cloud.value,
        crate::net::route(&settings.network(), trust)
    ))
}

/// `--admin app`: client-credential tokens of the admin app for Graph and for Exchange.
async fn app_tokens(settings: &Settings, trust: &Trust) -> Result<AdminTokens, AdminError> {
    let graph = app_token(settings, trust, &graph_scope(settings)).await?;
    let exchange = app_token(settings, trust, &settings.scope.value).await?;
    Ok(AdminTokens {
        graph: Some(graph),
        exchange: Some(exchange),
        source: app_source(settings),
    })
}

fn app_source(settings: &Settings) -> String {
    format!(
        "admin app {} (client credentials)",
        settings
            .admin_client_id
            .as_ref()
            .map_or("", |c| c.value.as_str())
    )
}

/// One client-credentials token of the admin app, for `scope`.
async fn app_token(
    settings: &Settings,
    trust: &Trust,
    scope: &str,
) -> Result<secrecy::SecretString, AdminError> {
    let Some(client_id) = &settings.admin_client_id else {
        return Err(AdminError::text(
            "--admin app needs --admin-client-id (the admin app's Application (client) ID)".into(),
        ));
    };
    let credential = match (&settings.admin_client_cert, settings.admin_client_secret.load()) {
        (Some(cert), _) => crate::oauth::Credential::Certificate(Box::new(
            crate::oauth::assertion::CertificateCredential::from_file(&cert.value, settings.client_cert_password.as_ref().map(|p| &p.value)).map_err(|e| AdminError::text(e.to_string()))?,
        )),
        (None, Ok(Some((secret, _)))) => crate::oauth::Credential::Secret(secret),
        _ => return Err(AdminError::text("--admin app needs the admin app's secret (SMTP_OAUTH_ADMIN_CLIENT_SECRET or --admin-client-secret-file) or certificate (--admin-client-cert)".into())),
    };
    let Some(endpoint) = &settings.token_endpoint else {
        return Err(AdminError::text("--admin app needs the tenant".into()));
    };
    let attempt = crate::oauth::request_token(
        &settings.network(),
        trust,
        &endpoint.value,
        &client_id.value,
        &credential,
        scope,
    )
    .await;
    attempt.outcome.map(|t| t.token).map_err(|e| {
        AdminError::text(format!(
            "the admin app's token for {scope} failed: {}",
            e.detail()
        ))
    })
}

/// A Microsoft Graph token that may change the app's credentials (`addPassword`, `addKey` …),
/// and where it came from: a pre-acquired token, the admin app's (which needs
/// `Application.ReadWrite.OwnedBy` and to own the app, or `Application.ReadWrite.All`), or an
/// admin's device-code sign-in asking for `Application.ReadWrite.All` (an Application
/// Administrator, a Cloud Application Administrator or an owner of the app). `None` without
/// admin access.
pub async fn graph_write_token(
    settings: &Settings,
    trust: &Trust,
    notice: &(dyn Fn(&str) + Sync),
) -> Result<Option<(secrecy::SecretString, String)>, AdminError> {
    use crate::settings::AdminMode;
    match settings.admin.value {
        AdminMode::None => Ok(None),
        AdminMode::Token => Ok(settings.graph_token.as_ref().map(|t| {
            (
                t.value.clone(),
                "a pre-acquired Graph token (SMTP_OAUTH_GRAPH_TOKEN)".into(),
            )
        })),
        AdminMode::App => {
            let token = app_token(settings, trust, &graph_scope(settings)).await?;
            Ok(Some((token, app_source(settings))))
        }
        AdminMode::DeviceCode => {
            let graph = settings.cloud.value.endpoints().graph_url;
            let scope = format!("{graph}/Application.ReadWrite.All offline_access");
            let token = sign_in(
                settings,
                trust,
                notice,
                device::GRAPH_CLI,
                "Microsoft Graph",
                &scope,
            )
            .await?;
            Ok(Some((token, "your sign-in (device code)".into())))
        }
    }
}

/// One device-code sign-in of an admin, with the public client `client` for `scope`.
async fn sign_in(
    settings: &Settings,
    trust: &Trust,
    notice: &(dyn Fn(&str) + Sync),
    client: &str,
    what: &str,
    scope: &str,
) -> Result<secrecy::SecretString, AdminError> {
    let tenant = settings
        .tenant
        .as_ref()
        .map(|t| t.value.as_str())
        .ok_or_else(|| AdminError::text("--admin device-code needs the tenant".into()))?;
    device::sign_in(
        &settings.network(),
        trust,
        &settings.authority.value,
        tenant,
        notice,
        client,
        what,
        scope,
    )
    .await
}

/// `--admin device-code`: an admin signs in twice (Graph, Exchange) with a device code.
async fn device_code_tokens(
    settings: &Settings,
    trust: &Trust,
    notice: &(dyn Fn(&str) + Sync),
) -> Result<AdminTokens, AdminError> {
    let graph_scope = format!("{} offline_access", graph_scope(settings));
    let graph = sign_in(
        settings,
        trust,
        notice,
        device::GRAPH_CLI,
        "Microsoft Graph",
        &graph_scope,
    )
    .await?;
    let exo_scope = format!("{} offline_access", settings.scope.value);
    let exchange = sign_in(
        settings,
        trust,
        notice,
        device::EXO_POWERSHELL,
        "Exchange Online",
        &exo_scope,
    )
    .await?;
    Ok(AdminTokens {
        graph: Some(graph),
        exchange: Some(exchange),
        source: "your sign-in (device code)".into(),
    })
}
