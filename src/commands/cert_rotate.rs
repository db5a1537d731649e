//! `cert rotate`: a new key pair and self-signed certificate (or one the user brings), uploaded
//! through Microsoft Graph (`addKey`, with a proof of possession signed by the certificate in
//! use), tested end to end (a token with it, then SMTP AUTH), and only then the profile pointed
//! at it and — confirmed — the old certificate removed (`removeKey`, the proof now signed by the
//! new one). A new certificate that fails its test is removed again and its file deleted; the
//! old file is never touched.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine as _;
use secrecy::ExposeSecret as _;
use serde_json::{Value, json};

use super::secret::{confirm, test_until_accepted};
use super::{AppError, Context, Outcome};
use crate::admin::Graph;
use crate::checks::{CheckId, Status, Step, evidence};
use crate::failures::ClassId;
use crate::oauth::assertion::{CertificateCredential, new_self_signed};
use crate::settings::{Settings, Source, Val, config_file};

pub struct CertRotateOptions {
    /// Days the made certificate is valid.
    pub days: u32,
    /// Take this certificate (PEM with its key) instead of making one.
    pub new_cert: Option<PathBuf>,
    /// Where the made certificate and key go.
    pub out: Option<PathBuf>,
    pub keep_old: bool,
    pub yes: bool,
    pub dry_run: bool,
    pub wait: Duration,
}

impl CertRotateOptions {
    pub fn from_cli(action: crate::cli::CertAction) -> Result<CertRotateOptions, AppError> {
        let crate::cli::CertAction::Rotate {
            days,
            new_cert,
            out,
            how,
        } = action;
        Ok(CertRotateOptions {
            days,
            new_cert,
            out,
            keep_old: how.keep_old,
            yes: how.yes,
            dry_run: how.dry_run,
            wait: super::secret::wait_of(&how.wait)?,
        })
    }
}

/// What `addKey` and `removeKey` need, said when Graph answers 403.
const NEEDS: &str = "changing the app's certificates needs Application.ReadWrite.OwnedBy for an admin app that owns the app (App registrations › the app › Owners) or Application.ReadWrite.All; signed in as a person (--admin device-code), the Application Administrator or Cloud Application Administrator role, or ownership of the app";

const TITLE_ADD: &str = "New certificate";
const TITLE_STORE: &str = "Profile uses the new certificate";
const TITLE_REMOVE: &str = "Old certificate removed";

/// The new certificate: where its file is, whether this run wrote it, and its credential.
struct New {
    path: PathBuf,
    written: bool,
    credential: CertificateCredential,
}

impl New {
    /// Deletes the file this run wrote (the certificate did not make it).
    fn discard(&self) {
        if self.written {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Graph's `removeKey` for `key_id`, the proof signed by `signer` (a registered certificate).
async fn remove_key(
    graph: &Graph,
    app_path: &str,
    key_id: &str,
    signer: &CertificateCredential,
    object_id: &str,
) -> Result<Option<Value>, crate::admin::AdminError> {
    graph
        .post(
            &format!("{app_path}/removeKey"),
            &json!({"keyId": key_id, "proof": signer.proof_of_possession(object_id)}),
            NEEDS,
        )
        .await
}

/// A new certificate Graph has taken, and where.
struct Uploaded<'a> {
    graph: &'a Graph,
    app_path: &'a str,
    registered: &'a Registered,
    new: &'a New,
    key_id: &'a str,
}

/// The certificate in use as the app lists it.
struct Registered {
    object_id: String,
    display_name: String,
    /// The keyId of the certificate in use, when the app lists it.
    old_key_id: String,
}

pub fn execute(ctx: &Context, o: &CertRotateOptions) -> Result<Outcome, AppError> {
    let settings = ctx.settings()?;
    let Some(cert) = settings.client_cert.clone() else {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-cert-rotate-not-cert",
        )));
    };
    super::secret::needs(&settings, "cert rotate", "certificate", NEEDS)?;
    if !o.dry_run && !o.yes && !ctx.interactive() {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-cert-rotate-no-terminal",
        )));
    }
    let current = CertificateCredential::from_file(
        &cert.value,
        settings.client_cert_password.as_ref().map(|p| &p.value),
    )
    .map_err(|e| AppError::Usage(format!("{e} (from {})", cert.source)))?;
    let out = match (&o.new_cert, &o.out) {
        (Some(given), _) => given.clone(),
        (None, Some(out)) => out.clone(),
        (None, None) => default_out(&cert.value),
    };
    if o.new_cert.is_none() && out.exists() {
        return Err(AppError::Usage(format!(
            "{} exists already and is never replaced: pass --out FILE for the new certificate",
            out.display()
        )));
    }
    let trust = crate::tls::Trust::new(settings.ca_file.as_ref().map(|c| c.value.as_path()))
        .map_err(|e| AppError::Usage(e.to_string()))?;
    let runtime = super::runtime()?;
    let job = Job {
        ctx,
        settings: &settings,
        o,
        current: &current,
        out: &out,
    };
    let (steps, lines) = runtime.block_on(job.run(&trust))?;
    Ok(super::secret::report_of(
        "cert rotate",
        &settings,
        steps,
        &lines,
    ))
}

/// `client-cert.pem` → `client-cert-2026-12-02.pem`, beside it.
fn default_out(current: &Path) -> PathBuf {
    let stem = current.file_stem().map_or_else(
        || "client-cert".into(),
        |s| s.to_string_lossy().into_owned(),
    );
    let date = time::OffsetDateTime::now_utc().date();
    current.with_file_name(format!("{stem}-{date}.pem"))
}

struct Job<'a> {
    ctx: &'a Context,
    settings: &'a Settings,
    o: &'a CertRotateOptions,
    current: &'a CertificateCredential,
    out: &'a Path,
}

fn failed(id: CheckId, title: &str, started: Instant, why: String) -> Step {
    Step::fail(
        id,
        title,
        started.elapsed(),
        ClassId::CREDENTIAL_CHANGE_FAILED,
        why,
        serde_json::Map::new(),
    )
}

impl Job<'_> {
    async fn run(&self, trust: &crate::tls::Trust) -> Result<(Vec<Step>, Vec<String>), AppError> {
        let Job {
            ctx, settings, o, ..
        } = *self;
        let (graph, source, app_path) = super::secret::admin_graph(ctx, settings, trust).await?;
        let started = Instant::now();
        let mut lines = vec![format!("Admin access: {source}.")];
        let registered = match self.registered(&graph, &app_path).await {
            Ok(r) => r,
            Err(why) => {
                let why = format!("nothing was changed: {why}");
                return Ok((
                    vec![failed(CheckId::ROTATE_ADD, TITLE_ADD, started, why)],
                    lines,
                ));
            }
        };
        let plan = self.plan(&registered);
        let question = "Upload the new certificate and test it?";
        if let Some(stop) = super::secret::stop_before_change(o.dry_run, o.yes, &plan, question)? {
            lines.push(stop);
            return Ok((Vec::new(), lines));
        }
        let new = match self.make() {
            Ok(n) => n,
            Err(why) => {
                return Ok((
                    vec![failed(CheckId::ROTATE_ADD, TITLE_ADD, started, why)],
                    lines,
                ));
            }
        };
        let mut steps = Vec::new();
        let key_id = match self.upload(&graph, &app_path, &registered, &new).await {
            Ok(k) => k,
            Err(why) => {
                new.discard();
                let why = format!("Graph did not add it; nothing was changed: {why}");
                steps.push(failed(CheckId::ROTATE_ADD, TITLE_ADD, started, why));
                return Ok((steps, lines));
            }
        };
        steps.push(Step::pass(
            CheckId::ROTATE_ADD,
            TITLE_ADD,
            Some(started.elapsed()),
            format!(
                "uploaded {} (thumbprint {}, keyId {key_id}), valid until {}, in {}",
                new.credential.subject,
                new.credential.thumbprint_sha1,
                new.credential.not_after.map_or_else(String::new, date_of),
                new.path.display()
            ),
            evidence(&[
                ("key_id", json!(key_id)),
                ("thumbprint", json!(new.credential.thumbprint_sha1)),
            ]),
        ));
        let uploaded = Uploaded {
            graph: &graph,
            app_path: &app_path,
            registered: &registered,
            new: &new,
            key_id: &key_id,
        };
        self.finish(&uploaded, steps, lines).await
    }

    /// After the upload: the test (the new certificate removed again when it fails), the
    /// profile pointed at it, and the old one removed once confirmed.
    async fn finish(
        &self,
        u: &Uploaded<'_>,
        mut steps: Vec<Step>,
        mut lines: Vec<String>,
    ) -> Result<(Vec<Step>, Vec<String>), AppError> {
        let tested = test_until_accepted(
            self.ctx,
            &self.settings_with(u.new),
            "certificate",
            ClassId::INVALID_CLIENT_ASSERTION,
            self.o.wait,
        )
        .await?;
        let passed = tested
            .iter()
            .any(|s| s.id == CheckId::SMTP_AUTH && s.status == Status::Pass);
        steps.extend(tested);
        if !passed {
            lines.push(
                self.take_back(u.graph, u.app_path, u.registered, u.new, u.key_id)
                    .await,
            );
            return Ok((steps, lines));
        }
        steps.push(self.point_profile_at(u.new));
        let removal = self
            .remove_old(u.graph, u.app_path, u.registered, u.new)
            .await?;
        steps.extend(removal.0);
        lines.extend(removal.1);
        Ok((steps, lines))
    }

    /// The application's object id (the proof's `iss`) and the keyId of the certificate in use.
    async fn registered(&self, graph: &Graph, app_path: &str) -> Result<Registered, String> {
        let client_id = self
            .settings
            .client_id
            .as_ref()
            .map_or("", |c| c.value.as_str());
        let app = graph
            .get(&format!("{app_path}?$select=id,appId,displayName,keyCredentials"))
            .await
            .map_err(|e| e.0)?
            .ok_or_else(|| format!("Graph has no app registration with the Application (client) ID {client_id} in this tenant (app-not-found)"))?;
        let thumb = &self.current.thumbprint_sha1;
        let old_key_id = app["keyCredentials"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|k| {
                k["customKeyIdentifier"]
                    .as_str()
                    .is_some_and(|c| c.eq_ignore_ascii_case(thumb))
            })
            .and_then(|k| k["keyId"].as_str())
            .map(str::to_string)
            .ok_or_else(|| format!(
                "the certificate in use (thumbprint {thumb}) is not registered on the app, so it cannot sign the proof Graph's addKey asks for: upload the new certificate in App registrations › {client_id} › Certificates & secrets instead"
            ))?;
        Ok(Registered {
            object_id: app["id"].as_str().unwrap_or_default().to_string(),
            display_name: app["displayName"].as_str().unwrap_or(client_id).to_string(),
            old_key_id,
        })
    }

    fn plan(&self, r: &Registered) -> String {
        let o = self.o;
        let s = self.settings;
        let mailbox = s.mailbox.as_ref().map_or("", |m| m.value.as_str());
        let client_id = s.client_id.as_ref().map_or("", |c| c.value.as_str());
        let first = match &o.new_cert {
            Some(p) => format!("take the certificate in {}", p.display()),
            None => format!(
                "make a new RSA 2048 key and a self-signed certificate \"CN={}\", valid {} days, into {} (mode 0600)",
                common_name(s),
                o.days,
                self.out.display()
            ),
        };
        let removal = if o.keep_old {
            "keep the old certificate (--keep-old)".to_string()
        } else {
            format!(
                "remove the old certificate (thumbprint {}, keyId {}){} (Graph removeKey, the proof signed by the new one)",
                self.current.thumbprint_sha1,
                r.old_key_id,
                if o.yes { "" } else { " — asked again first" }
            )
        };
        format!(
            "The plan, for the app {} ({client_id}):\n  1. {first}\n  2. upload it (Graph addKey, the proof signed by the certificate in use)\n  3. test it: a token, then SMTP AUTH as {mailbox}; if it fails, remove it again and stop\n  4. point profile {} at it (client_cert); the old file stays where it is\n  5. {removal}",
            r.display_name, s.profile.value
        )
    }

    /// The new certificate: made and written (0600), or the one given.
    fn make(&self) -> Result<New, String> {
        let (path, written) = if let Some(p) = &self.o.new_cert {
            (p.clone(), false)
        } else {
            let made = new_self_signed(&common_name(self.settings), self.o.days)?;
            config_file::write_private_file(self.out, made.pem.expose_secret().as_bytes())
                .map_err(|e| format!("{} cannot be written: {e}", self.out.display()))?;
            (self.out.to_path_buf(), true)
        };
        let credential = CertificateCredential::from_file(&path, None).map_err(|e| {
            if written {
                let _ = std::fs::remove_file(&path);
            }
            e.to_string()
        })?;
        Ok(New {
            path,
            written,
            credential,
        })
    }

    async fn upload(
        &self,
        graph: &Graph,
        app_path: &str,
        r: &Registered,
        new: &New,
    ) -> Result<String, String> {
        let key = base64::engine::general_purpose::STANDARD.encode(&new.credential.der);
        let answer = graph
            .post(
                &format!("{app_path}/addKey"),
                &json!({
                    "keyCredential": {"type": "AsymmetricX509Cert", "usage": "Verify", "key": key, "displayName": new.credential.subject},
                    "passwordCredential": null,
                    "proof": self.current.proof_of_possession(&r.object_id),
                }),
                NEEDS,
            )
            .await
            .map_err(|e| e.0)?
            .unwrap_or(Value::Null);
        answer["keyId"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| "Graph's answer to addKey has no keyId".into())
    }

    /// This run's settings with the new certificate and no admin access.
    fn settings_with(&self, new: &New) -> Settings {
        let mut s = super::secret::client_only(self.settings);
        s.values.client_cert = Some(Val {
            value: new.path.clone(),
            source: Source::Derived("cert rotate"),
        });
        s.client_cert_password = None;
        s
    }

    async fn take_back(
        &self,
        graph: &Graph,
        app_path: &str,
        r: &Registered,
        new: &New,
        key_id: &str,
    ) -> String {
        let removed = remove_key(graph, app_path, key_id, self.current, &r.object_id).await;
        new.discard();
        match removed {
            Ok(_) => "The new certificate was removed again because it failed its test (the checks below say why): the app's certificates and this client are as they were.".into(),
            Err(e) => format!(
                "The new certificate (keyId {key_id}) failed its test, and removing it failed too ({}): delete it in App registrations › Certificates & secrets. The old certificate and this client are unchanged.",
                e.0
            ),
        }
    }

    /// The profile's `client_cert` set to the new file (when the profile is in the config file).
    fn point_profile_at(&self, new: &New) -> Step {
        let s = self.settings;
        let profile = &s.profile.value;
        let path = new.path.display().to_string();
        if !s.profiles_in_file.iter().any(|p| p == profile) {
            return Step::pass(
                CheckId::ROTATE_STORE,
                TITLE_STORE,
                None,
                format!(
                    "no profile {profile} in the config file: set SMTP_OAUTH_CLIENT_CERT={path} where the client runs"
                ),
                serde_json::Map::new(),
            );
        }
        let edited = config_file::edit(&s.config_path.value, |doc| {
            let t = config_file::profile_table(doc, profile);
            t.insert("client_cert", toml_edit::value(path.as_str()));
        });
        match edited {
            Ok(_) => Step::pass(
                CheckId::ROTATE_STORE,
                TITLE_STORE,
                None,
                format!("profile {profile}: client_cert = {path}"),
                serde_json::Map::new(),
            ),
            Err(e) => Step::fail(
                CheckId::ROTATE_STORE,
                TITLE_STORE,
                Duration::ZERO,
                ClassId::CREDENTIAL_CHANGE_FAILED,
                format!(
                    "the new certificate works, but profile {profile} could not be pointed at it ({e}): set client_cert = {path} yourself"
                ),
                serde_json::Map::new(),
            ),
        }
    }

    async fn remove_old(
        &self,
        graph: &Graph,
        app_path: &str,
        r: &Registered,
        new: &New,
    ) -> Result<(Vec<Step>, Vec<String>), AppError> {
        let thumb = &self.current.thumbprint_sha1;
        let old = r.old_key_id.as_str();
        if self.o.keep_old {
            return Ok((
                Vec::new(),
                vec!["The old certificate was kept (--keep-old).".into()],
            ));
        }
        if !self.o.yes
            && !confirm(
                "",
                &format!(
                    "Remove the old certificate (thumbprint {thumb}) from the app now? Every client still using it stops sending."
                ),
                "remove",
            )?
        {
            return Ok((
                Vec::new(),
                vec![format!(
                    "The old certificate (thumbprint {thumb}) was kept: delete it in App registrations › Certificates & secrets once no client uses it."
                )],
            ));
        }
        let started = Instant::now();
        let removed = remove_key(graph, app_path, old, &new.credential, &r.object_id).await;
        let step = match removed {
            Ok(_) => Step::pass(
                CheckId::ROTATE_REMOVE,
                TITLE_REMOVE,
                Some(started.elapsed()),
                format!(
                    "removed the certificate with thumbprint {thumb} (keyId {old}) from the app"
                ),
                evidence(&[("key_id", json!(old))]),
            ),
            Err(e) => failed(
                CheckId::ROTATE_REMOVE,
                TITLE_REMOVE,
                started,
                format!(
                    "Graph did not remove the old certificate (keyId {old}): {}; the new one works and the profile uses it",
                    e.0
                ),
            ),
        };
        let note = format!(
            "The old certificate's file ({}) is no longer used by this profile; delete it when no other client reads it.",
            self.settings
                .client_cert
                .as_ref()
                .map_or_else(String::new, |c| c.value.display().to_string())
        );
        Ok((vec![step], vec![note]))
    }
}

/// The made certificate's subject: the app and profile it is for.
fn common_name(s: &Settings) -> String {
    format!("smtp-oauth {}", s.profile.value)
}

fn date_of(t: std::time::SystemTime) -> String {
    time::OffsetDateTime::from(t).date().to_string()
}
