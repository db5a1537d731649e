# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_smtp_oauth_global_optspecs
    string join \n format= json output= no-color v/verbose strict lang= warning-days= critical-days= config= profile= tenant= client-id= client-cert= federated-token-file= secret-expires= secret-key-id= mailbox= cloud= smtp-host= smtp-port= authority= token-endpoint= scope= graph-url= exchange-url= truststore= ca-file= proxy= no-proxy= timeout= admin= admin-client-id= admin-client-cert= target= rbac-for-apps= client-secret-file= client-secret-stdin admin-client-secret-file= h/help V/version
end

function __fish_smtp_oauth_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_smtp_oauth_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_smtp_oauth_using_subcommand
    set -l cmd (__fish_smtp_oauth_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "setup" -d 'Walk through the app registration values, test them, and save a profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "init" -d 'Walk through the app registration values, test them, and save a profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "config" -d 'Show the resolved settings and their sources; list profiles; edit a profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "explain" -d 'List the failure classes, or explain one (by id, AADSTS code or SMTP status)'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "demo" -d 'Run the diagnosis against a built-in simulated tenant (no Microsoft account needed)'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "diagnose" -d 'Run every check and print one report: the command a CI preflight runs'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "doctor" -d 'Run every check and print one report: the command a CI preflight runs'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "replay" -d 'Judge a bundle written by `diagnose --bundle` again, offline, and print its report'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "prereqs" -d 'Check the Exchange prerequisites through Graph and the Exchange admin API, and fix them'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "test-connection" -d 'The SMTP session step by step up to AUTH, with each reply and its timing'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "send-test" -d 'Send a real test message from the mailbox and report the server\'s queue reply'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "certs" -d 'Show the certificate chain a server presents, verified or not, and export it'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "token" -d 'Request a token and show its decoded claims and what is wrong with them'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "schedule" -d 'Print a systemd timer, crontab line or Windows scheduled task for a daily diagnose'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "secret" -d 'Rotate the app\'s client secret: add a new one, test it end to end, store it, then remove the old one'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "cert" -d 'Rotate the app\'s client certificate: make (or take) one, upload and test it, then remove the old one'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c smtp-oauth -n "__fish_smtp_oauth_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l store -d 'Where to keep the secret (asked when interactive)' -r -f -a "keyring\t'The OS keyring'
file\t'A 0600 file beside the config file'
none\t'Nowhere: SMTP_OAUTH_CLIENT_SECRET is set where the client runs'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l ise-release -d 'The Cisco ISE release the values are for (prints ISE\'s field list), e.g. "3.3 P8"' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l non-interactive -d 'Take every value from flags and the environment; never prompt'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l no-test -d 'Save without the test connection'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l save-anyway -d 'Without a terminal: save even when the test connection fails (by default a failing test saves nothing, so a working profile is never replaced by values that fail)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand setup" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l store -d 'Where to keep the secret (asked when interactive)' -r -f -a "keyring\t'The OS keyring'
file\t'A 0600 file beside the config file'
none\t'Nowhere: SMTP_OAUTH_CLIENT_SECRET is set where the client runs'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l ise-release -d 'The Cisco ISE release the values are for (prints ISE\'s field list), e.g. "3.3 P8"' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l non-interactive -d 'Take every value from flags and the environment; never prompt'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l no-test -d 'Save without the test connection'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l save-anyway -d 'Without a terminal: save even when the test connection fails (by default a failing test saves nothing, so a working profile is never replaced by values that fail)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand init" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "show" -d 'Every setting with its value and source (secrets as `set (from …)`)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "path" -d 'The path of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "list" -d 'The profiles of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "set" -d 'Set a value in the profile (validated first; secrets are refused: use set-secret)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "unset" -d 'Remove a value from the profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "set-secret" -d 'Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the environment or a prompt without echo'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and not __fish_seen_subcommand_from show path list set unset set-secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l store -d 'Where to keep it' -r -f -a "keyring\t'The OS keyring (Keychain, Credential Manager, Secret Service)'
file\t'A 0600 file beside the config file, referenced from the profile'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from set-secret" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every setting with its value and source (secrets as `set (from …)`)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'The path of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'The profiles of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value in the profile (validated first; secrets are refused: use set-secret)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a value from the profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-secret" -d 'Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the environment or a prompt without echo'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l log -d 'Name the failure classes a client\'s debug log shows (ISE guest.log, javax.mail, Python, Node; "-" = stdin)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand explain" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l reply-delay-ms -d 'Fixed delay per reply, in milliseconds (benchmarks)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l list -d 'List the scenarios'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l serve -d 'Keep the simulated tenant running and print the settings that point other commands at it'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand demo" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l to -d 'Send a test message to ADDRESS (repeatable)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l from -d 'Send as another address (needs SendAs for the app)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l subject -d 'Subject of the test message' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l only -d 'Report only these checks (their inputs still run)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l wait -d 'Retry a rejected AUTH with back-off for up to DURATION while changes propagate (e.g. 30m)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l bundle -d 'Also write every answer the checks saw, secrets scrubbed, to FILE (for Microsoft support or Cisco TAC; `smtp-oauth replay FILE` judges it again offline)' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l auth-initial-response -d 'Send XOAUTH2 on the AUTH line (the default; kept for scripts that pass it)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l auth-two-step -d 'Send XOAUTH2 after the server\'s 334, one round trip more (for relays that refuse the initial response without saying 500, 501 or 504)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l list-checks -d 'List the checks and what each looks at'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l all-profiles -d 'Diagnose every profile of the config file at once (fleets of tenants or appliances)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l env-overrides -d 'With --all-profiles: let SMTP_OAUTH_* variables replace what the profiles say (by default a variable that would replace a profile\'s value is refused)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand diagnose" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l to -d 'Send a test message to ADDRESS (repeatable)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l from -d 'Send as another address (needs SendAs for the app)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l subject -d 'Subject of the test message' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l only -d 'Report only these checks (their inputs still run)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l wait -d 'Retry a rejected AUTH with back-off for up to DURATION while changes propagate (e.g. 30m)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l bundle -d 'Also write every answer the checks saw, secrets scrubbed, to FILE (for Microsoft support or Cisco TAC; `smtp-oauth replay FILE` judges it again offline)' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l auth-initial-response -d 'Send XOAUTH2 on the AUTH line (the default; kept for scripts that pass it)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l auth-two-step -d 'Send XOAUTH2 after the server\'s 334, one round trip more (for relays that refuse the initial response without saying 500, 501 or 504)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l list-checks -d 'List the checks and what each looks at'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l all-profiles -d 'Diagnose every profile of the config file at once (fleets of tenants or appliances)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l env-overrides -d 'With --all-profiles: let SMTP_OAUTH_* variables replace what the profiles say (by default a variable that would replace a profile\'s value is refused)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand replay" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l from -d 'Also check SendAs for this From address' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l fix -d 'Apply the missing pieces through the admin API, after showing each change and asking'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l yes -d 'With --fix: apply without asking (unattended runs)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l dry-run -d 'With --fix: show the changes, make none'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand prereqs" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l auth-initial-response -d 'Send XOAUTH2 on the AUTH line (the default; kept for scripts that pass it)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l auth-two-step -d 'Send XOAUTH2 after the server\'s 334, one round trip more (for relays that refuse the initial response without saying 500, 501 or 504)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand test-connection" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l to -d 'Send a test message to ADDRESS (repeatable)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l from -d 'Send as another address (needs SendAs for the app)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l subject -d 'Subject of the test message' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l auth-initial-response -d 'Send XOAUTH2 on the AUTH line (the default; kept for scripts that pass it)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l auth-two-step -d 'Send XOAUTH2 after the server\'s 334, one round trip more (for relays that refuse the initial response without saying 500, 501 or 504)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand send-test" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l starttls -d 'With HOST:PORT: start TLS with STARTTLS first (only `smtp`)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l out -d 'Write one PEM file per certificate, and a bundle, to DIR' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l trust -d 'The root set to verify against' -r -f -a "system\t'The operating system\'s trust store (what this machine\'s clients trust)'
mozilla\t'Mozilla\'s root set (webpki-roots), for comparison'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l check-truststore -d 'Also judge the client\'s own trust store: a PEM bundle, a directory of PEM/DER files, a PKCS#12 or a JKS file (repeatable; the setting `truststore` otherwise). Names what it lacks; with --out, writes those files' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l pem -d 'Print the chain as PEM (for a trust store) instead of the report'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l offline -d 'With a trust store: judge it against the roots Microsoft publishes for the target, without connecting (an appliance\'s export on a laptop)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand certs" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l inspect -d 'Judge a token or an XOAUTH2 string another application produced, offline ("-" = stdin)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l raw -d 'Print only the access token, to stdout (for piping into another tool)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand token" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand completions" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l at -d 'When, each day (HH:MM, local time)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l textfile-dir -d 'Write the run\'s Prometheus metrics into DIR (node_exporter\'s textfile directory)' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l systemd -d 'A systemd service and timer, with an OnFailure hook'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l cron -d 'A crontab line that prints (so cron mails) the report only when the run failed'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l windows-task -d 'A `schtasks /Create` command'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l all-profiles -d 'Diagnose every profile of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand schedule" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -f -a "rotate" -d 'Add a new client secret (Graph addPassword), test it (token, SMTP AUTH), store it where the profile keeps its secret, show it once, then remove the old one (removePassword) after you confirm. A new secret that fails its test is taken back'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and not __fish_seen_subcommand_from rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l days -d 'Days the new secret is valid (the portal\'s default is 180, its maximum 730)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l display-name -d 'The new secret\'s description in Entra [default: smtp-oauth PROFILE DATE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l secret-file -d 'Write the new secret to FILE (mode 0600) and point the profile at it, instead of where the profile keeps its secret' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l wait -d 'How long to try a new credential Entra does not accept yet (it takes a while to reach every region)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l keep-old -d 'Keep the old credential (other clients still use it)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l yes -d 'Add, test, store and remove without asking (unattended runs)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Show the plan, change nothing'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Add a new client secret (Graph addPassword), test it (token, SMTP AUTH), store it where the profile keeps its secret, show it once, then remove the old one (removePassword) after you confirm. A new secret that fails its test is taken back'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -f -a "rotate" -d 'Make a new RSA key and self-signed certificate (or take --new-cert), upload it (Graph addKey, with a proof signed by the certificate in use), test it (token, SMTP AUTH), point the profile at it, then remove the old one (removeKey) after you confirm. A new certificate that fails its test is removed again'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and not __fish_seen_subcommand_from rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l days -d 'Days the made certificate is valid' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l new-cert -d 'Take this certificate (PEM with its private key) instead of making one' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l out -d 'Where the made certificate and key go (mode 0600) [default: beside the current one, named with today\'s date]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l wait -d 'How long to try a new credential Entra does not accept yet (it takes a while to reach every region)' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l keep-old -d 'Keep the old credential (other clients still use it)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l yes -d 'Add, test, store and remove without asking (unattended runs)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Show the plan, change nothing'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Make a new RSA key and self-signed certificate (or take --new-cert), upload it (Graph addKey, with a proof signed by the certificate in use), test it (token, SMTP AUTH), point the profile at it, then remove the old one (removeKey) after you confirm. A new certificate that fails its test is removed again'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l format -d 'Output format' -r -f -a "human\t'Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)'
json\t'One JSON document on stdout (schema_version 1, see docs/json-report.md)'
junit\t'A JUnit XML report for CI systems (to --output FILE, or stdout)'
nagios\t'A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)'
checkmk\t'Checkmk local-check lines, one per profile'
prtg\t'The JSON of a PRTG EXE/Script Advanced sensor'
prometheus\t'Prometheus text format, for node_exporter\'s textfile collector (--output FILE is written atomically and keeps each profile\'s last success)'"
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l output -d 'Write the report to FILE instead of stdout (junit, json, prometheus); the human report then still goes to stdout, for the job log' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l lang -d 'Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l warning-days -d 'Monitoring formats: WARNING when the client secret has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l critical-days -d 'Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or fewer left' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l config -d 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l profile -d 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l tenant -d 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l client-id -d 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l client-cert -d 'Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l federated-token-file -d 'A federated token (a JWT from the CI\'s or the platform\'s OIDC issuer) as the client\'s proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l secret-expires -d 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l secret-key-id -d 'The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l mailbox -d 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l cloud -d 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l smtp-host -d 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud\'s, smtp.office365.com]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l smtp-port -d 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l authority -d 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l token-endpoint -d 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l scope -d 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud\'s Exchange scope]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l graph-url -d 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l exchange-url -d 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud\'s]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l truststore -d 'The client\'s own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l ca-file -d 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l proxy -d 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l no-proxy -d 'Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l timeout -d 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l admin -d 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l admin-client-id -d 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l admin-client-cert -d 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l target -d 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l rbac-for-apps -d 'The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false turns a profile\'s setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]' -r
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l client-secret-file -d 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l admin-client-secret-file -d 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]' -r -F
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l json -d 'Same as --format json'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l no-color -d 'No colours (also with NO_COLOR set, or when stdout is not a terminal)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -s v -l verbose -d 'More detail; -v shows protocol transcripts with secrets redacted'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l strict -d 'Treat warnings as failures in the exit status'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -l client-secret-stdin -d 'Read the client secret from standard input'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand man" -s V -l version -d 'Print version'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "setup" -d 'Walk through the app registration values, test them, and save a profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "config" -d 'Show the resolved settings and their sources; list profiles; edit a profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "explain" -d 'List the failure classes, or explain one (by id, AADSTS code or SMTP status)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "demo" -d 'Run the diagnosis against a built-in simulated tenant (no Microsoft account needed)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "diagnose" -d 'Run every check and print one report: the command a CI preflight runs'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "replay" -d 'Judge a bundle written by `diagnose --bundle` again, offline, and print its report'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "prereqs" -d 'Check the Exchange prerequisites through Graph and the Exchange admin API, and fix them'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "test-connection" -d 'The SMTP session step by step up to AUTH, with each reply and its timing'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "send-test" -d 'Send a real test message from the mailbox and report the server\'s queue reply'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "certs" -d 'Show the certificate chain a server presents, verified or not, and export it'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "token" -d 'Request a token and show its decoded claims and what is wrong with them'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "completions" -d 'Print shell completions'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "schedule" -d 'Print a systemd timer, crontab line or Windows scheduled task for a daily diagnose'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "secret" -d 'Rotate the app\'s client secret: add a new one, test it end to end, store it, then remove the old one'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "cert" -d 'Rotate the app\'s client certificate: make (or take) one, upload and test it, then remove the old one'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "man" -d 'Print the man page (roff)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and not __fish_seen_subcommand_from setup config explain demo diagnose replay prereqs test-connection send-test certs token completions schedule secret cert man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every setting with its value and source (secrets as `set (from …)`)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'The path of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'The profiles of the config file'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value in the profile (validated first; secrets are refused: use set-secret)'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a value from the profile'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-secret" -d 'Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the environment or a prompt without echo'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rotate" -d 'Add a new client secret (Graph addPassword), test it (token, SMTP AUTH), store it where the profile keeps its secret, show it once, then remove the old one (removePassword) after you confirm. A new secret that fails its test is taken back'
complete -c smtp-oauth -n "__fish_smtp_oauth_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "rotate" -d 'Make a new RSA key and self-signed certificate (or take --new-cert), upload it (Graph addKey, with a proof signed by the certificate in use), test it (token, SMTP AUTH), point the profile at it, then remove the old one (removeKey) after you confirm. A new certificate that fails its test is removed again'
