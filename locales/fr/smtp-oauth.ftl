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
