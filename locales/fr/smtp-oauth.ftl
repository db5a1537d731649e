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
certs-field-issuer = émetteur
certs-field-valid = validité
certs-field-names = noms
certs-field-key = clé
certs-field-signed = { $key }, signé { $algorithm }
certs-field-serial = n° de série
certs-field-ca = AC
certs-field-ca-yes = oui
certs-field-path-length = longueur de chemin { $length }
certs-field-ca-issuers = émetteurs AC

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

## Textes des classes d'échec (par identifiant)

class-invalid-client-secret-when = AADSTS7000215 (`invalid_client`, HTTP 401) : Entra a refusé la clé secrète client. Le guide de Cisco sur SMTP OAuth pour ISE l'appelle « Invalid client secret ».
class-invalid-client-secret-cause-1 = L'ID du secret a été utilisé au lieu de sa valeur (le portail affiche les deux ; la valeur une seule fois, juste après la création).
class-invalid-client-secret-cause-2 = La valeur a été tronquée ou altérée lors de la copie (les secrets contiennent ~ . _ -).
class-invalid-client-secret-cause-3 = Le secret appartient à une autre inscription d'application.
class-invalid-client-secret-fix-1 = Centre d'administration Microsoft Entra › Inscriptions d'applications › votre application ({ $client_id }) › Certificats & secrets › Nouveau secret client ; copiez tout de suite la colonne Valeur.
class-invalid-client-secret-fix-2 = Enregistrez-le : `smtp-oauth config set-secret` (saisie sans écho), puis notez l'expiration : `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-auth-rejected-when = Exchange a répondu `535 5.7.3 Authentication unsuccessful` à AUTH XOAUTH2. Exchange donne cette même réponse pour un jeton incorrect, un rôle manquant, un principal de service absent ou mal inscrit, une autorisation de boîte aux lettres manquante et une modification pas encore propagée. Le guide de Cisco sur SMTP OAuth pour ISE l'appelle « Invalid email address ».
class-auth-rejected-cause-1 = Aucun principal de service Exchange pour l'application (New-ServicePrincipal n'a jamais été exécuté).
class-auth-rejected-cause-2 = Le principal de service a été inscrit avec l'ID d'objet de l'inscription d'application au lieu de celui de l'application d'entreprise.
class-auth-rejected-cause-3 = Pas de FullAccess pour le principal de service sur { $mailbox }.
class-auth-rejected-cause-4 = Le jeton n'a pas SMTP.SendAsApp ou est destiné à une autre audience.
class-auth-rejected-cause-5 = Les modifications datent de moins d'une heure et ne sont pas encore propagées.
class-auth-rejected-cause-6 = Le `user=` de la chaîne XOAUTH2 n'est pas la boîte aux lettres sur laquelle l'autorisation a été accordée.
class-auth-rejected-fix-1 = Connect-ExchangeOnline, puis : Get-ServicePrincipal -Identity { $object_id }   (aucun résultat → New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id })
class-auth-rejected-fix-2 = Get-MailboxPermission -Identity { $mailbox } | where User -like '*{ $object_id }*'   (aucune → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-auth-rejected-fix-3 = L'ObjectId doit être l'ID d'objet de l'application d'entreprise ({ $object_id }, l'`oid` du jeton de l'application), pas celui de la page Inscriptions d'applications.
class-auth-rejected-fix-4 = `smtp-oauth prereqs` vérifie tout cela par l'API d'administration ; `smtp-oauth diagnose --wait 30m` réessaie pendant la propagation des modifications.
class-smtp-auth-disabled-when = Exchange a répondu `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox`, ou l'API d'administration montre SMTP AUTH désactivé pour { $mailbox }.
class-smtp-auth-disabled-cause-1 = SMTP AUTH est désactivé pour l'organisation (Set-TransportConfig -SmtpClientAuthenticationDisabled $true, la valeur par défaut des locataires créés après janvier 2020) et la boîte aux lettres ne le remplace pas.
class-smtp-auth-disabled-cause-2 = SMTP AUTH est désactivé pour cette boîte aux lettres (Set-CASMailbox … -SmtpClientAuthenticationDisabled $true).
class-smtp-auth-disabled-fix-1 = Activez-le pour cette seule boîte aux lettres (sa valeur l'emporte sur celle de l'organisation) : Set-CASMailbox -Identity { $mailbox } -SmtpClientAuthenticationDisabled $false
class-smtp-auth-disabled-fix-2 = Ou dans le Centre d'administration Microsoft 365 › Utilisateurs › { $mailbox } › Courrier › Gérer les applications de messagerie › cochez SMTP authentifié.
class-smtp-auth-disabled-fix-3 = Vérifiez la valeur effective : Get-CASMailbox -Identity { $mailbox } | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled
class-service-principal-missing-when = Exchange n'a aucun principal de service pour l'application { $client_id } (Get-ServicePrincipal n'en trouve pas).
class-service-principal-missing-cause-1 = New-ServicePrincipal n'a jamais été exécuté : les autorisations Entra ne suffisent pas à Exchange.
class-service-principal-missing-fix-1 = Connect-ExchangeOnline, puis : New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-missing-fix-2 = L'ObjectId est l'ID d'objet de l'application d'entreprise (Centre d'administration Microsoft Entra › Applications d'entreprise › l'application › Vue d'ensemble), ici { $object_id }.
class-service-principal-missing-fix-3 = Ou : `smtp-oauth prereqs --fix`.
class-service-principal-wrong-object-id-when = Le principal de service Exchange de l'application { $client_id } est inscrit avec un ObjectId qui n'est pas celui de l'application d'entreprise ({ $object_id }), le plus souvent l'ID d'objet de l'inscription d'application.
class-service-principal-wrong-object-id-cause-1 = L'ID d'objet de la page Inscriptions d'applications a été utilisé ; Exchange a besoin de celui de la page Applications d'entreprise (l'`oid` du jeton de l'application).
class-service-principal-wrong-object-id-fix-1 = Remove-ServicePrincipal -Identity <le mauvais ID d'objet>
class-service-principal-wrong-object-id-fix-2 = New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-wrong-object-id-fix-3 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess   (les autorisations avaient été accordées à l'ancien principal)
class-service-principal-wrong-object-id-fix-4 = Ou : `smtp-oauth prereqs --fix`.
class-mailbox-permission-missing-when = Le principal de service n'a pas FullAccess sur { $mailbox }.
class-mailbox-permission-missing-cause-1 = Add-MailboxPermission n'a pas été exécuté, l'a été pour une autre boîte aux lettres, ou pour un principal recréé depuis.
class-mailbox-permission-missing-fix-1 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-mailbox-permission-missing-fix-2 = Ou : `smtp-oauth prereqs --fix`.

## explain ID

explain-recognised-by = Reconnue à :
explain-causes = Causes probables, de la plus probable à la moins probable :
explain-fix = Correction :
explain-see = Voir :

## Résumés des vérifications

summary-secret-expires = expire le { $date } ({ $days ->
    [one] dans 1 jour
   *[other] dans { $days } jours
})
summary-token-issued = jeton délivré, valable { $minutes } min
summary-token-claims = jeton d'application seule pour { $audience }, { $roles }, ID d'objet de l'application d'entreprise { $oid }
summary-dns-address = { $address } est une adresse : pas de résolution
summary-tcp-connected = connecté à { $address }
summary-ehlo-capabilities = { $count ->
    [one] 1 fonctionnalité
   *[other] { $count } fonctionnalités
}
summary-tls-verified = { $version }, chaîne de { $count } certificats vérifiée
summary-permission-granted = SMTP.SendAsApp sur Office 365 Exchange Online, consentement administrateur accordé
summary-mailbox-ok = { $mailbox } existe, est activée et dispose d'une licence
summary-exchange-sp-registered = inscrit avec l'ID d'objet de l'application d'entreprise { $oid }
summary-full-access = le principal de service a FullAccess sur { $mailbox }
summary-propagated = aucun prérequis n'a changé au cours de la dernière heure
summary-tenant-cloud = locataire { $tenant }, dans le cloud { $cloud }
summary-domain-tenant-cloud = { $domain } est le locataire { $tenant }, dans le cloud { $cloud }
summary-enterprise-app = ID d'objet de l'application d'entreprise { $oid }, celui dont Exchange a besoin (l'ID d'objet de l'inscription d'application, { $app_oid }, en est un autre)
summary-smtp-auth-enabled-mailbox = SMTP AUTH est activé : la boîte aux lettres indique SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-enabled-org = SMTP AUTH est activé : la boîte aux lettres hérite du SmtpClientAuthenticationDisabled = { $value } de l'organisation

class-secret-id-not-value-when = La clé secrète client configurée a la forme d'un ID de secret (un GUID), pas d'une valeur de secret. Détecté avant tout envoi ; Entra répondrait AADSTS7000215.
class-secret-id-not-value-cause-1 = La colonne ID de secret a été copiée au lieu de la colonne Valeur dans Certificats & secrets.
class-secret-id-not-value-fix-1 = La valeur n'est affichée qu'une fois : créez un nouveau secret (Inscriptions d'applications › { $client_id } › Certificats & secrets › Nouveau secret client) et copiez sa valeur.
class-secret-id-not-value-fix-2 = Enregistrez-la avec `smtp-oauth config set-secret`.
class-secret-expired-when = AADSTS7000222 : la clé secrète client a expiré, ou la date d'expiration configurée ({ $secret_expires }) est passée.
class-secret-expired-cause-1 = Les clés secrètes client durent au plus 24 mois ; personne n'a renouvelé celle-ci à temps.
class-secret-expired-fix-1 = Avec un accès administrateur, `smtp-oauth secret rotate --admin device-code` ajoute un nouveau secret, le teste, l'enregistre et supprime l'ancien après confirmation.
class-secret-expired-fix-2 = Ou à la main : Inscriptions d'applications › { $client_id } › Certificats & secrets › Nouveau secret client, copiez sa valeur, enregistrez-la (`smtp-oauth config set-secret`) ainsi que la nouvelle expiration (`smtp-oauth config set secret-expires YYYY-MM-DD`), et mettez à jour chaque client qui l'utilise.
class-secret-expired-fix-3 = Envisagez un certificat (--client-cert), ou planifiez `smtp-oauth diagnose` : il prévient 60 jours à l'avance.
class-secret-expiring-when = La clé secrète client expire le { $secret_expires }, dans moins de 60 jours (à moins de 30 jours, c'est dit plus fort). Ce jour-là, le courrier s'arrête.
class-secret-expiring-cause-1 = Les secrets sont créés avec une durée fixe et personne n'est prévenu.
class-secret-expiring-fix-1 = Créez le prochain secret maintenant : `smtp-oauth secret rotate --admin device-code` l'ajoute, le teste de bout en bout, l'affiche une fois pour l'appareil et supprime l'ancien après confirmation (ou à la main : Inscriptions d'applications › { $client_id } › Certificats & secrets).
class-secret-expiring-fix-2 = Notez la nouvelle date : `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-permission-not-granted-when = Le jeton n'a pas le rôle `SMTP.SendAsApp` et l'application n'est pas configurée pour le RBAC Exchange pour les applications.
class-permission-not-granted-cause-1 = L'autorisation d'API manque : Inscriptions d'applications › { $client_id } › Autorisations de l'API n'a pas Office 365 Exchange Online › Autorisations d'application › SMTP.SendAsApp.
class-permission-not-granted-cause-2 = L'autorisation a été ajoutée, mais le consentement administrateur n'a pas été accordé.
class-permission-not-granted-cause-3 = Une autorisation déléguée (SMTP.Send) a été ajoutée au lieu de l'autorisation d'application.
class-permission-not-granted-cause-4 = Le consentement date de quelques minutes et le jeton avait été mis en cache avant.
class-permission-not-granted-fix-1 = Inscriptions d'applications › { $client_id } › Autorisations de l'API › Ajouter une autorisation › API utilisées par mon organisation › Office 365 Exchange Online › Autorisations d'application › SMTP.SendAsApp › Ajouter des autorisations.
class-permission-not-granted-fix-2 = Puis « Accorder un consentement d'administrateur pour <locataire> » sur la même page.
class-permission-not-granted-fix-3 = Ou, si l'application utilise le RBAC Exchange pour les applications (sans autorisation d'API, volontairement), dites-le : `smtp-oauth config set rbac-for-apps true`.
class-untrusted-certificate-when = La chaîne de certificats présentée ne se vérifie pas avec les racines de confiance utilisées. Le guide de Cisco sur SMTP OAuth pour ISE l'appelle « unable to find valid certification path to requested target ».
class-untrusted-certificate-cause-1 = Il manque au magasin de confiance du client la racine ou l'intermédiaire de la chaîne de Microsoft (DigiCert Global Root G2, Microsoft Azure RSA TLS Issuing CA …).
class-untrusted-certificate-cause-2 = Un proxy d'inspection TLS a remplacé la chaîne par celle d'une autorité privée (voir tls-intercepted).
class-untrusted-certificate-fix-1 = Exportez la chaîne que présente le serveur : `smtp-oauth certs { $certs_target } --out ./chain` et importez la racine et l'intermédiaire dans le magasin de confiance du client (Cisco ISE : Administration › System › Certificates › Trusted Certificates, cochez "Trust for authentication within ISE" et "Trust for client authentication and Syslog").
class-untrusted-certificate-fix-2 = Ou ajoutez-les ici avec --ca-file pour confirmer le diagnostic.
class-propagation-pending-when = Tous les prérequis sont en place, mais l'un d'eux a changé au cours de la dernière heure : Exchange peut encore répondre 535 5.7.3 jusqu'à la propagation de la modification.
class-propagation-pending-cause-1 = Les caches d'Exchange et d'Entra mettent quelques minutes (parfois jusqu'à une heure) à prendre en compte les nouveaux principaux de service, autorisations et consentements.
class-propagation-pending-fix-1 = Attendez, puis réessayez : `smtp-oauth diagnose --wait 30m` réessaie AUTH à intervalles croissants et dit quand cela a commencé à fonctionner.

## docs/failure-classes.LANG.md

doc-title = Classes d'échec
doc-intro = Chaque échec que signale smtp-oauth appartient à l'une de ces classes. Les identifiants sont un contrat stable : ils apparaissent comme `failure_class.id` dans les rapports `--json`, comme type d'échec JUnit et dans `smtp-oauth explain ID`, qui affiche le même texte avec vos propres valeurs. Les espaces réservés comme `<client-id>` tiennent lieu de ces valeurs. Les textes pas encore traduits restent en anglais.
doc-generated = Généré depuis src/failures/catalog.rs et locales/ par `cargo test` (UPDATE_GENERATED=1 le réécrit). Ne pas modifier.

class-network-timeout-when = La connexion TCP à { $smtp_host }:{ $smtp_port } ou le message d'accueil du serveur n'est pas arrivé dans le délai ({ $timeout } s). Le guide de Cisco sur SMTP OAuth pour ISE l'appelle « connect timed out ».
class-network-timeout-cause-1 = Un pare-feu sortant bloque le TCP { $smtp_port } (beaucoup de réseaux n'autorisent que 80/443 en sortie).
class-network-timeout-cause-2 = Le réseau ne sort vers Internet que par un proxy HTTP, que SMTP ne peut pas utiliser (un proxy HTTP transporte HTTPS, pas SMTP).
class-network-timeout-cause-3 = Un équipement intermédiaire accepte la connexion mais ne la transmet jamais (le message d'accueil n'arrive pas).
class-network-timeout-cause-4 = L'hôte ou le port est faux et désigne une machine qui ignore les paquets sans répondre.
class-network-timeout-fix-1 = Demandez à l'équipe réseau une règle de sortie : TCP { $smtp_port } vers { $smtp_host } (Microsoft publie les plages d'adresses d'Exchange Online : https://aka.ms/o365endpoints).
class-network-timeout-fix-2 = Vérifiez depuis la même machine : `smtp-oauth test-connection --timeout 60`, ou `nc -vz { $smtp_host } { $smtp_port }`.
class-network-timeout-fix-3 = Sur un réseau à proxy seul, lancez l'envoi là où la sortie directe est permise, ou relayez par un hôte qui l'a.
class-connection-refused-when = La connexion à { $smtp_host }:{ $smtp_port } a été activement refusée (TCP RST).
class-connection-refused-cause-1 = Le port est faux : la soumission d'Exchange Online écoute sur 587 (STARTTLS).
class-connection-refused-cause-2 = Un pare-feu local ou un agent de sécurité refuse la connexion.
class-connection-refused-cause-3 = L'hôte est faux et rien n'écoute sur ce port.
class-connection-refused-fix-1 = La soumission d'Exchange Online écoute sur le port 587 de { $default_smtp_host } : `--smtp-host { $default_smtp_host } --smtp-port 587`.
class-connection-refused-fix-2 = Vérifiez qu'aucun pare-feu local ni agent de sécurité ne refuse le TCP 587 sortant (le port de la soumission d'Exchange Online).
class-dns-failure-when = Un nom d'hôte ne s'est pas résolu en adresse.
class-dns-failure-cause-1 = Une faute de frappe dans le nom d'hôte (l'hôte SMTP par défaut est smtp.office365.com).
class-dns-failure-cause-2 = La machine n'a pas de résolveur DNS qui fonctionne, ou seulement un résolveur interne qui ne résout pas les noms publics.
class-dns-failure-cause-3 = Un DNS à double vue masque le nom sur ce réseau.
class-dns-failure-fix-1 = Vérifiez le nom : `smtp-oauth config show` montre l'hôte et d'où il vient.
class-dns-failure-fix-2 = Testez le résolveur : `getent hosts { $smtp_host }` ou `nslookup { $smtp_host }`.
class-dns-failure-fix-3 = Demandez la résolution DNS publique de { $smtp_host } et de { $login_host }, ou indiquez une adresse IP avec --smtp-host pour un test.
class-app-not-found-when = AADSTS700016 : aucune application d'ID client { $client_id } n'existe dans le locataire { $tenant } ; ou AADSTS7000229 : l'inscription d'application existe mais n'a pas d'application d'entreprise (principal de service) dans le locataire.
class-app-not-found-cause-1 = L'ID client est faux : un ID d'objet, un ID de secret ou une adresse e-mail a été utilisé au lieu de l'ID d'application (client).
class-app-not-found-cause-2 = L'application est inscrite dans un autre locataire que { $tenant }.
class-app-not-found-cause-3 = L'inscription d'application a été supprimée.
class-app-not-found-cause-4 = AADSTS7000229 : l'application a été créée par Graph, Terraform ou un script sans son application d'entreprise, ou l'application d'entreprise a été supprimée. Le secret est bon.
class-app-not-found-fix-1 = Copiez l'ID d'application (client) depuis Centre d'administration Microsoft Entra › Inscriptions d'applications › votre application › Vue d'ensemble.
class-app-not-found-fix-2 = Vérifiez que l'ID de l'annuaire (locataire) de la même page vaut { $tenant }.
class-app-not-found-fix-3 = Pour AADSTS7000229, créez l'application d'entreprise : `New-MgServicePrincipal -AppId { $client_id }` (Microsoft Graph PowerShell) ou `az ad sp create --id { $client_id }` ; puis accordez SMTP.SendAsApp avec le consentement administrateur.
class-invalid-scope-when = AADSTS70011 ou AADSTS1002012 : l'étendue n'est pas valide pour les informations d'identification du client.
class-invalid-scope-cause-1 = Un nom d'autorisation (SMTP.SendAsApp, SMTP.Send, Mail.Send) a été envoyé comme étendue.
class-invalid-scope-cause-2 = L'étendue n'a pas le suffixe /.default qu'exigent les informations d'identification du client.
class-invalid-scope-cause-3 = Des étendues de plusieurs ressources ont été combinées.
class-invalid-scope-fix-1 = Utilisez l'étendue .default de la ressource Exchange : `--scope { $default_scope }` (ou retirez l'étendue pour prendre celle du cloud par défaut).
class-wrong-audience-when = L'audience du jeton (`aud`) n'est pas Exchange Online : Exchange le refuse avec 535 5.7.3.
class-wrong-audience-cause-1 = L'étendue désigne une autre ressource, le plus souvent Microsoft Graph (https://graph.microsoft.com/.default).
class-wrong-audience-cause-2 = Le client a été configuré pour Mail.Send de Graph au lieu de SMTP AUTH.
class-wrong-audience-fix-1 = Demandez l'étendue d'Exchange : `--scope { $default_scope }`.

## The other classes' texts

class-proxy-auth-required-when = Le proxy HTTP a répondu 407 Proxy Authentication Required à la requête CONNECT.
class-proxy-auth-required-cause-1 = Le proxy demande des identifiants et aucun n'a été fourni.
class-proxy-auth-required-cause-2 = Les identifiants de l'URL du proxy sont faux ou expirés.
class-proxy-auth-required-cause-3 = Le proxy n'accepte que Kerberos/NTLM, que cet outil ne parle pas.
class-proxy-auth-required-fix-1 = Mettez les identifiants dans l'URL du proxy : HTTPS_PROXY=http://user:password@{ $proxy_host } (ils ne sont jamais affichés).
class-proxy-auth-required-fix-2 = Demandez une exception pour { $login_host } sur le proxy, ou ajoutez-le à NO_PROXY si la sortie directe est permise.
class-proxy-unreachable-when = Le proxy HTTP ({ $proxy }) est injoignable, ou il a refusé le CONNECT.
class-proxy-unreachable-cause-1 = L'URL du proxy (HTTPS_PROXY, ALL_PROXY ou --proxy) est fausse ou périmée.
class-proxy-unreachable-cause-2 = Le proxy est arrêté, ou joignable seulement depuis un autre réseau.
class-proxy-unreachable-cause-3 = La stratégie du proxy bloque { $login_host }.
class-proxy-unreachable-fix-1 = Vérifiez le réglage du proxy et sa source : `smtp-oauth config show` (son mot de passe n'est jamais affiché).
class-proxy-unreachable-fix-2 = Si la sortie directe est permise, contournez le proxy pour l'hôte de connexion de Microsoft : NO_PROXY={ $login_host }.
class-invalid-tenant-when = Entra ID ne connaît pas le locataire : AADSTS90002 (locataire introuvable) ou AADSTS900023 (identifiant de locataire non valide), la découverte OpenID a répondu `invalid_tenant`, ou le locataire est dans un autre cloud que l'hôte de connexion (AADSTS900382, "Confidential Client is not supported in Cross Cloud request"). Le guide de Cisco sur SMTP OAuth pour ISE l'appelle « invalid OAuth endpoint or tenant identifier ».
class-invalid-tenant-cause-1 = Une faute de frappe dans l'ID du locataire, ou l'ID d'un autre locataire.
class-invalid-tenant-cause-2 = Le locataire est dans un autre cloud (GCC High, DoD, 21Vianet) que l'hôte de connexion utilisé ({ $login_host }) : AADSTS900382 dit exactement cela.
class-invalid-tenant-cause-3 = Autre chose qu'un GUID ou un domaine à la place du locataire : une URL ou un chemin collé (`…/oauth2/authorize`).
class-invalid-tenant-fix-1 = Copiez l'ID de l'annuaire (locataire) depuis le Centre d'administration Microsoft Entra › Vue d'ensemble › ID de locataire et réglez-le : `smtp-oauth config set tenant <guid>`.
class-invalid-tenant-fix-2 = Pour un cloud national, réglez --cloud (usgov, usgov-dod, china).
class-invalid-tenant-fix-3 = Le point de terminaison de jeton doit être https://{ $login_host }/<tenant-id>/oauth2/v2.0/token.
class-federated-credential-mismatch-when = Entra n'a trouvé aucune information d'identification fédérée de l'application qui corresponde au jeton fédéré envoyé comme assertion : AADSTS700211 (émetteur), AADSTS700212 (audience), AADSTS700213 (sujet), AADSTS7002138 (le sujet ne diffère que par la casse : la comparaison la respecte) ou AADSTS70021.
class-federated-credential-mismatch-cause-1 = Le sujet diffère : GitHub Actions indique `repo:OWNER/REPO:environment:NAME` pour un job avec un environnement, `repo:OWNER/REPO:ref:refs/heads/BRANCH` pour une branche, `repo:OWNER/REPO:pull_request` pour une pull request ; propriétaire et dépôt sont comparés en respectant la casse.
class-federated-credential-mismatch-cause-2 = L'audience diffère : Entra attend `api://AzureADTokenExchange` sauf si l'information d'identification dit autre chose.
class-federated-credential-mismatch-cause-3 = L'émetteur diffère : celui de GitHub est `https://token.actions.githubusercontent.com` (sans barre oblique finale) ; celui d'un cluster Kubernetes est l'URL de son émetteur OIDC.
class-federated-credential-mismatch-fix-1 = Comparez le texte de Microsoft ci-dessus (il cite ce que le jeton a présenté) avec Centre d'administration Microsoft Entra › Inscriptions d'applications › { $client_id } › Certificats & secrets › Informations d'identification fédérées, et ajoutez-en une pour exactement cet émetteur, ce sujet et cette audience.
class-federated-credential-mismatch-fix-2 = Pour GitHub Actions : le workflow a besoin de `permissions: id-token: write` ; le sujet suit l'`environment:` du job (s'il y en a un) et la branche.
class-secret-rotated-when = L'inscription d'application a un secret client plus récent que celui qu'utilise ce client : quelqu'un l'a renouvelé dans Entra sans mettre à jour ce client (ou pas encore).
class-secret-rotated-cause-1 = Le secret a été renouvelé pour un autre client de la même application, ou le déploiement s'est arrêté avant celui-ci.
class-secret-rotated-cause-2 = L'ancien secret est gardé exprès pour ce client jusqu'à une fenêtre de maintenance.
class-secret-rotated-fix-1 = Mettez la valeur du secret plus récent sur ce client (pour Cisco ISE : Administration › System › Settings › SMTP Server, champs Client Secret et Expiry Date), puis `smtp-oauth config set-secret` et `smtp-oauth config set secret-expires YYYY-MM-DD`, et relancez `smtp-oauth diagnose`.
class-secret-rotated-fix-2 = Quand tous les clients utilisent le plus récent, supprimez l'ancien secret : Inscriptions d'applications › { $client_id } › Certificats & secrets.
class-exchange-resource-missing-when = AADSTS500011 : la ressource de l'étendue ({ $scope }) n'a pas de principal de service dans le locataire.
class-exchange-resource-missing-cause-1 = Une faute de frappe dans l'URI de ressource de l'étendue.
class-exchange-resource-missing-cause-2 = Le locataire n'a pas Exchange Online (aucune licence jamais attribuée), donc Office 365 Exchange Online n'est pas provisionné.
class-exchange-resource-missing-cause-3 = L'étendue appartient à un autre cloud.
class-exchange-resource-missing-fix-1 = Utilisez l'étendue Exchange du cloud : `--scope { $default_scope }`.
class-exchange-resource-missing-fix-2 = Vérifiez que le locataire a des licences Exchange Online (Centre d'administration Microsoft 365 › Facturation › Licences).
class-app-disabled-when = AADSTS7000112 : l'application est désactivée.
class-app-disabled-cause-1 = Quelqu'un a désactivé la connexion de l'application (Applications d'entreprise › l'application › Propriétés › Activé pour que les utilisateurs se connectent ? = Non), ou Microsoft l'a désactivée.
class-app-disabled-fix-1 = Centre d'administration Microsoft Entra › Applications d'entreprise › l'application ({ $client_id }) › Propriétés : mettez « Activé pour que les utilisateurs se connectent ? » à Oui.
class-conditional-access-blocked-when = AADSTS53003 : une stratégie d'accès conditionnel a bloqué l'émission du jeton pour l'application.
class-conditional-access-blocked-cause-1 = Une stratégie d'accès conditionnel pour les identités de charge de travail couvre ce principal de service (par exemple par emplacement) et l'IP de sortie de cette machine n'est pas autorisée.
class-conditional-access-blocked-fix-1 = Centre d'administration Microsoft Entra › Protection › Accès conditionnel › journaux de connexion des principaux de service : trouvez la stratégie qui a bloqué { $client_id }.
class-conditional-access-blocked-fix-2 = Autorisez l'IP de sortie de cette machine dans l'emplacement nommé de la stratégie, ou excluez le principal de service.
class-invalid-client-assertion-when = AADSTS700027 (signature non valide), AADSTS700024 (hors de sa fenêtre de temps), AADSTS700021 (l'émetteur n'est pas l'ID client) ou AADSTS700023 (mauvaise audience) : l'information d'identification par certificat (assertion client) n'a pas été acceptée.
class-invalid-client-assertion-cause-1 = Le certificat n'est pas chargé dans l'inscription d'application (Certificats & secrets › Certificats), ou c'en est un autre.
class-invalid-client-assertion-cause-2 = La clé n'appartient pas au certificat.
class-invalid-client-assertion-cause-3 = La fenêtre de temps de l'assertion est décalée parce que l'horloge locale est fausse.
class-invalid-client-assertion-cause-4 = Le certificat de l'inscription d'application a expiré.
class-invalid-client-assertion-fix-1 = Chargez le certificat public (.cer/.pem, sans clé) dans Inscriptions d'applications › { $client_id } › Certificats & secrets › Certificats, et comparez l'empreinte.
class-invalid-client-assertion-fix-2 = Vérifiez l'horloge : `date -u` doit correspondre à l'heure UTC réelle à une minute près.
class-clock-skew-when = L'horloge locale diffère de plus de 5 minutes de l'en-tête Date du serveur.
class-clock-skew-cause-1 = NTP ne tourne pas ou ne joint aucune source de temps sur cette machine ou cette appliance.
class-clock-skew-fix-1 = Activez la synchronisation de l'heure (timedatectl set-ntp true ; sur Cisco ISE : `ntp server` dans la CLI) et vérifiez `date -u`.
class-token-service-error-when = Le point de terminaison de jeton a continué à répondre HTTP 429 ou 5xx après un nombre limité de nouvelles tentatives.
class-token-service-error-cause-1 = Une limitation après de nombreuses demandes de jeton en peu de temps (un client qui ne met pas les jetons en cache).
class-token-service-error-cause-2 = Une panne d'Entra ID dans la région (voir https://status.cloud.microsoft).
class-token-service-error-cause-3 = Un proxy ou un équipement TLS intermédiaire répond à la place de Microsoft.
class-token-service-error-fix-1 = Attendez et réessayez ; un jeton est valable environ une heure, un client devrait donc en demander un par heure, pas un par message.
class-token-service-error-fix-2 = Consultez la page d'état d'intégrité des services Microsoft 365.
class-security-defaults-when = Exchange a répondu `535 5.7.139` avec un texte de paramètres de sécurité par défaut ou de stratégie : les paramètres de sécurité par défaut du locataire ou une stratégie d'authentification bloquent SMTP AUTH.
class-security-defaults-cause-1 = Les paramètres de sécurité par défaut sont activés : ils désactivent SMTP AUTH quel que soit le réglage de la boîte aux lettres.
class-security-defaults-cause-2 = Une stratégie d'authentification ou d'accès conditionnel bloque la demande.
class-security-defaults-fix-1 = Centre d'administration Microsoft Entra › Vue d'ensemble › Propriétés › Gérer les paramètres de sécurité par défaut : s'ils sont activés, SMTP AUTH est désactivé ; les désactiver demande l'accès conditionnel pour les remplacer.
class-security-defaults-fix-2 = Vérifiez les stratégies d'authentification : Get-AuthenticationPolicy ; et les journaux de connexion de { $client_id }.
class-send-as-denied-when = Après un AUTH réussi, le serveur a refusé d'envoyer au nom de l'adresse From : `554 5.2.252 SendAsDenied` ou `550 5.7.60`.
class-send-as-denied-cause-1 = L'adresse From ({ $from }) diffère de la boîte aux lettres authentifiée ({ $mailbox }) et le principal de service n'a pas le droit SendAs sur elle.
class-send-as-denied-cause-2 = Un alias de la boîte aux lettres sert d'adresse From et SendFromAliasEnabled est désactivé.
class-send-as-denied-fix-1 = Envoyez au nom de la boîte aux lettres elle-même, ou accordez SendAs : Add-RecipientPermission -Identity { $from } -Trustee { $object_id } -AccessRights SendAs
class-send-as-denied-fix-2 = Pour les alias : Set-OrganizationConfig -SendFromAliasEnabled $true
class-starttls-stripped-when = La réponse à EHLO n'a pas STARTTLS mais montre une capacité masquée comme `250-XXXXXXXA` : l'inspection ESMTP d'un pare-feu a retiré STARTTLS.
class-starttls-stripped-cause-1 = Un pare-feu avec inspection SMTP/ESMTP (par ex. Cisco ASA `inspect esmtp`) réécrit la liste des capacités, si bien qu'aucun client ne peut démarrer TLS.
class-starttls-stripped-fix-1 = Désactivez l'inspection ESMTP pour le trafic vers { $smtp_host }:{ $smtp_port } (Cisco ASA : `no inspect esmtp` dans la policy map, ou exemptez ce trafic).
class-starttls-stripped-fix-2 = Ensuite, `smtp-oauth test-connection` doit montrer 250-STARTTLS.
class-starttls-unavailable-when = Le serveur ne propose pas du tout STARTTLS, donc aucun AUTH OAuth n'est possible.
class-starttls-unavailable-cause-1 = Mauvais hôte : un hôte MX (<domain>-com.mail.protection.outlook.com, port 25) accepte le courrier à distribuer, pas la soumission par un client.
class-starttls-unavailable-cause-2 = Mauvais port : 465 est en TLS implicite, le 25 d'un relais peut ne pas proposer STARTTLS ; la soumission Exchange Online est { $default_smtp_host }:587.
class-starttls-unavailable-fix-1 = Utilisez `--smtp-host smtp.office365.com --smtp-port 587` (ou l'hôte du cloud).
class-xoauth2-unavailable-when = Après STARTTLS, le serveur ne propose pas `AUTH … XOAUTH2` (Exchange Online propose `AUTH LOGIN XOAUTH2`).
class-xoauth2-unavailable-cause-1 = L'hôte n'est pas la soumission Exchange Online (un relais local, un smart host, un MX).
class-xoauth2-unavailable-cause-2 = Un proxy qui termine TLS répond à la place d'Exchange.
class-xoauth2-unavailable-fix-1 = Dirigez le client vers { $default_smtp_host }:587 avec STARTTLS.
class-tls-version-rejected-when = Le serveur a refusé la version de TLS : `421 4.7.66 TLS 1.0 and 1.1 are not supported`, ou aucune version commune de TLS n'a pu être négociée.
class-tls-version-rejected-cause-1 = Le client (une vieille appliance ou un vieux runtime Java) ne parle que TLS 1.0/1.1 ; Exchange Online exige TLS 1.2 ou plus récent.
class-tls-version-rejected-fix-1 = Activez TLS 1.2 dans le client (Java : -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3), ou mettez sa plateforme à niveau.
class-tls-intercepted-when = La chaîne d'un hôte Microsoft est émise par une autorité qui n'est pas un des émetteurs publics de Microsoft : un proxy d'inspection TLS re-signe le trafic.
class-tls-intercepted-cause-1 = Un pare-feu ou un proxy d'entreprise fait de l'inspection TLS (déchiffre et re-signe) sur le trafic vers { $smtp_host } ou { $login_host }.
class-tls-intercepted-fix-1 = Demandez une exemption d'inspection pour { $smtp_host } et { $login_host } (Microsoft recommande de ne pas inspecter le trafic Microsoft 365).
class-tls-intercepted-fix-2 = Ou, si la politique impose l'inspection, importez l'autorité d'inspection dans le magasin de confiance du client (`smtp-oauth certs --out DIR` l'exporte).
class-hostname-mismatch-when = Le certificat ne couvre pas le nom d'hôte auquel on s'est connecté.
class-hostname-mismatch-cause-1 = L'hôte est un alias ou une adresse IP que le certificat ne nomme pas (utilisez smtp.office365.com, pas une adresse ni un CNAME à vous).
class-hostname-mismatch-cause-2 = Autre chose répond à cette adresse (un proxy, un autre serveur).
class-hostname-mismatch-fix-1 = Connectez-vous par un nom que couvre le certificat : `--smtp-host { $cert_name }` ; `smtp-oauth certs` liste les noms (SAN).
class-certificate-expired-when = Un certificat de la chaîne est hors de sa période de validité.
class-certificate-expired-cause-1 = L'horloge locale est fausse (une date très décalée fait paraître expirés des certificats valides).
class-certificate-expired-cause-2 = Un équipement intermédiaire présente un ancien certificat.
class-certificate-expired-fix-1 = Vérifiez `date -u` ; `smtp-oauth certs` montre quel certificat et ses dates.
class-tls-handshake-failed-when = La négociation TLS a échoué pour une autre raison (une alerte, une réinitialisation pendant la négociation, aucune suite de chiffrement commune).
class-tls-handshake-failed-cause-1 = Un équipement intermédiaire perturbe la négociation.
class-tls-handshake-failed-cause-2 = Le serveur ne parle pas TLS sur ce port.
class-tls-handshake-failed-fix-1 = Lancez `smtp-oauth certs -v` pour la transcription de la négociation et comparez avec un autre réseau.
class-protocol-error-when = Un serveur a enfreint le protocole : données illisibles, une ligne ou une réponse au-delà des limites de taille, une fermeture prématurée ou une réponse inattendue.
class-protocol-error-cause-1 = Autre chose qu'un serveur SMTP répond sur ce port (un serveur HTTP, un proxy, un honeypot).
class-protocol-error-cause-2 = Un équipement intermédiaire coupe ou réécrit la session.
class-protocol-error-fix-1 = Vérifiez l'hôte et le port (`smtp-oauth config show`) et regardez l'échange brut avec `-v`.
class-mailbox-not-found-when = La boîte aux lettres { $mailbox } n'existe pas, est désactivée ou n'a pas de licence Exchange Online.
class-mailbox-not-found-cause-1 = Une faute de frappe dans l'adresse de la boîte aux lettres.
class-mailbox-not-found-cause-2 = L'utilisateur existe mais n'a aucune licence incluant Exchange Online, donc pas de boîte aux lettres.
class-mailbox-not-found-cause-3 = La connexion du compte est bloquée.
class-mailbox-not-found-fix-1 = Vérifiez l'adresse dans le Centre d'administration Microsoft 365 › Utilisateurs › Utilisateurs actifs.
class-mailbox-not-found-fix-2 = Attribuez une licence avec Exchange Online (ou utilisez une boîte aux lettres partagée), et autorisez SMTP authentifié parmi ses applications de messagerie.
class-client-platform-unsupported-when = La version du client cible est antérieure aux premières versions qui prennent en charge SMTP OAuth avec Exchange Online (Cisco ISE 3.2 Patch 8, 3.3 Patch 8, 3.4 Patch 4, 3.5 Patch 1).
class-client-platform-unsupported-cause-1 = L'appliance exécute une version sans l'option d'authentification "MS Exchange Online OAuth".
class-client-platform-unsupported-fix-1 = Mettez Cisco ISE à niveau vers 3.2 P8, 3.3 P8, 3.4 P4, 3.5 P1 ou plus récent, ou relayez par un hôte qui prend en charge OAuth.
class-token-request-refused-when = Entra ID a refusé la demande de jeton avec un code AADSTS pour lequel cet outil n'a pas de classe propre. Le code, le texte, les identifiants de trace et de corrélation de Microsoft sont dans les éléments relevés, inchangés : la cause est ce qu'ils disent, pas une supposition.
class-token-request-refused-cause-1 = Ce que signifie le code AADSTS des éléments relevés : le texte de Microsoft à côté le dit avec ses propres mots.
class-token-request-refused-fix-1 = Cherchez le code sur la page d'erreurs de Microsoft : https://login.microsoftonline.com/error?code=<number> (le `lookup` des éléments relevés est ce lien pour ce code).
class-token-request-refused-fix-2 = Gardez les identifiants de trace et de corrélation des éléments relevés : le support Microsoft les demande.
class-smtp-transient-when = Exchange a répondu par un 4xx bien formé qu'aucune autre classe ne nomme : une condition temporaire, Exchange demande de réessayer plus tard. La réponse et son crochet sont dans les éléments relevés.
class-smtp-transient-cause-1 = Une condition passagère dans les serveurs frontaux ou de boîtes aux lettres d'Exchange Online (les textes PRX… et STOREDRV nomment le composant).
class-smtp-transient-cause-2 = Une modification de l'application ou de la boîte aux lettres encore en cours de propagation.
class-smtp-transient-fix-1 = Réessayez dans quelques minutes : `smtp-oauth diagnose --wait 30m` réessaie avec un délai croissant.
class-smtp-transient-fix-2 = Si cela persiste, donnez au support Microsoft la réponse et le crochet des éléments relevés.
class-smtp-rejected-when = Exchange a rejeté une commande par une réponse 5xx bien formée qu'aucune autre classe ne nomme. La réponse et son crochet sont dans les éléments relevés : son code d'état étendu et son texte disent pourquoi.
class-smtp-rejected-cause-1 = Ce que dit la réponse : le code d'état étendu d'Exchange (5.x.y) et son texte, dans les éléments relevés, donnent la raison.
class-smtp-rejected-fix-1 = Cherchez le code d'état étendu dans la référence des NDR de Microsoft : https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
class-smtp-rejected-fix-2 = Donnez au support Microsoft la réponse et le crochet des éléments relevés.
class-smtp-throttled-when = Exchange a limité l'expéditeur : trop de connexions simultanées ou de messages pour la boîte aux lettres, ou son quota d'envoi est épuisé.
class-smtp-throttled-cause-1 = Plus de 3 connexions SMTP simultanées pour la boîte aux lettres { $mailbox } (la limite d'Exchange Online par boîte aux lettres).
class-smtp-throttled-cause-2 = Plus de 30 messages par minute, ou la limite quotidienne de destinataires, depuis { $mailbox }.
class-smtp-throttled-cause-3 = Plusieurs appliances ou jobs partagent une même boîte d'envoi.
class-smtp-throttled-fix-1 = Envoyez moins de messages à la fois depuis { $mailbox } : au plus 3 connexions et 30 messages par minute ; mettez en file d'attente et réessayez sur un 4xx.
class-smtp-throttled-fix-2 = Donnez à chaque expéditeur chargé sa propre boîte aux lettres, ou passez le courrier en masse à High Volume Email ou à Graph sendMail.
class-mailbox-logon-failed-when = AUTH a réussi, mais Exchange n'a pas pu ouvrir la boîte aux lettres { $mailbox } pour soumettre le message au nom de l'application (`430 4.2.0 STOREDRV; mailbox logon failure`).
class-mailbox-logon-failed-cause-1 = Le principal de service n'a pas FullAccess sur { $mailbox } (ou vient de l'obtenir et ce n'est pas encore propagé).
class-mailbox-logon-failed-cause-2 = Le principal de service a été inscrit avec l'ID d'objet de l'inscription d'application, donc FullAccess porte sur un autre objet.
class-mailbox-logon-failed-cause-3 = Une condition passagère d'un serveur de boîtes aux lettres (le texte dit TransientException) : réessayer peut suffire.
class-mailbox-logon-failed-fix-1 = Get-MailboxPermission -Identity { $mailbox } -User { $object_id }   (rien → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-mailbox-logon-failed-fix-2 = `smtp-oauth prereqs` vérifie le principal de service et FullAccess par l'API d'administration ; `smtp-oauth diagnose --wait 30m` réessaie pendant la propagation.
class-message-too-large-when = Le message est plus gros que ce qu'Exchange accepte pour { $mailbox }.
class-message-too-large-cause-1 = Une pièce jointe rend le message plus gros que le MaxSendSize de la boîte aux lettres (35 Mo par défaut dans Exchange Online ; le base64 ajoute un tiers).
class-message-too-large-fix-1 = Envoyez des messages plus petits, ou relevez la limite : Set-Mailbox -Identity { $mailbox } -MaxSendSize 35MB
class-smtp-not-authenticated-when = Exchange a refusé MAIL ou DATA parce que la session n'est pas authentifiée (`530 5.7.57 Client not authenticated to send mail`).
class-smtp-not-authenticated-cause-1 = Le client n'a jamais envoyé AUTH (l'authentification est désactivée dans ses réglages SMTP, ou il est retombé sur une soumission anonyme).
class-smtp-not-authenticated-cause-2 = AUTH a échoué plus tôt dans la session et le client a tout de même continué à envoyer.
class-smtp-not-authenticated-fix-1 = Activez l'authentification dans le client, avec OAuth (XOAUTH2) comme méthode, et cherchez dans son journal la ligne AUTH et sa réponse.
class-smtp-not-authenticated-fix-2 = `smtp-oauth test-connection -v` montre à quoi ressemble une session correcte, AUTH compris.
class-basic-auth-retired-when = Exchange Online a refusé l'authentification de base (nom d'utilisateur et mot de passe) pour la soumission SMTP : `550 5.7.30 Basic authentication is not supported for Client Submission.` Le client doit utiliser OAuth (XOAUTH2).
class-basic-auth-retired-cause-1 = Le client se connecte encore avec un nom d'utilisateur et un mot de passe (AUTH LOGIN ou PLAIN). Le calendrier de Microsoft (équipe Exchange, janvier 2026) : l'authentification de base pour SMTP AUTH est désactivée par défaut pour les locataires existants fin décembre 2026 (un administrateur peut encore la réactiver pour l'instant), indisponible pour les nouveaux locataires après décembre 2026, et Microsoft annoncera la date de suppression définitive au second semestre 2027.
class-basic-auth-retired-fix-1 = Passez le client aux informations d'identification client OAuth 2.0 (XOAUTH2) : `smtp-oauth setup` guide à travers l'inscription d'application, le principal de service Exchange et FullAccess, puis teste (`--target ise` pour les champs de Cisco ISE).
class-basic-auth-retired-fix-2 = Trouvez les clients encore en authentification de base : Centre d'administration Exchange › Rapports › Flux de messagerie › rapport de soumission des clients SMTP AUTH (sa colonne Protocole d'authentification).
class-mailbox-outside-rbac-scope-when = L'application utilise le RBAC pour les applications d'Exchange (une attribution de rôle de gestion `Application SMTP.SendAsApp`), mais la boîte aux lettres { $mailbox } n'est pas dans l'étendue de l'attribution : Exchange refuse AUTH pour elle.
class-mailbox-outside-rbac-scope-cause-1 = La boîte aux lettres n'est pas membre du groupe que nomme le RecipientRestrictionFilter de l'étendue de gestion.
class-mailbox-outside-rbac-scope-cause-2 = L'étendue ou son groupe a changé il y a moins de deux heures (les attributions de rôle sont en cache de 30 minutes à 2 heures).
class-mailbox-outside-rbac-scope-fix-1 = Ajoutez { $mailbox } au groupe sur lequel filtre l'étendue, ou élargissez l'étendue : Get-ManagementScope | fl Name,RecipientRestrictionFilter
class-mailbox-outside-rbac-scope-fix-2 = Vérifiez : Test-ServicePrincipalAuthorization -Identity { $object_id } -Resource { $mailbox }   (InScope doit être True)
class-rbac-mixed-permissions-when = L'application a à la fois une attribution de rôle RBAC pour les applications et l'autorisation d'API SMTP.SendAsApp. Microsoft : "Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions" : avec le rôle dans le jeton, Exchange exige de nouveau FullAccess sur { $mailbox }.
class-rbac-mixed-permissions-cause-1 = L'application a d'abord été configurée de façon classique (autorisation d'API) puis le RBAC pour les applications a été ajouté, ou l'inverse.
class-rbac-mixed-permissions-fix-1 = Pour le RBAC pour les applications seul : retirez l'autorisation d'API SMTP.SendAsApp (Inscriptions d'applications › Autorisations de l'API) et son consentement administrateur.
class-rbac-mixed-permissions-fix-2 = Ou gardez la configuration classique : Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-login-host-unreachable-when = La connexion HTTPS à l'hôte de connexion { $login_host } (point de terminaison de jeton, découverte du locataire) a expiré ou a été refusée.
class-login-host-unreachable-cause-1 = Un pare-feu de sortie bloque le HTTPS sortant (TCP 443) vers les hôtes de connexion de Microsoft.
class-login-host-unreachable-cause-2 = Ce réseau n'atteint Internet que par un proxy HTTP, et aucun n'est configuré pour la demande de jeton.
class-login-host-unreachable-cause-3 = L'autorité ou le point de terminaison de jeton est faux (un autre hôte ou port) : rien n'y répond.
class-login-host-unreachable-fix-1 = Autorisez le HTTPS sortant (TCP 443) vers { $login_host } (Microsoft publie les points de terminaison : https://aka.ms/o365endpoints).
class-login-host-unreachable-fix-2 = Derrière un proxy : réglez HTTPS_PROXY=http://{ $proxy_host } (ou --proxy) pour la demande de jeton.
class-login-host-unreachable-fix-3 = Vérifiez le point de terminaison et sa source : `smtp-oauth config show` (token_endpoint, authority).
class-credential-change-failed-when = Microsoft Graph n'a pas effectué la modification des informations d'identification de l'inscription d'application (addPassword, removePassword, addKey, removeKey), ou la nouvelle information d'identification a échoué à son test et a été retirée.
class-credential-change-failed-cause-1 = L'accès administrateur n'a pas le droit : une application d'administration a besoin d'Application.ReadWrite.OwnedBy et d'être propriétaire de l'application (ou d'Application.ReadWrite.All) ; une personne qui se connecte a besoin du rôle Administrateur d'application ou Administrateur d'application cloud, ou d'être propriétaire de l'application.
class-credential-change-failed-cause-2 = Une stratégie de gestion des applications du locataire limite la durée de vie des informations d'identification ou interdit les secrets client (le message de Graph le dit).
class-credential-change-failed-cause-3 = La nouvelle information d'identification n'a pas encore atteint toutes les régions d'Entra (quelques minutes), ou la configuration échoue pour une raison que partage l'ancienne : les vérifications du test disent laquelle.
class-credential-change-failed-fix-1 = Accordez à l'application d'administration Application.ReadWrite.OwnedBy (Graph, autorisation d'application, consentement administrateur) et ajoutez-la comme propriétaire de l'application : Inscriptions d'applications › { $client_id } › Propriétaires ; ou lancez avec `--admin device-code` en tant qu'Administrateur d'application.
class-credential-change-failed-fix-2 = Demandez une durée plus courte (`--days`) quand une stratégie la limite.
class-credential-change-failed-fix-3 = Lancez `smtp-oauth diagnose` avec l'information d'identification actuelle pour voir ce qui échoue d'autre, corrigez-le, puis renouvelez à nouveau.
class-truststore-missing-ca-when = Le magasin de confiance propre au client (les certificats approuvés d'une appliance, un keystore Java, un bundle PEM) n'ancre pas la chaîne que présente le serveur de Microsoft, ou sa copie de la racine a expiré. Cette machine peut faire confiance à la chaîne ; le client, non (Java : "unable to find valid certification path to requested target").
class-truststore-missing-ca-cause-1 = Microsoft a déplacé le point de terminaison vers une chaîne sous une racine que le magasin ne contient pas : en 2026 Exchange Online est passé à DigiCert Global Root G2 (MC1224565).
class-truststore-missing-ca-cause-2 = Le magasin contient une ancienne copie de la racine, désormais expirée, ou seulement l'intermédiaire d'une chaîne précédente.
class-truststore-missing-ca-cause-3 = Un proxy d'inspection TLS re-signe le trafic avec une autorité que le magasin n'a pas.
class-truststore-missing-ca-fix-1 = Importez le fichier manquant nommé dans la vérification (`smtp-oauth certs --check-truststore STORE --out DIR` l'écrit) dans le magasin de confiance du client.
class-truststore-missing-ca-fix-2 = Cisco ISE : Administration › System › Certificates › Trusted Certificates › Import, et cochez "Trust for authentication within ISE" et "Trust for client authentication and Syslog".
class-truststore-missing-ca-fix-3 = Java : `keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`.
class-truststore-ca-expiring-when = Le certificat du magasin de confiance du client qui ancre la chaîne de Microsoft expire dans moins de 60 jours (à moins de 30 jours, c'est dit plus fort). Ce jour-là, le client cesse de faire confiance au serveur.
class-truststore-ca-expiring-cause-1 = Les magasins de confiance des appliances ne sont pas mis à jour avec leur firmware.
class-truststore-ca-expiring-fix-1 = Importez le certificat actuel de cette autorité (la vérification le nomme et dit où l'obtenir), avant que l'ancien n'expire.

## Check summaries of failures, warnings and skips

verbatim = { $text }
list-semicolon = { $a } ; { $b }
list-lines =
    { $a }
    {"  "}{ $b }
powershell-if-none = (aucun → { $command })
tenant-named = locataire { $tenant }
tenant-domain-named = { $domain } est le locataire { $tenant }
credential-secret = secret « { $name } »
credential-certificate = certificat { $thumbprint }
mailbox-with-upn = { $mailbox } (son UPN est { $upn })
scope-organisation = l'organisation
roles-none = aucun rôle
roles-none-rbac = aucun rôle (RBAC pour les applications)
rbac-has-assignment = Exchange a l'attribution de rôle { $assignment }
rbac-auth-accepted = Exchange a accepté AUTH sans elle
changed-grant = l'octroi de SMTP.SendAsApp
changed-check = « { $check } »
changed-ago = { $what } modifié il y a { $minutes } min
narrowed-token-wrong = le jeton lui-même est faux : voir { $class } plus haut
narrowed-found-by = { $summary } (trouvé par la vérification « { $check } »)
narrowed-exchange-side = le jeton est bon (audience, rôle) : la cause est probablement côté Exchange — le principal de service (New-ServicePrincipal avec l'ID d'objet de l'application d'entreprise), FullAccess sur la boîte aux lettres, ou une modification pas encore propagée ; `smtp-oauth prereqs` avec un accès administrateur dit laquelle
skip-plain = ignoré
skip-skipped = ignoré : { $why }
skip-could-not-check = vérification impossible : { $why }
skip-check-failed = ignoré : « { $check } » a échoué
skip-no-token = ignoré : pas de jeton
skip-no-auth-reached = ignoré : la session SMTP n'est pas arrivée jusqu'à AUTH
skip-auth-failed = ignoré : AUTH a échoué
skip-not-sent = non envoyé : donnez --to ADDRESS pour envoyer un message de test
skip-certificate-not-secret = un certificat est utilisé, pas un secret
skip-federated-not-secret = un jeton fédéré est utilisé, pas un secret
skip-no-expiry-date = date d'expiration inconnue : réglez secret-expires (Inscriptions d'applications › Certificats & secrets › Expire)
skip-no-admin = pas d'accès administrateur (--admin app|device-code|token) ; en PowerShell à la place : { $commands }
skip-app-not-found = ignoré : l'application { $client_id } est introuvable
skip-app-not-readable = ignoré : l'inscription d'application n'est pas lisible ici (l'application d'un autre locataire ?)
skip-no-enterprise-app = ignoré : l'application est introuvable (aucune application d'entreprise pour { $client_id } dans ce locataire)
skip-no-sp-for-oid = vérification impossible : Exchange ne connaît aucun principal de service d'ID d'objet { $oid } (voir « { $check } »)
skip-object-id-unknown = ignoré : l'ID d'objet de l'application d'entreprise est inconnu (Graph n'était pas lisible)
skip-rbac-no-full-access = ignoré : le RBAC pour les applications n'a pas besoin de FullAccess ; l'attribution de rôle manque (voir « SMTP.SendAsApp accordé »)
skip-rbac-scope-unknown = impossible de dire si { $mailbox } est dans l'étendue de l'attribution de rôle { $assignment } : la réponse d'Exchange n'a pas d'InScope
skip-smtp-auth-unknown = impossible à dire : les réponses d'Exchange ne donnent pas SmtpClientAuthenticationDisabled
skip-sp-no-object-id = impossible à dire : Exchange a un principal de service pour l'application { $client_id }, mais sa réponse ne donne pas d'ObjectId
summary-secret-is-guid = le secret configuré est un GUID : l'ID du secret, pas sa valeur (non envoyé)
summary-secret-expired = expiré le { $date } ({ $days ->
    [one] il y a 1 jour
   *[other] il y a { $days } jours
})
summary-secret-expires-soon = expire bientôt : le { $date } ({ $days ->
    [one] dans 1 jour
   *[other] dans { $days } jours
})
summary-tenant-other-cloud = { $named } est dans le cloud { $cloud }, mais les réglages utilisent { $configured } : réglez --cloud { $cloud }
summary-token-undecodable = le jeton ne peut pas être décodé : { $why }
summary-token-expired = le jeton a expiré il y a { $minutes } min ; un jeton vit environ une heure
summary-token-rbac = un jeton d'application sans rôle : RBAC pour les applications ({ $why })
summary-clock-skew = l'horloge de cette machine { $direction ->
    [ahead] avance
   *[behind] retarde
} de { $minutes } min sur celle du serveur de jetons
summary-audience-other-name = le jeton est pour { $aud }, un autre nom d'Exchange Online : Microsoft documente { $exchange } pour SMTP ; on ne sait pas si SMTP accepte celui-ci (AUTH tranche)
summary-audience-wrong = le jeton est pour { $aud }, pas pour Exchange Online ({ $exchange })
summary-no-send-as-app-role = un jeton d'application avec { $roles } : SMTP.SendAsApp n'est pas accordé (ou le consentement administrateur manque)
summary-delegated = un jeton délégué pour { $upn } avec SMTP.Send
summary-delegated-no-scope = un jeton délégué (utilisateur) sans l'étendue SMTP.Send
summary-dns-failed = { $host } ne se résout pas : { $why }
summary-dns-timeout = aucune réponse DNS pour { $host } dans le délai
summary-tcp-refused = { $host }:{ $port } a refusé la connexion
summary-tcp-timeout = aucune connexion TCP à { $host }:{ $port } en { $seconds } s ({ $why })
summary-no-greeting = connecté, mais aucun message d'accueil en { $seconds } s : le classique « connect timed out » d'un réseau qui ne sort que par proxy ou d'un équipement qui jette les paquets
summary-session-refused = le serveur a refusé la session : { $reply }
summary-broke-sending-ehlo = { $tls ->
    [yes] la connexion a été coupée pendant l'envoi d'EHLO sur TLS
   *[no] la connexion a été coupée pendant l'envoi d'EHLO
}
summary-ehlo-refused = { $tls ->
    [yes] EHLO sur TLS refusé : { $reply }
   *[no] EHLO refusé : { $reply }
}
summary-tls-intercepted = vérifiée, mais émise par { $issuer }, qui n'est pas une des autorités de certification publiques de Microsoft : inspection TLS
summary-no-reply = délai dépassé en attendant { $what }
summary-not-a-reply = { $error } (en attendant { $what })
summary-unexpected = l'échange s'est interrompu de façon inattendue
summary-starttls-injection = le serveur a envoyé des données après le 220 de STARTTLS, avant la négociation TLS (injection STARTTLS)
summary-bad-server-name = { $host } ne peut pas être un nom de serveur TLS
summary-tls-timeout = la négociation TLS ne s'est pas terminée dans le délai
summary-broke-sending-auth = la connexion a été coupée pendant l'envoi d'AUTH
summary-connection-broke = la connexion a été coupée
summary-message-timeout = le message n'a pas pu être envoyé dans le délai
summary-command-refused = { $command } refusé : { $reply }
waiting-greeting = le message d'accueil 220
waiting-starttls = la réponse à STARTTLS
waiting-ehlo = { $tls ->
    [yes] la réponse à EHLO sur TLS
   *[no] la réponse à EHLO
}
waiting-continuation = la demande de suite 334
waiting-auth-final = la réponse finale à AUTH
waiting-auth = la réponse à AUTH
waiting-queue = la réponse de mise en file d'attente
waiting-reply = une réponse
reply-closed = le serveur a fermé la connexion
reply-line-too-long = une ligne de réponse dépasse { $max } octets
reply-too-many-lines = une réponse a plus de { $max } lignes
reply-garbage = pas une réponse SMTP : { $text }
reply-io = échec de lecture : { $detail }
reply-tls = la connexion TLS a échoué : { $detail }
tls-wrong-name = le certificat n'est pas valide pour { $expected } ; il porte les noms { $names }
tls-expired = { $days ->
    [one] un certificat a expiré il y a { $days } jour
   *[other] un certificat a expiré il y a { $days } jours
}
tls-unknown-issuer = la chaîne ne se termine pas par une racine de confiance (émetteur inconnu)
tls-alert = le serveur a envoyé l'alerte TLS { $alert }
tls-other = { $detail }
net-proxy-auth = le proxy demande des informations d'identification (407 Proxy Authentication Required)
net-proxy-unreachable = le proxy est injoignable
net-timeout = aucune réponse dans le délai
net-dns = le nom d'hôte ne se résout pas
net-refused = la connexion a été refusée
net-other = la requête a échoué
admin-graph-no-answer = Microsoft Graph n'a pas répondu : { $why }
admin-exchange-no-answer = l'API d'administration d'Exchange n'a pas répondu : { $why }
source-flag = option { $name }
source-env = variable d'environnement { $name }
source-profile = profil { $name }
source-file = fichier { $path }
source-keyring = trousseau { $entry }
source-default = valeur par défaut
source-stdin = entrée standard
source-prompt = saisie à l'invite
source-default-for = valeur par défaut pour { $what }
source-derived = déduit de { $what }
source-config-set = config set
config-profile = Profil { $profile } dans { $path }
config-profile-new = Profil { $profile } dans { $path } (pas encore créé)
config-warning = avertissement :
config-no-file = Pas encore de fichier de configuration à { $path }.
config-no-profiles = Aucun profil dans { $path }.
config-profiles-in = Profils dans { $path } :
token-proxy = Proxy : { $proxy }
token-claims = Revendications (décodées pour le diagnostic, signature non vérifiée) :
token-oid-note = ← l'ID d'objet de l'application d'entreprise : New-ServicePrincipal -ObjectId
token-certificate = (certificat)
token-client-secret = (secret client)
summary-broke-sending-starttls = la connexion a été coupée pendant l'envoi de STARTTLS
summary-starttls-refused = STARTTLS refusé : { $reply }
summary-no-starttls = { $host }:{ $port } ne propose pas STARTTLS, OAuth n'est donc pas utilisable ici
summary-starttls-masked = EHLO montre { $masked } là où devrait être STARTTLS : l'inspection ESMTP d'un pare-feu le masque
summary-no-auth = pas d'AUTH après STARTTLS
summary-no-xoauth2 = le serveur propose `{ $auth }`, sans XOAUTH2
summary-no-enterprise-app = aucune application d'entreprise (principal de service) pour l'application { $client_id } dans ce locataire
summary-no-exchange-resource = le locataire n'a pas de principal de service Office 365 Exchange Online
summary-permission-missing = SMTP.SendAsApp (Office 365 Exchange Online, autorisation d'application) n'est pas accordé avec le consentement administrateur
summary-no-permission-rbac = pas de SMTP.SendAsApp, comme le veut le RBAC pour les applications
summary-rbac-assignment = RBAC pour les applications : attribution de rôle { $assignment } (Application SMTP.SendAsApp, étendue { $scope }) ; pas d'autorisation d'API, comme il se doit
summary-rbac-mixed = l'autorisation d'API SMTP.SendAsApp et l'attribution de rôle RBAC pour les applications { $assignment } à la fois : Exchange exige alors aussi FullAccess
summary-rbac-no-assignment = le RBAC pour les applications est configuré, mais Exchange n'a pas d'attribution de rôle Application SMTP.SendAsApp pour l'application { $client_id }
summary-rbac-in-scope = { $mailbox } est dans l'étendue { $scope } de l'attribution de rôle { $assignment } (le RBAC pour les applications n'a pas besoin de FullAccess)
summary-rbac-out-of-scope = { $mailbox } n'est pas dans l'étendue { $scope } de l'attribution de rôle { $assignment }
summary-no-credential = l'application n'a ni secret ni certificat (correspondant à celui utilisé)
summary-certificate-not-registered = le certificat utilisé (empreinte { $thumbprint }) n'est pas parmi les certificats de l'application
summary-credential-cleanup = { $local ->
    [none] {""}
   *[other] ; le certificat local se termine le { $local }, pas à la date de la clé inscrite
}{ $expired ->
    [0] {""}
    [1] ; 1 information d'identification expirée encore listée : supprimez-la
   *[other] ; { $expired } informations d'identification expirées encore listées : supprimez-les
}
summary-credential-expired = { $name } a expiré le { $date }
summary-credential-expires = { $name } expire le { $date } ({ $days ->
    [one] dans 1 jour
   *[other] dans { $days } jours
}){ $cleanup }
summary-credential-only-one = la seule information d'identification valide de l'application, { $name }, expire le { $date } ({ $days ->
    [one] dans 1 jour
   *[other] dans { $days } jours
}) : ajoutez la suivante maintenant{ $cleanup }
summary-credential-rotated = renouvelé dans Entra mais pas sur ce client : { $newer } (jusqu'au { $until }) est plus récent ; ce client utilise { $name }, qui expire le { $date } ({ $days ->
    [one] dans 1 jour
   *[other] dans { $days } jours
}){ $cleanup }
summary-mailbox-shared = { $mailbox } est une boîte aux lettres partagée : elle n'a besoin ni de licence ni de connexion
summary-mailbox-blocked = { $mailbox } est bloquée à la connexion : sans importance pour une boîte partagée, mais une boîte d'utilisateur a besoin d'une licence Exchange Online ; on ne sait pas si Exchange l'accepte pour le SMTP d'application
summary-mailbox-unlicensed = { $mailbox } n'a pas de licence : sans importance pour une boîte partagée, mais une boîte d'utilisateur a besoin d'une licence Exchange Online ; on ne sait pas si Exchange l'accepte pour le SMTP d'application
summary-mailbox-licences-unread = { $mailbox } existe et est activée (ses licences n'ont pas pu être lues)
summary-no-user = aucun utilisateur { $mailbox } dans ce locataire (ni par son UPN ni par une adresse SMTP)
summary-no-user-or-mailbox = aucun utilisateur ni boîte aux lettres { $mailbox } dans ce locataire (ni par son UPN ni par une adresse SMTP)
summary-exchange-no-mailbox = Exchange n'a pas de boîte aux lettres { $mailbox } : { $reply }
summary-sp-missing = Exchange n'a pas de principal de service pour l'application { $client_id } : New-ServicePrincipal n'a jamais été lancé
summary-sp-unverified = inscrit avec l'ObjectId { $registered } ; sans Graph, impossible de dire si c'est celui de l'application d'entreprise
summary-sp-wrong-object-id = inscrit avec l'ObjectId { $registered }, mais l'ID d'objet de l'application d'entreprise est { $oid } (c'est sans doute l'ID d'objet de l'inscription d'application qui a été utilisé)
summary-no-full-access = pas de FullAccess pour { $oid } sur { $mailbox }
summary-send-as = SendAs sur { $from }
summary-no-send-as = pas de SendAs pour { $oid } sur { $from }
summary-smtp-auth-disabled-mailbox = SMTP AUTH est désactivé : la boîte aux lettres indique SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-disabled-org = SMTP AUTH est désactivé : la boîte aux lettres hérite du SmtpClientAuthenticationDisabled = { $value } de l'organisation
summary-propagation-pending = { $changes } : Exchange peut mettre jusqu'à une heure à appliquer les modifications
summary-but-auth-accepted = { $summary } — mais Exchange a accepté SMTP AUTH pour la boîte aux lettres dans cette exécution, cela n'empêche donc pas l'envoi

## Libellés des preuves, par clé (tirets à la place des soulignés) ; les noms de revendications et de champs restent ceux de Microsoft

evidence-aadsts = code AADSTS
evidence-account-enabled = compte activé
evidence-address = adresse
evidence-addresses = adresses
evidence-app-displayname = app_displayname
evidence-app-registration-object-id = ID d'objet de l'inscription d'application
evidence-appid = appid
evidence-appidacr = appidacr
evidence-attempts = tentatives
evidence-aud = aud
evidence-auth = AUTH
evidence-capabilities = extensions
evidence-chain = chaîne
evidence-changed = modifié le
evidence-cipher-suite = suite de chiffrement
evidence-clock-skew-s = décalage d'horloge (s)
evidence-cloud-instance-name = cloud_instance_name
evidence-conditional-access-policies = stratégies d'accès conditionnel
evidence-correlation-id = ID de corrélation
evidence-credential = identifiant
evidence-days-left = jours restants
evidence-discovery = document de découverte
evidence-display-name = nom d'affichage
evidence-endpoint = point de terminaison
evidence-enterprise-app-object-id = ID d'objet de l'application d'entreprise
evidence-error = erreur
evidence-exchange-bracket = crochets d'Exchange
evidence-exchange-resource-id = ID de la ressource Exchange
evidence-expired-still-listed = expirés, toujours listés
evidence-expires = expire le
evidence-expires-in-min = expire dans (min)
evidence-found-by = trouvé par
evidence-granted = accordé le
evidence-http-status = statut HTTP
evidence-id = ID
evidence-idtyp = idtyp
evidence-issued-by = émis par
evidence-key-id = ID de clé
evidence-licences = licences
evidence-lookup = recherche de l'erreur
evidence-mailbox = boîte aux lettres
evidence-narrowed = cause restreinte
evidence-newer-credential = identifiant plus récent
evidence-newer-expires = le plus récent expire le
evidence-newer-key-id = ID de clé le plus récent
evidence-note = remarque
evidence-oid = oid
evidence-organisation = organisation
evidence-points-to = pointe vers
evidence-port = port
evidence-powershell = PowerShell
evidence-proxy = proxy
evidence-rbac-for-applications = RBAC for Applications
evidence-rbac-role-assignment = attribution de rôle RBAC
evidence-recent = changements récents
evidence-recipient-type = type de destinataire
evidence-registered-object-id = ID d'objet enregistré
evidence-reply = réponse
evidence-request-error = erreur
evidence-role-assignment = attribution de rôle
evidence-roles = roles
evidence-secrets-with-this-hint = secrets avec cet indice
evidence-scope = étendue
evidence-scp = scp
evidence-suberror = suberror
evidence-tenant-cloud = cloud du locataire
evidence-tenant-id = ID de locataire
evidence-tenant-region-scope = tenant_region_scope
evidence-tenant-region-sub-scope = tenant_region_sub_scope
evidence-thumbprint = empreinte numérique
evidence-tid = tid
evidence-timestamp = horodatage
evidence-tls-version = version TLS
evidence-trace-id = ID de suivi
evidence-tries = essais
evidence-user-principal-name = nom d'utilisateur principal
evidence-valid-credentials = identifiants valides
evidence-ver = ver
evidence-issued-by-value = { $subject } (émis par { $issuer })
evidence-from = { $value } (source : { $source })

## Les questions et notes de setup (au terminal seulement ; les réponses yes/no restent en anglais)

wizard-confirm-yes = yes/no, suggéré : yes
wizard-confirm-no = yes/no, suggéré : no
wizard-type-yes-or-no = tapez yes ou no, puis Entrée
wizard-expected = attendu : { $expected }
wizard-intro =
    smtp-oauth setup : les valeurs d'une application OAuth SMTP d'Exchange Online, dans l'ordre de la procédure.
    Ctrl-C arrête sans modifier le fichier de configuration ; les réponses déjà données (jamais le secret) sont gardées pour le prochain setup.
wizard-client = Quel client enverra le courrier ?
wizard-client-generic = Un client générique (une application, un script, la supervision, une imprimante)
wizard-client-ise = Cisco ISE
wizard-ise-release = Version de Cisco ISE (Administration › System › Upgrade l'affiche, p. ex. 3.3 P8)
wizard-ise-not-a-release = ce n'est pas une version comme 3.3 P8
wizard-ise-unknown-release = `{ $text }` n'est pas une version d'ISE comme 3.3 P8
wizard-ise-needs-patch = ISE { $train } a besoin du Patch { $patch } ou ultérieur pour OAuth SMTP (client-platform-unsupported)
wizard-ise-no-oauth = ISE { $train } n'a pas OAuth SMTP ; les premières versions qui l'ont sont 3.2 P8, 3.3 P8, 3.4 P4 et 3.5 P1 (client-platform-unsupported)
wizard-ise-prepare = ! { $why }. Vous pouvez préparer les valeurs maintenant et les utiliser après la mise à niveau.
wizard-cloud = Quel cloud Microsoft ?
wizard-cloud-global = Mondial (et GCC)
wizard-cloud-gcc-high = Gouvernement des États-Unis GCC High
wizard-cloud-dod = Gouvernement des États-Unis DoD
wizard-cloud-china = Chine (21Vianet)
wizard-choose-range = choisissez de 1 à { $count }
wizard-no-such-choice = `{ $answer }` ne correspond à aucun choix : tapez un numéro de 1 à { $count }
wizard-ambiguous-choice = `{ $answer }` correspond à plusieurs choix : tapez son numéro
wizard-tenant-note = ID de l'annuaire (locataire) : Centre d'administration Microsoft Entra › Vue d'ensemble › ID de locataire (un domaine du locataire convient aussi).
wizard-tenant = ID ou domaine du locataire
wizard-client-id-note = ID d'application (client) : Centre d'administration Microsoft Entra › Inscriptions d'applications › l'application › Vue d'ensemble › ID d'application (client).
wizard-client-id = ID d'application (client)
wizard-credential = Comment l'application s'authentifie-t-elle ?
wizard-credential-secret = Un secret client
wizard-credential-certificate = Un certificat (PEM avec sa clé privée)
wizard-certificate-file = Fichier du certificat (certificat PEM et clé privée, ou PKCS#12 .pfx/.p12)
wizard-secret-note = La VALEUR du secret (Inscriptions d'applications › Certificats & secrets › Secrets client › Valeur), affichée une seule fois, à sa création. L'ID de secret (un GUID) ne fonctionnera pas.
wizard-secret = Valeur du secret client (non affichée)
wizard-secret-is-id = ! C'est un GUID : l'ID de secret, pas la Valeur (secret-id-not-value). Créez un nouveau secret et copiez sa colonne Valeur.
wizard-expiry-note = Sa date d'expiration (la colonne Expire). smtp-oauth prévient 60 et 30 jours avant ; ISE en tire ses alarmes.
wizard-expiry = Date d'expiration du secret (AAAA-MM-JJ, vide pour passer)
wizard-secret-expired = { $days ->
    [one] ! Le secret a expiré il y a { $days } jour (secret-expired) : créez-en un nouveau.
   *[other] ! Le secret a expiré il y a { $days } jours (secret-expired) : créez-en un nouveau.
}
wizard-secret-expiring = { $days ->
    [one] ! Le secret expire dans { $days } jour (secret-expiring) : préparez le suivant dès maintenant.
   *[other] ! Le secret expire dans { $days } jours (secret-expiring) : préparez le suivant dès maintenant.
}
wizard-mailbox-note = La boîte aux lettres d'envoi : un utilisateur avec licence ou une boîte partagée où SMTP authentifié est autorisé (Centre d'administration Microsoft 365 › Utilisateurs › l'utilisateur › Courrier › Gérer les applications de messagerie).
wizard-mailbox = Adresse de la boîte aux lettres
wizard-smtp-server = Serveur SMTP
wizard-smtp-port = Port SMTP
wizard-timeout = Délai de connexion en secondes
wizard-store = Où garder le secret ?
wizard-store-keyring = Le trousseau du système (Trousseau, Gestionnaire d'identification, Secret Service)
wizard-store-file = Un fichier que je suis seul à pouvoir lire (0600), à côté du fichier de configuration
wizard-store-env = Nulle part : je définis SMTP_OAUTH_CLIENT_SECRET moi-même
setup-tenant-is = { $tenant } est le locataire { $guid } : le GUID est enregistré.
setup-connected = Connexion réussie à { $host }.
setup-other-cloud = Le locataire est dans le cloud { $said } (la découverte OpenID le dit), pas { $chosen }.
setup-change-field = Le test a échoué ({ $class }). Changer : { $field } ?
setup-field-cloud = le cloud Microsoft
setup-field-tenant = le locataire
setup-field-client-id = l'ID client
setup-field-credential = le secret client ou le certificat
setup-field-mailbox = la boîte aux lettres
setup-field-server = le serveur SMTP, le port et le délai
setup-exchange-side = Les valeurs semblent justes : ce qui manque est du côté d'Exchange ({ $class }). Enregistrez-les ; les étapes qui corrigent cela suivent (ou lancez `smtp-oauth prereqs --fix` avec un accès administrateur).
setup-save = Enregistrer les valeurs ?
setup-save-anyway = Enregistrer les valeurs quand même ?
setup-save-profile = Enregistrer le profil { $profile } dans { $path } ?
setup-resume = Un setup de ce profil s'est arrêté le { $when } après ces réponses : { $answers } (le secret n'est jamais gardé).
setup-resume-nothing = le client et le cloud
setup-resume-tenant = locataire { $value }
setup-resume-client-id = ID client { $value }
setup-resume-mailbox = boîte aux lettres { $value }
setup-resume-go-on = Continuer avec elles (comme réponses suggérées) ?
setup-saved = Enregistré dans { $path } ; le secret est { $stored }.
setup-stored-nowhere = non enregistré : définissez SMTP_OAUTH_CLIENT_SECRET là où le client s'exécute
setup-stored-keyring = dans le trousseau du système sous { $entry }
setup-stored-file = dans { $path } (mode 0600)
setup-ise-seconds = { $seconds } secondes
setup-ise-enabled = activé
setup-ise-paste-secret = (la valeur du secret : collez-la ici vous-même)
setup-ise-expiry = (la date d'expiration du secret)
setup-ise-filled-in = { $value } (rempli par ISE)
setup-ise-after =
    ISE n'enregistre ces valeurs qu'après un Test Connection réussi. Son magasin de confiance a besoin de la chaîne du
    serveur SMTP : `smtp-oauth certs --out ./chain`, puis Administration › System › Certificates › Trusted
    Certificates › Import, en cochant "Trust for authentication within ISE" et "Trust for client authentication and Syslog".
setup-generic-intro = Pour le client (un tableau) et pour un shell ou la CI (exports) :
setup-row-smtp-server = Serveur SMTP
setup-row-port = Port / sécurité
setup-row-authentication = Authentification
setup-row-authentication-value = identifiants client OAuth 2.0, SASL XOAUTH2
setup-row-username = Utilisateur / De
setup-row-tenant = ID de locataire
setup-row-client = ID client
setup-row-token-endpoint = Point de terminaison du jeton
setup-row-scope = Étendue
setup-export-secret-comment = depuis votre coffre de secrets, jamais sur une ligne de commande
setup-exchange-in-place = Le côté Exchange est en place : le test s'est authentifié (ou l'API d'administration a montré le principal de service et l'autorisation sur la boîte aux lettres).
setup-exchange-steps = Dans Exchange Online PowerShell, sauf si `smtp-oauth prereqs` les montre en place :
setup-exchange-steps-note = (l'ObjectId est celui de l'application d'entreprise, le `oid` du jeton de l'application — pas celui de l'inscription d'application)
setup-not-saved = Non enregistré : la connexion de test a échoué, le profil { $profile } dans { $path } est donc resté tel quel. Corrigez la valeur que nomme la vérification en échec et { $again }.
setup-again-declined = relancez setup (les réponses sauf le secret sont gardées)
setup-again = relancez setup, ou ajoutez --save-anyway

## Les erreurs sur stderr (l'erreur JSON garde le message anglais)

error-label = erreur :
error-invalid = { $key } invalide (source : { $source }) : { $problem }
error-expected = attendu : { $expected }
error-hint = conseil : { $hint }
missing-settings =
    paramètres manquants :
    {"  "}{ $list }
missing-tenant = locataire : --tenant ou SMTP_OAUTH_TENANT (Centre d'administration Microsoft Entra › Vue d'ensemble › ID de locataire)
missing-client-id = ID client : --client-id ou SMTP_OAUTH_CLIENT_ID (Inscriptions d'applications › votre application › ID d'application (client))
missing-credential = secret client : SMTP_OAUTH_CLIENT_SECRET, --client-secret-file, --client-secret-stdin ou `smtp-oauth config set-secret` (ou un certificat avec --client-cert, ou un jeton fédéré avec --federated-token-file)
missing-mailbox = boîte aux lettres : --mailbox ou SMTP_OAUTH_MAILBOX (l'adresse d'envoi)
missing-other-profiles = (le profil { $profile } est utilisé ; { $path } contient aussi { $others } : choisissez avec --profile NAME, ou lancez `smtp-oauth setup`)
usage-no-config-file = le fichier de configuration { $path } (source : { $source }) n'existe pas : vérifiez le chemin, créez-le avec `smtp-oauth setup` ou `smtp-oauth config set`, ou ne l'indiquez pas pour utiliser { $default }
usage-secret-rotate-not-secret = ce profil se connecte avec un certificat ou un jeton fédéré, pas avec un secret client : `smtp-oauth cert rotate` renouvelle un certificat ; un identifiant fédéré n'a rien à renouveler
usage-secret-rotate-no-terminal = secret rotate demande avant d'ajouter un secret et de nouveau avant de supprimer l'ancien, et il n'y a pas de terminal : passez --yes pour faire les deux sans demander, --keep-old en plus pour garder l'ancien secret, ou --dry-run pour seulement afficher le plan
usage-secret-rotate-no-store = le secret client vient de l'environnement ou de stdin : il n'y a ni magasin où mettre le nouveau, ni terminal où l'afficher : passez --secret-file FILE (écrit en 0600)
usage-cert-rotate-not-cert = ce profil se connecte avec un secret client, pas avec un certificat (client_cert) : `smtp-oauth secret rotate` renouvelle celui-ci
usage-cert-rotate-no-terminal = cert rotate demande avant de téléverser un certificat et de nouveau avant de supprimer l'ancien, et il n'y a pas de terminal : passez --yes (et --keep-old pour garder l'ancien), ou --dry-run pour seulement afficher le plan
usage-fix-no-terminal = --fix demande avant chaque changement, et il n'y a pas de terminal : passez --yes pour appliquer sans demander, ou --dry-run pour seulement afficher les changements
usage-prereqs-client-id = prereqs a besoin de l'ID client : --client-id ou SMTP_OAUTH_CLIENT_ID
usage-prereqs-mailbox = prereqs a besoin de la boîte aux lettres : --mailbox ou SMTP_OAUTH_MAILBOX
usage-setup-cancelled = setup annulé : rien n'a été écrit
usage-no-scenario = `{ $name }` n'est pas un scénario de démo ; `smtp-oauth demo --list` les liste
usage-no-scenario-close = `{ $name }` n'est pas un scénario de démo (vouliez-vous dire { $close } ?) ; `smtp-oauth demo --list` les liste
usage-not-a-check = --only { $id } : ce n'est pas une vérification ; `smtp-oauth diagnose --list-checks` les liste
usage-send-test-to = send-test a besoin d'un destinataire : --to ADDRESS
usage-not-a-target = `{ $target }` n'est pas une cible : smtp, login, graph, exchange ou HOST:PORT
usage-offline-truststore = --offline juge un magasin de confiance client : passez --check-truststore PATH (ou définissez truststore)
invalid-empty = la valeur est vide
invalid-secret-not-tenant = la valeur a la forme d'un secret client, pas d'un locataire
invalid-secret-not-key-id = la valeur a la forme de la valeur d'un secret client, pas de son ID de secret
invalid-secret-not-client-id = la valeur a la forme d'un secret client, pas d'un ID client
hint-no-secret-in-argv = ne passez jamais un secret comme valeur sur la ligne de commande ; utilisez SMTP_OAUTH_CLIENT_SECRET, --client-secret-file ou --client-secret-stdin
invalid-zero-guid = le GUID tout à zéro n'est pas un locataire (Entra répond AADSTS90002)
invalid-url-not-tenant = { $value } est une URL ou un chemin, pas un locataire
hint-tenant-in-url = le locataire qu'elle contient est { $tenant } : utilisez --tenant { $tenant } (le point de terminaison du jeton en est déduit)
invalid-email-not-tenant = { $value } est une adresse e-mail, pas un locataire
hint-tenant-domain = le locataire est peut-être son domaine : --tenant { $domain }
invalid-tenant-alias = { $value } est un alias multilocataire ; les identifiants client demandent votre propre locataire
invalid-not-tenant = { $value } n'est ni le GUID d'un locataire ni un nom de domaine
invalid-not-guid = { $value } n'est pas un GUID
invalid-email-not-client-id = { $value } est une adresse e-mail ; l'ID client désigne l'application, pas un utilisateur (Entra répond AADSTS700016)
hint-mailbox-flag = l'adresse de la boîte aux lettres va dans --mailbox
invalid-app-id-uri = { $value } est un URI d'ID d'application, pas l'ID client
invalid-display-name = { $value } contient un nom d'affichage
hint-address-only = utilisez seulement l'adresse : --mailbox { $address }
invalid-no-at = { $value } n'a pas de @
invalid-local-part = { $value } a une partie invalide avant le @
invalid-mail-domain = { $value } a un domaine invalide après le @
invalid-date-form = { $value } n'est pas une date de la forme AAAA-MM-JJ
hint-date-order = le portail affiche les dates dans l'ordre de votre langue ; écrivez l'expiration sous la forme AAAA-MM-JJ
invalid-calendar-date = { $value } n'est pas une date du calendrier
invalid-port = { $value } n'est pas un numéro de port
invalid-timeout = { $value } n'est pas un délai en secondes
invalid-cloud = { $value } n'est pas un nom de cloud
invalid-url-parse = { $value } n'est pas une URL ({ $why })
invalid-no-host = { $value } n'a pas d'hôte
invalid-url-credentials = l'URL contient des identifiants
invalid-url-http = { $value } utilise http:// vers un hôte qui n'est pas le bouclage
hint-use-https = utilisez https://{ $host }… ; TLS n'est jamais désactivé
invalid-url-scheme = { $value } utilise le schéma { $scheme }:
invalid-not-url = { $value } n'est pas une URL
invalid-proxy-scheme = { $value } utilise le schéma { $scheme }:, qui n'est pas pris en charge
invalid-url-not-host = { $value } est une URL, pas un hôte
hint-host-alone = donnez l'hôte seul : { $host }
invalid-host-port = { $value } contient un port
hint-host-and-port = donnez l'hôte seul ({ $host }) et le port avec --smtp-port { $port }
invalid-host = { $value } n'est ni un nom d'hôte ni une adresse IP
invalid-scope = { $value } n'est pas une étendue unique
hint-one-scope = les identifiants client prennent exactement une étendue <resource>/.default
invalid-bool = { $value } n'est ni true ni false
invalid-choice = { $value } ne fait pas partie des choix
invalid-secret-like = la valeur ressemble à un secret client
invalid-profile = { $value } n'est pas un nom de profil
invalid-secret-not-path = la valeur ressemble à un secret client lui-même, pas au chemin d'un fichier
hint-secret-file = mettez le secret dans un fichier (chmod 600) et donnez le chemin de ce fichier, ou utilisez `smtp-oauth config set-secret`
expected-tenant = un ID de l'annuaire (locataire) comme 72f988bf-86f1-41af-91ab-2d7cd011db47, ou un domaine du locataire comme contoso.onmicrosoft.com (Centre d'administration Microsoft Entra › Vue d'ensemble › ID de locataire)
expected-client-id = l'ID d'application (client), un GUID comme 00001111-aaaa-2222-bbbb-3333cccc4444 (Centre d'administration Microsoft Entra › Inscriptions d'applications › votre application › Vue d'ensemble)
expected-mailbox = l'adresse e-mail de la boîte aux lettres, comme no-reply@contoso.onmicrosoft.com
expected-path-list = un ou plusieurs chemins de magasins de confiance, séparés comme dans PATH (`:` sous Unix, `;` sous Windows), comme /opt/ise/trusted-certs:/etc/pki/java/cacerts
expected-key-id = l'ID de secret du secret client, un GUID comme 6a0c4e8b-2d6f-4a1c-8e3b-5f7d9a1c3e57 (Centre d'administration Microsoft Entra › Inscriptions d'applications › votre application › Certificats & secrets, colonne ID de secret)
expected-date = une date écrite AAAA-MM-JJ, comme 2027-03-31
expected-port = un numéro de port TCP de 1 à 65535 (Exchange Online : 587)
expected-timeout = un nombre de secondes de 0.1 à 3600, comme 20
expected-cloud = global, usgov, usgov-dod ou china
expected-url = une URL https:// (http:// seulement pour les adresses de bouclage comme 127.0.0.1)
expected-host = un nom d'hôte ou une adresse IP sans schéma ni port, comme smtp.office365.com
expected-proxy = une URL de proxy http:// ou https:// comme http://proxy.example.com:3128
expected-scope = une étendue comme https://outlook.office365.com/.default
expected-admin = none, device-code, app ou token
expected-target = generic ou ise
expected-bool = true ou false
expected-path = un chemin de fichier
expected-profile = un nom de profil fait de lettres, chiffres, `-`, `_` et `.`, comme default ou ise-lab (64 au plus)

## demo : les scénarios du locataire simulé, par nom

scenario-line = Locataire simulé, scénario { $name } : { $summary }
demo-list-hint = `smtp-oauth demo SCENARIO` lance le diagnostic avec cette panne ; `--serve` garde le locataire actif pour les autres commandes.
demo-serve-up = Locataire simulé démarré, scénario { $name } : { $summary }.
demo-serve-paste = Collez les lignes ci-dessus dans un autre shell, puis lancez par exemple `smtp-oauth config show`. Ctrl-C l'arrête.
demo-serve-from = Ce scénario envoie en tant que { $from } : essayez `smtp-oauth send-test --to someone@example.com --from { $from }`.
demo-serve-stopped = Locataire simulé arrêté.

scenario-healthy = tout est bien configuré : jeton, TLS, AUTH et prérequis réussis
scenario-network-timeout = le serveur SMTP accepte la connexion et n'envoie jamais de bannière (un équipement intermédiaire qui bloque)
scenario-connection-refused = rien n'écoute sur le port SMTP
scenario-dns-failure = le nom d'hôte SMTP ne se résout pas
scenario-proxy-auth-required = le proxy HTTPS répond 407 Proxy Authentication Required
scenario-proxy-unreachable = le proxy HTTPS est injoignable
scenario-invalid-tenant = l'ID de locataire ne correspond à aucun locataire (AADSTS90002)
scenario-app-not-found = l'ID client n'est pas une application du locataire (AADSTS700016)
scenario-invalid-client-secret = le secret client est incorrect (AADSTS7000215)
scenario-secret-id-not-value = l'ID du secret a été collé au lieu de sa valeur
scenario-secret-expired = le secret client a expiré (AADSTS7000222)
scenario-secret-expiring = le secret client expire dans 20 jours
scenario-secret-rotated-not-updated = un secret client plus récent a été ajouté dans Entra ; ce client utilise toujours l'ancien, qui expire dans 45 jours
scenario-single-credential-left = le seul secret client valide expire dans 25 jours ; l'autre secret de l'application a expiré et figure toujours dans la liste
scenario-federated-credential = une tâche de CI se connecte sans secret stocké : un jeton OIDC GitHub Actions approuvé par les informations d'identification fédérées de l'application
scenario-federated-credential-mismatch = le jeton OIDC de la CI nomme un autre sujet (un environnement) que les informations d'identification fédérées de l'application (AADSTS700213)
scenario-invalid-scope = un nom d'autorisation est demandé comme étendue (AADSTS1002012)
scenario-exchange-resource-missing = le locataire n'a pas de principal de service Exchange Online (AADSTS500011)
scenario-app-disabled = l'application est désactivée (AADSTS7000112)
scenario-conditional-access-blocked = une stratégie d'accès conditionnel bloque l'application (AADSTS53003)
scenario-invalid-client-assertion = le certificat client n'est pas inscrit sur l'application (AADSTS700027)
scenario-clock-skew = l'horloge locale a 10 minutes d'écart avec celle du serveur
scenario-token-service-error = le point de terminaison de jeton répond 503 à chaque requête
scenario-wrong-audience = le jeton est demandé pour Microsoft Graph au lieu d'Exchange
scenario-permission-not-granted = SMTP.SendAsApp n'est pas accordée (pas de consentement administrateur)
scenario-auth-rejected = Exchange répond 535 5.7.3 et aucun accès administrateur ne permet de dire pourquoi
scenario-service-principal-missing = New-ServicePrincipal n'a jamais été exécuté
scenario-service-principal-wrong-object-id = le principal de service a été inscrit avec l'ID d'objet de l'inscription d'application
scenario-mailbox-permission-missing = le principal de service n'a pas FullAccess sur la boîte aux lettres
scenario-mailbox-not-found = la boîte aux lettres configurée n'existe pas
scenario-smtp-auth-disabled = SMTP AUTH est désactivé pour l'organisation et la boîte aux lettres en hérite
scenario-security-defaults = les paramètres de sécurité par défaut sont activés
scenario-propagation-pending = tout a été configuré il y a quelques secondes et ne s'est pas encore propagé
scenario-send-as-denied = le message est envoyé depuis une autre adresse sans SendAs
scenario-starttls-stripped = l'inspection ESMTP d'un pare-feu remplace STARTTLS par XXXXXXXA
scenario-starttls-unavailable = le serveur ne propose pas STARTTLS (mauvais hôte ou port)
scenario-xoauth2-unavailable = après STARTTLS, le serveur ne propose pas XOAUTH2
scenario-tls-version-rejected = le serveur refuse la version de TLS (421 4.7.66)
scenario-untrusted-certificate = la chaîne SMTP se termine par une racine à laquelle le client ne fait pas confiance
scenario-tls-intercepted = un proxy d'inspection TLS signe à nouveau la chaîne SMTP avec une autorité de certification d'entreprise
scenario-hostname-mismatch = le certificat SMTP nomme un autre hôte
scenario-certificate-expired = le certificat SMTP a expiré
scenario-tls-handshake-failed = le serveur répond à la négociation TLS par des données incohérentes
scenario-token-request-refused = le point de terminaison de jeton répond par un code AADSTS qui n'a pas de classe propre (AADSTS50194)
scenario-smtp-transient = Exchange répond à AUTH par 451 4.7.0 Temporary server error (PRX4)
scenario-smtp-rejected = Exchange refuse le message par un 5xx qu'aucune classe ne nomme (550 5.1.8 bad outbound sender)
scenario-smtp-throttled = Exchange limite l'expéditeur (432 4.3.2 sender thread limit exceeded)
scenario-mailbox-logon-failed = AUTH réussit mais Exchange ne peut pas ouvrir la boîte aux lettres pour soumettre (430 4.2.0 STOREDRV)
scenario-message-too-large = Exchange refuse le message car il est trop volumineux (552 5.3.4)
scenario-send-quota-exceeded = Exchange refuse le message : le quota d'envoi est épuisé (554 5.2.0 …QuotaExceeded)
scenario-no-full-access-secret-expiring = pas de FullAccess sur la boîte aux lettres, et le secret expire dans 20 jours : le 535 vient du FullAccess
scenario-mailbox-address-not-upn = sain ; l'adresse SMTP de la boîte aux lettres n'est pas son UPN (courant pour les boîtes de service)
scenario-shared-mailbox = sain ; la boîte aux lettres est partagée : connexion bloquée, pas de licence (la configuration no-reply de Microsoft)
scenario-rbac-for-applications = sain ; SMTP limité par RBAC for Applications (pas d'autorisation d'API, pas de rôles dans le jeton, pas de FullAccess)
scenario-mailbox-outside-rbac-scope = RBAC for Applications, mais la boîte aux lettres n'est pas dans l'étendue de l'attribution de rôle
scenario-rbac-mixed-permissions = une attribution de rôle et l'autorisation d'API SMTP.SendAsApp : Exchange exige alors de nouveau FullAccess, qui manque
scenario-enterprise-app-missing = l'inscription d'application n'a pas d'application d'entreprise dans le locataire (AADSTS7000229)
scenario-other-cloud-tenant = le locataire est dans GCC High, interrogé sur l'hôte de connexion global (AADSTS900382)
scenario-protocol-error = quelque chose qui n'est pas du SMTP répond sur le port
