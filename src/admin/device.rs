//! Delegated admin sign-in with the device-code flow: the URL and code on stderr, then polling
//! until the admin has signed in (`authorization_pending`), declined, or the code expired
//! (`expired_token`, or `code_expired` as azure-cli has seen; both end it).

use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde_json::Value;

use super::AdminError;
use crate::net::{self, Network};
use crate::tls::Trust;

/// Microsoft Graph Command Line Tools (CONFIRMED public client).
pub const GRAPH_CLI: &str = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
/// Microsoft Exchange REST API Based PowerShell (CONFIRMED public client).
pub const EXO_POWERSHELL: &str = "fb78d390-0c51-40cd-8e17-fdbfab77341b";

/// Signs an admin in with the device-code flow against `authority`/`tenant`; the instructions
/// (code and URL) go to `notice`.
#[allow(clippy::too_many_arguments)] // each is a distinct value of the flow; a struct would only rename them
pub async fn sign_in(
    net: &Network,
    trust: &Trust,
    authority: &url::Url,
    tenant: &str,
    notice: &(dyn Fn(&str) + Sync),
    client_id: &str,
    what: &str,
    scope: &str,
) -> Result<SecretString, AdminError> {
    let base = crate::settings::url_text(authority);
    let (client, _, _) = net::http_client(net, trust, authority).map_err(AdminError::text)?;
    let start = post_form(
        &client,
        &format!("{base}/{tenant}/oauth2/v2.0/devicecode"),
        &[("client_id", client_id), ("scope", scope)],
        what,
    )
    .await?;
    let Some(device_code) = start["device_code"].as_str() else {
        let desc = start["error_description"]
            .as_str()
            .unwrap_or("no device_code in the answer");
        return Err(AdminError::text(format!(
            "device-code sign-in for {what}: {desc}"
        )));
    };
    let message = start["message"]
        .as_str()
        .unwrap_or("Open https://microsoft.com/devicelogin and enter the code.");
    notice(&format!("Admin sign-in for {what}: {message}"));
    let mut interval = Duration::from_secs(start["interval"].as_u64().unwrap_or(5).clamp(1, 30));
    let deadline =
        Instant::now() + Duration::from_secs(start["expires_in"].as_u64().unwrap_or(900).min(1800));
    let expired = || {
        AdminError::text(format!(
            "the device code for {what} expired before the sign-in finished; run again"
        ))
    };
    loop {
        tokio::time::sleep(interval).await;
        let r = post_form(
            &client,
            &format!("{base}/{tenant}/oauth2/v2.0/token"),
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", client_id),
                ("device_code", device_code),
            ],
            what,
        )
        .await?;
        if let Some(token) = r["access_token"].as_str() {
            crate::redact::hold(token);
            return Ok(SecretString::from(token.to_string()));
        }
        match r["error"].as_str() {
            Some("authorization_pending") => {}
            // RFC 8628 §3.5: poll 5 seconds slower from now on.
            Some("slow_down") => interval += Duration::from_secs(5),
            Some("authorization_declined") => {
                return Err(AdminError::text(format!(
                    "the sign-in for {what} was declined"
                )));
            }
            Some("expired_token" | "code_expired") => return Err(expired()),
            other => {
                let desc = r["error_description"]
                    .as_str()
                    .or(other)
                    .unwrap_or("the answer holds neither a token nor an error");
                return Err(AdminError::text(format!(
                    "device-code sign-in for {what}: {desc}"
                )));
            }
        }
        if Instant::now() >= deadline {
            return Err(expired());
        }
    }
}

/// Posts a form to the login host and reads the JSON answer, whatever its status (errors are
/// JSON too).
async fn post_form(
    client: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
    what: &str,
) -> Result<Value, AdminError> {
    let response = client.post(url).form(form).send().await.map_err(|e| {
        AdminError::text(format!(
            "device-code sign-in for {what}: {}",
            net::error_chain(&e)
        ))
    })?;
    let body = net::read_body(response, net::MAX_LOGIN_BODY)
        .await
        .map_err(|e| {
            AdminError::text(format!("device-code sign-in for {what}: {}", e.describe()))
        })?;
    serde_json::from_slice(&body).map_err(|_| {
        AdminError::text(format!(
            "device-code sign-in for {what}: the login host's answer is not JSON"
        ))
    })
}
