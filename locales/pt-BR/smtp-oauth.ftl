# As mensagens do smtp-oauth em português do Brasil (original: locales/en/smtp-oauth.ftl).
# Nunca traduzidos: os textos da Microsoft (respostas SMTP, descrições AADSTS), nomes de cmdlets
# do PowerShell, identificadores, nomes de configurações e opções.

## O relatório legível

report-transcript-title = Transcrição (AUTH ocultado):
report-handshake-title = Conexão e handshake:
report-the-cause = A causa:
report-what-to-do = O que fazer:
report-found = Encontrado: { $found }
report-every-cause = (todas as causas de { $id }: `smtp-oauth explain { $id }`, ou -v)
report-cause = Causa: { $cause }
report-most-likely = Causa mais provável: { $cause }
report-more-causes = { $count ->
    [one] (mais 1 causa com -v)
   *[other] (mais { $count } causas com -v)
}
report-likely-causes = Causas prováveis:
report-summary-failed = { $count ->
    [one] 1 verificação falhou
   *[other] { $count } verificações falharam
}
report-summary-warnings = { $count ->
    [one] 1 aviso
   *[other] { $count } avisos
}
report-summary-passed = { $count ->
    [one] 1 aprovada
   *[other] { $count } aprovadas
}
report-summary-skipped = { $count ->
    [one] 1 ignorada
   *[other] { $count } ignoradas
}
report-list-separator = {", "}
report-sentence-end = .
report-none = (nenhum)
report-yes = sim
report-no = não
report-warning-suffix = (aviso)

## certs

certs-presented-by = Cadeia apresentada por { $endpoint }:
certs-leaf = certificado do servidor
certs-intermediate = intermediária
certs-root = raiz
certs-days-left = { $days ->
    [one] falta 1 dia
   *[other] faltam { $days } dias
}
certs-expired-ago = { $days ->
    [one] expirou há 1 dia
   *[other] expirou há { $days } dias
}
certs-exported = Exportado:
certs-field-issuer = emissor
certs-field-valid = validade
certs-field-names = nomes
certs-field-key = chave
certs-field-signed = { $key }, assinado com { $algorithm }
certs-field-serial = número de série
certs-field-ca = AC
certs-field-ca-yes = sim
certs-field-path-length = comprimento do caminho { $length }
certs-field-ca-issuers = emissores da AC

## Nomes das verificações (por identificador)

check-secret-expiry = Expiração do segredo do cliente
check-tenant = Locatário
check-token = Solicitação de token
check-token-claims = Declarações do token
check-dns = DNS
check-tcp = Conexão TCP
check-smtp-greeting = Saudação SMTP
check-smtp-ehlo = EHLO
check-smtp-starttls = STARTTLS
check-tls-chain = Handshake TLS
check-smtp-xoauth2 = XOAUTH2 oferecido
check-smtp-auth = SMTP AUTH XOAUTH2
check-prereq-enterprise-app = Aplicativo empresarial
check-prereq-permission = SMTP.SendAsApp concedida
check-prereq-credentials = Credenciais do aplicativo
check-prereq-exchange-sp = Entidade de serviço do Exchange
check-prereq-mailbox = Caixa de correio
check-prereq-mailbox-permission = FullAccess na caixa de correio
check-prereq-send-as = SendAs para o endereço do remetente
check-prereq-smtp-auth = SMTP AUTH habilitado
check-prereq-propagation = Alterações propagadas
check-smtp-send = Enviar uma mensagem de teste
check-truststore = Repositório confiável do cliente

## Títulos das classes de falha (por identificador)

class-network-timeout = Tempo limite de conexão esgotado
class-connection-refused = Conexão recusada
class-dns-failure = O nome do host não é resolvido
class-proxy-auth-required = O proxy exige autenticação
class-proxy-unreachable = Proxy inacessível
class-login-host-unreachable = O host de login está inacessível
class-tls-version-rejected = Versão do TLS rejeitada
class-untrusted-certificate = Cadeia de certificados não confiável
class-tls-intercepted = Interceptação de TLS detectada
class-hostname-mismatch = O certificado não corresponde ao host
class-certificate-expired = Certificado expirado ou ainda não válido
class-tls-handshake-failed = Falha no handshake TLS
class-truststore-missing-ca = Falta no repositório confiável do cliente uma AC da cadeia da Microsoft
class-truststore-ca-expiring = A âncora da cadeia da Microsoft no repositório confiável expira em breve
class-invalid-tenant = Locatário desconhecido
class-app-not-found = Aplicativo não encontrado no locatário
class-invalid-client-secret = Segredo do cliente rejeitado
class-federated-credential-mismatch = A credencial federada não corresponde ao token
class-secret-id-not-value = ID do segredo usada no lugar do valor do segredo
class-secret-expired = Segredo do cliente expirado
class-secret-expiring = O segredo do cliente expira em breve
class-secret-rotated = Segredo do cliente trocado no Entra, não neste cliente
class-invalid-scope = Escopo inválido
class-exchange-resource-missing = Recurso do Exchange Online ausente no locatário
class-app-disabled = Aplicativo desabilitado
class-conditional-access-blocked = Bloqueado pelo Acesso Condicional
class-invalid-client-assertion = Credencial de certificado não aceita
class-clock-skew = Diferença de relógio
class-token-service-error = Serviço de token indisponível
class-token-request-refused = Solicitação de token recusada (veja o código da Microsoft)
class-credential-change-failed = A alteração da credencial não foi concluída
class-wrong-audience = O token é para outro público (audience)
class-permission-not-granted = SMTP.SendAsApp não concedida
class-auth-rejected = Autenticação rejeitada (535 5.7.3)
class-smtp-auth-disabled = SMTP AUTH desabilitado
class-security-defaults = Bloqueado pelos padrões de segurança ou por uma política
class-send-as-denied = SendAs negado
class-starttls-stripped = STARTTLS removido por um equipamento intermediário
class-starttls-unavailable = STARTTLS não oferecido
class-xoauth2-unavailable = XOAUTH2 não oferecido
class-protocol-error = Erro de protocolo
class-smtp-transient = O Exchange pediu para tentar mais tarde
class-smtp-rejected = O Exchange rejeitou o comando
class-smtp-throttled = O Exchange limitou o remetente
class-message-too-large = Mensagem grande demais
class-smtp-not-authenticated = Não autenticado para enviar
class-basic-auth-retired = Autenticação básica desativada para SMTP
class-service-principal-missing = Entidade de serviço do Exchange ausente
class-service-principal-wrong-object-id = Entidade de serviço registrada com a ID de objeto errada
class-mailbox-permission-missing = Sem FullAccess na caixa de correio
class-mailbox-not-found = Caixa de correio não encontrada ou sem licença
class-propagation-pending = Alterações ainda não propagadas
class-mailbox-logon-failed = O Exchange não conseguiu abrir a caixa de correio
class-mailbox-outside-rbac-scope = Caixa de correio fora do escopo do RBAC
class-rbac-mixed-permissions = RBAC para aplicativos misturado com a permissão de API
class-client-platform-unsupported = Esta versão do cliente não oferece suporte a SMTP OAuth

## Áreas do catálogo, e explain

area-network = Rede e proxy
area-tls = TLS e certificados
area-token = Ponto de extremidade de token (Entra ID)
area-claims = Conteúdo do token
area-smtp = Sessão SMTP
area-exchange = Pré-requisitos do Exchange
area-client = Plataforma do cliente
explain-count = { $count } classes de falha. `smtp-oauth explain ID` mostra as causas e as correções com os seus valores.

## Textos das classes de falha (por identificador)

class-invalid-client-secret-when = AADSTS7000215 (`invalid_client`, HTTP 401): o Entra rejeitou o segredo do cliente. O guia da Cisco sobre SMTP OAuth para o ISE chama isso de "Invalid client secret".
class-invalid-client-secret-cause-1 = Foi usada a ID do segredo em vez do seu Valor (o portal mostra os dois; o Valor só uma vez, logo após a criação).
class-invalid-client-secret-cause-2 = O valor foi truncado ou corrompido ao ser copiado (segredos contêm ~ . _ -).
class-invalid-client-secret-cause-3 = O segredo pertence a outro registro de aplicativo.
class-invalid-client-secret-fix-1 = Centro de administração do Microsoft Entra › Registros de aplicativo › seu aplicativo ({ $client_id }) › Certificados e segredos › Novo segredo do cliente; copie a coluna Valor na hora.
class-invalid-client-secret-fix-2 = Guarde-o: `smtp-oauth config set-secret` (pede sem eco) e depois anote a expiração: `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-auth-rejected-when = O Exchange respondeu `535 5.7.3 Authentication unsuccessful` ao AUTH XOAUTH2. O Exchange dá essa mesma resposta para um token inválido, uma função ausente, uma entidade de serviço ausente ou registrada errado, uma permissão de caixa de correio ausente e uma alteração que ainda não se propagou. O guia da Cisco sobre SMTP OAuth para o ISE chama isso de "Invalid email address".
class-auth-rejected-cause-1 = Não há entidade de serviço do Exchange para o aplicativo (New-ServicePrincipal nunca foi executado).
class-auth-rejected-cause-2 = A entidade de serviço foi registrada com a ID de objeto do registro de aplicativo em vez da ID de objeto do aplicativo empresarial.
class-auth-rejected-cause-3 = A entidade de serviço não tem FullAccess em { $mailbox }.
class-auth-rejected-cause-4 = O token não tem SMTP.SendAsApp ou é para outro público (audience).
class-auth-rejected-cause-5 = As alterações foram feitas há menos de uma hora e ainda não se propagaram.
class-auth-rejected-cause-6 = O `user=` da cadeia XOAUTH2 não é a caixa de correio na qual a permissão foi concedida.
class-auth-rejected-fix-1 = Connect-ExchangeOnline e depois: Get-ServicePrincipal -Identity { $object_id }   (sem resultado → New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id })
class-auth-rejected-fix-2 = Get-MailboxPermission -Identity { $mailbox } | where User -like '*{ $object_id }*'   (nenhuma → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-auth-rejected-fix-3 = O ObjectId deve ser a ID de objeto do aplicativo empresarial ({ $object_id }, o `oid` do próprio token do aplicativo), não a da página Registros de aplicativo.
class-auth-rejected-fix-4 = `smtp-oauth prereqs` verifica tudo isso pela API de administração; `smtp-oauth diagnose --wait 30m` tenta de novo enquanto as alterações se propagam.
class-smtp-auth-disabled-when = O Exchange respondeu `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox`, ou a API de administração mostra SMTP AUTH desabilitado para { $mailbox }.
class-smtp-auth-disabled-cause-1 = O SMTP AUTH está desativado na organização (Set-TransportConfig -SmtpClientAuthenticationDisabled $true, o padrão dos locatários criados depois de janeiro de 2020) e a caixa de correio não o substitui.
class-smtp-auth-disabled-cause-2 = O SMTP AUTH está desativado nesta caixa de correio (Set-CASMailbox … -SmtpClientAuthenticationDisabled $true).
class-smtp-auth-disabled-fix-1 = Habilite-o só para esta caixa de correio (o valor da caixa de correio prevalece sobre o da organização): Set-CASMailbox -Identity { $mailbox } -SmtpClientAuthenticationDisabled $false
class-smtp-auth-disabled-fix-2 = Ou no centro de administração do Microsoft 365 › Usuários › { $mailbox } › Email › Gerenciar aplicativos de email › marque SMTP autenticado.
class-smtp-auth-disabled-fix-3 = Confira o valor efetivo: Get-CASMailbox -Identity { $mailbox } | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled
class-service-principal-missing-when = O Exchange não tem entidade de serviço para o aplicativo { $client_id } (Get-ServicePrincipal não encontra nenhuma).
class-service-principal-missing-cause-1 = New-ServicePrincipal nunca foi executado: as permissões do Entra sozinhas não bastam para o Exchange.
class-service-principal-missing-fix-1 = Connect-ExchangeOnline e depois: New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-missing-fix-2 = O ObjectId é a ID de objeto do aplicativo empresarial (centro de administração do Microsoft Entra › Aplicativos empresariais › o aplicativo › Visão geral), aqui { $object_id }.
class-service-principal-missing-fix-3 = Ou: `smtp-oauth prereqs --fix`.
class-service-principal-wrong-object-id-when = A entidade de serviço do Exchange do aplicativo { $client_id } está registrada com um ObjectId que não é o do aplicativo empresarial ({ $object_id }), geralmente a ID de objeto do registro de aplicativo.
class-service-principal-wrong-object-id-cause-1 = Foi usada a ID de objeto da página Registros de aplicativo; o Exchange precisa da que está na página Aplicativos empresariais (o `oid` do token do aplicativo).
class-service-principal-wrong-object-id-fix-1 = Remove-ServicePrincipal -Identity <a ID de objeto errada>
class-service-principal-wrong-object-id-fix-2 = New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-wrong-object-id-fix-3 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess   (as permissões tinham sido concedidas à entidade antiga)
class-service-principal-wrong-object-id-fix-4 = Ou: `smtp-oauth prereqs --fix`.
class-mailbox-permission-missing-when = A entidade de serviço não tem FullAccess em { $mailbox }.
class-mailbox-permission-missing-cause-1 = Add-MailboxPermission não foi executado, foi executado para outra caixa de correio ou para uma entidade recriada depois.
class-mailbox-permission-missing-fix-1 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-mailbox-permission-missing-fix-2 = Ou: `smtp-oauth prereqs --fix`.

## explain ID

explain-recognised-by = Reconhecida por:
explain-causes = Causas prováveis, da mais provável à menos provável:
explain-fix = Correção:
explain-see = Veja:

## Resumos das verificações

summary-secret-expires = expira em { $date } ({ $days ->
    [one] falta 1 dia
   *[other] faltam { $days } dias
})
summary-token-issued = token emitido, válido por { $minutes } min
summary-token-claims = token somente de aplicativo para { $audience }, { $roles }, ID de objeto do aplicativo empresarial { $oid }
summary-dns-address = { $address } é um endereço; sem consulta
summary-tcp-connected = conectado a { $address }
summary-ehlo-capabilities = { $count ->
    [one] 1 recurso
   *[other] { $count } recursos
}
summary-tls-verified = { $version }, cadeia de { $count } certificados verificada
summary-permission-granted = SMTP.SendAsApp no Office 365 Exchange Online, consentimento do administrador concedido
summary-mailbox-ok = { $mailbox } existe, está habilitada e licenciada
summary-exchange-sp-registered = registrada com a ID de objeto do aplicativo empresarial { $oid }
summary-full-access = a entidade de serviço tem FullAccess em { $mailbox }
summary-propagated = nenhum pré-requisito mudou na última hora
summary-tenant-cloud = locatário { $tenant }, na nuvem { $cloud }
summary-domain-tenant-cloud = { $domain } é o locatário { $tenant }, na nuvem { $cloud }
summary-enterprise-app = ID de objeto do aplicativo empresarial { $oid }, a de que o Exchange precisa (a ID de objeto do registro de aplicativo, { $app_oid }, é outra)
summary-smtp-auth-enabled-mailbox = SMTP AUTH habilitado: a caixa de correio diz SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-enabled-org = SMTP AUTH habilitado: a caixa de correio herda o SmtpClientAuthenticationDisabled = { $value } da organização

class-secret-id-not-value-when = O segredo do cliente configurado tem a forma de uma ID de segredo (um GUID), não de um valor de segredo. Detectado antes de qualquer envio; o Entra responderia AADSTS7000215.
class-secret-id-not-value-cause-1 = A coluna ID do Segredo foi copiada no lugar da coluna Valor em Certificados e segredos.
class-secret-id-not-value-fix-1 = O Valor só é mostrado uma vez: crie um novo segredo (Registros de aplicativo › { $client_id } › Certificados e segredos › Novo segredo do cliente) e copie o Valor.
class-secret-id-not-value-fix-2 = Guarde-o com `smtp-oauth config set-secret`.
class-secret-expired-when = AADSTS7000222: o segredo do cliente expirou, ou a data de expiração configurada ({ $secret_expires }) já passou.
class-secret-expired-cause-1 = Segredos do cliente duram no máximo 24 meses; ninguém trocou este a tempo.
class-secret-expired-fix-1 = Com acesso de administrador, `smtp-oauth secret rotate --admin device-code` adiciona um novo segredo, testa, guarda e remove o antigo depois que você confirmar.
class-secret-expired-fix-2 = Ou à mão: Registros de aplicativo › { $client_id } › Certificados e segredos › Novo segredo do cliente, copie o Valor, guarde-o (`smtp-oauth config set-secret`) e a nova expiração (`smtp-oauth config set secret-expires YYYY-MM-DD`), e atualize todo cliente que o usa.
class-secret-expired-fix-3 = Considere uma credencial de certificado (--client-cert), ou agende `smtp-oauth diagnose`: ele avisa com 60 dias de antecedência.
class-secret-expiring-when = O segredo do cliente expira em { $secret_expires }, em menos de 60 dias (com menos de 30 dias, o aviso é mais forte). Nesse dia o envio de email para.
class-secret-expiring-cause-1 = Segredos são criados com validade fixa e ninguém é avisado.
class-secret-expiring-fix-1 = Crie o próximo segredo agora: `smtp-oauth secret rotate --admin device-code` adiciona, testa de ponta a ponta, mostra uma vez para o equipamento e remove o antigo quando você confirmar (ou à mão: Registros de aplicativo › { $client_id } › Certificados e segredos).
class-secret-expiring-fix-2 = Anote a nova data: `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-permission-not-granted-when = O token não tem a função `SMTP.SendAsApp` e o aplicativo não está configurado para o RBAC do Exchange para aplicativos.
class-permission-not-granted-cause-1 = Falta a permissão de API: Registros de aplicativo › { $client_id } › Permissões de APIs não tem Office 365 Exchange Online › Permissões de aplicativos › SMTP.SendAsApp.
class-permission-not-granted-cause-2 = A permissão foi adicionada, mas o consentimento do administrador não foi concedido.
class-permission-not-granted-cause-3 = Foi adicionada uma permissão delegada (SMTP.Send) no lugar da permissão de aplicativo.
class-permission-not-granted-cause-4 = O consentimento foi concedido há poucos minutos e o token estava em cache desde antes.
class-permission-not-granted-fix-1 = Registros de aplicativo › { $client_id } › Permissões de APIs › Adicionar uma permissão › APIs que minha organização usa › Office 365 Exchange Online › Permissões de aplicativos › SMTP.SendAsApp › Adicionar permissões.
class-permission-not-granted-fix-2 = Depois, "Conceder consentimento do administrador para <locatário>" na mesma página.
class-permission-not-granted-fix-3 = Ou, se o aplicativo usa o RBAC do Exchange para aplicativos (sem permissão de API de propósito), diga isso: `smtp-oauth config set rbac-for-apps true`.
class-untrusted-certificate-when = A cadeia de certificados apresentada não é verificada com as raízes confiáveis em uso. O guia da Cisco sobre SMTP OAuth para o ISE chama isso de "unable to find valid certification path to requested target".
class-untrusted-certificate-cause-1 = Falta no repositório confiável do cliente a raiz ou a intermediária que a cadeia da Microsoft usa (DigiCert Global Root G2, Microsoft Azure RSA TLS Issuing CA …).
class-untrusted-certificate-cause-2 = Um proxy de inspeção de TLS trocou a cadeia por uma de uma AC privada (veja tls-intercepted).
class-untrusted-certificate-fix-1 = Exporte a cadeia que o servidor apresenta: `smtp-oauth certs { $certs_target } --out ./chain` e importe a raiz e a intermediária no repositório confiável do cliente (Cisco ISE: Administration › System › Certificates › Trusted Certificates, marque "Trust for authentication within ISE" e "Trust for client authentication and Syslog").
class-untrusted-certificate-fix-2 = Ou adicione-as aqui com --ca-file para confirmar o diagnóstico.
class-propagation-pending-when = Todos os pré-requisitos estão prontos, mas um deles mudou na última hora: o Exchange ainda pode responder 535 5.7.3 até a alteração se propagar.
class-propagation-pending-cause-1 = Os caches do Exchange e do Entra levam minutos (às vezes até uma hora) para absorver novas entidades de serviço, permissões e consentimentos.
class-propagation-pending-fix-1 = Espere e tente de novo: `smtp-oauth diagnose --wait 30m` tenta o AUTH de novo com intervalos crescentes e diz quando começou a funcionar.

## docs/failure-classes.LANG.md

doc-title = Classes de falha
doc-intro = Toda falha que o smtp-oauth informa pertence a uma destas classes. Os identificadores são um contrato estável: aparecem como `failure_class.id` nos relatórios `--json`, como tipo de falha JUnit e em `smtp-oauth explain ID`, que mostra o mesmo texto com os seus valores. Espaços reservados como `<client-id>` representam esses valores. Os textos ainda não traduzidos ficam em inglês.
doc-generated = Gerado de src/failures/catalog.rs e locales/ por `cargo test` (UPDATE_GENERATED=1 o reescreve). Não edite.

class-network-timeout-when = A conexão TCP com { $smtp_host }:{ $smtp_port } ou a saudação do servidor não chegou dentro do tempo limite ({ $timeout } s). O guia da Cisco sobre SMTP OAuth para o ISE chama isso de "connect timed out".
class-network-timeout-cause-1 = Um firewall de saída descarta o TCP { $smtp_port } (muitas redes só liberam 80/443 para fora).
class-network-timeout-cause-2 = A rede só sai para a internet por um proxy HTTP, que o SMTP não pode usar (um proxy HTTP leva HTTPS, não SMTP).
class-network-timeout-cause-3 = Um equipamento intermediário aceita a conexão mas nunca a encaminha (a saudação não chega).
class-network-timeout-cause-4 = O host ou a porta está errado e aponta para uma máquina que descarta pacotes em silêncio.
class-network-timeout-fix-1 = Peça à equipe de rede uma regra de saída: TCP { $smtp_port } para { $smtp_host } (a Microsoft publica as faixas de endereços do Exchange Online: https://aka.ms/o365endpoints).
class-network-timeout-fix-2 = Verifique na mesma máquina: `smtp-oauth test-connection --timeout 60`, ou `nc -vz { $smtp_host } { $smtp_port }`.
class-network-timeout-fix-3 = Numa rede só com proxy, envie de onde a saída direta é permitida, ou retransmita por um host que a tenha.
class-connection-refused-when = A conexão com { $smtp_host }:{ $smtp_port } foi recusada ativamente (TCP RST).
class-connection-refused-cause-1 = A porta está errada: o envio do Exchange Online escuta na 587 (STARTTLS).
class-connection-refused-cause-2 = Um firewall local ou agente de segurança recusa a conexão.
class-connection-refused-cause-3 = O host está errado e nada escuta nessa porta.
class-connection-refused-fix-1 = O envio do Exchange Online escuta na porta 587 de { $default_smtp_host }: `--smtp-host { $default_smtp_host } --smtp-port 587`.
class-connection-refused-fix-2 = Verifique se nenhum firewall local ou agente de segurança recusa o TCP 587 de saída (a porta que o envio do Exchange Online usa).
class-dns-failure-when = Um nome de host não foi resolvido para um endereço.
class-dns-failure-cause-1 = Um erro de digitação no nome do host (o host SMTP padrão é smtp.office365.com).
class-dns-failure-cause-2 = A máquina não tem um resolvedor DNS funcionando, ou só um interno que não resolve nomes públicos.
class-dns-failure-cause-3 = Um DNS split-horizon esconde o nome nesta rede.
class-dns-failure-fix-1 = Confira o nome: `smtp-oauth config show` mostra o host e de onde ele veio.
class-dns-failure-fix-2 = Teste o resolvedor: `getent hosts { $smtp_host }` ou `nslookup { $smtp_host }`.
class-dns-failure-fix-3 = Peça resolução DNS pública de { $smtp_host } e { $login_host }, ou use um endereço IP em --smtp-host para um teste.
class-app-not-found-when = AADSTS700016: não existe aplicativo com a ID de cliente { $client_id } no locatário { $tenant }; ou AADSTS7000229: o registro de aplicativo existe, mas não tem aplicativo empresarial (entidade de serviço) no locatário.
class-app-not-found-cause-1 = A ID de cliente está errada: foi usada uma ID de objeto, uma ID de segredo ou um endereço de email no lugar da ID do aplicativo (cliente).
class-app-not-found-cause-2 = O aplicativo está registrado em outro locatário que não { $tenant }.
class-app-not-found-cause-3 = O registro de aplicativo foi excluído.
class-app-not-found-cause-4 = AADSTS7000229: o aplicativo foi criado pelo Graph, Terraform ou um script sem o aplicativo empresarial, ou o aplicativo empresarial foi excluído. O segredo está certo.
class-app-not-found-fix-1 = Copie a ID do aplicativo (cliente) em centro de administração do Microsoft Entra › Registros de aplicativo › seu aplicativo › Visão geral.
class-app-not-found-fix-2 = Confira se a ID do diretório (locatário) na mesma página é { $tenant }.
class-app-not-found-fix-3 = Para AADSTS7000229, crie o aplicativo empresarial: `New-MgServicePrincipal -AppId { $client_id }` (Microsoft Graph PowerShell) ou `az ad sp create --id { $client_id }`; depois conceda SMTP.SendAsApp com consentimento do administrador.
class-invalid-scope-when = AADSTS70011 ou AADSTS1002012: o escopo não é válido para credenciais do cliente.
class-invalid-scope-cause-1 = Um nome de permissão (SMTP.SendAsApp, SMTP.Send, Mail.Send) foi enviado como escopo.
class-invalid-scope-cause-2 = O escopo não tem o sufixo /.default que as credenciais do cliente exigem.
class-invalid-scope-cause-3 = Escopos de vários recursos foram combinados.
class-invalid-scope-fix-1 = Use o escopo .default do recurso do Exchange: `--scope { $default_scope }` (ou remova o escopo para usar o padrão da nuvem).
class-wrong-audience-when = O público do token (`aud`) não é o Exchange Online, então o Exchange o rejeita com 535 5.7.3.
class-wrong-audience-cause-1 = O escopo aponta para outro recurso, geralmente o Microsoft Graph (https://graph.microsoft.com/.default).
class-wrong-audience-cause-2 = O cliente foi configurado para o Mail.Send do Graph em vez do SMTP AUTH.
class-wrong-audience-fix-1 = Solicite o escopo do Exchange: `--scope { $default_scope }`.

## The other classes' texts

class-proxy-auth-required-when = O proxy HTTP respondeu 407 Proxy Authentication Required à solicitação CONNECT.
class-proxy-auth-required-cause-1 = O proxy exige credenciais e nenhuma foi informada.
class-proxy-auth-required-cause-2 = As credenciais na URL do proxy estão erradas ou expiradas.
class-proxy-auth-required-cause-3 = O proxy só aceita Kerberos/NTLM, que esta ferramenta não fala.
class-proxy-auth-required-fix-1 = Coloque as credenciais na URL do proxy: HTTPS_PROXY=http://user:password@{ $proxy_host } (elas nunca são exibidas).
class-proxy-auth-required-fix-2 = Peça uma exceção para { $login_host } no proxy, ou adicione-o a NO_PROXY se a saída direta for permitida.
class-proxy-unreachable-when = O proxy HTTP ({ $proxy }) não pôde ser alcançado, ou recusou o CONNECT.
class-proxy-unreachable-cause-1 = A URL do proxy (HTTPS_PROXY, ALL_PROXY ou --proxy) está errada ou desatualizada.
class-proxy-unreachable-cause-2 = O proxy está fora do ar, ou só é alcançável a partir de outra rede.
class-proxy-unreachable-cause-3 = A política do proxy bloqueia { $login_host }.
class-proxy-unreachable-fix-1 = Verifique a configuração do proxy e a origem dela: `smtp-oauth config show` (a senha nunca é exibida).
class-proxy-unreachable-fix-2 = Se a saída direta for permitida, ignore o proxy para o host de login da Microsoft: NO_PROXY={ $login_host }.
class-invalid-tenant-when = O Entra ID não conhece o locatário: AADSTS90002 (locatário não encontrado) ou AADSTS900023 (identificador de locatário inválido), a descoberta OpenID respondeu `invalid_tenant`, ou o locatário está em outra nuvem que não a do host de login (AADSTS900382, "Confidential Client is not supported in Cross Cloud request"). O guia da Cisco sobre SMTP OAuth para o ISE chama isso de "invalid OAuth endpoint or tenant identifier".
class-invalid-tenant-cause-1 = Um erro de digitação na ID do locatário, ou a ID de outro locatário.
class-invalid-tenant-cause-2 = O locatário está em outra nuvem (GCC High, DoD, 21Vianet) que não a do host de login usado ({ $login_host }): o AADSTS900382 diz exatamente isso.
class-invalid-tenant-cause-3 = Lixo no lugar do locatário: uma URL ou caminho colado (`…/oauth2/authorize`) em vez do GUID ou do domínio.
class-invalid-tenant-fix-1 = Copie a ID do diretório (locatário) em Centro de administração do Microsoft Entra › Visão geral › ID do locatário e defina-a: `smtp-oauth config set tenant <guid>`.
class-invalid-tenant-fix-2 = Para uma nuvem nacional, defina --cloud (usgov, usgov-dod, china).
class-invalid-tenant-fix-3 = O ponto de extremidade de token deve ser https://{ $login_host }/<tenant-id>/oauth2/v2.0/token.
class-federated-credential-mismatch-when = O Entra não encontrou credencial federada do aplicativo que corresponda ao token federado enviado como asserção: AADSTS700211 (emissor), AADSTS700212 (público), AADSTS700213 (assunto), AADSTS7002138 (o assunto difere só em maiúsculas e minúsculas: a comparação as diferencia) ou AADSTS70021.
class-federated-credential-mismatch-cause-1 = O assunto difere: o GitHub Actions usa `repo:OWNER/REPO:environment:NAME` para um job com ambiente, `repo:OWNER/REPO:ref:refs/heads/BRANCH` para um branch, `repo:OWNER/REPO:pull_request` para um pull request; proprietário e repositório são comparados diferenciando maiúsculas de minúsculas.
class-federated-credential-mismatch-cause-2 = O público difere: o Entra espera `api://AzureADTokenExchange`, a menos que a credencial diga outra coisa.
class-federated-credential-mismatch-cause-3 = O emissor difere: o do GitHub é `https://token.actions.githubusercontent.com` (sem barra no final); o de um cluster Kubernetes é a URL do emissor OIDC dele.
class-federated-credential-mismatch-fix-1 = Compare o texto da Microsoft acima (ele cita o que o token apresentou) com Centro de administração do Microsoft Entra › Registros de aplicativo › { $client_id } › Certificados e segredos › Credenciais federadas, e adicione uma credencial exatamente com esse emissor, assunto e público.
class-federated-credential-mismatch-fix-2 = Para o GitHub Actions: o workflow precisa de `permissions: id-token: write`; o assunto segue o `environment:` do job (se houver) e o branch.
class-secret-rotated-when = O registro de aplicativo tem um segredo do cliente mais novo que o usado por este cliente: alguém fez a rotação no Entra e não atualizou este cliente (ou ainda não).
class-secret-rotated-cause-1 = O segredo foi trocado para outro cliente do mesmo aplicativo, ou a implantação parou antes deste.
class-secret-rotated-cause-2 = O segredo antigo é mantido de propósito para este cliente até uma janela de manutenção.
class-secret-rotated-fix-1 = Coloque o valor do segredo mais novo neste cliente (no Cisco ISE: Administration › System › Settings › SMTP Server, campos Client Secret e Expiry Date), depois `smtp-oauth config set-secret` e `smtp-oauth config set secret-expires YYYY-MM-DD`, e rode `smtp-oauth diagnose` de novo.
class-secret-rotated-fix-2 = Quando todos os clientes usarem o mais novo, exclua o segredo antigo: Registros de aplicativo › { $client_id } › Certificados e segredos.
class-exchange-resource-missing-when = AADSTS500011: o recurso do escopo ({ $scope }) não tem entidade de serviço no locatário.
class-exchange-resource-missing-cause-1 = Um erro de digitação no URI de recurso do escopo.
class-exchange-resource-missing-cause-2 = O locatário não tem Exchange Online (nenhuma licença jamais atribuída), então o Office 365 Exchange Online não está provisionado.
class-exchange-resource-missing-cause-3 = O escopo pertence a outra nuvem.
class-exchange-resource-missing-fix-1 = Use o escopo do Exchange da nuvem: `--scope { $default_scope }`.
class-exchange-resource-missing-fix-2 = Verifique se o locatário tem licenças do Exchange Online (Centro de administração do Microsoft 365 › Cobrança › Licenças).
class-app-disabled-when = AADSTS7000112: o aplicativo está desabilitado.
class-app-disabled-cause-1 = Alguém desabilitou a entrada do aplicativo (Aplicativos empresariais › o aplicativo › Propriedades › Habilitado para os usuários entrarem? = Não), ou a Microsoft o desabilitou.
class-app-disabled-fix-1 = Centro de administração do Microsoft Entra › Aplicativos empresariais › o aplicativo ({ $client_id }) › Propriedades: defina "Habilitado para os usuários entrarem?" como Sim.
class-conditional-access-blocked-when = AADSTS53003: uma política de Acesso Condicional bloqueou a emissão de token para o aplicativo.
class-conditional-access-blocked-cause-1 = Uma política de Acesso Condicional para identidades de carga de trabalho cobre esta entidade de serviço (por local, por exemplo) e o IP de saída desta máquina não é permitido.
class-conditional-access-blocked-fix-1 = Centro de administração do Microsoft Entra › Proteção › Acesso Condicional › logs de entrada de entidades de serviço: encontre a política que bloqueou { $client_id }.
class-conditional-access-blocked-fix-2 = Permita o IP de saída desta máquina no local nomeado da política, ou exclua a entidade de serviço.
class-invalid-client-assertion-when = AADSTS700027 (assinatura inválida), AADSTS700024 (fora da janela de tempo), AADSTS700021 (o emissor não é a ID do cliente) ou AADSTS700023 (público errado): a credencial de certificado (asserção do cliente) não foi aceita.
class-invalid-client-assertion-cause-1 = O certificado não foi carregado no registro de aplicativo (Certificados e segredos › Certificados), ou outro foi.
class-invalid-client-assertion-cause-2 = A chave não pertence ao certificado.
class-invalid-client-assertion-cause-3 = A janela de tempo da asserção está deslocada porque o relógio local está errado.
class-invalid-client-assertion-cause-4 = O certificado no registro de aplicativo expirou.
class-invalid-client-assertion-fix-1 = Carregue o certificado público (.cer/.pem, sem chave) em Registros de aplicativo › { $client_id } › Certificados e segredos › Certificados, e compare a impressão digital.
class-invalid-client-assertion-fix-2 = Verifique o relógio: `date -u` deve bater com o UTC real com menos de um minuto de diferença.
class-clock-skew-when = O relógio local difere do cabeçalho Date do servidor em mais de 5 minutos.
class-clock-skew-cause-1 = O NTP não está rodando ou não alcança uma fonte de hora nesta máquina ou appliance.
class-clock-skew-fix-1 = Ative a sincronização de hora (timedatectl set-ntp true; no Cisco ISE: `ntp server` na CLI) e confira `date -u`.
class-token-service-error-when = O ponto de extremidade de token continuou respondendo HTTP 429 ou 5xx após um número limitado de novas tentativas.
class-token-service-error-cause-1 = Limitação após muitas solicitações de token em pouco tempo (um cliente que não guarda tokens em cache).
class-token-service-error-cause-2 = Uma interrupção do Entra ID na região (veja https://status.cloud.microsoft).
class-token-service-error-cause-3 = Um proxy ou equipamento TLS intermediário respondendo no lugar da Microsoft.
class-token-service-error-fix-1 = Espere e tente de novo; um token vale cerca de uma hora, então um cliente deve pedir um por hora, não um por mensagem.
class-token-service-error-fix-2 = Consulte a página de integridade do serviço do Microsoft 365.
class-security-defaults-when = O Exchange respondeu `535 5.7.139` com um texto de padrões de segurança ou de política: os padrões de segurança do locatário ou uma política de autenticação bloqueiam o SMTP AUTH.
class-security-defaults-cause-1 = Os padrões de segurança estão ativados: eles desligam o SMTP AUTH seja qual for a configuração da caixa de correio.
class-security-defaults-cause-2 = Uma política de autenticação ou de Acesso Condicional bloqueia a solicitação.
class-security-defaults-fix-1 = Centro de administração do Microsoft Entra › Visão geral › Propriedades › Gerenciar padrões de segurança: se ativados, o SMTP AUTH está desabilitado; desativá-los exige Acesso Condicional para substituí-los.
class-security-defaults-fix-2 = Verifique as políticas de autenticação: Get-AuthenticationPolicy; e os logs de entrada de { $client_id }.
class-send-as-denied-when = Depois de um AUTH bem-sucedido, o servidor recusou enviar como o endereço From: `554 5.2.252 SendAsDenied` ou `550 5.7.60`.
class-send-as-denied-cause-1 = O endereço From ({ $from }) difere da caixa de correio autenticada ({ $mailbox }) e a entidade de serviço não tem direito SendAs sobre ele.
class-send-as-denied-cause-2 = Um alias da caixa de correio é usado como From e o SendFromAliasEnabled está desligado.
class-send-as-denied-fix-1 = Envie como a própria caixa de correio, ou conceda SendAs: Add-RecipientPermission -Identity { $from } -Trustee { $object_id } -AccessRights SendAs
class-send-as-denied-fix-2 = Para aliases: Set-OrganizationConfig -SendFromAliasEnabled $true
class-starttls-stripped-when = A resposta ao EHLO não tem STARTTLS, mas mostra uma capacidade mascarada como `250-XXXXXXXA`: a inspeção ESMTP de um firewall removeu o STARTTLS.
class-starttls-stripped-cause-1 = Um firewall com inspeção SMTP/ESMTP (por exemplo, Cisco ASA `inspect esmtp`) reescreve a lista de capacidades, e nenhum cliente consegue iniciar o TLS.
class-starttls-stripped-fix-1 = Desligue a inspeção ESMTP para o tráfego para { $smtp_host }:{ $smtp_port } (Cisco ASA: `no inspect esmtp` no policy map, ou isente esse tráfego).
class-starttls-stripped-fix-2 = Depois, `smtp-oauth test-connection` deve mostrar 250-STARTTLS.
class-starttls-unavailable-when = O servidor não oferece STARTTLS, então nenhum AUTH com OAuth é possível.
class-starttls-unavailable-cause-1 = Host errado: um host MX (<domain>-com.mail.protection.outlook.com, porta 25) aceita email para entrega, não envio por cliente.
class-starttls-unavailable-cause-2 = Porta errada: a 465 é TLS implícito, a 25 de um relay pode não oferecer STARTTLS; o envio do Exchange Online é { $default_smtp_host }:587.
class-starttls-unavailable-fix-1 = Use `--smtp-host smtp.office365.com --smtp-port 587` (ou o host da nuvem).
class-xoauth2-unavailable-when = Depois do STARTTLS, o servidor não oferece `AUTH … XOAUTH2` (o Exchange Online oferece `AUTH LOGIN XOAUTH2`).
class-xoauth2-unavailable-cause-1 = O host não é o envio do Exchange Online (um relay local, um smart host, um MX).
class-xoauth2-unavailable-cause-2 = Um proxy que termina o TLS responde no lugar do Exchange.
class-xoauth2-unavailable-fix-1 = Aponte o cliente para { $default_smtp_host }:587 com STARTTLS.
class-tls-version-rejected-when = O servidor recusou a versão do TLS: `421 4.7.66 TLS 1.0 and 1.1 are not supported`, ou não foi possível negociar uma versão de TLS em comum.
class-tls-version-rejected-cause-1 = O cliente (um appliance antigo ou runtime Java) só fala TLS 1.0/1.1; o Exchange Online exige TLS 1.2 ou posterior.
class-tls-version-rejected-fix-1 = Habilite o TLS 1.2 no cliente (Java: -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3), ou atualize a plataforma.
class-tls-intercepted-when = A cadeia de um host da Microsoft foi emitida por uma AC que não é um dos emissores públicos da Microsoft: um proxy de inspeção TLS está reassinando o tráfego.
class-tls-intercepted-cause-1 = Um firewall ou proxy corporativo faz inspeção TLS (descriptografa e reassina) do tráfego para { $smtp_host } ou { $login_host }.
class-tls-intercepted-fix-1 = Peça uma exceção de inspeção para { $smtp_host } e { $login_host } (a Microsoft recomenda não inspecionar o tráfego do Microsoft 365).
class-tls-intercepted-fix-2 = Ou, se a política exigir inspeção, importe a AC de inspeção no repositório confiável do cliente (`smtp-oauth certs --out DIR` a exporta).
class-hostname-mismatch-when = O certificado não cobre o nome de host ao qual se conectou.
class-hostname-mismatch-cause-1 = O host é um alias ou endereço IP que o certificado não nomeia (use smtp.office365.com, não um endereço nem um CNAME seu).
class-hostname-mismatch-cause-2 = Outra coisa responde nesse endereço (um proxy, outro servidor).
class-hostname-mismatch-fix-1 = Conecte-se por um nome que o certificado cobre: `--smtp-host { $cert_name }`; `smtp-oauth certs` lista os nomes (SANs).
class-certificate-expired-when = Um certificado da cadeia está fora do período de validade.
class-certificate-expired-cause-1 = O relógio local está errado (uma data muito diferente faz certificados válidos parecerem expirados).
class-certificate-expired-cause-2 = Um equipamento intermediário apresenta um certificado antigo.
class-certificate-expired-fix-1 = Confira `date -u`; `smtp-oauth certs` mostra qual certificado e as datas dele.
class-tls-handshake-failed-when = O handshake TLS falhou por outro motivo (um alerta, um reset durante o handshake, nenhuma cifra em comum).
class-tls-handshake-failed-cause-1 = Um equipamento intermediário interfere no handshake.
class-tls-handshake-failed-cause-2 = O servidor não fala TLS nesta porta.
class-tls-handshake-failed-fix-1 = Rode `smtp-oauth certs -v` para ver a transcrição do handshake e compare com outra rede.
class-protocol-error-when = Um servidor violou o protocolo: lixo, uma linha ou resposta acima dos limites de tamanho, um encerramento prematuro ou uma resposta inesperada.
class-protocol-error-cause-1 = Outra coisa que não um servidor SMTP responde nessa porta (um servidor HTTP, um proxy, um honeypot).
class-protocol-error-cause-2 = Um equipamento intermediário corta ou reescreve a sessão.
class-protocol-error-fix-1 = Verifique host e porta (`smtp-oauth config show`) e veja a troca bruta com `-v`.
class-mailbox-not-found-when = A caixa de correio { $mailbox } não existe, está desabilitada ou não tem licença do Exchange Online.
class-mailbox-not-found-cause-1 = Um erro de digitação no endereço da caixa de correio.
class-mailbox-not-found-cause-2 = O usuário existe, mas não tem licença que inclua o Exchange Online, então não há caixa de correio.
class-mailbox-not-found-cause-3 = A conta está bloqueada para entrar.
class-mailbox-not-found-fix-1 = Confira o endereço no Centro de administração do Microsoft 365 › Usuários › Usuários ativos.
class-mailbox-not-found-fix-2 = Atribua uma licença com Exchange Online (ou use uma caixa de correio compartilhada), e permita SMTP autenticado entre os aplicativos de email dela.
class-client-platform-unsupported-when = A versão do cliente de destino é anterior às primeiras versões com suporte a SMTP OAuth com o Exchange Online (Cisco ISE 3.2 Patch 8, 3.3 Patch 8, 3.4 Patch 4, 3.5 Patch 1).
class-client-platform-unsupported-cause-1 = O appliance roda uma versão sem a opção de autenticação "MS Exchange Online OAuth".
class-client-platform-unsupported-fix-1 = Atualize o Cisco ISE para 3.2 P8, 3.3 P8, 3.4 P4, 3.5 P1 ou posterior, ou faça relay por um host com suporte a OAuth.
class-token-request-refused-when = O Entra ID recusou a solicitação de token com um código AADSTS para o qual esta ferramenta não tem classe específica. O código, o texto e as IDs de rastreamento e de correlação da Microsoft estão nas evidências, sem alteração: a causa é o que eles dizem, não um palpite.
class-token-request-refused-cause-1 = O que o código AADSTS das evidências significar: o texto da Microsoft ao lado diz isso com as palavras dela.
class-token-request-refused-fix-1 = Procure o código na página de erros da Microsoft: https://login.microsoftonline.com/error?code=<number> (o `lookup` das evidências é esse link para este código).
class-token-request-refused-fix-2 = Guarde as IDs de rastreamento e de correlação das evidências: o suporte da Microsoft pede por elas.
class-smtp-transient-when = O Exchange respondeu com um 4xx bem formado que nenhuma outra classe nomeia: uma condição temporária, o Exchange pede para tentar de novo mais tarde. A resposta e seu colchete estão nas evidências.
class-smtp-transient-cause-1 = Uma condição passageira nos servidores de front-end ou de caixa de correio do Exchange Online (os textos PRX… e STOREDRV nomeiam o componente).
class-smtp-transient-cause-2 = Uma alteração no aplicativo ou na caixa de correio que ainda está se propagando.
class-smtp-transient-fix-1 = Tente de novo em alguns minutos: `smtp-oauth diagnose --wait 30m` tenta de novo com intervalo crescente.
class-smtp-transient-fix-2 = Se persistir, passe ao suporte da Microsoft a resposta e o colchete das evidências.
class-smtp-rejected-when = O Exchange rejeitou um comando com uma resposta 5xx bem formada que nenhuma outra classe nomeia. A resposta e seu colchete estão nas evidências: o código de status aprimorado e o texto dizem por quê.
class-smtp-rejected-cause-1 = O que a resposta disser: o código de status aprimorado do Exchange (5.x.y) e o texto nas evidências dão o motivo.
class-smtp-rejected-fix-1 = Procure o código de status aprimorado na referência de NDR da Microsoft: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
class-smtp-rejected-fix-2 = Passe ao suporte da Microsoft a resposta e o colchete das evidências.
class-smtp-throttled-when = O Exchange limitou o remetente: conexões simultâneas ou mensagens demais para a caixa de correio, ou a cota de envio se esgotou.
class-smtp-throttled-cause-1 = Mais de 3 conexões SMTP simultâneas para a caixa de correio { $mailbox } (o limite do Exchange Online por caixa de correio).
class-smtp-throttled-cause-2 = Mais de 30 mensagens por minuto, ou o limite diário de destinatários, a partir de { $mailbox }.
class-smtp-throttled-cause-3 = Vários appliances ou jobs compartilham uma caixa de correio de envio.
class-smtp-throttled-fix-1 = Envie menos mensagens de uma vez a partir de { $mailbox }: no máximo 3 conexões e 30 mensagens por minuto; enfileire e tente de novo em caso de 4xx.
class-smtp-throttled-fix-2 = Dê a cada remetente movimentado a própria caixa de correio, ou leve o email em massa para o High Volume Email ou o sendMail do Graph.
class-mailbox-logon-failed-when = O AUTH deu certo, mas o Exchange não conseguiu abrir a caixa de correio { $mailbox } para enviar a mensagem como o aplicativo (`430 4.2.0 STOREDRV; mailbox logon failure`).
class-mailbox-logon-failed-cause-1 = A entidade de serviço não tem FullAccess em { $mailbox } (ou acabou de receber e ainda não se propagou).
class-mailbox-logon-failed-cause-2 = A entidade de serviço foi registrada com a ID de objeto do registro de aplicativo, então o FullAccess está em outro objeto.
class-mailbox-logon-failed-cause-3 = Uma condição passageira do servidor de caixa de correio (o texto diz TransientException): tentar de novo pode funcionar.
class-mailbox-logon-failed-fix-1 = Get-MailboxPermission -Identity { $mailbox } -User { $object_id }   (nada → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-mailbox-logon-failed-fix-2 = `smtp-oauth prereqs` verifica a entidade de serviço e o FullAccess pela API de administração; `smtp-oauth diagnose --wait 30m` tenta de novo enquanto as alterações se propagam.
class-message-too-large-when = A mensagem é maior do que o Exchange aceita para { $mailbox }.
class-message-too-large-cause-1 = Um anexo deixa a mensagem maior que o MaxSendSize da caixa de correio (35 MB por padrão no Exchange Online; o base64 acrescenta um terço).
class-message-too-large-fix-1 = Envie mensagens menores, ou aumente o limite: Set-Mailbox -Identity { $mailbox } -MaxSendSize 35MB
class-smtp-not-authenticated-when = O Exchange recusou MAIL ou DATA porque a sessão não está autenticada (`530 5.7.57 Client not authenticated to send mail`).
class-smtp-not-authenticated-cause-1 = O cliente nunca enviou AUTH (a autenticação está desligada nas configurações SMTP dele, ou ele voltou ao envio anônimo).
class-smtp-not-authenticated-cause-2 = O AUTH falhou antes, na mesma sessão, e o cliente continuou enviando mesmo assim.
class-smtp-not-authenticated-fix-1 = Ligue a autenticação no cliente, com OAuth (XOAUTH2) como método, e procure no log dele a linha AUTH e a resposta.
class-smtp-not-authenticated-fix-2 = `smtp-oauth test-connection -v` mostra como é uma sessão correta, com AUTH.
class-basic-auth-retired-when = O Exchange Online recusou a autenticação básica (nome de usuário e senha) para envio SMTP: `550 5.7.30 Basic authentication is not supported for Client Submission.` O cliente precisa usar OAuth (XOAUTH2).
class-basic-auth-retired-cause-1 = O cliente ainda entra com nome de usuário e senha (AUTH LOGIN ou PLAIN). O cronograma da Microsoft (equipe do Exchange, janeiro de 2026): a autenticação básica do SMTP AUTH fica desabilitada por padrão para locatários existentes no fim de dezembro de 2026 (por enquanto um administrador ainda pode religá-la), indisponível para novos locatários depois de dezembro de 2026, e a Microsoft anunciará a data da remoção final no segundo semestre de 2027.
class-basic-auth-retired-fix-1 = Passe o cliente para credenciais de cliente OAuth 2.0 (XOAUTH2): `smtp-oauth setup` guia pelo registro de aplicativo, pela entidade de serviço do Exchange e pelo FullAccess, e testa (`--target ise` para os campos do Cisco ISE).
class-basic-auth-retired-fix-2 = Encontre os clientes ainda em autenticação básica: Centro de administração do Exchange › Relatórios › Fluxo de emails › relatório de envio de clientes SMTP AUTH (a coluna Protocolo de autenticação).
class-mailbox-outside-rbac-scope-when = O aplicativo usa o RBAC para Aplicativos do Exchange (uma atribuição de função de gerenciamento `Application SMTP.SendAsApp`), mas a caixa de correio { $mailbox } não está no escopo da atribuição: o Exchange recusa o AUTH para ela.
class-mailbox-outside-rbac-scope-cause-1 = A caixa de correio não é membro do grupo que o RecipientRestrictionFilter do escopo de gerenciamento nomeia.
class-mailbox-outside-rbac-scope-cause-2 = O escopo ou o grupo dele mudou há menos de duas horas (as atribuições de função ficam em cache de 30 minutos a 2 horas).
class-mailbox-outside-rbac-scope-fix-1 = Adicione { $mailbox } ao grupo que o escopo filtra, ou amplie o escopo: Get-ManagementScope | fl Name,RecipientRestrictionFilter
class-mailbox-outside-rbac-scope-fix-2 = Verifique: Test-ServicePrincipalAuthorization -Identity { $object_id } -Resource { $mailbox }   (InScope deve ser True)
class-rbac-mixed-permissions-when = O aplicativo tem tanto uma atribuição de função do RBAC para Aplicativos quanto a permissão de API SMTP.SendAsApp. Microsoft: "Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions": com a função no token, o Exchange volta a exigir FullAccess em { $mailbox }.
class-rbac-mixed-permissions-cause-1 = O aplicativo foi configurado primeiro do jeito clássico (permissão de API) e o RBAC para Aplicativos foi acrescentado depois, ou o contrário.
class-rbac-mixed-permissions-fix-1 = Para usar só o RBAC para Aplicativos: remova a permissão de API SMTP.SendAsApp (Registros de aplicativo › Permissões de APIs) e o consentimento do administrador dela.
class-rbac-mixed-permissions-fix-2 = Ou mantenha a configuração clássica: Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-login-host-unreachable-when = A conexão HTTPS com o host de login { $login_host } (ponto de extremidade de token, descoberta do locatário) expirou ou foi recusada.
class-login-host-unreachable-cause-1 = Um firewall de saída bloqueia HTTPS (TCP 443) para os hosts de login da Microsoft.
class-login-host-unreachable-cause-2 = Esta rede só chega à internet por um proxy HTTP, e nenhum está configurado para a solicitação de token.
class-login-host-unreachable-cause-3 = A autoridade ou o ponto de extremidade de token está errado (outro host ou porta): nada responde lá.
class-login-host-unreachable-fix-1 = Permita HTTPS de saída (TCP 443) para { $login_host } (a Microsoft publica os pontos de extremidade: https://aka.ms/o365endpoints).
class-login-host-unreachable-fix-2 = Atrás de um proxy: defina HTTPS_PROXY=http://{ $proxy_host } (ou --proxy) para a solicitação de token.
class-login-host-unreachable-fix-3 = Verifique o ponto de extremidade e a origem dele: `smtp-oauth config show` (token_endpoint, authority).
class-credential-change-failed-when = O Microsoft Graph não fez a alteração nas credenciais do registro de aplicativo (addPassword, removePassword, addKey, removeKey), ou a nova credencial falhou no teste e foi retirada.
class-credential-change-failed-cause-1 = O acesso de administrador não tem o direito: um aplicativo de administração precisa de Application.ReadWrite.OwnedBy e ser proprietário do aplicativo (ou de Application.ReadWrite.All); uma pessoa que entra precisa da função Administrador de Aplicativos ou Administrador de Aplicativos de Nuvem, ou ser proprietária do aplicativo.
class-credential-change-failed-cause-2 = Uma política de gerenciamento de aplicativos do locatário limita a vida útil das credenciais ou proíbe segredos do cliente (a mensagem do Graph diz isso).
class-credential-change-failed-cause-3 = A nova credencial ainda não chegou a todas as regiões do Entra (minutos), ou a configuração falha por um motivo que a credencial antiga compartilha: as verificações do próprio teste dizem qual.
class-credential-change-failed-fix-1 = Conceda ao aplicativo de administração Application.ReadWrite.OwnedBy (Graph, permissão de aplicativo, consentimento do administrador) e adicione-o como proprietário do aplicativo: Registros de aplicativo › { $client_id } › Proprietários; ou rode com `--admin device-code` como Administrador de Aplicativos.
class-credential-change-failed-fix-2 = Peça uma vida útil menor (`--days`) quando uma política a limitar.
class-credential-change-failed-fix-3 = Rode `smtp-oauth diagnose` com a credencial atual para ver o que mais falha, corrija e faça a rotação de novo.
class-truststore-missing-ca-when = O repositório confiável do próprio cliente (os certificados confiáveis de um appliance, um keystore Java, um pacote PEM) não ancora a cadeia que o servidor da Microsoft apresenta, ou a cópia da raiz que ele tem expirou. Esta máquina pode confiar na cadeia; o cliente não vai confiar (Java: "unable to find valid certification path to requested target").
class-truststore-missing-ca-cause-1 = A Microsoft moveu o ponto de extremidade para uma cadeia sob uma raiz que o repositório não tem: em 2026 o Exchange Online passou para a DigiCert Global Root G2 (MC1224565).
class-truststore-missing-ca-cause-2 = O repositório tem uma cópia antiga da raiz, agora expirada, ou só a intermediária de uma cadeia anterior.
class-truststore-missing-ca-cause-3 = Um proxy de inspeção TLS reassina o tráfego com uma AC que o repositório não tem.
class-truststore-missing-ca-fix-1 = Importe o arquivo que falta, nomeado na verificação (`smtp-oauth certs --check-truststore STORE --out DIR` o grava), no repositório confiável do cliente.
class-truststore-missing-ca-fix-2 = Cisco ISE: Administration › System › Certificates › Trusted Certificates › Import, e marque "Trust for authentication within ISE" e "Trust for client authentication and Syslog".
class-truststore-missing-ca-fix-3 = Java: `keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`.
class-truststore-ca-expiring-when = O certificado do repositório confiável do cliente que ancora a cadeia da Microsoft vence em até 60 dias (em até 30 dias, isso é dito mais alto). Nesse dia o cliente deixa de confiar no servidor.
class-truststore-ca-expiring-cause-1 = Os repositórios confiáveis de appliances não são atualizados com o firmware.
class-truststore-ca-expiring-fix-1 = Importe o certificado atual dessa AC (a verificação diz qual é e onde obtê-lo) antes que o antigo vença.

## Check summaries of failures, warnings and skips

verbatim = { $text }
list-semicolon = { $a }; { $b }
list-lines =
    { $a }
    {"  "}{ $b }
powershell-if-none = (nada → { $command })
tenant-named = locatário { $tenant }
tenant-domain-named = { $domain } é o locatário { $tenant }
credential-secret = segredo "{ $name }"
credential-certificate = certificado { $thumbprint }
mailbox-with-upn = { $mailbox } (o UPN é { $upn })
scope-organisation = a organização
roles-none = nenhuma função
roles-none-rbac = nenhuma função (RBAC para Aplicativos)
rbac-has-assignment = o Exchange tem a atribuição de função { $assignment }
rbac-auth-accepted = o Exchange aceitou o AUTH sem ela
changed-grant = a concessão de SMTP.SendAsApp
changed-check = "{ $check }"
changed-ago = { $what } mudou há { $minutes } min
narrowed-token-wrong = o próprio token está errado: veja { $class } acima
narrowed-found-by = { $summary } (encontrado pela verificação "{ $check }")
narrowed-exchange-side = o token está certo (público, função): a causa provável está do lado do Exchange — a entidade de serviço (New-ServicePrincipal com a ID de objeto do aplicativo empresarial), o FullAccess na caixa de correio, ou uma alteração que ainda não se propagou; `smtp-oauth prereqs` com acesso de administrador diz qual
skip-plain = ignorada
skip-skipped = ignorada: { $why }
skip-could-not-check = não foi possível verificar: { $why }
skip-check-failed = ignorada: "{ $check }" falhou
skip-no-token = ignorada: sem token
skip-no-auth-reached = ignorada: a sessão SMTP não chegou ao AUTH
skip-auth-failed = ignorada: o AUTH falhou
skip-not-sent = não enviada: informe --to ADDRESS para enviar uma mensagem de teste
skip-certificate-not-secret = é usado um certificado, não um segredo
skip-federated-not-secret = é usado um token federado, não um segredo
skip-no-expiry-date = data de expiração desconhecida: defina secret-expires (Registros de aplicativo › Certificados e segredos › Expira)
skip-no-admin = sem acesso de administrador (--admin app|device-code|token); no PowerShell, em vez disso: { $commands }
skip-app-not-found = ignorada: o aplicativo { $client_id } não foi encontrado
skip-app-not-readable = ignorada: o registro de aplicativo não pode ser lido aqui (aplicativo de outro locatário?)
skip-no-enterprise-app = ignorada: o aplicativo não foi encontrado (nenhum aplicativo empresarial para { $client_id } neste locatário)
skip-no-sp-for-oid = não foi possível verificar: o Exchange não conhece entidade de serviço com a ID de objeto { $oid } (veja "{ $check }")
skip-object-id-unknown = ignorada: a ID de objeto do aplicativo empresarial é desconhecida (o Graph não pôde ser lido)
skip-rbac-no-full-access = ignorada: o RBAC para Aplicativos não precisa de FullAccess; falta a atribuição de função (veja "SMTP.SendAsApp concedida")
skip-rbac-scope-unknown = não foi possível dizer se { $mailbox } está no escopo da atribuição de função { $assignment }: a resposta do Exchange não tem InScope
skip-smtp-auth-unknown = não foi possível dizer: as respostas do Exchange não trazem SmtpClientAuthenticationDisabled
skip-sp-no-object-id = não foi possível dizer: o Exchange tem uma entidade de serviço para o aplicativo { $client_id }, mas a resposta não traz ObjectId
summary-secret-is-guid = o segredo configurado é um GUID: a ID do segredo, não o valor dele (não enviado)
summary-secret-expired = expirou em { $date } ({ $days ->
    [one] há 1 dia
   *[other] há { $days } dias
})
summary-secret-expires-soon = expira em breve: em { $date } ({ $days ->
    [one] em 1 dia
   *[other] em { $days } dias
})
summary-tenant-other-cloud = { $named } está na nuvem { $cloud }, mas as configurações usam { $configured }: defina --cloud { $cloud }
summary-token-undecodable = o token não pode ser decodificado: { $why }
summary-token-expired = o token expirou há { $minutes } min; um token vale cerca de uma hora
summary-token-rbac = um token somente de aplicativo sem funções: RBAC para Aplicativos ({ $why })
summary-clock-skew = o relógio desta máquina está { $minutes } min { $direction ->
    [ahead] adiantado em relação ao
   *[behind] atrasado em relação ao
} do servidor de tokens
summary-audience-other-name = o token é para { $aud }, outro nome do Exchange Online: a Microsoft documenta { $exchange } para SMTP; não se sabe se o SMTP aceita este (o AUTH decide)
summary-audience-wrong = o token é para { $aud }, não para o Exchange Online ({ $exchange })
summary-no-send-as-app-role = um token somente de aplicativo com { $roles }: SMTP.SendAsApp não foi concedida (ou falta o consentimento do administrador)
summary-delegated = um token delegado para { $upn } com SMTP.Send
summary-delegated-no-scope = um token delegado (de usuário) sem o escopo SMTP.Send
summary-dns-failed = { $host } não resolve: { $why }
summary-dns-timeout = nenhuma resposta DNS para { $host } dentro do tempo limite
summary-tcp-refused = { $host }:{ $port } recusou a conexão
summary-tcp-timeout = nenhuma conexão TCP com { $host }:{ $port } em { $seconds } s ({ $why })
summary-no-greeting = conectado, mas nenhuma saudação em { $seconds } s: o clássico "connect timed out" de uma rede que só sai por proxy ou de um equipamento que descarta pacotes
summary-session-refused = o servidor recusou a sessão: { $reply }
summary-broke-sending-ehlo = { $tls ->
    [yes] a conexão caiu durante o envio do EHLO sobre TLS
   *[no] a conexão caiu durante o envio do EHLO
}
summary-ehlo-refused = { $tls ->
    [yes] EHLO sobre TLS recusado: { $reply }
   *[no] EHLO recusado: { $reply }
}
summary-tls-intercepted = verificada, mas emitida por { $issuer }, que não é uma das autoridades de certificação públicas da Microsoft: inspeção TLS
summary-no-reply = tempo limite esgotado aguardando { $what }
summary-not-a-reply = { $error } (aguardando { $what })
summary-unexpected = a troca foi interrompida de forma inesperada
summary-starttls-injection = o servidor enviou dados depois do 220 do STARTTLS, antes do handshake (injeção de STARTTLS)
summary-bad-server-name = { $host } não pode ser um nome de servidor TLS
summary-tls-timeout = o handshake TLS não terminou dentro do tempo limite
summary-broke-sending-auth = a conexão caiu durante o envio do AUTH
summary-connection-broke = a conexão caiu
summary-message-timeout = não foi possível enviar a mensagem dentro do tempo limite
summary-command-refused = { $command } recusado: { $reply }
waiting-greeting = a saudação 220
waiting-starttls = a resposta ao STARTTLS
waiting-ehlo = { $tls ->
    [yes] a resposta ao EHLO sobre TLS
   *[no] a resposta ao EHLO
}
waiting-continuation = a continuação 334
waiting-auth-final = a resposta final ao AUTH
waiting-auth = a resposta ao AUTH
waiting-queue = a resposta de enfileiramento
waiting-reply = uma resposta
reply-closed = o servidor fechou a conexão
reply-line-too-long = uma linha de resposta tem mais de { $max } bytes
reply-too-many-lines = uma resposta tem mais de { $max } linhas
reply-garbage = não é uma resposta SMTP: { $text }
reply-io = falha na leitura: { $detail }
reply-tls = a conexão TLS falhou: { $detail }
tls-wrong-name = o certificado não é válido para { $expected }; ele traz os nomes { $names }
tls-expired = { $days ->
    [one] um certificado expirou há { $days } dia
   *[other] um certificado expirou há { $days } dias
}
tls-unknown-issuer = a cadeia não termina em uma raiz confiável (emissor desconhecido)
tls-alert = o servidor enviou o alerta TLS { $alert }
tls-other = { $detail }
net-proxy-auth = o proxy pede credenciais (407 Proxy Authentication Required)
net-proxy-unreachable = não é possível alcançar o proxy
net-timeout = nenhuma resposta dentro do tempo limite
net-dns = o nome do host não é resolvido
net-refused = a conexão foi recusada
net-other = a solicitação falhou
admin-graph-no-answer = o Microsoft Graph não respondeu: { $why }
admin-exchange-no-answer = a API de administração do Exchange não respondeu: { $why }
source-flag = opção { $name }
source-env = variável de ambiente { $name }
source-profile = perfil { $name }
source-file = arquivo { $path }
source-keyring = chaveiro { $entry }
source-default = padrão
source-stdin = entrada padrão
source-prompt = digitado no prompt
source-default-for = padrão para { $what }
source-derived = derivado de { $what }
source-config-set = config set
config-profile = Perfil { $profile } em { $path }
config-profile-new = Perfil { $profile } em { $path } (ainda não criado)
config-warning = aviso:
config-no-file = Ainda não há arquivo de configuração em { $path }.
config-no-profiles = Nenhum perfil em { $path }.
config-profiles-in = Perfis em { $path }:
token-proxy = Proxy: { $proxy }
token-claims = Declarações (decodificadas para diagnóstico, assinatura não verificada):
token-oid-note = ← a ID de objeto do aplicativo empresarial: New-ServicePrincipal -ObjectId
token-certificate = (certificado)
token-client-secret = (segredo do cliente)
summary-broke-sending-starttls = a conexão caiu durante o envio do STARTTLS
summary-starttls-refused = STARTTLS recusado: { $reply }
summary-no-starttls = { $host }:{ $port } não oferece STARTTLS, então o OAuth não pode ser usado aqui
summary-starttls-masked = o EHLO mostra { $masked } onde deveria estar o STARTTLS: a inspeção ESMTP de um firewall o está mascarando
summary-no-auth = nenhum AUTH após o STARTTLS
summary-no-xoauth2 = o servidor oferece `{ $auth }`, sem XOAUTH2
summary-no-enterprise-app = nenhum aplicativo empresarial (entidade de serviço) para o aplicativo { $client_id } neste locatário
summary-no-exchange-resource = o locatário não tem a entidade de serviço Office 365 Exchange Online
summary-permission-missing = SMTP.SendAsApp (Office 365 Exchange Online, permissão de aplicativo) não foi concedida com consentimento do administrador
summary-no-permission-rbac = sem SMTP.SendAsApp, como o RBAC para Aplicativos quer
summary-rbac-assignment = RBAC para Aplicativos: atribuição de função { $assignment } (Application SMTP.SendAsApp, escopo { $scope }); sem permissão de API, como deve ser
summary-rbac-mixed = a permissão de API SMTP.SendAsApp e a atribuição de função do RBAC para Aplicativos { $assignment } ao mesmo tempo: o Exchange então exige também o FullAccess
summary-rbac-no-assignment = o RBAC para Aplicativos está configurado, mas o Exchange não tem atribuição de função Application SMTP.SendAsApp para o aplicativo { $client_id }
summary-rbac-in-scope = { $mailbox } está no escopo { $scope } da atribuição de função { $assignment } (o RBAC para Aplicativos não precisa de FullAccess)
summary-rbac-out-of-scope = { $mailbox } não está no escopo { $scope } da atribuição de função { $assignment }
summary-no-credential = o aplicativo não tem segredo nem certificado (correspondente ao usado)
summary-certificate-not-registered = o certificado em uso (impressão digital { $thumbprint }) não está entre os certificados do aplicativo
summary-credential-cleanup = { $local ->
    [none] {""}
   *[other] ; o certificado local termina em { $local }, não na data da chave registrada
}{ $expired ->
    [0] {""}
    [1] ; 1 credencial expirada ainda listada: remova-a
   *[other] ; { $expired } credenciais expiradas ainda listadas: remova-as
}
summary-credential-expired = { $name } expirou em { $date }
summary-credential-expires = { $name } expira em { $date } ({ $days ->
    [one] em 1 dia
   *[other] em { $days } dias
}){ $cleanup }
summary-credential-only-one = a única credencial válida do aplicativo, { $name }, expira em { $date } ({ $days ->
    [one] em 1 dia
   *[other] em { $days } dias
}): adicione a próxima agora{ $cleanup }
summary-credential-rotated = trocado no Entra, mas não neste cliente: { $newer } (até { $until }) é mais novo; este cliente usa { $name }, que expira em { $date } ({ $days ->
    [one] em 1 dia
   *[other] em { $days } dias
}){ $cleanup }
summary-mailbox-shared = { $mailbox } é uma caixa de correio compartilhada: não precisa de licença nem de entrada
summary-mailbox-blocked = { $mailbox } está bloqueada para entrar: tudo bem para uma caixa compartilhada, mas uma caixa de usuário precisa de licença do Exchange Online; não se sabe se o Exchange a aceita para SMTP somente de aplicativo
summary-mailbox-unlicensed = { $mailbox } não tem licença: tudo bem para uma caixa compartilhada, mas uma caixa de usuário precisa de licença do Exchange Online; não se sabe se o Exchange a aceita para SMTP somente de aplicativo
summary-mailbox-licences-unread = { $mailbox } existe e está habilitada (as licenças não puderam ser lidas)
summary-no-user = nenhum usuário { $mailbox } neste locatário (nem pelo UPN nem por um endereço SMTP)
summary-no-user-or-mailbox = nenhum usuário ou caixa de correio { $mailbox } neste locatário (nem pelo UPN nem por um endereço SMTP)
summary-exchange-no-mailbox = o Exchange não tem caixa de correio { $mailbox }: { $reply }
summary-sp-missing = o Exchange não tem entidade de serviço para o aplicativo { $client_id }: New-ServicePrincipal nunca foi executado
summary-sp-unverified = registrada com ObjectId { $registered }; sem o Graph não dá para dizer se é a do aplicativo empresarial
summary-sp-wrong-object-id = registrada com ObjectId { $registered }, mas a ID de objeto do aplicativo empresarial é { $oid } (provavelmente foi usada a ID de objeto do registro de aplicativo)
summary-no-full-access = sem FullAccess para { $oid } em { $mailbox }
summary-send-as = SendAs em { $from }
summary-no-send-as = sem SendAs para { $oid } em { $from }
summary-smtp-auth-disabled-mailbox = SMTP AUTH está desabilitado: a caixa de correio diz SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-disabled-org = SMTP AUTH está desabilitado: a caixa de correio herda o SmtpClientAuthenticationDisabled = { $value } da organização
summary-propagation-pending = { $changes }: o Exchange pode levar até uma hora para aplicar as alterações
summary-but-auth-accepted = { $summary } — mas o Exchange aceitou o SMTP AUTH da caixa de correio nesta execução, então isso não impede o envio

## Rótulos das evidências, por chave (hífens no lugar de sublinhados); nomes de declarações e campos como a Microsoft os escreve

evidence-aadsts = código AADSTS
evidence-account-enabled = conta habilitada
evidence-address = endereço
evidence-addresses = endereços
evidence-app-displayname = app_displayname
evidence-app-registration-object-id = ID de objeto do registro de aplicativo
evidence-appid = appid
evidence-appidacr = appidacr
evidence-attempts = tentativas
evidence-aud = aud
evidence-auth = AUTH
evidence-capabilities = extensões
evidence-chain = cadeia
evidence-changed = alterado em
evidence-cipher-suite = conjunto de cifras
evidence-clock-skew-s = diferença de relógio (s)
evidence-cloud-instance-name = cloud_instance_name
evidence-conditional-access-policies = políticas de Acesso Condicional
evidence-correlation-id = ID de correlação
evidence-credential = credencial
evidence-days-left = dias restantes
evidence-discovery = documento de descoberta
evidence-display-name = nome de exibição
evidence-endpoint = ponto de extremidade
evidence-enterprise-app-object-id = ID de objeto do aplicativo empresarial
evidence-error = erro
evidence-exchange-bracket = colchetes do Exchange
evidence-exchange-resource-id = ID do recurso Exchange
evidence-expired-still-listed = expirados, ainda listados
evidence-expires = expira em
evidence-expires-in-min = expira em (min)
evidence-found-by = encontrado por
evidence-granted = concedido em
evidence-http-status = status HTTP
evidence-id = ID
evidence-idtyp = idtyp
evidence-issued-by = emitido por
evidence-key-id = ID da chave
evidence-licences = licenças
evidence-lookup = consulta do erro
evidence-mailbox = caixa de correio
evidence-narrowed = causa delimitada
evidence-newer-credential = credencial mais recente
evidence-newer-expires = a mais recente expira em
evidence-newer-key-id = ID da chave mais recente
evidence-note = observação
evidence-oid = oid
evidence-organisation = organização
evidence-points-to = aponta para
evidence-port = porta
evidence-powershell = PowerShell
evidence-proxy = proxy
evidence-rbac-for-applications = RBAC for Applications
evidence-rbac-role-assignment = atribuição de função RBAC
evidence-recent = alterações recentes
evidence-recipient-type = tipo de destinatário
evidence-registered-object-id = ID de objeto registrado
evidence-reply = resposta
evidence-request-error = erro
evidence-role-assignment = atribuição de função
evidence-roles = roles
evidence-secrets-with-this-hint = segredos com esta dica
evidence-scope = escopo
evidence-scp = scp
evidence-suberror = suberror
evidence-tenant-cloud = nuvem do locatário
evidence-tenant-id = ID do locatário
evidence-tenant-region-scope = tenant_region_scope
evidence-tenant-region-sub-scope = tenant_region_sub_scope
evidence-thumbprint = impressão digital
evidence-tid = tid
evidence-timestamp = carimbo de data/hora
evidence-tls-version = versão do TLS
evidence-trace-id = ID de rastreamento
evidence-tries = tentativas
evidence-user-principal-name = nome UPN
evidence-valid-credentials = credenciais válidas
evidence-ver = ver
evidence-issued-by-value = { $subject } (emitido por { $issuer })
evidence-from = { $value } (origem: { $source })

## As perguntas e notas do setup (só no terminal; as respostas yes/no continuam em inglês)

wizard-confirm-yes = yes/no, sugerido: yes
wizard-confirm-no = yes/no, sugerido: no
wizard-type-yes-or-no = digite yes ou no e depois Enter
wizard-expected = esperado: { $expected }
wizard-intro =
    smtp-oauth setup: os valores de um aplicativo OAuth SMTP do Exchange Online, na ordem do procedimento.
    Ctrl-C para sem alterar o arquivo de configuração; as respostas até aqui (nunca o segredo) ficam guardadas para o próximo setup.
wizard-client = Qual cliente vai enviar o email?
wizard-client-generic = Um cliente genérico (um aplicativo, um script, monitoramento, uma impressora)
wizard-client-ise = Cisco ISE
wizard-ise-release = Versão do Cisco ISE (Administration › System › Upgrade mostra, p. ex. 3.3 P8)
wizard-ise-not-a-release = não é uma versão como 3.3 P8
wizard-ise-unknown-release = `{ $text }` não é uma versão do ISE como 3.3 P8
wizard-ise-needs-patch = O ISE { $train } precisa do Patch { $patch } ou posterior para OAuth SMTP (client-platform-unsupported)
wizard-ise-no-oauth = O ISE { $train } não tem OAuth SMTP; as primeiras versões com ele são 3.2 P8, 3.3 P8, 3.4 P4 e 3.5 P1 (client-platform-unsupported)
wizard-ise-prepare = ! { $why }. Você pode preparar os valores agora e usá-los depois da atualização.
wizard-cloud = Qual nuvem da Microsoft?
wizard-cloud-global = Global (e GCC)
wizard-cloud-gcc-high = Governo dos EUA GCC High
wizard-cloud-dod = Governo dos EUA DoD
wizard-cloud-china = China (21Vianet)
wizard-choose-range = escolha de 1 a { $count }
wizard-no-such-choice = `{ $answer }` não é nenhuma das opções: digite de 1 a { $count }
wizard-ambiguous-choice = `{ $answer }` serve para mais de uma opção: digite o número dela
wizard-tenant-note = ID do diretório (locatário): centro de administração do Microsoft Entra › Visão geral › ID do locatário (um domínio do locatário também serve).
wizard-tenant = ID ou domínio do locatário
wizard-client-id-note = ID do aplicativo (cliente): centro de administração do Microsoft Entra › Registros de aplicativo › o aplicativo › Visão geral › ID do aplicativo (cliente).
wizard-client-id = ID do aplicativo (cliente)
wizard-credential = Como o aplicativo se autentica?
wizard-credential-secret = Um segredo do cliente
wizard-credential-certificate = Um certificado (PEM com a chave privada)
wizard-certificate-file = Arquivo do certificado (certificado PEM e chave privada, ou PKCS#12 .pfx/.p12)
wizard-secret-note = O VALOR do segredo (Registros de aplicativo › Certificados e segredos › Segredos do cliente › Valor), mostrado uma única vez, ao ser criado. A ID do segredo (um GUID) não funciona.
wizard-secret = Valor do segredo do cliente (não aparece na tela)
wizard-secret-is-id = ! Isso é um GUID: a ID do segredo, não o Valor (secret-id-not-value). Crie um novo segredo e copie a coluna Valor.
wizard-expiry-note = A data de expiração (a coluna Expira). O smtp-oauth avisa 60 e 30 dias antes; o ISE gera seus alarmes a partir dela.
wizard-expiry = Data de expiração do segredo (AAAA-MM-DD, vazio para pular)
wizard-secret-expired = { $days ->
    [one] ! O segredo expirou há { $days } dia (secret-expired): crie um novo.
   *[other] ! O segredo expirou há { $days } dias (secret-expired): crie um novo.
}
wizard-secret-expiring = { $days ->
    [one] ! O segredo expira em { $days } dia (secret-expiring): prepare o próximo agora.
   *[other] ! O segredo expira em { $days } dias (secret-expiring): prepare o próximo agora.
}
wizard-mailbox-note = A caixa de correio que envia: um usuário licenciado ou uma caixa compartilhada com SMTP autenticado permitido (centro de administração do Microsoft 365 › Usuários › o usuário › Email › Gerenciar aplicativos de email).
wizard-mailbox = Endereço da caixa de correio
wizard-smtp-server = Servidor SMTP
wizard-smtp-port = Porta SMTP
wizard-timeout = Tempo limite de conexão em segundos
wizard-store = Onde guardar o segredo?
wizard-store-keyring = O chaveiro do sistema (Keychain, Gerenciador de Credenciais, Secret Service)
wizard-store-file = Um arquivo que só eu posso ler (0600), ao lado do arquivo de configuração
wizard-store-env = Em lugar nenhum: eu mesmo defino SMTP_OAUTH_CLIENT_SECRET
setup-tenant-is = { $tenant } é o locatário { $guid }: o GUID será salvo.
setup-connected = Conectado com sucesso a { $host }.
setup-other-cloud = O locatário está na nuvem { $said } (a descoberta OpenID diz isso), não em { $chosen }.
setup-change-field = O teste falhou ({ $class }). Alterar { $field }?
setup-field-cloud = a nuvem da Microsoft
setup-field-tenant = o locatário
setup-field-client-id = a ID do cliente
setup-field-credential = o segredo do cliente ou o certificado
setup-field-mailbox = a caixa de correio
setup-field-server = o servidor SMTP, a porta e o tempo limite
setup-exchange-side = Os valores parecem certos: o que falta está no lado do Exchange ({ $class }). Salve-os; os passos que corrigem isso vêm a seguir (ou execute `smtp-oauth prereqs --fix` com acesso de administrador).
setup-save = Salvar os valores?
setup-save-anyway = Salvar os valores mesmo assim?
setup-save-profile = Salvar o perfil { $profile } em { $path }?
setup-resume = Um setup deste perfil parou em { $when } depois destas respostas: { $answers } (o segredo nunca é guardado).
setup-resume-nothing = o cliente e a nuvem
setup-resume-tenant = locatário { $value }
setup-resume-client-id = ID do cliente { $value }
setup-resume-mailbox = caixa de correio { $value }
setup-resume-go-on = Continuar com elas (como respostas sugeridas)?
setup-saved = Salvo em { $path }; o segredo está { $stored }.
setup-stored-nowhere = não guardado: defina SMTP_OAUTH_CLIENT_SECRET onde o cliente roda
setup-stored-keyring = no chaveiro do sistema como { $entry }
setup-stored-file = em { $path } (modo 0600)
setup-ise-seconds = { $seconds } segundos
setup-ise-enabled = habilitado
setup-ise-paste-secret = (o valor do segredo: cole aqui você mesmo)
setup-ise-expiry = (a data de expiração do segredo)
setup-ise-filled-in = { $value } (preenchido pelo ISE)
setup-ise-after =
    O ISE só salva esses valores depois de um Test Connection bem-sucedido. O repositório confiável dele precisa da cadeia do
    servidor SMTP: `smtp-oauth certs --out ./chain` e depois Administration › System › Certificates › Trusted
    Certificates › Import, marcando "Trust for authentication within ISE" e "Trust for client authentication and Syslog".
setup-generic-intro = Para o cliente (uma tabela) e para um shell ou CI (exports):
setup-row-smtp-server = Servidor SMTP
setup-row-port = Porta / segurança
setup-row-authentication = Autenticação
setup-row-authentication-value = credenciais de cliente OAuth 2.0, SASL XOAUTH2
setup-row-username = Usuário / De
setup-row-tenant = ID do locatário
setup-row-client = ID do cliente
setup-row-token-endpoint = Ponto de extremidade do token
setup-row-scope = Escopo
setup-export-secret-comment = do seu cofre de segredos, nunca numa linha de comando
setup-exchange-in-place = O lado do Exchange está pronto: o teste autenticou (ou a API de administração mostrou a entidade de serviço e a permissão na caixa de correio).
setup-exchange-steps = No Exchange Online PowerShell, a menos que `smtp-oauth prereqs` mostre que já estão feitos:
setup-exchange-steps-note = (o ObjectId é o do aplicativo empresarial, o `oid` do token do aplicativo — não o do registro de aplicativo)
setup-not-saved = Não salvo: a conexão de teste falhou, então o perfil { $profile } em { $path } ficou como estava. Corrija o valor que a verificação com falha aponta e { $again }.
setup-again-declined = execute o setup de novo (as respostas, menos o segredo, ficam guardadas)
setup-again = execute o setup de novo ou passe --save-anyway

## Os erros no stderr (o erro JSON mantém a mensagem em inglês)

error-label = erro:
error-invalid = { $key } inválido (origem: { $source }): { $problem }
error-expected = esperado: { $expected }
error-hint = dica: { $hint }
missing-settings =
    configurações ausentes:
    {"  "}{ $list }
missing-tenant = locatário: --tenant ou SMTP_OAUTH_TENANT (centro de administração do Microsoft Entra › Visão geral › ID do locatário)
missing-client-id = ID do cliente: --client-id ou SMTP_OAUTH_CLIENT_ID (Registros de aplicativo › seu aplicativo › ID do aplicativo (cliente))
missing-credential = segredo do cliente: SMTP_OAUTH_CLIENT_SECRET, --client-secret-file, --client-secret-stdin ou `smtp-oauth config set-secret` (ou um certificado com --client-cert, ou um token federado com --federated-token-file)
missing-mailbox = caixa de correio: --mailbox ou SMTP_OAUTH_MAILBOX (o endereço que envia)
missing-other-profiles = (o perfil { $profile } está em uso; { $path } também tem { $others }: escolha com --profile NAME ou execute `smtp-oauth setup`)
usage-no-config-file = o arquivo de configuração { $path } (origem: { $source }) não existe: confira o caminho, crie-o com `smtp-oauth setup` ou `smtp-oauth config set`, ou deixe-o de fora para usar { $default }
usage-secret-rotate-not-secret = este perfil entra com um certificado ou um token federado, não com um segredo do cliente: `smtp-oauth cert rotate` renova um certificado; uma credencial federada não tem o que renovar
usage-secret-rotate-no-terminal = secret rotate pergunta antes de adicionar um segredo e de novo antes de remover o antigo, e não há terminal: passe --yes para fazer os dois sem perguntar, --keep-old também para manter o segredo antigo, ou --dry-run para só mostrar o plano
usage-secret-rotate-no-store = o segredo do cliente vem do ambiente ou do stdin, então não há onde guardar o novo nem terminal para mostrá-lo: passe --secret-file FILE (gravado com 0600)
usage-cert-rotate-not-cert = este perfil entra com um segredo do cliente, não com um certificado (client_cert): `smtp-oauth secret rotate` renova esse segredo
usage-cert-rotate-no-terminal = cert rotate pergunta antes de enviar um certificado e de novo antes de remover o antigo, e não há terminal: passe --yes (e --keep-old para manter o antigo), ou --dry-run para só mostrar o plano
usage-fix-no-terminal = --fix pergunta antes de cada mudança, e não há terminal: passe --yes para aplicar sem perguntar, ou --dry-run para só mostrar as mudanças
usage-prereqs-client-id = prereqs precisa da ID do cliente: --client-id ou SMTP_OAUTH_CLIENT_ID
usage-prereqs-mailbox = prereqs precisa da caixa de correio: --mailbox ou SMTP_OAUTH_MAILBOX
usage-setup-cancelled = setup cancelado: nada foi gravado
usage-no-scenario = `{ $name }` não é um cenário de demonstração; `smtp-oauth demo --list` lista todos
usage-no-scenario-close = `{ $name }` não é um cenário de demonstração (você quis dizer { $close }?); `smtp-oauth demo --list` lista todos
usage-not-a-check = --only { $id }: não é uma verificação; `smtp-oauth diagnose --list-checks` lista todas
usage-send-test-to = send-test precisa de um destinatário: --to ADDRESS
usage-not-a-target = `{ $target }` não é um destino: smtp, login, graph, exchange ou HOST:PORT
usage-offline-truststore = --offline avalia um repositório confiável do cliente: passe --check-truststore PATH (ou defina truststore)
invalid-empty = o valor está vazio
invalid-secret-not-tenant = o valor tem a forma de um segredo do cliente, não de um locatário
invalid-secret-not-key-id = o valor tem a forma do valor de um segredo do cliente, não da ID do segredo
invalid-secret-not-client-id = o valor tem a forma de um segredo do cliente, não de uma ID do cliente
hint-no-secret-in-argv = nunca passe um segredo como valor na linha de comando; use SMTP_OAUTH_CLIENT_SECRET, --client-secret-file ou --client-secret-stdin
invalid-zero-guid = o GUID todo em zeros não é um locatário (o Entra responde AADSTS90002)
invalid-url-not-tenant = { $value } é uma URL ou um caminho, não um locatário
hint-tenant-in-url = o locatário nela é { $tenant }: use --tenant { $tenant } (o ponto de extremidade do token vem dele)
invalid-email-not-tenant = { $value } é um endereço de email, não um locatário
hint-tenant-domain = o locatário talvez seja o domínio: --tenant { $domain }
invalid-tenant-alias = { $value } é um alias multilocatário; credenciais de cliente precisam do seu próprio locatário
invalid-not-tenant = { $value } não é nem o GUID de um locatário nem um nome de domínio
invalid-not-guid = { $value } não é um GUID
invalid-email-not-client-id = { $value } é um endereço de email; a ID do cliente identifica o aplicativo, não um usuário (o Entra responde AADSTS700016)
hint-mailbox-flag = o endereço da caixa de correio vai em --mailbox
invalid-app-id-uri = { $value } é um URI de ID do aplicativo, não a ID do cliente
invalid-display-name = { $value } tem um nome de exibição
hint-address-only = use só o endereço: --mailbox { $address }
invalid-no-at = { $value } não tem @
invalid-local-part = { $value } tem uma parte inválida antes do @
invalid-mail-domain = { $value } tem um domínio inválido depois do @
invalid-date-form = { $value } não é uma data no formato AAAA-MM-DD
hint-date-order = o portal mostra as datas na ordem do seu idioma; escreva a expiração como AAAA-MM-DD
invalid-calendar-date = { $value } não é uma data válida do calendário
invalid-port = { $value } não é um número de porta
invalid-timeout = { $value } não é um tempo limite em segundos
invalid-cloud = { $value } não é um nome de nuvem
invalid-url-parse = { $value } não é uma URL ({ $why })
invalid-no-host = { $value } não tem host
invalid-url-credentials = a URL traz credenciais
invalid-url-http = { $value } usa http:// num host que não é de loopback
hint-use-https = use https://{ $host }…; o TLS nunca é desligado
invalid-url-scheme = { $value } usa o esquema { $scheme }:
invalid-not-url = { $value } não é uma URL
invalid-proxy-scheme = { $value } usa o esquema { $scheme }:, que não é suportado
invalid-url-not-host = { $value } é uma URL, não um host
hint-host-alone = use só o host: { $host }
invalid-host-port = { $value } inclui uma porta
hint-host-and-port = dê só o host ({ $host }) e a porta com --smtp-port { $port }
invalid-host = { $value } não é um nome de host nem um endereço IP
invalid-scope = { $value } não é um único escopo
hint-one-scope = credenciais de cliente aceitam exatamente um escopo <resource>/.default
invalid-bool = { $value } não é true nem false
invalid-choice = { $value } não é uma das opções
invalid-secret-like = o valor parece um segredo do cliente
invalid-profile = { $value } não é um nome de perfil
invalid-secret-not-path = o valor parece ser o próprio segredo do cliente, não o caminho de um arquivo
hint-secret-file = coloque o segredo num arquivo (chmod 600) e dê o caminho dele, ou use `smtp-oauth config set-secret`
expected-tenant = uma ID do diretório (locatário) como 72f988bf-86f1-41af-91ab-2d7cd011db47, ou um domínio do locatário como contoso.onmicrosoft.com (centro de administração do Microsoft Entra › Visão geral › ID do locatário)
expected-client-id = a ID do aplicativo (cliente), um GUID como 00001111-aaaa-2222-bbbb-3333cccc4444 (centro de administração do Microsoft Entra › Registros de aplicativo › seu aplicativo › Visão geral)
expected-mailbox = o endereço de email da caixa de correio, como no-reply@contoso.onmicrosoft.com
expected-path-list = um ou mais caminhos de repositórios confiáveis, separados como no PATH (`:` no Unix, `;` no Windows), como /opt/ise/trusted-certs:/etc/pki/java/cacerts
expected-key-id = a ID do segredo do cliente, um GUID como 6a0c4e8b-2d6f-4a1c-8e3b-5f7d9a1c3e57 (centro de administração do Microsoft Entra › Registros de aplicativo › seu aplicativo › Certificados e segredos, coluna ID do segredo)
expected-date = uma data escrita AAAA-MM-DD, como 2027-03-31
expected-port = um número de porta TCP de 1 a 65535 (Exchange Online: 587)
expected-timeout = um número de segundos de 0.1 a 3600, como 20
expected-cloud = global, usgov, usgov-dod ou china
expected-url = uma URL https:// (http:// só para endereços de loopback como 127.0.0.1)
expected-host = um nome de host ou endereço IP sem esquema nem porta, como smtp.office365.com
expected-proxy = uma URL de proxy http:// ou https:// como http://proxy.example.com:3128
expected-scope = um escopo como https://outlook.office365.com/.default
expected-admin = none, device-code, app ou token
expected-target = generic ou ise
expected-bool = true ou false
expected-path = um caminho de arquivo
expected-profile = um nome de perfil com letras, dígitos, `-`, `_` e `.`, como default ou ise-lab (até 64)

## demo: os cenários do locatário simulado, por nome

scenario-line = Locatário simulado, cenário { $name }: { $summary }
demo-list-hint = `smtp-oauth demo SCENARIO` executa o diagnóstico com essa falha; `--serve` mantém o locatário ativo para os outros comandos.
demo-serve-up = Locatário simulado ativo, cenário { $name }: { $summary }.
demo-serve-paste = Cole as linhas acima em outro shell e execute, por exemplo, `smtp-oauth config show`. Ctrl-C o encerra.
demo-serve-from = Este cenário envia como { $from }: experimente `smtp-oauth send-test --to someone@example.com --from { $from }`.
demo-serve-stopped = Locatário simulado encerrado.

scenario-healthy = tudo configurado corretamente: token, TLS, AUTH e pré-requisitos aprovados
scenario-network-timeout = o servidor SMTP aceita a conexão e nunca envia a saudação (um equipamento intermediário que descarta o tráfego)
scenario-connection-refused = nada escuta na porta SMTP
scenario-dns-failure = o nome do host SMTP não é resolvido
scenario-proxy-auth-required = o proxy HTTPS responde 407 Proxy Authentication Required
scenario-proxy-unreachable = o proxy HTTPS não pode ser alcançado
scenario-invalid-tenant = o ID do locatário não é um locatário (AADSTS90002)
scenario-app-not-found = o ID do cliente não é um aplicativo do locatário (AADSTS700016)
scenario-invalid-client-secret = o segredo do cliente está errado (AADSTS7000215)
scenario-secret-id-not-value = o ID do segredo foi colado em vez do seu valor
scenario-secret-expired = o segredo do cliente expirou (AADSTS7000222)
scenario-secret-expiring = o segredo do cliente expira em 20 dias
scenario-secret-rotated-not-updated = um segredo do cliente mais recente foi adicionado no Entra; este cliente ainda usa o antigo, que expira em 45 dias
scenario-single-credential-left = o único segredo do cliente válido expira em 25 dias; o outro segredo do aplicativo expirou e ainda está listado
scenario-federated-credential = um job de CI entra sem segredo armazenado: um token OIDC do GitHub Actions em que a credencial federada do aplicativo confia
scenario-federated-credential-mismatch = o token OIDC da CI indica outro assunto (um ambiente) diferente da credencial federada do aplicativo (AADSTS700213)
scenario-invalid-scope = um nome de permissão é solicitado como escopo (AADSTS1002012)
scenario-exchange-resource-missing = o locatário não tem entidade de serviço do Exchange Online (AADSTS500011)
scenario-app-disabled = o aplicativo está desabilitado (AADSTS7000112)
scenario-conditional-access-blocked = uma política de Acesso Condicional bloqueia o aplicativo (AADSTS53003)
scenario-invalid-client-assertion = o certificado do cliente não está registrado no aplicativo (AADSTS700027)
scenario-clock-skew = o relógio local está 10 minutos diferente do servidor
scenario-token-service-error = o ponto de extremidade de token responde 503 a todas as solicitações
scenario-wrong-audience = o token é solicitado para o Microsoft Graph em vez do Exchange
scenario-permission-not-granted = SMTP.SendAsApp não foi concedida (sem consentimento do administrador)
scenario-auth-rejected = o Exchange responde 535 5.7.3 e não há acesso de administrador para saber por quê
scenario-service-principal-missing = New-ServicePrincipal nunca foi executado
scenario-service-principal-wrong-object-id = a entidade de serviço foi registrada com o ID de objeto do registro de aplicativo
scenario-mailbox-permission-missing = a entidade de serviço não tem FullAccess na caixa de correio
scenario-mailbox-not-found = a caixa de correio configurada não existe
scenario-smtp-auth-disabled = o SMTP AUTH está desativado na organização e a caixa de correio o herda
scenario-security-defaults = os padrões de segurança estão ativados
scenario-propagation-pending = tudo foi configurado há poucos segundos e ainda não se propagou
scenario-send-as-denied = a mensagem é enviada de outro endereço sem SendAs
scenario-starttls-stripped = a inspeção ESMTP de um firewall substitui STARTTLS por XXXXXXXA
scenario-starttls-unavailable = o servidor não oferece STARTTLS (host ou porta errados)
scenario-xoauth2-unavailable = após o STARTTLS, o servidor não oferece XOAUTH2
scenario-tls-version-rejected = o servidor recusa a versão do TLS (421 4.7.66)
scenario-untrusted-certificate = a cadeia SMTP termina em uma raiz em que o cliente não confia
scenario-tls-intercepted = um proxy de inspeção TLS assina novamente a cadeia SMTP com uma CA corporativa
scenario-hostname-mismatch = o certificado SMTP indica outro host
scenario-certificate-expired = o certificado SMTP expirou
scenario-tls-handshake-failed = o servidor responde ao handshake TLS com dados inválidos
scenario-token-request-refused = o ponto de extremidade de token responde com um código AADSTS sem classe própria (AADSTS50194)
scenario-smtp-transient = o Exchange responde ao AUTH com 451 4.7.0 Temporary server error (PRX4)
scenario-smtp-rejected = o Exchange recusa a mensagem com um 5xx que nenhuma classe nomeia (550 5.1.8 bad outbound sender)
scenario-smtp-throttled = o Exchange limita o remetente (432 4.3.2 sender thread limit exceeded)
scenario-mailbox-logon-failed = o AUTH funciona, mas o Exchange não consegue abrir a caixa de correio para enviar (430 4.2.0 STOREDRV)
scenario-message-too-large = o Exchange recusa a mensagem por ser grande demais (552 5.3.4)
scenario-send-quota-exceeded = o Exchange recusa a mensagem: a cota de envio se esgotou (554 5.2.0 …QuotaExceeded)
scenario-no-full-access-secret-expiring = sem FullAccess na caixa de correio, e o segredo expira em 20 dias: o 535 é o FullAccess
scenario-mailbox-address-not-upn = íntegro; o endereço SMTP da caixa de correio não é o UPN dela (comum em caixas de serviço)
scenario-shared-mailbox = íntegro; a caixa de correio é compartilhada: entrada bloqueada, sem licença (a configuração no-reply da Microsoft)
scenario-rbac-for-applications = íntegro; SMTP com escopo pelo RBAC for Applications (sem permissão de API, sem funções no token, sem FullAccess)
scenario-mailbox-outside-rbac-scope = RBAC for Applications, mas a caixa de correio não está no escopo da atribuição de função
scenario-rbac-mixed-permissions = uma atribuição de função e a permissão de API SMTP.SendAsApp: o Exchange volta a exigir FullAccess, que está faltando
scenario-enterprise-app-missing = o registro de aplicativo não tem aplicativo empresarial no locatário (AADSTS7000229)
scenario-other-cloud-tenant = o locatário está no GCC High, consultado no host de entrada global (AADSTS900382)
scenario-protocol-error = algo que não é SMTP responde na porta
