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
