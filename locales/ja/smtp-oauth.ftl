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
