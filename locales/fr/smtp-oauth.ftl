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

## Titres des classes d'échec (par identifiant)

class-network-timeout = Délai de connexion dépassé
class-connection-refused = Connexion refusée
class-dns-failure = Le nom d'hôte ne se résout pas
class-proxy-auth-required = Le proxy demande une authentification
class-proxy-unreachable = Proxy injoignable
class-login-host-unreachable = L'hôte de connexion est injoignable
class-tls-version-rejected = Version de TLS refusée
class-untrusted-certificate = Chaîne de certificats non approuvée
class-tls-intercepted = Interception TLS détectée
class-hostname-mismatch = Le certificat ne correspond pas à l'hôte
class-certificate-expired = Certificat expiré ou pas encore valide
class-tls-handshake-failed = Échec de la négociation TLS
class-truststore-missing-ca = Il manque au magasin de confiance du client une autorité de la chaîne de Microsoft
class-truststore-ca-expiring = L'ancre de la chaîne de Microsoft dans le magasin de confiance expire bientôt
class-invalid-tenant = Locataire inconnu
class-app-not-found = Application introuvable dans le locataire
class-invalid-client-secret = Clé secrète client refusée
class-federated-credential-mismatch = Les informations d'identification fédérées ne correspondent pas au jeton
class-secret-id-not-value = ID de secret utilisé au lieu de la valeur du secret
class-secret-expired = Clé secrète client expirée
class-secret-expiring = La clé secrète client expire bientôt
class-secret-rotated = Clé secrète client renouvelée dans Entra, pas sur ce client
class-invalid-scope = Étendue non valide
class-exchange-resource-missing = Ressource Exchange Online absente du locataire
class-app-disabled = Application désactivée
class-conditional-access-blocked = Bloqué par l'accès conditionnel
class-invalid-client-assertion = Informations d'identification par certificat non acceptées
class-clock-skew = Décalage d'horloge
class-token-service-error = Service de jetons indisponible
class-token-request-refused = Demande de jeton refusée (voir le code de Microsoft)
class-credential-change-failed = La modification des informations d'identification n'a pas abouti
class-wrong-audience = Le jeton est destiné à une autre audience
class-permission-not-granted = SMTP.SendAsApp non accordé
class-auth-rejected = Authentification refusée (535 5.7.3)
class-smtp-auth-disabled = SMTP AUTH désactivé
class-security-defaults = Bloqué par les paramètres de sécurité par défaut ou une stratégie
class-send-as-denied = SendAs refusé
class-starttls-stripped = STARTTLS supprimé par un équipement intermédiaire
class-starttls-unavailable = STARTTLS non proposé
class-xoauth2-unavailable = XOAUTH2 non proposé
class-protocol-error = Erreur de protocole
class-smtp-transient = Exchange demande de réessayer plus tard
class-smtp-rejected = Exchange a refusé la commande
class-smtp-throttled = Exchange limite l'expéditeur
class-message-too-large = Message trop volumineux
class-smtp-not-authenticated = Non authentifié pour envoyer
class-basic-auth-retired = Authentification de base supprimée pour SMTP
class-service-principal-missing = Principal de service Exchange absent
class-service-principal-wrong-object-id = Principal de service inscrit avec le mauvais ID d'objet
class-mailbox-permission-missing = Pas de FullAccess sur la boîte aux lettres
class-mailbox-not-found = Boîte aux lettres introuvable ou sans licence
class-propagation-pending = Modifications pas encore propagées
class-mailbox-logon-failed = Exchange n'a pas pu ouvrir la boîte aux lettres
class-mailbox-outside-rbac-scope = Boîte aux lettres hors de l'étendue RBAC
class-rbac-mixed-permissions = RBAC pour les applications mêlé à l'autorisation d'API
class-client-platform-unsupported = Cette version du client ne prend pas en charge SMTP OAuth

## Domaines du catalogue, et explain

area-network = Réseau et proxy
area-tls = TLS et certificats
area-token = Point de terminaison de jeton (Entra ID)
area-claims = Contenu du jeton
area-smtp = Session SMTP
area-exchange = Prérequis Exchange
area-client = Plateforme cliente
explain-count = { $count } classes d'échec. `smtp-oauth explain ID` en donne les causes et les corrections, avec vos valeurs.
