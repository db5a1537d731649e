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

## 失敗類別名稱（依類別識別碼）

class-network-timeout = 連線逾時
class-connection-refused = 連線遭拒
class-dns-failure = 無法解析主機名稱
class-proxy-auth-required = Proxy 要求驗證
class-proxy-unreachable = 無法連線到 Proxy
class-login-host-unreachable = 無法連線到登入主機
class-tls-version-rejected = TLS 版本遭拒
class-untrusted-certificate = 憑證鏈不受信任
class-tls-intercepted = 偵測到 TLS 攔截
class-hostname-mismatch = 憑證與主機不符
class-certificate-expired = 憑證已過期或尚未生效
class-tls-handshake-failed = TLS 交握失敗
class-truststore-missing-ca = 用戶端信任存放區缺少 Microsoft 憑證鏈的 CA
class-truststore-ca-expiring = 信任存放區中 Microsoft 憑證鏈的錨點即將到期
class-invalid-tenant = 未知的租用戶
class-app-not-found = 租用戶中找不到應用程式
class-invalid-client-secret = 用戶端密碼遭拒
class-federated-credential-mismatch = 同盟認證與權杖不符
class-secret-id-not-value = 使用了密碼識別碼而非密碼值
class-secret-expired = 用戶端密碼已過期
class-secret-expiring = 用戶端密碼即將到期
class-secret-rotated = 用戶端密碼已在 Entra 更換，但此用戶端尚未更新
class-invalid-scope = 範圍無效
class-exchange-resource-missing = 租用戶中沒有 Exchange Online 資源
class-app-disabled = 應用程式已停用
class-conditional-access-blocked = 遭條件式存取封鎖
class-invalid-client-assertion = 憑證認證未被接受
class-clock-skew = 時鐘誤差
class-token-service-error = 權杖服務無法使用
class-token-request-refused = 權杖要求遭拒（請參閱 Microsoft 的代碼）
class-credential-change-failed = 認證變更未完成
class-wrong-audience = 權杖的對象（audience）不正確
class-permission-not-granted = 未授與 SMTP.SendAsApp
class-auth-rejected = 驗證遭拒（535 5.7.3）
class-smtp-auth-disabled = SMTP AUTH 已停用
class-security-defaults = 遭安全性預設值或原則封鎖
class-send-as-denied = SendAs 遭拒
class-starttls-stripped = STARTTLS 遭中間設備移除
class-starttls-unavailable = 未提供 STARTTLS
class-xoauth2-unavailable = 未提供 XOAUTH2
class-protocol-error = 通訊協定錯誤
class-smtp-transient = Exchange 要求稍後重試
class-smtp-rejected = Exchange 拒絕了命令
class-smtp-throttled = Exchange 對寄件者進行節流
class-message-too-large = 郵件太大
class-smtp-not-authenticated = 尚未通過驗證，無法傳送
class-basic-auth-retired = SMTP 的基本驗證已停用
class-service-principal-missing = 缺少 Exchange 服務主體
class-service-principal-wrong-object-id = 服務主體以錯誤的物件識別碼註冊
class-mailbox-permission-missing = 信箱沒有 FullAccess
class-mailbox-not-found = 找不到信箱或信箱沒有授權
class-propagation-pending = 變更尚未生效
class-mailbox-logon-failed = Exchange 無法開啟信箱
class-mailbox-outside-rbac-scope = 信箱不在 RBAC 範圍內
class-rbac-mixed-permissions = 應用程式的 RBAC 與 API 權限混用
class-client-platform-unsupported = 用戶端版本不支援 OAuth SMTP

## 目錄的領域與 explain

area-network = 網路與 Proxy
area-tls = TLS 與憑證
area-token = 權杖端點（Entra ID）
area-claims = 權杖內容
area-smtp = SMTP 工作階段
area-exchange = Exchange 先決條件
area-client = 用戶端平台
explain-count = 共有 { $count } 個失敗類別。`smtp-oauth explain ID` 會以您的值顯示原因與處理方式。

## 失敗類別說明（依類別識別碼）

class-invalid-client-secret-when = AADSTS7000215（`invalid_client`，HTTP 401）：Entra 拒絕了用戶端密碼。Cisco 的 ISE SMTP OAuth 指南稱之為「Invalid client secret」。
class-invalid-client-secret-cause-1 = 使用了密碼的識別碼而不是它的值（入口網站兩者都會顯示，但值只在建立後顯示一次）。
class-invalid-client-secret-cause-2 = 複製時值被截斷或損壞（密碼含有 ~ . _ -）。
class-invalid-client-secret-cause-3 = 此密碼屬於另一個應用程式註冊。
class-invalid-client-secret-fix-1 = Microsoft Entra 系統管理中心 › 應用程式註冊 › 您的應用程式（{ $client_id }）› 憑證及祕密 › 新增用戶端密碼；立即複製「值」欄。
class-invalid-client-secret-fix-2 = 儲存它：`smtp-oauth config set-secret`（輸入時不回顯），然後記下到期日：`smtp-oauth config set secret-expires YYYY-MM-DD`。
class-auth-rejected-when = Exchange 對 AUTH XOAUTH2 回應 `535 5.7.3 Authentication unsuccessful`。權杖錯誤、缺少角色、服務主體未註冊或註冊錯誤、缺少信箱權限，以及變更尚未生效時，Exchange 都會給出同樣的回應。Cisco 的 ISE SMTP OAuth 指南稱之為「Invalid email address」。
class-auth-rejected-cause-1 = 應用程式沒有 Exchange 服務主體（從未執行 New-ServicePrincipal）。
class-auth-rejected-cause-2 = 服務主體是以應用程式註冊的物件識別碼註冊的，而不是企業應用程式的物件識別碼。
class-auth-rejected-cause-3 = 服務主體在 { $mailbox } 上沒有 FullAccess。
class-auth-rejected-cause-4 = 權杖缺少 SMTP.SendAsApp，或對象（audience）不正確。
class-auth-rejected-cause-5 = 變更是在一小時內進行的，尚未生效。
class-auth-rejected-cause-6 = XOAUTH2 字串中的 `user=` 不是授與權限的信箱。
class-auth-rejected-fix-1 = Connect-ExchangeOnline 之後：Get-ServicePrincipal -Identity { $object_id }   （沒有結果 → New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }）
class-auth-rejected-fix-2 = Get-MailboxPermission -Identity { $mailbox } | where User -like '*{ $object_id }*'   （沒有 → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess）
class-auth-rejected-fix-3 = ObjectId 必須是企業應用程式的物件識別碼（{ $object_id }，即應用程式本身權杖的 `oid`），而不是應用程式註冊頁面上的那一個。
class-auth-rejected-fix-4 = `smtp-oauth prereqs` 會透過管理 API 檢查以上所有項目；`smtp-oauth diagnose --wait 30m` 會在變更生效前持續重試。
class-smtp-auth-disabled-when = Exchange 回應了 `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox`，或管理 API 顯示 { $mailbox } 的 SMTP AUTH 已停用。
class-smtp-auth-disabled-cause-1 = 整個組織都停用了 SMTP AUTH（Set-TransportConfig -SmtpClientAuthenticationDisabled $true，這是 2020 年 1 月之後建立之租用戶的預設值），而信箱沒有覆寫此設定。
class-smtp-auth-disabled-cause-2 = 此信箱停用了 SMTP AUTH（Set-CASMailbox … -SmtpClientAuthenticationDisabled $true）。
class-smtp-auth-disabled-fix-1 = 只為此信箱啟用（信箱的值優先於組織的值）：Set-CASMailbox -Identity { $mailbox } -SmtpClientAuthenticationDisabled $false
class-smtp-auth-disabled-fix-2 = 或在 Microsoft 365 系統管理中心 › 使用者 › { $mailbox } › 郵件 › 管理電子郵件應用程式 › 勾選「已驗證的 SMTP」。
class-smtp-auth-disabled-fix-3 = 確認實際生效的值：Get-CASMailbox -Identity { $mailbox } | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled
class-service-principal-missing-when = Exchange 中沒有應用程式 { $client_id } 的服務主體（Get-ServicePrincipal 找不到）。
class-service-principal-missing-cause-1 = 從未執行 New-ServicePrincipal：對 Exchange 而言，只有 Entra 權限是不夠的。
class-service-principal-missing-fix-1 = Connect-ExchangeOnline 之後：New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-missing-fix-2 = ObjectId 是企業應用程式的物件識別碼（Microsoft Entra 系統管理中心 › 企業應用程式 › 該應用程式 › 概觀），此處為 { $object_id }。
class-service-principal-missing-fix-3 = 或者：`smtp-oauth prereqs --fix`。
class-service-principal-wrong-object-id-when = 應用程式 { $client_id } 的 Exchange 服務主體所註冊的 ObjectId 不是企業應用程式的物件識別碼（{ $object_id }），通常是應用程式註冊的物件識別碼。
class-service-principal-wrong-object-id-cause-1 = 使用了應用程式註冊頁面上的物件識別碼；Exchange 需要的是企業應用程式頁面上的那一個（應用程式權杖的 `oid`）。
class-service-principal-wrong-object-id-fix-1 = Remove-ServicePrincipal -Identity <錯誤的物件識別碼>
class-service-principal-wrong-object-id-fix-2 = New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-wrong-object-id-fix-3 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess   （權限先前是授與給舊的主體）
class-service-principal-wrong-object-id-fix-4 = 或者：`smtp-oauth prereqs --fix`。
class-mailbox-permission-missing-when = 服務主體在 { $mailbox } 上沒有 FullAccess。
class-mailbox-permission-missing-cause-1 = 未執行 Add-MailboxPermission，或是對另一個信箱執行，或是對之後重新建立的主體執行。
class-mailbox-permission-missing-fix-1 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-mailbox-permission-missing-fix-2 = 或者：`smtp-oauth prereqs --fix`。

## explain ID

explain-recognised-by = 判斷依據：
explain-causes = 可能的原因（依可能性排序）：
explain-fix = 修正方式：
explain-see = 參閱：

## 檢查摘要

summary-secret-expires = 於 { $date } 到期（剩餘 { $days } 天）
summary-token-issued = 已取得權杖，有效期限 { $minutes } 分鐘
summary-token-claims = { $audience } 的僅限應用程式權杖、{ $roles }、企業應用程式物件識別碼 { $oid }
summary-dns-address = { $address } 是位址，不需解析
summary-tcp-connected = 已連線到 { $address }
summary-ehlo-capabilities = { $count } 項功能
summary-tls-verified = { $version }，已驗證由 { $count } 張憑證組成的憑證鏈
summary-permission-granted = Office 365 Exchange Online 的 SMTP.SendAsApp，已授與系統管理員同意
summary-mailbox-ok = { $mailbox } 存在、已啟用且已授權
summary-exchange-sp-registered = 已使用企業應用程式物件識別碼 { $oid } 註冊
summary-full-access = 服務主體在 { $mailbox } 上有 FullAccess
summary-propagated = 過去一小時內沒有變更任何先決條件
summary-tenant-cloud = 租用戶 { $tenant }，位於 { $cloud } 雲端
summary-domain-tenant-cloud = { $domain } 是租用戶 { $tenant }，位於 { $cloud } 雲端
summary-enterprise-app = 企業應用程式物件識別碼為 { $oid }，這是 Exchange 需要的值（應用程式註冊的物件識別碼 { $app_oid } 是另一個）
summary-smtp-auth-enabled-mailbox = SMTP AUTH 已啟用：信箱的 SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-enabled-org = SMTP AUTH 已啟用：信箱繼承組織的 SmtpClientAuthenticationDisabled = { $value }

class-secret-id-not-value-when = 設定的用戶端密碼是祕密識別碼（GUID）的形式，而不是密碼值。已在傳送前發現；Entra 會回應 AADSTS7000215。
class-secret-id-not-value-cause-1 = 在「憑證及祕密」中複製了「祕密識別碼」欄，而不是「值」欄。
class-secret-id-not-value-fix-1 = 值只會顯示一次：建立新的密碼（應用程式註冊 › { $client_id } › 憑證及祕密 › 新增用戶端密碼），並複製它的值。
class-secret-id-not-value-fix-2 = 使用 `smtp-oauth config set-secret` 儲存。
class-secret-expired-when = AADSTS7000222：用戶端密碼已過期，或設定的到期日（{ $secret_expires }）已過。
class-secret-expired-cause-1 = 用戶端密碼最長只有 24 個月的效期，沒有人及時更換。
class-secret-expired-fix-1 = 如果有系統管理員存取權，`smtp-oauth secret rotate --admin device-code` 會新增密碼、加以測試並儲存，並在您確認後移除舊密碼。
class-secret-expired-fix-2 = 或手動處理：應用程式註冊 › { $client_id } › 憑證及祕密 › 新增用戶端密碼，複製它的值並儲存（`smtp-oauth config set-secret`），記下新的到期日（`smtp-oauth config set secret-expires YYYY-MM-DD`），再更新每個使用它的用戶端。
class-secret-expired-fix-3 = 可考慮改用憑證認證（--client-cert），或將 `smtp-oauth diagnose` 排入排程工作：它會在 60 天前發出警告。
class-secret-expiring-when = 用戶端密碼將於 { $secret_expires } 到期，已在 60 天內（30 天內會更強烈地提醒）。到了那天郵件就會停止傳送。
class-secret-expiring-cause-1 = 密碼建立時就有固定的效期，而且沒有人會收到提醒。
class-secret-expiring-fix-1 = 現在就建立下一個密碼：`smtp-oauth secret rotate --admin device-code` 會新增密碼、端對端測試、為設備顯示一次，並在您確認後移除舊密碼（或手動處理：應用程式註冊 › { $client_id } › 憑證及祕密）。
class-secret-expiring-fix-2 = 記下新的日期：`smtp-oauth config set secret-expires YYYY-MM-DD`。
class-permission-not-granted-when = 權杖沒有 `SMTP.SendAsApp` 角色，應用程式也未設定為使用應用程式的 Exchange RBAC。
class-permission-not-granted-cause-1 = 缺少 API 權限：應用程式註冊 › { $client_id } › API 權限 中沒有 Office 365 Exchange Online › 應用程式權限 › SMTP.SendAsApp。
class-permission-not-granted-cause-2 = 已新增權限，但尚未授與管理員同意。
class-permission-not-granted-cause-3 = 新增的是委派權限（SMTP.Send），而不是應用程式權限。
class-permission-not-granted-cause-4 = 幾分鐘前才授與同意，而權杖是先前快取的。
class-permission-not-granted-fix-1 = 應用程式註冊 › { $client_id } › API 權限 › 新增權限 › 我的組織使用的 API › Office 365 Exchange Online › 應用程式權限 › SMTP.SendAsApp › 新增權限。
class-permission-not-granted-fix-2 = 接著在同一頁面上「代表 <租用戶> 授與管理員同意」。
class-permission-not-granted-fix-3 = 或者，如果應用程式使用應用程式的 Exchange RBAC（刻意不設 API 權限），請如此設定：`smtp-oauth config set rbac-for-apps true`。
class-untrusted-certificate-when = 伺服器提供的憑證鏈無法以目前使用的信任根驗證。Cisco 的 ISE SMTP OAuth 指南稱之為「unable to find valid certification path to requested target」。
class-untrusted-certificate-cause-1 = 用戶端的信任存放區缺少 Microsoft 憑證鏈所用的根 CA 或中繼 CA（DigiCert Global Root G2、Microsoft Azure RSA TLS Issuing CA …）。
class-untrusted-certificate-cause-2 = TLS 檢查 Proxy 把憑證鏈換成了私人 CA 的憑證鏈（請參閱 tls-intercepted）。
class-untrusted-certificate-fix-1 = 匯出伺服器提供的憑證鏈：`smtp-oauth certs { $certs_target } --out ./chain`，再把根 CA 與中繼 CA 匯入用戶端的信任存放區（Cisco ISE：Administration › System › Certificates › Trusted Certificates，勾選「Trust for authentication within ISE」與「Trust for client authentication and Syslog」）。
class-untrusted-certificate-fix-2 = 或用 --ca-file 在這裡加入它們，以確認診斷。
class-propagation-pending-when = 所有先決條件都已就緒，但其中一項在過去一小時內變更過：在變更生效之前，Exchange 可能仍會回應 535 5.7.3。
class-propagation-pending-cause-1 = Exchange 與 Entra 的快取需要幾分鐘（有時長達一小時）才會取得新的服務主體、權限與同意。
class-propagation-pending-fix-1 = 稍候再重試：`smtp-oauth diagnose --wait 30m` 會以遞增的間隔重試 AUTH，並告訴您從何時開始成功。

## docs/failure-classes.LANG.md

doc-title = 失敗類別
doc-intro = smtp-oauth 回報的每一個失敗都屬於下列其中一個類別。識別碼是穩定的約定：它們出現在 `--json` 報告的 `failure_class.id`、JUnit 的 failure type，以及 `smtp-oauth explain ID` 中，後者會填入您的值顯示同樣的內容。`<client-id>` 之類的預留位置代表這些值。尚未翻譯的說明仍為英文。
doc-generated = 由 `cargo test` 從 src/failures/catalog.rs 與 locales/ 產生（UPDATE_GENERATED=1 會重寫）。請勿編輯。

class-network-timeout-when = 到 { $smtp_host }:{ $smtp_port } 的 TCP 連線或伺服器的問候，未在逾時時間（{ $timeout } 秒）內到達。Cisco 的 ISE SMTP OAuth 指南稱之為「connect timed out」。
class-network-timeout-cause-1 = 對外防火牆丟棄了往外的 TCP { $smtp_port }（許多網路只允許 80/443 對外）。
class-network-timeout-cause-2 = 網路只能透過 HTTP Proxy 連上網際網路，而 SMTP 無法使用它（HTTP Proxy 傳送的是 HTTPS，不是 SMTP）。
class-network-timeout-cause-3 = 中間設備接受了連線，卻從不轉送（問候始終沒有來）。
class-network-timeout-cause-4 = 主機或連接埠錯誤，指向一台默默丟棄封包的機器。
class-network-timeout-fix-1 = 請網路團隊新增對外規則：到 { $smtp_host } 的 TCP { $smtp_port }（Microsoft 公布了 Exchange Online 的位址範圍：https://aka.ms/o365endpoints）。
class-network-timeout-fix-2 = 在同一台機器上確認：`smtp-oauth test-connection --timeout 60`，或 `nc -vz { $smtp_host } { $smtp_port }`。
class-network-timeout-fix-3 = 在只能走 Proxy 的網路中，請在允許直接對外的地方傳送，或透過具備此能力的主機轉送。
class-connection-refused-when = 到 { $smtp_host }:{ $smtp_port } 的連線遭到主動拒絕（TCP RST）。
class-connection-refused-cause-1 = 連接埠錯誤：Exchange Online 的提交服務在 587（STARTTLS）上接聽。
class-connection-refused-cause-2 = 本機防火牆或安全性代理程式拒絕了連線。
class-connection-refused-cause-3 = 主機錯誤，該連接埠上沒有任何服務在接聽。
class-connection-refused-fix-1 = Exchange Online 的提交服務在 { $default_smtp_host } 的 587 連接埠上接聽：`--smtp-host { $default_smtp_host } --smtp-port 587`。
class-connection-refused-fix-2 = 確認沒有本機防火牆或安全性代理程式拒絕對外的 TCP 587（Exchange Online 提交服務使用的連接埠）。
class-dns-failure-when = 主機名稱無法解析為位址。
class-dns-failure-cause-1 = 主機名稱打錯了（預設的 SMTP 主機是 smtp.office365.com）。
class-dns-failure-cause-2 = 這台機器沒有可用的 DNS 解析程式，或只有無法解析公開名稱的內部解析程式。
class-dns-failure-cause-3 = 分割式 DNS 讓此網路看不到該名稱。
class-dns-failure-fix-1 = 檢查名稱：`smtp-oauth config show` 會顯示主機及其來源。
class-dns-failure-fix-2 = 測試解析程式：`getent hosts { $smtp_host }` 或 `nslookup { $smtp_host }`。
class-dns-failure-fix-3 = 請求對 { $smtp_host } 與 { $login_host } 的公開 DNS 解析，或在測試時以 --smtp-host 指定 IP 位址。
class-app-not-found-when = AADSTS700016：租用戶 { $tenant } 中沒有用戶端識別碼為 { $client_id } 的應用程式；或 AADSTS7000229：應用程式註冊存在，但租用戶中沒有它的企業應用程式（服務主體）。
class-app-not-found-cause-1 = 用戶端識別碼錯誤：使用了物件識別碼、祕密識別碼或電子郵件地址，而不是應用程式 (用戶端) 識別碼。
class-app-not-found-cause-2 = 應用程式註冊在 { $tenant } 以外的租用戶中。
class-app-not-found-cause-3 = 應用程式註冊已被刪除。
class-app-not-found-cause-4 = AADSTS7000229：應用程式是透過 Graph、Terraform 或指令碼建立的，沒有企業應用程式，或企業應用程式已被刪除。密碼本身沒有問題。
class-app-not-found-fix-1 = 從 Microsoft Entra 系統管理中心 › 應用程式註冊 › 您的應用程式 › 概觀 複製應用程式 (用戶端) 識別碼。
class-app-not-found-fix-2 = 確認同一頁面上的目錄 (租用戶) 識別碼等於 { $tenant }。
class-app-not-found-fix-3 = 若是 AADSTS7000229，請建立企業應用程式：`New-MgServicePrincipal -AppId { $client_id }`（Microsoft Graph PowerShell）或 `az ad sp create --id { $client_id }`；然後授與 SMTP.SendAsApp 並授與管理員同意。
class-invalid-scope-when = AADSTS70011 或 AADSTS1002012：此範圍不適用於用戶端認證。
class-invalid-scope-cause-1 = 將權限名稱（SMTP.SendAsApp、SMTP.Send、Mail.Send）當作範圍送出。
class-invalid-scope-cause-2 = 範圍缺少用戶端認證所需的 /.default 字尾。
class-invalid-scope-cause-3 = 合併了多個資源的範圍。
class-invalid-scope-fix-1 = 使用 Exchange 資源的 .default 範圍：`--scope { $default_scope }`（或取消設定範圍，以使用雲端的預設值）。
class-wrong-audience-when = 權杖的對象（`aud`）不是 Exchange Online，因此 Exchange 以 535 5.7.3 拒絕它。
class-wrong-audience-cause-1 = 範圍指向其他資源，通常是 Microsoft Graph（https://graph.microsoft.com/.default）。
class-wrong-audience-cause-2 = 用戶端設定成使用 Graph 的 Mail.Send，而不是 SMTP AUTH。
class-wrong-audience-fix-1 = 要求 Exchange 的範圍：`--scope { $default_scope }`。
