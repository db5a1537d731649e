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
