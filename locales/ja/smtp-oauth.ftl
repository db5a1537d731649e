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
