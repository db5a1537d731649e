"""The sequential baseline of `cargo bench --bench diagnose`: what a careful script does to test
Exchange Online SMTP with OAuth, one step after another, with the standard library only
(urllib for the token, then smtplib). Same settings as smtp-oauth (the SMTP_OAUTH_* variables
the simulated tenant exports). Prints the AUTH reply code; exits 1 unless it is 235."""

import base64
import json
import os
import smtplib
import ssl
import sys
import urllib.parse
import urllib.request

env = os.environ
ctx = ssl.create_default_context(cafile=env["SMTP_OAUTH_CA_FILE"])
form = urllib.parse.urlencode(
    {
        "client_id": env["SMTP_OAUTH_CLIENT_ID"],
        "client_secret": env["SMTP_OAUTH_CLIENT_SECRET"],
        "scope": env.get("SMTP_OAUTH_SCOPE", "https://outlook.office365.com/.default"),
        "grant_type": "client_credentials",
    }
).encode()
url = f"{env['SMTP_OAUTH_AUTHORITY']}/{env['SMTP_OAUTH_TENANT']}/oauth2/v2.0/token"
with urllib.request.urlopen(url, form, context=ctx, timeout=30) as answer:
    token = json.load(answer)["access_token"]

smtp = smtplib.SMTP(env["SMTP_OAUTH_SMTP_HOST"], int(env["SMTP_OAUTH_SMTP_PORT"]), timeout=30)
smtp.ehlo()
smtp.starttls(context=ctx)
smtp.ehlo()
blob = f"user={env['SMTP_OAUTH_MAILBOX']}\x01auth=Bearer {token}\x01\x01".encode()
# The initial-response form, as smtplib's own auth() sends it: one round trip.
code, _ = smtp.docmd("AUTH", "XOAUTH2 " + base64.b64encode(blob).decode())
smtp.quit()
print(code)
sys.exit(0 if code == 235 else 1)
