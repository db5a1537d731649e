# smtp-oauth の日本語メッセージ（英語版 locales/en/smtp-oauth.ftl が原文）。
# Microsoft の応答文（SMTP 応答、AADSTS の説明）、PowerShell のコマンドレット名、ID、設定名、フラグは訳さない。

## 人が読むレポート

report-transcript-title = トランスクリプト（AUTH は伏せ字）:
report-handshake-title = 接続とハンドシェイク:
report-the-cause = 原因:
report-what-to-do = 対処方法:
report-found = 判明した原因: { $found }
report-every-cause = （{ $id } の考えられる原因すべて: `smtp-oauth explain { $id }` または -v）
report-cause = 原因: { $cause }
report-most-likely = 最も可能性の高い原因: { $cause }
report-more-causes = （ほかに { $count } 件の原因候補: -v で表示）
report-likely-causes = 考えられる原因:
report-summary-failed = { $count } 件のチェックが失敗
report-summary-warnings = 警告 { $count } 件
report-summary-passed = { $count } 件成功
report-summary-skipped = { $count } 件スキップ
report-list-separator = 、
report-sentence-end = 。
report-none = （なし）
report-yes = はい
report-no = いいえ
report-warning-suffix = （警告）

## certs

certs-presented-by = { $endpoint } が提示した証明書チェーン:
certs-leaf = サーバー証明書
certs-intermediate = 中間 CA
certs-root = ルート CA
certs-days-left = 残り { $days } 日
certs-expired-ago = { $days } 日前に期限切れ
certs-exported = 書き出したファイル:

## チェック名（チェック ID ごと）

check-secret-expiry = クライアント シークレットの有効期限
check-tenant = テナント
check-token = トークン要求
check-token-claims = トークンのクレーム
check-dns = DNS
check-tcp = TCP 接続
check-smtp-greeting = SMTP グリーティング
check-smtp-ehlo = EHLO
check-smtp-starttls = STARTTLS
check-tls-chain = TLS ハンドシェイク
check-smtp-xoauth2 = XOAUTH2 の提供
check-smtp-auth = SMTP AUTH XOAUTH2
check-prereq-enterprise-app = エンタープライズ アプリケーション
check-prereq-permission = SMTP.SendAsApp の付与
check-prereq-credentials = アプリの資格情報
check-prereq-exchange-sp = Exchange のサービス プリンシパル
check-prereq-mailbox = メールボックス
check-prereq-mailbox-permission = メールボックスの FullAccess
check-prereq-send-as = 差出人アドレスの SendAs
check-prereq-smtp-auth = SMTP AUTH の有効化
check-prereq-propagation = 変更の反映
check-smtp-send = テスト メッセージの送信
check-truststore = クライアントの信頼ストア

## 障害クラスの名前（クラス ID ごと）

class-network-timeout = 接続がタイムアウトしました
class-connection-refused = 接続が拒否されました
class-dns-failure = ホスト名を解決できません
class-proxy-auth-required = プロキシが認証を要求しています
class-proxy-unreachable = プロキシに接続できません
class-login-host-unreachable = ログイン ホストに接続できません
class-tls-version-rejected = TLS バージョンが拒否されました
class-untrusted-certificate = 証明書チェーンが信頼されていません
class-tls-intercepted = TLS の傍受（インスペクション）を検出しました
class-hostname-mismatch = 証明書がホスト名と一致しません
class-certificate-expired = 証明書の有効期限切れ、または有効期間前です
class-tls-handshake-failed = TLS ハンドシェイクに失敗しました
class-truststore-missing-ca = クライアントの信頼ストアに Microsoft のチェーンの CA がありません
class-truststore-ca-expiring = 信頼ストア内の Microsoft チェーンのアンカーがまもなく期限切れになります
class-invalid-tenant = 不明なテナント
class-app-not-found = テナントにアプリケーションが見つかりません
class-invalid-client-secret = クライアント シークレットが拒否されました
class-federated-credential-mismatch = フェデレーション資格情報がトークンと一致しません
class-secret-id-not-value = シークレットの値ではなくシークレット ID が使われています
class-secret-expired = クライアント シークレットの有効期限が切れています
class-secret-expiring = クライアント シークレットの有効期限がまもなく切れます
class-secret-rotated = Entra でクライアント シークレットが更新されましたが、このクライアントは更新されていません
class-invalid-scope = 無効なスコープ
class-exchange-resource-missing = テナントに Exchange Online のリソースがありません
class-app-disabled = アプリケーションが無効です
class-conditional-access-blocked = 条件付きアクセスによってブロックされました
class-invalid-client-assertion = 証明書資格情報が受け付けられません
class-clock-skew = 時刻のずれ
class-token-service-error = トークン サービスを利用できません
class-token-request-refused = トークン要求が拒否されました（Microsoft のコードを参照）
class-credential-change-failed = 資格情報の変更が完了しませんでした
class-wrong-audience = トークンの対象（audience）が違います
class-permission-not-granted = SMTP.SendAsApp が付与されていません
class-auth-rejected = 認証が拒否されました（535 5.7.3）
class-smtp-auth-disabled = SMTP AUTH が無効です
class-security-defaults = セキュリティの既定値群またはポリシーによってブロックされました
class-send-as-denied = SendAs が拒否されました
class-starttls-stripped = 中継機器によって STARTTLS が取り除かれました
class-starttls-unavailable = STARTTLS が提供されていません
class-xoauth2-unavailable = XOAUTH2 が提供されていません
class-protocol-error = プロトコル エラー
class-smtp-transient = Exchange が後で再試行するよう求めました
class-smtp-rejected = Exchange がコマンドを拒否しました
class-smtp-throttled = Exchange が送信者を調整（スロットリング）しました
class-message-too-large = メッセージが大きすぎます
class-smtp-not-authenticated = 送信のための認証がされていません
class-basic-auth-retired = SMTP の基本認証は廃止されました
class-service-principal-missing = Exchange のサービス プリンシパルがありません
class-service-principal-wrong-object-id = サービス プリンシパルが誤ったオブジェクト ID で登録されています
class-mailbox-permission-missing = メールボックスに FullAccess がありません
class-mailbox-not-found = メールボックスが見つからないか、ライセンスがありません
class-propagation-pending = 変更がまだ反映されていません
class-mailbox-logon-failed = Exchange がメールボックスを開けませんでした
class-mailbox-outside-rbac-scope = メールボックスが RBAC のスコープ外です
class-rbac-mixed-permissions = アプリケーションの RBAC と API のアクセス許可が混在しています
class-client-platform-unsupported = クライアントのリリースが OAuth SMTP に対応していません

## カタログの分野と explain

area-network = ネットワークとプロキシ
area-tls = TLS と証明書
area-token = トークン エンドポイント（Entra ID）
area-claims = トークンの内容
area-smtp = SMTP セッション
area-exchange = Exchange の前提条件
area-client = クライアント プラットフォーム
explain-count = 障害クラスは { $count } 個です。`smtp-oauth explain ID` で、原因と対処方法をあなたの値を入れて表示します。

## 障害クラスの説明（クラス ID ごと）

class-invalid-client-secret-when = AADSTS7000215（`invalid_client`、HTTP 401）: Entra がクライアント シークレットを拒否しました。Cisco の ISE 向け SMTP OAuth ガイドでは "Invalid client secret" と呼ばれています。
class-invalid-client-secret-cause-1 = シークレットの値ではなくシークレット ID が使われました（ポータルには両方が表示されますが、値が表示されるのは作成直後の 1 回だけです）。
class-invalid-client-secret-cause-2 = コピーの際に値が切れたか、崩れました（シークレットには ~ . _ - が含まれます）。
class-invalid-client-secret-cause-3 = シークレットが別のアプリの登録のものです。
class-invalid-client-secret-fix-1 = Microsoft Entra 管理センター › アプリの登録 › 対象のアプリ（{ $client_id }）› 証明書とシークレット › 新しいクライアント シークレット。「値」列をすぐにコピーします。
class-invalid-client-secret-fix-2 = 保存します: `smtp-oauth config set-secret`（エコーなしで入力）。続けて有効期限を記録します: `smtp-oauth config set secret-expires YYYY-MM-DD`。
class-auth-rejected-when = Exchange は AUTH XOAUTH2 に `535 5.7.3 Authentication unsuccessful` と応答しました。Exchange は、不正なトークン、ロールの不足、サービス プリンシパルの未登録または誤登録、メールボックスのアクセス許可の不足、まだ反映されていない変更のいずれでも同じ応答を返します。Cisco の ISE 向け SMTP OAuth ガイドでは "Invalid email address" と呼ばれています。
class-auth-rejected-cause-1 = アプリの Exchange サービス プリンシパルがありません（New-ServicePrincipal が実行されていません）。
class-auth-rejected-cause-2 = サービス プリンシパルが、エンタープライズ アプリケーションのオブジェクト ID ではなく、アプリの登録のオブジェクト ID で登録されています。
class-auth-rejected-cause-3 = { $mailbox } に対するサービス プリンシパルの FullAccess がありません。
class-auth-rejected-cause-4 = トークンに SMTP.SendAsApp がないか、対象（audience）が違います。
class-auth-rejected-cause-5 = 変更から 1 時間たっておらず、まだ反映されていません。
class-auth-rejected-cause-6 = XOAUTH2 文字列の `user=` が、アクセス許可を付与したメールボックスではありません。
class-auth-rejected-fix-1 = Connect-ExchangeOnline の後で: Get-ServicePrincipal -Identity { $object_id }   （結果なし → New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }）
class-auth-rejected-fix-2 = Get-MailboxPermission -Identity { $mailbox } | where User -like '*{ $object_id }*'   （なし → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess）
class-auth-rejected-fix-3 = ObjectId には、アプリの登録ページのものではなく、エンタープライズ アプリケーションのオブジェクト ID（{ $object_id }、アプリ自身のトークンの `oid`）を指定します。
class-auth-rejected-fix-4 = `smtp-oauth prereqs` は管理 API を通じてこれらをすべて確認します。`smtp-oauth diagnose --wait 30m` は変更が反映されるまで再試行します。
class-smtp-auth-disabled-when = Exchange が `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox` と応答したか、管理 API で { $mailbox } の SMTP AUTH が無効になっています。
class-smtp-auth-disabled-cause-1 = 組織で SMTP AUTH が無効になっており（Set-TransportConfig -SmtpClientAuthenticationDisabled $true。2020 年 1 月以降に作成されたテナントの既定値）、メールボックスで上書きされていません。
class-smtp-auth-disabled-cause-2 = このメールボックスで SMTP AUTH が無効になっています（Set-CASMailbox … -SmtpClientAuthenticationDisabled $true）。
class-smtp-auth-disabled-fix-1 = このメールボックスだけで有効にします（メールボックスの値が組織の値より優先されます）: Set-CASMailbox -Identity { $mailbox } -SmtpClientAuthenticationDisabled $false
class-smtp-auth-disabled-fix-2 = または Microsoft 365 管理センター › ユーザー › { $mailbox } › メール › メール アプリの管理 › 「認証済み SMTP」をオンにします。
class-smtp-auth-disabled-fix-3 = 実際の値を確認します: Get-CASMailbox -Identity { $mailbox } | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled
class-service-principal-missing-when = Exchange にアプリ { $client_id } のサービス プリンシパルがありません（Get-ServicePrincipal で見つかりません）。
class-service-principal-missing-cause-1 = New-ServicePrincipal が実行されていません。Exchange には Entra のアクセス許可だけでは足りません。
class-service-principal-missing-fix-1 = Connect-ExchangeOnline の後で: New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-missing-fix-2 = ObjectId はエンタープライズ アプリケーションのオブジェクト ID です（Microsoft Entra 管理センター › エンタープライズ アプリケーション › 対象のアプリ › 概要）。ここでは { $object_id } です。
class-service-principal-missing-fix-3 = または: `smtp-oauth prereqs --fix`。
class-service-principal-wrong-object-id-when = アプリ { $client_id } の Exchange サービス プリンシパルが、エンタープライズ アプリケーションのもの（{ $object_id }）ではない ObjectId で登録されています。多くはアプリの登録のオブジェクト ID です。
class-service-principal-wrong-object-id-cause-1 = アプリの登録ページのオブジェクト ID が使われました。Exchange に必要なのは、エンタープライズ アプリケーション ページのもの（アプリのトークンの `oid`）です。
class-service-principal-wrong-object-id-fix-1 = Remove-ServicePrincipal -Identity <誤ったオブジェクト ID>
class-service-principal-wrong-object-id-fix-2 = New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-wrong-object-id-fix-3 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess   （アクセス許可は古いプリンシパルに付与されていたため）
class-service-principal-wrong-object-id-fix-4 = または: `smtp-oauth prereqs --fix`。
class-mailbox-permission-missing-when = サービス プリンシパルに { $mailbox } の FullAccess がありません。
class-mailbox-permission-missing-cause-1 = Add-MailboxPermission が実行されていないか、別のメールボックスに対して、または後で作り直されたプリンシパルに対して実行されました。
class-mailbox-permission-missing-fix-1 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-mailbox-permission-missing-fix-2 = または: `smtp-oauth prereqs --fix`。

## explain ID

explain-recognised-by = 判定の手がかり:
explain-causes = 考えられる原因（可能性の高い順）:
explain-fix = 対処方法:
explain-see = 参照:

## チェックの要約

summary-secret-expires = 有効期限は { $date }（残り { $days } 日）
summary-token-issued = トークンを取得しました。有効期間は { $minutes } 分です
summary-token-claims = { $audience } 向けのアプリ専用トークン、{ $roles }、エンタープライズ アプリのオブジェクト ID { $oid }
summary-dns-address = { $address } はアドレスのため、名前解決は不要です
summary-tcp-connected = { $address } に接続しました
summary-ehlo-capabilities = { $count } 個の機能
summary-tls-verified = { $version }、証明書 { $count } 枚のチェーンを検証しました
summary-permission-granted = Office 365 Exchange Online の SMTP.SendAsApp、管理者の同意が付与されています
summary-mailbox-ok = { $mailbox } は存在し、有効で、ライセンスがあります
summary-exchange-sp-registered = エンタープライズ アプリのオブジェクト ID { $oid } で登録されています
summary-full-access = サービス プリンシパルは { $mailbox } に FullAccess を持っています
summary-propagated = 過去 1 時間に変更された前提条件はありません
summary-tenant-cloud = テナント { $tenant }、{ $cloud } クラウド
summary-domain-tenant-cloud = { $domain } はテナント { $tenant }、{ $cloud } クラウド
summary-enterprise-app = エンタープライズ アプリのオブジェクト ID は { $oid } で、これが Exchange に必要なものです（アプリの登録のオブジェクト ID { $app_oid } は別のものです）
summary-smtp-auth-enabled-mailbox = SMTP AUTH は有効です: メールボックスの SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-enabled-org = SMTP AUTH は有効です: メールボックスは組織の SmtpClientAuthenticationDisabled = { $value } を継承しています

class-secret-id-not-value-when = 設定されたクライアント シークレットは、シークレットの値ではなくシークレット ID（GUID）の形をしています。送信前に判明しました。Entra なら AADSTS7000215 と応答します。
class-secret-id-not-value-cause-1 = 「証明書とシークレット」で「値」列ではなく「シークレット ID」列がコピーされました。
class-secret-id-not-value-fix-1 = 値が表示されるのは 1 回だけです。新しいシークレットを作成し（アプリの登録 › { $client_id } › 証明書とシークレット › 新しいクライアント シークレット）、その値をコピーします。
class-secret-id-not-value-fix-2 = `smtp-oauth config set-secret` で保存します。
class-secret-expired-when = AADSTS7000222: クライアント シークレットの有効期限が切れているか、設定された有効期限（{ $secret_expires }）を過ぎています。
class-secret-expired-cause-1 = クライアント シークレットの有効期間は最長 24 か月です。期限までに誰も更新しませんでした。
class-secret-expired-fix-1 = 管理者アクセスがあれば、`smtp-oauth secret rotate --admin device-code` が新しいシークレットを追加し、テストし、保存し、確認後に古いシークレットを削除します。
class-secret-expired-fix-2 = 手作業の場合: アプリの登録 › { $client_id } › 証明書とシークレット › 新しいクライアント シークレット で値をコピーし、保存して（`smtp-oauth config set-secret`）新しい有効期限を記録し（`smtp-oauth config set secret-expires YYYY-MM-DD`）、それを使うすべてのクライアントを更新します。
class-secret-expired-fix-3 = 証明書の資格情報（--client-cert）を検討するか、`smtp-oauth diagnose` を定期ジョブにします。60 日前に警告します。
class-secret-expiring-when = クライアント シークレットの有効期限は { $secret_expires } で、60 日以内です（30 日以内は強く警告します）。その日にメールが止まります。
class-secret-expiring-cause-1 = シークレットは固定の有効期間で作成され、誰にも通知されません。
class-secret-expiring-fix-1 = 次のシークレットを今作成します: `smtp-oauth secret rotate --admin device-code` が追加し、エンドツーエンドでテストし、機器用に 1 回だけ表示し、確認後に古いものを削除します（手作業の場合: アプリの登録 › { $client_id } › 証明書とシークレット）。
class-secret-expiring-fix-2 = 新しい日付を記録します: `smtp-oauth config set secret-expires YYYY-MM-DD`。
class-permission-not-granted-when = トークンに `SMTP.SendAsApp` ロールがなく、アプリはアプリケーションの Exchange RBAC 用にも構成されていません。
class-permission-not-granted-cause-1 = API のアクセス許可がありません: アプリの登録 › { $client_id } › API のアクセス許可 に Office 365 Exchange Online › アプリケーションの許可 › SMTP.SendAsApp がありません。
class-permission-not-granted-cause-2 = アクセス許可は追加されましたが、管理者の同意が与えられていません。
class-permission-not-granted-cause-3 = アプリケーションの許可ではなく、委任されたアクセス許可（SMTP.Send）が追加されました。
class-permission-not-granted-cause-4 = 同意は数分前に与えられましたが、トークンはそれ以前のものがキャッシュされていました。
class-permission-not-granted-fix-1 = アプリの登録 › { $client_id } › API のアクセス許可 › アクセス許可の追加 › 所属する組織で使用している API › Office 365 Exchange Online › アプリケーションの許可 › SMTP.SendAsApp › アクセス許可の追加。
class-permission-not-granted-fix-2 = 続けて同じページで「<テナント> に管理者の同意を与えます」。
class-permission-not-granted-fix-3 = アプリがアプリケーションの Exchange RBAC を使う場合（意図的に API のアクセス許可なし）は、そう設定します: `smtp-oauth config set rbac-for-apps true`。
class-untrusted-certificate-when = 提示された証明書チェーンが、使用中の信頼されたルートで検証できません。Cisco の ISE 向け SMTP OAuth ガイドでは "unable to find valid certification path to requested target" と呼ばれています。
class-untrusted-certificate-cause-1 = クライアントの信頼ストアに、Microsoft のチェーンが使うルートまたは中間 CA（DigiCert Global Root G2、Microsoft Azure RSA TLS Issuing CA …）がありません。
class-untrusted-certificate-cause-2 = TLS インスペクション プロキシが、チェーンをプライベート CA のものに置き換えました（tls-intercepted を参照）。
class-untrusted-certificate-fix-1 = サーバーが提示するチェーンを書き出します: `smtp-oauth certs { $certs_target } --out ./chain`。ルートと中間 CA をクライアントの信頼ストアにインポートします（Cisco ISE: Administration › System › Certificates › Trusted Certificates で "Trust for authentication within ISE" と "Trust for client authentication and Syslog" をオンにします）。
class-untrusted-certificate-fix-2 = または --ca-file でここに追加して、診断を確かめます。
class-propagation-pending-when = 前提条件はすべて整っていますが、そのいずれかが過去 1 時間以内に変更されました。変更が反映されるまで、Exchange は 535 5.7.3 と応答し続けることがあります。
class-propagation-pending-cause-1 = Exchange と Entra のキャッシュが新しいサービス プリンシパル、アクセス許可、同意を取り込むまでに数分（ときには最大 1 時間）かかります。
class-propagation-pending-fix-1 = 待ってから再試行します: `smtp-oauth diagnose --wait 30m` は間隔を空けながら AUTH を再試行し、成功し始めた時刻を知らせます。

## docs/failure-classes.LANG.md

doc-title = 障害クラス
doc-intro = smtp-oauth が報告する障害はすべて、以下のいずれかのクラスに属します。ID は変わらない契約です。`--json` レポートの `failure_class.id`、JUnit の failure type、`smtp-oauth explain ID` に現れ、`explain` はあなたの値を入れて同じ文章を表示します。`<client-id>` などのプレースホルダーはそれらの値を表します。まだ翻訳されていない説明は英語のままです。
doc-generated = src/failures/catalog.rs と locales/ から `cargo test` で生成（UPDATE_GENERATED=1 で書き直し）。編集しないでください。

class-network-timeout-when = { $smtp_host }:{ $smtp_port } への TCP 接続、またはサーバーのグリーティングが、タイムアウト（{ $timeout } 秒）以内に届きませんでした。Cisco の ISE 向け SMTP OAuth ガイドでは "connect timed out" と呼ばれています。
class-network-timeout-cause-1 = 送信方向のファイアウォールが TCP { $smtp_port } を破棄しています（多くのネットワークは 80/443 しか外向きに許可していません）。
class-network-timeout-cause-2 = インターネットへは HTTP プロキシ経由でしか出られず、SMTP はそれを使えません（HTTP プロキシが運ぶのは HTTPS で、SMTP ではありません）。
class-network-timeout-cause-3 = 中継機器が接続を受け付けるものの転送しません（グリーティングが来ません）。
class-network-timeout-cause-4 = ホストまたはポートが誤っていて、パケットを黙って破棄するマシンを指しています。
class-network-timeout-fix-1 = ネットワーク担当者に送信ルールを依頼します: { $smtp_host } への TCP { $smtp_port }（Microsoft は Exchange Online のアドレス範囲を公開しています: https://aka.ms/o365endpoints）。
class-network-timeout-fix-2 = 同じマシンから確認します: `smtp-oauth test-connection --timeout 60`、または `nc -vz { $smtp_host } { $smtp_port }`。
class-network-timeout-fix-3 = プロキシしかないネットワークでは、直接外へ出られる場所で送信するか、それができるホストを中継にします。
class-connection-refused-when = { $smtp_host }:{ $smtp_port } への接続が明示的に拒否されました（TCP RST）。
class-connection-refused-cause-1 = ポートが誤っています: Exchange Online の送信は 587（STARTTLS）で待ち受けています。
class-connection-refused-cause-2 = ローカルのファイアウォールまたはセキュリティ エージェントが接続を拒否しています。
class-connection-refused-cause-3 = ホストが誤っていて、そのポートで何も待ち受けていません。
class-connection-refused-fix-1 = Exchange Online の送信は { $default_smtp_host } のポート 587 で待ち受けています: `--smtp-host { $default_smtp_host } --smtp-port 587`。
class-connection-refused-fix-2 = 送信方向の TCP 587（Exchange Online の送信が使うポート）を拒否するローカルのファイアウォールやセキュリティ エージェントがないか確認します。
class-dns-failure-when = ホスト名をアドレスに解決できませんでした。
class-dns-failure-cause-1 = ホスト名の入力ミス（既定の SMTP ホストは smtp.office365.com）。
class-dns-failure-cause-2 = マシンに動作する DNS リゾルバーがないか、公開名を解決しない内部リゾルバーしかありません。
class-dns-failure-cause-3 = スプリット ホライズン DNS によって、このネットワークではその名前が見えません。
class-dns-failure-fix-1 = 名前を確認します: `smtp-oauth config show` がホストとその出どころを表示します。
class-dns-failure-fix-2 = リゾルバーを試します: `getent hosts { $smtp_host }` または `nslookup { $smtp_host }`。
class-dns-failure-fix-3 = { $smtp_host } と { $login_host } の公開 DNS 解決を依頼するか、テスト用に --smtp-host に IP アドレスを指定します。
class-app-not-found-when = AADSTS700016: テナント { $tenant } にクライアント ID { $client_id } のアプリケーションがありません。または AADSTS7000229: アプリの登録はあるものの、テナントにエンタープライズ アプリケーション（サービス プリンシパル）がありません。
class-app-not-found-cause-1 = クライアント ID が誤っています: アプリケーション (クライアント) ID の代わりに、オブジェクト ID、シークレット ID、またはメール アドレスが使われました。
class-app-not-found-cause-2 = アプリが { $tenant } とは別のテナントに登録されています。
class-app-not-found-cause-3 = アプリの登録が削除されました。
class-app-not-found-cause-4 = AADSTS7000229: アプリが Graph、Terraform、スクリプトでエンタープライズ アプリケーションなしに作成されたか、エンタープライズ アプリケーションが削除されました。シークレットは問題ありません。
class-app-not-found-fix-1 = Microsoft Entra 管理センター › アプリの登録 › 対象のアプリ › 概要 から、アプリケーション (クライアント) ID をコピーします。
class-app-not-found-fix-2 = 同じページのディレクトリ (テナント) ID が { $tenant } と同じか確認します。
class-app-not-found-fix-3 = AADSTS7000229 の場合はエンタープライズ アプリケーションを作成します: `New-MgServicePrincipal -AppId { $client_id }`（Microsoft Graph PowerShell）または `az ad sp create --id { $client_id }`。続けて SMTP.SendAsApp を付与し、管理者の同意を与えます。
class-invalid-scope-when = AADSTS70011 または AADSTS1002012: スコープがクライアント資格情報フローで有効ではありません。
class-invalid-scope-cause-1 = アクセス許可の名前（SMTP.SendAsApp、SMTP.Send、Mail.Send）がスコープとして送られました。
class-invalid-scope-cause-2 = スコープに、クライアント資格情報で必要な /.default が付いていません。
class-invalid-scope-cause-3 = 複数のリソースのスコープが組み合わされました。
class-invalid-scope-fix-1 = Exchange リソースの .default スコープを使います: `--scope { $default_scope }`（またはスコープを未設定にしてクラウドの既定値を使います）。
class-wrong-audience-when = トークンの対象（`aud`）が Exchange Online ではないため、Exchange は 535 5.7.3 で拒否します。
class-wrong-audience-cause-1 = スコープが別のリソースを指しています。多くは Microsoft Graph（https://graph.microsoft.com/.default）です。
class-wrong-audience-cause-2 = クライアントが SMTP AUTH ではなく Graph の Mail.Send 用に設定されました。
class-wrong-audience-fix-1 = Exchange のスコープを要求します: `--scope { $default_scope }`。

## The other classes' texts

class-proxy-auth-required-when = HTTP プロキシが CONNECT 要求に 407 Proxy Authentication Required と応答しました。
class-proxy-auth-required-cause-1 = プロキシに資格情報が必要ですが、指定されていません。
class-proxy-auth-required-cause-2 = プロキシ URL の資格情報が誤っているか、期限切れです。
class-proxy-auth-required-cause-3 = プロキシが Kerberos/NTLM しか受け付けず、このツールはそれに対応していません。
class-proxy-auth-required-fix-1 = 資格情報をプロキシ URL に入れます: HTTPS_PROXY=http://user:password@{ $proxy_host }（表示されることはありません）。
class-proxy-auth-required-fix-2 = プロキシで { $login_host } の例外を依頼するか、直接の送信が許可されていれば NO_PROXY に追加します。
class-proxy-unreachable-when = HTTP プロキシ（{ $proxy }）に到達できないか、プロキシが CONNECT を拒否しました。
class-proxy-unreachable-cause-1 = プロキシ URL（HTTPS_PROXY、ALL_PROXY または --proxy）が誤っているか、古くなっています。
class-proxy-unreachable-cause-2 = プロキシが停止しているか、別のネットワークからしか到達できません。
class-proxy-unreachable-cause-3 = プロキシのポリシーが { $login_host } をブロックしています。
class-proxy-unreachable-fix-1 = プロキシの設定とその出所を確認します: `smtp-oauth config show`（パスワードは表示されません）。
class-proxy-unreachable-fix-2 = 直接の送信が許可されていれば、Microsoft のログイン ホストについてプロキシを迂回します: NO_PROXY={ $login_host }。
class-invalid-tenant-when = Entra ID がテナントを認識していません: AADSTS90002（テナントが見つからない）または AADSTS900023（有効なテナント識別子ではない）、OpenID の検出が `invalid_tenant` と応答した、またはテナントがログイン ホストとは別のクラウドにあります（AADSTS900382、"Confidential Client is not supported in Cross Cloud request"）。Cisco の ISE 向け SMTP OAuth ガイドでは "invalid OAuth endpoint or tenant identifier" と呼ばれています。
class-invalid-tenant-cause-1 = テナント ID の入力ミス、または別のテナントの ID です。
class-invalid-tenant-cause-2 = テナントが、使用したログイン ホスト（{ $login_host }）とは別のクラウド（GCC High、DoD、21Vianet）にあります。AADSTS900382 はまさにこのことを示します。
class-invalid-tenant-cause-3 = テナントの欄に GUID やドメインではなく、貼り付けた URL やパス（`…/oauth2/authorize`）が入っています。
class-invalid-tenant-fix-1 = Microsoft Entra 管理センター › 概要 › テナント ID からディレクトリ（テナント）ID をコピーして設定します: `smtp-oauth config set tenant <guid>`。
class-invalid-tenant-fix-2 = 国内クラウドの場合は --cloud（usgov、usgov-dod、china）を設定します。
class-invalid-tenant-fix-3 = トークン エンドポイントは https://{ $login_host }/<tenant-id>/oauth2/v2.0/token でなければなりません。
class-federated-credential-mismatch-when = アサーションとして送られたフェデレーション トークンに一致するフェデレーション資格情報が、アプリに見つかりませんでした: AADSTS700211（発行者）、AADSTS700212（対象ユーザー）、AADSTS700213（サブジェクト）、AADSTS7002138（サブジェクトの大文字と小文字だけが違う: 照合は大文字と小文字を区別します）、または AADSTS70021。
class-federated-credential-mismatch-cause-1 = サブジェクトが違います: GitHub Actions は、環境のあるジョブに `repo:OWNER/REPO:environment:NAME`、ブランチに `repo:OWNER/REPO:ref:refs/heads/BRANCH`、プル リクエストに `repo:OWNER/REPO:pull_request` を使います。所有者とリポジトリは大文字と小文字を区別して比較されます。
class-federated-credential-mismatch-cause-2 = 対象ユーザーが違います: 資格情報で別の指定がない限り、Entra は `api://AzureADTokenExchange` を期待します。
class-federated-credential-mismatch-cause-3 = 発行者が違います: GitHub の発行者は `https://token.actions.githubusercontent.com`（末尾のスラッシュなし）、Kubernetes クラスターの発行者はその OIDC 発行者 URL です。
class-federated-credential-mismatch-fix-1 = 上の Microsoft のテキスト（トークンが提示した値を引用しています）を、Microsoft Entra 管理センター › アプリの登録 › { $client_id } › 証明書とシークレット › フェデレーション資格情報 と比べ、その発行者・サブジェクト・対象ユーザーどおりの資格情報を追加します。
class-federated-credential-mismatch-fix-2 = GitHub Actions の場合: ワークフローに `permissions: id-token: write` が必要です。サブジェクトはジョブの `environment:`（あれば）とブランチで決まります。
class-secret-rotated-when = アプリの登録に、このクライアントが使っているものより新しいクライアント シークレットがあります: 誰かが Entra でシークレットを更新し、このクライアントを（まだ）更新していません。
class-secret-rotated-cause-1 = 同じアプリの別のクライアントのためにシークレットが更新されたか、展開がこのクライアントの前で止まりました。
class-secret-rotated-cause-2 = メンテナンス時間まで、このクライアントのために古いシークレットを意図的に残しています。
class-secret-rotated-fix-1 = 新しいシークレットの値をこのクライアントに設定し（Cisco ISE: Administration › System › Settings › SMTP Server の Client Secret と Expiry Date の欄）、続けて `smtp-oauth config set-secret` と `smtp-oauth config set secret-expires YYYY-MM-DD` を実行し、もう一度 `smtp-oauth diagnose` を実行します。
class-secret-rotated-fix-2 = すべてのクライアントが新しいものを使うようになったら、古いシークレットを削除します: アプリの登録 › { $client_id } › 証明書とシークレット。
class-exchange-resource-missing-when = AADSTS500011: スコープのリソース（{ $scope }）のサービス プリンシパルがテナントにありません。
class-exchange-resource-missing-cause-1 = スコープのリソース URI の入力ミスです。
class-exchange-resource-missing-cause-2 = テナントに Exchange Online がない（ライセンスが一度も割り当てられていない）ため、Office 365 Exchange Online がプロビジョニングされていません。
class-exchange-resource-missing-cause-3 = スコープが別のクラウドのものです。
class-exchange-resource-missing-fix-1 = クラウドの Exchange スコープを使います: `--scope { $default_scope }`。
class-exchange-resource-missing-fix-2 = テナントに Exchange Online のライセンスがあることを確認します（Microsoft 365 管理センター › 課金情報 › ライセンス）。
class-app-disabled-when = AADSTS7000112: アプリケーションが無効になっています。
class-app-disabled-cause-1 = 誰かがアプリのサインインを無効にしたか（エンタープライズ アプリケーション › 対象のアプリ › プロパティ › 「ユーザーのサインインが有効になっていますか?」= いいえ）、Microsoft が無効にしました。
class-app-disabled-fix-1 = Microsoft Entra 管理センター › エンタープライズ アプリケーション › 対象のアプリ（{ $client_id }）› プロパティ: 「ユーザーのサインインが有効になっていますか?」を「はい」にします。
class-conditional-access-blocked-when = AADSTS53003: 条件付きアクセス ポリシーが、アプリへのトークン発行をブロックしました。
class-conditional-access-blocked-cause-1 = ワークロード ID 向けの条件付きアクセス ポリシーがこのサービス プリンシパルを対象にしており（場所などで）、このマシンの送信元 IP が許可されていません。
class-conditional-access-blocked-fix-1 = Microsoft Entra 管理センター › 保護 › 条件付きアクセス › サービス プリンシパルのサインイン ログ で、{ $client_id } をブロックしたポリシーを探します。
class-conditional-access-blocked-fix-2 = ポリシーのネームド ロケーションでこのマシンの送信元 IP を許可するか、サービス プリンシパルを除外します。
class-invalid-client-assertion-when = AADSTS700027（署名が無効）、AADSTS700024（有効期間外）、AADSTS700021（発行者がクライアント ID ではない）または AADSTS700023（対象ユーザーが違う）: 証明書の資格情報（クライアント アサーション）が受け付けられませんでした。
class-invalid-client-assertion-cause-1 = 証明書がアプリの登録（証明書とシークレット › 証明書）にアップロードされていないか、別の証明書がアップロードされています。
class-invalid-client-assertion-cause-2 = 鍵が証明書のものではありません。
class-invalid-client-assertion-cause-3 = ローカルの時計がずれているため、アサーションの有効期間がずれています。
class-invalid-client-assertion-cause-4 = アプリの登録にある証明書の有効期限が切れています。
class-invalid-client-assertion-fix-1 = 公開証明書（.cer/.pem、鍵なし）を アプリの登録 › { $client_id } › 証明書とシークレット › 証明書 にアップロードし、拇印を比べます。
class-invalid-client-assertion-fix-2 = 時計を確認します: `date -u` が実際の UTC と 1 分以内で一致している必要があります。
class-clock-skew-when = ローカルの時計が、サーバーの Date ヘッダーと 5 分を超えてずれています。
class-clock-skew-cause-1 = このマシンまたはアプライアンスで NTP が動いていないか、時刻ソースに到達できません。
class-clock-skew-fix-1 = 時刻同期を有効にし（timedatectl set-ntp true、Cisco ISE では CLI の `ntp server`）、`date -u` を確認します。
class-token-service-error-when = 回数を限った再試行のあとも、トークン エンドポイントは HTTP 429 または 5xx を返し続けました。
class-token-service-error-cause-1 = 短時間に多くのトークン要求をしたことによる調整（トークンをキャッシュしないクライアント）。
class-token-service-error-cause-2 = リージョンでの Entra ID の障害（https://status.cloud.microsoft を確認）。
class-token-service-error-cause-3 = プロキシや TLS の中間装置が Microsoft の代わりに応答しています。
class-token-service-error-fix-1 = 待ってから再試行します。トークンの有効期間は約 1 時間なので、クライアントはメッセージごとではなく 1 時間に 1 回要求すべきです。
class-token-service-error-fix-2 = Microsoft 365 のサービス正常性ページを確認します。
class-security-defaults-when = Exchange がセキュリティの既定値やポリシーのテキストとともに `535 5.7.139` と応答しました: テナントのセキュリティの既定値または認証ポリシーが SMTP AUTH をブロックしています。
class-security-defaults-cause-1 = セキュリティの既定値が有効です: メールボックスの設定にかかわらず SMTP AUTH を無効にします。
class-security-defaults-cause-2 = 認証ポリシーまたは条件付きアクセス ポリシーが要求をブロックしています。
class-security-defaults-fix-1 = Microsoft Entra 管理センター › 概要 › プロパティ › セキュリティの既定値の管理: 有効なら SMTP AUTH は無効です。無効にするには、代わりに条件付きアクセスが必要です。
class-security-defaults-fix-2 = 認証ポリシーを確認します: Get-AuthenticationPolicy。あわせて { $client_id } のサインイン ログも確認します。
class-send-as-denied-when = AUTH は成功しましたが、サーバーが差出人アドレスとしての送信を拒否しました: `554 5.2.252 SendAsDenied` または `550 5.7.60`。
class-send-as-denied-cause-1 = 差出人アドレス（{ $from }）が認証したメールボックス（{ $mailbox }）と異なり、サービス プリンシパルにその SendAs 権限がありません。
class-send-as-denied-cause-2 = メールボックスのエイリアスを差出人に使っていて、SendFromAliasEnabled がオフです。
class-send-as-denied-fix-1 = メールボックス自身として送信するか、SendAs を付与します: Add-RecipientPermission -Identity { $from } -Trustee { $object_id } -AccessRights SendAs
class-send-as-denied-fix-2 = エイリアスの場合: Set-OrganizationConfig -SendFromAliasEnabled $true
class-starttls-stripped-when = EHLO の応答に STARTTLS がなく、`250-XXXXXXXA` のような伏せ字の機能があります: ファイアウォールの ESMTP インスペクションが STARTTLS を取り除きました。
class-starttls-stripped-cause-1 = SMTP/ESMTP インスペクションのあるファイアウォール（例: Cisco ASA の `inspect esmtp`）が機能一覧を書き換えるため、どのクライアントも TLS を開始できません。
class-starttls-stripped-fix-1 = { $smtp_host }:{ $smtp_port } への通信の ESMTP インスペクションを無効にします（Cisco ASA: ポリシー マップで `no inspect esmtp`、またはこの通信を除外）。
class-starttls-stripped-fix-2 = そのあと `smtp-oauth test-connection` に 250-STARTTLS が表示される必要があります。
class-starttls-unavailable-when = サーバーが STARTTLS をまったく提供していないため、OAuth による AUTH はできません。
class-starttls-unavailable-cause-1 = ホストが違います: MX ホスト（<domain>-com.mail.protection.outlook.com、ポート 25）は配信用のメールを受け付けるもので、クライアントからの送信用ではありません。
class-starttls-unavailable-cause-2 = ポートが違います: 465 は暗黙的 TLS、中継サーバーの 25 は STARTTLS を提供しないことがあります。Exchange Online の送信は { $default_smtp_host }:587 です。
class-starttls-unavailable-fix-1 = `--smtp-host smtp.office365.com --smtp-port 587`（またはクラウドのホスト）を使います。
class-xoauth2-unavailable-when = STARTTLS のあと、サーバーが `AUTH … XOAUTH2` を提供していません（Exchange Online は `AUTH LOGIN XOAUTH2` を提供します）。
class-xoauth2-unavailable-cause-1 = ホストが Exchange Online の送信用ではありません（オンプレミスの中継、スマート ホスト、MX）。
class-xoauth2-unavailable-cause-2 = TLS を終端するプロキシが Exchange の代わりに応答しています。
class-xoauth2-unavailable-fix-1 = クライアントの接続先を STARTTLS 付きの { $default_smtp_host }:587 にします。
class-tls-version-rejected-when = サーバーが TLS のバージョンを拒否しました: `421 4.7.66 TLS 1.0 and 1.1 are not supported`、または共通の TLS バージョンをネゴシエートできませんでした。
class-tls-version-rejected-cause-1 = クライアント（古いアプライアンスや Java ランタイム）が TLS 1.0/1.1 しか話せません。Exchange Online には TLS 1.2 以降が必要です。
class-tls-version-rejected-fix-1 = クライアントで TLS 1.2 を有効にするか（Java: -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3）、プラットフォームを更新します。
class-tls-intercepted-when = Microsoft のホストのチェーンが、Microsoft の公開発行者ではない CA によって発行されています: TLS インスペクション プロキシが通信を再署名しています。
class-tls-intercepted-cause-1 = 社内のファイアウォールやプロキシが、{ $smtp_host } または { $login_host } への通信に TLS インスペクション（復号と再署名）を行っています。
class-tls-intercepted-fix-1 = { $smtp_host } と { $login_host } のインスペクション除外を依頼します（Microsoft は Microsoft 365 の通信をインスペクションしないよう推奨しています）。
class-tls-intercepted-fix-2 = または、ポリシーでインスペクションが必須なら、インスペクション CA をクライアントの信頼ストアにインポートします（`smtp-oauth certs --out DIR` で書き出せます）。
class-hostname-mismatch-when = 証明書が、接続したホスト名を含んでいません。
class-hostname-mismatch-cause-1 = ホストが、証明書に記載のないエイリアスや IP アドレスです（アドレスや独自の CNAME ではなく smtp.office365.com を使います）。
class-hostname-mismatch-cause-2 = そのアドレスでは別のもの（プロキシ、別のサーバー）が応答しています。
class-hostname-mismatch-fix-1 = 証明書に含まれる名前で接続します: `--smtp-host { $cert_name }`。名前（SAN）は `smtp-oauth certs` で一覧できます。
class-certificate-expired-when = チェーン内の証明書が有効期間外です。
class-certificate-expired-cause-1 = ローカルの時計がずれています（大きくずれた日付では、有効な証明書が期限切れに見えます）。
class-certificate-expired-cause-2 = 中間装置が古い証明書を提示しています。
class-certificate-expired-fix-1 = `date -u` を確認します。どの証明書か、その日付は `smtp-oauth certs` で分かります。
class-tls-handshake-failed-when = TLS ハンドシェイクが別の理由で失敗しました（アラート、ハンドシェイク中のリセット、共通の暗号スイートがない）。
class-tls-handshake-failed-cause-1 = 中間装置がハンドシェイクを妨げています。
class-tls-handshake-failed-cause-2 = サーバーがこのポートで TLS を話していません。
class-tls-handshake-failed-fix-1 = `smtp-oauth certs -v` でハンドシェイクの記録を表示し、別のネットワークでの結果と比べます。
class-protocol-error-when = サーバーがプロトコルに違反しました: 不正なデータ、サイズ上限を超える行や応答、途中での切断、予期しない応答。
class-protocol-error-cause-1 = そのポートで SMTP サーバー以外のもの（HTTP サーバー、プロキシ、ハニーポット）が応答しています。
class-protocol-error-cause-2 = 中間装置がセッションを切断または書き換えています。
class-protocol-error-fix-1 = ホストとポートを確認し（`smtp-oauth config show`）、`-v` で生のやり取りを確認します。
class-mailbox-not-found-when = メールボックス { $mailbox } が存在しないか、無効になっているか、Exchange Online のライセンスがありません。
class-mailbox-not-found-cause-1 = メールボックスのアドレスの入力ミスです。
class-mailbox-not-found-cause-2 = ユーザーは存在しますが、Exchange Online を含むライセンスがないため、メールボックスがありません。
class-mailbox-not-found-cause-3 = アカウントのサインインがブロックされています。
class-mailbox-not-found-fix-1 = Microsoft 365 管理センター › ユーザー › アクティブなユーザー でアドレスを確認します。
class-mailbox-not-found-fix-2 = Exchange Online を含むライセンスを割り当て（または共有メールボックスを使い）、メール アプリで「認証済み SMTP」を許可します。
class-client-platform-unsupported-when = 対象のクライアントのリリースが、Exchange Online での OAuth SMTP に対応した最初のリリース（Cisco ISE 3.2 Patch 8、3.3 Patch 8、3.4 Patch 4、3.5 Patch 1）より古いものです。
class-client-platform-unsupported-cause-1 = アプライアンスのリリースに "MS Exchange Online OAuth" 認証オプションがありません。
class-client-platform-unsupported-fix-1 = Cisco ISE を 3.2 P8、3.3 P8、3.4 P4、3.5 P1 以降に更新するか、OAuth に対応したホストを中継に使います。
class-token-request-refused-when = Entra ID が、このツールに専用の分類がない AADSTS コードでトークン要求を拒否しました。Microsoft のコード、テキスト、トレース ID と相関 ID は、変更せずに証拠に含めています: 原因は推測ではなく、それらが示すとおりです。
class-token-request-refused-cause-1 = 証拠にある AADSTS コードが意味するもの: その横にある Microsoft のテキストが Microsoft 自身の言葉で説明しています。
class-token-request-refused-fix-1 = Microsoft のエラー ページでコードを調べます: https://login.microsoftonline.com/error?code=<number>（証拠の `lookup` がこのコードのリンクです）。
class-token-request-refused-fix-2 = 証拠のトレース ID と相関 ID を控えておきます: Microsoft サポートから求められます。
class-smtp-transient-when = Exchange が、ほかの分類に当てはまらない正しい形式の 4xx 応答を返しました: 一時的な状態で、Exchange は後で再試行するよう求めています。応答とその角かっこ部分は証拠にあります。
class-smtp-transient-cause-1 = Exchange Online のフロントエンドまたはメールボックス サーバーの一時的な状態（PRX… や STOREDRV のテキストがコンポーネントを示します）。
class-smtp-transient-cause-2 = アプリやメールボックスへの変更がまだ反映中です。
class-smtp-transient-fix-1 = 数分後に再試行します: `smtp-oauth diagnose --wait 30m` は間隔を空けながら再試行します。
class-smtp-transient-fix-2 = 続く場合は、証拠の応答と角かっこ部分を Microsoft サポートに伝えます。
class-smtp-rejected-when = Exchange が、ほかの分類に当てはまらない正しい形式の 5xx 応答でコマンドを拒否しました。応答とその角かっこ部分は証拠にあり、その拡張ステータス コードとテキストが理由を示します。
class-smtp-rejected-cause-1 = 応答が示すとおりです: 証拠にある Exchange の拡張ステータス コード（5.x.y）とテキストが理由を示します。
class-smtp-rejected-fix-1 = 拡張ステータス コードを Microsoft の NDR リファレンスで調べます: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
class-smtp-rejected-fix-2 = 証拠の応答と角かっこ部分を Microsoft サポートに伝えます。
class-smtp-throttled-when = Exchange が送信者を調整しました: メールボックスの同時接続数やメッセージ数が多すぎるか、送信クォータを使い切っています。
class-smtp-throttled-cause-1 = メールボックス { $mailbox } への同時 SMTP 接続が 3 を超えています（Exchange Online のメールボックスごとの上限）。
class-smtp-throttled-cause-2 = { $mailbox } から 1 分あたり 30 通を超えるメッセージ、または 1 日の受信者数の上限。
class-smtp-throttled-cause-3 = 複数のアプライアンスやジョブが 1 つの送信用メールボックスを共有しています。
class-smtp-throttled-fix-1 = { $mailbox } から同時に送る量を減らします: 接続は 3 まで、メッセージは 1 分あたり 30 通まで。4xx ではキューに入れて再試行します。
class-smtp-throttled-fix-2 = 送信の多い送信者にはそれぞれ専用のメールボックスを用意するか、大量メールを High Volume Email や Graph の sendMail に移します。
class-mailbox-logon-failed-when = AUTH は成功しましたが、Exchange がアプリとしてメッセージを送信するためにメールボックス { $mailbox } を開けませんでした（`430 4.2.0 STOREDRV; mailbox logon failure`）。
class-mailbox-logon-failed-cause-1 = サービス プリンシパルに { $mailbox } の FullAccess がありません（または付与したばかりで、まだ反映されていません）。
class-mailbox-logon-failed-cause-2 = サービス プリンシパルがアプリの登録のオブジェクト ID で登録されているため、FullAccess の付与が別のオブジェクトに対して行われています。
class-mailbox-logon-failed-cause-3 = メールボックス サーバーの一時的な状態です（テキストに TransientException とあります）: 再試行でうまくいくことがあります。
class-mailbox-logon-failed-fix-1 = Get-MailboxPermission -Identity { $mailbox } -User { $object_id }   （なし → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess）
class-mailbox-logon-failed-fix-2 = `smtp-oauth prereqs` は管理 API でサービス プリンシパルと FullAccess を確認します。`smtp-oauth diagnose --wait 30m` は変更の反映を待つ間、再試行します。
class-message-too-large-when = メッセージが、{ $mailbox } に対して Exchange が受け付けるサイズを超えています。
class-message-too-large-cause-1 = 添付ファイルにより、メッセージがメールボックスの MaxSendSize（Exchange Online の既定は 35 MB。base64 で 3 分の 1 増えます）を超えています。
class-message-too-large-fix-1 = 小さなメッセージを送るか、上限を上げます: Set-Mailbox -Identity { $mailbox } -MaxSendSize 35MB
class-smtp-not-authenticated-when = セッションが認証されていないため、Exchange が MAIL または DATA を拒否しました（`530 5.7.57 Client not authenticated to send mail`）。
class-smtp-not-authenticated-cause-1 = クライアントが AUTH を送っていません（SMTP 設定で認証がオフになっているか、匿名での送信に切り替わりました）。
class-smtp-not-authenticated-cause-2 = セッションの前の段階で AUTH に失敗したのに、クライアントが送信を続けました。
class-smtp-not-authenticated-fix-1 = クライアントで認証をオンにして方式に OAuth（XOAUTH2）を選び、ログで AUTH の行とその応答を確認します。
class-smtp-not-authenticated-fix-2 = `smtp-oauth test-connection -v` は、AUTH を含む正しいセッションの様子を表示します。
class-basic-auth-retired-when = Exchange Online が SMTP 送信の基本認証（ユーザー名とパスワード）を拒否しました: `550 5.7.30 Basic authentication is not supported for Client Submission.` クライアントは OAuth（XOAUTH2）を使う必要があります。
class-basic-auth-retired-cause-1 = クライアントがまだユーザー名とパスワード（AUTH LOGIN または PLAIN）でサインインしています。Microsoft の予定（Exchange チーム、2026 年 1 月）: SMTP AUTH の基本認証は、既存テナントでは 2026 年 12 月末に既定で無効になり（当面は管理者が再び有効にできます）、新しいテナントでは 2026 年 12 月以降使えなくなり、最終的な廃止日は 2027 年後半に Microsoft が発表します。
class-basic-auth-retired-fix-1 = クライアントを OAuth 2.0 クライアント資格情報（XOAUTH2）に切り替えます: `smtp-oauth setup` がアプリの登録、Exchange のサービス プリンシパル、FullAccess を順に設定してテストします（Cisco ISE の欄には `--target ise`）。
class-basic-auth-retired-fix-2 = まだ基本認証を使っているクライアントを探します: Exchange 管理センター › レポート › メール フロー › SMTP AUTH クライアント送信レポート（「認証プロトコル」列）。
class-mailbox-outside-rbac-scope-when = アプリは Exchange のアプリケーション向け RBAC（`Application SMTP.SendAsApp` の管理ロールの割り当て）を使っていますが、メールボックス { $mailbox } が割り当てのスコープに入っていません: Exchange はこのメールボックスの AUTH を拒否します。
class-mailbox-outside-rbac-scope-cause-1 = メールボックスが、管理スコープの RecipientRestrictionFilter が指定するグループのメンバーではありません。
class-mailbox-outside-rbac-scope-cause-2 = スコープまたはそのグループが 2 時間以内に変更されました（ロールの割り当ては 30 分から 2 時間キャッシュされます）。
class-mailbox-outside-rbac-scope-fix-1 = { $mailbox } をスコープのフィルター対象のグループに追加するか、スコープを広げます: Get-ManagementScope | fl Name,RecipientRestrictionFilter
class-mailbox-outside-rbac-scope-fix-2 = 確認: Test-ServicePrincipalAuthorization -Identity { $object_id } -Resource { $mailbox }   （InScope が True である必要があります）
class-rbac-mixed-permissions-when = アプリに、アプリケーション向け RBAC のロールの割り当てと、SMTP.SendAsApp の API のアクセス許可の両方があります。Microsoft: "Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions"。トークンにロールがあると、Exchange は再び { $mailbox } の FullAccess を求めます。
class-rbac-mixed-permissions-cause-1 = アプリを最初に従来の方法（API のアクセス許可）で設定し、あとからアプリケーション向け RBAC を追加した（またはその逆）。
class-rbac-mixed-permissions-fix-1 = アプリケーション向け RBAC だけにする場合: SMTP.SendAsApp の API のアクセス許可（アプリの登録 › API のアクセス許可）とその管理者の同意を削除します。
class-rbac-mixed-permissions-fix-2 = または従来の設定を残します: Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-login-host-unreachable-when = ログイン ホスト { $login_host }（トークン エンドポイント、テナントの検出）への HTTPS 接続がタイムアウトしたか、拒否されました。
class-login-host-unreachable-cause-1 = 送信方向のファイアウォールが、Microsoft のログイン ホストへの HTTPS（TCP 443）をブロックしています。
class-login-host-unreachable-cause-2 = このネットワークは HTTP プロキシ経由でしかインターネットに出られないのに、トークン要求にプロキシが設定されていません。
class-login-host-unreachable-cause-3 = 機関（authority）またはトークン エンドポイントが違い（別のホストやポート）、そこでは何も応答しません。
class-login-host-unreachable-fix-1 = { $login_host } への送信方向の HTTPS（TCP 443）を許可します（Microsoft がエンドポイントを公開しています: https://aka.ms/o365endpoints）。
class-login-host-unreachable-fix-2 = プロキシの内側では: トークン要求のために HTTPS_PROXY=http://{ $proxy_host }（または --proxy）を設定します。
class-login-host-unreachable-fix-3 = エンドポイントとその出所を確認します: `smtp-oauth config show`（token_endpoint、authority）。
class-credential-change-failed-when = Microsoft Graph が、アプリの登録の資格情報への変更（addPassword、removePassword、addKey、removeKey）を行わなかったか、新しい資格情報がテストに失敗して取り消されました。
class-credential-change-failed-cause-1 = 管理者アクセスに権限がありません: 管理用アプリには Application.ReadWrite.OwnedBy とアプリの所有者であること（または Application.ReadWrite.All）が、サインインする人にはアプリケーション管理者かクラウド アプリケーション管理者のロール、またはアプリの所有者であることが必要です。
class-credential-change-failed-cause-2 = テナントのアプリ管理ポリシーが、資格情報の有効期間を制限しているか、クライアント シークレットを禁止しています（Graph のメッセージにそう書かれています）。
class-credential-change-failed-cause-3 = 新しい資格情報がまだすべての Entra リージョンに届いていない（数分）か、古い資格情報と共通の理由で設定が失敗しています: テスト自体のチェックがどれかを示します。
class-credential-change-failed-fix-1 = 管理用アプリに Application.ReadWrite.OwnedBy（Graph、アプリケーションの許可、管理者の同意）を付与し、アプリの所有者に追加します: アプリの登録 › { $client_id } › 所有者。または、アプリケーション管理者として `--admin device-code` で実行します。
class-credential-change-failed-fix-2 = ポリシーで有効期間が制限されている場合は、短い期間（`--days`）を指定します。
class-credential-change-failed-fix-3 = 現在の資格情報で `smtp-oauth diagnose` を実行してほかに失敗するものを確認し、それを直してから、もう一度更新します。
class-truststore-missing-ca-when = クライアント自身の信頼ストア（アプライアンスの信頼された証明書、Java のキーストア、PEM バンドル）が、Microsoft のサーバーが提示するチェーンを固定していないか、そのルートのコピーが期限切れです。このマシンはチェーンを信頼していても、クライアントは信頼しません（Java: "unable to find valid certification path to requested target"）。
class-truststore-missing-ca-cause-1 = Microsoft がエンドポイントを、ストアにないルートの下のチェーンに移しました: 2026 年に Exchange Online は DigiCert Global Root G2 に移行しました（MC1224565）。
class-truststore-missing-ca-cause-2 = ストアにあるのはルートの古いコピー（期限切れ）か、以前のチェーンの中間 CA だけです。
class-truststore-missing-ca-cause-3 = TLS インスペクション プロキシが、ストアにない CA で通信を再署名しています。
class-truststore-missing-ca-fix-1 = チェックで名前の挙がった足りないファイル（`smtp-oauth certs --check-truststore STORE --out DIR` で書き出せます）を、クライアントの信頼ストアにインポートします。
class-truststore-missing-ca-fix-2 = Cisco ISE: Administration › System › Certificates › Trusted Certificates › Import で、"Trust for authentication within ISE" と "Trust for client authentication and Syslog" をオンにします。
class-truststore-missing-ca-fix-3 = Java: `keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`。
class-truststore-ca-expiring-when = Microsoft のチェーンを固定している、クライアントの信頼ストア内の証明書が 60 日以内に期限切れになります（30 日以内ではより強く警告します）。その日にクライアントはサーバーを信頼しなくなります。
class-truststore-ca-expiring-cause-1 = アプライアンスの信頼ストアは、ファームウェアと一緒には更新されません。
class-truststore-ca-expiring-fix-1 = 古いものが期限切れになる前に、その CA の現在の証明書（チェックが名前と入手先を示します）をインポートします。

## Check summaries of failures, warnings and skips

verbatim = { $text }
list-semicolon = { $a }、{ $b }
tenant-named = テナント { $tenant }
tenant-domain-named = { $domain }（テナント { $tenant }）
credential-secret = シークレット「{ $name }」
credential-certificate = 証明書 { $thumbprint }
mailbox-with-upn = { $mailbox }（UPN は { $upn }）
scope-organisation = 組織全体
roles-none = ロールなし
roles-none-rbac = ロールなし（アプリケーション向け RBAC）
rbac-has-assignment = Exchange にロールの割り当て { $assignment } があります
rbac-auth-accepted = Exchange はそれなしで AUTH を受け付けました
changed-grant = SMTP.SendAsApp の付与
changed-check = { $check }
changed-ago = { $what } は { $minutes } 分前に変更されました
narrowed-token-wrong = トークン自体が誤っています: 上の { $class } を参照してください
narrowed-found-by = { $summary }（チェック「{ $check }」で判明）
narrowed-exchange-side = トークンは正しい（対象、ロール）ため、原因はおそらく Exchange 側にあります — サービス プリンシパル（エンタープライズ アプリのオブジェクト ID での New-ServicePrincipal）、メールボックスの FullAccess、またはまだ反映されていない変更です。管理者アクセス付きの `smtp-oauth prereqs` でどれかが分かります
skip-plain = スキップしました
skip-skipped = スキップしました: { $why }
skip-could-not-check = 確認できませんでした: { $why }
skip-check-failed = スキップしました:「{ $check }」が失敗しました
skip-no-token = スキップしました: トークンがありません
skip-no-auth-reached = スキップしました: SMTP セッションが AUTH まで進みませんでした
skip-auth-failed = スキップしました: AUTH に失敗しました
skip-not-sent = 送信していません: テスト メッセージを送るには --to ADDRESS を指定します
skip-certificate-not-secret = シークレットではなく証明書を使っています
skip-federated-not-secret = シークレットではなくフェデレーション トークンを使っています
skip-no-expiry-date = 有効期限が不明です: secret-expires を設定してください（アプリの登録 › 証明書とシークレット › 有効期限）
skip-no-admin = 管理者アクセスがありません（--admin app|device-code|token）。代わりに PowerShell で: { $commands }
skip-app-not-found = スキップしました: アプリ { $client_id } が見つかりませんでした
skip-app-not-readable = スキップしました: ここではアプリの登録を読み取れません（別のテナントのアプリ?）
skip-no-enterprise-app = スキップしました: アプリが見つかりませんでした（このテナントに { $client_id } のエンタープライズ アプリケーションがありません）
skip-no-sp-for-oid = 確認できませんでした: Exchange はオブジェクト ID { $oid } のサービス プリンシパルを認識していません（「{ $check }」を参照）
skip-object-id-unknown = スキップしました: エンタープライズ アプリのオブジェクト ID が不明です（Graph を読み取れませんでした）
skip-rbac-no-full-access = スキップしました: アプリケーション向け RBAC に FullAccess は不要です。ロールの割り当てがありません（「SMTP.SendAsApp の付与」を参照）
skip-rbac-scope-unknown = { $mailbox } がロールの割り当て { $assignment } のスコープ内かどうか分かりませんでした: Exchange の応答に InScope がありません
skip-smtp-auth-unknown = 判断できませんでした: Exchange の応答に SmtpClientAuthenticationDisabled がありません
skip-sp-no-object-id = 判断できませんでした: Exchange にはアプリ { $client_id } のサービス プリンシパルがありますが、応答に ObjectId がありません
summary-secret-is-guid = 設定されたシークレットは GUID です: シークレットの値ではなく ID です（送信していません）
summary-secret-expired = { $date } に期限切れ（{ $days } 日前）
summary-secret-expires-soon = まもなく期限切れ: { $date }（残り { $days } 日）
summary-tenant-other-cloud = { $named } は { $cloud } クラウドにありますが、設定は { $configured } です: --cloud { $cloud } を設定してください
summary-token-undecodable = トークンをデコードできません: { $why }
summary-token-expired = トークンは { $minutes } 分前に期限切れになりました。トークンの有効期間は約 1 時間です
summary-token-rbac = ロールのないアプリ専用トークン: アプリケーション向け RBAC（{ $why }）
summary-clock-skew = このマシンの時計はトークン サーバーより { $minutes } 分{ $direction ->
    [ahead] 進んでいます
   *[behind] 遅れています
}
summary-audience-other-name = トークンの対象は { $aud } で、Exchange Online の別名です: Microsoft が SMTP 用に記載しているのは { $exchange } です。SMTP がこれを受け付けるかは不明です（AUTH で決まります）
summary-audience-wrong = トークンの対象は { $aud } で、Exchange Online（{ $exchange }）ではありません
summary-no-send-as-app-role = アプリ専用トークン（{ $roles }）: SMTP.SendAsApp が付与されていません（または管理者の同意がありません）
summary-delegated = { $upn } の委任トークン（SMTP.Send あり）
summary-delegated-no-scope = SMTP.Send スコープのない委任（ユーザー）トークンです
summary-dns-failed = { $host } の名前解決ができません: { $why }
summary-dns-timeout = タイムアウト以内に { $host } の DNS 応答がありません
summary-tcp-refused = { $host }:{ $port } が接続を拒否しました
summary-tcp-timeout = { $seconds } 秒以内に { $host }:{ $port } へ TCP 接続できませんでした（{ $why }）
summary-no-greeting = 接続しましたが、{ $seconds } 秒以内にグリーティングがありません: プロキシ経由のみのネットワークや、通信を捨てる中間装置でよく起きる "connect timed out" です
summary-session-refused = サーバーがセッションを拒否しました: { $reply }
summary-broke-sending-ehlo = { $tls ->
    [yes] TLS 上で EHLO
   *[no] EHLO
} の送信中に接続が切れました
summary-ehlo-refused = { $tls ->
    [yes] TLS 上の EHLO
   *[no] EHLO
} が拒否されました: { $reply }
summary-broke-sending-starttls = STARTTLS の送信中に接続が切れました
summary-starttls-refused = STARTTLS が拒否されました: { $reply }
summary-no-starttls = { $host }:{ $port } は STARTTLS を提供していないため、ここでは OAuth を使えません
summary-starttls-masked = STARTTLS があるべき場所に EHLO が { $masked } と示しています: ファイアウォールの ESMTP インスペクションが伏せています
summary-no-auth = STARTTLS のあとに AUTH がありません
summary-no-xoauth2 = サーバーが提供しているのは `{ $auth }` で、XOAUTH2 がありません
summary-no-enterprise-app = このテナントにアプリ { $client_id } のエンタープライズ アプリケーション（サービス プリンシパル）がありません
summary-no-exchange-resource = テナントに Office 365 Exchange Online のサービス プリンシパルがありません
summary-permission-missing = SMTP.SendAsApp（Office 365 Exchange Online、アプリケーションの許可）が管理者の同意付きで付与されていません
summary-no-permission-rbac = SMTP.SendAsApp なし（アプリケーション向け RBAC の求めるとおり）
summary-rbac-assignment = アプリケーション向け RBAC: ロールの割り当て { $assignment }（Application SMTP.SendAsApp、スコープ { $scope }）。API のアクセス許可はなく、それで正しい状態です
summary-rbac-mixed = SMTP.SendAsApp の API のアクセス許可とアプリケーション向け RBAC のロールの割り当て { $assignment } の両方があります: この場合 Exchange は FullAccess も求めます
summary-rbac-no-assignment = アプリケーション向け RBAC が設定されていますが、Exchange にアプリ { $client_id } の Application SMTP.SendAsApp ロールの割り当てがありません
summary-rbac-in-scope = { $mailbox } はロールの割り当て { $assignment } のスコープ { $scope } 内です（アプリケーション向け RBAC に FullAccess は不要）
summary-rbac-out-of-scope = { $mailbox } はロールの割り当て { $assignment } のスコープ { $scope } の外です
summary-no-credential = アプリにシークレットも証明書もありません（使用中のものに一致するもの）
summary-certificate-not-registered = 使用中の証明書（拇印 { $thumbprint }）がアプリの証明書にありません
summary-credential-cleanup = { $local ->
    [none] {""}
   *[other] 。ローカルの証明書の期限は { $local } で、登録済みの鍵の日付と異なります
}{ $expired ->
    [0] {""}
   *[other] 。期限切れの資格情報が { $expired } 件残っています: 削除してください
}
summary-credential-expired = { $name } は { $date } に期限切れになりました
summary-credential-expires = { $name } の有効期限は { $date }（残り { $days } 日）{ $cleanup }
summary-credential-only-one = アプリで唯一有効な資格情報 { $name } の有効期限は { $date }（残り { $days } 日）です: 次のものを今追加してください{ $cleanup }
summary-credential-rotated = Entra では更新済みですが、このクライアントは未更新です: { $newer }（{ $until } まで）のほうが新しく、このクライアントが使う { $name } の有効期限は { $date }（残り { $days } 日）です{ $cleanup }
summary-mailbox-shared = { $mailbox } は共有メールボックスです: ライセンスもサインインも不要です
summary-mailbox-blocked = { $mailbox } はサインインがブロックされています: 共有メールボックスなら問題ありませんが、ユーザー メールボックスには Exchange Online のライセンスが必要です。アプリ専用の SMTP で Exchange が受け付けるかは不明です
summary-mailbox-unlicensed = { $mailbox } にはライセンスがありません: 共有メールボックスなら問題ありませんが、ユーザー メールボックスには Exchange Online のライセンスが必要です。アプリ専用の SMTP で Exchange が受け付けるかは不明です
summary-mailbox-licences-unread = { $mailbox } は存在し、有効です（ライセンスは読み取れませんでした）
summary-no-user = このテナントにユーザー { $mailbox } がありません（UPN にも SMTP アドレスにも該当なし）
summary-no-user-or-mailbox = このテナントにユーザーもメールボックス { $mailbox } もありません（UPN にも SMTP アドレスにも該当なし）
summary-exchange-no-mailbox = Exchange にメールボックス { $mailbox } がありません: { $reply }
summary-sp-missing = Exchange にアプリ { $client_id } のサービス プリンシパルがありません: New-ServicePrincipal が実行されていません
summary-sp-unverified = ObjectId { $registered } で登録されています。それがエンタープライズ アプリのものかは Graph なしでは判断できません
summary-sp-wrong-object-id = ObjectId { $registered } で登録されていますが、エンタープライズ アプリケーションのオブジェクト ID は { $oid } です（アプリの登録のオブジェクト ID が使われたと思われます）
summary-no-full-access = { $mailbox } に対する { $oid } の FullAccess がありません
summary-send-as = { $from } の SendAs あり
summary-no-send-as = { $from } に対する { $oid } の SendAs がありません
summary-smtp-auth-disabled-mailbox = SMTP AUTH は無効です: メールボックスの SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-disabled-org = SMTP AUTH は無効です: メールボックスは組織の SmtpClientAuthenticationDisabled = { $value } を継承しています
summary-propagation-pending = { $changes }: Exchange が変更を適用するまで最大 1 時間かかることがあります
summary-but-auth-accepted = { $summary } — ただしこの実行で Exchange はメールボックスの SMTP AUTH を受け付けたため、送信は止まりません
