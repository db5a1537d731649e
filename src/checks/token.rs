//! The words for the token endpoint's facts: the `tenant` check from OpenID discovery.
//! (The `token` and `token.claims` checks are written by `diagnose` and `claims`.)

use serde_json::{Map, json};

use super::{CheckId, Step};
use crate::failures::{ClassId, classify};
use crate::oauth::{Discovery, DiscoveryFailure};

/// The `tenant` check: the domain and the tenant GUID discovery found for it.
pub fn tenant_step(domain: &str, d: &Discovery) -> Step {
    let id = CheckId::TENANT;
    let mut ev = Map::new();
    ev.insert("discovery".into(), json!(d.url));
    let fail = |class, summary, ev| Step::fail(id, id.title(), d.duration, class, summary, ev);
    match &d.outcome {
        Ok(guid) => {
            ev.insert("tenant_id".into(), json!(guid));
            Step::pass(
                id,
                id.title(),
                Some(d.duration),
                format!("{domain} is tenant {guid}"),
                ev,
            )
        }
        Err(DiscoveryFailure::ProxySetup(detail)) => {
            fail(ClassId::PROXY_UNREACHABLE, detail.clone(), ev)
        }
        Err(DiscoveryFailure::Network { error, host, tls }) => fail(
            classify::request_error(error, host, tls),
            error.detail.clone(),
            ev,
        ),
        Err(DiscoveryFailure::Refused { status, error }) => {
            if let Some(t) = error.as_ref().and_then(|e| e.trace_id.as_ref()) {
                ev.insert("trace_id".into(), json!(t));
            }
            let summary = error.as_ref().map_or_else(
                || format!("HTTP {status} from discovery"),
                |e| e.message.clone(),
            );
            fail(classify::discovery(error.as_ref()), summary, ev)
        }
        Err(DiscoveryFailure::NoTenant) => fail(
            ClassId::PROTOCOL_ERROR,
            "the discovery document names no tenant".into(),
            ev,
        ),
    }
}
