# smtp-oauth 的繁體中文訊息（原文：locales/en/smtp-oauth.ftl）。
# 不翻譯：Microsoft 的原文（SMTP 回應、AADSTS 說明）、PowerShell Cmdlet 名稱、識別碼、設定名稱與旗標。

## 給人看的報告

report-transcript-title = 通訊記錄（AUTH 已遮蔽）：
report-handshake-title = 連線與交握：
report-the-cause = 原因：
report-what-to-do = 處理方式：
report-found = 找到的原因：{ $found }
report-every-cause = （{ $id } 的所有可能原因：`smtp-oauth explain { $id }` 或 -v）
report-cause = 原因：{ $cause }
report-most-likely = 最可能的原因：{ $cause }
report-more-causes = （另有 { $count } 個可能原因：使用 -v 顯示）
report-likely-causes = 可能的原因：
report-summary-failed = { $count } 項檢查失敗
report-summary-warnings = { $count } 項警告
report-summary-passed = { $count } 項通過
report-summary-skipped = { $count } 項略過
report-list-separator = ，
report-sentence-end = 。
report-none = （無）
report-yes = 是
report-no = 否
report-warning-suffix = （警告）

## certs

certs-presented-by = { $endpoint } 提供的憑證鏈：
certs-leaf = 伺服器憑證
certs-intermediate = 中繼 CA
certs-root = 根 CA
certs-days-left = 剩餘 { $days } 天
certs-expired-ago = 已於 { $days } 天前到期
certs-exported = 已匯出：

## 檢查名稱（依檢查識別碼）

check-secret-expiry = 用戶端密碼到期日
check-tenant = 租用戶
check-token = 權杖要求
check-token-claims = 權杖宣告
check-dns = DNS
check-tcp = TCP 連線
check-smtp-greeting = SMTP 問候
check-smtp-ehlo = EHLO
check-smtp-starttls = STARTTLS
check-tls-chain = TLS 交握
check-smtp-xoauth2 = 提供 XOAUTH2
check-smtp-auth = SMTP AUTH XOAUTH2
check-prereq-enterprise-app = 企業應用程式
check-prereq-permission = 已授與 SMTP.SendAsApp
check-prereq-credentials = 應用程式認證
check-prereq-exchange-sp = Exchange 服務主體
check-prereq-mailbox = 信箱
check-prereq-mailbox-permission = 信箱的 FullAccess
check-prereq-send-as = 寄件者位址的 SendAs
check-prereq-smtp-auth = 已啟用 SMTP AUTH
check-prereq-propagation = 變更已生效
check-smtp-send = 傳送測試郵件
check-truststore = 用戶端信任存放區
