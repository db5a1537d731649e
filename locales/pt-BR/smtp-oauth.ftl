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
