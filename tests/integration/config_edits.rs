//! Config writes: atomic, 0600, keep other profiles and unknown keys; secrets only in their store.

use crate::support::{SECRET, Sandbox};

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn config_set_creates_a_private_file_and_config_show_reads_it_back() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "set", "tenant", "Contoso.onmicrosoft.com"])
        .run()
        .code(0)
        .stdout_has("Set tenant = \"contoso.onmicrosoft.com\" in profile default");
    #[cfg(unix)]
    assert_eq!(mode(&sb.config_path()), 0o600);
    let j = sb.cmd().args(["config", "show", "--json"]).run().json();
    assert_eq!(j["settings"]["tenant"], "contoso.onmicrosoft.com");
    assert_eq!(j["sources"]["tenant"], "profile default");
}

#[test]
fn config_set_keeps_other_profiles_comments_and_unknown_keys() {
    let sb = Sandbox::new();
    let before = "# fleet of printers\n[printer-2]\ntenant = \"b.example.com\" # second floor\nfuture_setting = [1, 2]\n\n[default]\nmailbox = \"a@example.com\"\n";
    sb.write_config(before);
    sb.cmd()
        .args(["config", "set", "smtp-port", "587"])
        .run()
        .code(0);
    sb.cmd()
        .args([
            "--profile",
            "new",
            "config",
            "set",
            "client-id",
            "00001111-AAAA-2222-BBBB-3333CCCC4444",
        ])
        .run()
        .code(0);
    let after = sb.read_config();
    for kept in [
        "# fleet of printers",
        "# second floor",
        "future_setting = [1, 2]",
        "tenant = \"b.example.com\"",
        "mailbox = \"a@example.com\"",
    ] {
        assert!(after.contains(kept), "lost {kept:?}:\n{after}");
    }
    assert!(after.contains("smtp_port = 587"), "{after}");
    assert!(
        after.contains("[new]\nclient_id = \"00001111-aaaa-2222-bbbb-3333cccc4444\""),
        "{after}"
    );
    #[cfg(unix)]
    assert_eq!(mode(&sb.config_path()), 0o600);
}

#[test]
fn an_invalid_value_is_refused_and_the_file_is_unchanged() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntenant = \"a.example.com\"\n");
    sb.cmd()
        .args([
            "config",
            "set",
            "tenant",
            "https://login.microsoftonline.com/x/oauth2",
        ])
        .run()
        .code(2)
        .stderr_has("invalid tenant");
    assert_eq!(sb.read_config(), "[default]\ntenant = \"a.example.com\"\n");
}

#[test]
fn a_bad_value_in_the_profile_can_be_fixed_with_config_set() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntenant = \"not a tenant\"\n");
    sb.cmd().args(["config", "show"]).run().code(2);
    sb.cmd()
        .args(["config", "set", "tenant", "contoso.com"])
        .run()
        .code(0);
    sb.cmd().args(["config", "show"]).run().code(0);
}

#[test]
fn a_file_that_does_not_parse_is_never_overwritten() {
    let sb = Sandbox::new();
    sb.write_config("[default\nbroken");
    sb.cmd()
        .args(["config", "set", "tenant", "contoso.com"])
        .run()
        .code(2)
        .stderr_has("left unchanged");
    assert_eq!(sb.read_config(), "[default\nbroken");
    let leftovers: Vec<_> = std::fs::read_dir(sb.config_path().parent().unwrap())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
}

#[test]
fn config_unset_removes_only_that_key() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntenant = \"a.example.com\"\nmailbox = \"m@example.com\"\n[other]\nmailbox = \"o@example.com\"\n");
    sb.cmd()
        .args(["config", "unset", "mailbox"])
        .run()
        .code(0)
        .stdout_has("Removed mailbox");
    let after = sb.read_config();
    assert!(
        after.contains("tenant = \"a.example.com\"")
            && after.contains("o@example.com")
            && !after.contains("m@example.com"),
        "{after}"
    );
}

#[test]
fn secrets_cannot_be_set_as_values() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "set", "client-secret", SECRET])
        .run()
        .code(2)
        .stderr_has("config set-secret");
    assert!(!sb.config_path().exists());
}

#[test]
fn set_secret_to_a_file_writes_0600_and_references_it() {
    let sb = Sandbox::new();
    sb.cmd()
        .args([
            "config",
            "set-secret",
            "--store",
            "file",
            "--client-secret-stdin",
        ])
        .stdin(&format!("{SECRET}\n"))
        .run()
        .code(0)
        .stdout_has("mode 0600");
    let secret_file = sb.config_path().parent().unwrap().join("default.secret");
    assert_eq!(
        std::fs::read_to_string(&secret_file).unwrap().trim(),
        SECRET
    );
    #[cfg(unix)]
    assert_eq!(mode(&secret_file), 0o600);
    assert!(!sb.read_config().contains(SECRET));
    let j = sb.cmd().args(["config", "show", "--json"]).run().json();
    assert!(
        j["settings"]["client_secret"]
            .as_str()
            .unwrap()
            .starts_with("set (from file "),
        "{j}"
    );
}

#[test]
fn set_secret_refuses_a_secret_id() {
    let sb = Sandbox::new();
    sb.cmd()
        .args([
            "config",
            "set-secret",
            "--store",
            "file",
            "--client-secret-stdin",
        ])
        .stdin("aaaabbbb-0000-cccc-1111-dddd2222eeee\n")
        .run()
        .code(2)
        .stderr_has("Secret ID");
}

#[test]
fn set_secret_without_a_terminal_or_source_says_how() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "set-secret"])
        .run()
        .code(2)
        .stderr_has("--client-secret-stdin");
}

#[test]
fn without_a_keyring_service_the_message_is_clear() {
    // The sandbox has no D-Bus session, so no Secret Service: a message, not a crash.
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "config",
            "set-secret",
            "--store",
            "keyring",
            "--client-secret-stdin",
        ])
        .stdin(SECRET)
        .run();
    if out.code == 0 {
        return; // a machine with a working keyring
    }
    out.code(2).stderr_has("keyring");
    assert!(!out.stderr.contains("panicked"));
    let j = sb.cmd().args(["config", "show", "--json"]).run().json();
    assert!(
        j["settings"]["client_secret"]
            .as_str()
            .unwrap()
            .starts_with("not set")
    );
}

#[test]
fn a_secret_file_readable_by_others_is_refused_with_the_chmod() {
    let sb = Sandbox::new();
    let path = sb.file("secret.txt", SECRET, 0o644);
    let out = sb
        .cmd()
        .args([
            "--client-secret-file",
            path.to_str().unwrap(),
            "config",
            "show",
        ])
        .run();
    out.code(2)
        .stderr_has(&format!("chmod 600 {}", path.display()));
    let private = sb.file("private.txt", &format!("{SECRET}\n"), 0o600);
    let j = sb
        .cmd()
        .args([
            "--client-secret-file",
            private.to_str().unwrap(),
            "config",
            "show",
            "--json",
        ])
        .run()
        .json();
    assert_eq!(
        j["settings"]["client_secret"],
        format!("set (from file {})", private.display())
    );
}

#[test]
fn config_path_and_list() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "path"])
        .run()
        .code(0)
        .stdout_has(sb.config_path().to_str().unwrap());
    sb.write_config(
        "[default]\ntenant = \"a.example.com\"\n[printer]\nmailbox = \"p@example.com\"\n",
    );
    let j = sb
        .cmd()
        .args(["--profile", "printer", "config", "list", "--json"])
        .run()
        .json();
    let names: Vec<_> = j["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["default", "printer"]);
    assert_eq!(j["profiles"][1]["selected"], true);
    sb.cmd()
        .args([
            "--config",
            sb.dir.path().join("elsewhere.toml").to_str().unwrap(),
            "config",
            "path",
        ])
        .run()
        .stdout_has("elsewhere.toml");
}

#[test]
fn a_profile_written_as_an_inline_table_keeps_its_values_through_set_and_unset() {
    let sb = Sandbox::new();
    sb.write_config(
        "# written by hand\ndefault = { tenant = \"contoso.onmicrosoft.com\", mailbox = \"no-reply@contoso.onmicrosoft.com\", smtp_port = 587 }\n",
    );
    sb.cmd()
        .args(["config", "set", "timeout", "30"])
        .run()
        .code(0);
    sb.cmd()
        .args(["config", "unset", "smtp-port"])
        .run()
        .code(0);
    let j = sb.cmd().args(["config", "show", "--json"]).run().json();
    assert_eq!(j["settings"]["tenant"], "contoso.onmicrosoft.com");
    assert_eq!(j["settings"]["mailbox"], "no-reply@contoso.onmicrosoft.com");
    assert_eq!(j["sources"]["tenant"], "profile default");
    assert_eq!(j["sources"]["timeout"], "profile default");
    assert_ne!(j["sources"]["smtp_port"], "profile default");
    assert!(sb.read_config().starts_with("# written by hand"));
}
