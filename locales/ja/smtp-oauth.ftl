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
