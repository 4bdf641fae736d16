<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>Action</name>
        <message>
            <source>Close escalation</source>
            <translation>Đóng chuyển cấp</translation>
        </message>
        <message>
            <source>Mark answered</source>
            <translation>Đánh dấu đã trả lời</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>Start investigating</source>
            <translation>Bắt đầu điều tra</translation>
        </message>
        <message>
            <source>Submit COE</source>
            <translation>Nộp COE</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <source>%1 ago</source>
            <translation>%1 trước</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n giờ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n w</source>
            <translation>
                <numerusform>%n tuần</numerusform>
            </translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>không rõ ngày</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>vừa xong</translation>
        </message>
        <message>
            <source>now</source>
            <translation>bây giờ</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message numerus="yes">
            <source>%Ln times since %1</source>
            <translation>
                <numerusform>%Ln lần kể từ %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Dismiss the problem</source>
            <translation>Bỏ qua sự cố</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Sự cố</translation>
        </message>
    </context>
    <context>
        <name>Between</name>
        <message>
            <source>%1 against about %2</source>
            <translation>%1 so với khoảng %2</translation>
        </message>
        <message>
            <source>%1 in %2: more voices than usual</source>
            <translation>%1 tại %2: nhiều ý kiến hơn bình thường</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decisions</source>
            <translation>
                <numerusform>%Ln quyết định</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln things stand out.</source>
            <translation>
                <numerusform>%Ln điều nổi bật.</numerusform>
            </translation>
        </message>
        <message>
            <source>All meetings · %1 to follow up</source>
            <translation>Mọi cuộc họp · %1 cần theo dõi</translation>
        </message>
        <message>
            <source>Between meetings</source>
            <translation>Giữa các cuộc họp</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Ngày quyết định</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Các quyết định</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>Theo dõi trước</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Đã theo dõi</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Thấy lần cuối</translation>
        </message>
        <message>
            <source>Look for spikes of voices per pillar and area, and for new phrases from several customers</source>
            <translation>Tìm các đợt tăng ý kiến theo trụ cột và khu vực, và các cụm từ mới từ nhiều khách hàng</translation>
        </message>
        <message>
            <source>Look now</source>
            <translation>Tìm ngay</translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cuộc họp</translation>
        </message>
        <message>
            <source>Meetings and decisions</source>
            <translation>Cuộc họp và quyết định</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Chưa</translation>
        </message>
        <message>
            <source>Nothing noticed yet. Look now, or import voices: chair looks after every import.</source>
            <translation>Chưa nhận thấy gì. Hãy tìm ngay, hoặc nhập ý kiến: chair xem xét sau mỗi lần nhập.</translation>
        </message>
        <message>
            <source>Nothing stands out.</source>
            <translation>Không có gì nổi bật.</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Đã nhận thấy</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Past meetings</source>
            <translation>Các cuộc họp trước</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>Save the pre-read…</source>
            <translation>Lưu tài liệu đọc trước…</translation>
        </message>
        <message>
            <source>Select a line to read the voices behind it.</source>
            <translation>Chọn một dòng để đọc các ý kiến đằng sau.</translation>
        </message>
        <message>
            <source>Since the last meeting</source>
            <translation>Từ cuộc họp trước</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>The one-page pre-read for the next meeting, as PDF or Markdown</source>
            <translation>Tài liệu đọc trước một trang cho cuộc họp tới, dạng PDF hoặc Markdown</translation>
        </message>
        <message>
            <source>Voices</source>
            <translation>Ý kiến</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>What chair noticed</source>
            <translation>Những gì chair nhận thấy</translation>
        </message>
        <message>
            <source>What changed since the last meeting</source>
            <translation>Những gì đã thay đổi từ cuộc họp trước</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>đã bỏ qua</translation>
        </message>
        <message>
            <source>no area</source>
            <translation>không có khu vực</translation>
        </message>
        <message>
            <source>open</source>
            <translation>đang mở</translation>
        </message>
        <message>
            <source>“%1”: from several customers at once</source>
            <translation>“%1”: từ nhiều khách hàng cùng lúc</translation>
        </message>
        <message>
            <source>“?” raised</source>
            <translation>đã gửi “?”</translation>
        </message>
        <message>
            <source>“?” to the owner…</source>
            <translation>“?” cho người phụ trách…</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>chat</source>
            <translation>trò chuyện</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>review</source>
            <translation>đánh giá</translation>
        </message>
        <message>
            <source>social</source>
            <translation>mạng xã hội</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>khảo sát</translation>
        </message>
        <message>
            <source>ticket</source>
            <translation>phiếu hỗ trợ</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>closed</source>
            <translation>đã đóng</translation>
        </message>
        <message>
            <source>days (median)</source>
            <translation>ngày (trung vị)</translation>
        </message>
        <message>
            <source>first answer</source>
            <translation>trả lời đầu tiên</translation>
        </message>
        <message>
            <source>no data in these weeks</source>
            <translation>không có dữ liệu trong các tuần này</translation>
        </message>
        <message>
            <source>other areas</source>
            <translation>khu vực khác</translation>
        </message>
        <message>
            <source>response time allowed</source>
            <translation>thời hạn trả lời</translation>
        </message>
        <message>
            <source>target</source>
            <translation>mục tiêu</translation>
        </message>
        <message>
            <source>waiting, no answer yet</source>
            <translation>đang chờ, chưa trả lời</translation>
        </message>
    </context>
    <context>
        <name>Coe</name>
        <message>
            <source>Corrective actions</source>
            <translation>Hành động khắc phục</translation>
        </message>
        <message>
            <source>Critical implications, including security</source>
            <translation>Hệ quả nghiêm trọng, kể cả về bảo mật</translation>
        </message>
        <message>
            <source>Impact on customers and the business</source>
            <translation>Ảnh hưởng đến khách hàng và doanh nghiệp</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Bài học rút ra</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Nguyên nhân gốc</translation>
        </message>
        <message>
            <source>Supporting data</source>
            <translation>Dữ liệu chứng minh</translation>
        </message>
        <message>
            <source>This COE cannot close yet: %1.</source>
            <translation>Chưa thể đóng COE này: %1.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Chuyện gì đã xảy ra</translation>
        </message>
        <message>
            <source>no Correction of Error has been written</source>
            <translation>chưa có báo cáo khắc phục lỗi (COE)</translation>
        </message>
        <message>
            <source>no corrective action with an owner and a due date</source>
            <translation>chưa có hành động khắc phục nào có người phụ trách và hạn chót</translation>
        </message>
        <message>
            <source>no supporting data (write it or link voices and metrics)</source>
            <translation>chưa có dữ liệu chứng minh (hãy viết ra hoặc liên kết ý kiến và chỉ số)</translation>
        </message>
        <message>
            <source>the root cause is empty</source>
            <translation>chưa điền nguyên nhân gốc</translation>
        </message>
    </context>
    <context>
        <name>Detail</name>
        <message>
            <source>? escalation #%1</source>
            <translation>? chuyển cấp số %1</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <source>Area of this voice</source>
            <translation>Khu vực của ý kiến này</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>Từ %1</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Trụ cột</translation>
        </message>
        <message>
            <source>Pillar of this voice</source>
            <translation>Trụ cột của ý kiến này</translation>
        </message>
        <message>
            <source>Select a voice to read it in full.</source>
            <translation>Chọn một ý kiến để đọc toàn văn.</translation>
        </message>
        <message>
            <source>Verbatim text</source>
            <translation>Nguyên văn</translation>
        </message>
        <message>
            <source>Voice detail</source>
            <translation>Chi tiết ý kiến</translation>
        </message>
        <message>
            <source>classified, confidence %1</source>
            <translation>đã phân loại, độ tin cậy %1</translation>
        </message>
        <message>
            <source>corrected by hand</source>
            <translation>đã sửa thủ công</translation>
        </message>
        <message>
            <source>×%1: the same words (numbers aside) from %1 voices, counted once</source>
            <translation>×%1: cùng một nội dung (trừ các con số) từ %1 ý kiến, chỉ tính một lần</translation>
        </message>
    </context>
    <context>
        <name>EscalateSheet</name>
        <message>
            <source>(a note is optional: the question mark says it all)</source>
            <translation>(ghi chú không bắt buộc: dấu hỏi đã nói lên tất cả)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Email the “?” to the owner</source>
            <translation>Gửi “?” qua email cho người phụ trách</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Chuyển cấp</translation>
        </message>
        <message>
            <source>Escalate with “?”</source>
            <translation>Chuyển cấp bằng “?”</translation>
        </message>
        <message>
            <source>No owner of %1 in the directory: type a name and an email.</source>
            <translation>Danh bạ chưa có người phụ trách %1: hãy nhập tên và email.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Owner of %1 in the directory.</source>
            <translation>Người phụ trách %1 theo danh bạ.</translation>
        </message>
        <message>
            <source>Set an SMTP server in Settings to forward by email.</source>
            <translation>Hãy đặt máy chủ SMTP trong Cài đặt để chuyển tiếp qua email.</translation>
        </message>
        <message>
            <source>Who owns this? Choose or type the owner.</source>
            <translation>Ai phụ trách việc này? Hãy chọn hoặc nhập người phụ trách.</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more voices</source>
            <translation>
                <numerusform>và %Ln ý kiến khác</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EscalationWindow</name>
        <message numerus="yes">
            <source>%Ln corrective actions overdue</source>
            <translation>
                <numerusform>%Ln hành động khắc phục quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Thêm hành động</translation>
        </message>
        <message>
            <source>Anything this exposes beyond this case — security and privacy first.</source>
            <translation>Những gì vụ việc này để lộ ra ngoài phạm vi của nó — trước hết là bảo mật và quyền riêng tư.</translation>
        </message>
        <message>
            <source>Cite the escalated voices</source>
            <translation>Trích dẫn các ý kiến đã chuyển cấp</translation>
        </message>
        <message>
            <source>Close this window; what was typed is saved</source>
            <translation>Đóng cửa sổ này; nội dung đã nhập được lưu</translation>
        </message>
        <message>
            <source>Correction of Error</source>
            <translation>Báo cáo khắc phục lỗi (COE)</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Hành động khắc phục</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Hành động khắc phục</translation>
        </message>
        <message>
            <source>Critical implications</source>
            <translation>Hệ quả nghiêm trọng</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>ESCALATION #%1</source>
            <translation>CHUYỂN CẤP SỐ %1</translation>
        </message>
        <message>
            <source>Email not sent: %1</source>
            <translation>Chưa gửi được email: %1</translation>
        </message>
        <message>
            <source>Escalation #%1</source>
            <translation>Chuyển cấp số %1</translation>
        </message>
        <message>
            <source>Escalation #%1 no longer exists.</source>
            <translation>Chuyển cấp số %1 không còn tồn tại.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bằng chứng</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Xuất Markdown…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Xuất PDF…</translation>
        </message>
        <message>
            <source>Export the Correction of Error</source>
            <translation>Xuất báo cáo khắc phục lỗi</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Đã xuất ra %1</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Năm câu hỏi “tại sao”</translation>
        </message>
        <message>
            <source>Forward on…</source>
            <translation>Chuyển tiếp…</translation>
        </message>
        <message>
            <source>Forwarded:</source>
            <translation>Đã chuyển:</translation>
        </message>
        <message>
            <source>Hand this “?” to someone else, who owns it from now</source>
            <translation>Chuyển “?” này cho người khác, người đó chịu trách nhiệm từ giờ</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Ảnh hưởng</translation>
        </message>
        <message>
            <source>Lessons learned</source>
            <translation>Bài học rút ra</translation>
        </message>
        <message>
            <source>Metric #%1: %2</source>
            <translation>Chỉ số số %1: %2</translation>
        </message>
        <message>
            <source>No voice is linked.</source>
            <translation>Chưa liên kết ý kiến nào.</translation>
        </message>
        <message>
            <source>On customers and on the business: how many, how much, since when.</source>
            <translation>Đến khách hàng và doanh nghiệp: bao nhiêu người, bao nhiêu tiền, từ khi nào.</translation>
        </message>
        <message>
            <source>One why per line: why did it happen, and why did that happen…</source>
            <translation>Mỗi dòng một câu “tại sao”: vì sao chuyện xảy ra, và vì sao điều đó lại xảy ra…</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Ready to submit and close.</source>
            <translation>Sẵn sàng để nộp và đóng.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Gỡ bỏ</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Gỡ hành động</translation>
        </message>
        <message>
            <source>Replies from the owner</source>
            <translation>Phản hồi của người phụ trách</translation>
        </message>
        <message>
            <source>Retry sending</source>
            <translation>Gửi lại</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Nguyên nhân gốc</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save the Correction of Error (Ctrl+S)</source>
            <translation>Lưu báo cáo khắc phục lỗi (Ctrl+S)</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Gửi lần nữa</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>Gửi lại…</translation>
        </message>
        <message>
            <source>Send “?” by email</source>
            <translation>Gửi “?” qua email</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Đang gửi…</translation>
        </message>
        <message>
            <source>Supporting data</source>
            <translation>Dữ liệu chứng minh</translation>
        </message>
        <message>
            <source>The cause that, once removed, prevents a recurrence.</source>
            <translation>Nguyên nhân mà khi loại bỏ sẽ ngăn sự việc lặp lại.</translation>
        </message>
        <message>
            <source>The facts, in order, as a customer would tell them.</source>
            <translation>Các sự việc, theo thứ tự, như khách hàng sẽ kể lại.</translation>
        </message>
        <message>
            <source>The leader's note:</source>
            <translation>Ghi chú của lãnh đạo:</translation>
        </message>
        <message>
            <source>The numbers and the voices that prove the cause.</source>
            <translation>Những con số và ý kiến chứng minh nguyên nhân.</translation>
        </message>
        <message>
            <source>To close: %1.</source>
            <translation>Để đóng: %1.</translation>
        </message>
        <message>
            <source>Voice #%1: %2</source>
            <translation>Ý kiến số %1: %2</translation>
        </message>
        <message>
            <source>Voices and replies</source>
            <translation>Ý kiến và phản hồi</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Chuyện gì đã xảy ra</translation>
        </message>
        <message>
            <source>What the team now knows and will do differently.</source>
            <translation>Điều nhóm đã hiểu ra và sẽ làm khác đi.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>NNNN-TT-NN</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>hạn %1</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>chưa có người phụ trách</translation>
        </message>
        <message>
            <source>opened %1</source>
            <translation>mở %1</translation>
        </message>
        <message>
            <source>opened %1 by %2</source>
            <translation>do %2 mở %1</translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>owner %1</source>
            <translation>người phụ trách %1</translation>
        </message>
        <message>
            <source>“?” emailed to %1</source>
            <translation>đã gửi “?” qua email tới %1</translation>
        </message>
    </context>
    <context>
        <name>Escalations</name>
        <message numerus="yes">
            <source>%Ln actions overdue</source>
            <translation>
                <numerusform>%Ln hành động quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Tuổi</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Ghi chú: %1</translation>
        </message>
        <message>
            <source>Open escalations</source>
            <translation>Chuyển cấp đang mở</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Ý kiến</translation>
        </message>
        <message>
            <source>email not sent</source>
            <translation>chưa gửi được email</translation>
        </message>
        <message numerus="yes">
            <source>in %n d</source>
            <translation>
                <numerusform>còn %n ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n d</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hôm nay</translation>
        </message>
    </context>
    <context>
        <name>Feed</name>
        <message>
            <source>Customer voices</source>
            <translation>Ý kiến khách hàng</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All areas</source>
            <translation>Mọi khu vực</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Mọi ngôn ngữ</translation>
        </message>
        <message>
            <source>All pillars</source>
            <translation>Mọi trụ cột</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Mọi nguồn</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Mọi lúc</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa lọc</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Xóa mọi bộ lọc</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>24 giờ qua</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 ngày qua</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 ngày qua</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>90 ngày qua</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Khoảng thời gian</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Trụ cột</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd, d MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>HandOn</name>
        <message>
            <source>(optional) what they should know</source>
            <translation>(tùy chọn) điều họ cần biết</translation>
        </message>
        <message>
            <source>Choose or type whom to forward it to.</source>
            <translation>Chọn hoặc nhập người nhận.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Chuyển</translation>
        </message>
        <message>
            <source>Forward on</source>
            <translation>Chuyển tiếp</translation>
        </message>
        <message>
            <source>Forward to</source>
            <translation>Chuyển cho</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Say what the COE still needs.</source>
            <translation>Hãy nói COE còn thiếu gì.</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Gửi lại</translation>
        </message>
        <message>
            <source>Send the COE back</source>
            <translation>Gửi lại COE</translation>
        </message>
        <message>
            <source>What does this Correction of Error still need? The owner reads it with the escalation.</source>
            <translation>Correction of Error này còn thiếu gì? Người phụ trách sẽ đọc cùng với yêu cầu.</translation>
        </message>
        <message>
            <source>Who should answer this “?”? They own it from now; the escalation keeps who handed it to whom.</source>
            <translation>Ai nên trả lời “?” này? Họ chịu trách nhiệm từ giờ; yêu cầu ghi lại ai đã chuyển cho ai.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%1 and %Ln more</source>
            <translation>
                <numerusform>%1 và %Ln tệp khác</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 imported, %2 already there, %3 rejected</source>
            <translation>đã nhập %1, đã có sẵn %2, bị từ chối %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln areas of the metrics match no voice and no known place: %1. A spelling is mapped to an area with chair areas map.</source>
            <translation>
                <numerusform>%Ln khu vực của chỉ số không khớp với ý kiến hay địa điểm nào đã biết: %1. Gán một cách viết cho một khu vực bằng lệnh chair areas map.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices had no readable date: they show “date unknown” and come after the dated voices.</source>
            <translation>
                <numerusform>%Ln ý kiến không có ngày đọc được: hiển thị “không rõ ngày” và xếp sau các ý kiến có ngày.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Cancelled: what was read before stays, and importing again completes it.</source>
            <translation>Đã hủy: những gì đã đọc vẫn được giữ, nhập lại sẽ hoàn tất phần còn lại.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Đang hủy…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Đã hủy nhập</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Đã nhập xong</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Tiến độ nhập</translation>
        </message>
        <message>
            <source>Import voices</source>
            <translation>Nhập ý kiến</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Đang nhập %1</translation>
        </message>
        <message>
            <source>Show the rejected records…</source>
            <translation>Xem các bản ghi bị loại…</translation>
        </message>
        <message>
            <source>Total: %1 imported, %2 already there, %3 rejected.</source>
            <translation>Tổng cộng: đã nhập %1, đã có sẵn %2, bị từ chối %3.</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more sources: %1 imported, %2 rejected</source>
            <translation>
                <numerusform>… và %Ln nguồn khác: đã nhập %1, bị từ chối %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>#%1 is escalated, but the email was not sent: %2</source>
            <translation>Đã chuyển cấp số %1, nhưng chưa gửi được email: %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln kết quả</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices</source>
            <translation>
                <numerusform>%Ln ý kiến mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln quá hạn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln voices</source>
            <translation>
                <numerusform>%Ln ý kiến</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ matching</source>
            <translation>
                <numerusform>%Ln+ kết quả</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;The database could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;Không mở được cơ sở dữ liệu.&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome. No customer voices yet.&lt;/b&gt;&lt;br&gt;Start with a realistic demo in four languages (it can be removed later in one step from Help), bring your own exports and mail, or connect the mailbox where customers write.</source>
            <translation>&lt;b&gt;Xin chào. Chưa có ý kiến khách hàng nào.&lt;/b&gt;&lt;br&gt;Hãy bắt đầu với bộ dữ liệu mẫu sát thực tế bằng bốn ngôn ngữ (sau này có thể gỡ bỏ chỉ một bước trong Trợ giúp), nhập dữ liệu xuất và thư của bạn, hoặc kết nối hộp thư nơi khách hàng gửi thư đến.</translation>
        </message>
        <message>
            <source>? for %1 recorded as escalation #%2, due %3. Not emailed: to send it, open #%2 and press Send “?” by email.</source>
            <translation>Đã ghi “?” cho %1 thành chuyển cấp số %2, hạn %3. Chưa gửi email: để gửi, mở #%2 và bấm Gửi “?” qua email.</translation>
        </message>
        <message>
            <source>? for %1 recorded as escalation #%2, due %3; emailing it…</source>
            <translation>Đã ghi “?” cho %1 thành chuyển cấp số %2, hạn %3; đang gửi email…</translation>
        </message>
        <message>
            <source>A seat for the customer at the leadership table.</source>
            <translation>Một chỗ ngồi cho khách hàng bên bàn lãnh đạo.</translation>
        </message>
        <message>
            <source>About chair</source>
            <translation>Giới thiệu chair</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Mọi tệp</translation>
        </message>
        <message>
            <source>Already escalated as #%1: opened it.</source>
            <translation>Đã chuyển cấp với số %1: đã mở ra.</translation>
        </message>
        <message>
            <source>Between meetings…</source>
            <translation>Giữa các cuộc họp…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Connect a mailbox…</source>
            <translation>Kết nối hộp thư…</translation>
        </message>
        <message>
            <source>Correction kept: reclassifying will not change it.</source>
            <translation>Đã giữ chỉnh sửa: phân loại lại sẽ không thay đổi nó.</translation>
        </message>
        <message>
            <source>Creating demo data…</source>
            <translation>Đang tạo dữ liệu mẫu…</translation>
        </message>
        <message>
            <source>Customer voices</source>
            <translation>Ý kiến khách hàng</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Thư mục dữ liệu</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Cơ sở dữ liệu</translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed (%Ln voices).</source>
            <translation>
                <numerusform>Đã gỡ dữ liệu mẫu (%Ln ý kiến).</numerusform>
            </translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>How fast each owner answers and closes a '?'</source>
            <translation>Mỗi người phụ trách trả lời và đóng một “?” nhanh đến đâu</translation>
        </message>
        <message>
            <source>Import customer voices</source>
            <translation>Nhập ý kiến khách hàng</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Nhập tệp…</translation>
        </message>
        <message>
            <source>Import voices, mail or metrics (Ctrl+I), or drop files here</source>
            <translation>Nhập ý kiến, thư hoặc chỉ số (Ctrl+I), hoặc thả tệp vào đây</translation>
        </message>
        <message>
            <source>Imported %1 voices (%2 already there, %3 rejected).</source>
            <translation>Đã nhập %1 ý kiến (đã có sẵn %2, bị từ chối %3).</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Nhập…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1), about chair, demo data</source>
            <translation>Phím tắt (F1), giới thiệu, dữ liệu mẫu</translation>
        </message>
        <message>
            <source>Latest decision</source>
            <translation>Quyết định gần nhất</translation>
        </message>
        <message>
            <source>Live updates paused: %1</source>
            <translation>Tạm dừng cập nhật trực tiếp: %1</translation>
        </message>
        <message>
            <source>Live updates paused: the database stopped answering (%1).</source>
            <translation>Tạm dừng cập nhật trực tiếp: cơ sở dữ liệu ngừng phản hồi (%1).</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Tải dữ liệu mẫu</translation>
        </message>
        <message>
            <source>Meeting mode: the customer's seat on the big screen (F11)</source>
            <translation>Chế độ họp: chỗ ngồi của khách hàng trên màn hình lớn (F11)</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Cuộc họp %1</translation>
        </message>
        <message>
            <source>Meeting saved. Minutes: %1.md and .pdf</source>
            <translation>Đã lưu cuộc họp. Biên bản: %1.md và .pdf</translation>
        </message>
        <message>
            <source>Meeting…</source>
            <translation>Họp…</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Biên bản</translation>
        </message>
        <message>
            <source>My ?</source>
            <translation>? của tôi</translation>
        </message>
        <message>
            <source>My ? · %1</source>
            <translation>? của tôi · %1</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are hidden. R shows them.</source>
            <translation>Tên, email, số điện thoại, số đơn hàng và số thẻ đang được ẩn. Nhấn R để hiện.</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are shown. R hides them.</source>
            <translation>Tên, email, số điện thoại, số đơn hàng và số thẻ đang hiện. Nhấn R để ẩn.</translation>
        </message>
        <message>
            <source>No open “?” yet. Select a voice and press ? to ask its owner why; the answer comes back as a Correction of Error.</source>
            <translation>Chưa có “?” nào đang mở. Chọn một ý kiến và nhấn ? để hỏi người phụ trách vì sao; câu trả lời sẽ quay về dưới dạng báo cáo khắc phục lỗi (COE).</translation>
        </message>
        <message>
            <source>Offline — reconnecting to the team database…</source>
            <translation>Mất kết nối — đang kết nối lại với cơ sở dữ liệu của nhóm…</translation>
        </message>
        <message>
            <source>Only a leader raises a “?”. To hand one of yours to someone else, open it and choose Forward on…</source>
            <translation>Chỉ lãnh đạo mới đặt “?”. Để chuyển một yêu cầu của bạn cho người khác, hãy mở nó và chọn Chuyển tiếp…</translation>
        </message>
        <message>
            <source>Only the escalations assigned to me, oldest first</source>
            <translation>Chỉ các yêu cầu giao cho tôi, cũ nhất trước</translation>
        </message>
        <message>
            <source>Open ? escalations</source>
            <translation>Chuyển cấp ? đang mở</translation>
        </message>
        <message>
            <source>Open ? escalations · %1</source>
            <translation>Chuyển cấp ? đang mở · %1</translation>
        </message>
        <message>
            <source>Open ? escalations — %1</source>
            <translation>Chuyển cấp ? đang mở — %1</translation>
        </message>
        <message>
            <source>Passwords live only in the system keyring.</source>
            <translation>Mật khẩu chỉ được lưu trong kho khóa của hệ thống.</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Personal data hidden</source>
            <translation>Đã ẩn dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Personal data shown</source>
            <translation>Đang hiện dữ liệu cá nhân</translation>
        </message>
        <message numerus="yes">
            <source>Reminded %Ln owners of an overdue “?” by email</source>
            <translation>
                <numerusform>Đã nhắc %Ln người phụ trách về “?” quá hạn qua email</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove every demo voice, metric, owner, escalation and meeting? Your own imports stay.</source>
            <translation>Gỡ mọi ý kiến, chỉ số, người phụ trách, chuyển cấp và cuộc họp mẫu? Dữ liệu bạn tự nhập vẫn được giữ.</translation>
        </message>
        <message>
            <source>Remove imported voices…</source>
            <translation>Gỡ các ý kiến đã nhập…</translation>
        </message>
        <message>
            <source>Remove the demo data</source>
            <translation>Gỡ dữ liệu mẫu</translation>
        </message>
        <message>
            <source>Remove the demo data…</source>
            <translation>Gỡ dữ liệu mẫu…</translation>
        </message>
        <message>
            <source>Remove this voice</source>
            <translation>Gỡ ý kiến này</translation>
        </message>
        <message>
            <source>Remove this voice from chair? Its words leave the feed, the search and the counts; an escalation keeps a line saying a voice was removed. This cannot be undone.</source>
            <translation>Gỡ ý kiến này khỏi chair? Nội dung sẽ rời khỏi danh sách, tìm kiếm và số liệu; escalation giữ một dòng ghi rằng ý kiến đã bị gỡ. Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>Remove this voice…</source>
            <translation>Gỡ ý kiến này…</translation>
        </message>
        <message>
            <source>Removed %1 voices and %2 rejected records of %3.</source>
            <translation>Đã gỡ %1 ý kiến và %2 bản ghi bị loại của %3.</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>Thời gian phản hồi</translation>
        </message>
        <message>
            <source>Safe to share</source>
            <translation>An toàn để chia sẻ</translation>
        </message>
        <message>
            <source>Save the pre-read for the next meeting</source>
            <translation>Lưu tài liệu đọc trước cho cuộc họp tới</translation>
        </message>
        <message>
            <source>Search voices</source>
            <translation>Tìm ý kiến</translation>
        </message>
        <message>
            <source>Search what customers wrote…   ( / )</source>
            <translation>Tìm trong những gì khách hàng viết…   ( / )</translation>
        </message>
        <message>
            <source>Select a voice first, then press ? to escalate it.</source>
            <translation>Hãy chọn một ý kiến trước, rồi nhấn ? để chuyển cấp.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,)</source>
            <translation>Cài đặt (Ctrl+,)</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Đã lưu cài đặt.</translation>
        </message>
        <message>
            <source>Show new voices</source>
            <translation>Hiện ý kiến mới</translation>
        </message>
        <message>
            <source>Showing %1 voices from %2. Esc shows all.</source>
            <translation>Đang hiện ý kiến %1 từ %2. Esc để hiện tất cả.</translation>
        </message>
        <message>
            <source>The meeting is saved, but its minutes were not: %1</source>
            <translation>Đã lưu cuộc họp, nhưng chưa lưu được biên bản: %1</translation>
        </message>
        <message>
            <source>The pre-read is in %1</source>
            <translation>Tài liệu đọc trước nằm ở %1</translation>
        </message>
        <message>
            <source>The search could not run: %1</source>
            <translation>Không tìm kiếm được: %1</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Voice exports and mail</source>
            <translation>Tệp xuất ý kiến và thư</translation>
        </message>
        <message>
            <source>Voice removed.</source>
            <translation>Đã gỡ ý kiến.</translation>
        </message>
        <message>
            <source>What changed since the last meeting, what chair noticed, the decisions to follow up, and the one-page pre-read for the next meeting</source>
            <translation>Những gì đã thay đổi từ cuộc họp trước, những gì chair nhận thấy, các quyết định cần theo dõi và tài liệu đọc trước một trang cho cuộc họp tới</translation>
        </message>
        <message>
            <source>Writing the pre-read…</source>
            <translation>Đang viết tài liệu đọc trước…</translation>
        </message>
        <message>
            <source>chair cannot open its database</source>
            <translation>chair không mở được cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>chair noticed: %1. Between meetings… shows the voices behind it.</source>
            <translation>chair nhận thấy: %1. “Giữa các cuộc họp…” cho xem các ý kiến đằng sau.</translation>
        </message>
        <message>
            <source>chair — the customer's seat</source>
            <translation>chair — chỗ ngồi của khách hàng</translation>
        </message>
        <message>
            <source>live sources</source>
            <translation>nguồn trực tiếp</translation>
        </message>
        <message>
            <source>“?” of #%1 emailed to %2.</source>
            <translation>Đã gửi “?” số %1 qua email tới %2.</translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message>
            <source>%1 in focus</source>
            <translation>tập trung: %1</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>còn %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 open</source>
            <translation>
                <numerusform>%1 đang mở</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 over</source>
            <translation>quá %1</translation>
        </message>
        <message>
            <source>%1: the data says %2, on target — %3, %4 expected.</source>
            <translation>%1: dữ liệu báo %2, đạt mục tiêu — %3, dự kiến %4.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln corrective actions past due</source>
            <translation>
                <numerusform>%Ln hành động khắc phục quá hạn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers complained about it this week</source>
            <translation>
                <numerusform>%Ln khách hàng đã phàn nàn về việc này trong tuần</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;“?”&lt;/b&gt; to %1 · due %2 — Enter to send, Esc to cancel</source>
            <translation>&lt;b&gt;“?”&lt;/b&gt; tới %1 · hạn %2 — Enter để gửi, Esc để hủy</translation>
        </message>
        <message>
            <source>Decision recorded: %1 — %2, follow up by %3</source>
            <translation>Đã ghi quyết định: %1 — %2, theo dõi trước %3</translation>
        </message>
        <message>
            <source>Finding the owner…</source>
            <translation>Đang tìm người phụ trách…</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>Theo dõi trước</translation>
        </message>
        <message>
            <source>Meeting view</source>
            <translation>Màn hình họp</translation>
        </message>
        <message>
            <source>No customer voices yet.</source>
            <translation>Chưa có ý kiến khách hàng nào.</translation>
        </message>
        <message>
            <source>Not escalated: who owns this? Press ? and type a name.</source>
            <translation>Chưa chuyển cấp: ai phụ trách việc này? Nhấn ? và nhập tên.</translation>
        </message>
        <message>
            <source>OPEN “?”</source>
            <translation>“?” ĐANG MỞ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>PERSONAL DATA VISIBLE</source>
            <translation>ĐANG HIỆN DỮ LIỆU CÁ NHÂN</translation>
        </message>
        <message>
            <source>Press R again to show personal data to everyone watching.</source>
            <translation>Nhấn R lần nữa để hiện dữ liệu cá nhân cho mọi người đang xem.</translation>
        </message>
        <message>
            <source>Safe to share</source>
            <translation>An toàn để chia sẻ</translation>
        </message>
        <message>
            <source>Space next · ← back · P pause · 1 2 3 pillar · 0 all · ? escalate · D decision · N agenda · Esc leave</source>
            <translation>Space tiếp · ← lùi · P dừng · 1 2 3 trụ cột · 0 tất cả · ? chuyển cấp · D quyết định · N chương trình · Esc thoát</translation>
        </message>
        <message>
            <source>TO FOLLOW UP</source>
            <translation>CẦN THEO DÕI</translation>
        </message>
        <message>
            <source>This voice is already escalated (#%1).</source>
            <translation>Ý kiến này đã được chuyển cấp (số %1).</translation>
        </message>
        <message>
            <source>Type the decision, Tab for its owner and date, Enter to record it, Esc to cancel</source>
            <translation>Nhập quyết định, Tab để chọn người phụ trách và ngày, Enter để ghi, Esc để hủy</translation>
        </message>
        <message>
            <source>What would the customer say?</source>
            <translation>Khách hàng sẽ nói gì?</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>và %Ln mục khác</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more owners</source>
            <translation>
                <numerusform>và %Ln người phụ trách khác</numerusform>
            </translation>
        </message>
        <message>
            <source>below target · %1</source>
            <translation>dưới mục tiêu · %1</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>chưa có dữ liệu</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>chưa có người phụ trách</translation>
        </message>
        <message>
            <source>no owner in the directory: type a name</source>
            <translation>danh bạ chưa có người phụ trách: hãy nhập tên</translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>lâu nhất %1</translation>
        </message>
        <message>
            <source>on target · %1</source>
            <translation>đạt mục tiêu · %1</translation>
        </message>
        <message>
            <source>paused (P)</source>
            <translation>tạm dừng (P)</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>từ %1</translation>
        </message>
        <message>
            <source>voice %1 of %2</source>
            <translation>ý kiến %1/%2</translation>
        </message>
        <message>
            <source>who follows it up</source>
            <translation>ai theo dõi việc này</translation>
        </message>
        <message>
            <source>“?” for %1 recorded as escalation #%2, not emailed yet: send it from its window after the meeting.</source>
            <translation>Đã ghi “?” cho %1 thành chuyển cấp số %2, chưa gửi email: hãy gửi từ cửa sổ của nó sau cuộc họp.</translation>
        </message>
        <message>
            <source>“?” open</source>
            <translation>“?” đang mở</translation>
        </message>
    </context>
    <context>
        <name>MeetingSetup</name>
        <message>
            <source> s per voice</source>
            <translation> giây mỗi ý kiến</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Người tham dự</translation>
        </message>
        <message>
            <source>Optional, one item per line:
Delivery in apartment complexes · 15 · delivery
Price checks · 10 · price
Decisions · 5</source>
            <translation>Không bắt buộc, mỗi dòng một mục:
Giao hàng tới chung cư · 15 · giao hàng
Kiểm tra giá · 10 · giá
Quyết định · 5</translation>
        </message>
        <message>
            <source>Optional: who is in the room</source>
            <translation>Không bắt buộc: ai có mặt trong phòng</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Nhịp độ</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Màn hình</translation>
        </message>
        <message>
            <source>Start a meeting</source>
            <translation>Bắt đầu cuộc họp</translation>
        </message>
        <message>
            <source>Start meeting</source>
            <translation>Bắt đầu họp</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Weekly business review</source>
            <translation>Họp rà soát kinh doanh hằng tuần</translation>
        </message>
    </context>
    <context>
        <name>Metric</name>
        <message>
            <source>Arrived undamaged</source>
            <translation>Nguyên vẹn khi nhận</translation>
        </message>
        <message>
            <source>At or below lowest price</source>
            <translation>Bằng hoặc thấp hơn giá thấp nhất</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>Còn hàng</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>Đúng hẹn</translation>
        </message>
        <message>
            <source>Right-sized packaging</source>
            <translation>Bao bì vừa vặn</translation>
        </message>
        <message>
            <source>Searches with results</source>
            <translation>Tìm kiếm có kết quả</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>%1 in %2 in the last 7 days</source>
            <translation>%1 tại %2 trong 7 ngày qua</translation>
        </message>
        <message>
            <source>%1 in the last 7 days</source>
            <translation>%1 trong 7 ngày qua</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers</source>
            <translation>
                <numerusform>%Ln khách hàng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers found their item out of stock</source>
            <translation>
                <numerusform>%Ln khách hàng thấy món hàng của mình hết hàng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a box full of air</source>
            <translation>
                <numerusform>%Ln khách hàng nhận thùng hàng toàn không khí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a damaged parcel</source>
            <translation>
                <numerusform>%Ln khách hàng nhận kiện hàng bị hư hỏng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers got a late package</source>
            <translation>
                <numerusform>%Ln khách hàng nhận hàng trễ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers saw a lower price elsewhere</source>
            <translation>
                <numerusform>%Ln khách hàng thấy nơi khác bán rẻ hơn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customers were not served as promised</source>
            <translation>
                <numerusform>%Ln khách hàng không được phục vụ như đã hứa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln searches found nothing</source>
            <translation>
                <numerusform>%Ln lượt tìm kiếm không có kết quả</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more than the target allows)</source>
            <translation>
                <numerusform>(vượt %Ln so với mức mục tiêu cho phép)</numerusform>
            </translation>
        </message>
        <message>
            <source>(within the target)</source>
            <translation>(trong phạm vi mục tiêu)</translation>
        </message>
    </context>
    <context>
        <name>Pillar</name>
        <message>
            <source>Delivery</source>
            <translation>Giao hàng</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Giá</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Chủng loại</translation>
        </message>
    </context>
    <context>
        <name>Pillars</name>
        <message>
            <source>%1 over the weeks: the voices and the metric per area</source>
            <translation>%1 qua các tuần: ý kiến và chỉ số theo khu vực</translation>
        </message>
        <message>
            <source>%1 pillar</source>
            <translation>Trụ cột %1</translation>
        </message>
        <message>
            <source>%1 says fine, %2 in 7 days against %3 expected</source>
            <translation>%1 báo ổn, nhưng có %2 trong 7 ngày so với %3 dự kiến</translation>
        </message>
        <message>
            <source>%1 trends</source>
            <translation>Xu hướng %1</translation>
        </message>
        <message>
            <source>%1 · target %2 · %3 · last 7 days</source>
            <translation>%1 · mục tiêu %2 · %3 · 7 ngày qua</translation>
        </message>
        <message>
            <source>%1: %2 (target %3), %4</source>
            <translation>%1: %2 (mục tiêu %3), %4</translation>
        </message>
        <message>
            <source>%1: voices and data disagree</source>
            <translation>%1: ý kiến và dữ liệu không khớp</translation>
        </message>
        <message>
            <source>%1: worst areas</source>
            <translation>%1: khu vực kém nhất</translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints</source>
            <translation>
                <numerusform>%Ln phàn nàn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln complaints from customers in 7 days</source>
            <translation>
                <numerusform>%Ln phàn nàn của khách hàng trong 7 ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue escalations</source>
            <translation>
                <numerusform>%Ln chuyển cấp quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>, most from %1 (%2)</source>
            <translation>, nhiều nhất từ %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>? %Ln overdue</source>
            <translation>
                <numerusform>? %Ln quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>Import metrics (Ctrl+I) to see this pillar.</source>
            <translation>Nhập chỉ số (Ctrl+I) để xem trụ cột này.</translation>
        </message>
        <message>
            <source>Pillar metrics</source>
            <translation>Chỉ số các trụ cột</translation>
        </message>
        <message>
            <source>The data says on target; the customers disagree. When they do, the anecdotes are usually right: look at the measurement.</source>
            <translation>Dữ liệu báo đạt mục tiêu; khách hàng thì không đồng ý. Khi đó, những câu chuyện thực tế thường đúng: hãy xem lại cách đo.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Xu hướng</translation>
        </message>
        <message>
            <source>Worst: %1</source>
            <translation>Kém nhất: %1</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>dưới mục tiêu</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>chưa có dữ liệu</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>đạt mục tiêu</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Sao chép địa chỉ &amp;liên kết</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>Rejects</name>
        <message numerus="yes">
            <source>%Ln records set aside, newest first.</source>
            <translation>
                <numerusform>%Ln bản ghi bị để riêng, mới nhất trước.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mend the file and import it again: what was imported stays, and nothing is imported twice.</source>
            <translation>Sửa tệp rồi nhập lại: những gì đã nhập vẫn giữ nguyên, và không có gì bị nhập hai lần.</translation>
        </message>
        <message>
            <source>No record was set aside.</source>
            <translation>Không có bản ghi nào bị để riêng.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>Rejected records</source>
            <translation>Bản ghi bị loại</translation>
        </message>
        <message>
            <source>Select a record to see what it held.</source>
            <translation>Chọn một bản ghi để xem nội dung.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>What the record held</source>
            <translation>Nội dung bản ghi</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <source>Why it was set aside</source>
            <translation>Lý do bị để riêng</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>#%1 %2 — %3, due %4</source>
            <translation>số %1 %2 — %3, hạn %4</translation>
        </message>
        <message>
            <source>#%1 “?” to %2, due %3, not answered</source>
            <translation>số %1 “?” tới %2, hạn %3, chưa trả lời</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (quá hạn)</translation>
        </message>
        <message>
            <source>%1 (target %2)</source>
            <translation>%1 (mục tiêu %2)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, bởi %2</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 ngày</translation>
        </message>
        <message>
            <source>%1 in %2: %3 at %4 says fine, but %5 complaints came in 7 days against %6 expected.</source>
            <translation>%1 tại %2: %3 ở mức %4 cho thấy ổn, nhưng có %5 phàn nàn trong 7 ngày so với %6 dự kiến.</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 phút</translation>
        </message>
        <message>
            <source>%1 new voices about the pillars; furthest above the weeks before: %2.</source>
            <translation>%1 ý kiến mới về các trụ cột; vượt xa nhất so với các tuần trước: %2.</translation>
        </message>
        <message>
            <source>%1 · owner %2</source>
            <translation>%1 · người phụ trách %2</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Hành động</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Người tham dự</translation>
        </message>
        <message>
            <source>CORRECTION OF ERROR · ESCALATION #%1</source>
            <translation>BÁO CÁO KHẮC PHỤC LỖI · CHUYỂN CẤP SỐ %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>Correction of Error — escalation #%1</source>
            <translation>Báo cáo khắc phục lỗi — chuyển cấp số %1</translation>
        </message>
        <message>
            <source>Corrective action #%1: %2 — %3, due %4</source>
            <translation>Hành động khắc phục #%1: %2 — %3, hạn %4</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Decided %1: %2 — %3, follow up by %4</source>
            <translation>Quyết định ngày %1: %2 — %3, theo dõi trước %4</translation>
        </message>
        <message>
            <source>Decided at “%1” on %2: %3</source>
            <translation>Quyết định tại “%1” ngày %2: %3</translation>
        </message>
        <message>
            <source>Decision of %1: %2 — %3, follow up by %4</source>
            <translation>Quyết định ngày %1: %2 — %3, theo dõi trước %4</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bằng chứng</translation>
        </message>
        <message>
            <source>Five whys</source>
            <translation>Năm câu hỏi “tại sao”</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>In the customers' words</source>
            <translation>Bằng lời của khách hàng</translation>
        </message>
        <message>
            <source>MEETING MINUTES</source>
            <translation>BIÊN BẢN CUỘC HỌP</translation>
        </message>
        <message>
            <source>Made %1. No meeting has ended yet: the last 7 days.</source>
            <translation>Lập lúc %1. Chưa có cuộc họp nào kết thúc: 7 ngày qua.</translation>
        </message>
        <message>
            <source>Made %1. Since “%2” ended on %3.</source>
            <translation>Lập lúc %1. Từ khi “%2” kết thúc ngày %3.</translation>
        </message>
        <message>
            <source>Meeting minutes</source>
            <translation>Biên bản cuộc họp</translation>
        </message>
        <message>
            <source>Meeting of %1</source>
            <translation>Cuộc họp ngày %1</translation>
        </message>
        <message>
            <source>Metric #%1</source>
            <translation>Chỉ số số %1</translation>
        </message>
        <message>
            <source>Minutes · %1</source>
            <translation>Biên bản · %1</translation>
        </message>
        <message>
            <source>Moved: %1.</source>
            <translation>Thay đổi: %1.</translation>
        </message>
        <message>
            <source>No decision was recorded.</source>
            <translation>Không có quyết định nào được ghi lại.</translation>
        </message>
        <message>
            <source>No metrics.</source>
            <translation>Không có chỉ số.</translation>
        </message>
        <message>
            <source>No new voices about the pillars since.</source>
            <translation>Từ đó chưa có ý kiến mới về các trụ cột.</translation>
        </message>
        <message>
            <source>No open “?”.</source>
            <translation>Không có “?” nào đang mở.</translation>
        </message>
        <message>
            <source>No voice is linked.</source>
            <translation>Chưa liên kết ý kiến nào.</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Chưa có.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Không có.</translation>
        </message>
        <message>
            <source>None: where the metrics say fine, the customers agree.</source>
            <translation>Không có: nơi chỉ số cho thấy ổn, khách hàng cũng đồng ý.</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Chưa viết.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Nothing due.</source>
            <translation>Không có việc đến hạn.</translation>
        </message>
        <message>
            <source>Nothing was overdue.</source>
            <translation>Không có gì quá hạn.</translation>
        </message>
        <message>
            <source>Open “?” by owner</source>
            <translation>“?” đang mở theo người phụ trách</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Mở lúc</translation>
        </message>
        <message>
            <source>Overdue actions reviewed</source>
            <translation>Hành động quá hạn đã xem xét</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Personal data in customer voices is hidden in these minutes.</source>
            <translation>Dữ liệu cá nhân trong ý kiến khách hàng được ẩn trong biên bản này.</translation>
        </message>
        <message>
            <source>Pillar snapshot</source>
            <translation>Tình hình các trụ cột</translation>
        </message>
        <message>
            <source>Pillar · area</source>
            <translation>Trụ cột · khu vực</translation>
        </message>
        <message>
            <source>Pre-read for the next meeting</source>
            <translation>Tài liệu đọc trước cho cuộc họp tới</translation>
        </message>
        <message>
            <source>Since the last meeting</source>
            <translation>Từ cuộc họp trước</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>THE CUSTOMER'S SEAT</source>
            <translation>GHẾ CỦA KHÁCH HÀNG</translation>
        </message>
        <message>
            <source>The customer’s words</source>
            <translation>Lời của khách hàng</translation>
        </message>
        <message>
            <source>The three pillars</source>
            <translation>Ba trụ cột</translation>
        </message>
        <message>
            <source>Voice #%1</source>
            <translation>Ý kiến số %1</translation>
        </message>
        <message>
            <source>Voices shown</source>
            <translation>Ý kiến đã trình chiếu</translation>
        </message>
        <message>
            <source>Where the data and the customers disagree</source>
            <translation>Nơi dữ liệu và khách hàng không đồng ý</translation>
        </message>
        <message>
            <source>chair · pre-read · personal data hidden</source>
            <translation>chair · tài liệu đọc trước · đã ẩn dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>không rõ ngày</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>chưa có dữ liệu</translation>
        </message>
        <message>
            <source>no metric imported</source>
            <translation>chưa nhập chỉ số</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>chưa có người phụ trách</translation>
        </message>
        <message>
            <source>not ended</source>
            <translation>chưa kết thúc</translation>
        </message>
        <message>
            <source>open</source>
            <translation>đang mở</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>quá hạn</translation>
        </message>
        <message>
            <source>the PDF writer produced nothing.</source>
            <translation>trình ghi PDF không tạo ra gì.</translation>
        </message>
        <message>
            <source>“?” escalations raised</source>
            <translation>Các “?” đã chuyển cấp</translation>
        </message>
        <message>
            <source>“?” raised %1, answered %2, overdue %3.</source>
            <translation>“?” đã gửi %1, đã trả lời %2, quá hạn %3.</translation>
        </message>
    </context>
    <context>
        <name>ResponseTimes</name>
        <message>
            <source>%1 d</source>
            <translation>%1 ngày</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 giờ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Closed after</source>
            <translation>Đóng sau</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Chuyển cấp</translation>
        </message>
        <message>
            <source>First answer</source>
            <translation>Trả lời đầu tiên</translation>
        </message>
        <message>
            <source>Medians. First answer: the first reply, or the first move to Answered. Still waiting: the oldest open '?' with no answer yet.</source>
            <translation>Giá trị trung vị. Trả lời đầu tiên: thư phản hồi đầu tiên, hoặc lần đầu chuyển sang Đã trả lời. Vẫn đang chờ: “?” mở lâu nhất mà chưa có câu trả lời.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Đang mở</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Response times by owner</source>
            <translation>Thời gian phản hồi theo người phụ trách</translation>
        </message>
        <message>
            <source>Still waiting</source>
            <translation>Vẫn đang chờ</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>%1 (not connected)</source>
            <translation>%1 (chưa kết nối)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln owners imported.</source>
            <translation>
                <numerusform>Đã nhập %Ln người phụ trách.</numerusform>
            </translation>
        </message>
        <message>
            <source>A team database shared by the leadership team, as postgresql://you@host:port/database; empty keeps this computer's own file. Used when chair starts.</source>
            <translation>Cơ sở dữ liệu chung của ban lãnh đạo, dạng postgresql://bạn@máy:cổng/csdl; để trống thì dùng tệp riêng của máy này. Áp dụng khi chair khởi động.</translation>
        </message>
        <message>
            <source>Add mailbox</source>
            <translation>Thêm hộp thư</translation>
        </message>
        <message>
            <source>Add owner</source>
            <translation>Thêm người phụ trách</translation>
        </message>
        <message>
            <source>Address '?' forwards come from; empty uses the SMTP user.</source>
            <translation>Địa chỉ gửi đi của các “?”; để trống sẽ dùng người dùng SMTP.</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Mọi tệp</translation>
        </message>
        <message>
            <source>Area (empty: all)</source>
            <translation>Khu vực (trống: tất cả)</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Tệp CSV</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Phân loại</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tối</translation>
        </message>
        <message>
            <source>Days an owner has to answer a '?'.</source>
            <translation>Số ngày người phụ trách có để trả lời một “?”.</translation>
        </message>
        <message>
            <source>Days to answer a ?</source>
            <translation>Số ngày để trả lời ?</translation>
        </message>
        <message>
            <source>Digest day</source>
            <translation>Ngày gửi tóm tắt</translation>
        </message>
        <message>
            <source>Digest from hour</source>
            <translation>Gửi tóm tắt từ giờ</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Email each owner of an overdue '?' a reminder, once a day at most (needs the SMTP server below).</source>
            <translation>Gửi email nhắc người phụ trách “?” quá hạn, tối đa mỗi ngày một lần (cần máy chủ SMTP bên dưới).</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Chuyển cấp</translation>
        </message>
        <message>
            <source>Extra cue phrases and places, on top of the bundled ones.</source>
            <translation>Cụm từ gợi ý và địa danh bổ sung, ngoài những gì có sẵn.</translation>
        </message>
        <message>
            <source>Folders whose new files are imported once.</source>
            <translation>Thư mục mà tệp mới trong đó được nhập một lần.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Thứ Sáu</translation>
        </message>
        <message>
            <source>From which hour of that day (`chair digest --if-due`, run each hour by a scheduled task, sends it).</source>
            <translation>Từ giờ nào trong ngày đó (`chair digest --if-due`, chạy mỗi giờ bằng một tác vụ định kỳ, sẽ gửi).</translation>
        </message>
        <message>
            <source>Hide personal data by default</source>
            <translation>Mặc định ẩn dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Tương phản cao</translation>
        </message>
        <message>
            <source>How the connection to the server is protected.</source>
            <translation>Cách bảo vệ kết nối tới máy chủ.</translation>
        </message>
        <message>
            <source>IMAP folders</source>
            <translation>Thư mục IMAP</translation>
        </message>
        <message>
            <source>IMAP folders read live, as imap://user@host:port/FOLDER.</source>
            <translation>Thư mục IMAP được đọc trực tiếp, dạng imap://người_dùng@máy_chủ:cổng/THƯ_MỤC.</translation>
        </message>
        <message>
            <source>Import owners from CSV…</source>
            <translation>Nhập người phụ trách từ CSV…</translation>
        </message>
        <message>
            <source>Its password</source>
            <translation>Mật khẩu của nó</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <source>Light, dark or high contrast; or as the system is set.</source>
            <translation>Sáng, tối hoặc tương phản cao; hoặc theo hệ thống.</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Chế độ họp</translation>
        </message>
        <message>
            <source>Metric targets</source>
            <translation>Mục tiêu chỉ số</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Thứ Hai</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Name shown as the sender of '?' forwards.</source>
            <translation>Tên hiển thị là người gửi các “?”.</translation>
        </message>
        <message>
            <source>Names, emails, phones, order and card numbers are hidden when chair starts (meeting mode always hides them).</source>
            <translation>Tên, email, số điện thoại, số đơn hàng và số thẻ được ẩn ngay khi chair khởi động (chế độ họp luôn ẩn chúng).</translation>
        </message>
        <message>
            <source>New IMAP folder</source>
            <translation>Thư mục IMAP mới</translation>
        </message>
        <message>
            <source>New mailbox</source>
            <translation>Hộp thư mới</translation>
        </message>
        <message>
            <source>None (this machine only)</source>
            <translation>Không (chỉ máy này)</translation>
        </message>
        <message>
            <source>Order number patterns</source>
            <translation>Mẫu số đơn hàng</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>Owner %1: an email address is needed.</source>
            <translation>Người phụ trách %1: cần địa chỉ email.</translation>
        </message>
        <message>
            <source>Owner %1: that pillar and area has an owner already.</source>
            <translation>Người phụ trách %1: trụ cột và khu vực này đã có người phụ trách.</translation>
        </message>
        <message>
            <source>Owner %1: the pillar is price, selection, delivery or other.</source>
            <translation>Người phụ trách %1: trụ cột là price, selection, delivery hoặc other.</translation>
        </message>
        <message>
            <source>Owners (CSV: name, email, pillar, area)</source>
            <translation>Người phụ trách (CSV: tên, email, trụ cột, khu vực)</translation>
        </message>
        <message>
            <source>Owners directory</source>
            <translation>Danh bạ người phụ trách</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Trụ cột</translation>
        </message>
        <message>
            <source>Regular expressions of your order numbers.</source>
            <translation>Biểu thức chính quy cho số đơn hàng của bạn.</translation>
        </message>
        <message>
            <source>Remind overdue owners</source>
            <translation>Nhắc việc quá hạn</translation>
        </message>
        <message>
            <source>Remove owner</source>
            <translation>Xóa người phụ trách</translation>
        </message>
        <message>
            <source>SMTP encryption</source>
            <translation>Mã hóa SMTP</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>Mật khẩu SMTP</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Cổng SMTP</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>Máy chủ SMTP</translation>
        </message>
        <message>
            <source>SMTP server for '?' forwards; empty means forwards are off.</source>
            <translation>Máy chủ SMTP để gửi các “?”; để trống nghĩa là tắt gửi.</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>Người dùng SMTP</translation>
        </message>
        <message>
            <source>SMTP user; the password lives in the OS keyring.</source>
            <translation>Người dùng SMTP; mật khẩu nằm trong kho khóa của hệ điều hành.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Thứ Bảy</translation>
        </message>
        <message>
            <source>Scale of all text, for big rooms and small laptops.</source>
            <translation>Cỡ của mọi chữ, cho phòng lớn và máy tính xách tay nhỏ.</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Màn hình</translation>
        </message>
        <message>
            <source>Seconds each voice stays on the meeting screen.</source>
            <translation>Số giây mỗi ý kiến ở lại trên màn hình họp.</translation>
        </message>
        <message>
            <source>Seconds per voice</source>
            <translation>Giây mỗi ý kiến</translation>
        </message>
        <message>
            <source>Send a test email</source>
            <translation>Gửi email thử</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Địa chỉ người gửi</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Tên người gửi</translation>
        </message>
        <message>
            <source>Sending a test email…</source>
            <translation>Đang gửi email thử…</translation>
        </message>
        <message>
            <source>Sent to %1: look for it in that inbox.</source>
            <translation>Đã gửi tới %1: hãy xem hộp thư đó.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Chủ Nhật</translation>
        </message>
        <message>
            <source>Targets by metric name, replacing the imported ones.</source>
            <translation>Mục tiêu theo tên chỉ số, thay cho mục tiêu đã nhập.</translation>
        </message>
        <message>
            <source>Taxonomy file</source>
            <translation>Tệp phân loại</translation>
        </message>
        <message>
            <source>Team database</source>
            <translation>CSDL nhóm</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <source>The day the weekly digest goes out.</source>
            <translation>Ngày gửi bản tóm tắt hằng tuần.</translation>
        </message>
        <message>
            <source>The password of %1 is in the system keyring.</source>
            <translation>Mật khẩu của %1 đã nằm trong kho khóa của hệ thống.</translation>
        </message>
        <message>
            <source>The screen the window is on</source>
            <translation>Màn hình đang chứa cửa sổ</translation>
        </message>
        <message>
            <source>The test email was not sent: %1</source>
            <translation>Chưa gửi được email thử: %1</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <source>Through the server above, to the address forwards come from</source>
            <translation>Qua máy chủ ở trên, tới địa chỉ dùng để chuyển tiếp</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thứ Năm</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Thứ Ba</translation>
        </message>
        <message>
            <source>Usually 587 (STARTTLS) or 465 (TLS).</source>
            <translation>Thường là 587 (STARTTLS) hoặc 465 (TLS).</translation>
        </message>
        <message>
            <source>Watched folders</source>
            <translation>Thư mục theo dõi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Thứ Tư</translation>
        </message>
        <message>
            <source>Weekly digest to</source>
            <translation>Gửi bản tóm tắt hằng tuần tới</translation>
        </message>
        <message>
            <source>Where meeting mode opens: the projector or the room's big screen.</source>
            <translation>Nơi chế độ họp mở ra: máy chiếu hoặc màn hình lớn trong phòng.</translation>
        </message>
        <message>
            <source>Who gets the weekly digest (the pre-read by email): addresses separated by commas; empty sends none.</source>
            <translation>Ai nhận bản tóm tắt hằng tuần (tài liệu đọc trước qua email): các địa chỉ cách nhau bằng dấu phẩy; để trống thì không gửi.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Mật khẩu của bạn</translation>
        </message>
        <message>
            <source>Your taxonomy file</source>
            <translation>Tệp phân loại của bạn</translation>
        </message>
        <message>
            <source>chair speaks English, Polish, French and Vietnamese.</source>
            <translation>chair nói tiếng Anh, Ba Lan, Pháp và Việt.</translation>
        </message>
        <message>
            <source>kept in the system keyring, never in a file</source>
            <translation>lưu trong kho khóa của hệ thống, không bao giờ trong tệp</translation>
        </message>
        <message>
            <source>name=value per line</source>
            <translation>mỗi dòng một tên=giá trị</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>mỗi dòng một mục</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Clear search and filters</source>
            <translation>Xóa tìm kiếm và bộ lọc</translation>
        </message>
        <message>
            <source>Escalate the selected voice to its owner</source>
            <translation>Chuyển cấp ý kiến đang chọn tới người phụ trách</translation>
        </message>
        <message>
            <source>Hide or show personal data</source>
            <translation>Ẩn hoặc hiện dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>Nhập tệp</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Chế độ họp</translation>
        </message>
        <message>
            <source>Next / previous voice</source>
            <translation>Ý kiến tiếp / trước</translation>
        </message>
        <message>
            <source>Read the selected voice in full</source>
            <translation>Đọc toàn văn ý kiến đang chọn</translation>
        </message>
        <message>
            <source>Search what customers wrote</source>
            <translation>Tìm trong những gì khách hàng viết</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>Bảng này</translation>
        </message>
    </context>
    <context>
        <name>Since</name>
        <message>
            <source>#%1 %2 — %3, due %4</source>
            <translation>#%1 %2 — %3, hạn %4</translation>
        </message>
        <message>
            <source>%1 in %2: %3 says fine, %4 complaints against %5 expected</source>
            <translation>%1 tại %2: %3 cho thấy ổn, nhưng có %4 phàn nàn so với %5 dự kiến</translation>
        </message>
        <message>
            <source>%1 · %2 · %3: %4 → %5 (target %6)</source>
            <translation>%1 · %2 · %3: %4 → %5 (mục tiêu %6)</translation>
        </message>
        <message>
            <source>%1 · %2: %3 new, about %4 the weeks before would bring</source>
            <translation>%1 · %2: %3 mới, so với khoảng %4 của các tuần trước</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new voices about the pillars (each text once)</source>
            <translation>
                <numerusform>%Ln ý kiến mới về các trụ cột (mỗi văn bản một lần)</numerusform>
            </translation>
        </message>
        <message>
            <source>Corrective action of #%1: %2 — %3, due %4</source>
            <translation>Hành động khắc phục của #%1: %2 — %3, hạn %4</translation>
        </message>
        <message>
            <source>Decision of %1: %2 — %3, follow up by %4</source>
            <translation>Quyết định ngày %1: %2 — %3, theo dõi trước %4</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Đến hạn trong tuần</translation>
        </message>
        <message>
            <source>Gone: %1 in %2</source>
            <translation>Đã hết: %1 tại %2</translation>
        </message>
        <message>
            <source>Metrics that moved</source>
            <translation>Chỉ số đã thay đổi</translation>
        </message>
        <message>
            <source>No disagreement appeared or went away.</source>
            <translation>Không có bất đồng nào xuất hiện hay biến mất.</translation>
        </message>
        <message>
            <source>No headline metric moved.</source>
            <translation>Không chỉ số chính nào thay đổi.</translation>
        </message>
        <message>
            <source>No meeting has ended yet: the last 7 days</source>
            <translation>Chưa có cuộc họp nào kết thúc: 7 ngày qua</translation>
        </message>
        <message>
            <source>No new voice about price, selection or delivery.</source>
            <translation>Không có ý kiến mới nào về giá, mặt hàng hay giao hàng.</translation>
        </message>
        <message>
            <source>Nothing due this week.</source>
            <translation>Không có gì đến hạn trong tuần.</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Không có gì quá hạn.</translation>
        </message>
        <message>
            <source>Since “%1” ended, %2</source>
            <translation>Từ khi “%1” kết thúc, %2</translation>
        </message>
        <message>
            <source>When the data and the voices disagree</source>
            <translation>Khi dữ liệu và ý kiến không khớp</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>và %Ln mục khác</numerusform>
            </translation>
        </message>
        <message>
            <source>no area</source>
            <translation>không có khu vực</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>chưa có người phụ trách</translation>
        </message>
        <message>
            <source>the last meeting</source>
            <translation>cuộc họp trước</translation>
        </message>
        <message>
            <source>“?”: %1 raised · %2 answered · %3 overdue</source>
            <translation>“?”: %1 đã gửi · %2 đã trả lời · %3 quá hạn</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Chưa nhập gì.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị loại</translation>
        </message>
        <message>
            <source>Remove %1 voices and %2 rejected records that came from %3? This cannot be undone.</source>
            <translation>Gỡ %1 ý kiến và %2 bản ghi bị loại đến từ %3? Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>Remove imported voices</source>
            <translation>Gỡ các ý kiến đã nhập</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Gỡ…</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Voices</source>
            <translation>Ý kiến</translation>
        </message>
        <message>
            <source>Where the voices came from. Removing a source takes back every voice and rejected record it brought; escalations keep a line where a voice was.</source>
            <translation>Nguồn gốc của các ý kiến. Gỡ một nguồn sẽ lấy lại mọi ý kiến và bản ghi bị loại mà nó mang đến; escalation giữ một dòng tại vị trí của ý kiến.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Answered</source>
            <translation>Đã trả lời</translation>
        </message>
        <message>
            <source>COE submitted</source>
            <translation>Đã nộp COE</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Đang điều tra</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Đang mở</translation>
        </message>
        <message>
            <source>forwarded on</source>
            <translation>đã chuyển tiếp</translation>
        </message>
        <message>
            <source>opened as %1</source>
            <translation>mở với trạng thái %1</translation>
        </message>
    </context>
    <context>
        <name>Trends</name>
        <message>
            <source>%1 over the weeks</source>
            <translation>%1 qua các tuần</translation>
        </message>
        <message>
            <source>%1 per week: the areas above, and those furthest below target</source>
            <translation>%1 mỗi tuần: các khu vực ở trên, và những khu vực thấp nhất so với mục tiêu</translation>
        </message>
        <message>
            <source>Each customer-written text counted once; a week starts on Monday.</source>
            <translation>Mỗi văn bản của khách hàng được tính một lần; một tuần bắt đầu từ thứ Hai.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>Voices about %1 per week</source>
            <translation>Ý kiến về %1 mỗi tuần</translation>
        </message>
    </context>
</TS>
