# Les messages de smtp-oauth en français (l'original : locales/en/smtp-oauth.ftl).
# Jamais traduits : les textes de Microsoft (réponses SMTP, descriptions AADSTS), les noms de
# cmdlets PowerShell, les identifiants, les noms de paramètres et les options.

## Le rapport lisible

report-transcript-title = Transcription (AUTH masqué) :
report-handshake-title = Connexion et négociation TLS :
report-the-cause = La cause :
report-what-to-do = Que faire :
report-found = Trouvé : { $found }
report-every-cause = (toutes les causes de { $id } : `smtp-oauth explain { $id }`, ou -v)
report-cause = Cause : { $cause }
report-most-likely = Cause la plus probable : { $cause }
report-more-causes = { $count ->
    [one] (1 autre cause avec -v)
   *[other] ({ $count } autres causes avec -v)
}
report-likely-causes = Causes probables :
report-summary-failed = { $count ->
    [one] 1 vérification en échec
   *[other] { $count } vérifications en échec
}
report-summary-warnings = { $count ->
    [one] 1 avertissement
   *[other] { $count } avertissements
}
report-summary-passed = { $count ->
    [one] 1 réussie
   *[other] { $count } réussies
}
report-summary-skipped = { $count ->
    [one] 1 ignorée
   *[other] { $count } ignorées
}
report-list-separator = {", "}
report-sentence-end = .
report-none = (aucun)
report-yes = oui
report-no = non
report-warning-suffix = (avertissement)

## certs

certs-presented-by = Chaîne présentée par { $endpoint } :
certs-leaf = certificat du serveur
certs-intermediate = intermédiaire
certs-root = racine
certs-days-left = { $days ->
    [one] 1 jour restant
   *[other] { $days } jours restants
}
certs-expired-ago = { $days ->
    [one] expiré depuis 1 jour
   *[other] expiré depuis { $days } jours
}
certs-exported = Exporté :

## Noms des vérifications (par identifiant)

check-secret-expiry = Expiration de la clé secrète client
check-tenant = Locataire
check-token = Demande de jeton
check-token-claims = Revendications du jeton
check-dns = DNS
check-tcp = Connexion TCP
check-smtp-greeting = Message d'accueil SMTP
check-smtp-ehlo = EHLO
check-smtp-starttls = STARTTLS
check-tls-chain = Négociation TLS
check-smtp-xoauth2 = XOAUTH2 proposé
check-smtp-auth = SMTP AUTH XOAUTH2
check-prereq-enterprise-app = Application d'entreprise
check-prereq-permission = SMTP.SendAsApp accordé
check-prereq-credentials = Informations d'identification de l'application
check-prereq-exchange-sp = Principal de service Exchange
check-prereq-mailbox = Boîte aux lettres
check-prereq-mailbox-permission = FullAccess sur la boîte aux lettres
check-prereq-send-as = SendAs pour l'adresse d'expéditeur
check-prereq-smtp-auth = SMTP AUTH activé
check-prereq-propagation = Modifications propagées
check-smtp-send = Envoi d'un message de test
check-truststore = Magasin de confiance du client
