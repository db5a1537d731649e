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

## The other classes' texts

class-proxy-auth-required-when = HTTP 프록시가 CONNECT 요청에 407 Proxy Authentication Required로 응답했습니다.
class-proxy-auth-required-cause-1 = 프록시에 자격 증명이 필요하지만 제공되지 않았습니다.
class-proxy-auth-required-cause-2 = 프록시 URL의 자격 증명이 잘못되었거나 만료되었습니다.
class-proxy-auth-required-cause-3 = 프록시가 Kerberos/NTLM만 받으며, 이 도구는 이를 지원하지 않습니다.
class-proxy-auth-required-fix-1 = 자격 증명을 프록시 URL에 넣습니다: HTTPS_PROXY=http://user:password@{ $proxy_host }(표시되지 않습니다).
class-proxy-auth-required-fix-2 = 프록시에서 { $login_host }에 대한 예외를 요청하거나, 직접 송신이 허용되면 NO_PROXY에 추가합니다.
class-proxy-unreachable-when = HTTP 프록시({ $proxy })에 연결할 수 없거나 프록시가 CONNECT를 거부했습니다.
class-proxy-unreachable-cause-1 = 프록시 URL(HTTPS_PROXY, ALL_PROXY 또는 --proxy)이 잘못되었거나 오래되었습니다.
class-proxy-unreachable-cause-2 = 프록시가 중단되었거나 다른 네트워크에서만 연결할 수 있습니다.
class-proxy-unreachable-cause-3 = 프록시 정책이 { $login_host }를 차단합니다.
class-proxy-unreachable-fix-1 = 프록시 설정과 그 출처를 확인합니다: `smtp-oauth config show`(암호는 표시되지 않음).
class-proxy-unreachable-fix-2 = 직접 송신이 허용되면 Microsoft 로그인 호스트에 대해 프록시를 우회합니다: NO_PROXY={ $login_host }.
class-invalid-tenant-when = Entra ID가 테넌트를 알지 못합니다: AADSTS90002(테넌트를 찾을 수 없음) 또는 AADSTS900023(유효한 테넌트 식별자가 아님), OpenID 검색이 `invalid_tenant`로 응답함, 또는 테넌트가 로그인 호스트와 다른 클라우드에 있음(AADSTS900382, "Confidential Client is not supported in Cross Cloud request"). Cisco의 ISE용 SMTP OAuth 가이드에서는 이를 "invalid OAuth endpoint or tenant identifier"라고 합니다.
class-invalid-tenant-cause-1 = 테넌트 ID의 오타이거나 다른 테넌트의 ID입니다.
class-invalid-tenant-cause-2 = 테넌트가 사용한 로그인 호스트({ $login_host })와 다른 클라우드(GCC High, DoD, 21Vianet)에 있습니다. AADSTS900382가 바로 이것을 말합니다.
class-invalid-tenant-cause-3 = 테넌트 자리에 GUID나 도메인 대신 붙여 넣은 URL이나 경로(`…/oauth2/authorize`)가 들어 있습니다.
class-invalid-tenant-fix-1 = Microsoft Entra 관리 센터 › 개요 › 테넌트 ID에서 디렉터리(테넌트) ID를 복사해 설정합니다: `smtp-oauth config set tenant <guid>`.
class-invalid-tenant-fix-2 = 국가별 클라우드에서는 --cloud(usgov, usgov-dod, china)를 설정합니다.
class-invalid-tenant-fix-3 = 토큰 엔드포인트는 https://{ $login_host }/<tenant-id>/oauth2/v2.0/token이어야 합니다.
class-federated-credential-mismatch-when = 어설션으로 보낸 페더레이션 토큰과 일치하는 페더레이션 자격 증명을 Entra가 앱에서 찾지 못했습니다: AADSTS700211(발급자), AADSTS700212(대상 그룹), AADSTS700213(주체), AADSTS7002138(주체가 대소문자만 다름: 비교 시 대소문자를 구분함) 또는 AADSTS70021.
class-federated-credential-mismatch-cause-1 = 주체가 다릅니다: GitHub Actions는 환경이 있는 작업에 `repo:OWNER/REPO:environment:NAME`, 분기에 `repo:OWNER/REPO:ref:refs/heads/BRANCH`, 끌어오기 요청에 `repo:OWNER/REPO:pull_request`를 씁니다. 소유자와 리포지토리는 대소문자를 구분해 비교됩니다.
class-federated-credential-mismatch-cause-2 = 대상 그룹이 다릅니다: 자격 증명에 다르게 지정하지 않으면 Entra는 `api://AzureADTokenExchange`를 기대합니다.
class-federated-credential-mismatch-cause-3 = 발급자가 다릅니다: GitHub의 발급자는 `https://token.actions.githubusercontent.com`(끝에 슬래시 없음)이고, Kubernetes 클러스터의 발급자는 해당 OIDC 발급자 URL입니다.
class-federated-credential-mismatch-fix-1 = 위의 Microsoft 텍스트(토큰이 제시한 값을 인용함)를 Microsoft Entra 관리 센터 › 앱 등록 › { $client_id } › 인증서 및 암호 › 페더레이션 자격 증명과 비교하고, 정확히 그 발급자, 주체, 대상 그룹으로 자격 증명을 추가합니다.
class-federated-credential-mismatch-fix-2 = GitHub Actions의 경우: 워크플로에 `permissions: id-token: write`가 필요합니다. 주체는 작업의 `environment:`(있으면)와 분기를 따릅니다.
class-secret-rotated-when = 앱 등록에 이 클라이언트가 쓰는 것보다 새로운 클라이언트 암호가 있습니다: 누군가 Entra에서 암호를 교체하고 이 클라이언트는 (아직) 업데이트하지 않았습니다.
class-secret-rotated-cause-1 = 같은 앱의 다른 클라이언트를 위해 암호를 교체했거나, 배포가 이 클라이언트 전에 멈췄습니다.
class-secret-rotated-cause-2 = 유지 관리 기간까지 이 클라이언트를 위해 이전 암호를 일부러 남겨 두었습니다.
class-secret-rotated-fix-1 = 새 암호의 값을 이 클라이언트에 넣고(Cisco ISE: Administration › System › Settings › SMTP Server의 Client Secret, Expiry Date 필드), `smtp-oauth config set-secret`과 `smtp-oauth config set secret-expires YYYY-MM-DD`를 실행한 뒤 `smtp-oauth diagnose`를 다시 실행합니다.
class-secret-rotated-fix-2 = 모든 클라이언트가 새 암호를 쓰면 이전 암호를 삭제합니다: 앱 등록 › { $client_id } › 인증서 및 암호.
class-exchange-resource-missing-when = AADSTS500011: 범위의 리소스({ $scope })에 대한 서비스 주체가 테넌트에 없습니다.
class-exchange-resource-missing-cause-1 = 범위의 리소스 URI에 오타가 있습니다.
class-exchange-resource-missing-cause-2 = 테넌트에 Exchange Online이 없어(라이선스를 한 번도 할당하지 않음) Office 365 Exchange Online이 프로비전되지 않았습니다.
class-exchange-resource-missing-cause-3 = 범위가 다른 클라우드의 것입니다.
class-exchange-resource-missing-fix-1 = 클라우드의 Exchange 범위를 씁니다: `--scope { $default_scope }`.
class-exchange-resource-missing-fix-2 = 테넌트에 Exchange Online 라이선스가 있는지 확인합니다(Microsoft 365 관리 센터 › 청구 › 라이선스).
class-app-disabled-when = AADSTS7000112: 애플리케이션이 사용하지 않도록 설정되었습니다.
class-app-disabled-cause-1 = 누군가 앱의 로그인을 사용하지 않도록 설정했거나(엔터프라이즈 애플리케이션 › 해당 앱 › 속성 › 사용자가 로그인할 수 있나요? = 아니요), Microsoft가 사용하지 않도록 설정했습니다.
class-app-disabled-fix-1 = Microsoft Entra 관리 센터 › 엔터프라이즈 애플리케이션 › 해당 앱({ $client_id }) › 속성: "사용자가 로그인할 수 있나요?"를 예로 설정합니다.
class-conditional-access-blocked-when = AADSTS53003: 조건부 액세스 정책이 앱의 토큰 발급을 차단했습니다.
class-conditional-access-blocked-cause-1 = 워크로드 ID용 조건부 액세스 정책이 이 서비스 주체를 대상으로 하며(예: 위치), 이 컴퓨터의 송신 IP가 허용되지 않습니다.
class-conditional-access-blocked-fix-1 = Microsoft Entra 관리 센터 › 보호 › 조건부 액세스 › 서비스 주체 로그인 로그에서 { $client_id }를 차단한 정책을 찾습니다.
class-conditional-access-blocked-fix-2 = 정책의 명명된 위치에서 이 컴퓨터의 송신 IP를 허용하거나, 서비스 주체를 제외합니다.
class-invalid-client-assertion-when = AADSTS700027(서명이 유효하지 않음), AADSTS700024(유효 시간 범위를 벗어남), AADSTS700021(발급자가 클라이언트 ID가 아님) 또는 AADSTS700023(대상 그룹이 잘못됨): 인증서 자격 증명(클라이언트 어설션)이 수락되지 않았습니다.
class-invalid-client-assertion-cause-1 = 인증서가 앱 등록(인증서 및 암호 › 인증서)에 업로드되지 않았거나 다른 인증서가 업로드되어 있습니다.
class-invalid-client-assertion-cause-2 = 키가 인증서의 것이 아닙니다.
class-invalid-client-assertion-cause-3 = 로컬 시계가 틀려 어설션의 유효 시간 범위가 어긋납니다.
class-invalid-client-assertion-cause-4 = 앱 등록의 인증서가 만료되었습니다.
class-invalid-client-assertion-fix-1 = 공개 인증서(.cer/.pem, 키 없음)를 앱 등록 › { $client_id } › 인증서 및 암호 › 인증서에 업로드하고 지문을 비교합니다.
class-invalid-client-assertion-fix-2 = 시계를 확인합니다: `date -u`가 실제 UTC와 1분 이내로 맞아야 합니다.
class-clock-skew-when = 로컬 시계가 서버의 Date 헤더와 5분 넘게 다릅니다.
class-clock-skew-cause-1 = 이 컴퓨터나 어플라이언스에서 NTP가 실행되지 않거나 시간 원본에 연결할 수 없습니다.
class-clock-skew-fix-1 = 시간 동기화를 켜고(timedatectl set-ntp true, Cisco ISE에서는 CLI의 `ntp server`) `date -u`를 확인합니다.
class-token-service-error-when = 제한된 횟수의 재시도 후에도 토큰 엔드포인트가 계속 HTTP 429 또는 5xx로 응답했습니다.
class-token-service-error-cause-1 = 짧은 시간에 토큰을 많이 요청해서 생긴 제한(토큰을 캐시하지 않는 클라이언트).
class-token-service-error-cause-2 = 해당 지역의 Entra ID 중단(https://status.cloud.microsoft 확인).
class-token-service-error-cause-3 = 프록시나 TLS 중간 장치가 Microsoft 대신 응답합니다.
class-token-service-error-fix-1 = 기다렸다가 다시 시도합니다. 토큰은 약 1시간 유효하므로 클라이언트는 메시지마다가 아니라 1시간에 한 번 요청해야 합니다.
class-token-service-error-fix-2 = Microsoft 365 서비스 상태 페이지를 확인합니다.
class-security-defaults-when = Exchange가 보안 기본값 또는 정책 텍스트와 함께 `535 5.7.139`로 응답했습니다: 테넌트의 보안 기본값 또는 인증 정책이 SMTP AUTH를 차단합니다.
class-security-defaults-cause-1 = 보안 기본값이 켜져 있습니다: 사서함 설정과 관계없이 SMTP AUTH를 끕니다.
class-security-defaults-cause-2 = 인증 정책 또는 조건부 액세스 정책이 요청을 차단합니다.
class-security-defaults-fix-1 = Microsoft Entra 관리 센터 › 개요 › 속성 › 보안 기본값 관리: 켜져 있으면 SMTP AUTH는 사용할 수 없습니다. 끄려면 조건부 액세스로 대체해야 합니다.
class-security-defaults-fix-2 = 인증 정책을 확인합니다: Get-AuthenticationPolicy. { $client_id }의 로그인 로그도 확인합니다.
class-send-as-denied-when = AUTH는 성공했지만 서버가 보낸 사람 주소로 보내기를 거부했습니다: `554 5.2.252 SendAsDenied` 또는 `550 5.7.60`.
class-send-as-denied-cause-1 = 보낸 사람 주소({ $from })가 인증한 사서함({ $mailbox })과 다르고, 서비스 주체에 그 주소의 SendAs 권한이 없습니다.
class-send-as-denied-cause-2 = 사서함의 별칭을 보낸 사람으로 쓰는데 SendFromAliasEnabled가 꺼져 있습니다.
class-send-as-denied-fix-1 = 사서함 자체로 보내거나 SendAs를 부여합니다: Add-RecipientPermission -Identity { $from } -Trustee { $object_id } -AccessRights SendAs
class-send-as-denied-fix-2 = 별칭의 경우: Set-OrganizationConfig -SendFromAliasEnabled $true
class-starttls-stripped-when = EHLO 응답에 STARTTLS가 없고 `250-XXXXXXXA` 같은 가려진 기능이 보입니다: 방화벽의 ESMTP 검사가 STARTTLS를 제거했습니다.
class-starttls-stripped-cause-1 = SMTP/ESMTP 검사 기능이 있는 방화벽(예: Cisco ASA `inspect esmtp`)이 기능 목록을 다시 쓰므로 어떤 클라이언트도 TLS를 시작할 수 없습니다.
class-starttls-stripped-fix-1 = { $smtp_host }:{ $smtp_port }로 가는 트래픽의 ESMTP 검사를 끕니다(Cisco ASA: 정책 맵에서 `no inspect esmtp`, 또는 이 트래픽을 예외 처리).
class-starttls-stripped-fix-2 = 그다음 `smtp-oauth test-connection`에 250-STARTTLS가 표시되어야 합니다.
class-starttls-unavailable-when = 서버가 STARTTLS를 전혀 제공하지 않으므로 OAuth AUTH를 할 수 없습니다.
class-starttls-unavailable-cause-1 = 호스트가 잘못되었습니다: MX 호스트(<domain>-com.mail.protection.outlook.com, 포트 25)는 배달용 메일을 받으며 클라이언트 제출용이 아닙니다.
class-starttls-unavailable-cause-2 = 포트가 잘못되었습니다: 465는 암시적 TLS이고, 릴레이의 25는 STARTTLS를 제공하지 않을 수 있습니다. Exchange Online 제출은 { $default_smtp_host }:587입니다.
class-starttls-unavailable-fix-1 = `--smtp-host smtp.office365.com --smtp-port 587`(또는 클라우드의 호스트)을 씁니다.
class-xoauth2-unavailable-when = STARTTLS 후 서버가 `AUTH … XOAUTH2`를 제공하지 않습니다(Exchange Online은 `AUTH LOGIN XOAUTH2`를 제공함).
class-xoauth2-unavailable-cause-1 = 호스트가 Exchange Online 제출 호스트가 아닙니다(온-프레미스 릴레이, 스마트 호스트, MX).
class-xoauth2-unavailable-cause-2 = TLS를 종료하는 프록시가 Exchange 대신 응답합니다.
class-xoauth2-unavailable-fix-1 = 클라이언트가 STARTTLS로 { $default_smtp_host }:587에 연결하도록 합니다.
class-tls-version-rejected-when = 서버가 TLS 버전을 거부했습니다: `421 4.7.66 TLS 1.0 and 1.1 are not supported`, 또는 공통 TLS 버전을 협상하지 못했습니다.
class-tls-version-rejected-cause-1 = 클라이언트(오래된 어플라이언스나 Java 런타임)가 TLS 1.0/1.1만 지원합니다. Exchange Online에는 TLS 1.2 이상이 필요합니다.
class-tls-version-rejected-fix-1 = 클라이언트에서 TLS 1.2를 켜거나(Java: -Djdk.tls.client.protocols=TLSv1.2,TLSv1.3) 플랫폼을 업그레이드합니다.
class-tls-intercepted-when = Microsoft 호스트의 체인을 Microsoft의 공개 발급자가 아닌 CA가 발급했습니다: TLS 검사 프록시가 트래픽을 다시 서명하고 있습니다.
class-tls-intercepted-cause-1 = 회사 방화벽이나 프록시가 { $smtp_host } 또는 { $login_host }로 가는 트래픽에 TLS 검사(복호화 후 재서명)를 합니다.
class-tls-intercepted-fix-1 = { $smtp_host }와 { $login_host }에 대한 검사 예외를 요청합니다(Microsoft는 Microsoft 365 트래픽을 검사하지 않도록 권장합니다).
class-tls-intercepted-fix-2 = 또는 정책상 검사가 필요하면 검사 CA를 클라이언트 신뢰 저장소로 가져옵니다(`smtp-oauth certs --out DIR`로 내보냄).
class-hostname-mismatch-when = 인증서가 연결한 호스트 이름을 포함하지 않습니다.
class-hostname-mismatch-cause-1 = 호스트가 인증서에 없는 별칭이나 IP 주소입니다(주소나 자체 CNAME이 아니라 smtp.office365.com을 씁니다).
class-hostname-mismatch-cause-2 = 그 주소에서 다른 것(프록시, 다른 서버)이 응답합니다.
class-hostname-mismatch-fix-1 = 인증서가 포함하는 이름으로 연결합니다: `--smtp-host { $cert_name }`. 이름(SAN)은 `smtp-oauth certs`가 나열합니다.
class-certificate-expired-when = 체인의 인증서가 유효 기간을 벗어났습니다.
class-certificate-expired-cause-1 = 로컬 시계가 틀립니다(날짜가 크게 다르면 유효한 인증서도 만료된 것처럼 보입니다).
class-certificate-expired-cause-2 = 중간 장치가 오래된 인증서를 제시합니다.
class-certificate-expired-fix-1 = `date -u`를 확인합니다. 어느 인증서인지와 그 날짜는 `smtp-oauth certs`가 보여 줍니다.
class-tls-handshake-failed-when = TLS 핸드셰이크가 다른 이유(경고, 핸드셰이크 중 재설정, 공통 암호 없음)로 실패했습니다.
class-tls-handshake-failed-cause-1 = 중간 장치가 핸드셰이크를 방해합니다.
class-tls-handshake-failed-cause-2 = 서버가 이 포트에서 TLS를 쓰지 않습니다.
class-tls-handshake-failed-fix-1 = `smtp-oauth certs -v`로 핸드셰이크 기록을 보고 다른 네트워크에서의 결과와 비교합니다.
class-protocol-error-when = 서버가 프로토콜을 어겼습니다: 알 수 없는 데이터, 크기 제한을 넘는 줄이나 응답, 조기 종료, 예상하지 못한 응답.
class-protocol-error-cause-1 = 그 포트에서 SMTP 서버가 아닌 것(HTTP 서버, 프록시, 허니팟)이 응답합니다.
class-protocol-error-cause-2 = 중간 장치가 세션을 끊거나 다시 씁니다.
class-protocol-error-fix-1 = 호스트와 포트를 확인하고(`smtp-oauth config show`) `-v`로 원시 교환을 살펴봅니다.
class-mailbox-not-found-when = 사서함 { $mailbox }이(가) 없거나, 사용하지 않도록 설정되었거나, Exchange Online 라이선스가 없습니다.
class-mailbox-not-found-cause-1 = 사서함 주소에 오타가 있습니다.
class-mailbox-not-found-cause-2 = 사용자는 있지만 Exchange Online이 포함된 라이선스가 없어 사서함이 없습니다.
class-mailbox-not-found-cause-3 = 계정의 로그인이 차단되었습니다.
class-mailbox-not-found-fix-1 = Microsoft 365 관리 센터 › 사용자 › 활성 사용자에서 주소를 확인합니다.
class-mailbox-not-found-fix-2 = Exchange Online이 포함된 라이선스를 할당하고(또는 공유 사서함을 쓰고), 전자 메일 앱에서 인증된 SMTP를 허용합니다.
class-client-platform-unsupported-when = 대상 클라이언트의 릴리스가 Exchange Online과의 OAuth SMTP를 지원하는 첫 릴리스(Cisco ISE 3.2 Patch 8, 3.3 Patch 8, 3.4 Patch 4, 3.5 Patch 1)보다 오래되었습니다.
class-client-platform-unsupported-cause-1 = 어플라이언스의 릴리스에 "MS Exchange Online OAuth" 인증 옵션이 없습니다.
class-client-platform-unsupported-fix-1 = Cisco ISE를 3.2 P8, 3.3 P8, 3.4 P4, 3.5 P1 이상으로 업그레이드하거나, OAuth를 지원하는 호스트를 릴레이로 씁니다.
class-token-request-refused-when = Entra ID가 이 도구에 전용 분류가 없는 AADSTS 코드로 토큰 요청을 거부했습니다. Microsoft의 코드, 텍스트, 추적 ID와 상관 관계 ID는 증거에 그대로 있습니다: 원인은 추측이 아니라 그것들이 말하는 내용입니다.
class-token-request-refused-cause-1 = 증거의 AADSTS 코드가 뜻하는 것: 옆에 있는 Microsoft의 텍스트가 Microsoft 자신의 말로 설명합니다.
class-token-request-refused-fix-1 = Microsoft 오류 페이지에서 코드를 찾아봅니다: https://login.microsoftonline.com/error?code=<number>(증거의 `lookup`이 이 코드의 링크입니다).
class-token-request-refused-fix-2 = 증거의 추적 ID와 상관 관계 ID를 보관합니다: Microsoft 지원에서 요청합니다.
class-smtp-transient-when = Exchange가 다른 분류에 해당하지 않는 올바른 형식의 4xx 응답을 보냈습니다: 일시적인 상태이며 Exchange가 나중에 다시 시도하라고 요청합니다. 응답과 대괄호 부분은 증거에 있습니다.
class-smtp-transient-cause-1 = Exchange Online 프런트 엔드나 사서함 서버의 일시적인 상태(PRX… 및 STOREDRV 텍스트가 구성 요소를 가리킴).
class-smtp-transient-cause-2 = 앱이나 사서함의 변경이 아직 반영 중입니다.
class-smtp-transient-fix-1 = 몇 분 후 다시 시도합니다: `smtp-oauth diagnose --wait 30m`이 간격을 늘려 가며 다시 시도합니다.
class-smtp-transient-fix-2 = 계속되면 증거의 응답과 대괄호 부분을 Microsoft 지원에 전달합니다.
class-smtp-rejected-when = Exchange가 다른 분류에 해당하지 않는 올바른 형식의 5xx 응답으로 명령을 거부했습니다. 응답과 대괄호 부분은 증거에 있으며, 그 확장 상태 코드와 텍스트가 이유를 말합니다.
class-smtp-rejected-cause-1 = 응답이 말하는 그대로입니다: 증거에 있는 Exchange의 확장 상태 코드(5.x.y)와 텍스트가 이유를 알려 줍니다.
class-smtp-rejected-fix-1 = Microsoft NDR 참조에서 확장 상태 코드를 찾아봅니다: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
class-smtp-rejected-fix-2 = 증거의 응답과 대괄호 부분을 Microsoft 지원에 전달합니다.
class-smtp-throttled-when = Exchange가 보낸 사람을 제한했습니다: 사서함의 동시 연결이나 메시지가 너무 많거나 보내기 할당량을 다 썼습니다.
class-smtp-throttled-cause-1 = 사서함 { $mailbox }에 동시 SMTP 연결이 3개를 넘습니다(Exchange Online의 사서함당 제한).
class-smtp-throttled-cause-2 = { $mailbox }에서 분당 30개가 넘는 메시지, 또는 일일 받는 사람 제한.
class-smtp-throttled-cause-3 = 여러 어플라이언스나 작업이 보내기용 사서함 하나를 함께 씁니다.
class-smtp-throttled-fix-1 = { $mailbox }에서 한꺼번에 보내는 양을 줄입니다: 연결은 최대 3개, 메시지는 분당 30개. 4xx에서는 큐에 넣고 다시 시도합니다.
class-smtp-throttled-fix-2 = 많이 보내는 송신자마다 자체 사서함을 주거나, 대량 메일을 High Volume Email 또는 Graph sendMail로 옮깁니다.
class-mailbox-logon-failed-when = AUTH는 성공했지만 Exchange가 앱으로 메시지를 제출하기 위해 사서함 { $mailbox }을(를) 열지 못했습니다(`430 4.2.0 STOREDRV; mailbox logon failure`).
class-mailbox-logon-failed-cause-1 = 서비스 주체에 { $mailbox }에 대한 FullAccess가 없습니다(또는 방금 부여되어 아직 반영되지 않았습니다).
class-mailbox-logon-failed-cause-2 = 서비스 주체가 앱 등록의 개체 ID로 등록되어, FullAccess가 다른 개체에 부여되었습니다.
class-mailbox-logon-failed-cause-3 = 사서함 서버의 일시적인 상태입니다(텍스트에 TransientException이 있음): 다시 시도하면 될 수 있습니다.
class-mailbox-logon-failed-fix-1 = Get-MailboxPermission -Identity { $mailbox } -User { $object_id }   (없음 → Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess)
class-mailbox-logon-failed-fix-2 = `smtp-oauth prereqs`가 관리 API로 서비스 주체와 FullAccess를 확인합니다. `smtp-oauth diagnose --wait 30m`은 변경이 반영되는 동안 다시 시도합니다.
class-message-too-large-when = 메시지가 { $mailbox }에 대해 Exchange가 받는 크기보다 큽니다.
class-message-too-large-cause-1 = 첨부 파일 때문에 메시지가 사서함의 MaxSendSize(Exchange Online 기본값 35MB, base64로 3분의 1이 늘어남)보다 큽니다.
class-message-too-large-fix-1 = 더 작은 메시지를 보내거나 제한을 올립니다: Set-Mailbox -Identity { $mailbox } -MaxSendSize 35MB
class-smtp-not-authenticated-when = 세션이 인증되지 않아 Exchange가 MAIL 또는 DATA를 거부했습니다(`530 5.7.57 Client not authenticated to send mail`).
class-smtp-not-authenticated-cause-1 = 클라이언트가 AUTH를 보내지 않았습니다(SMTP 설정에서 인증이 꺼져 있거나 익명 제출로 돌아갔습니다).
class-smtp-not-authenticated-cause-2 = 세션 앞부분에서 AUTH가 실패했는데도 클라이언트가 계속 보냈습니다.
class-smtp-not-authenticated-fix-1 = 클라이언트에서 인증을 켜고 방법으로 OAuth(XOAUTH2)를 선택한 뒤, 로그에서 AUTH 줄과 그 응답을 확인합니다.
class-smtp-not-authenticated-fix-2 = `smtp-oauth test-connection -v`가 AUTH를 포함한 올바른 세션을 보여 줍니다.
class-basic-auth-retired-when = Exchange Online이 SMTP 제출에 대한 기본 인증(사용자 이름과 암호)을 거부했습니다: `550 5.7.30 Basic authentication is not supported for Client Submission.` 클라이언트는 OAuth(XOAUTH2)를 써야 합니다.
class-basic-auth-retired-cause-1 = 클라이언트가 아직 사용자 이름과 암호(AUTH LOGIN 또는 PLAIN)로 로그인합니다. Microsoft의 일정(Exchange 팀, 2026년 1월): SMTP AUTH의 기본 인증은 기존 테넌트에서 2026년 12월 말에 기본적으로 사용하지 않도록 설정되고(당분간 관리자가 다시 켤 수 있음), 새 테넌트에서는 2026년 12월 이후 사용할 수 없으며, 최종 제거 날짜는 2027년 하반기에 Microsoft가 발표합니다.
class-basic-auth-retired-fix-1 = 클라이언트를 OAuth 2.0 클라이언트 자격 증명(XOAUTH2)으로 전환합니다: `smtp-oauth setup`이 앱 등록, Exchange 서비스 주체, FullAccess를 차례로 안내하고 테스트합니다(Cisco ISE 필드에는 `--target ise`).
class-basic-auth-retired-fix-2 = 아직 기본 인증을 쓰는 클라이언트를 찾습니다: Exchange 관리 센터 › 보고서 › 메일 흐름 › SMTP AUTH 클라이언트 제출 보고서(인증 프로토콜 열).
class-mailbox-outside-rbac-scope-when = 앱이 Exchange의 애플리케이션용 RBAC(`Application SMTP.SendAsApp` 관리 역할 할당)를 쓰지만 사서함 { $mailbox }이(가) 할당의 범위에 없습니다: Exchange가 이 사서함의 AUTH를 거부합니다.
class-mailbox-outside-rbac-scope-cause-1 = 사서함이 관리 범위의 RecipientRestrictionFilter가 지정하는 그룹의 구성원이 아닙니다.
class-mailbox-outside-rbac-scope-cause-2 = 범위나 그 그룹이 2시간 안에 변경되었습니다(역할 할당은 30분에서 2시간 동안 캐시됨).
class-mailbox-outside-rbac-scope-fix-1 = { $mailbox }을(를) 범위가 필터링하는 그룹에 추가하거나 범위를 넓힙니다: Get-ManagementScope | fl Name,RecipientRestrictionFilter
class-mailbox-outside-rbac-scope-fix-2 = 확인: Test-ServicePrincipalAuthorization -Identity { $object_id } -Resource { $mailbox }   (InScope가 True여야 함)
class-rbac-mixed-permissions-when = 앱에 애플리케이션용 RBAC 역할 할당과 SMTP.SendAsApp API 권한이 모두 있습니다. Microsoft: "Including the SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions". 토큰에 역할이 있으면 Exchange가 다시 { $mailbox }에 대한 FullAccess를 요구합니다.
class-rbac-mixed-permissions-cause-1 = 앱을 먼저 기존 방식(API 권한)으로 설정하고 나중에 애플리케이션용 RBAC를 추가했습니다(또는 그 반대).
class-rbac-mixed-permissions-fix-1 = 애플리케이션용 RBAC만 쓰려면: SMTP.SendAsApp API 권한(앱 등록 › API 권한)과 그 관리자 동의를 제거합니다.
class-rbac-mixed-permissions-fix-2 = 또는 기존 설정을 유지합니다: Add-MailboxPermission -Identity { $mailbox } -User { $object_id } -AccessRights FullAccess
class-login-host-unreachable-when = 로그인 호스트 { $login_host }(토큰 엔드포인트, 테넌트 검색)로의 HTTPS 연결이 시간 초과되었거나 거부되었습니다.
class-login-host-unreachable-cause-1 = 송신 방화벽이 Microsoft 로그인 호스트로의 HTTPS(TCP 443)를 차단합니다.
class-login-host-unreachable-cause-2 = 이 네트워크는 HTTP 프록시를 통해서만 인터넷에 나가는데, 토큰 요청에 프록시가 구성되지 않았습니다.
class-login-host-unreachable-cause-3 = 기관(authority)이나 토큰 엔드포인트가 잘못되어(다른 호스트나 포트) 그곳에서 아무것도 응답하지 않습니다.
class-login-host-unreachable-fix-1 = { $login_host }로의 송신 HTTPS(TCP 443)를 허용합니다(Microsoft가 엔드포인트를 공개함: https://aka.ms/o365endpoints).
class-login-host-unreachable-fix-2 = 프록시 뒤에서는: 토큰 요청을 위해 HTTPS_PROXY=http://{ $proxy_host }(또는 --proxy)를 설정합니다.
class-login-host-unreachable-fix-3 = 엔드포인트와 그 출처를 확인합니다: `smtp-oauth config show`(token_endpoint, authority).
class-credential-change-failed-when = Microsoft Graph가 앱 등록의 자격 증명 변경(addPassword, removePassword, addKey, removeKey)을 하지 않았거나, 새 자격 증명이 테스트에 실패해 되돌려졌습니다.
class-credential-change-failed-cause-1 = 관리 액세스에 권한이 없습니다: 관리 앱에는 Application.ReadWrite.OwnedBy와 앱 소유자 지정(또는 Application.ReadWrite.All)이, 로그인하는 사람에게는 애플리케이션 관리자나 클라우드 애플리케이션 관리자 역할 또는 앱 소유권이 필요합니다.
class-credential-change-failed-cause-2 = 테넌트의 앱 관리 정책이 자격 증명 수명을 제한하거나 클라이언트 암호를 금지합니다(Graph의 메시지가 그렇게 말합니다).
class-credential-change-failed-cause-3 = 새 자격 증명이 아직 모든 Entra 지역에 도달하지 않았거나(몇 분), 이전 자격 증명과 같은 이유로 설정이 실패합니다: 테스트의 검사가 어느 쪽인지 알려 줍니다.
class-credential-change-failed-fix-1 = 관리 앱에 Application.ReadWrite.OwnedBy(Graph, 애플리케이션 권한, 관리자 동의)를 부여하고 앱 소유자로 추가합니다: 앱 등록 › { $client_id } › 소유자. 또는 애플리케이션 관리자로서 `--admin device-code`로 실행합니다.
class-credential-change-failed-fix-2 = 정책이 수명을 제한하면 더 짧은 수명(`--days`)을 요청합니다.
class-credential-change-failed-fix-3 = 현재 자격 증명으로 `smtp-oauth diagnose`를 실행해 무엇이 더 실패하는지 보고, 그것을 고친 뒤 다시 교체합니다.
class-truststore-missing-ca-when = 클라이언트 자체의 신뢰 저장소(어플라이언스의 신뢰할 수 있는 인증서, Java 키 저장소, PEM 번들)가 Microsoft 서버가 제시하는 체인을 고정하지 않거나, 그 루트의 사본이 만료되었습니다. 이 컴퓨터는 체인을 신뢰해도 클라이언트는 신뢰하지 않습니다(Java: "unable to find valid certification path to requested target").
class-truststore-missing-ca-cause-1 = Microsoft가 엔드포인트를 저장소에 없는 루트 아래의 체인으로 옮겼습니다: 2026년에 Exchange Online은 DigiCert Global Root G2로 옮겼습니다(MC1224565).
class-truststore-missing-ca-cause-2 = 저장소에 루트의 오래된 사본(이제 만료됨)이나 이전 체인의 중간 CA만 있습니다.
class-truststore-missing-ca-cause-3 = TLS 검사 프록시가 저장소에 없는 CA로 트래픽을 다시 서명합니다.
class-truststore-missing-ca-fix-1 = 검사가 이름을 알려 준 누락 파일(`smtp-oauth certs --check-truststore STORE --out DIR`로 기록됨)을 클라이언트 신뢰 저장소로 가져옵니다.
class-truststore-missing-ca-fix-2 = Cisco ISE: Administration › System › Certificates › Trusted Certificates › Import에서 "Trust for authentication within ISE"와 "Trust for client authentication and Syslog"를 선택합니다.
class-truststore-missing-ca-fix-3 = Java: `keytool -importcert -trustcacerts -alias digicert-global-root-g2 -file DigiCert_Global_Root_G2.pem -keystore STORE`.
class-truststore-ca-expiring-when = Microsoft의 체인을 고정하는, 클라이언트 신뢰 저장소의 인증서가 60일 안에 만료됩니다(30일 안에는 더 강하게 알림). 그날 클라이언트는 서버를 신뢰하지 않게 됩니다.
class-truststore-ca-expiring-cause-1 = 어플라이언스의 신뢰 저장소는 펌웨어와 함께 업데이트되지 않습니다.
class-truststore-ca-expiring-fix-1 = 이전 인증서가 끝나기 전에 그 CA의 현재 인증서(검사가 이름과 받을 곳을 알려 줌)를 가져옵니다.

## Check summaries of failures, warnings and skips

verbatim = { $text }
list-semicolon = { $a }; { $b }
tenant-named = 테넌트 { $tenant }
tenant-domain-named = { $domain }(테넌트 { $tenant })
credential-secret = 암호 "{ $name }"
credential-certificate = 인증서 { $thumbprint }
mailbox-with-upn = { $mailbox }(UPN: { $upn })
scope-organisation = 조직 전체
roles-none = 역할 없음
roles-none-rbac = 역할 없음(애플리케이션용 RBAC)
rbac-has-assignment = Exchange에 역할 할당 { $assignment }이(가) 있습니다
rbac-auth-accepted = Exchange가 그것 없이 AUTH를 수락했습니다
changed-grant = SMTP.SendAsApp 부여
changed-check = { $check }
changed-ago = { $what }: { $minutes }분 전에 변경됨
narrowed-token-wrong = 토큰 자체가 잘못되었습니다: 위의 { $class }을(를) 참조하세요
narrowed-found-by = { $summary }("{ $check }" 검사에서 확인)
narrowed-exchange-side = 토큰은 올바르므로(대상 그룹, 역할) 원인은 Exchange 쪽일 가능성이 큽니다 — 서비스 주체(엔터프라이즈 앱의 개체 ID로 New-ServicePrincipal), 사서함의 FullAccess, 또는 아직 반영되지 않은 변경입니다. 관리 액세스로 `smtp-oauth prereqs`를 실행하면 어느 것인지 알 수 있습니다
skip-plain = 건너뜀
skip-skipped = 건너뜀: { $why }
skip-could-not-check = 확인할 수 없음: { $why }
skip-check-failed = 건너뜀: "{ $check }" 실패
skip-no-token = 건너뜀: 토큰 없음
skip-no-auth-reached = 건너뜀: SMTP 세션이 AUTH까지 가지 못했습니다
skip-auth-failed = 건너뜀: AUTH 실패
skip-not-sent = 보내지 않음: 테스트 메시지를 보내려면 --to ADDRESS를 지정합니다
skip-certificate-not-secret = 암호가 아니라 인증서를 사용합니다
skip-federated-not-secret = 암호가 아니라 페더레이션 토큰을 사용합니다
skip-no-expiry-date = 만료 날짜를 모름: secret-expires를 설정합니다(앱 등록 › 인증서 및 암호 › 만료)
skip-no-admin = 관리 액세스 없음(--admin app|device-code|token). 대신 PowerShell에서: { $commands }
skip-app-not-found = 건너뜀: 앱 { $client_id }을(를) 찾지 못했습니다
skip-app-not-readable = 건너뜀: 여기서는 앱 등록을 읽을 수 없습니다(다른 테넌트의 앱?)
skip-no-enterprise-app = 건너뜀: 앱을 찾지 못했습니다(이 테넌트에 { $client_id }의 엔터프라이즈 애플리케이션이 없음)
skip-no-sp-for-oid = 확인할 수 없음: Exchange가 개체 ID { $oid }의 서비스 주체를 알지 못합니다("{ $check }" 참조)
skip-object-id-unknown = 건너뜀: 엔터프라이즈 앱의 개체 ID를 모릅니다(Graph를 읽을 수 없음)
skip-rbac-no-full-access = 건너뜀: 애플리케이션용 RBAC에는 FullAccess가 필요 없습니다. 역할 할당이 없습니다("SMTP.SendAsApp 부여" 참조)
skip-rbac-scope-unknown = { $mailbox }이(가) 역할 할당 { $assignment }의 범위 안에 있는지 알 수 없습니다: Exchange 응답에 InScope가 없습니다
skip-smtp-auth-unknown = 판단할 수 없음: Exchange 응답에 SmtpClientAuthenticationDisabled가 없습니다
skip-sp-no-object-id = 판단할 수 없음: Exchange에 앱 { $client_id }의 서비스 주체가 있지만 응답에 ObjectId가 없습니다
summary-secret-is-guid = 구성된 암호가 GUID입니다: 암호의 값이 아니라 ID입니다(보내지 않음)
summary-secret-expired = { $date }에 만료됨({ $days }일 전)
summary-secret-expires-soon = 곧 만료: { $date }({ $days }일 남음)
summary-tenant-other-cloud = { $named }은(는) { $cloud } 클라우드에 있지만 설정은 { $configured }입니다: --cloud { $cloud }를 설정합니다
summary-token-undecodable = 토큰을 디코딩할 수 없습니다: { $why }
summary-token-expired = 토큰이 { $minutes }분 전에 만료되었습니다. 토큰은 약 1시간 유효합니다
summary-token-rbac = 역할 없는 앱 전용 토큰: 애플리케이션용 RBAC({ $why })
summary-clock-skew = 이 컴퓨터의 시계가 토큰 서버보다 { $minutes }분 { $direction ->
    [ahead] 빠릅니다
   *[behind] 느립니다
}
summary-audience-other-name = 토큰의 대상은 Exchange Online의 다른 이름인 { $aud }입니다: Microsoft가 SMTP용으로 문서화한 것은 { $exchange }입니다. SMTP가 이것을 받는지는 알 수 없습니다(AUTH가 결정)
summary-audience-wrong = 토큰의 대상은 { $aud }이며 Exchange Online({ $exchange })이 아닙니다
summary-no-send-as-app-role = 앱 전용 토큰({ $roles }): SMTP.SendAsApp이 부여되지 않았습니다(또는 관리자 동의가 없음)
summary-delegated = SMTP.Send가 있는 { $upn }의 위임된 토큰
summary-delegated-no-scope = SMTP.Send 범위가 없는 위임된(사용자) 토큰입니다
summary-dns-failed = { $host }을(를) 확인할 수 없습니다: { $why }
summary-dns-timeout = 시간 제한 안에 { $host }의 DNS 응답이 없습니다
summary-tcp-refused = { $host }:{ $port }이(가) 연결을 거부했습니다
summary-tcp-timeout = { $seconds }초 안에 { $host }:{ $port }에 TCP 연결하지 못했습니다({ $why })
summary-no-greeting = 연결되었지만 { $seconds }초 안에 인사말이 없습니다: 프록시 전용 네트워크나 패킷을 버리는 중간 장치에서 흔한 "connect timed out"입니다
summary-session-refused = 서버가 세션을 거부했습니다: { $reply }
summary-broke-sending-ehlo = { $tls ->
    [yes] TLS를 통한 EHLO
   *[no] EHLO
}를 보내는 중 연결이 끊겼습니다
summary-ehlo-refused = { $tls ->
    [yes] TLS를 통한 EHLO
   *[no] EHLO
} 거부됨: { $reply }
summary-broke-sending-starttls = STARTTLS를 보내는 중 연결이 끊겼습니다
summary-starttls-refused = STARTTLS 거부됨: { $reply }
summary-no-starttls = { $host }:{ $port }은(는) STARTTLS를 제공하지 않으므로 여기서는 OAuth를 쓸 수 없습니다
summary-starttls-masked = STARTTLS가 있어야 할 자리에 EHLO가 { $masked }을(를) 보여 줍니다: 방화벽의 ESMTP 검사가 가리고 있습니다
summary-no-auth = STARTTLS 후 AUTH가 없습니다
summary-no-xoauth2 = 서버가 `{ $auth }`을(를) 제공하며 XOAUTH2는 없습니다
summary-no-enterprise-app = 이 테넌트에 앱 { $client_id }의 엔터프라이즈 애플리케이션(서비스 주체)이 없습니다
summary-no-exchange-resource = 테넌트에 Office 365 Exchange Online 서비스 주체가 없습니다
summary-permission-missing = SMTP.SendAsApp(Office 365 Exchange Online, 애플리케이션 권한)이 관리자 동의와 함께 부여되지 않았습니다
summary-no-permission-rbac = SMTP.SendAsApp 없음(애플리케이션용 RBAC가 원하는 대로)
summary-rbac-assignment = 애플리케이션용 RBAC: 역할 할당 { $assignment }(Application SMTP.SendAsApp, 범위 { $scope }). API 권한이 없으며, 그것이 올바릅니다
summary-rbac-mixed = SMTP.SendAsApp API 권한과 애플리케이션용 RBAC 역할 할당 { $assignment }이(가) 모두 있습니다: 이 경우 Exchange는 FullAccess도 요구합니다
summary-rbac-no-assignment = 애플리케이션용 RBAC가 구성되었지만 Exchange에 앱 { $client_id }의 Application SMTP.SendAsApp 역할 할당이 없습니다
summary-rbac-in-scope = { $mailbox }은(는) 역할 할당 { $assignment }의 범위 { $scope } 안에 있습니다(애플리케이션용 RBAC에는 FullAccess가 필요 없음)
summary-rbac-out-of-scope = { $mailbox }은(는) 역할 할당 { $assignment }의 범위 { $scope } 밖에 있습니다
summary-no-credential = 앱에 (사용 중인 것과 일치하는) 암호나 인증서가 없습니다
summary-certificate-not-registered = 사용 중인 인증서(지문 { $thumbprint })가 앱의 인증서에 없습니다
summary-credential-cleanup = { $local ->
    [none] {""}
   *[other] ; 로컬 인증서는 { $local }에 끝나며 등록된 키의 날짜와 다릅니다
}{ $expired ->
    [0] {""}
   *[other] ; 만료된 자격 증명 { $expired }개가 아직 목록에 있습니다: 제거하세요
}
summary-credential-expired = { $name }: { $date }에 만료됨
summary-credential-expires = { $name }: { $date }에 만료({ $days }일 남음){ $cleanup }
summary-credential-only-one = 앱에서 유일하게 유효한 자격 증명 { $name }이(가) { $date }에 만료됩니다({ $days }일 남음): 지금 다음 것을 추가하세요{ $cleanup }
summary-credential-rotated = Entra에서는 교체되었지만 이 클라이언트에서는 아닙니다: { $newer }({ $until }까지)이(가) 더 새롭고, 이 클라이언트는 { $date }에 만료되는 { $name }을(를) 씁니다({ $days }일 남음){ $cleanup }
summary-mailbox-shared = { $mailbox }은(는) 공유 사서함입니다: 라이선스와 로그인이 필요 없습니다
summary-mailbox-blocked = { $mailbox }은(는) 로그인이 차단되었습니다: 공유 사서함이면 괜찮지만 사용자 사서함에는 Exchange Online 라이선스가 필요합니다. 앱 전용 SMTP에서 Exchange가 받아들이는지는 알 수 없습니다
summary-mailbox-unlicensed = { $mailbox }에 라이선스가 없습니다: 공유 사서함이면 괜찮지만 사용자 사서함에는 Exchange Online 라이선스가 필요합니다. 앱 전용 SMTP에서 Exchange가 받아들이는지는 알 수 없습니다
summary-mailbox-licences-unread = { $mailbox }이(가) 있으며 사용 가능합니다(라이선스는 읽을 수 없음)
summary-no-user = 이 테넌트에 사용자 { $mailbox }이(가) 없습니다(UPN으로도 SMTP 주소로도 없음)
summary-no-user-or-mailbox = 이 테넌트에 사용자나 사서함 { $mailbox }이(가) 없습니다(UPN으로도 SMTP 주소로도 없음)
summary-exchange-no-mailbox = Exchange에 사서함 { $mailbox }이(가) 없습니다: { $reply }
summary-sp-missing = Exchange에 앱 { $client_id }의 서비스 주체가 없습니다: New-ServicePrincipal을 실행한 적이 없습니다
summary-sp-unverified = ObjectId { $registered }(으)로 등록되었습니다. 그것이 엔터프라이즈 앱의 것인지는 Graph 없이 알 수 없습니다
summary-sp-wrong-object-id = ObjectId { $registered }(으)로 등록되었지만 엔터프라이즈 애플리케이션의 개체 ID는 { $oid }입니다(앱 등록의 개체 ID를 쓴 것으로 보입니다)
summary-no-full-access = { $mailbox }에 대한 { $oid }의 FullAccess가 없습니다
summary-send-as = { $from }에 대한 SendAs 있음
summary-no-send-as = { $from }에 대한 { $oid }의 SendAs가 없습니다
summary-smtp-auth-disabled-mailbox = SMTP AUTH 사용 안 함: 사서함의 SmtpClientAuthenticationDisabled = { $value }
summary-smtp-auth-disabled-org = SMTP AUTH 사용 안 함: 사서함이 조직의 SmtpClientAuthenticationDisabled = { $value }을(를) 상속합니다
summary-propagation-pending = { $changes }: Exchange가 변경을 적용하는 데 최대 1시간이 걸릴 수 있습니다
summary-but-auth-accepted = { $summary } — 하지만 이번 실행에서 Exchange가 사서함의 SMTP AUTH를 수락했으므로 보내기가 멈추지는 않습니다
