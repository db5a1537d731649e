# smtp-oauth의 한국어 메시지(원문: locales/en/smtp-oauth.ftl).
# Microsoft의 응답 문구(SMTP 응답, AADSTS 설명), PowerShell cmdlet 이름, ID, 설정 이름과 플래그는 번역하지 않습니다.

## 사람이 읽는 보고서

report-transcript-title = 대화 기록(AUTH는 가림):
report-handshake-title = 연결과 핸드셰이크:
report-the-cause = 원인:
report-what-to-do = 조치 방법:
report-found = 찾은 원인: { $found }
report-every-cause = ({ $id }의 모든 원인: `smtp-oauth explain { $id }` 또는 -v)
report-cause = 원인: { $cause }
report-most-likely = 가장 가능성 높은 원인: { $cause }
report-more-causes = (다른 원인 { $count }개: -v로 표시)
report-likely-causes = 가능한 원인:
report-summary-failed = 검사 { $count }개 실패
report-summary-warnings = 경고 { $count }개
report-summary-passed = { $count }개 통과
report-summary-skipped = { $count }개 건너뜀
report-list-separator = {", "}
report-sentence-end = .
report-none = (없음)
report-yes = 예
report-no = 아니요
report-warning-suffix = (경고)

## certs

certs-presented-by = { $endpoint }이(가) 제시한 인증서 체인:
certs-leaf = 서버 인증서
certs-intermediate = 중간 CA
certs-root = 루트 CA
certs-days-left = { $days }일 남음
certs-expired-ago = { $days }일 전에 만료됨
certs-exported = 내보낸 파일:

## 검사 이름(검사 ID별)

check-secret-expiry = 클라이언트 암호 만료
check-tenant = 테넌트
check-token = 토큰 요청
check-token-claims = 토큰 클레임
check-dns = DNS
check-tcp = TCP 연결
check-smtp-greeting = SMTP 인사말
check-smtp-ehlo = EHLO
check-smtp-starttls = STARTTLS
check-tls-chain = TLS 핸드셰이크
check-smtp-xoauth2 = XOAUTH2 제공
check-smtp-auth = SMTP AUTH XOAUTH2
check-prereq-enterprise-app = 엔터프라이즈 애플리케이션
check-prereq-permission = SMTP.SendAsApp 부여
check-prereq-credentials = 앱 자격 증명
check-prereq-exchange-sp = Exchange 서비스 주체
check-prereq-mailbox = 사서함
check-prereq-mailbox-permission = 사서함의 FullAccess
check-prereq-send-as = 보낸 사람 주소의 SendAs
check-prereq-smtp-auth = SMTP AUTH 사용
check-prereq-propagation = 변경 내용 반영
check-smtp-send = 테스트 메시지 보내기
check-truststore = 클라이언트 신뢰 저장소

## 실패 클래스 이름(클래스 ID별)

class-network-timeout = 연결 시간 초과
class-connection-refused = 연결이 거부됨
class-dns-failure = 호스트 이름을 확인할 수 없음
class-proxy-auth-required = 프록시에서 인증을 요구함
class-proxy-unreachable = 프록시에 연결할 수 없음
class-login-host-unreachable = 로그인 호스트에 연결할 수 없음
class-tls-version-rejected = TLS 버전이 거부됨
class-untrusted-certificate = 인증서 체인을 신뢰할 수 없음
class-tls-intercepted = TLS 가로채기(검사)가 감지됨
class-hostname-mismatch = 인증서가 호스트와 일치하지 않음
class-certificate-expired = 인증서가 만료되었거나 아직 유효하지 않음
class-tls-handshake-failed = TLS 핸드셰이크 실패
class-truststore-missing-ca = 클라이언트 신뢰 저장소에 Microsoft 체인의 CA가 없음
class-truststore-ca-expiring = 신뢰 저장소의 Microsoft 체인 앵커가 곧 만료됨
class-invalid-tenant = 알 수 없는 테넌트
class-app-not-found = 테넌트에 애플리케이션이 없음
class-invalid-client-secret = 클라이언트 암호가 거부됨
class-federated-credential-mismatch = 페더레이션 자격 증명이 토큰과 일치하지 않음
class-secret-id-not-value = 암호 값 대신 암호 ID를 사용함
class-secret-expired = 클라이언트 암호가 만료됨
class-secret-expiring = 클라이언트 암호가 곧 만료됨
class-secret-rotated = Entra에서 클라이언트 암호가 교체되었으나 이 클라이언트에는 반영되지 않음
class-invalid-scope = 잘못된 범위
class-exchange-resource-missing = 테넌트에 Exchange Online 리소스가 없음
class-app-disabled = 애플리케이션이 사용 중지됨
class-conditional-access-blocked = 조건부 액세스로 차단됨
class-invalid-client-assertion = 인증서 자격 증명이 수락되지 않음
class-clock-skew = 시계 차이
class-token-service-error = 토큰 서비스를 사용할 수 없음
class-token-request-refused = 토큰 요청이 거부됨(Microsoft 코드 참조)
class-credential-change-failed = 자격 증명 변경이 완료되지 않음
class-wrong-audience = 토큰의 대상(audience)이 잘못됨
class-permission-not-granted = SMTP.SendAsApp이 부여되지 않음
class-auth-rejected = 인증 거부(535 5.7.3)
class-smtp-auth-disabled = SMTP AUTH가 사용 안 함으로 설정됨
class-security-defaults = 보안 기본값 또는 정책으로 차단됨
class-send-as-denied = SendAs가 거부됨
class-starttls-stripped = 중간 장비가 STARTTLS를 제거함
class-starttls-unavailable = STARTTLS가 제공되지 않음
class-xoauth2-unavailable = XOAUTH2가 제공되지 않음
class-protocol-error = 프로토콜 오류
class-smtp-transient = Exchange가 나중에 다시 시도하라고 응답함
class-smtp-rejected = Exchange가 명령을 거부함
class-smtp-throttled = Exchange가 보낸 사람을 제한함
class-message-too-large = 메시지가 너무 큼
class-smtp-not-authenticated = 보내기 위한 인증이 되지 않음
class-basic-auth-retired = SMTP 기본 인증이 폐지됨
class-service-principal-missing = Exchange 서비스 주체가 없음
class-service-principal-wrong-object-id = 서비스 주체가 잘못된 개체 ID로 등록됨
class-mailbox-permission-missing = 사서함에 FullAccess가 없음
class-mailbox-not-found = 사서함이 없거나 라이선스가 없음
class-propagation-pending = 변경 내용이 아직 반영되지 않음
class-mailbox-logon-failed = Exchange가 사서함을 열 수 없음
class-mailbox-outside-rbac-scope = 사서함이 RBAC 범위 밖에 있음
class-rbac-mixed-permissions = 애플리케이션용 RBAC와 API 권한이 섞여 있음
class-client-platform-unsupported = 클라이언트 릴리스가 OAuth SMTP를 지원하지 않음

## 카탈로그 영역과 explain

area-network = 네트워크와 프록시
area-tls = TLS와 인증서
area-token = 토큰 엔드포인트(Entra ID)
area-claims = 토큰 내용
area-smtp = SMTP 세션
area-exchange = Exchange 필수 구성 요소
area-client = 클라이언트 플랫폼
explain-count = 실패 클래스 { $count }개. `smtp-oauth explain ID`는 원인과 조치 방법을 사용자의 값으로 보여 줍니다.

## 실패 클래스 설명(클래스 ID별)

class-invalid-client-secret-when = AADSTS7000215(`invalid_client`, HTTP 401): Entra에서 클라이언트 암호를 거부했습니다. Cisco의 ISE용 SMTP OAuth 가이드에서는 이를 "Invalid client secret"이라고 합니다.
class-invalid-client-secret-cause-1 = 암호의 값 대신 암호 ID를 사용했습니다(포털에는 둘 다 표시되지만 값은 만든 직후 한 번만 표시됨).
class-invalid-client-secret-cause-2 = 복사할 때 값이 잘리거나 손상되었습니다(암호에는 ~ . _ - 가 들어 있음).
class-invalid-client-secret-cause-3 = 암호가 다른 앱 등록의 것입니다.
class-invalid-client-secret-fix-1 = Microsoft Entra 관리 센터 › 앱 등록 › 해당 앱({ $client_id }) › 인증서 및 암호 › 새 클라이언트 암호. 값 열을 바로 복사합니다.
class-invalid-client-secret-fix-2 = 저장: `smtp-oauth config set-secret`(입력 내용이 표시되지 않음). 그다음 만료 날짜를 기록합니다: `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-auth-rejected-when = Exchange가 AUTH XOAUTH2에 `535 5.7.3 Authentication unsuccessful`로 응답했습니다. Exchange는 잘못된 토큰, 역할 누락, 서비스 주체의 누락 또는 잘못된 등록, 사서함 권한 누락, 아직 반영되지 않은 변경에 모두 같은 응답을 보냅니다. Cisco의 ISE용 SMTP OAuth 가이드에서는 이를 "Invalid email address"라고 합니다.
class-auth-rejected-cause-1 = 앱의 Exchange 서비스 주체가 없습니다(New-ServicePrincipal을 실행하지 않음).
class-auth-rejected-cause-2 = 서비스 주체가 엔터프라이즈 애플리케이션의 개체 ID가 아니라 앱 등록의 개체 ID로 등록되었습니다.
class-auth-rejected-cause-3 = { $mailbox }에 대한 서비스 주체의 FullAccess가 없습니다.
class-auth-rejected-cause-4 = 토큰에 SMTP.SendAsApp이 없거나 대상(audience)이 잘못되었습니다.
class-auth-rejected-cause-5 = 변경한 지 1시간이 지나지 않아 아직 반영되지 않았습니다.
class-auth-rejected-cause-6 = XOAUTH2 문자열의 `user=`가 권한을 부여한 사서함이 아닙니다.
class-auth-rejected-fix-1 = Connect-ExchangeOnline 후: Get-ServicePrincipal -Identity { $object_id }   (결과 없음 → New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id })
class-auth-rejected-fix-2 = Get-MailboxPermission -Identity { $mailbox } | where User -like '*{ $object_id }*'   (없음 → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-auth-rejected-fix-3 = ObjectId는 앱 등록 페이지의 값이 아니라 엔터프라이즈 애플리케이션의 개체 ID({ $object_id }, 앱 자체 토큰의 `oid`)여야 합니다.
class-auth-rejected-fix-4 = `smtp-oauth prereqs`는 관리 API로 이 모든 것을 확인하고, `smtp-oauth diagnose --wait 30m`은 변경이 반영될 때까지 다시 시도합니다.
class-smtp-auth-disabled-when = Exchange가 `535 5.7.139 … SmtpClientAuthentication is disabled for the Tenant/Mailbox`로 응답했거나, 관리 API에서 { $mailbox }의 SMTP AUTH가 사용 안 함으로 표시됩니다.
class-smtp-auth-disabled-cause-1 = 조직 전체에서 SMTP AUTH가 꺼져 있고(Set-TransportConfig -SmtpClientAuthenticationDisabled $true, 2020년 1월 이후 만든 테넌트의 기본값) 사서함에서 이를 재정의하지 않았습니다.
class-smtp-auth-disabled-cause-2 = 이 사서함에서 SMTP AUTH가 꺼져 있습니다(Set-CASMailbox … -SmtpClientAuthenticationDisabled $true).
class-smtp-auth-disabled-fix-1 = 이 사서함에서만 사용하도록 설정합니다(사서함 값이 조직 값보다 우선함): Set-CASMailbox -Identity { $mailbox } -SmtpClientAuthenticationDisabled $false
class-smtp-auth-disabled-fix-2 = 또는 Microsoft 365 관리 센터 › 사용자 › { $mailbox } › 메일 › 전자 메일 앱 관리 › 인증된 SMTP를 선택합니다.
class-smtp-auth-disabled-fix-3 = 실제 적용 값 확인: Get-CASMailbox -Identity { $mailbox } | fl SmtpClientAuthenticationDisabled; Get-TransportConfig | fl SmtpClientAuthenticationDisabled
class-service-principal-missing-when = Exchange에 앱 { $client_id }의 서비스 주체가 없습니다(Get-ServicePrincipal로 찾을 수 없음).
class-service-principal-missing-cause-1 = New-ServicePrincipal을 실행하지 않았습니다. Exchange에는 Entra 권한만으로는 충분하지 않습니다.
class-service-principal-missing-fix-1 = Connect-ExchangeOnline 후: New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-missing-fix-2 = ObjectId는 엔터프라이즈 애플리케이션의 개체 ID입니다(Microsoft Entra 관리 센터 › 엔터프라이즈 애플리케이션 › 해당 앱 › 개요). 여기서는 { $object_id }입니다.
class-service-principal-missing-fix-3 = 또는: `smtp-oauth prereqs --fix`.
class-service-principal-wrong-object-id-when = 앱 { $client_id }의 Exchange 서비스 주체가 엔터프라이즈 애플리케이션의 개체 ID({ $object_id })가 아닌 ObjectId로 등록되어 있습니다. 대개 앱 등록의 개체 ID입니다.
class-service-principal-wrong-object-id-cause-1 = 앱 등록 페이지의 개체 ID를 사용했습니다. Exchange에는 엔터프라이즈 애플리케이션 페이지의 개체 ID(앱 토큰의 `oid`)가 필요합니다.
class-service-principal-wrong-object-id-fix-1 = Remove-ServicePrincipal -Identity <잘못된 개체 ID>
class-service-principal-wrong-object-id-fix-2 = New-ServicePrincipal -AppId { $client_id } -ObjectId { $object_id }
class-service-principal-wrong-object-id-fix-3 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess   (권한이 이전 주체에 부여되어 있었음)
class-service-principal-wrong-object-id-fix-4 = 또는: `smtp-oauth prereqs --fix`.
class-mailbox-permission-missing-when = 서비스 주체에 { $mailbox }에 대한 FullAccess가 없습니다.
class-mailbox-permission-missing-cause-1 = Add-MailboxPermission을 실행하지 않았거나, 다른 사서함에 대해 실행했거나, 나중에 다시 만든 주체에 대해 실행했습니다.
class-mailbox-permission-missing-fix-1 = Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-mailbox-permission-missing-fix-2 = 또는: `smtp-oauth prereqs --fix`.

## explain ID

explain-recognised-by = 판별 근거:
explain-causes = 가능한 원인(가능성이 높은 순):
explain-fix = 해결 방법:
explain-see = 참고:

## 검사 요약

summary-secret-expires = { $date }에 만료({ $days }일 남음)
summary-token-issued = 토큰 발급됨, { $minutes }분 동안 유효
summary-token-claims = { $audience }용 앱 전용 토큰, { $roles }, 엔터프라이즈 앱 개체 ID { $oid }
summary-dns-address = { $address }은(는) 주소이므로 조회하지 않음
summary-tcp-connected = { $address }에 연결됨
summary-ehlo-capabilities = 기능 { $count }개
summary-tls-verified = { $version }, 인증서 { $count }개 체인 확인됨
summary-permission-granted = Office 365 Exchange Online의 SMTP.SendAsApp, 관리자 동의 부여됨
summary-mailbox-ok = { $mailbox }이(가) 있으며 사용 가능하고 라이선스가 있음
summary-exchange-sp-registered = 엔터프라이즈 앱 개체 ID { $oid }(으)로 등록됨
summary-full-access = 서비스 주체에 { $mailbox }에 대한 FullAccess가 있음
summary-propagated = 지난 1시간 동안 변경된 필수 구성 요소 없음
summary-tenant-cloud = 테넌트 { $tenant }, { $cloud } 클라우드
summary-domain-tenant-cloud = { $domain }은(는) 테넌트 { $tenant }, { $cloud } 클라우드
summary-enterprise-app = 엔터프라이즈 앱 개체 ID { $oid }, Exchange에 필요한 값입니다(앱 등록의 개체 ID { $app_oid }는 다른 값임)
summary-smtp-auth-enabled-mailbox = SMTP AUTH 사용: 사서함의 SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-enabled-org = SMTP AUTH 사용: 사서함이 조직의 SmtpClientAuthenticationDisabled = { $value }를 상속함

class-secret-id-not-value-when = 설정된 클라이언트 암호가 암호 값이 아니라 암호 ID(GUID) 형태입니다. 보내기 전에 발견했으며, Entra는 AADSTS7000215로 응답할 것입니다.
class-secret-id-not-value-cause-1 = 인증서 및 암호에서 값 열 대신 비밀 ID 열을 복사했습니다.
class-secret-id-not-value-fix-1 = 값은 한 번만 표시됩니다. 새 암호를 만들고(앱 등록 › { $client_id } › 인증서 및 암호 › 새 클라이언트 암호) 그 값을 복사합니다.
class-secret-id-not-value-fix-2 = `smtp-oauth config set-secret`으로 저장합니다.
class-secret-expired-when = AADSTS7000222: 클라이언트 암호가 만료되었거나 설정된 만료 날짜({ $secret_expires })가 지났습니다.
class-secret-expired-cause-1 = 클라이언트 암호는 최대 24개월 동안만 유효한데, 아무도 제때 교체하지 않았습니다.
class-secret-expired-fix-1 = 관리자 액세스가 있으면 `smtp-oauth secret rotate --admin device-code`가 새 암호를 추가하고 테스트하고 저장한 뒤, 확인하면 이전 암호를 제거합니다.
class-secret-expired-fix-2 = 직접 하려면: 앱 등록 › { $client_id } › 인증서 및 암호 › 새 클라이언트 암호에서 값을 복사하고, 저장하고(`smtp-oauth config set-secret`) 새 만료 날짜를 기록한 뒤(`smtp-oauth config set secret-expires YYYY-MM-DD`), 이 암호를 쓰는 모든 클라이언트를 업데이트합니다.
class-secret-expired-fix-3 = 인증서 자격 증명(--client-cert)을 고려하거나, `smtp-oauth diagnose`를 예약 작업으로 실행하세요. 60일 전에 경고합니다.
class-secret-expiring-when = 클라이언트 암호가 { $secret_expires }에 만료되며, 60일 이내입니다(30일 이내이면 더 강하게 알림). 그날 메일 발송이 멈춥니다.
class-secret-expiring-cause-1 = 암호는 정해진 수명으로 만들어지고 아무도 알림을 받지 않습니다.
class-secret-expiring-fix-1 = 다음 암호를 지금 만드세요: `smtp-oauth secret rotate --admin device-code`가 추가하고 끝까지 테스트하고 장비용으로 한 번만 보여 주며, 확인하면 이전 암호를 제거합니다(직접 하려면: 앱 등록 › { $client_id } › 인증서 및 암호).
class-secret-expiring-fix-2 = 새 날짜를 기록합니다: `smtp-oauth config set secret-expires YYYY-MM-DD`.
class-permission-not-granted-when = 토큰에 `SMTP.SendAsApp` 역할이 없고, 앱이 애플리케이션용 Exchange RBAC로 설정되어 있지도 않습니다.
class-permission-not-granted-cause-1 = API 권한이 없습니다: 앱 등록 › { $client_id } › API 사용 권한에 Office 365 Exchange Online › 애플리케이션 사용 권한 › SMTP.SendAsApp이 없습니다.
class-permission-not-granted-cause-2 = 권한은 추가했지만 관리자 동의를 허용하지 않았습니다.
class-permission-not-granted-cause-3 = 애플리케이션 사용 권한 대신 위임된 권한(SMTP.Send)을 추가했습니다.
class-permission-not-granted-cause-4 = 몇 분 전에 동의했지만 그 이전의 토큰이 캐시되어 있었습니다.
class-permission-not-granted-fix-1 = 앱 등록 › { $client_id } › API 사용 권한 › 권한 추가 › 내 조직에서 사용하는 API › Office 365 Exchange Online › 애플리케이션 사용 권한 › SMTP.SendAsApp › 권한 추가.
class-permission-not-granted-fix-2 = 그다음 같은 페이지에서 "<테넌트>에 대한 관리자 동의 허용".
class-permission-not-granted-fix-3 = 앱이 애플리케이션용 Exchange RBAC를 쓴다면(의도적으로 API 권한 없음) 그렇게 설정합니다: `smtp-oauth config set rbac-for-apps true`.
class-untrusted-certificate-when = 제시된 인증서 체인이 사용 중인 신뢰 루트로 확인되지 않습니다. Cisco의 ISE용 SMTP OAuth 가이드에서는 이를 "unable to find valid certification path to requested target"이라고 합니다.
class-untrusted-certificate-cause-1 = 클라이언트 신뢰 저장소에 Microsoft 체인이 쓰는 루트 또는 중간 CA(DigiCert Global Root G2, Microsoft Azure RSA TLS Issuing CA …)가 없습니다.
class-untrusted-certificate-cause-2 = TLS 검사 프록시가 체인을 사설 CA의 체인으로 바꿨습니다(tls-intercepted 참조).
class-untrusted-certificate-fix-1 = 서버가 제시하는 체인을 내보냅니다: `smtp-oauth certs { $certs_target } --out ./chain`. 루트와 중간 CA를 클라이언트 신뢰 저장소로 가져옵니다(Cisco ISE: Administration › System › Certificates › Trusted Certificates에서 "Trust for authentication within ISE"와 "Trust for client authentication and Syslog" 선택).
class-untrusted-certificate-fix-2 = 또는 --ca-file로 여기에 추가해 진단을 확인합니다.
class-propagation-pending-when = 필수 구성 요소는 모두 갖춰졌지만 그중 하나가 지난 1시간 안에 변경되었습니다. 변경이 반영될 때까지 Exchange가 계속 535 5.7.3으로 응답할 수 있습니다.
class-propagation-pending-cause-1 = Exchange와 Entra의 캐시가 새 서비스 주체, 권한, 동의를 반영하는 데 몇 분(때로는 최대 1시간)이 걸립니다.
class-propagation-pending-fix-1 = 기다린 후 다시 시도하세요: `smtp-oauth diagnose --wait 30m`은 간격을 두고 AUTH를 다시 시도하며, 언제부터 작동했는지 알려 줍니다.

## docs/failure-classes.LANG.md

doc-title = 실패 클래스
doc-intro = smtp-oauth가 보고하는 모든 실패는 아래 클래스 중 하나에 속합니다. ID는 바뀌지 않는 약속입니다. `--json` 보고서의 `failure_class.id`, JUnit failure type, `smtp-oauth explain ID`에 나타나며, `explain`은 사용자의 값을 채워 같은 내용을 보여 줍니다. `<client-id>` 같은 자리 표시자는 그 값을 뜻합니다. 아직 번역되지 않은 설명은 영어로 남아 있습니다.
doc-generated = src/failures/catalog.rs와 locales/에서 `cargo test`로 생성됨(UPDATE_GENERATED=1로 다시 씀). 편집하지 마세요.

class-network-timeout-when = { $smtp_host }:{ $smtp_port }로의 TCP 연결 또는 서버의 인사말이 시간 제한({ $timeout }초) 안에 도착하지 않았습니다. Cisco의 ISE용 SMTP OAuth 가이드에서는 이를 "connect timed out"이라고 합니다.
class-network-timeout-cause-1 = 송신 방화벽이 나가는 TCP { $smtp_port }를 차단합니다(많은 네트워크가 80/443만 밖으로 허용).
class-network-timeout-cause-2 = 인터넷에 HTTP 프록시로만 나갈 수 있는데 SMTP는 이를 쓸 수 없습니다(HTTP 프록시는 HTTPS를 전달하지 SMTP는 전달하지 않음).
class-network-timeout-cause-3 = 중간 장비가 연결을 받아들이지만 전달하지 않습니다(인사말이 오지 않음).
class-network-timeout-cause-4 = 호스트나 포트가 잘못되어 패킷을 조용히 버리는 장비를 가리킵니다.
class-network-timeout-fix-1 = 네트워크 팀에 송신 규칙을 요청합니다: { $smtp_host }로의 TCP { $smtp_port }(Microsoft는 Exchange Online 주소 범위를 공개함: https://aka.ms/o365endpoints).
class-network-timeout-fix-2 = 같은 장비에서 확인합니다: `smtp-oauth test-connection --timeout 60` 또는 `nc -vz { $smtp_host } { $smtp_port }`.
class-network-timeout-fix-3 = 프록시만 있는 네트워크라면 직접 나갈 수 있는 곳에서 보내거나, 그럴 수 있는 호스트를 통해 중계합니다.
class-connection-refused-when = { $smtp_host }:{ $smtp_port }로의 연결이 명시적으로 거부되었습니다(TCP RST).
class-connection-refused-cause-1 = 포트가 잘못되었습니다: Exchange Online 제출은 587(STARTTLS)에서 수신 대기합니다.
class-connection-refused-cause-2 = 로컬 방화벽이나 보안 에이전트가 연결을 거부합니다.
class-connection-refused-cause-3 = 호스트가 잘못되어 그 포트에서 수신 대기하는 것이 없습니다.
class-connection-refused-fix-1 = Exchange Online 제출은 { $default_smtp_host }의 587 포트에서 수신 대기합니다: `--smtp-host { $default_smtp_host } --smtp-port 587`.
class-connection-refused-fix-2 = 나가는 TCP 587(Exchange Online 제출이 쓰는 포트)을 거부하는 로컬 방화벽이나 보안 에이전트가 없는지 확인합니다.
class-dns-failure-when = 호스트 이름을 주소로 확인하지 못했습니다.
class-dns-failure-cause-1 = 호스트 이름 오타(기본 SMTP 호스트는 smtp.office365.com).
class-dns-failure-cause-2 = 장비에 작동하는 DNS 확인자가 없거나, 공용 이름을 확인하지 않는 내부 확인자만 있습니다.
class-dns-failure-cause-3 = 스플릿 호라이즌 DNS 때문에 이 네트워크에서는 그 이름이 보이지 않습니다.
class-dns-failure-fix-1 = 이름을 확인합니다: `smtp-oauth config show`가 호스트와 그 출처를 보여 줍니다.
class-dns-failure-fix-2 = 확인자를 시험합니다: `getent hosts { $smtp_host }` 또는 `nslookup { $smtp_host }`.
class-dns-failure-fix-3 = { $smtp_host }와 { $login_host }의 공용 DNS 확인을 요청하거나, 테스트용으로 --smtp-host에 IP 주소를 지정합니다.
class-app-not-found-when = AADSTS700016: 테넌트 { $tenant }에 클라이언트 ID { $client_id }의 애플리케이션이 없습니다. 또는 AADSTS7000229: 앱 등록은 있지만 테넌트에 엔터프라이즈 애플리케이션(서비스 주체)이 없습니다.
class-app-not-found-cause-1 = 클라이언트 ID가 잘못되었습니다: 애플리케이션(클라이언트) ID 대신 개체 ID, 비밀 ID 또는 전자 메일 주소를 사용했습니다.
class-app-not-found-cause-2 = 앱이 { $tenant }가 아닌 다른 테넌트에 등록되어 있습니다.
class-app-not-found-cause-3 = 앱 등록이 삭제되었습니다.
class-app-not-found-cause-4 = AADSTS7000229: 앱이 Graph, Terraform 또는 스크립트로 엔터프라이즈 애플리케이션 없이 만들어졌거나, 엔터프라이즈 애플리케이션이 삭제되었습니다. 암호는 문제가 없습니다.
class-app-not-found-fix-1 = Microsoft Entra 관리 센터 › 앱 등록 › 해당 앱 › 개요에서 애플리케이션(클라이언트) ID를 복사합니다.
class-app-not-found-fix-2 = 같은 페이지의 디렉터리(테넌트) ID가 { $tenant }와 같은지 확인합니다.
class-app-not-found-fix-3 = AADSTS7000229라면 엔터프라이즈 애플리케이션을 만듭니다: `New-MgServicePrincipal -AppId { $client_id }`(Microsoft Graph PowerShell) 또는 `az ad sp create --id { $client_id }`. 그런 다음 SMTP.SendAsApp을 부여하고 관리자 동의를 허용합니다.
class-invalid-scope-when = AADSTS70011 또는 AADSTS1002012: 범위가 클라이언트 자격 증명에 유효하지 않습니다.
class-invalid-scope-cause-1 = 권한 이름(SMTP.SendAsApp, SMTP.Send, Mail.Send)을 범위로 보냈습니다.
class-invalid-scope-cause-2 = 범위에 클라이언트 자격 증명에 필요한 /.default 접미사가 없습니다.
class-invalid-scope-cause-3 = 여러 리소스의 범위를 합쳤습니다.
class-invalid-scope-fix-1 = Exchange 리소스의 .default 범위를 사용합니다: `--scope { $default_scope }`(또는 범위를 설정하지 않으면 클라우드 기본값 사용).
class-wrong-audience-when = 토큰의 대상(`aud`)이 Exchange Online이 아니므로 Exchange가 535 5.7.3으로 거부합니다.
class-wrong-audience-cause-1 = 범위가 다른 리소스를 가리킵니다. 대개 Microsoft Graph(https://graph.microsoft.com/.default)입니다.
class-wrong-audience-cause-2 = 클라이언트가 SMTP AUTH 대신 Graph의 Mail.Send용으로 설정되었습니다.
class-wrong-audience-fix-1 = Exchange 범위를 요청합니다: `--scope { $default_scope }`.
