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

## The other classes' texts

class-proxy-auth-required-when = HTTP Proxy 對 CONNECT 要求回應 407 Proxy Authentication Required。
class-proxy-auth-required-cause-1 = Proxy 需要認證，但沒有提供。
class-proxy-auth-required-cause-2 = Proxy URL 中的認證錯誤或已過期。
class-proxy-auth-required-cause-3 = Proxy 只接受 Kerberos/NTLM，而本工具不支援。
class-proxy-auth-required-fix-1 = 把認證放進 Proxy URL：HTTPS_PROXY=http://user:password@{ $proxy_host }（絕不會顯示出來）。
class-proxy-auth-required-fix-2 = 請求在 Proxy 上為 { $login_host } 設例外；若允許直接連出，則將它加入 NO_PROXY。
class-proxy-unreachable-when = 無法連到 HTTP Proxy（{ $proxy }），或 Proxy 拒絕了 CONNECT。
class-proxy-unreachable-cause-1 = Proxy URL（HTTPS_PROXY、ALL_PROXY 或 --proxy）錯誤或已過時。
class-proxy-unreachable-cause-2 = Proxy 已停止運作，或只能從其他網路連到。
class-proxy-unreachable-cause-3 = Proxy 的原則封鎖了 { $login_host }。
class-proxy-unreachable-fix-1 = 檢查 Proxy 設定及其來源：`smtp-oauth config show`（絕不顯示其密碼）。
class-proxy-unreachable-fix-2 = 若允許直接連出，對 Microsoft 的登入主機略過 Proxy：NO_PROXY={ $login_host }。
class-invalid-tenant-when = Entra ID 不認得此租用戶：AADSTS90002（找不到租用戶）或 AADSTS900023（不是有效的租用戶識別碼）、OpenID 探索回應 `invalid_tenant`，或租用戶位於與登入主機不同的雲端（AADSTS900382，"Confidential Client is not supported in Cross Cloud request"）。Cisco 的 ISE SMTP OAuth 指南稱之為「invalid OAuth endpoint or tenant identifier」。
class-invalid-tenant-cause-1 = 租用戶識別碼打錯了，或是另一個租用戶的識別碼。
class-invalid-tenant-cause-2 = 租用戶位於與所用登入主機（{ $login_host }）不同的雲端（GCC High、DoD、21Vianet）：AADSTS900382 說的正是這件事。
class-invalid-tenant-cause-3 = 租用戶欄位填的不是 GUID 或網域，而是貼上的 URL 或路徑（`…/oauth2/authorize`）。
class-invalid-tenant-fix-1 = 從 Microsoft Entra 系統管理中心 › 概觀 › 租用戶識別碼 複製目錄（租用戶）識別碼並設定：`smtp-oauth config set tenant <guid>`。
class-invalid-tenant-fix-2 = 國家雲端請設定 --cloud（usgov、usgov-dod、china）。
class-invalid-tenant-fix-3 = 權杖端點必須是 https://{ $login_host }/<tenant-id>/oauth2/v2.0/token。
class-federated-credential-mismatch-when = Entra 在應用程式中找不到與作為判斷提示送出的同盟權杖相符的同盟認證：AADSTS700211（簽發者）、AADSTS700212（對象）、AADSTS700213（主體）、AADSTS7002138（主體只有大小寫不同：比對會區分大小寫）或 AADSTS70021。
class-federated-credential-mismatch-cause-1 = 主體不同：GitHub Actions 對有環境的作業使用 `repo:OWNER/REPO:environment:NAME`，對分支使用 `repo:OWNER/REPO:ref:refs/heads/BRANCH`，對提取要求使用 `repo:OWNER/REPO:pull_request`；擁有者與存放庫的比對會區分大小寫。
class-federated-credential-mismatch-cause-2 = 對象不同：除非認證另有指定，Entra 預期 `api://AzureADTokenExchange`。
class-federated-credential-mismatch-cause-3 = 簽發者不同：GitHub 的是 `https://token.actions.githubusercontent.com`（結尾沒有斜線）；Kubernetes 叢集的是其 OIDC 簽發者 URL。
class-federated-credential-mismatch-fix-1 = 將上方 Microsoft 的文字（引用了權杖提供的值）與 Microsoft Entra 系統管理中心 › 應用程式註冊 › { $client_id } › 憑證及祕密 › 同盟認證 比較，並新增一筆簽發者、主體與對象完全相同的認證。
class-federated-credential-mismatch-fix-2 = GitHub Actions：工作流程需要 `permissions: id-token: write`；主體取決於作業的 `environment:`（若有）與分支。
class-secret-rotated-when = 應用程式註冊中有比此用戶端所用更新的用戶端密碼：有人在 Entra 輪替了密碼，卻（還）沒有更新此用戶端。
class-secret-rotated-cause-1 = 密碼是為同一應用程式的另一個用戶端輪替的，或推出在此用戶端之前就停止了。
class-secret-rotated-cause-2 = 刻意為此用戶端保留舊密碼，直到維護時段。
class-secret-rotated-fix-1 = 把新密碼的值設到此用戶端（Cisco ISE：Administration › System › Settings › SMTP Server 的 Client Secret 與 Expiry Date 欄位），接著執行 `smtp-oauth config set-secret` 與 `smtp-oauth config set secret-expires YYYY-MM-DD`，再執行一次 `smtp-oauth diagnose`。
class-secret-rotated-fix-2 = 所有用戶端都改用新密碼後，刪除舊密碼：應用程式註冊 › { $client_id } › 憑證及祕密。
class-exchange-resource-missing-when = AADSTS500011：範圍的資源（{ $scope }）在租用戶中沒有服務主體。
class-exchange-resource-missing-cause-1 = 範圍的資源 URI 打錯了。
class-exchange-resource-missing-cause-2 = 租用戶沒有 Exchange Online（從未指派過授權），因此未佈建 Office 365 Exchange Online。
class-exchange-resource-missing-cause-3 = 範圍屬於另一個雲端。
class-exchange-resource-missing-fix-1 = 使用該雲端的 Exchange 範圍：`--scope { $default_scope }`。
class-exchange-resource-missing-fix-2 = 確認租用戶有 Exchange Online 授權（Microsoft 365 系統管理中心 › 帳單 › 授權）。
class-app-disabled-when = AADSTS7000112：應用程式已停用。
class-app-disabled-cause-1 = 有人停用了應用程式的登入（企業應用程式 › 該應用程式 › 屬性 › 是否已啟用讓使用者登入? = 否），或 Microsoft 停用了它。
class-app-disabled-fix-1 = Microsoft Entra 系統管理中心 › 企業應用程式 › 該應用程式（{ $client_id }）› 屬性：將「是否已啟用讓使用者登入?」設為「是」。
class-conditional-access-blocked-when = AADSTS53003：條件式存取原則封鎖了對此應用程式簽發權杖。
class-conditional-access-blocked-cause-1 = 工作負載身分識別的條件式存取原則涵蓋此服務主體（例如依位置），而本機的連出 IP 未獲允許。
class-conditional-access-blocked-fix-1 = Microsoft Entra 系統管理中心 › 保護 › 條件式存取 › 服務主體登入記錄：找出封鎖 { $client_id } 的原則。
class-conditional-access-blocked-fix-2 = 在原則的具名位置中允許本機的連出 IP，或排除此服務主體。
class-invalid-client-assertion-when = AADSTS700027（簽章無效）、AADSTS700024（超出有效時間範圍）、AADSTS700021（簽發者不是用戶端識別碼）或 AADSTS700023（對象錯誤）：憑證認證（用戶端判斷提示）未被接受。
class-invalid-client-assertion-cause-1 = 憑證未上傳到應用程式註冊（憑證及祕密 › 憑證），或上傳的是另一張。
class-invalid-client-assertion-cause-2 = 金鑰不屬於此憑證。
class-invalid-client-assertion-cause-3 = 本機時鐘錯誤，使判斷提示的有效時間範圍偏掉了。
class-invalid-client-assertion-cause-4 = 應用程式註冊中的憑證已過期。
class-invalid-client-assertion-fix-1 = 將公開憑證（.cer/.pem，不含金鑰）上傳到 應用程式註冊 › { $client_id } › 憑證及祕密 › 憑證，並比對指紋。
class-invalid-client-assertion-fix-2 = 檢查時鐘：`date -u` 應與實際 UTC 相差一分鐘以內。
class-clock-skew-when = 本機時鐘與伺服器的 Date 標頭相差超過 5 分鐘。
class-clock-skew-cause-1 = 此電腦或設備上 NTP 沒有執行，或連不到時間來源。
class-clock-skew-fix-1 = 開啟時間同步（timedatectl set-ntp true；Cisco ISE 上為 CLI 的 `ntp server`），並檢查 `date -u`。
class-token-service-error-when = 在有限次數的重試之後，權杖端點仍持續回應 HTTP 429 或 5xx。
class-token-service-error-cause-1 = 短時間內要求太多權杖而遭節流（用戶端未快取權杖）。
class-token-service-error-cause-2 = 該區域的 Entra ID 服務中斷（請查看 https://status.cloud.microsoft）。
class-token-service-error-cause-3 = Proxy 或 TLS 中介設備代替 Microsoft 回應。
class-token-service-error-fix-1 = 稍候再重試；權杖的有效期約一小時，因此用戶端應每小時要求一次，而不是每封郵件一次。
class-token-service-error-fix-2 = 查看 Microsoft 365 服務健康情況頁面。
class-security-defaults-when = Exchange 以安全性預設值或原則的文字回應 `535 5.7.139`：租用戶的安全性預設值或驗證原則封鎖了 SMTP AUTH。
class-security-defaults-cause-1 = 安全性預設值已開啟：無論信箱設定為何，都會關閉 SMTP AUTH。
class-security-defaults-cause-2 = 驗證原則或條件式存取原則封鎖了此要求。
class-security-defaults-fix-1 = Microsoft Entra 系統管理中心 › 概觀 › 屬性 › 管理安全性預設值：若已開啟，SMTP AUTH 即停用；要關閉它，需以條件式存取取代。
class-security-defaults-fix-2 = 檢查驗證原則：Get-AuthenticationPolicy；並查看 { $client_id } 的登入記錄。
class-send-as-denied-when = AUTH 成功後，伺服器拒絕以寄件者地址傳送：`554 5.2.252 SendAsDenied` 或 `550 5.7.60`。
class-send-as-denied-cause-1 = 寄件者地址（{ $from }）與已驗證的信箱（{ $mailbox }）不同，且服務主體沒有該地址的 SendAs 權限。
class-send-as-denied-cause-2 = 以信箱的別名作為寄件者，而 SendFromAliasEnabled 已關閉。
class-send-as-denied-fix-1 = 以信箱本身傳送，或授與 SendAs：Add-RecipientPermission -Identity { $from } -Trustee { $object_id } -AccessRights SendAs
class-send-as-denied-fix-2 = 別名：Set-OrganizationConfig -SendFromAliasEnabled $true
class-starttls-stripped-when = EHLO 回應中沒有 STARTTLS，卻有像 `250-XXXXXXXA` 這樣被遮蔽的功能：防火牆的 ESMTP 檢查移除了 STARTTLS。
class-starttls-stripped-cause-1 = 具 SMTP/ESMTP 檢查功能的防火牆（例如 Cisco ASA 的 `inspect esmtp`）改寫了功能清單，使任何用戶端都無法啟動 TLS。
class-starttls-stripped-fix-1 = 關閉對 { $smtp_host }:{ $smtp_port } 流量的 ESMTP 檢查（Cisco ASA：在原則對應中 `no inspect esmtp`，或豁免此流量）。
class-starttls-stripped-fix-2 = 之後 `smtp-oauth test-connection` 必須顯示 250-STARTTLS。
class-starttls-unavailable-when = 伺服器完全不提供 STARTTLS，因此無法進行 OAuth AUTH。
class-starttls-unavailable-cause-1 = 主機錯誤：MX 主機（<domain>-com.mail.protection.outlook.com，連接埠 25）接收的是要投遞的郵件，而非用戶端提交。
class-starttls-unavailable-cause-2 = 連接埠錯誤：465 是隱含式 TLS，轉送主機的 25 可能不提供 STARTTLS；Exchange Online 的提交是 { $default_smtp_host }:587。
class-starttls-unavailable-fix-1 = 使用 `--smtp-host smtp.office365.com --smtp-port 587`（或該雲端的主機）。
class-xoauth2-unavailable-when = STARTTLS 之後伺服器未提供 `AUTH … XOAUTH2`（Exchange Online 提供的是 `AUTH LOGIN XOAUTH2`）。
class-xoauth2-unavailable-cause-1 = 主機不是 Exchange Online 的提交主機（內部部署的轉送、智慧主機、MX）。
class-xoauth2-unavailable-cause-2 = 終止 TLS 的 Proxy 代替 Exchange 回應。
class-xoauth2-unavailable-fix-1 = 讓用戶端以 STARTTLS 連到 { $default_smtp_host }:587。
class-tls-version-rejected-when = 伺服器拒絕了 TLS 版本：`421 4.7.66 TLS 1.0 and 1.1 are not supported`，或無法協商出共同的 TLS 版本。
class-tls-version-rejected-cause-1 = 用戶端（舊設備或 Java 執行環境）只支援 TLS 1.0/1.1；Exchange Online 需要 TLS 1.2 或更新版本。
class-tls-version-rejected-fix-1 = 在用戶端啟用 TLS 1.2（Java：-Djdk.tls.client.protocols=TLSv1.2,TLSv1.3），或升級其平台。
class-tls-intercepted-when = Microsoft 主機的憑證鏈由不屬於 Microsoft 公開簽發者的 CA 簽發：TLS 檢查 Proxy 正在重新簽署流量。
class-tls-intercepted-cause-1 = 公司的防火牆或 Proxy 對通往 { $smtp_host } 或 { $login_host } 的流量進行 TLS 檢查（解密後重新簽署）。
class-tls-intercepted-fix-1 = 請求對 { $smtp_host } 與 { $login_host } 略過檢查（Microsoft 建議不要檢查 Microsoft 365 的流量）。
class-tls-intercepted-fix-2 = 或者，若原則要求檢查，將檢查用的 CA 匯入用戶端的信任存放區（`smtp-oauth certs --out DIR` 可匯出）。
class-hostname-mismatch-when = 憑證未涵蓋所連線的主機名稱。
class-hostname-mismatch-cause-1 = 主機是憑證未列出的別名或 IP 位址（請使用 smtp.office365.com，而非位址或自己的 CNAME）。
class-hostname-mismatch-cause-2 = 該位址上回應的是別的東西（Proxy、另一台伺服器）。
class-hostname-mismatch-fix-1 = 以憑證涵蓋的名稱連線：`--smtp-host { $cert_name }`；`smtp-oauth certs` 會列出這些名稱（SAN）。
class-certificate-expired-when = 憑證鏈中有憑證不在有效期間內。
class-certificate-expired-cause-1 = 本機時鐘錯誤（日期差太多時，有效的憑證看起來也像已過期）。
class-certificate-expired-cause-2 = 中介設備提供了舊憑證。
class-certificate-expired-fix-1 = 檢查 `date -u`；`smtp-oauth certs` 會顯示是哪一張憑證及其日期。
class-tls-handshake-failed-when = TLS 交握因其他原因失敗（警示、交握中被重設、沒有共同的加密套件）。
class-tls-handshake-failed-cause-1 = 中介設備干擾了交握。
class-tls-handshake-failed-cause-2 = 伺服器在此連接埠上不使用 TLS。
class-tls-handshake-failed-fix-1 = 執行 `smtp-oauth certs -v` 取得交握記錄，並與另一個網路的結果比較。
class-protocol-error-when = 伺服器違反了通訊協定：無法辨識的資料、超過大小上限的行或回應、提前關閉，或非預期的回應。
class-protocol-error-cause-1 = 在該連接埠回應的不是 SMTP 伺服器（HTTP 伺服器、Proxy、誘捕系統）。
class-protocol-error-cause-2 = 中介設備截斷或改寫了工作階段。
class-protocol-error-fix-1 = 檢查主機與連接埠（`smtp-oauth config show`），並以 `-v` 查看原始交談內容。
class-mailbox-not-found-when = 信箱 { $mailbox } 不存在、已停用，或沒有 Exchange Online 授權。
class-mailbox-not-found-cause-1 = 信箱地址打錯了。
class-mailbox-not-found-cause-2 = 使用者存在，但沒有包含 Exchange Online 的授權，因此沒有信箱。
class-mailbox-not-found-cause-3 = 此帳戶已被封鎖登入。
class-mailbox-not-found-fix-1 = 在 Microsoft 365 系統管理中心 › 使用者 › 作用中的使用者 檢查地址。
class-mailbox-not-found-fix-2 = 指派包含 Exchange Online 的授權（或使用共用信箱），並在其電子郵件應用程式中允許「已驗證的 SMTP」。
class-client-platform-unsupported-when = 目標用戶端的版本比第一批支援 Exchange Online OAuth SMTP 的版本（Cisco ISE 3.2 Patch 8、3.3 Patch 8、3.4 Patch 4、3.5 Patch 1）還舊。
class-client-platform-unsupported-cause-1 = 設備執行的版本沒有「MS Exchange Online OAuth」驗證選項。
class-client-platform-unsupported-fix-1 = 將 Cisco ISE 升級到 3.2 P8、3.3 P8、3.4 P4、3.5 P1 或更新版本，或透過支援 OAuth 的主機轉送。
class-token-request-refused-when = Entra ID 以本工具沒有專屬類別的 AADSTS 代碼拒絕了權杖要求。Microsoft 的代碼、文字、追蹤識別碼與相互關聯識別碼原封不動地列在證據中：原因就是它們所說的，而不是猜測。
class-token-request-refused-cause-1 = 證據中的 AADSTS 代碼所代表的意思：旁邊 Microsoft 的文字以它自己的話說明。
class-token-request-refused-fix-1 = 在 Microsoft 的錯誤頁面查詢此代碼：https://login.microsoftonline.com/error?code=<number>（證據中的 `lookup` 就是此代碼的連結）。
class-token-request-refused-fix-2 = 保留證據中的追蹤識別碼與相互關聯識別碼：Microsoft 支援會要求提供。
class-smtp-transient-when = Exchange 回應了一個格式正確、但沒有其他類別對應的 4xx：這是暫時狀況，Exchange 要求稍後重試。回應及其方括號內容在證據中。
class-smtp-transient-cause-1 = Exchange Online 前端或信箱伺服器的暫時狀況（PRX… 與 STOREDRV 文字指出元件）。
class-smtp-transient-cause-2 = 對應用程式或信箱的變更仍在生效中。
class-smtp-transient-fix-1 = 幾分鐘後重試：`smtp-oauth diagnose --wait 30m` 會逐步拉長間隔重試。
class-smtp-transient-fix-2 = 若持續發生，將證據中的回應與方括號內容提供給 Microsoft 支援。
class-smtp-rejected-when = Exchange 以格式正確、但沒有其他類別對應的 5xx 回應拒絕了命令。回應及其方括號內容在證據中：其增強狀態碼與文字說明了原因。
class-smtp-rejected-cause-1 = 就是回應所說的：證據中 Exchange 的增強狀態碼（5.x.y）與文字指出了原因。
class-smtp-rejected-fix-1 = 在 Microsoft 的 NDR 參考中查詢增強狀態碼：https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
class-smtp-rejected-fix-2 = 將證據中的回應與方括號內容提供給 Microsoft 支援。
class-smtp-throttled-when = Exchange 對寄件者進行了節流：信箱的並行連線或郵件太多，或傳送配額已用完。
class-smtp-throttled-cause-1 = 信箱 { $mailbox } 的並行 SMTP 連線超過 3 個（Exchange Online 每個信箱的上限）。
class-smtp-throttled-cause-2 = { $mailbox } 每分鐘超過 30 封郵件，或達到每日收件者上限。
class-smtp-throttled-cause-3 = 多台設備或多個作業共用一個寄件信箱。
class-smtp-throttled-fix-1 = 減少 { $mailbox } 同時傳送的量：最多 3 個連線、每分鐘 30 封；遇到 4xx 時排入佇列並重試。
class-smtp-throttled-fix-2 = 讓每個大量寄件者有自己的信箱，或將大量郵件改用 High Volume Email 或 Graph sendMail。
class-mailbox-logon-failed-when = AUTH 成功，但 Exchange 無法開啟信箱 { $mailbox } 以應用程式身分提交郵件（`430 4.2.0 STOREDRV; mailbox logon failure`）。
class-mailbox-logon-failed-cause-1 = 服務主體沒有 { $mailbox } 的 FullAccess（或剛授與，尚未生效）。
class-mailbox-logon-failed-cause-2 = 服務主體是以應用程式註冊的物件識別碼註冊的，因此 FullAccess 授與給了另一個物件。
class-mailbox-logon-failed-cause-3 = 信箱伺服器的暫時狀況（文字中有 TransientException）：重試可能會成功。
class-mailbox-logon-failed-fix-1 = Get-MailboxPermission -Identity { $mailbox } -User { $object_id }   （沒有 → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess）
class-mailbox-logon-failed-fix-2 = `smtp-oauth prereqs` 透過管理 API 檢查服務主體與 FullAccess；`smtp-oauth diagnose --wait 30m` 會在變更生效期間重試。
class-message-too-large-when = 郵件大於 Exchange 對 { $mailbox } 接受的大小。
class-message-too-large-cause-1 = 附件使郵件超過信箱的 MaxSendSize（Exchange Online 預設為 35 MB；base64 會多出三分之一）。
class-message-too-large-fix-1 = 傳送較小的郵件，或提高上限：Set-Mailbox -Identity { $mailbox } -MaxSendSize 35MB
class-smtp-not-authenticated-when = 因工作階段未經驗證，Exchange 拒絕了 MAIL 或 DATA（`530 5.7.57 Client not authenticated to send mail`）。
class-smtp-not-authenticated-cause-1 = 用戶端從未送出 AUTH（其 SMTP 設定中關閉了驗證，或退回到匿名提交）。
class-smtp-not-authenticated-cause-2 = 工作階段稍早 AUTH 失敗，用戶端卻仍繼續傳送。
class-smtp-not-authenticated-fix-1 = 在用戶端開啟驗證，方法選 OAuth（XOAUTH2），並在其記錄中檢查 AUTH 那一行及其回應。
class-smtp-not-authenticated-fix-2 = `smtp-oauth test-connection -v` 會顯示正確的工作階段是什麼樣子，包括 AUTH。
class-basic-auth-retired-when = Exchange Online 拒絕了 SMTP 提交的基本驗證（使用者名稱與密碼）：`550 5.7.30 Basic authentication is not supported for Client Submission.` 用戶端必須使用 OAuth（XOAUTH2）。
class-basic-auth-retired-cause-1 = 用戶端仍以使用者名稱與密碼（AUTH LOGIN 或 PLAIN）登入。Microsoft 的時程（Exchange 團隊，2026 年 1 月）：既有租用戶的 SMTP AUTH 基本驗證將在 2026 年 12 月底預設停用（目前系統管理員仍可重新開啟），新租用戶在 2026 年 12 月之後無法使用，最終移除日期將由 Microsoft 於 2027 年下半年公布。
class-basic-auth-retired-fix-1 = 將用戶端改用 OAuth 2.0 用戶端認證（XOAUTH2）：`smtp-oauth setup` 會逐步完成應用程式註冊、Exchange 服務主體與 FullAccess，並加以測試（Cisco ISE 的欄位請用 `--target ise`）。
class-basic-auth-retired-fix-2 = 找出仍使用基本驗證的用戶端：Exchange 系統管理中心 › 報告 › 郵件流程 › SMTP AUTH 用戶端提交報告（其「驗證通訊協定」欄）。
class-mailbox-outside-rbac-scope-when = 應用程式使用 Exchange 的應用程式 RBAC（`Application SMTP.SendAsApp` 的管理角色指派），但信箱 { $mailbox } 不在指派的範圍內：Exchange 會拒絕此信箱的 AUTH。
class-mailbox-outside-rbac-scope-cause-1 = 信箱不是管理範圍的 RecipientRestrictionFilter 所指群組的成員。
class-mailbox-outside-rbac-scope-cause-2 = 範圍或其群組在兩小時內變更過（角色指派會快取 30 分鐘到 2 小時）。
class-mailbox-outside-rbac-scope-fix-1 = 將 { $mailbox } 加入範圍篩選的群組，或擴大範圍：Get-ManagementScope | fl Name,RecipientRestrictionFilter
class-mailbox-outside-rbac-scope-fix-2 = 檢查：Test-ServicePrincipalAuthorization -Identity { $object_id } -Resource { $mailbox }   （InScope 必須為 True）
class-rbac-mixed-permissions-when = 應用程式同時有應用程式 RBAC 的角色指派與 SMTP.SendAsApp API 權限。Microsoft："Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions"：權杖中有此角色時，Exchange 會再次要求 { $mailbox } 的 FullAccess。
class-rbac-mixed-permissions-cause-1 = 應用程式先以傳統方式（API 權限）設定，之後才加上應用程式 RBAC，或反過來。
class-rbac-mixed-permissions-fix-1 = 只用應用程式 RBAC：移除 SMTP.SendAsApp API 權限（應用程式註冊 › API 權限）及其系統管理員同意。
class-rbac-mixed-permissions-fix-2 = 或保留傳統設定：Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-login-host-unreachable-when = 到登入主機 { $login_host }（權杖端點、租用戶探索）的 HTTPS 連線逾時或被拒絕。
class-login-host-unreachable-cause-1 = 連出防火牆封鎖了通往 Microsoft 登入主機的 HTTPS（TCP 443）。
class-login-host-unreachable-cause-2 = 此網路只能透過 HTTP Proxy 連上網際網路，但權杖要求沒有設定 Proxy。
class-login-host-unreachable-cause-3 = 授權單位（authority）或權杖端點錯誤（另一個主機或連接埠）：那裡沒有任何回應。
class-login-host-unreachable-fix-1 = 允許連出到 { $login_host } 的 HTTPS（TCP 443）（Microsoft 公布了這些端點：https://aka.ms/o365endpoints）。
class-login-host-unreachable-fix-2 = 在 Proxy 後面：為權杖要求設定 HTTPS_PROXY=http://{ $proxy_host }（或 --proxy）。
class-login-host-unreachable-fix-3 = 檢查端點及其來源：`smtp-oauth config show`（token_endpoint、authority）。
class-credential-change-failed-when = Microsoft Graph 沒有完成對應用程式註冊認證的變更（addPassword、removePassword、addKey、removeKey），或新認證未通過測試而被收回。
class-credential-change-failed-cause-1 = 系統管理存取缺少權限：管理用應用程式需要 Application.ReadWrite.OwnedBy 且是該應用程式的擁有者（或 Application.ReadWrite.All）；登入的人需要應用程式系統管理員或雲端應用程式系統管理員角色，或擁有該應用程式。
class-credential-change-failed-cause-2 = 租用戶的應用程式管理原則限制了認證的有效期，或禁止用戶端密碼（Graph 的訊息會這麼說）。
class-credential-change-failed-cause-3 = 新認證尚未傳到所有 Entra 區域（需要幾分鐘），或設定因與舊認證相同的原因而失敗：測試本身的檢查會指出是哪一種。
class-credential-change-failed-fix-1 = 授與管理用應用程式 Application.ReadWrite.OwnedBy（Graph，應用程式權限，系統管理員同意），並將它加為應用程式的擁有者：應用程式註冊 › { $client_id } › 擁有者；或以應用程式系統管理員身分用 `--admin device-code` 執行。
class-credential-change-failed-fix-2 = 若原則限制了有效期，請要求較短的有效期（`--days`）。
class-credential-change-failed-fix-3 = 以目前的認證執行 `smtp-oauth diagnose`，看看還有什麼失敗，修正後再輪替一次。
class-truststore-missing-ca-when = 用戶端自己的信任存放區（設備的受信任憑證、Java 金鑰存放區、PEM 套件）無法錨定 Microsoft 伺服器提供的憑證鏈，或其中的根憑證副本已過期。這台電腦可能信任此憑證鏈，用戶端卻不會（Java："unable to find valid certification path to requested target"）。
class-truststore-missing-ca-cause-1 = Microsoft 把端點移到存放區中沒有的根憑證之下：2026 年 Exchange Online 改用 DigiCert Global Root G2（MC1224565）。
class-truststore-missing-ca-cause-2 = 存放區只有根憑證的舊副本（現已過期），或只有先前憑證鏈的中繼 CA。
class-truststore-missing-ca-cause-3 = TLS 檢查 Proxy 以存放區中沒有的 CA 重新簽署流量。
class-truststore-missing-ca-fix-1 = 將檢查中指名的缺少檔案（`smtp-oauth certs --check-truststore STORE --out DIR` 會寫出）匯入用戶端的信任存放區。
class-truststore-missing-ca-fix-2 = Cisco ISE：Administration › System › Certificates › Trusted Certificates › Import，並勾選「Trust for authentication within ISE」與「Trust for client authentication and Syslog」。
class-truststore-missing-ca-fix-3 = Java：`keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`。
class-truststore-ca-expiring-when = 用戶端信任存放區中錨定 Microsoft 憑證鏈的憑證將在 60 天內到期（30 天內會更醒目地提醒）。到了那天，用戶端就不再信任伺服器。
class-truststore-ca-expiring-cause-1 = 設備的信任存放區不會隨韌體一起更新。
class-truststore-ca-expiring-fix-1 = 在舊憑證到期前，匯入該 CA 目前的憑證（檢查會指出它的名稱與取得位置）。

## Check summaries of failures, warnings and skips

verbatim = { $text }
list-semicolon = { $a }；{ $b }
tenant-named = 租用戶 { $tenant }
tenant-domain-named = { $domain }（租用戶 { $tenant }）
credential-secret = 密碼「{ $name }」
credential-certificate = 憑證 { $thumbprint }
mailbox-with-upn = { $mailbox }（UPN 為 { $upn }）
scope-organisation = 整個組織
roles-none = 沒有角色
roles-none-rbac = 沒有角色（應用程式 RBAC）
rbac-has-assignment = Exchange 有角色指派 { $assignment }
rbac-auth-accepted = Exchange 在沒有它的情況下接受了 AUTH
changed-grant = SMTP.SendAsApp 的授與
changed-check = { $check }
changed-ago = { $what } 於 { $minutes } 分鐘前變更
narrowed-token-wrong = 權杖本身有誤：請參閱上方的 { $class }
narrowed-found-by = { $summary }（由「{ $check }」檢查發現）
narrowed-exchange-side = 權杖正確（對象、角色）：原因很可能在 Exchange 端 — 服務主體（以企業應用程式的物件識別碼執行 New-ServicePrincipal）、信箱的 FullAccess，或尚未生效的變更；以系統管理存取執行 `smtp-oauth prereqs` 即可知道是哪一個
skip-plain = 已略過
skip-skipped = 已略過：{ $why }
skip-could-not-check = 無法檢查：{ $why }
skip-check-failed = 已略過：「{ $check }」失敗
skip-no-token = 已略過：沒有權杖
skip-no-auth-reached = 已略過：SMTP 工作階段沒有進行到 AUTH
skip-auth-failed = 已略過：AUTH 失敗
skip-not-sent = 未傳送：要傳送測試郵件，請指定 --to ADDRESS
skip-certificate-not-secret = 使用的是憑證，而不是密碼
skip-federated-not-secret = 使用的是同盟權杖，而不是密碼
skip-no-expiry-date = 不知道到期日：請設定 secret-expires（應用程式註冊 › 憑證及祕密 › 到期）
skip-no-admin = 沒有系統管理存取（--admin app|device-code|token）；請改在 PowerShell 中執行：{ $commands }
skip-app-not-found = 已略過：找不到應用程式 { $client_id }
skip-app-not-readable = 已略過：此處無法讀取應用程式註冊（其他租用戶的應用程式？）
skip-no-enterprise-app = 已略過：找不到應用程式（此租用戶中沒有 { $client_id } 的企業應用程式）
skip-no-sp-for-oid = 無法檢查：Exchange 不認得物件識別碼為 { $oid } 的服務主體（請參閱「{ $check }」）
skip-object-id-unknown = 已略過：不知道企業應用程式的物件識別碼（無法讀取 Graph）
skip-rbac-no-full-access = 已略過：應用程式 RBAC 不需要 FullAccess；缺少角色指派（請參閱「已授與 SMTP.SendAsApp」）
skip-rbac-scope-unknown = 無法判斷 { $mailbox } 是否在角色指派 { $assignment } 的範圍內：Exchange 的回應中沒有 InScope
skip-smtp-auth-unknown = 無法判斷：Exchange 的回應中沒有 SmtpClientAuthenticationDisabled
skip-sp-no-object-id = 無法判斷：Exchange 有應用程式 { $client_id } 的服務主體，但其回應中沒有 ObjectId
summary-secret-is-guid = 設定的密碼是 GUID：那是密碼的識別碼，而不是它的值（未送出）
summary-secret-expired = 已於 { $date } 到期（{ $days } 天前）
summary-secret-expires-soon = 即將到期：{ $date }（剩 { $days } 天）
summary-tenant-other-cloud = { $named } 位於 { $cloud } 雲端，但設定使用 { $configured }：請設定 --cloud { $cloud }
summary-token-undecodable = 無法解碼權杖：{ $why }
summary-token-expired = 權杖已於 { $minutes } 分鐘前到期；權杖的有效期約一小時
summary-token-rbac = 沒有角色的僅限應用程式權杖：應用程式 RBAC（{ $why }）
summary-clock-skew = 本機時鐘比權杖伺服器{ $direction ->
    [ahead] 快
   *[behind] 慢
} { $minutes } 分鐘
summary-audience-other-name = 權杖的對象是 { $aud }，這是 Exchange Online 的另一個名稱：Microsoft 為 SMTP 記載的是 { $exchange }；SMTP 是否接受此名稱不得而知（由 AUTH 決定）
summary-audience-wrong = 權杖的對象是 { $aud }，不是 Exchange Online（{ $exchange }）
summary-no-send-as-app-role = 僅限應用程式權杖（{ $roles }）：未授與 SMTP.SendAsApp（或缺少系統管理員同意）
summary-delegated = { $upn } 的委派權杖，含 SMTP.Send
summary-delegated-no-scope = 沒有 SMTP.Send 範圍的委派（使用者）權杖
summary-dns-failed = 無法解析 { $host }：{ $why }
summary-dns-timeout = 逾時內沒有 { $host } 的 DNS 回應
summary-tcp-refused = { $host }:{ $port } 拒絕了連線
summary-tcp-timeout = { $seconds } 秒內無法以 TCP 連到 { $host }:{ $port }（{ $why }）
summary-no-greeting = 已連線，但 { $seconds } 秒內沒有問候：這是僅能透過 Proxy 的網路或丟棄封包的中介設備典型的「connect timed out」
summary-session-refused = 伺服器拒絕了工作階段：{ $reply }
summary-broke-sending-ehlo = 傳送{ $tls ->
    [yes] 經 TLS 的 EHLO
   *[no] EHLO
} 時連線中斷
summary-ehlo-refused = { $tls ->
    [yes] 經 TLS 的 EHLO
   *[no] EHLO
} 遭拒：{ $reply }
summary-broke-sending-starttls = 傳送 STARTTLS 時連線中斷
summary-starttls-refused = STARTTLS 遭拒：{ $reply }
summary-no-starttls = { $host }:{ $port } 不提供 STARTTLS，因此這裡無法使用 OAuth
summary-starttls-masked = EHLO 在應有 STARTTLS 之處顯示 { $masked }：防火牆的 ESMTP 檢查遮蔽了它
summary-no-auth = STARTTLS 之後沒有 AUTH
summary-no-xoauth2 = 伺服器提供的是 `{ $auth }`，沒有 XOAUTH2
summary-no-enterprise-app = 此租用戶中沒有應用程式 { $client_id } 的企業應用程式（服務主體）
summary-no-exchange-resource = 租用戶中沒有 Office 365 Exchange Online 服務主體
summary-permission-missing = SMTP.SendAsApp（Office 365 Exchange Online，應用程式權限）未經系統管理員同意授與
summary-no-permission-rbac = 沒有 SMTP.SendAsApp，正如應用程式 RBAC 所要求
summary-rbac-assignment = 應用程式 RBAC：角色指派 { $assignment }（Application SMTP.SendAsApp，範圍 { $scope }）；沒有 API 權限，這樣才正確
summary-rbac-mixed = 同時有 SMTP.SendAsApp API 權限與應用程式 RBAC 角色指派 { $assignment }：此時 Exchange 也會要求 FullAccess
summary-rbac-no-assignment = 已設定應用程式 RBAC，但 Exchange 沒有應用程式 { $client_id } 的 Application SMTP.SendAsApp 角色指派
summary-rbac-in-scope = { $mailbox } 在角色指派 { $assignment } 的範圍 { $scope } 內（應用程式 RBAC 不需要 FullAccess）
summary-rbac-out-of-scope = { $mailbox } 不在角色指派 { $assignment } 的範圍 { $scope } 內
summary-no-credential = 應用程式沒有（與使用中相符的）密碼或憑證
summary-certificate-not-registered = 使用中的憑證（指紋 { $thumbprint }）不在應用程式的憑證中
summary-credential-cleanup = { $local ->
    [none] {""}
   *[other] ；本機憑證於 { $local } 到期，與已註冊金鑰的日期不同
}{ $expired ->
    [0] {""}
   *[other] ；仍列有 { $expired } 個已過期的認證：請移除
}
summary-credential-expired = { $name } 已於 { $date } 到期
summary-credential-expires = { $name } 於 { $date } 到期（剩 { $days } 天）{ $cleanup }
summary-credential-only-one = 應用程式唯一有效的認證 { $name } 於 { $date } 到期（剩 { $days } 天）：請立即新增下一個{ $cleanup }
summary-credential-rotated = 已在 Entra 輪替，但此用戶端尚未更新：{ $newer }（至 { $until }）較新；此用戶端使用的 { $name } 於 { $date } 到期（剩 { $days } 天）{ $cleanup }
summary-mailbox-shared = { $mailbox } 是共用信箱：不需要授權，也不需要登入
summary-mailbox-blocked = { $mailbox } 已被封鎖登入：共用信箱沒問題，但使用者信箱需要 Exchange Online 授權；Exchange 是否接受它用於僅限應用程式的 SMTP 不得而知
summary-mailbox-unlicensed = { $mailbox } 沒有授權：共用信箱沒問題，但使用者信箱需要 Exchange Online 授權；Exchange 是否接受它用於僅限應用程式的 SMTP 不得而知
summary-mailbox-licences-unread = { $mailbox } 存在且已啟用（無法讀取其授權）
summary-no-user = 此租用戶中沒有使用者 { $mailbox }（UPN 與 SMTP 地址都不符）
summary-no-user-or-mailbox = 此租用戶中沒有使用者或信箱 { $mailbox }（UPN 與 SMTP 地址都不符）
summary-exchange-no-mailbox = Exchange 沒有信箱 { $mailbox }：{ $reply }
summary-sp-missing = Exchange 沒有應用程式 { $client_id } 的服務主體：從未執行 New-ServicePrincipal
summary-sp-unverified = 以 ObjectId { $registered } 註冊；沒有 Graph 無法判斷它是否為企業應用程式的物件識別碼
summary-sp-wrong-object-id = 以 ObjectId { $registered } 註冊，但企業應用程式的物件識別碼是 { $oid }（很可能用了應用程式註冊的物件識別碼）
summary-no-full-access = { $oid } 對 { $mailbox } 沒有 FullAccess
summary-send-as = 對 { $from } 有 SendAs
summary-no-send-as = { $oid } 對 { $from } 沒有 SendAs
summary-smtp-auth-disabled-mailbox = SMTP AUTH 已停用：信箱的 SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-disabled-org = SMTP AUTH 已停用：信箱繼承組織的 SmtpClientAuthenticationDisabled = { $value }
summary-propagation-pending = { $changes }：Exchange 可能需要最多一小時才會套用變更
summary-but-auth-accepted = { $summary } — 但本次執行中 Exchange 已接受該信箱的 SMTP AUTH，因此不會中斷傳送
