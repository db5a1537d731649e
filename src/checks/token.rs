//! The words for the token endpoint's facts: the `tenant` check from OpenID discovery.
//! (The `token` and `token.claims` checks are written by `diagnose` and `claims`.)

use serde_json::{Map, json};

use super::{CheckId, Step};
use crate::cloud::Cloud;
use crate::failures::{ClassId, classify};
use crate::oauth::{Discovery, DiscoveryFailure};

/// A tenant discovery found: its GUID, region and cloud, and a wrong `--cloud` named.
fn found(
    tenant: &str,
    facts: &crate::oauth::TenantFacts,
    configured: Cloud,
    duration: std::time::Duration,
    mut ev: Map<String, serde_json::Value>,
) -> Step {
    let id = CheckId::TENANT;
    let fail = |class, summary, ev| Step::fail(id, id.title(), duration, class, summary, ev);
    let guid = &facts.id;
    ev.insert("tenant_id".into(), json!(guid));
    for (k, v) in [
        ("tenant_region_scope", &facts.region),
        ("tenant_region_sub_scope", &facts.sub_scope),
        ("cloud_instance_name", &facts.cloud_instance),
    ] {
        if let Some(v) = v {
            ev.insert(k.into(), json!(v));
        }
    }
    let detected = Cloud::from_discovery(
        facts.cloud_instance.as_deref(),
        facts.region.as_deref(),
        facts.sub_scope.as_deref(),
    );
    let named = if tenant.eq_ignore_ascii_case(guid) {
        crate::i18n::Words::new("tenant-named").text("tenant", guid)
    } else {
        crate::i18n::Words::new("tenant-domain-named")
            .text("domain", tenant)
            .text("tenant", guid)
    };
    match detected {
        Some(cloud) if cloud != configured => {
            ev.insert("tenant_cloud".into(), json!(cloud.name()));
            fail(ClassId::INVALID_TENANT, String::new(), ev).said(
                crate::i18n::Words::new("summary-tenant-other-cloud")
                    .said("named", named)
                    .text("cloud", cloud.to_string())
                    .text("configured", configured.to_string()),
            )
        }
        Some(cloud) => {
            ev.insert("tenant_cloud".into(), json!(cloud.name()));
            let words = if tenant.eq_ignore_ascii_case(guid) {
                crate::i18n::Words::new("summary-tenant-cloud")
            } else {
                crate::i18n::Words::new("summary-domain-tenant-cloud").text("domain", tenant)
            };
            let words = words.text("tenant", guid).text("cloud", cloud.to_string());
            Step::pass_said(id, id.title(), Some(duration), words, ev)
        }
        None => Step::pass_said(id, id.title(), Some(duration), named, ev),
    }
}

/// The `tenant` check: the tenant GUID discovery found for the configured tenant (a domain or a
/// GUID), and the cloud it lives in against the configured `cloud`.
pub fn tenant_step(tenant: &str, d: &Discovery, configured: Cloud) -> Step {
    let id = CheckId::TENANT;
    let mut ev = Map::new();
    ev.insert("discovery".into(), json!(d.url));
    let fail = |class, summary, ev| Step::fail(id, id.title(), d.duration, class, summary, ev);
    match &d.outcome {
        Ok(facts) => found(tenant, facts, configured, d.duration, ev),
        Err(DiscoveryFailure::ProxySetup(detail)) => {
            fail(ClassId::PROXY_UNREACHABLE, detail.clone(), ev)
        }
        Err(DiscoveryFailure::Network { error, host, tls }) => {
            if matches!(error.fault, crate::net::RequestFault::Tls(_)) {
                ev.extend(super::smtp::chain_evidence(&tls.chain));
            }
            ev.extend(error.evidence().map(|(k, v)| (k.to_string(), v)));
            fail(classify::request_error(error, host, tls), String::new(), ev)
                .said(error.words())
                .with_var("certs_target", "login")
        }
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
