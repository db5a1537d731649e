
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'smtp-oauth' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'smtp-oauth'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'smtp-oauth' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the resolved settings and their sources; list profiles; edit a profile')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'List the failure classes, or explain one (by id, AADSTS code or SMTP status)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the diagnosis against a built-in simulated tenant (no Microsoft account needed)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Request a token and show its decoded claims and what is wrong with them')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smtp-oauth;config' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting with its value and source (secrets as `set (from …)`)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The path of the config file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The profiles of the config file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the profile (validated first; secrets are refused: use set-secret)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the profile')
            [CompletionResult]::new('set-secret', 'set-secret', [CompletionResultType]::ParameterValue, 'Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the environment or a prompt without echo')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smtp-oauth;config;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;config;path' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;config;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;config;set' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;config;unset' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;config;set-secret' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Where to keep it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting with its value and source (secrets as `set (from …)`)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The path of the config file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The profiles of the config file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the profile (validated first; secrets are refused: use set-secret)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the profile')
            [CompletionResult]::new('set-secret', 'set-secret', [CompletionResultType]::ParameterValue, 'Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the environment or a prompt without echo')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smtp-oauth;config;help;show' {
            break
        }
        'smtp-oauth;config;help;path' {
            break
        }
        'smtp-oauth;config;help;list' {
            break
        }
        'smtp-oauth;config;help;set' {
            break
        }
        'smtp-oauth;config;help;unset' {
            break
        }
        'smtp-oauth;config;help;set-secret' {
            break
        }
        'smtp-oauth;config;help;help' {
            break
        }
        'smtp-oauth;explain' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;demo' {
            [CompletionResult]::new('--reply-delay-ms', '--reply-delay-ms', [CompletionResultType]::ParameterName, 'Fixed delay per reply, in milliseconds (benchmarks)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the scenarios')
            [CompletionResult]::new('--serve', '--serve', [CompletionResultType]::ParameterName, 'Keep the simulated tenant running and print the settings that point other commands at it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;token' {
            [CompletionResult]::new('--inspect', '--inspect', [CompletionResultType]::ParameterName, 'Judge a token or an XOAUTH2 string another application produced, offline ("-" = stdin)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print only the access token, to stdout (for piping into another tool)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;man' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of stdout (used with --format junit)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate instead of a secret: PEM with key, or PKCS#12 [env: SMTP_OAUTH_CLIENT_CERT]')
            [CompletionResult]::new('--secret-expires', '--secret-expires', [CompletionResultType]::ParameterName, 'Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]')
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud''s, smtp.office365.com]')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud''s]')
            [CompletionResult]::new('--token-endpoint', '--token-endpoint', [CompletionResultType]::ParameterName, 'Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud''s Exchange scope]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud''s]')
            [CompletionResult]::new('--exchange-url', '--exchange-url', [CompletionResultType]::ParameterName, 'Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud''s]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]')
            [CompletionResult]::new('--admin-client-id', '--admin-client-id', [CompletionResultType]::ParameterName, 'Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]')
            [CompletionResult]::new('--admin-client-secret-file', '--admin-client-secret-file', [CompletionResultType]::ParameterName, 'Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]')
            [CompletionResult]::new('--admin-client-cert', '--admin-client-cert', [CompletionResultType]::ParameterName, 'Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also with NO_COLOR set, or when stdout is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail; -v shows protocol transcripts with secrets redacted')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures in the exit status')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input')
            [CompletionResult]::new('--rbac-for-apps', '--rbac-for-apps', [CompletionResultType]::ParameterName, 'The app uses Exchange RBAC for Applications (no roles in the token) [env: SMTP_OAUTH_RBAC_FOR_APPS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smtp-oauth;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the resolved settings and their sources; list profiles; edit a profile')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'List the failure classes, or explain one (by id, AADSTS code or SMTP status)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the diagnosis against a built-in simulated tenant (no Microsoft account needed)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Request a token and show its decoded claims and what is wrong with them')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smtp-oauth;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting with its value and source (secrets as `set (from …)`)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The path of the config file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The profiles of the config file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value in the profile (validated first; secrets are refused: use set-secret)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value from the profile')
            [CompletionResult]::new('set-secret', 'set-secret', [CompletionResultType]::ParameterValue, 'Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the environment or a prompt without echo')
            break
        }
        'smtp-oauth;help;config;show' {
            break
        }
        'smtp-oauth;help;config;path' {
            break
        }
        'smtp-oauth;help;config;list' {
            break
        }
        'smtp-oauth;help;config;set' {
            break
        }
        'smtp-oauth;help;config;unset' {
            break
        }
        'smtp-oauth;help;config;set-secret' {
            break
        }
        'smtp-oauth;help;explain' {
            break
        }
        'smtp-oauth;help;demo' {
            break
        }
        'smtp-oauth;help;token' {
            break
        }
        'smtp-oauth;help;completions' {
            break
        }
        'smtp-oauth;help;man' {
            break
        }
        'smtp-oauth;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
