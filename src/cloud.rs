//! The endpoints of each Microsoft national cloud, in one table.
//!
//! Owns the defaults that depend on `--cloud`; knows nothing about settings sources or I/O.
//! Hosts that only third parties report are marked UNCONFIRMED (see
//! `shared/reference/microsoft-wire-facts.md` §7).

use std::fmt;

/// A Microsoft cloud instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cloud {
    Global,
    UsGov,
    UsGovDod,
    China,
}

/// The default endpoints of one cloud.
#[derive(Debug)]
pub struct CloudEndpoints {
    pub authority: &'static str,
    pub smtp_host: &'static str,
    pub scope: &'static str,
    pub graph_url: &'static str,
    pub exchange_url: &'static str,
    /// Token audiences that Exchange Online SMTP accepts in this cloud.
    pub exchange_audiences: &'static [&'static str],
}

impl Cloud {
    pub const ALL: [Cloud; 4] = [Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China];

    pub fn name(self) -> &'static str {
        match self {
            Cloud::Global => "global",
            Cloud::UsGov => "usgov",
            Cloud::UsGovDod => "usgov-dod",
            Cloud::China => "china",
        }
    }

    pub fn from_name(name: &str) -> Option<Cloud> {
        Cloud::ALL.into_iter().find(|c| c.name() == name)
    }

    pub fn endpoints(self) -> &'static CloudEndpoints {
        match self {
            // CONFIRMED: Microsoft's SMTP OAuth page and the Graph deployments page. GCC uses these too.
            Cloud::Global => &CloudEndpoints {
                authority: "https://login.microsoftonline.com",
                smtp_host: "smtp.office365.com",
                scope: "https://outlook.office365.com/.default",
                graph_url: "https://graph.microsoft.com",
                exchange_url: "https://outlook.office365.com",
                exchange_audiences: &[
                    "https://outlook.office365.com",
                    "https://outlook.office.com",
                    "00000002-0000-0ff1-ce00-000000000000",
                ],
            },
            // Login and Graph hosts CONFIRMED; SMTP host and admin API host UNCONFIRMED (third-party docs).
            Cloud::UsGov => &CloudEndpoints {
                authority: "https://login.microsoftonline.us",
                smtp_host: "smtp.office365.us",
                scope: "https://outlook.office365.us/.default",
                graph_url: "https://graph.microsoft.us",
                exchange_url: "https://outlook.office365.us",
                exchange_audiences: &[
                    "https://outlook.office365.us",
                    "00000002-0000-0ff1-ce00-000000000000",
                ],
            },
            // Login and Graph hosts CONFIRMED. Scope and admin API host as CISA ScubaGear uses
            // them on DoD tenants (`outlook-dod.office365.us`, real-microsoft-shapes.md N3/N4: the
            // earlier `outlook.office365.us` scope and `webmail.apps.mil` admin host were wrong).
            // SMTP host LIKELY (EmailEngine's DoD setting, N5).
            Cloud::UsGovDod => &CloudEndpoints {
                authority: "https://login.microsoftonline.us",
                smtp_host: "outlook-dod.office365.us",
                scope: "https://outlook-dod.office365.us/.default",
                graph_url: "https://dod-graph.microsoft.us",
                exchange_url: "https://outlook-dod.office365.us",
                exchange_audiences: &[
                    "https://outlook-dod.office365.us",
                    "https://outlook.office365.us",
                    "00000002-0000-0ff1-ce00-000000000000",
                ],
            },
            // Login and Graph hosts CONFIRMED; SMTP host OBSERVED in a real proxy log; admin API host UNCONFIRMED.
            Cloud::China => &CloudEndpoints {
                authority: "https://login.chinacloudapi.cn",
                smtp_host: "smtp.partner.outlook.cn",
                scope: "https://partner.outlook.cn/.default",
                graph_url: "https://microsoftgraph.chinacloudapi.cn",
                exchange_url: "https://partner.outlook.cn",
                exchange_audiences: &[
                    "https://partner.outlook.cn",
                    "00000002-0000-0ff1-ce00-000000000000",
                ],
            },
        }
    }
}

impl Cloud {
    /// The cloud a tenant's discovery document says it lives in: `cloud_instance_name`, then
    /// `tenant_region_scope` and `tenant_region_sub_scope` (`DODCON` is GCC High, `DOD` is DoD,
    /// `GCC` is the commercial cloud). The values are as public tools read them (LIKELY; no
    /// capture of a GCC High or DoD document was found). `None` when the document says nothing.
    pub fn from_discovery(
        instance: Option<&str>,
        region: Option<&str>,
        sub_scope: Option<&str>,
    ) -> Option<Cloud> {
        let instance = instance.map(str::to_ascii_lowercase);
        let region = region.map(str::to_ascii_uppercase);
        let sub = sub_scope.map(str::to_ascii_uppercase);
        let us_gov = instance.as_deref() == Some("microsoftonline.us")
            || region.as_deref().is_some_and(|r| r.starts_with("USG"));
        if us_gov {
            return Some(if sub.as_deref() == Some("DOD") {
                Cloud::UsGovDod
            } else {
                Cloud::UsGov
            });
        }
        match instance.as_deref() {
            Some(i) if i.rsplit('.').next() == Some("cn") => Some(Cloud::China),
            Some("microsoftonline.com") => Some(Cloud::Global),
            _ => None,
        }
    }
}

impl fmt::Display for Cloud {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
