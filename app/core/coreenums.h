#pragma once

#include <QFlags>
#include <QHashFunctions>
#include <QMetaEnum>
#include <QObject>
#include <QString>

// The closed vocabularies of the domain. Keys (QMetaEnum names) are what the database stores;
// displayName() gives the translated label (English source strings, zh_CN in translations/).
namespace yw::core {
Q_NAMESPACE

enum class Role : quint32 {
    IntakeOperator = 0x01,    // 受理员
    Dispatcher = 0x02,        // 派遣员
    ShiftLeader = 0x04,       // 值班长
    DepartmentHandler = 0x08, // 专业部门处置人员
    FieldInspector = 0x10,    // 监督员 / 信息采集员
    Leader = 0x20,            // 领导
    Trainer = 0x40,           // 培训教员
    Admin = 0x80,             // 系统管理员
};
Q_ENUM_NS(Role)
Q_DECLARE_FLAGS(Roles, Role)

enum class TaxonomyKind { Component, Matter };
Q_ENUM_NS(TaxonomyKind)

enum class AreaLevel { City, District, Street, Community, UnitGrid };
Q_ENUM_NS(AreaLevel)

enum class DepartmentLevel { City, District, Street };
Q_ENUM_NS(DepartmentLevel)

// Where a report came from (DOMAIN.md §6, case_sources.csv).
enum class SourceChannel {
    Patrol,           // 监督员巡查上报
    Hotline12345,     // 12345 政务服务热线
    Hotline12319,     // 12319 城建热线
    PublicApp,        // 微信 / 随手拍 / APP
    VideoAi,          // 视频智能识别
    Iot,              // 物联感知告警
    LeaderAssignment, // 领导交办
    Inspection,       // 专项检查 / 考核
    Media,            // 媒体曝光 / 网络舆情
    Petition,         // 信访 / 110 转办
    Open311,          // Open311 GeoReport v2 clients
};
Q_ENUM_NS(SourceChannel)

enum class Urgency { Normal, Urgent, Critical };
Q_ENUM_NS(Urgency)

enum class Verification { NotRequired, Pending, Confirmed, Denied };
Q_ENUM_NS(Verification)

// The states of a case (DOMAIN.md §5). Closed, NotFiled, Voided and Merged are final and distinct:
// "handled" (Handled) is not "closed", and "rejected" (NotFiled) is not "voided".
enum class CaseState {
    Reported,          // 已上报, awaiting intake
    Verifying,         // 核实中
    PendingFiling,     // 待立案
    Filed,             // 已立案, awaiting dispatch
    Dispatched,        // 已派遣, awaiting the department's acceptance
    Handling,          // 处置中
    ExtensionPending,  // 延期申请待审批
    ReturnPending,     // 回退申请待审批
    SuspensionPending, // 挂账申请待审批
    Suspended,         // 挂账
    Handled,           // 已反馈 (处置完成), awaiting check
    Checking,          // 核查中
    CheckPassed,       // 核查通过, awaiting closure
    SelfHandled,       // 监督员自处置, awaiting review
    VoidPending,       // 作废申请待审批
    Closed,            // 已结案
    NotFiled,          // 不予立案
    Voided,            // 已作废
    Merged,            // 已合并 (duplicate of another case)
};
Q_ENUM_NS(CaseState)

enum class CaseAction {
    Accept,             // 受理
    SendVerify,         // 派发核实
    VerifyConfirm,      // 核实属实
    VerifyDeny,         // 核实不属实
    Merge,              // 合并重复案件
    File,               // 立案
    RejectFiling,       // 不予立案
    Dispatch,           // 派遣
    DepartmentAccept,   // 签收
    Feedback,           // 处置反馈
    RequestExtension,   // 申请延期
    ApproveExtension,
    RejectExtension,
    RequestReturn,      // 申请回退
    ApproveReturn,
    RejectReturn,
    RequestSuspension,  // 申请挂账
    ApproveSuspension,
    RejectSuspension,
    Restore,            // 挂账恢复
    SendCheck,          // 派发核查
    CheckPass,          // 核查通过
    CheckFail,          // 核查不通过 → 返工
    Close,              // 结案
    SelfHandle,         // 自处置
    ApproveSelfHandled,
    RejectSelfHandled,
    RequestVoid,        // 申请作废
    ApproveVoid,
    RejectVoid,
    Supervise,          // 督办
};
Q_ENUM_NS(CaseAction)

// The step of the flow whose clock is running, each with its own time limit.
enum class Step { None, Accept, Verify, File, Dispatch, Handle, SendCheck, Check, Close };
Q_ENUM_NS(Step)

enum class TimeBasis { Working, Calendar };
Q_ENUM_NS(TimeBasis)

enum class DeadlineLight { None, Green, Yellow, Red };
Q_ENUM_NS(DeadlineLight)

template<typename E>
QString enumKey(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

// Parses a stored key; ok is false for an unknown key.
template<typename E>
E enumFromKey(const QString &key, bool *ok = nullptr)
{
    bool found = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &found);
    if (ok)
        *ok = found;
    return found ? E(v) : E(QMetaEnum::fromType<E>().value(0));
}

template<typename E>
QList<E> enumValues()
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    QList<E> out;
    for (int i = 0; i < me.keyCount(); ++i)
        out << E(me.value(i));
    return out;
}

// Lets the domain's enums key QHash and QSet.
template<typename E, std::enable_if_t<std::is_enum_v<E>, bool> = true>
inline size_t qHash(E e, size_t seed) noexcept
{
    return ::qHash(std::underlying_type_t<E>(e), seed);
}

QString displayName(Role r);
QString displayName(CaseState s);
QString displayName(CaseAction a);
QString displayName(SourceChannel c);
QString displayName(Urgency u);
QString displayName(DeadlineLight l);

// The states a case ends in: closed, not filed, voided, merged into another. The one list: the
// store's "open cases" queries are built from it.
const QList<CaseState> &finalStates();
bool isFinal(CaseState s);

} // namespace yw::core

Q_DECLARE_OPERATORS_FOR_FLAGS(yw::core::Roles)
