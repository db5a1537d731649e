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
